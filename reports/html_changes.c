/* The HTML report's waived findings (in Findings, after the fired ones),
 * the note on a finding whose waiver expired, and the Changes section (the
 * history 'crmready log' lists). */
#include <stdlib.h>

#include "html_internal.h"

void html_waiver_expired(struct html *h, const struct report_xl_finding *f)
{
	if (!f->waiver_until)
		return;
	char until[TIMEX_SHOW_MAX];
	h_puts(h, "<p class=\"meta\">");
	h_text(h, _("fires again: its waiver expired on %s (%s: %s)"),
	       timex_show(f->waiver_until, until), f->waiver_by, f->waiver_reason);
	h_puts(h, "</p>\n");
}

void html_waived_findings(struct html *h)
{
	const struct report_workbook *m = h->m;
	if (!m->nwaived)
		return;
	h_printf(h, "<h3>%s</h3>\n<table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
		 _("Waived (accepted until their waiver ends)"), _("Severity"), _("Finding"),
		 _("Owner"), _("Until"), _("Reason"));
	for (size_t i = 0; i < m->nwaived; i++) {
		const struct report_xl_finding *f = &m->waived[i];
		h_printf(h, "<tr><td>%s</td><td>", severity_label(f->severity));
		h_bdi(h, f->title);
		h_puts(h, " <span class=\"meta\">(");
		h_bdi(h, f->rule);
		h_puts(h, ")</span></td><td>");
		h_bdi(h, f->waiver_by);
		h_puts(h, "</td><td>");
		h_date(h, f->waiver_until);
		h_puts(h, "</td><td>");
		h_esc(h, f->waiver_reason);
		h_puts(h, "</td></tr>\n");
	}
	h_puts(h, "</table>\n");
}

void html_changes(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "changes", _("Changes"));
	if (!m->nchanges) {
		h_missing(h, _("No changes recorded yet: 'goal set', 'findings waive' and plan "
			       "updates are recorded with who made them and when."));
	} else {
		h_printf(h, "<table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
			 _("Day"), _("Changed by"), _("Change"), _("Note"));
		for (size_t i = 0; i < m->nchanges; i++) {
			const struct report_xl_change *c = &m->changes[i];
			h_puts(h, "<tr><td>");
			h_date(h, c->day);
			h_puts(h, "</td><td>");
			h_bdi(h, c->who);
			h_puts(h, "</td><td>");
			h_esc(h, c->text);
			h_puts(h, "</td><td>");
			h_esc(h, c->note);
			h_puts(h, "</td></tr>\n");
		}
		h_puts(h, "</table>\n");
	}
	h_puts(h, "</section>\n");
}
