/* The HTML report's survey rounds: the readiness questionnaire's latest
 * round against the previous one, inside the Readiness section (the same
 * figures as the workbook's Survey rounds sheet). */
#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "html_internal.h"

static void num_cell(struct html *h, bool has, double v)
{
	char buf[H_NUM_MAX];
	if (has)
		h_printf(h, "<td class=\"n\">%s</td>", h_num1(v, buf));
	else
		h_puts(h, "<td class=\"n\">–</td>");
}

static void delta_cell(struct html *h, const struct report_xl_round_row *r)
{
	if (!r->has_delta) {
		h_puts(h, "<td class=\"n\">–</td>");
		return;
	}
	char *s = tfmt("%+.1f", r->delta);
	h_printf(h, "<td class=\"n\"><bdi dir=\"ltr\">");
	h_esc(h, s);
	h_puts(h, "</bdi></td>");
	free(s);
}

static void round_row(struct html *h, const struct report_xl_round_row *r)
{
	char buf[H_NUM_MAX], b2[H_NUM_MAX];
	h_puts(h, r->department ? "<tr><td>" : "<tr><th>");
	h_bdi(h, r->label);
	h_puts(h, r->department ? "</td>" : "</th>");
	if (r->suppressed) {
		char few[64];
		h_puts(h, "<td class=\"n\">–</td><td class=\"n\">–</td><td class=\"n\">–</td>"
			  "<td class=\"n meta\">");
		h_esc(h, anonymity_fewer_label(h->m->min_group, few, sizeof few));
		h_puts(h, "</td></tr>\n");
		return;
	}
	num_cell(h, r->has_from, r->from);
	num_cell(h, r->has_to, r->to);
	delta_cell(h, r);
	h_printf(h, "<td class=\"n\"><bdi dir=\"ltr\">%s → %s</bdi></td></tr>\n", h_int(r->n_from, buf),
		 h_int(r->n_to, b2));
}

void html_rounds(struct html *h)
{
	const struct report_xl_rounds *rd = &h->m->rounds;
	char d1[H_DAY_MAX], d2[H_DAY_MAX];
	h_printf(h, "<h3>%s</h3>\n<p class=\"meta\">", _("Survey rounds: the latest against the previous"));
	h_text(h, _("%s: survey round %s (%s) against %s (%s)"), h->m->primary.title, rd->to,
	       h_day(h, rd->to_created, d2), rd->from, h_day(h, rd->from_created, d1));
	h_puts(h, "</p>\n<table class=\"rounds\"><tr><th>");
	h_esc(h, _("Figure"));
	h_puts(h, "</th><th class=\"n\"><bdi>");
	h_esc(h, rd->from);
	h_puts(h, "</bdi></th><th class=\"n\"><bdi>");
	h_esc(h, rd->to);
	h_printf(h, "</bdi></th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n", _("Change"),
		 _("Respondents"));
	bool suppressed = false;
	for (size_t i = 0; i < rd->nrows; i++) {
		round_row(h, &rd->rows[i]);
		suppressed |= rd->rows[i].suppressed;
	}
	h_puts(h, "</table>\n");
	if (suppressed) {
		h_puts(h, "<p class=\"meta\">");
		h_text(h, _("Anonymity: departments of fewer than %ld respondents in either round show "
			    "no change."), h->m->min_group);
		h_puts(h, "</p>\n");
	}
}
