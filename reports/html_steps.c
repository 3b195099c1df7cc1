/* The plan's initiatives by the six steps of the transformation, each with
 * where it comes from (the HTML report's plan section). */
#include <stdlib.h>

#include "html_internal.h"
#include "report_internal.h"

static void step_rows(struct html *h, enum plan_step step, const size_t *order)
{
	const struct report_workbook *m = h->m;
	bool first = true;
	for (size_t k = 0; k < m->ninitiatives; k++) {
		const struct report_xl_initiative *in = &m->initiatives[order[k]];
		if (in->step != step)
			continue;
		if (first) {
			h_puts(h, "<tr class=\"step\"><th colspan=\"4\">");
			char *label = plan_step_label(step);
			h_esc(h, step ? label : _("Step not given"));
			free(label);
			h_puts(h, "</th></tr>\n");
		}
		first = false;
		h_puts(h, "<tr><td>");
		h_bdi(h, in->title);
		h_puts(h, " <span class=\"meta\">(");
		h_bdi(h, in->id);
		h_puts(h, ")</span></td><td>");
		h_bdi(h, in->phase);
		h_puts(h, "</td><td>");
		h_date(h, in->start);
		h_puts(h, "</td><td class=\"meta\">");
		h_esc(h, in->source);
		h_puts(h, "</td></tr>\n");
	}
}

void html_plan_steps(struct html *h)
{
	if (!h->m->ninitiatives)
		return;
	h_printf(h, "<h3>%s</h3>\n", _("The plan by the six steps of the transformation"));
	h_printf(h, "<table class=\"steps\"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
		 _("Initiative"), _("Phase"), _("Start"), _("Source"));
	size_t *order = report_initiatives_by_start(h->m);
	for (int s = STEP_NONE + 1; s < PLAN_NSTEPS; s++)
		step_rows(h, (enum plan_step)s, order);
	step_rows(h, STEP_NONE, order);
	free(order);
	h_puts(h, "</table>\n");
}
