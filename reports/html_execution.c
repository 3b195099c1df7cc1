/* The HTML report's table of the plan's execution: status, planned and
 * actual or forecast dates, percent done, what is late and why. */
#include <string.h>

#include "html_internal.h"

static void end_cell(struct html *h, const struct report_xl_initiative *it)
{
	if (it->status == PLAN_DROPPED)
		return;
	if (it->end_forecast)
		h_puts(h, "~");
	h_date(h, it->fc_end);
}

void html_plan_execution(struct html *h)
{
	const struct report_workbook *m = h->m;
	if (!m->has_execution)
		return;
	char d[H_DAY_MAX];
	h_printf(h, "<h3>%s</h3>\n", _("Execution"));
	h_puts(h, "<p class=\"meta\">");
	h_text(h, _("As of %s; ~ marks a forecast: an unfinished initiative keeps its planned "
		    "duration and cannot start before its dependencies end."), h_day(h, m->today, d));
	h_puts(h, "</p>\n");
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
		    "<th class=\"n\">%s</th><th>%s</th><th>%s</th></tr>\n",
		 trc("execution", "initiative"), trc("execution", "status"),
		 trc("execution", "planned end"), trc("execution", "start"), trc("execution", "end"),
		 trc("execution", "percent done"), trc("execution", "late"), _("Why"));
	for (size_t i = 0; i < m->ninitiatives; i++) {
		const struct report_xl_initiative *it = &m->initiatives[i];
		char pct[H_NUM_MAX];
		h_puts(h, "<tr><td>");
		h_bdi(h, it->title && *it->title ? it->title : it->id);
		h_puts(h, "</td><td>");
		h_esc(h, plan_status_label(it->status));
		h_puts(h, "</td><td>");
		h_date(h, it->end);
		h_puts(h, "</td><td>");
		if (it->status != PLAN_DROPPED) {
			if (it->start_forecast)
				h_puts(h, "~");
			h_date(h, it->fc_start);
		}
		h_puts(h, "</td><td>");
		end_cell(h, it);
		h_printf(h, "</td><td class=\"n\">%s</td><td%s>", it->percent >= 0 ?
			 h_int(it->percent, pct) : "", it->late_text ? " class=\"late\"" : "");
		if (it->late_text)
			h_esc(h, it->late_text);
		h_puts(h, "</td><td>");
		if (it->cause)
			h_esc(h, it->cause);
		if (it->note) {
			if (it->cause)
				h_puts(h, "; ");
			h_bdi(h, it->note);
		}
		h_puts(h, "</td></tr>\n");
	}
	h_puts(h, "</table>\n");
}
