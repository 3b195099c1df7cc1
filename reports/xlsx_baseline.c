/* The Baseline sheet: the plan against the latest baseline (each phase's
 * and initiative's dates then and now, the slips in days and weeks, and
 * why) and the phase reviews (goals rolled up, the verdict, the gate
 * decision in force). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "xlsx_sheets.h"

static void day_cell(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, bool has, long day)
{
	char iso[11];
	if (!has) {
		xl_blank(sh, r, c, sh->x->text);
		return;
	}
	plan_date_format(day, iso);
	xl_date(sh, r, c, iso, sh->x->date);
}

static void slip_row(struct xl_sheet *sh, lxw_row_t r, const struct plan_slip *s,
		     const struct store_plan *plan)
{
	struct xl *x = sh->x;
	bool both = s->in_plan && s->in_baseline;
	lxw_col_t c = 0;
	xl_str(sh, r, c++, s->is_phase ? trc("slip table", "phase") : trc("slip table", "initiative"),
	       x->text);
	xl_str(sh, r, c++, s->id, x->text);
	xl_str(sh, r, c++, s->phase ? s->phase : "", x->text);
	day_cell(sh, r, c++, s->in_baseline, s->base_start);
	day_cell(sh, r, c++, s->in_baseline, s->base_end);
	day_cell(sh, r, c++, s->in_plan, s->start);
	day_cell(sh, r, c++, s->in_plan, s->end);
	xl_num_or_blank(sh, r, c++, both, (double)s->start_days, x->num);
	xl_num_or_blank(sh, r, c++, both, (double)s->end_days, x->num);
	xl_num_or_blank(sh, r, c++, both, s->end_days / 7.0, xl_num_format(x, "0.0"));
	char *why = report_slip_reason(s, plan, true);
	xl_str(sh, r, c++, why, x->text);
	free(why);
}

static lxw_row_t slips(struct xl_sheet *sh, lxw_row_t head)
{
	struct xl *x = sh->x;
	const struct plan_vs *v = x->m->vs;
	static const char *const en[] = { N_("Kind"), N_("Id"), N_("Phase"), N_("Baseline start"),
					  N_("Baseline end"), N_("Start"), N_("End"),
					  N_("Start slip (days)"), N_("End slip (days)"),
					  N_("End slip (weeks)"), N_("Why"), NULL };
	xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	/* the phases first, then the initiatives, as plan show --vs */
	for (size_t i = v->nitems; i < v->nitems + v->nphases; i++)
		slip_row(sh, r++, &v->slips[i], v->plan);
	for (size_t i = 0; i < v->nitems; i++)
		slip_row(sh, r++, &v->slips[i], v->plan);
	return r;
}

static void reviews(struct xl_sheet *sh, lxw_row_t head)
{
	struct xl *x = sh->x;
	const struct plan_reviews *rv = x->m->reviews;
	xl_check(x, worksheet_write_string(sh->ws, head - 1, 0, _("Phase reviews"), x->section));
	static const char *const en[] = { N_("Phase"), N_("Goals"), N_("Achieved"), N_("On track"),
					  N_("At risk"), N_("Missed"), N_("Too early"), N_("No data"),
					  N_("Verdict"), N_("Gate"), N_("Decided on"), N_("By"),
					  N_("Note"), NULL };
	static const enum goal_state order[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK,
						 GOAL_MISSED, GOAL_TOO_EARLY, GOAL_NO_DATA };
	xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	for (size_t p = 0; p < rv->n; p++, r++) {
		const struct phase_review *pr = &rv->v[p];
		lxw_col_t c = 0;
		xl_str(sh, r, c++, pr->phase, x->text);
		xl_num(sh, r, c++, (double)pr->ngoals, x->num);
		for (size_t k = 0; k < sizeof order / sizeof *order; k++)
			xl_num(sh, r, c++, (double)pr->counts[order[k]], x->num);
		xl_str(sh, r, c++, phase_verdict_label(pr->verdict), x->text);
		if (pr->gate) {
			enum gate_decision g = GATE_HOLD;
			gate_decision_parse(pr->gate->decision, &g);
			xl_str(sh, r, c++, gate_decision_label(g), x->text);
			xl_date(sh, r, c++, pr->gate->day, x->date);
			xl_str(sh, r, c++, pr->gate->who, x->text);
			xl_str(sh, r, c++, pr->gate->note, x->text);
		} else {
			xl_str(sh, r, c++, _("no decision yet"), x->muted);
		}
	}
}

void xl_baseline(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	const struct plan_vs *v = m->vs;
	char sub[256], saved[XL_SHOWN_DATE_MAX];
	if (v)
		xl_textf(sub, sizeof sub, _("Against baseline %s, saved on %s by %s"), v->base->name,
			 xl_shown_date(x, v->base->saved_on, saved), v->base->who);
	xl_sheet_title(sh, _("The plan against its baseline, and phase reviews"), v ? sub : NULL);
	if (!m->has_plan) {
		xl_missing(sh, 3, _("No plan yet: 'crmready plan build' makes one, 'crmready plan "
			   "baseline save NAME' keeps it to compare with."));
		return;
	}
	lxw_row_t r = 3;
	if (v) {
		r = slips(sh, r);
		worksheet_freeze_panes(sh->ws, 4, 0);
	} else {
		xl_missing(sh, r++, _("No baseline saved yet: 'crmready plan baseline save NAME' "
			   "keeps the plan to compare with."));
	}
	if (m->reviews && m->reviews->n)
		reviews(sh, r + 2);
}
