/* Licence use in the HTML report, inside the adoption section: the counts
 * per group, what unused licences cost, and the dormant and never-logged-in
 * users by name (for licence management: docs/anonymity.md says who sees
 * what). */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "html_internal.h"

static void cell_count(struct html *h, long v)
{
	char buf[H_NUM_MAX];
	h_printf(h, "<td class=\"n\">%s</td>", h_int(v, buf));
}

static void cell_money(struct html *h, const struct adoption_usage *u, double v)
{
	char *m = report_money(u, v);
	h_puts(h, "<td class=\"n\">");
	h_esc(h, m);
	h_puts(h, "</td>");
	free(m);
}

static void scopes(struct html *h, const struct adoption_usage *u)
{
	h_printf(h, "<table><tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
		 "<th class=\"n\">%s</th><th class=\"n\">%s</th>", _("Group"), _("Licensed users"),
		 _("Dormant"), _("Never logged in"), _("Unused licences"));
	if (u->opts.has_cost)
		h_printf(h, "<th class=\"n\">%s</th><th class=\"n\">%s</th>", _("Cost a month"),
			 _("Cost a year"));
	h_puts(h, "</tr>\n");
	for (size_t i = 0; i < u->nscopes; i++) {
		const struct adoption_licence_scope *s = &u->scopes[i];
		char *label = report_licence_scope_label(s->scope);
		h_puts(h, "<tr><td>");
		h_bdi(h, label);
		h_puts(h, "</td>");
		free(label);
		if (s->small) {
			char fewer[64];
			h_printf(h, "<td class=\"n\" colspan=\"%d\"><span class=\"meta\">",
				 u->opts.has_cost ? 6 : 4);
			h_esc(h, anonymity_fewer_label(u->min_group, fewer, sizeof fewer));
			h_puts(h, "</span></td></tr>\n");
			continue;
		}
		cell_count(h, s->licensed);
		cell_count(h, s->dormant);
		cell_count(h, s->never);
		cell_count(h, adoption_usage_unused(s));
		if (u->opts.has_cost) {
			cell_money(h, u, adoption_usage_waste_month(u, s));
			cell_money(h, u, 12 * adoption_usage_waste_month(u, s));
		}
		h_puts(h, "</tr>\n");
	}
	h_puts(h, "</table>\n");
}

static void people(struct html *h, const char *title, const char *days,
		   const struct adoption_licensee *v, size_t n)
{
	char buf[H_NUM_MAX];
	h_printf(h, "<h3>%s (%s)</h3>\n", title, h_int((long)n, buf));
	if (!n)
		return;
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th>"
		 "<th>%s</th><th class=\"n\">%s</th></tr>\n", _("User"), _("Name"), _("Department"),
		 _("Wave"), _("Role"), _("Last seen"), _("Licensed since"), days);
	for (size_t i = 0; i < n; i++) {
		h_puts(h, "<tr>");
		h_esc_in(h, "<td><bdi>", v[i].id, "</bdi></td>");
		h_esc_in(h, "<td><bdi>", v[i].name, "</bdi></td>");
		h_esc_in(h, "<td><bdi>", !strcmp(v[i].department, ADOPTION_NO_DEPARTMENT)
				       ? _(ADOPTION_NO_DEPARTMENT) : v[i].department, "</bdi></td>");
		h_esc_in(h, "<td><bdi>", v[i].wave, "</bdi></td>");
		h_esc_in(h, "<td><bdi>", v[i].role, "</bdi></td>");
		h_puts(h, "<td>");
		if (*v[i].last_seen)
			h_date(h, v[i].last_seen);
		h_puts(h, "</td><td>");
		if (*v[i].since)
			h_date(h, v[i].since);
		h_puts(h, "</td>");
		if (v[i].days >= 0)
			cell_count(h, v[i].days);
		else
			h_puts(h, "<td></td>");
		h_puts(h, "</tr>\n");
	}
	h_puts(h, "</table>\n");
}

void html_licences(struct html *h)
{
	const struct adoption_usage *u = h->m->usage;
	if (!u || !u->known || !u->nscopes)
		return;
	char day[H_DAY_MAX];
	h_printf(h, "<h3 id=\"licences\">%s</h3>\n<p class=\"meta\">", _("Licences nobody uses"));
	h_text(h, trn("As of %s, the last day the logs reach; dormant: licensed, no login in the "
		      "last %ld day. Names are shown for licence management.",
		      "As of %s, the last day the logs reach; dormant: licensed, no login in the "
		      "last %ld days. Names are shown for licence management.",
		      (unsigned long)u->opts.dormant_days), h_day(h, u->as_of, day),
	       u->opts.dormant_days);
	h_puts(h, "</p>\n");
	if (u->opts.has_cost) {
		const struct adoption_licence_scope *org = &u->scopes[0];
		double month = adoption_usage_waste_month(u, org);
		char *m = report_money(u, month), *y = report_money(u, 12 * month),
		     *each = report_money(u, u->opts.cost_per_month);
		h_puts(h, "<p><strong>");
		h_text(h, _("Unused licences cost %s a month, %s a year (%s per licence a month)."),
		       m, y, each);
		h_puts(h, "</strong></p>\n");
		free(m);
		free(y);
		free(each);
	}
	scopes(h, u);
	people(h, _("Dormant licences"), _("Days without a login"), u->dormant, u->ndormant);
	people(h, _("Never logged in"), _("Days since licensed"), u->never, u->nnever);
}
