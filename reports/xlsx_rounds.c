/* The workbook's Survey rounds sheet: the readiness questionnaire's latest
 * round against the previous one (xlsx_gather_rounds.c gathers it): the
 * index, each dimension and each department, with the respondents counted
 * in each round; a department below the minimum group in either round shows
 * no figure. */
#include "xlsx_sheets.h"

static void round_row(struct xl_sheet *sh, lxw_row_t r, const struct report_xl_round_row *row)
{
	struct xl *x = sh->x;
	xl_str(sh, r, 0, row->label, row->department ? x->text : x->bold);
	if (row->suppressed) {
		char note[160];
		xl_textf(note, sizeof note, _("fewer than %ld in a round"), x->m->min_group);
		for (lxw_col_t c = 1; c < 5; c++)
			xl_blank(sh, r, c, x->text);
		xl_str(sh, r, 5, note, x->muted);
		return;
	}
	xl_num_or_blank(sh, r, 1, row->has_from, row->from, x->num1);
	xl_num_or_blank(sh, r, 2, row->has_to, row->to, x->num1);
	xl_num_or_blank(sh, r, 3, row->has_delta, row->delta, xl_num_format(x, "+0.0;-0.0;0.0"));
	xl_num(sh, r, 4, (double)row->n_from, x->integer);
	xl_num(sh, r, 5, (double)row->n_to, x->integer);
}

void xl_rounds(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	const struct report_xl_rounds *rd = &m->rounds;
	char sub[512], d1[XL_SHOWN_DATE_MAX], d2[XL_SHOWN_DATE_MAX];
	xl_textf(sub, sizeof sub, _("%s: survey round %s (%s) against %s (%s)"),
		 m->primary.title, rd->to, xl_shown_date(x, rd->to_created, d2), rd->from,
		 xl_shown_date(x, rd->from_created, d1));
	xl_sheet_title(sh, _("Survey rounds: the latest against the previous"), sub);
	static const char *const en[] = { N_("Figure"), N_("Previous round"), N_("Latest round"),
					  N_("Change"), N_("Respondents (previous)"),
					  N_("Respondents (latest)"), NULL };
	const lxw_row_t head = 3;
	xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	bool suppressed = false;
	for (size_t i = 0; i < rd->nrows; i++, r++) {
		round_row(sh, r, &rd->rows[i]);
		suppressed |= rd->rows[i].suppressed;
	}
	if (suppressed) {
		char note[256];
		xl_textf(note, sizeof note, _("Anonymity: departments of fewer than %ld respondents in "
					      "either round show no change."), m->min_group);
		xl_str(sh, r + 1, 0, note, x->muted);
	}
}
