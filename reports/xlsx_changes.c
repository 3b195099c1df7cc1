/* The workbook's waived findings (on the Findings sheet, below the fired
 * ones) and its Changes sheet (the history 'crmready log' lists). */
#include <stdlib.h>

#include "xlsx_cell.h"
#include "xlsx_sheets.h"

const char *xl_finding_status(const struct report_xl_finding *f, char *buf, size_t n)
{
	if (!f->evaluated)
		return _("not evaluated");
	if (!f->waiver_until)
		return _("fired");
	char until[TIMEX_SHOW_MAX];
	xl_textf(buf, n, _("fired: its waiver expired on %s"), timex_show(f->waiver_until, until));
	return buf;
}

lxw_row_t xl_waived_findings(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	if (!m->nwaived)
		return r;
	xl_str(sh, r++, 0, _("Waived (accepted until their waiver ends)"), x->section);
	static const char *const en[] = { N_("Severity"), N_("Finding"), N_("Owner"), N_("Until"),
					  N_("Reason"), N_("Rule"), NULL };
	xl_header(sh, r++, en);
	for (size_t i = 0; i < m->nwaived; i++, r++) {
		const struct report_xl_finding *f = &m->waived[i];
		xl_str(sh, r, 0, severity_label(f->severity), x->muted);
		xl_str(sh, r, 1, f->title, x->wrap);
		xl_str(sh, r, 2, f->waiver_by, x->text);
		xl_date(sh, r, 3, f->waiver_until, x->date);
		xl_str(sh, r, 4, f->waiver_reason, x->wrap);
		xl_str(sh, r, 5, f->rule, x->text);
		double h1 = xl_wrapped_height(f->title, xl_col_width(sh, 1));
		double h2 = xl_wrapped_height(f->waiver_reason, xl_col_width(sh, 4));
		xl_check(x, worksheet_set_row(sh->ws, r, h1 > h2 ? h1 : h2, NULL));
	}
	return r;
}

void xl_changes(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	xl_sheet_title(sh, _("Changes"), _("Goals, waivers and plan updates changed by hand, oldest "
					   "first ('crmready log')"));
	if (!m->nchanges) {
		xl_missing(sh, 3, _("No changes recorded yet: 'goal set', 'findings waive' and plan "
				    "updates are recorded with who made them and when."));
		return;
	}
	static const char *const en[] = { N_("Day"), N_("Changed by"), N_("Change"), N_("Note"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->nchanges; i++, r++) {
		const struct report_xl_change *c = &m->changes[i];
		xl_date(sh, r, 0, c->day, x->date);
		xl_str(sh, r, 1, c->who, x->text);
		xl_str(sh, r, 2, c->text, x->wrap);
		xl_str(sh, r, 3, c->note, x->wrap);
	}
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, r - 1, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 0);
	sh->max_width[2] = 60;
	sh->max_width[3] = 50;
}
