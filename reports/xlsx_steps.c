/* The "Plan by step" sheet: the planned initiatives grouped by the six
 * steps of the transformation, each with where it comes from. */
#include <stdlib.h>

#include "report_internal.h"
#include "xlsx_sheets.h"

/* The initiatives of one step from row r; returns the next free row. */
static lxw_row_t step_rows(struct xl_sheet *sh, lxw_row_t r, enum plan_step step,
			   const size_t *order)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char *label = plan_step_label(step);
	for (size_t k = 0; k < m->ninitiatives; k++) {
		const struct report_xl_initiative *in = &m->initiatives[order[k]];
		if (in->step != step)
			continue;
		xl_str(sh, r, 0, step ? label : _("Step not given"), x->text);
		xl_str(sh, r, 1, in->id, x->text);
		xl_str(sh, r, 2, in->title, x->wrap);
		xl_str(sh, r, 3, in->phase, x->text);
		xl_date(sh, r, 4, in->start, x->date);
		xl_date(sh, r, 5, in->end, x->date);
		xl_str(sh, r, 6, in->source, x->wrap);
		r++;
	}
	free(label);
	return r;
}

void xl_plan_steps(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	xl_sheet_title(sh, _("The plan by the six steps of the transformation"),
		       _("Each initiative with the step it belongs to and where it comes from."));
	if (!m->has_plan || !m->ninitiatives) {
		xl_missing(sh, 3, _("No plan yet: 'crmready plan build --start YYYY-MM-DD' builds it from the findings "
			"and gaps."));
		return;
	}
	static const char *const en[] = { N_("Step"), N_("Initiative"), N_("Title"), N_("Phase"),
					  N_("Start"), N_("End"), N_("Source"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	size_t *order = report_initiatives_by_start(m);
	for (int s = STEP_NONE + 1; s < PLAN_NSTEPS; s++)
		r = step_rows(sh, r, (enum plan_step)s, order);
	r = step_rows(sh, r, STEP_NONE, order);
	free(order);
	sh->max_width[2] = 50;
	sh->max_width[6] = 60;
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, r - 1, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 0);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
}
