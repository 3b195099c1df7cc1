/* The HTML report's core-action figures (issue 21): a line chart of the
 * weekly core-active rate and its table, below the login figures. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "../phases/plan.h"
#include "html_internal.h"

void html_adoption_core_weeks(struct html *h)
{
	const struct report_workbook *m = h->m;
	bool any = false;
	for (size_t i = 0; i < m->nweeks; i++)
		any |= m->weeks[i].has_core;
	if (!any)
		return;
	long *days = xcalloc(m->nweeks + 1, sizeof *days);
	double *rate = xcalloc(m->nweeks + 1, sizeof *rate);
	size_t n = 0;
	/* Complete weeks only, as the active rate's chart. */
	for (size_t i = 0; i < m->nweeks; i++)
		if (m->weeks[i].has_core_rate && !m->weeks[i].in_progress &&
		    plan_date_parse(m->weeks[i].date, &days[n]))
			rate[n++] = m->weeks[i].core_rate;
	struct html_series s = { _("core-active rate"), "#2e7d32", n, days, rate, false };
	html_line_chart(h, _("Weekly core-active rate (users with a core action)"), &s, 1, 0, 1,
			true, NULL, NULL);
	free(days);
	free(rate);
	char buf[H_NUM_MAX];
	h_printf(h, "<table><tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 _("Week"), _("Core-active rate"), _("Core-active users"));
	for (size_t i = 0; i < m->nweeks; i++) {
		const struct report_xl_week *w = &m->weeks[i];
		h_puts(h, "<tr><td>");
		h_date(h, w->date);
		if (w->in_progress)
			h_printf(h, " <span class=\"partial\">%s</span>", _("in progress"));
		h_puts(h, "</td><td class=\"n\">");
		if (w->has_core_rate)
			h_text(h, "%s%%", h_num1(w->core_rate * 100, buf));
		h_printf(h, "</td><td class=\"n\">%s</td></tr>\n",
			 w->has_core ? h_num(w->core_active, buf) : "");
	}
	h_puts(h, "</table>\n");
}
