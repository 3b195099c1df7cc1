/* The Adoption and Data quality sheets: weekly and per-scan trends with
 * their charts. */
#include <stdio.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "xlsx_sheets.h"

enum { MAX_DQ_SERIES = 8 };

static const char *period(const struct xl *x, char *buf, size_t n)
{
	const struct report_workbook *m = x->m;
	if (!m->from && !m->to)
		return NULL;
	char from[XL_SHOWN_DATE_MAX], to[XL_SHOWN_DATE_MAX];
	xl_textf(buf, n, _("From %s to %s"), m->from ? xl_shown_date(x, m->from, from) : "…",
		 m->to ? xl_shown_date(x, m->to, to) : "…");
	return buf;
}

void xl_adoption(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char buf[200];
	xl_sheet_title(sh, _("User adoption by week"), period(x, buf, sizeof buf));
	if (!m->nweeks && !m->nadoption_groups) {
		xl_missing(sh, 3, _("No adoption figures yet: import the user roster ('crmready roster import') "
			   "and login logs ('crmready adoption import'). This sheet then shows the weekly "
			   "active rate against its target, overall and by department."));
		return;
	}
	const struct report_xl_goal *goal = report_workbook_rate_goal(m);
	static const char *const en[] = { N_("Week"), N_("Active rate"), N_("Active users"), N_("Licensed users"),
					  N_("Logins per active user"), N_("Target"), NULL };
	const lxw_row_t head = 3;
	int ncols = 5 + (goal != NULL);
	for (int c = 0; c < ncols; c++)
		xl_str(sh, head, (lxw_col_t)c, _(en[c]), x->header);
	/* Whether the logs cover each week (README: Incomplete weeks). */
	const lxw_col_t status_col = (lxw_col_t)ncols++;
	xl_str(sh, head, status_col, _("Week status"), x->header);
	/* Stickiness after the status, which keeps its column. */
	const lxw_col_t monthly_col = (lxw_col_t)ncols++, sticky_col = (lxw_col_t)ncols++;
	xl_str(sh, head, monthly_col, _("Monthly active users"), x->header);
	xl_str(sh, head, sticky_col, _("Stickiness (weekly / monthly active)"), x->header);
	/* Core actions, when an activity log was imported. */
	bool core = false;
	for (size_t i = 0; i < m->nweeks; i++)
		core |= m->weeks[i].has_core;
	const lxw_col_t core_col = (lxw_col_t)ncols;
	if (core) {
		xl_str(sh, head, core_col, _("Core-active users"), x->header);
		xl_str(sh, head, core_col + 1, _("Core-active rate"), x->header);
		ncols += 2;
	}
	char partial[160], reach[XL_SHOWN_DATE_MAX];
	xl_textf(partial, sizeof partial, _("in progress (logs reach %s UTC)"),
		 m->logs_reach ? xl_shown_date(x, m->logs_reach, reach) : "-");
	lxw_row_t chart_last = head;  /* the last complete week's row */
	xl_check(x, worksheet_set_row(sh->ws, head, 30, NULL));
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->nweeks; i++, r++) {
		const struct report_xl_week *w = &m->weeks[i];
		xl_date(sh, r, 0, w->date, x->date);
		xl_num_or_blank(sh, r, 1, w->has_rate, w->rate, x->pct);
		xl_num_or_blank(sh, r, 2, w->has_active, w->active, x->integer);
		xl_num_or_blank(sh, r, 3, w->has_licensed, w->licensed, x->integer);
		xl_num_or_blank(sh, r, 4, w->has_logins, w->logins, x->num1);
		if (goal)
			xl_num(sh, r, 5, goal->target, x->pct);
		xl_str(sh, r, status_col, w->in_progress ? partial : _("complete"),
		       w->in_progress ? x->muted : x->text);
		xl_num_or_blank(sh, r, monthly_col, w->has_monthly, w->monthly, x->integer);
		xl_num_or_blank(sh, r, sticky_col, w->has_stickiness, w->stickiness, x->pct);
		if (core) {
			xl_num_or_blank(sh, r, core_col, w->has_core, w->core_active, x->integer);
			xl_num_or_blank(sh, r, core_col + 1, w->has_core_rate, w->core_rate, x->pct);
		}
		if (!w->in_progress)
			chart_last = r;
	}
	lxw_row_t last = r - 1;
	if (m->nweeks) {
		xl_check(x, worksheet_autofilter(sh->ws, head, 0, last, (lxw_col_t)(ncols - 1)));
		worksheet_freeze_panes(sh->ws, head + 1, 0);
		xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
	} else {
		xl_missing(sh, r, _("No organisation-wide weekly figures in this period."));
	}
	xl_adoption_licences(sh, r + 2);

	/* Latest week per department and wave, right of the weekly table. */
	const lxw_col_t gc = (lxw_col_t)(ncols + 1);
	lxw_row_t gr = head;
	if (m->nadoption_groups) {
		static const char *const gen[] = { N_("Department / wave"), N_("Week"), N_("Active rate"), N_("Active users"), N_("Licensed users"), NULL };
		xl_header_at(sh, gr, gc, gen);
		gr++;
		for (size_t i = 0; i < m->nadoption_groups; i++, gr++) {
			const struct report_xl_adoption_group *a = &m->adoption_groups[i];
			char scope[160];
			xl_str(sh, gr, gc, xl_scope_text(x, a->scope, scope, sizeof scope), x->text);
			xl_date(sh, gr, gc + 1, a->date, x->date);
			if (a->small) {   /* fewer than min_group licensed users: no figure */
				char fewer[64];
				xl_str(sh, gr, gc + 2, anonymity_fewer_label(m->min_group, fewer, sizeof fewer),
				       x->muted);
			} else if (a->has_rate)
				xl_num(sh, gr, gc + 2, a->rate, x->pct);
			else
				xl_blank(sh, gr, gc + 2, x->text);
			xl_num_or_blank(sh, gr, gc + 3, a->has_active, a->active, x->integer);
			xl_num_or_blank(sh, gr, gc + 4, a->has_licensed, a->licensed, x->integer);
		}
		lxw_conditional_format bar = { .type = LXW_CONDITIONAL_DATA_BAR, .bar_color = 0x63BE7B,
					       .bar_solid = 1, .min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER,
					       .min_value = 0, .max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER,
					       .max_value = 1 };
		xl_check(x, worksheet_conditional_format_range(sh->ws, head + 1, gc + 2, gr - 1, gc + 2, &bar));
	}

	/* The chart ends at the last complete week: a week in progress would
	 * show as a drop that has not happened. */
	if (chart_last > head && chart_last < last)
		last = chart_last;
	if (m->nweeks) {
		lxw_chart *chart = xl_chart(x, LXW_CHART_LINE, _("Weekly active rate"));
		if (chart) {
			lxw_chart_series *s = chart_add_series(chart, NULL, NULL);
			chart_series_set_categories(s, sh->name, head + 1, 0, last, 0);
			chart_series_set_values(s, sh->name, head + 1, 1, last, 1);
			chart_series_set_name_range(s, sh->name, head, 1);
			lxw_chart_line line = { .color = 0x1F4E79, .width = 2.25 };
			chart_series_set_line(s, &line);
			chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
			chart_series_set_marker_size(s, 5);
			if (goal) {
				lxw_chart_series *t = chart_add_series(chart, NULL, NULL);
				chart_series_set_categories(t, sh->name, head + 1, 0, last, 0);
				chart_series_set_values(t, sh->name, head + 1, 5, last, 5);
				chart_series_set_name_range(t, sh->name, head, 5);
				lxw_chart_line tl = { .color = 0xC00000, .width = 1.5, .dash_type = LXW_CHART_LINE_DASH_DASH };
				chart_series_set_line(t, &tl);
				chart_series_set_marker_type(t, LXW_CHART_MARKER_NONE);
			}
			chart_axis_set_min(chart->y_axis, 0);
			chart_axis_set_max(chart->y_axis, 1);
			char code[80];
			chart_axis_set_num_format(chart->y_axis, xl_code(x, "0%", code));
			chart_axis_set_num_format(chart->x_axis, xl_code(x, xl_day_month_format(x), code));
			if (x->rtl)   /* time runs the way the sheet reads: from the right */
				chart_axis_set_reverse(chart->x_axis);
			xl_chart_axis_font(x, chart->x_axis);
			xl_chart_axis_font(x, chart->y_axis);
			chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
			lxw_chart_options at = { .x_scale = 1.3, .y_scale = 1.1, .y_offset = 8 };
			xl_check(x, worksheet_insert_chart_opt(sh->ws, gr + 1, gc, chart, &at));
		}
	}
	/* below the table and the chart (about 18 rows high) */
	xl_adoption_series(sh, (r > gr + 19 ? r : gr + 19) + 2);
}

/* The scan dates of n points as the reader reads them (timex_show), as
 * the labels of the points: the scatter's x axis is a serial axis, which
 * no number format shows in the reader's calendar, so there it shows no
 * labels and each point says its date. */
static void date_labels(struct xl *x, lxw_chart_series *s, const struct report_xl_dq_point *p, size_t n)
{
	lxw_chart_data_label *labels = xcalloc(n, sizeof *labels);
	lxw_chart_data_label **list = xcalloc(n + 1, sizeof *list);
	char (*shown)[XL_SHOWN_DATE_MAX] = xcalloc(n, sizeof *shown);
	lxw_chart_font font = { .name = (char *)x->font, .size = 8 };
	for (size_t k = 0; k < n; k++) {
		labels[k].value = (char *)xl_shown_date(x, p[k].date, shown[k]);
		labels[k].font = &font;
		list[k] = &labels[k];
	}
	xl_check(x, chart_series_set_labels_custom(s, list));   /* copies the labels */
	chart_series_set_labels_position(s, LXW_CHART_LABEL_POSITION_ABOVE);
	free(shown);
	free(list);
	free(labels);
}

void xl_data_quality(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char buf[200];
	xl_sheet_title(sh, _("Customer data quality over time"), period(x, buf, sizeof buf));
	if (!m->ndq) {
		xl_missing(sh, 3, _("No data-quality scan yet: run 'crmready dq scan FILE.csv' on a CRM export "
			   "(each scan is dated). This sheet then shows the score, completeness, duplicate rate "
			   "and freshness of each entity over time."));
		return;
	}
	/* A score above 1 is on a 0..100 scale; fractions show as %. */
	bool score_pct = true;
	for (size_t i = 0; i < m->ndq; i++)
		if (m->dq[i].has[REPORT_XL_DQ_SCORE] && m->dq[i].value[REPORT_XL_DQ_SCORE] > 1)
			score_pct = false;
	static const char *const en[] = { N_("Entity"), N_("Date"), N_("Score"), N_("Completeness"), N_("Duplicate rate"), N_("Freshness"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->ndq; i++, r++) {
		const struct report_xl_dq_point *p = &m->dq[i];
		xl_str(sh, r, 0, p->entity, x->text);
		xl_date(sh, r, 1, p->date, x->date);
		for (int k = 0; k < REPORT_XL_DQ_PARTS; k++) {
			lxw_format *f = k == REPORT_XL_DQ_SCORE && !score_pct ? x->num1 : x->pct;
			xl_num_or_blank(sh, r, (lxw_col_t)(2 + k), p->has[k], p->value[k], f);
		}
	}
	lxw_row_t last = r - 1;
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, last, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 0);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));

	/* Where the scan dates are text (x->shown_dates), the chart's x values
	 * are their serials, in the otherwise empty column between the two
	 * tables, hidden. */
	const lxw_col_t serial_col = (lxw_col_t)ncols;
	if (x->shown_dates) {
		for (size_t i = 0; i < m->ndq; i++)
			xl_check(x, worksheet_write_number(sh->ws, (lxw_row_t)(head + 1 + i), serial_col,
							   xl_serial(m->dq[i].date), x->date));
		lxw_row_col_options hidden = { .hidden = LXW_TRUE };
		xl_check(x, worksheet_set_column_opt(sh->ws, serial_col, serial_col, 2, NULL, &hidden));
	}

	/* Latest per-field figures, right of the trend table. */
	const lxw_col_t fc = (lxw_col_t)(ncols + 1);
	lxw_row_t fr = head;
	if (m->ndq_fields) {
		static const char *const fen[] = { N_("Entity"), N_("Field"), N_("Completeness"), N_("Validity"), N_("Scanned"), NULL };
		xl_header_at(sh, fr, fc, fen);
		fr++;
		for (size_t i = 0; i < m->ndq_fields; i++, fr++) {
			const struct report_xl_dq_field *f = &m->dq_fields[i];
			xl_str(sh, fr, fc, f->entity, x->text);
			xl_str(sh, fr, fc + 1, f->field, x->text);
			if (f->not_checked)
				xl_str(sh, fr, fc + 2, _("not checked"), x->text);
			else if (f->has_completeness)
				xl_num(sh, fr, fc + 2, f->completeness, x->pct);
			else
				xl_blank(sh, fr, fc + 2, x->text);
			xl_num_or_blank(sh, fr, fc + 3, f->has_validity, f->validity, x->pct);
			xl_date(sh, fr, fc + 4, f->date, x->date);
		}
		lxw_conditional_format heat = {
			.type = LXW_CONDITIONAL_3_COLOR_SCALE,
			.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .min_value = 0.5, .min_color = 0xF8696B,
			.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .mid_value = 0.8, .mid_color = 0xFFEB84,
			.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .max_value = 1, .max_color = 0x63BE7B,
		};
		xl_check(x, worksheet_conditional_format_range(sh->ws, head + 1, fc + 2, fr - 1, fc + 3, &heat));
	}

	/* One line per entity: x is the scan date, so entities scanned on
	 * different days share the axis (a scatter chart, not a line chart). */
	lxw_chart *chart = xl_chart(x, LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS,
				    _("Data-quality score by entity"));
	if (chart) {
		size_t nseries = 0;
		for (size_t i = 0; i < m->ndq && nseries < MAX_DQ_SERIES;) {
			size_t j = i;
			while (j < m->ndq && !strcmp(m->dq[j].entity, m->dq[i].entity))
				j++;
			lxw_chart_series *s = chart_add_series(chart, NULL, NULL);
			lxw_row_t r1 = (lxw_row_t)(head + 1 + i), r2 = (lxw_row_t)(head + j);
			lxw_col_t xc = x->shown_dates ? serial_col : 1;
			chart_series_set_categories(s, sh->name, r1, xc, r2, xc);
			chart_series_set_values(s, sh->name, r1, 2, r2, 2);
			chart_series_set_name_range(s, sh->name, r1, 0);
			chart_series_set_marker_type(s, LXW_CHART_MARKER_CIRCLE);
			if (x->shown_dates)
				date_labels(x, s, &m->dq[i], j - i);
			nseries++;
			i = j;
		}
		if (x->shown_dates)
			chart_show_hidden_data(chart);   /* the serials' column is hidden */
		if (x->shown_dates)   /* the points carry their dates (date_labels) */
			chart_axis_set_label_position(chart->x_axis, LXW_CHART_AXIS_LABEL_POSITION_NONE);
		else
			chart_axis_set_num_format(chart->x_axis, "yyyy-mm-dd");
		if (x->rtl)   /* time runs the way the sheet reads: from the right */
			chart_axis_set_reverse(chart->x_axis);
		chart_axis_set_min(chart->y_axis, 0);
		chart_axis_set_max(chart->y_axis, score_pct ? 1 : 100);
		char code[80];
		if (score_pct)
			chart_axis_set_num_format(chart->y_axis, xl_code(x, "0%", code));
		xl_chart_axis_font(x, chart->x_axis);
		xl_chart_axis_font(x, chart->y_axis);
		lxw_chart_options at = { .x_scale = 1.3, .y_scale = 1.1, .y_offset = 8 };
		xl_check(x, worksheet_insert_chart_opt(sh->ws, (fr > last ? fr : last) + 2, 0, chart, &at));
	}
}
