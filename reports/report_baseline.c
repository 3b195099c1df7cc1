/* Baselines, the plan against one (slips and why), phase reviews with
 * their gate decisions: text for people, JSON and CSV for programs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

#define SAY(people, s) ((people) ? _(s) : (s))

static void iso_of(long day, char out[11])
{
	plan_date_format(day, out);
}

/* ---- the baselines ---- */

void report_baselines_text(FILE *out, const struct store_baseline *v, size_t n)
{
	if (!n) {
		fputs(_("No baselines yet; save one with 'crmready plan baseline save NAME'.\n"), out);
		return;
	}
	struct report_table *t = report_table_new(6);
	report_table_column(t, 0, trc("baseline table", "baseline"), REPORT_LEFT);
	report_table_column(t, 1, trc("baseline table", "saved"), REPORT_LEFT);
	report_table_column(t, 2, trc("baseline table", "by"), REPORT_LEFT);
	report_table_column(t, 3, trc("baseline table", "plan start"), REPORT_LEFT);
	report_table_column(t, 4, trc("baseline table", "initiatives"), REPORT_RIGHT);
	report_table_column(t, 5, trc("baseline table", "note"), REPORT_LEFT);
	for (size_t i = 0; i < n; i++) {
		char saved[TIMEX_SHOW_MAX], start[TIMEX_SHOW_MAX];
		char *items = tfmt("%ld", v[i].items);
		const char *row[] = { v[i].name, timex_show(v[i].saved_on, saved), v[i].who,
				      timex_show(v[i].plan_start, start), items, v[i].note };
		report_table_row(t, row);
		free(items);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
}

static json_t *baseline_json(const struct store_baseline *b)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I, s:I, s:I}", "name", b->name,
			 "saved_on", b->saved_on, "by", b->who, "note", b->note, "plan_start",
			 b->plan_start, "plan_built_at", b->built_at, "phases",
			 (json_int_t)b->phases, "initiatives", (json_int_t)b->items, "goals",
			 (json_int_t)b->goals);
}

json_t *report_baselines_json(const struct store_baseline *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, baseline_json(&v[i]));
	return json_pack("{s:o}", "baselines", a);
}

void report_baselines_csv(FILE *out, const struct store_baseline *v, size_t n)
{
	static const char *const header[] = { "name", "saved_on", "by", "note", "plan_start",
					      "plan_built_at", "phases", "initiatives", "goals" };
	csvx_write_row(out, header, 9);
	for (size_t i = 0; i < n; i++) {
		char ph[24], it[24], go[24];
		snprintf(ph, sizeof ph, "%ld", v[i].phases);
		snprintf(it, sizeof it, "%ld", v[i].items);
		snprintf(go, sizeof go, "%ld", v[i].goals);
		const char *row[] = { v[i].name, v[i].saved_on, v[i].who, v[i].note,
				      v[i].plan_start, v[i].built_at, ph, it, go };
		csvx_write_row(out, row, 9);
	}
}

/* ---- slips ---- */

/* A span of days for a reason: whole weeks when it is some, else days. */
static char *span_words(long days, bool people)
{
	long a = labs(days);
	if (a && a % 7 == 0)
		return people ? tfmt(trn("%ld week", "%ld weeks", (unsigned long)(a / 7)), a / 7)
			      : xasprintf(a / 7 == 1 ? "%ld week" : "%ld weeks", a / 7);
	return people ? tfmt(trn("%ld day", "%ld days", (unsigned long)a), a)
		      : xasprintf(a == 1 ? "%ld day" : "%ld days", a);
}

char *report_slip_days(long days)
{
	if (!days)
		return tfmt("%d", 0);
	return tfmt(_("%+ld d (%+.1f wk)"), days, days / 7.0);
}

static char *reason_number(double x, bool people)
{
	char v[REPORT_NUMBER_LEN];
	report_number(v, round(x * 10) / 10);
	return people ? i18n_digits(v) : xstrdup(v);
}

static void date_words(struct sbuf *b, long day, bool people)
{
	char iso[11], shown[TIMEX_SHOW_MAX];
	iso_of(day, iso);
	sbuf_adds(b, people ? timex_show(iso, shown) : iso);
}

static void actual_reason(struct sbuf *b, const struct plan_slip *s, bool people)
{
	long days = s->why_start ? s->start_days : s->end_days;
	char *span = span_words(days, people);
	struct sbuf day;
	sbuf_init(&day);
	date_words(&day, s->why_day, people);
	const char *fmt;
	if (s->why_start)
		fmt = days > 0 ? SAY(people, N_("started %s, %s after its baseline start"))
			       : SAY(people, N_("started %s, %s before its baseline start"));
	else
		fmt = days > 0 ? SAY(people, N_("ended %s, %s after its baseline end"))
			       : SAY(people, N_("ended %s, %s before its baseline end"));
	sbuf_addf(b, fmt, day.s, span);
	sbuf_release(&day);
	free(span);
}

char *report_slip_reason(const struct plan_slip *s, const struct store_plan *plan, bool people)
{
	struct sbuf b;
	sbuf_init(&b);
	char *v = reason_number(s->why_value, people), *v2 = reason_number(s->why_value2, people);
	char *span = span_words(s->why_days, people);
	char built[TIMEX_SHOW_MAX];
	const char *rebuilt = people ? timex_show(plan->built_at, built) : plan->built_at;
	switch (s->why) {
	case SLIP_WHY_NONE:
		break;
	case SLIP_WHY_ACTUAL:
		actual_reason(&b, s, people);
		break;
	case SLIP_WHY_DEPENDENCY:
		sbuf_addf(&b, s->why_basis == SLIP_ACTUAL
			  ? SAY(people, N_("after %s, which ended %s late"))
			  : SAY(people, N_("after %s, which ends %s late")), s->why_ref, span);
		break;
	case SLIP_WHY_CAPACITY:
		sbuf_addf(&b, SAY(people, N_("pushed past phase '%s' by capacity: %s of %s "
			  "person-weeks left there")), s->why_ref, v, v2);
		break;
	case SLIP_WHY_AFTER:
		sbuf_addf(&b, SAY(people, N_("placed in phase '%s' because its dependency '%s' is "
			  "there")), s->why_ref2 ? s->why_ref2 : "", s->why_ref);
		break;
	case SLIP_WHY_OVERRUN:
		sbuf_addf(&b, SAY(people, N_("runs %s days past the end of phase '%s'")), v, s->why_ref);
		break;
	case SLIP_WHY_REBUILD:
		sbuf_addf(&b, SAY(people, N_("moved when the plan was rebuilt on %s")), rebuilt);
		break;
	case SLIP_WHY_FORECAST: {
		struct sbuf day, end;
		sbuf_init(&day);
		sbuf_init(&end);
		date_words(&day, s->why_day, people);
		date_words(&end, s->end, people);
		sbuf_addf(&b, SAY(people, N_("still in progress on %s, forecast to end on %s")), day.s,
			  end.s);
		sbuf_release(&day);
		sbuf_release(&end);
		break;
	}
	case SLIP_WHY_NOT_STARTED: {
		struct sbuf day;
		sbuf_init(&day);
		date_words(&day, s->why_day, people);
		sbuf_addf(&b, SAY(people, N_("not started by %s, past its planned start")), day.s);
		sbuf_release(&day);
		break;
	}
	case SLIP_WHY_ADDED:
		sbuf_addf(&b, SAY(people, N_("added to the plan since the baseline (rebuilt on %s)")),
			  rebuilt);
		break;
	case SLIP_WHY_DROPPED:
		sbuf_addf(&b, SAY(people, N_("dropped from the plan since the baseline (rebuilt on "
			  "%s)")), rebuilt);
		break;
	case SLIP_WHY_INITIATIVE:
		if (s->why_days > 0)
			sbuf_addf(&b, s->why_basis == SLIP_ACTUAL
				  ? SAY(people, N_("its initiative %s ended %s late"))
				  : SAY(people, N_("its initiative %s ends %s late")),
				  s->why_ref ? s->why_ref : "", span);
		else
			sbuf_addf(&b, SAY(people, N_("its initiative %s started early")),
				  s->why_ref ? s->why_ref : "");
		break;
	}
	free(v);
	free(v2);
	free(span);
	return b.s ? sbuf_detach(&b) : xstrdup("");
}

static void vs_table(FILE *out, const struct plan_vs *v, bool phases)
{
	struct report_table *t = report_table_new(5);
	report_table_column(t, 0, phases ? trc("slip table", "phase")
					 : trc("slip table", "initiative"), REPORT_LEFT);
	report_table_column(t, 1, trc("slip table", "baseline"), REPORT_LEFT);
	report_table_column(t, 2, trc("slip table", "now"), REPORT_LEFT);
	report_table_column(t, 3, trc("slip table", "start slip"), REPORT_RIGHT);
	report_table_column(t, 4, trc("slip table", "end slip"), REPORT_RIGHT);
	size_t from = phases ? v->nitems : 0, to = phases ? v->nitems + v->nphases : v->nitems;
	for (size_t i = from; i < to; i++) {
		const struct plan_slip *s = &v->slips[i];
		char a[11], b[11], sa[TIMEX_SHOW_MAX], sb[TIMEX_SHOW_MAX];
		char *base = NULL, *now = NULL, *ss = NULL, *es = NULL;
		if (s->in_baseline) {
			iso_of(s->base_start, a);
			iso_of(s->base_end, b);
			base = xasprintf("%s - %s", timex_show(a, sa), timex_show(b, sb));
		}
		if (s->in_plan) {
			iso_of(s->start, a);
			iso_of(s->end, b);
			/* an actual date is marked: the reader tells it from a plan */
			now = xasprintf("%s%s - %s%s", timex_show(a, sa),
					s->start_basis == SLIP_ACTUAL ? "*" : "", timex_show(b, sb),
					s->end_basis == SLIP_ACTUAL ? "*" : "");
		}
		if (s->in_plan && s->in_baseline) {
			ss = report_slip_days(s->start_days);
			es = report_slip_days(s->end_days);
		}
		const char *row[] = { s->id, base ? base : "-", now ? now : "-", ss ? ss : "-",
				      es ? es : "-" };
		report_table_row(t, row);
		free(base);
		free(now);
		free(ss);
		free(es);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	for (size_t i = from; i < to; i++) {
		char *why = report_slip_reason(&v->slips[i], v->plan, true);
		if (*why) {
			char *clean = text_sanitize(why);
			fprintf(out, "  %s: %s\n", v->slips[i].id, clean);
			free(clean);
		}
		free(why);
	}
}

void report_vs_text(FILE *out, const struct plan_vs *v)
{
	char saved[TIMEX_SHOW_MAX];
	char *name = text_sanitize(v->base->name), *who = text_sanitize(v->base->who);
	fprintf(out, _("The plan against baseline %s (saved on %s by %s)\n"), name,
		timex_show(v->base->saved_on, saved), who);
	free(name);
	free(who);
	size_t moved = 0;
	for (size_t i = 0; i < v->nitems + v->nphases; i++)
		moved += v->slips[i].why != SLIP_WHY_NONE;
	tfprintf(out, trn("%zu phase or initiative moved, was added or was dropped; "
			  "* marks an actual date\n",
			  "%zu phases or initiatives moved, were added or were dropped; "
			  "* marks an actual date\n", moved), moved);
	fprintf(out, "\n%s\n", _("Phases:"));
	vs_table(out, v, true);
	fprintf(out, "\n%s\n", _("Initiatives:"));
	vs_table(out, v, false);
}

static json_t *date_or_null(bool has, long day)
{
	char iso[11];
	if (!has)
		return json_null();
	iso_of(day, iso);
	return json_string(iso);
}

static json_t *slip_json(const struct plan_slip *s, const char *phase,
			 const struct store_plan *plan)
{
	bool both = s->in_plan && s->in_baseline;
	char *why = report_slip_reason(s, plan, false);
	json_t *o = json_pack("{s:s, s:s, s:b, s:b, s:o, s:o, s:o, s:o}", "id", s->id, "phase",
			      phase ? phase : "", "in_baseline", s->in_baseline, "in_plan",
			      s->in_plan, "baseline_start", date_or_null(s->in_baseline, s->base_start),
			      "baseline_end", date_or_null(s->in_baseline, s->base_end), "start",
			      date_or_null(s->in_plan, s->start), "end", date_or_null(s->in_plan, s->end));
	json_object_set_new(o, "start_basis", s->in_plan ? json_string(slip_basis_name(s->start_basis))
						       : json_null());
	json_object_set_new(o, "end_basis", s->in_plan ? json_string(slip_basis_name(s->end_basis))
						     : json_null());
	json_object_set_new(o, "start_slip_days", both ? json_integer(s->start_days) : json_null());
	json_object_set_new(o, "end_slip_days", both ? json_integer(s->end_days) : json_null());
	json_object_set_new(o, "start_slip_weeks", both ? json_real(s->start_days / 7.0) : json_null());
	json_object_set_new(o, "end_slip_weeks", both ? json_real(s->end_days / 7.0) : json_null());
	json_object_set_new(o, "reason", json_string(slip_why_name(s->why)));
	json_object_set_new(o, "reason_ref", s->why_ref ? json_string(s->why_ref) : json_null());
	json_object_set_new(o, "reason_text", json_string(why));
	free(why);
	return o;
}

json_t *report_vs_json(const struct plan_vs *v)
{
	json_t *ph = json_array(), *it = json_array();
	for (size_t i = 0; i < v->nitems + v->nphases; i++)
		json_array_append_new(i < v->nitems ? it : ph,
				      slip_json(&v->slips[i], v->slips[i].phase, v->plan));
	json_t *o = json_pack("{s:o}", "baseline", baseline_json(v->base));
	json_object_set_new(o, "plan_built_at", json_string(v->plan->built_at));
	json_object_set_new(o, "phases", ph);
	json_object_set_new(o, "initiatives", it);
	return o;
}

void report_vs_csv(FILE *out, const struct plan_vs *v)
{
	static const char *const header[] = {
		"baseline", "kind", "id", "phase", "in_baseline", "in_plan", "baseline_start",
		"baseline_end", "start", "end", "start_basis", "end_basis", "start_slip_days",
		"end_slip_days", "start_slip_weeks", "end_slip_weeks", "reason", "reason_ref",
		"reason_text",
	};
	enum { N = sizeof header / sizeof *header };
	csvx_write_row(out, header, N);
	for (size_t i = 0; i < v->nitems + v->nphases; i++) {
		const struct plan_slip *s = &v->slips[i];
		bool both = s->in_plan && s->in_baseline;
		char bs[11] = "", be[11] = "", ns[11] = "", ne[11] = "";
		char sd[24] = "", ed[24] = "", sw[REPORT_NUMBER_LEN] = "", ew[REPORT_NUMBER_LEN] = "";
		if (s->in_baseline) {
			iso_of(s->base_start, bs);
			iso_of(s->base_end, be);
		}
		if (s->in_plan) {
			iso_of(s->start, ns);
			iso_of(s->end, ne);
		}
		if (both) {
			snprintf(sd, sizeof sd, "%ld", s->start_days);
			snprintf(ed, sizeof ed, "%ld", s->end_days);
			report_number(sw, s->start_days / 7.0);
			report_number(ew, s->end_days / 7.0);
		}
		char *why = report_slip_reason(s, v->plan, false);
		const char *phase = s->phase;
		const char *row[N] = {
			v->base->name, s->is_phase ? "phase" : "initiative", s->id, phase ? phase : "",
			s->in_baseline ? "yes" : "no", s->in_plan ? "yes" : "no", bs, be, ns, ne,
			s->in_plan ? slip_basis_name(s->start_basis) : "",
			s->in_plan ? slip_basis_name(s->end_basis) : "", sd, ed, sw, ew,
			slip_why_name(s->why), s->why_ref ? s->why_ref : "", why,
		};
		csvx_write_row(out, row, N);
		free(why);
	}
}

/* ---- phase reviews ---- */

void report_reviews_text(FILE *out, const struct plan_reviews *r, bool history)
{
	fputs(_("Phase reviews (goals rolled up, the verdict, the gate decision):\n"), out);
	for (size_t p = 0; p < r->n; p++) {
		const struct phase_review *pr = &r->v[p];
		char *tally = goal_tally_text(pr->ngoals, pr->counts);
		tfprintf(out, "\n%zu. %s: %s\n", p + 1, pr->phase, phase_verdict_label(pr->verdict));
		fprintf(out, "   %s\n", tally);
		free(tally);
		for (size_t g = history ? 0 : pr->ngates ? pr->ngates - 1 : 0; g < pr->ngates; g++) {
			const struct store_gate *gt = &pr->gates[g];
			enum gate_decision dec = GATE_HOLD;
			gate_decision_parse(gt->decision, &dec);
			char day[TIMEX_SHOW_MAX];
			char *who = text_sanitize(gt->who), *note = text_sanitize(gt->note);
			fprintf(out, _("   gate: %s on %s by %s"), gate_decision_label(dec),
				timex_show(gt->day, day), who);
			if (*note)
				fprintf(out, ": %s", note);
			fputc('\n', out);
			free(who);
			free(note);
		}
		if (!pr->ngates)
			fputs(_("   gate: no decision yet\n"), out);
	}
}

void report_reviews_brief(FILE *out, const struct plan_reviews *r)
{
	if (!r->n)
		return;
	fprintf(out, "\n%s\n", _("Phase reviews:"));
	for (size_t p = 0; p < r->n; p++) {
		const struct phase_review *pr = &r->v[p];
		tfprintf(out, trn("  %zu. %s: %s (%zu goal)", "  %zu. %s: %s (%zu goals)", pr->ngoals),
			 p + 1, pr->phase, phase_verdict_label(pr->verdict), pr->ngoals);
		if (pr->gate) {
			enum gate_decision dec = GATE_HOLD;
			gate_decision_parse(pr->gate->decision, &dec);
			char day[TIMEX_SHOW_MAX];
			fprintf(out, _("; gate: %s on %s"), gate_decision_label(dec),
				timex_show(pr->gate->day, day));
		}
		fputc('\n', out);
	}
}

static json_t *gate_json(const struct store_gate *g)
{
	return json_pack("{s:s, s:s, s:s, s:s}", "decision", g->decision, "on", g->day, "by",
			 g->who, "note", g->note);
}

json_t *report_reviews_json(const struct plan_reviews *r)
{
	json_t *a = json_array();
	for (size_t p = 0; p < r->n; p++) {
		const struct phase_review *pr = &r->v[p];
		json_t *counts = json_object(), *gates = json_array();
		for (int s = 0; s < GOAL_NSTATES; s++)
			json_object_set_new(counts, goal_state_name((enum goal_state)s),
					    json_integer((json_int_t)pr->counts[s]));
		for (size_t g = 0; g < pr->ngates; g++)
			json_array_append_new(gates, gate_json(&pr->gates[g]));
		json_array_append_new(a, json_pack("{s:s, s:I, s:o, s:s, s:o, s:o}", "phase",
						   pr->phase, "goals", (json_int_t)pr->ngoals,
						   "states", counts, "verdict",
						   phase_verdict_name(pr->verdict), "gate",
						   pr->gate ? gate_json(pr->gate) : json_null(),
						   "gates", gates));
	}
	return json_pack("{s:o}", "phases", a);
}

void report_reviews_csv(FILE *out, const struct plan_reviews *r)
{
	static const char *const header[] = {
		"phase", "goals", "achieved", "on_track", "at_risk", "missed", "too_early",
		"no_data", "verdict", "gate", "gate_on", "gate_by", "gate_note", "gate_decisions",
	};
	enum { N = sizeof header / sizeof *header };
	static const enum goal_state order[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK,
						 GOAL_MISSED, GOAL_TOO_EARLY, GOAL_NO_DATA };
	csvx_write_row(out, header, N);
	for (size_t p = 0; p < r->n; p++) {
		const struct phase_review *pr = &r->v[p];
		char n[24], c[6][24], ng[24];
		snprintf(n, sizeof n, "%zu", pr->ngoals);
		for (int k = 0; k < 6; k++)
			snprintf(c[k], sizeof c[k], "%zu", pr->counts[order[k]]);
		snprintf(ng, sizeof ng, "%zu", pr->ngates);
		const struct store_gate *g = pr->gate;
		const char *row[N] = {
			pr->phase, n, c[0], c[1], c[2], c[3], c[4], c[5],
			phase_verdict_name(pr->verdict), g ? g->decision : "", g ? g->day : "",
			g ? g->who : "", g ? g->note : "", ng,
		};
		csvx_write_row(out, row, N);
	}
}
