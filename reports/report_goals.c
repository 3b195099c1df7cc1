/* report_goals: goals and their status as 'crmready status', 'goal list'
 * and the goals sections of 'adoption report' and 'dq report' show them,
 * in the terminal, JSON and CSV. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

static json_t *num_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

json_t *report_goal_json(const struct goal_row *r)
{
	const struct goal_status *s = &r->status;
	/* the key order 'status --format json' has always had */
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:s}", "phase", r->phase, "metric",
			      r->metric, "scope", r->scope, "op", r->op, "target", r->target,
			      "due", r->due);
	json_object_set_new(o, "latest", num_or_null(s->has_latest, s->latest.value));
	json_object_set_new(o, "latest_date",
			    s->has_latest ? json_string(r->latest_date) : json_null());
	json_object_set_new(o, "status", json_string(goal_state_name(s->state)));
	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "parent", r->parent ? json_integer(r->parent) : json_null());
	json_object_set_new(o, "projected", num_or_null(s->has_projection, s->projected));
	json_object_set_new(o, "expected", num_or_null(s->has_expected, s->expected));
	json_object_set_new(o, "points", json_integer((json_int_t)s->points_used));
	json_object_set_new(o, "weeks", json_integer((json_int_t)s->weeks_used));
	json_object_set_new(o, "judged_at", json_string(r->judged_at));
	json_object_set_new(o, "settled", json_boolean(s->settled));
	json_object_set_new(o, "set_on", *r->set_on ? json_string(r->set_on) : json_null());
	json_object_set_new(o, "baseline", num_or_null(s->has_baseline, s->baseline));
	return o;
}

json_t *report_goals_json(const struct goal_rows *rows)
{
	json_t *a = json_array();
	for (size_t i = 0; i < rows->n; i++)
		json_array_append_new(a, report_goal_json(&rows->v[i]));
	return a;
}

const char *const report_goal_csv_head[REPORT_GOAL_CSV] = {
	"goal_id", "parent", "phase", "metric", "op", "target", "due",
	"latest", "latest_date", "projected", "expected", "status", "judged_at", "baseline",
};

void report_goal_cells(const struct goal_row *r, struct report_goal_cells *c)
{
	const struct goal_status *s = &r->status;
	memset(c, 0, sizeof *c);
	snprintf(c->id, sizeof c->id, "%ld", r->id);
	if (r->parent)
		snprintf(c->parent, sizeof c->parent, "%ld", r->parent);
	report_number(c->target, r->target);
	if (s->has_latest)
		report_number(c->latest, s->latest.value);
	if (s->has_projection)
		report_number(c->proj, s->projected);
	if (s->has_expected)
		report_number(c->exp, s->expected);
	if (s->has_baseline)
		report_number(c->base, s->baseline);
	const char *cell[REPORT_GOAL_CSV] = { c->id, c->parent, r->phase, r->metric, r->op,
					      c->target, r->due, c->latest, r->latest_date,
					      c->proj, c->exp, goal_state_name(s->state),
					      r->judged_at, c->base };
	memcpy(c->cell, cell, sizeof cell);
}

/* The colour a state is shown in, for report_table_color; NULL for none. */
static const char *state_color(enum goal_state s)
{
	return s == GOAL_ACHIEVED || s == GOAL_ON_TRACK ? "32"
	       : s == GOAL_AT_RISK ? "33"
	       : s == GOAL_MISSED ? "31" : s == GOAL_TOO_EARLY ? "36" : NULL;
}

/* The goal as its tables name it: "  adoption.active_rate >= 0.6 (wave=1)",
 * indented two spaces a level. Malloc'd. The goal stays as 'goal add' takes
 * it (Latin, the sign as typed); the table isolates it in a right-to-left
 * language (report_table_isolate). */
static char *goal_text(const struct goal_row *r, int depth)
{
	char t[40];
	report_number(t, r->target);
	char *scope = text_sanitize(r->scope);
	char *s = xasprintf("%*s%s %s %s%s%s%s", depth * 2, "", r->metric, r->op, t,
			    *scope ? " (" : "", scope, *scope ? ")" : "");
	free(scope);
	return s;
}

/* The columns of a goal table from due on: due, latest, on, projected,
 * expected (the status command's table only), the state in its colour and,
 * for a settled goal, the day it was judged at. The state column is as
 * wide as its cell, so the settled note follows it. */
enum status_col { COL_DUE, COL_LATEST, COL_ON, COL_PROJECTED, COL_EXPECTED, COL_STATE,
		  COL_SETTLED, NSTATUS };

static const struct {
	enum report_align align;
	size_t width;
	const char *gap;
} STATUS_COL[NSTATUS] = {
	{ REPORT_LEFT, 10, " " },
	{ REPORT_RIGHT, 8, " " },
	{ REPORT_LEFT, 10, " " },
	{ REPORT_RIGHT, 9, " " },
	{ REPORT_RIGHT, 8, " " },
	{ REPORT_LEFT, 0, "  " },
	{ REPORT_LEFT, 0, "" },
};

/* Column first on of t: the status columns, with or without expected.
 * How many. */
static size_t status_columns(struct report_table *t, size_t first, bool expected)
{
	const char *head[NSTATUS] = {
		trc("goal table", "due"), trc("goal table", "latest"), trc("goal table", "on"),
		trc("goal table", "projected"), trc("goal table", "expected"),
		trc("goal table", "status"), NULL,
	};
	size_t c = first;
	for (size_t k = 0; k < NSTATUS; k++) {
		if (k == COL_EXPECTED && !expected)
			continue;
		report_table_column(t, c, head[k], STATUS_COL[k].align);
		report_table_width(t, c, STATUS_COL[k].width, true);
		report_table_gap(t, c, STATUS_COL[k].gap);
		if (k == COL_ON)   /* "latest on": one heading over two columns */
			report_table_heading_continues(t, c);
		c++;
	}
	return c - first;
}

/* The status cells of goal r into cell (with or without expected); buf
 * holds the numbers. */
struct status_buf {
	char latest[64], proj[64], exp[64], settled[160];
	char due[TIMEX_SHOW_MAX], on[TIMEX_SHOW_MAX];
};

/* A figure of ours in the language's digits, into out. */
static void shown_number(char *out, size_t n, const char *figure)
{
	char *s = i18n_digits(figure);
	snprintf(out, n, "%s", s);
	free(s);
}

static void status_cells(const struct goal_row *r, const char **cell, bool expected,
			 lang_id lang, struct status_buf *b)
{
	const struct goal_status *s = &r->status;
	char n[TEXT_NUMBER_LEN];
	shown_number(b->latest, sizeof b->latest, s->has_latest
		     ? text_number_beside(s->latest.value, r->target, n) : "-");
	shown_number(b->proj, sizeof b->proj,
		     s->has_projection ? text_number_small(s->projected, n) : "-");
	shown_number(b->exp, sizeof b->exp, s->has_expected ? text_number_small(s->expected, n) : "-");
	*b->settled = '\0';
	if (s->settled) {
		char on[TIMEX_SHOW_MAX];
		snprintf(b->settled, sizeof b->settled, _(" (settled on %s)"),
			 timex_show(r->judged_at, on));
	}
	timex_show(r->due, b->due);
	timex_show(s->has_latest ? r->latest_date : "-", b->on);
	const char *all[NSTATUS] = { b->due, b->latest, b->on, b->proj, b->exp,
				     goal_state_label(s->state), b->settled };
	for (size_t k = 0; k < NSTATUS; k++)
		if (k != COL_EXPECTED || expected)
			*cell++ = all[k];
}

void report_goal_tally(FILE *out, size_t n, const size_t counts[GOAL_NSTATES], lang_id lang)
{
	char buf[320];
	fprintf(out, "%s\n", report_goal_tally_format(n, counts, lang, buf, sizeof buf));
}

static void no_goals(FILE *out)
{
	fputs(_("no goals yet: 'crmready plan build' makes the phase goals, 'crmready goal add' "
		"adds your own\n"), out);
}

void report_goals_text(FILE *out, const struct goal_rows *rows, const char *family,
		       const char *today, const struct report_options *o)
{
	char day[TIMEX_SHOW_MAX];
	fprintf(out, _("\nGoals on %s* metrics on %s\n"), family, timex_show(today, day));
	if (!rows->n) {
		fprintf(out, _("no goals on %s* metrics: 'crmready plan build' makes the phase goals, "
			       "'crmready goal add' adds your own\n"), family);
		return;
	}
	/* the goal, then the status columns but expected */
	enum { NCOLS = 1 + NSTATUS - 1, STATE = 1 + COL_STATE - 1 };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, 0, trc("goal table", "goal"), REPORT_LEFT);
	report_table_width(t, 0, 4, false);
	report_table_isolate(t, 0);
	status_columns(t, 1, false);
	report_table_gap(t, 1, "  ");
	for (size_t i = 0; i < rows->n; i++) {
		const struct goal_row *r = &rows->v[i];
		/* indented under its parent when the parent is shown too */
		int depth = 0;
		for (size_t j = i; r->parent && j-- > 0;)
			if (rows->v[j].id == r->parent) {
				depth = r->depth;
				break;
			}
		char *goal = goal_text(r, depth);
		struct status_buf b;
		const char *cell[NCOLS] = { goal };
		status_cells(r, cell + 1, false, o->lang, &b);
		report_table_row(t, cell);
		if (o->color)
			report_table_color(t, STATE, state_color(r->status.state));
		free(goal);
	}
	report_table_print(t, out, 0, o->color);
	report_table_free(t);
	size_t counts[GOAL_NSTATES];
	goal_rows_count(rows, counts);
	report_goal_tally(out, rows->n, counts, o->lang);
}

void report_status_text(FILE *out, const struct goal_rows *rows, const char *today,
			const struct report_options *o)
{
	char day[TIMEX_SHOW_MAX];
	fprintf(out, _("Goal status on %s\n"), timex_show(today, day));
	if (!rows->n) {
		no_goals(out);
		return;
	}
	enum { ID, PHASE, GOAL, FIRST, NCOLS = FIRST + NSTATUS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, ID, trc("goal table", "id"), REPORT_RIGHT);
	report_table_width(t, ID, 4, true);
	report_table_column(t, PHASE, trc("goal table", "phase"), REPORT_LEFT);
	report_table_width(t, PHASE, 11, true);
	report_table_column(t, GOAL, trc("goal table", "goal"), REPORT_LEFT);
	report_table_width(t, GOAL, 54, true);
	report_table_gap(t, GOAL, " ");
	report_table_isolate(t, GOAL);
	status_columns(t, FIRST, true);
	for (size_t i = 0; i < rows->n; i++) {
		const struct goal_row *r = &rows->v[i];
		char *id = tfmt("%ld", r->id);
		char *goal = goal_text(r, r->depth);
		struct status_buf b;
		const char *cell[NCOLS] = { id, r->phase, goal };
		status_cells(r, cell + FIRST, true, o->lang, &b);
		report_table_row(t, cell);
		if (o->color)
			report_table_color(t, FIRST + COL_STATE, state_color(r->status.state));
		free(goal);
		free(id);
	}
	report_table_print(t, out, 0, o->color);
	report_table_free(t);
	fputc('\n', out);
	size_t counts[GOAL_NSTATES];
	goal_rows_count(rows, counts);
	report_goal_tally(out, rows->n, counts, o->lang);
	tfprintf(out, _("projected: the least-squares trend of the last %d values at the due date, "
			"kept in the metric's range;\nexpected: where a straight path from the "
			"goal's baseline (on the day it was set) to the target\n(on the due date) "
			"stands today; too early: fewer than %d values or fewer than %d weeks;\n"
			"settled: past its due date, judged on the values up to it\n"),
		 GOAL_TREND_POINTS, GOAL_MIN_POINTS, GOAL_MIN_WEEKS);
}

/* Who set a goal ("plan" or "user"), in the reader's language. */
static const char *origin_label(const char *origin)
{
	if (!strcmp(origin, "plan"))
		return trc("goal origin", "plan");
	if (!strcmp(origin, "user"))
		return trc("goal origin", "user");
	return origin;
}

void report_goal_list_text(FILE *out, const struct store_goal *goals, size_t n)
{
	if (!n) {
		no_goals(out);
		return;
	}
	const struct { const char *head; enum report_align align; size_t width; } col[] = {
		{ trc("goal table", "id"), REPORT_RIGHT, 4 },
		{ trc("goal table", "parent"), REPORT_RIGHT, 6 },
		{ trc("goal table", "phase"), REPORT_LEFT, 11 },
		{ trc("goal table", "goal"), REPORT_LEFT, 54 },
		{ trc("goal table", "due"), REPORT_LEFT, 10 },
		{ trc("goal table", "origin"), REPORT_LEFT, 0 },
	};
	enum { NCOLS = sizeof col / sizeof *col };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	for (size_t k = 0; k < NCOLS; k++) {
		report_table_column(t, k, col[k].head, col[k].align);
		report_table_width(t, k, col[k].width, true);
		report_table_gap(t, k, k == 2 ? "  " : " ");
	}
	report_table_isolate(t, 3);
	for (size_t i = 0; i < n; i++) {
		const struct store_goal *g = &goals[i];
		int depth = 0;
		for (long p = g->parent; p && depth < 8; depth++) {
			long next = 0;
			for (size_t j = 0; j < n; j++)
				if (goals[j].id == p)
					next = goals[j].parent;
			p = next;
		}
		struct goal_row r = { .metric = g->metric, .op = g->op, .scope = g->scope,
				      .target = g->target };
		char *goal = goal_text(&r, depth);
		char *id = tfmt("%ld", g->id);
		char *parent = g->parent ? tfmt("%ld", g->parent) : xstrdup("-");
		char due[TIMEX_SHOW_MAX];
		const char *cell[] = { id, parent, g->phase, goal, timex_show(g->due, due),
				       origin_label(g->origin) };
		report_table_row(t, cell);
		free(goal);
		free(id);
		free(parent);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
}

json_t *report_goal_list_json(const struct store_goal *goals, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct store_goal *g = &goals[i];
		json_t *o = json_pack("{s:I, s:o, s:s, s:s, s:s, s:s, s:f, s:s, s:s}", "id",
				      (json_int_t)g->id, "parent",
				      g->parent ? json_integer(g->parent) : json_null(), "phase",
				      g->phase, "metric", g->metric, "scope", g->scope, "op", g->op,
				      "target", g->target, "due", g->due, "origin", g->origin);
		json_object_set_new(o, "set_on", g->set_on ? json_string(g->set_on) : json_null());
		json_object_set_new(o, "baseline", g->has_baseline ? json_real(g->baseline)
								    : json_null());
		json_array_append_new(arr, o);
	}
	return json_pack("{s:o}", "goals", arr);
}

void report_goal_list_csv(FILE *out, const struct store_goal *goals, size_t n)
{
	static const char *const h[] = { "id", "parent", "phase", "metric", "scope",
					 "op", "target", "due", "origin" };
	csvx_write_row(out, h, 9);
	for (size_t i = 0; i < n; i++) {
		const struct store_goal *g = &goals[i];
		char id[24], parent[24] = "", t[40];
		snprintf(id, sizeof id, "%ld", g->id);
		if (g->parent)
			snprintf(parent, sizeof parent, "%ld", g->parent);
		report_number(t, g->target);
		const char *row[] = { id, parent, g->phase, g->metric, g->scope, g->op, t, g->due,
				      g->origin };
		csvx_write_row(out, row, 9);
	}
}
