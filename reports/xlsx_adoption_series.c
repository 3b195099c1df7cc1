/* The Adoption sheet below its weekly table: the weekly active rate of
 * every department, wave and role (weeks x groups, with a chart each), the
 * go-live cohorts by wave (ages x cohorts, with a chart) and the team
 * league. Anonymity as 'adoption report': small groups in other, a week or
 * age of fewer than min_group licensed users is an empty cell (a gap in
 * the chart, never a 0) explained under the table. */
#include <stdio.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "xlsx_sheets.h"

enum { MAX_CHART_SERIES = 12, CHART_ROWS = 18 };

static lxw_row_t title_row(struct xl_sheet *sh, lxw_row_t r, const char *title)
{
	xl_str(sh, r, 0, title, sh->x->section);
	xl_check(sh->x, worksheet_set_row(sh->ws, r, 20, NULL));
	return r + 1;
}

/* A line chart of the rates in columns c0..c1 of rows r0..r1 (names in
 * row r0 - 1, categories in column cat), placed at (at, col). */
static void rate_chart(struct xl_sheet *sh, const char *title, lxw_row_t r0, lxw_row_t r1,
		       lxw_col_t cat, lxw_col_t c0, lxw_col_t c1, bool dates, lxw_row_t at,
		       lxw_col_t col)
{
	struct xl *x = sh->x;
	if (r1 < r0 || c1 < c0)
		return;
	lxw_chart *chart = xl_chart(x, LXW_CHART_LINE, title);
	if (!chart)
		return;
	for (lxw_col_t c = c0; c <= c1 && c - c0 < MAX_CHART_SERIES; c++) {
		lxw_chart_series *s = chart_add_series(chart, NULL, NULL);
		chart_series_set_categories(s, sh->name, r0, cat, r1, cat);
		chart_series_set_values(s, sh->name, r0, c, r1, c);
		chart_series_set_name_range(s, sh->name, r0 - 1, c);
		chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
		chart_series_set_marker_size(s, 4);
	}
	chart_axis_set_min(chart->y_axis, 0);
	chart_axis_set_max(chart->y_axis, 1);
	char code[80];
	chart_axis_set_num_format(chart->y_axis, xl_code(x, "0%", code));
	if (dates)
		chart_axis_set_num_format(chart->x_axis, xl_code(x, xl_day_month_format(x), code));
	if (x->rtl)   /* time runs the way the sheet reads: from the right */
		chart_axis_set_reverse(chart->x_axis);
	xl_chart_axis_font(x, chart->x_axis);
	xl_chart_axis_font(x, chart->y_axis);
	chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
	lxw_chart_options opt = { .x_scale = 1.3, .y_scale = 1.1, .y_offset = 8 };
	xl_check(x, worksheet_insert_chart_opt(sh->ws, at, col, chart, &opt));
}

static lxw_row_t small_note(struct xl_sheet *sh, lxw_row_t r, long min_group)
{
	char note[200];
	xl_textf(note, sizeof note, _("An empty cell: fewer than %ld licensed users that week "
				      "(anonymity), no figure."), min_group);
	xl_str(sh, r, 0, note, sh->x->muted);
	return r + 1;
}

/* Weeks x groups of one breakdown (the complete weeks and the week in
 * progress, marked), its chart right of it; the next free row. */
static lxw_row_t series_table(struct xl_sheet *sh, lxw_row_t r, const struct adoption_report *a)
{
	struct xl *x = sh->x;
	if (!a->ngroups || !a->overall.n)
		return r;
	const char *titles[] = { N_("Weekly active rate by department"),
				 N_("Weekly active rate by wave"), N_("Weekly active rate by role") };
	size_t kind = !strcmp(a->by, "wave") ? 1 : !strcmp(a->by, "role") ? 2 : 0;
	r = title_row(sh, r, _(titles[kind]));
	const lxw_row_t head = r;
	xl_str(sh, head, 0, _("Week"), x->header);
	for (size_t g = 0; g < a->ngroups; g++)
		xl_str(sh, head, (lxw_col_t)(1 + g),
		       a->groups[g].other ? anonymity_other_label()
		       : !strcmp(a->groups[g].name, ADOPTION_NO_DEPARTMENT) ? _(ADOPTION_NO_DEPARTMENT)
		       : a->groups[g].name, x->header);
	const lxw_col_t status = (lxw_col_t)(1 + a->ngroups);
	xl_str(sh, head, status, _("Week status"), x->header);
	lxw_row_t last_complete = head;
	r = head + 1;
	for (size_t i = 0; i < a->overall.n; i++, r++) {
		const struct adoption_week *ow = &a->overall.weeks[i];
		xl_date(sh, r, 0, ow->date, x->date);
		for (size_t g = 0; g < a->ngroups; g++) {
			const struct adoption_series *s = &a->groups[g];
			const struct adoption_week *w = NULL;
			for (size_t k = 0; k < s->n && !w; k++)
				if (!strcmp(s->weeks[k].date, ow->date))
					w = &s->weeks[k];
			xl_num_or_blank(sh, r, (lxw_col_t)(1 + g), w && !w->small && w->has_rate,
					w ? w->rate : 0, x->pct);
		}
		xl_str(sh, r, status, ow->in_progress ? _("in progress") : _("complete"),
		       ow->in_progress ? x->muted : x->text);
		if (!ow->in_progress)
			last_complete = r;
	}
	lxw_row_t end = small_note(sh, r, a->min_group);
	/* the chart ends at the last complete week, as the weekly chart does */
	rate_chart(sh, _(titles[kind]), head + 1, last_complete, 0, 1, (lxw_col_t)a->ngroups, true,
		   head, status + 2);
	lxw_row_t below_chart = head + CHART_ROWS;
	return (end > below_chart ? end : below_chart) + 1;
}

static lxw_row_t cohorts_table(struct xl_sheet *sh, lxw_row_t r, const struct adoption_cohorts *c)
{
	struct xl *x = sh->x;
	if (!c->n)
		return r;
	r = title_row(sh, r, _("Go-live cohorts: active rate by weeks since the wave's go-live"));
	const lxw_row_t head = r;
	xl_str(sh, head, 0, _("Weeks since go-live"), x->header);
	for (size_t k = 0; k < c->n; k++)
		xl_str(sh, head, (lxw_col_t)(1 + k), c->v[k].name, x->header);
	/* a row per age, a column per cohort: the chart's lines are the waves */
	r = head + 1;
	xl_str(sh, r, 0, _("Go-live"), x->label);
	for (size_t k = 0; k < c->n; k++)
		xl_date(sh, r, (lxw_col_t)(1 + k), c->v[k].start, x->date);
	r++;
	xl_str(sh, r, 0, _("Users"), x->label);
	for (size_t k = 0; k < c->n; k++)
		xl_num(sh, r, (lxw_col_t)(1 + k), (double)c->v[k].users, x->integer);
	r++;
	const lxw_row_t first = r;
	for (size_t a = 0; a < c->nages; a++, r++) {
		xl_num(sh, r, 0, (double)a, x->integer);
		for (size_t k = 0; k < c->n; k++) {
			const struct adoption_cohort *ck = &c->v[k];
			bool has = a < ck->nages && !ck->ages[a].small && ck->ages[a].licensed;
			xl_num_or_blank(sh, r, (lxw_col_t)(1 + k), has,
					has ? (double)ck->ages[a].active / (double)ck->ages[a].licensed : 0,
					x->pct);
		}
	}
	lxw_row_t end = small_note(sh, r, c->min_group);
	if (c->nhidden) {
		char note[300];
		xl_textf(note, sizeof note, trn("Not shown (fewer than %ld users): %zu cohort.",
						"Not shown (fewer than %ld users): %zu cohorts.", c->nhidden),
			 c->min_group, c->nhidden);
		xl_str(sh, end++, 0, note, x->muted);
	}
	rate_chart(sh, _("Active rate by weeks since go-live"), first, r - 1, 0, 1, (lxw_col_t)c->n,
		   false, head, (lxw_col_t)(c->n + 2));
	lxw_row_t below_chart = head + CHART_ROWS;
	return (end > below_chart ? end : below_chart) + 1;
}

static lxw_row_t teams_table(struct xl_sheet *sh, lxw_row_t r, const struct adoption_teams *t)
{
	struct xl *x = sh->x;
	if (!t->n)
		return r;
	char title[200], week[XL_SHOWN_DATE_MAX];
	xl_textf(title, sizeof title, _("Team league (week %s): a team is a manager's direct reports"),
		 xl_shown_date(x, t->week, week));
	r = title_row(sh, r, title);
	static const char *const head[] = { N_("Rank"), N_("Team (manager)"), N_("Licensed users"),
					    N_("Active users"), N_("Active rate"), NULL };
	xl_header_at(sh, r++, 0, head);
	for (size_t i = 0; i < t->n; i++, r++) {
		const struct adoption_team *m = &t->v[i];
		if (m->other) {
			char other[120];
			xl_textf(other, sizeof other, "%s (%zu)", anonymity_other_label(), t->nfolded);
			xl_blank(sh, r, 0, x->text);
			xl_str(sh, r, 1, other, x->text);
		} else {
			xl_num(sh, r, 0, (double)(i + 1), x->integer);
			xl_str(sh, r, 1, m->name, x->text);
		}
		xl_num(sh, r, 2, (double)m->size, x->integer);
		if (m->small) {
			char fewer[64];
			xl_blank(sh, r, 3, x->text);
			xl_str(sh, r, 4, anonymity_fewer_label(t->min_group, fewer, sizeof fewer), x->muted);
		} else {
			xl_num(sh, r, 3, (double)m->active, x->integer);
			xl_num(sh, r, 4, (double)m->active / (double)m->size, x->pct);
		}
	}
	if (t->nfolded) {
		char note[200];
		xl_textf(note, sizeof note, trn("Other: %zu team of fewer than %ld licensed users "
						"(anonymity).", "Other: %zu teams of fewer than %ld "
						"licensed users, together (anonymity).", t->nfolded),
			 t->nfolded, t->min_group);
		xl_str(sh, r++, 0, note, x->muted);
	}
	return r + 1;
}

lxw_row_t xl_adoption_series(struct xl_sheet *sh, lxw_row_t r)
{
	const struct report_workbook *m = sh->x->m;
	for (size_t k = 0; k < m->nadoption_by; k++)
		r = series_table(sh, r, &m->adoption_by[k]);
	if (m->cohorts)
		r = cohorts_table(sh, r, m->cohorts);
	if (m->teams)
		r = teams_table(sh, r, m->teams);
	return r;
}
