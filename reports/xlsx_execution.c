/* The Execution sheet: each initiative of the plan with what was recorded
 * of it (plan update) and its forecast: status, planned and actual dates,
 * the forecast end, percent done, how late and why. Written only when
 * something was recorded. */
#include <stdio.h>
#include <string.h>

#include "xlsx_sheets.h"

static void initiative_row(struct xl_sheet *sh, lxw_row_t r, const struct report_xl_initiative *in)
{
	struct xl *x = sh->x;
	bool dropped = in->status == PLAN_DROPPED;
	lxw_format *late = in->late != PLAN_ON_TIME ? x->status[GOAL_MISSED] : x->text;
	xl_str(sh, r, 0, in->title && *in->title ? in->title : in->id, x->text);
	xl_str(sh, r, 1, in->phase, x->text);
	xl_str(sh, r, 2, plan_status_label(in->status), x->text);
	xl_date(sh, r, 3, in->start, x->date);
	xl_date(sh, r, 4, in->end, x->date);
	if (in->started)
		xl_date(sh, r, 5, in->started, x->date);
	else
		xl_blank(sh, r, 5, x->text);
	if (in->done)
		xl_date(sh, r, 6, in->done, x->date);
	else
		xl_blank(sh, r, 6, x->text);
	if (!dropped && in->end_forecast)
		xl_date(sh, r, 7, in->fc_end, x->date);
	else
		xl_blank(sh, r, 7, x->text);
	xl_num_or_blank(sh, r, 8, in->percent >= 0, in->percent / 100.0, x->pct);
	xl_num_or_blank(sh, r, 9, in->late != PLAN_ON_TIME, (double)in->late_days, x->integer);
	xl_str(sh, r, 10, in->late_text ? in->late_text : "", late);
	xl_str(sh, r, 11, in->cause ? in->cause : "", x->text);
	xl_str(sh, r, 12, in->note ? in->note : "", x->text);
}

void xl_execution(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char sub[200], today[XL_SHOWN_DATE_MAX];
	xl_textf(sub, sizeof sub, _("As of %s; the forecast keeps each unfinished initiative's "
				    "planned duration, after its dependencies end."),
		 xl_shown_date(x, m->today, today));
	xl_sheet_title(sh, _("Plan execution"), sub);
	static const char *const en[] = { N_("Initiative"), N_("Phase"), N_("Status"),
					  N_("Planned start"), N_("Planned end"), N_("Actual start"),
					  N_("Actual end"), N_("Forecast end"), N_("Percent done"),
					  N_("Days late"), N_("Late"), N_("Why"), N_("Note"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->ninitiatives; i++)
		initiative_row(sh, r++, &m->initiatives[i]);
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, r - 1, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 1);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
	sh->max_width[11] = 60;
	sh->max_width[12] = 40;
}
