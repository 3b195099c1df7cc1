/* The rollout plan for people and programs: what plan build did, and the
 * stored plan as text (phases, initiatives and why, goals, a Gantt chart),
 * JSON and CSV. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/severity.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"
#include "report_internal.h"

/* A phrase for people in the language in use, for programs (JSON, CSV)
 * as it is, in English. */
#define SAY(people, s) ((people) ? _(s) : (s))

static const char FORMULA[] = N_(
	"priority = impact x urgency x (6 - risk) / sqrt(effort)\n"
	"  impact 1..5 and risk 1..5 from the catalogue, effort in person-weeks;\n"
	"  urgency 1..5, the highest of the initiative's reasons (so a reason more never\n"
	"  lowers it; each reason's own urgency is shown after it):\n"
	"    a finding: info 1, low 2, medium 3, high 4, critical 5\n"
	"    a dimension scoring s below the threshold t: 1 + 4 x (t - s) / t\n"
	"    a capability gap of priority p (gap x importance): 1 + 4 x min(p, 12) / 12\n"
	"    needed by another initiative: that initiative's urgency\n"
	"    the whole catalogue (no assessment yet): 3\n"
	"Order: the highest priority first among those whose dependencies are done.\n"
	"Placement: the earliest phase allowed (the initiative's own, or a dependency's\n"
	"if later) that still has capacity for its effort.\n");

/* ---- build ---- */

/* "metric op target (scope)", as the goal lists show a goal: as 'goal add'
 * takes it, isolated in a right-to-left language (report_isolate). */
static void goal_words(struct sbuf *b, const char *metric, const char *op, double target,
		       const char *scope)
{
	char t[40];
	report_number(t, target);
	char *sc = text_sanitize(scope);
	char *goal = xasprintf("%s %s %s%s%s%s", metric, op, t, *sc ? " (" : "", sc, *sc ? ")" : "");
	char *shown = report_isolate(goal);
	sbuf_adds(b, shown);
	free(shown);
	free(goal);
	free(sc);
}

/* Why a template was left out: ": the roster has no department 'X' (did
 * you mean 'Y'?)"; for people (people) or for JSON. */
static void skip_words(struct sbuf *b, const char *scope, const char *close, long parent,
		       long sub_goals, bool people)
{
	const char *eq = strchr(scope, '=');
	char *name = text_sanitize(eq ? eq + 1 : scope);
	if (eq && !strncmp(scope, "wave=", 5))
		sbuf_addf(b, SAY(people, N_(": the roster has no wave '%s'")), name);
	else if (eq && !strncmp(scope, "department=", 11))
		sbuf_addf(b, SAY(people, N_(": the roster has no department '%s'")), name);
	else
		sbuf_addf(b, ": the roster has no %.*s '%s'", eq ? (int)(eq - scope) : 0, scope, name);
	free(name);
	if (close) {
		char *cl = text_sanitize(close);
		sbuf_addf(b, SAY(people, N_(" (did you mean '%s'?)")), cl);
		free(cl);
	}
	char *n = NULL;
	if (parent) {
		n = people ? tfmt(_("; a sub-goal of goal %ld"), parent)
			   : xasprintf("; a sub-goal of goal %ld", parent);
		sbuf_adds(b, n);
		free(n);
	}
	if (sub_goals) {
		n = people ? tfmt(trn("; its %ld sub-goal left out with it",
				      "; its %ld sub-goals left out with it", (unsigned long)sub_goals),
				  sub_goals)
			   : xasprintf("; its %ld sub-goal%s left out with it", sub_goals,
				       sub_goals > 1 ? "s" : "");
		sbuf_adds(b, n);
		free(n);
	}
}

/* What plan build did to the goals: made, kept, skipped, removed. */
static void print_goal_sync(FILE *out, const struct catalogue *c, const struct plan_goal_sync *gs)
{
	tfprintf(out, _("goals: %ld from the phase templates, due at each phase's end"),
		 gs->added + gs->kept);
	if (gs->kept)
		tfprintf(out, _(" (%ld kept with their ids, %ld new)"), gs->kept, gs->added);
	if (gs->yours)
		tfprintf(out, _("; %ld of yours stand in for template goals"), gs->yours);
	fprintf(out, "\n");
	if (gs->nskipped)
		tfprintf(out, _("left out %zu goal template(s) for departments or waves the roster does "
				"not have:\n"), gs->nskipped);
	for (size_t i = 0; i < gs->nskipped; i++) {
		const struct plan_goal_skip *k = &gs->skipped[i];
		struct sbuf b;
		sbuf_init(&b);
		goal_words(&b, k->goal->metric, goal_op_name(k->goal->op), k->goal->target,
			   k->goal->scope);
		skip_words(&b, k->goal->scope, k->close, k->parent, (long)k->sub_goals, true);
		fprintf(out, "  %s: %s\n", c->phases[k->phase].id, b.s);
		sbuf_release(&b);
	}
	if (gs->nremoved)
		tfprintf(out, trn("removed %zu goal(s) the plan no longer makes:\n",
				  "removed %zu goal(s) the plan no longer makes:\n", gs->nremoved),
			 gs->nremoved);
	for (size_t i = 0; i < gs->nremoved; i++) {
		const struct store_goal *g = &gs->removed[i];
		struct sbuf b;
		sbuf_init(&b);
		goal_words(&b, g->metric, g->op, g->target, g->scope);
		char *phase = text_sanitize(g->phase);
		tfprintf(out, "  [%ld] %s: %s\n", g->id, phase, b.s);
		free(phase);
		sbuf_release(&b);
	}
	if (gs->detached)
		tfprintf(out, _("note: %ld of your sub-goals lost their plan-made parent and are "
				"now top-level goals\n"), gs->detached);
	if (gs->unchecked)
		tfprintf(out, trn("note: no roster yet, so %ld goal(s) for departments and waves were "
				  "made unchecked; after 'crmready roster import', 'plan build' again "
				  "leaves out those the roster does not have\n",
				  "note: no roster yet, so %ld goal(s) for departments and waves were "
				  "made unchecked; after 'crmready roster import', 'plan build' again "
				  "leaves out those the roster does not have\n", (unsigned long)gs->unchecked),
			 gs->unchecked);
}

void report_plan_built(FILE *out, const struct plan *p, const char *basis,
		       const struct plan_goal_sync *gs)
{
	const struct catalogue *c = p->cat;
	char start[11], end[11];
	plan_date_format(p->start, start);
	plan_date_format(p->phases[c->nphases - 1].end, end);
	size_t pushed = 0;
	for (size_t i = 0; i < p->nitems; i++)
		for (size_t r = 0; r < p->items[i].nreasons; r++)
			if (p->items[i].reasons[r].kind == REASON_PUSHED) {
				pushed++;
				break;
			}
	char shown_start[TIMEX_SHOW_MAX], shown_end[TIMEX_SHOW_MAX];
	tfprintf(out, _("plan built from %s (version %ld): %zu initiatives in %zu phases, %s to %s\n"),
		 c->id, c->version, p->nitems, c->nphases, timex_show(start, shown_start),
		 timex_show(end, shown_end));
	/* the basis as the workspace keeps it, told in the reader's language */
	char *told = plan_basis_text(basis, true);
	char *clean = text_sanitize(told);
	fprintf(out, _("selected from: %s\n"), clean);
	free(clean);
	free(told);
	print_goal_sync(out, c, gs);
	if (pushed)
		tfprintf(out, trn("capacity pushed %zu initiative(s) to a later phase: see "
				  "'crmready plan show --explain'\n",
				  "capacity pushed %zu initiative(s) to a later phase: see "
				  "'crmready plan show --explain'\n", pushed), pushed);
}

/* ---- show ---- */

/* A figure of a reason, rounded to a tenth: in the language's digits for
 * people, Latin for programs. Malloc'd. */
static char *reason_number(double x, bool people)
{
	char v[REPORT_NUMBER_LEN];
	report_number(v, round(x * 10) / 10);
	return people ? i18n_digits(v) : xstrdup(v);
}

/* A finding's severity as people read it (the id when it is none). */
static const char *severity_label_of(const char *id)
{
	enum severity sev;
	return severity_parse(id, &sev) ? severity_label(sev) : id;
}

/* Why an initiative is in the plan, for people (people) or for JSON and
 * CSV (English). */
static void reason_text(struct sbuf *b, const struct store_plan_reason *r, bool people)
{
	char *v = reason_number(r->value, people), *v2 = reason_number(r->value2, people);
	const char *k = r->kind;
	if (!strcmp(k, "finding"))
		sbuf_addf(b, SAY(people, N_("finding '%s' (%s)")), r->ref,
			  people ? severity_label_of(r->detail) : r->detail);
	else if (!strcmp(k, "dimension"))
		sbuf_addf(b, SAY(people, N_("dimension '%s' scores %s, below %s")), r->ref, v, v2);
	else if (!strcmp(k, "capability"))
		sbuf_addf(b, SAY(people, N_("capability '%s' has a gap of %s (priority %s)")), r->ref, v, v2);
	else if (!strcmp(k, "dependency"))
		sbuf_addf(b, SAY(people, N_("needed by '%s'")), r->ref);
	else if (!strcmp(k, "catalogue"))
		sbuf_adds(b, SAY(people, N_("in the catalogue (no assessment to select from)")));
	else if (!strcmp(k, "pushed"))
		sbuf_addf(b, SAY(people, N_("pushed past phase '%s' by capacity: %s of %s person-weeks "
				    "left there")), r->ref, v, v2);
	else if (!strcmp(k, "after"))
		sbuf_addf(b, SAY(people, N_("placed in phase '%s' because its dependency '%s' is there")),
			  r->detail, r->ref);
	else if (!strcmp(k, "overrun"))
		sbuf_addf(b, SAY(people, N_("runs %s days past the end of phase '%s'")), v, r->ref);
	else
		sbuf_addf(b, "%s %s", k, r->ref);
	free(v);
	free(v2);
}

static const char *title_of(lang_id lang, const char *en, char *const in[LANG_MAX])
{
	return lang < LANG_MAX && in[lang] && *in[lang] ? in[lang] : en;
}

static void print_goal_line(FILE *out, const struct store_goal *g, int depth)
{
	struct sbuf b;
	sbuf_init(&b);
	goal_words(&b, g->metric, g->op, g->target, g->scope);
	tfprintf(out, "     %*s[%ld] %s\n", depth * 2, "", g->id, b.s);
	sbuf_release(&b);
}

static int goal_depth(const struct store_goal *goals, size_t n, size_t i)
{
	int depth = 0;
	long parent = goals[i].parent;
	while (parent && depth < 16) {
		size_t j = 0;
		while (j < n && goals[j].id != parent)
			j++;
		if (j == n)
			break;
		depth++;
		parent = goals[j].parent;
	}
	return depth;
}

static void gantt(FILE *out, const struct store_plan *sp)
{
	long start, last = 0;
	plan_date_parse(sp->start, &start);
	for (size_t i = 0; i < sp->nphases; i++) {
		long e;
		plan_date_parse(sp->phases[i].end, &e);
		last = e > last ? e : last;
	}
	for (size_t i = 0; i < sp->nitems; i++) {
		long e;
		plan_date_parse(sp->items[i].end, &e);
		last = e > last ? e : last;
	}
	long weeks = (last - start) / 7 + 1;
	long per = weeks > 120 ? (weeks + 119) / 120 : 1;  /* weeks per column */
	long cols = (weeks + per - 1) / per;
	if (per > 1)
		tfprintf(out, _("\nGantt chart (one column per %ld weeks; the top row numbers the "
				"phases):\n"), per);
	else
		fputs(_("\nGantt chart (one column per week; the top row numbers the phases):\n"), out);
	/* The phases' numbers over the weeks, then one row of '#' per initiative;
	 * its name cut by display width (a cut in bytes can split a letter). */
	char *phases = xmalloc((size_t)cols + 1);
	for (long w = 0; w < cols; w++) {
		long day = start + 7 * w * per;
		char ch = ' ';
		for (size_t p = 0; p < sp->nphases; p++) {
			long a, b;
			plan_date_parse(sp->phases[p].start, &a);
			plan_date_parse(sp->phases[p].end, &b);
			if (day >= a && day <= b)
				ch = p < 9 ? (char)('1' + p) : '+';
		}
		phases[w] = ch;
	}
	phases[cols] = '\0';
	/* the phases' numbers in the reader's digits (one column each, as '1') */
	char *numbered = i18n_digits(phases);
	struct report_table *t = report_table_new(2);
	report_table_plain_header(t);
	report_table_column(t, 0, "", REPORT_LEFT);
	report_table_column(t, 1, numbered, REPORT_LEFT);
	report_table_cut(t, 0, 30);
	report_table_gap(t, 1, " ");
	free(numbered);
	free(phases);
	/* Rows by start date (then rank): the chart reads top-left to bottom-right. */
	size_t *rows = xmalloc((sp->nitems ? sp->nitems : 1) * sizeof *rows);
	for (size_t i = 0; i < sp->nitems; i++) {
		size_t k = i;
		while (k > 0 && strcmp(sp->items[rows[k - 1]].start, sp->items[i].start) > 0) {
			rows[k] = rows[k - 1];
			k--;
		}
		rows[k] = i;
	}
	char *bar = xmalloc((size_t)cols + 1);
	for (size_t r = 0; r < sp->nitems; r++) {
		size_t i = rows[r];
		long a, b;
		plan_date_parse(sp->items[i].start, &a);
		plan_date_parse(sp->items[i].end, &b);
		for (long w = 0; w < cols; w++) {
			long ws = start + 7 * w * per, we = ws + 7 * per - 1;
			bar[w] = a <= we && b >= ws ? '#' : '.';
		}
		bar[cols] = '\0';
		const char *cell[] = { sp->items[i].initiative, bar };
		report_table_row(t, cell);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	free(bar);
	free(rows);
}

static json_t *goals_json(const struct store_goal *goals, size_t n, const char *phase)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct store_goal *g = &goals[i];
		if (strcmp(g->phase, phase))
			continue;
		json_array_append_new(arr, json_pack(
			"{s:I, s:o, s:s, s:s, s:s, s:f, s:s, s:s}", "id", (json_int_t)g->id,
			"parent", g->parent ? json_integer(g->parent) : json_null(), "metric",
			g->metric, "scope", g->scope, "op", g->op, "target", g->target, "due", g->due,
			"origin", g->origin));
	}
	return arr;
}

/* The phase's goal templates left out, with why. */
static json_t *skips_json(const struct store_plan *sp, const char *phase)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < sp->nskips; i++) {
		const struct store_plan_skip *k = &sp->skips[i];
		if (strcmp(k->phase, phase))
			continue;
		struct sbuf b;
		sbuf_init(&b);
		skip_words(&b, k->scope, k->close, 0, 0, false);
		json_array_append_new(arr, json_pack(
			"{s:s, s:s, s:s, s:f, s:o, s:I, s:o, s:s}", "metric", k->metric, "scope",
			k->scope, "op", k->op, "target", k->target, "parent",
			k->parent ? json_integer(k->parent) : json_null(), "sub_goals",
			(json_int_t)k->sub_goals, "close", k->close ? json_string(k->close) : json_null(),
			"reason", b.s + 2));  /* past skip_words' leading ": " */
		sbuf_release(&b);
	}
	return arr;
}

json_t *report_plan_json(const struct store_plan *sp, const struct store_goal *goals,
			 size_t ngoals, lang_id lang)
{
	json_t *phases = json_array(), *items = json_array();
	for (size_t p = 0; p < sp->nphases; p++) {
		const struct store_plan_phase *ph = &sp->phases[p];
		json_t *ids = json_array();
		for (size_t i = 0; i < sp->nitems; i++)
			if (!strcmp(sp->items[i].phase, ph->id))
				json_array_append_new(ids, json_string(sp->items[i].initiative));
		long a, b;
		plan_date_parse(ph->start, &a);
		plan_date_parse(ph->end, &b);
		json_array_append_new(phases, json_pack(
			"{s:s, s:s, s:s, s:s, s:I, s:f, s:f, s:o, s:o, s:o}", "id", ph->id, "title",
			title_of(lang, ph->title, ph->title_in), "start", ph->start, "end", ph->end,
			"weeks", (json_int_t)((b - a + 1) / 7), "capacity", ph->capacity, "used",
			ph->used, "initiatives", ids, "goals", goals_json(goals, ngoals, ph->id),
			"skipped_goals", skips_json(sp, ph->id)));
	}
	for (size_t i = 0; i < sp->nitems; i++) {
		const struct store_plan_item *it = &sp->items[i];
		json_t *deps = json_array(), *reasons = json_array();
		char *copy = xstrdup(it->depends_on), *save = NULL;
		for (char *tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
			json_array_append_new(deps, json_string(tok));
		free(copy);
		for (size_t r = 0; r < it->nreasons; r++) {
			const struct store_plan_reason *re = &it->reasons[r];
			struct sbuf b;
			sbuf_init(&b);
			reason_text(&b, re, false);
			json_t *o = json_pack("{s:s, s:s}", "kind", re->kind, "ref", re->ref);
			if (!strcmp(re->kind, "finding"))
				json_object_set_new(o, "severity", json_string(re->detail));
			else if (!strcmp(re->kind, "dimension")) {
				json_object_set_new(o, "score", json_real(re->value));
				json_object_set_new(o, "threshold", json_real(re->value2));
			} else if (!strcmp(re->kind, "capability")) {
				json_object_set_new(o, "gap", json_real(re->value));
				json_object_set_new(o, "priority", json_real(re->value2));
			} else if (!strcmp(re->kind, "pushed")) {
				json_object_set_new(o, "left", json_real(re->value));
				json_object_set_new(o, "capacity", json_real(re->value2));
			} else if (!strcmp(re->kind, "after")) {
				json_object_set_new(o, "phase", json_string(re->detail));
			} else if (!strcmp(re->kind, "overrun")) {
				json_object_set_new(o, "days", json_real(re->value));
			}
			if (re->has_urgency)
				json_object_set_new(o, "urgency", json_real(re->urgency));
			json_object_set_new(o, "text", json_string(b.s ? b.s : ""));
			sbuf_release(&b);
			json_array_append_new(reasons, o);
		}
		json_t *item = json_pack(
			"{s:I, s:s, s:s, s:s, s:s, s:s, s:f, s:I, s:I, s:I, s:f, s:f, s:o, s:o}",
			"order", (json_int_t)i + 1, "id", it->initiative, "title",
			title_of(lang, it->title, it->title_in), "phase", it->phase, "start", it->start,
			"end", it->end, "effort", it->effort, "duration", (json_int_t)it->duration,
			"impact", (json_int_t)it->impact, "risk", (json_int_t)it->risk, "urgency",
			it->urgency, "priority", it->priority, "depends_on", deps, "reasons", reasons);
		report_plan_method_json(item, it, lang);
		json_array_append_new(items, item);
	}
	const char *end = sp->nphases ? sp->phases[sp->nphases - 1].end : sp->start;
	/* the basis in English, as JSON has always said it */
	char *basis = plan_basis_text(sp->basis, false);
	json_t *o = json_pack(
		"{s:s, s:I, s:s, s:s, s:s, s:s, s:s, s:o, s:o}", "catalogue", sp->catalogue,
		"catalogue_version", (json_int_t)sp->catalogue_version, "start", sp->start, "end",
		end, "built_at", sp->built_at, "basis", basis, "priority_formula",
		"impact * urgency * (6 - risk) / sqrt(effort)", "phases", phases,
		"initiatives", items);
	json_object_set_new(o, "steps", report_plan_steps_json(sp));
	free(basis);
	return o;
}

void report_plan_csv(FILE *out, const struct store_plan *sp, const struct plan_track *t,
		     lang_id lang)
{
	static const char *const header[] = {
		"order", "initiative", "title", "phase", "start", "end", "effort", "duration",
		"impact", "risk", "urgency", "priority", "depends_on", "why", "status", "started",
		"done", "percent", "forecast_start", "forecast_end", "late", "late_days",
		"delayed_by", "cause", "note", "step", "source",
	};
	csvx_write_row(out, header, 27);
	for (size_t i = 0; i < sp->nitems; i++) {
		const struct store_plan_item *it = &sp->items[i];
		char order[24], effort[40], dur[24], imp[24], risk[24], urg[40], prio[40];
		snprintf(order, sizeof order, "%zu", i + 1);
		report_number(effort, it->effort);
		snprintf(dur, sizeof dur, "%ld", it->duration);
		snprintf(imp, sizeof imp, "%ld", it->impact);
		snprintf(risk, sizeof risk, "%ld", it->risk);
		report_number(urg, it->urgency);
		report_number(prio, it->priority);
		struct sbuf why;
		sbuf_init(&why);
		for (size_t r = 0; r < it->nreasons; r++) {
			if (r)
				sbuf_adds(&why, "; ");
			reason_text(&why, &it->reasons[r], false);
		}
		char *source = plan_sources_told(it->sources, lang);
		struct report_plan_track_cells x;
		report_plan_track_cells(sp, t, i, &x);
		const char *row[] = { order, it->initiative, title_of(lang, it->title, it->title_in),
				      it->phase, it->start, it->end, effort, dur, imp, risk, urg,
				      prio, it->depends_on, why.s ? why.s : "", x.status, x.started,
				      x.done, x.percent, x.start, x.end, x.late, x.late_days,
				      x.delayed_by, x.cause ? x.cause : "", x.note, it->step, source };
		csvx_write_row(out, row, 27);
		free(x.cause);
		free(source);
		sbuf_release(&why);
	}
}

/* One line of a phase's initiative table, the rank-th (its header when it
 * is NULL):
 * fixed columns, so the lines printed between the rows (the reasons) keep
 * every row aligned with the header. */
static void initiative_row(FILE *out, size_t rank, const struct store_plan_item *it)
{
	const struct {
		const char *header;
		size_t width;
		enum report_align align;
	} cols[] = {
		{ trc("plan table", "rank"), 4, REPORT_RIGHT },
		{ trc("plan table", "initiative"), 30, REPORT_LEFT },
		{ trc("plan table", "start"), 10, REPORT_LEFT },
		{ trc("plan table", "end"), 10, REPORT_LEFT },
		{ trc("plan table", "effort"), 6, REPORT_RIGHT },
		{ trc("plan table", "priority"), 8, REPORT_RIGHT },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	struct report_table *t = report_table_new(NCOLS);
	for (size_t c = 0; c < NCOLS; c++) {
		report_table_column(t, c, cols[c].header, cols[c].align);
		report_table_width(t, c, cols[c].width, true);
		report_table_gap(t, c, " ");
	}
	report_table_plain_header(t);
	if (it) {
		report_table_hide_header(t);
		char start[TIMEX_SHOW_MAX], end[TIMEX_SHOW_MAX];
		char *row = tfmt("%zu\t%s\t%s\t%s\t%.1f\t%.1f", rank, it->initiative,
				 timex_show(it->start, start), timex_show(it->end, end), it->effort,
				 it->priority);
		report_table_rowf(t, "%s", row);
		free(row);
	}
	report_table_print(t, out, 3, false);
	report_table_free(t);
}

void report_plan_text(FILE *out, const struct store_plan *sp, const struct store_goal *goals,
		      size_t ngoals, lang_id lang, bool explain)
{
	const char *end = sp->nphases ? sp->phases[sp->nphases - 1].end : sp->start;
	char d1[TIMEX_SHOW_MAX], d2[TIMEX_SHOW_MAX];
	tfprintf(out, _("Rollout plan from catalogue %s (version %ld): %s to %s\n"), sp->catalogue,
		 sp->catalogue_version, timex_show(sp->start, d1), timex_show(end, d2));
	char *told = plan_basis_text(sp->basis, true);
	char *basis = text_sanitize(told);
	fprintf(out, _("Selected from: %s\n"), basis);
	free(basis);
	free(told);
	if (explain)
		fprintf(out, "\n%s", _(FORMULA));
	for (size_t p = 0; p < sp->nphases; p++) {
		const struct store_plan_phase *ph = &sp->phases[p];
		long a, b;
		plan_date_parse(ph->start, &a);
		plan_date_parse(ph->end, &b);
		char *t = text_sanitize(title_of(lang, ph->title, ph->title_in));
		tfprintf(out, "\n%zu. %s: %s\n", p + 1, ph->id, t);
		free(t);
		int filled = ph->capacity > 0 ? (int)lround(20 * fmin(ph->used / ph->capacity, 1)) : 0;
		char *gauge = xasprintf("[%.*s%.*s]", filled, "####################", 20 - filled,
					"....................");
		tfprintf(out, trn("   %s to %s (%ld week), capacity used %.1f of %.1f person-weeks %s\n",
				  "   %s to %s (%ld weeks), capacity used %.1f of %.1f person-weeks %s\n",
				  (unsigned long)((b - a + 1) / 7)),
			 timex_show(ph->start, d1), timex_show(ph->end, d2), (b - a + 1) / 7, ph->used,
			 ph->capacity, gauge);
		free(gauge);
		bool any = false;
		for (size_t i = 0; i < sp->nitems; i++) {
			const struct store_plan_item *it = &sp->items[i];
			if (strcmp(it->phase, ph->id))
				continue;
			if (!any)
				initiative_row(out, 0, NULL);
			any = true;
			initiative_row(out, i + 1, it);
			for (size_t r = 0; r < it->nreasons; r++) {
				const struct store_plan_reason *re = &it->reasons[r];
				struct sbuf b2;
				sbuf_init(&b2);
				reason_text(&b2, re, true);
				/* --explain gives each reason's urgency; otherwise the
				 * initiatives that need this one share a line. */
				if (explain && re->has_urgency) {
					char *u = tfmt(_(": urgency %.2f"), re->urgency);
					sbuf_adds(&b2, u);
					free(u);
				}
				while (!explain && !strcmp(re->kind, "dependency") &&
				       r + 1 < it->nreasons &&
				       !strcmp(it->reasons[r + 1].kind, "dependency"))
					sbuf_addf(&b2, "%s'%s'", report_list_sep(), it->reasons[++r].ref);
				char *clean = text_sanitize(b2.s ? b2.s : "");
				/* the reasons after the first one column left of it */
				const char *why = _("why:");
				int indent = re == it->reasons ? 0 : (int)utf8_width(why) - 1;
				fprintf(out, "       %s%*s %s\n", re == it->reasons ? why : "", indent, "",
					clean);
				free(clean);
				sbuf_release(&b2);
			}
			if (explain) {
				tfprintf(out, _("       urgency %.2f, the highest of its reasons\n"),
					 it->urgency);
				char pr[40];
				report_number(pr, round(it->priority * 10) / 10);
				char *shown = i18n_digits(pr);
				tfprintf(out, _("       priority = %ld x %.2f x (%d - %ld) / sqrt(%.1f) = %s\n"),
					 it->impact, it->urgency, 6, it->risk, it->effort, shown);
				free(shown);
				report_plan_method_text(out, it, lang);
			}
		}
		if (!any)
			fputs(_("   (no initiatives)\n"), out);
		bool header = false;
		for (size_t i = 0; i < ngoals; i++) {
			if (strcmp(goals[i].phase, ph->id))
				continue;
			if (!header)
				fputs(_("   goals (goal id in brackets):\n"), out);
			header = true;
			print_goal_line(out, &goals[i], goal_depth(goals, ngoals, i));
		}
		header = false;
		for (size_t i = 0; i < sp->nskips; i++) {
			const struct store_plan_skip *k = &sp->skips[i];
			if (strcmp(k->phase, ph->id))
				continue;
			if (!header)
				fputs(_("   goal templates left out:\n"), out);
			header = true;
			struct sbuf b2;
			sbuf_init(&b2);
			goal_words(&b2, k->metric, k->op, k->target, k->scope);
			skip_words(&b2, k->scope, k->close, k->parent, k->sub_goals, true);
			fprintf(out, "     %s\n", b2.s);
			sbuf_release(&b2);
		}
	}
	gantt(out, sp);
}

