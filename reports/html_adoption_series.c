/* The HTML report's adoption beyond the latest week: the weekly active rate
 * of every department, wave and role (a chart of complete weeks and a table
 * of weeks x groups), the go-live cohorts by wave (a chart by age and a
 * table) and the team league: what the workbook's Adoption sheet shows,
 * with the same anonymity (small groups in other, small weeks without a
 * figure). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "../phases/plan.h"
#include "html_internal.h"

enum { MAX_LINES = 12 };
static const char *const COLORS[MAX_LINES] = {
	"#1f5fa8", "#2e7d32", "#c62828", "#f9a825", "#6a1b9a", "#00838f",
	"#ef6c00", "#5d4037", "#ad1457", "#558b2f", "#283593", "#757575" };

static const char *group_label(const struct adoption_series *g)
{
	if (g->other)
		return anonymity_other_label();
	return !strcmp(g->name, ADOPTION_NO_DEPARTMENT) ? _(ADOPTION_NO_DEPARTMENT) : g->name;
}

static void rate_cell(struct html *h, bool has, double rate, bool small)
{
	char buf[H_NUM_MAX], fewer[64];
	h_puts(h, "<td class=\"n\">");
	if (small)
		h_esc_in(h, "<span class=\"meta\">",
			 anonymity_fewer_label(h->m->min_group, fewer, sizeof fewer), "</span>");
	else if (has)
		h_text(h, "%s%%", h_num1(rate * 100, buf));
	h_puts(h, "</td>");
}

/* The week of s dated date, or NULL. */
static const struct adoption_week *week_of(const struct adoption_series *s, const char *date)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->weeks[i].date, date))
			return &s->weeks[i];
	return NULL;
}

static void series_chart(struct html *h, const char *title, const struct adoption_report *a)
{
	size_t ns = a->ngroups < MAX_LINES ? a->ngroups : MAX_LINES;
	struct html_series *s = xcalloc(ns ? ns : 1, sizeof *s);
	long *days = xcalloc(ns * a->overall.n + 1, sizeof *days);
	double *vals = xcalloc(ns * a->overall.n + 1, sizeof *vals);
	size_t k = 0;
	for (size_t g = 0; g < ns; g++) {
		const struct adoption_series *gs = &a->groups[g];
		long *d = days + g * a->overall.n;
		double *v = vals + g * a->overall.n;
		size_t n = 0;
		/* complete weeks with a figure: a small week is a gap, not a 0 */
		for (size_t i = 0; i < gs->n; i++)
			if (!gs->weeks[i].in_progress && !gs->weeks[i].small && gs->weeks[i].has_rate &&
			    n < a->overall.n && plan_date_parse(gs->weeks[i].date, &d[n]))
				v[n++] = gs->weeks[i].rate;
		s[k] = (struct html_series){ group_label(gs), COLORS[g], n, d, v, false };
		k += n > 0;   /* a group with no figure to draw has no line, nor legend */
	}
	html_line_chart(h, title, s, k, 0, 1, true, NULL, NULL);
	free(s);
	free(days);
	free(vals);
}

static void series_section(struct html *h, const struct adoption_report *a)
{
	if (!a->ngroups || !a->overall.n)
		return;
	const char *titles[] = { _("Weekly active rate by department"),
				 _("Weekly active rate by wave"), _("Weekly active rate by role") };
	const char *title = titles[!strcmp(a->by, "wave") ? 1 : !strcmp(a->by, "role") ? 2 : 0];
	h_esc_in(h, "<h3>", title, "</h3>\n");
	series_chart(h, title, a);
	h_esc_in(h, "<table><tr><th>", _("Week"), "</th>");
	for (size_t g = 0; g < a->ngroups; g++) {
		h_puts(h, "<th class=\"n\">");
		h_bdi(h, group_label(&a->groups[g]));
		h_puts(h, "</th>");
	}
	h_puts(h, "</tr>\n");
	for (size_t i = 0; i < a->overall.n; i++) {
		const struct adoption_week *ow = &a->overall.weeks[i];
		h_puts(h, "<tr><td>");
		h_date(h, ow->date);
		if (ow->in_progress)
			h_esc_in(h, " <span class=\"partial\">", _("in progress"), "</span>");
		h_puts(h, "</td>");
		for (size_t g = 0; g < a->ngroups; g++) {
			const struct adoption_week *w = week_of(&a->groups[g], ow->date);
			/* nobody licensed yet (a wave before its go-live): nothing to hide */
			rate_cell(h, w && w->has_rate, w ? w->rate : 0, w && w->small && w->licensed > 0);
		}
		h_puts(h, "</tr>\n");
	}
	h_puts(h, "</table>\n");
}

static void cohorts_section(struct html *h, const struct adoption_cohorts *c)
{
	if (!c->n)
		return;
	const char *title = _("Go-live cohorts: active rate by weeks since the wave's go-live");
	h_esc_in(h, "<h3>", title, "</h3>\n");
	size_t ns = c->n < MAX_LINES ? c->n : MAX_LINES;
	struct html_series *s = xcalloc(ns, sizeof *s);
	long *ages = xcalloc(ns * c->nages + 1, sizeof *ages);
	double *vals = xcalloc(ns * c->nages + 1, sizeof *vals);
	for (size_t k = 0; k < ns; k++) {
		const struct adoption_cohort *ck = &c->v[k];
		size_t n = 0;
		for (size_t a = 0; a < ck->nages; a++)
			if (!ck->ages[a].small && ck->ages[a].licensed) {
				ages[k * c->nages + n] = (long)a;
				vals[k * c->nages + n++] = (double)ck->ages[a].active /
							   (double)ck->ages[a].licensed;
			}
		s[k] = (struct html_series){ ck->name, COLORS[k], n, ages + k * c->nages,
					     vals + k * c->nages, false };
	}
	html_age_chart(h, title, s, ns);
	free(s);
	free(ages);
	free(vals);
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th>", _("Wave"),
		 _("Go-live"), _("Users"));
	for (size_t a = 0; a < c->nages; a++) {
		char *head = tfmt(_("Wk %zu"), a);
		h_esc_in(h, "<th class=\"n\">", head, "</th>");
		free(head);
	}
	h_puts(h, "</tr>\n");
	char buf[H_NUM_MAX];
	for (size_t k = 0; k < c->n; k++) {
		const struct adoption_cohort *ck = &c->v[k];
		h_puts(h, "<tr><td>");
		h_bdi(h, ck->name);
		h_puts(h, "</td><td>");
		h_date(h, ck->start);
		h_printf(h, "</td><td class=\"n\">%s</td>", h_int(ck->users, buf));
		for (size_t a = 0; a < c->nages; a++) {
			bool in = a < ck->nages;
			rate_cell(h, in && ck->ages[a].licensed,
				  in && ck->ages[a].licensed
					  ? (double)ck->ages[a].active / (double)ck->ages[a].licensed : 0,
				  in && ck->ages[a].small);
		}
		h_puts(h, "</tr>\n");
	}
	h_puts(h, "</table>\n<p class=\"meta\">");
	h_text(h, _("Week 0 is the week the wave's first licence starts; only complete weeks are "
		    "counted."));
	if (c->nhidden)
		h_text(h, trn(" Not shown (fewer than %ld users): %zu cohort.",
			      " Not shown (fewer than %ld users): %zu cohorts.", c->nhidden),
		       c->min_group, c->nhidden);
	h_puts(h, "</p>\n");
}

static void teams_section(struct html *h, const struct adoption_teams *t)
{
	if (!t->n)
		return;
	char week[H_DAY_MAX], buf[H_NUM_MAX];
	h_puts(h, "<h3>");
	h_text(h, _("Team league (week %s): a team is a manager's direct reports"),
	       h_day(h, t->week, week));
	h_printf(h, "</h3>\n<table><tr><th class=\"n\">#</th><th>%s</th><th class=\"n\">%s</th>"
		 "<th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n", _("Team (manager)"),
		 _("Licensed"), _("Active"), _("Active rate"));
	for (size_t i = 0; i < t->n; i++) {
		const struct adoption_team *m = &t->v[i];
		h_puts(h, "<tr><td class=\"n\">");
		if (!m->other)
			h_puts(h, h_int((long)i + 1, buf));
		h_puts(h, "</td><td>");
		if (m->other) {
			char *n = tfmt(trn("%zu team", "%zu teams", t->nfolded), t->nfolded);
			h_text(h, "%s (%s)", anonymity_other_label(), n);
			free(n);
		} else {
			h_bdi(h, m->name);
		}
		h_printf(h, "</td><td class=\"n\">%s</td>", h_int(m->size, buf));
		h_printf(h, "<td class=\"n\">%s</td>", m->small ? "" : h_int(m->active, buf));
		rate_cell(h, m->size > 0, m->size ? (double)m->active / (double)m->size : 0, m->small);
		h_puts(h, "</tr>\n");
	}
	h_puts(h, "</table>\n");
}

void html_adoption_series(struct html *h)
{
	const struct report_workbook *m = h->m;
	for (size_t k = 0; k < m->nadoption_by; k++)
		series_section(h, &m->adoption_by[k]);
	if (m->cohorts)
		cohorts_section(h, m->cohorts);
	if (m->teams)
		teams_section(h, m->teams);
}
