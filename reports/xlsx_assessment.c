/* The Readiness, Gaps and Findings sheets. */
#include <stdio.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../questionnaires/questionnaire.h"
#include "xlsx_sheets.h"

enum { MAX_RADAR_GROUPS = 8, RADAR_ROWS = 23 };

/* The widest perception gaps, under the chart. */
static void perception_gaps(struct xl_sheet *sh, lxw_row_t r, const struct report_xl_assessment *m)
{
	struct xl *x = sh->x;
	xl_check(x, worksheet_write_string(sh->ws, r, 0, _("Perception gaps: highest minus lowest group"),
					   x->label));
	r++;
	if (!m->nperception_gaps) {
		char note[256];
		xl_textf(note, sizeof note, _("Not enough groups with at least %ld respondents to compare."),
			 x->m->min_group);
		xl_check(x, worksheet_write_string(sh->ws, r, 0, note, x->muted));
		return;
	}
	static const char *const en[] = { N_("Dimension"), N_("By"), N_("Gap"), N_("Highest"), N_("Score"), N_("Lowest"), N_("Score"), NULL };
	xl_header(sh, r++, en);
	for (size_t i = 0; i < m->nperception_gaps; i++, r++) {
		const struct report_xl_perception_gap *g = &m->perception_gaps[i];
		xl_str(sh, r, 0, g->dimension, x->text);
		xl_str(sh, r, 1, q_by_label(g->by), x->text);
		xl_num(sh, r, 2, g->gap, x->num1);
		xl_str(sh, r, 3, g->highest, x->text);
		xl_num(sh, r, 4, g->highest_score, x->num1);
		xl_str(sh, r, 5, g->lowest, x->text);
		xl_num(sh, r, 6, g->lowest_score, x->num1);
	}
	lxw_conditional_format bar = { .type = LXW_CONDITIONAL_DATA_BAR, .bar_color = 0xF4B183, .bar_solid = 1,
				       .min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .min_value = 0,
				       .max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .max_value = 100 };
	xl_check(x, worksheet_conditional_format_range(sh->ws, r - (lxw_row_t)m->nperception_gaps, 2,
						       r - 1, 2, &bar));
}

/* One questionnaire's sheet: the heat map of dimension by department (the
 * departments of at least min_group respondents, then "other"), the radar
 * chart and the perception gaps. */
void xl_readiness(struct xl_sheet *sh, const struct report_xl_assessment *m, bool has_assessment)
{
	struct xl *x = sh->x;
	long min_group = x->m->min_group;
	char sub[512] = "";
	if (has_assessment) {
		if (m->has_index)
			xl_textf(sub, sizeof sub, _("%s · %ld respondents · index %.1f (%s)"),
				 m->questionnaire ? m->questionnaire : "", m->respondents, m->index,
				 m->level ? m->level : "");
		else
			xl_textf(sub, sizeof sub, _("%s · %ld respondents"),
				 m->questionnaire ? m->questionnaire : "", m->respondents);
	}
	xl_sheet_title(sh, _("Readiness by dimension and department"), sub);
	if (!has_assessment || !m->ndimensions) {
		xl_missing(sh, 3, _("No assessment yet: import survey answers ('crmready survey import') "
			   "and run 'crmready assess'. This sheet then shows each dimension's score "
			   "by department as a heat map, with a radar chart."));
		return;
	}
	/* Dimension | Organisation | department... | Respondents | Spread */
	const lxw_row_t head = 3;
	const lxw_col_t first_group = 2;
	lxw_col_t after = (lxw_col_t)(first_group + m->ngroups);
	if (after + 2 >= XL_MAXCOL)
		after = XL_MAXCOL - 3;
	size_t ngroups = (size_t)(after - first_group);
	xl_str(sh, head, 0, _("Dimension"), x->header);
	xl_str(sh, head, 1, _("Organisation"), x->header);
	for (size_t g = 0; g < ngroups; g++)
		xl_str(sh, head, (lxw_col_t)(first_group + g), m->groups[g].name, x->header);
	xl_str(sh, head, after, _("Respondents"), x->header);
	xl_str(sh, head, after + 1, _("Spread"), x->header);
	xl_check(x, worksheet_set_row(sh->ws, head, 30, NULL));
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->ndimensions; i++, r++) {
		const struct report_xl_dimension *dm = &m->dimensions[i];
		xl_str(sh, r, 0, dm->title, x->text);
		xl_num_or_blank(sh, r, 1, dm->has_score, dm->score, x->num1);
		for (size_t g = 0; g < ngroups; g++) {
			const struct report_xl_group *gr = &m->groups[g];
			xl_num_or_blank(sh, r, (lxw_col_t)(first_group + g), gr->has_score && gr->has_score[i], gr->score[i], x->num1);
		}
		xl_num(sh, r, after, (double)dm->respondents, x->integer);
		xl_num(sh, r, after + 1, dm->spread, x->num1);
	}
	lxw_row_t last = r - 1;
	/* Index and respondents of each group under the table. */
	xl_str(sh, r, 0, _("Index"), x->bold);
	if (m->has_index)
		xl_num(sh, r, 1, m->index, x->num1);
	else
		xl_blank(sh, r, 1, x->bold);
	for (size_t g = 0; g < ngroups; g++) {
		xl_num_or_blank(sh, r, (lxw_col_t)(first_group + g), m->groups[g].has_index, m->groups[g].index, x->num1);
	}
	r++;
	xl_str(sh, r, 0, _("Respondents"), x->bold);
	xl_num(sh, r, 1, (double)m->respondents, x->integer);
	bool small = false;
	for (size_t g = 0; g < ngroups; g++) {
		/* A group of fewer than min_group shows no count either (anonymity). */
		if (m->groups[g].compared) {
			xl_num(sh, r, (lxw_col_t)(first_group + g), (double)m->groups[g].respondents, x->integer);
		} else {
			char fewer[64];
			xl_str(sh, r, (lxw_col_t)(first_group + g),
			       anonymity_fewer_label(min_group, fewer, sizeof fewer), x->muted);
		}
		small |= !m->groups[g].compared;
	}
	r++;
	if (small || m->small_groups) {
		char note[1024];
		xl_textf(note, sizeof note, _("Anonymity: departments of fewer than %ld respondents show no "
						 "figure; they count together in \"other\", with the next "
						 "smallest while \"other\" would have fewer%s%s."),
			 min_group, m->small_groups ? ": " : "", m->small_groups ? m->small_groups : "");
		char *plain = xl_without_controls(note);
		xl_check(x, worksheet_write_string(sh->ws, r++, 0, plain ? plain : note, x->subtitle));
		free(plain);
	}
	/* Heat map: red (0) through amber (50) to green (100), the same scale
	 * on every sheet that a reader compares. */
	lxw_conditional_format heat = {
		.type = LXW_CONDITIONAL_3_COLOR_SCALE,
		.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .min_value = 0, .min_color = 0xF8696B,
		.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .mid_value = 50, .mid_color = 0xFFEB84,
		.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER, .max_value = 100, .max_color = 0x63BE7B,
	};
	xl_check(x, worksheet_conditional_format_range(sh->ws, head + 1, 1, last + 1,
						       (lxw_col_t)(first_group + ngroups - 1), &heat));
	worksheet_freeze_panes(sh->ws, head + 1, 1);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));

	char chart_title[160];
	snprintf(chart_title, sizeof chart_title, "%s", _("Readiness by dimension"));
	if (ngroups > MAX_RADAR_GROUPS)
		xl_textf(chart_title, sizeof chart_title, _("Readiness by dimension (the first %d departments)"),
			 MAX_RADAR_GROUPS);
	lxw_chart *chart = xl_chart(x, LXW_CHART_RADAR, chart_title);
	if (chart) {
		size_t nseries = 1 + (ngroups < MAX_RADAR_GROUPS ? ngroups : MAX_RADAR_GROUPS);
		for (size_t s = 0; s < nseries; s++) {
			lxw_col_t c = (lxw_col_t)(s == 0 ? 1 : first_group + s - 1);
			lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
			chart_series_set_categories(series, sh->name, head + 1, 0, last, 0);
			chart_series_set_values(series, sh->name, head + 1, c, last, c);
			chart_series_set_name_range(series, sh->name, head, c);
			if (s == 0) {
				lxw_chart_line line = { .color = 0x1F4E79, .width = 2.5 };
				chart_series_set_line(series, &line);
			}
		}
		chart_axis_set_min(chart->y_axis, 0);
		chart_axis_set_max(chart->y_axis, 100);
		chart_axis_set_major_unit(chart->y_axis, 25);
		xl_chart_axis_font(x, chart->x_axis);
		xl_chart_axis_font(x, chart->y_axis);
		lxw_chart_options at = { .x_scale = 1.3, .y_scale = 1.5, .x_offset = 4, .y_offset = 8 };
		xl_check(x, worksheet_insert_chart_opt(sh->ws, r + 1, 0, chart, &at));
		r += 1 + RADAR_ROWS;
	}
	perception_gaps(sh, r + 1, m);
	sh->max_width[0] = 42;
	worksheet_fit_to_pages(sh->ws, 1, 1);
}

void xl_gaps(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char sub[512] = "";
	const char *scale = _("maturity 1..5 · gap = target − current · priority = gap × importance");
	if (m->capability_model)
		xl_textf(sub, sizeof sub, _("%s · %ld respondents · %s"),
			 m->capability_model, m->capability_respondents, scale);
	else
		snprintf(sub, sizeof sub, "%s", scale);
	xl_sheet_title(sh, _("Capability gaps: current vs target maturity"), sub);
	if (!m->capability_model || !m->ncapabilities) {
		xl_missing(sh, 3, _("No capability assessment yet: answer the capability questionnaire "
			   "('crmready survey import crm-capabilities FILE') and run 'crmready gaps'."));
		return;
	}
	static const char *const en[] = { N_("Capability"), N_("Area"), N_("Current"), N_("Target"), N_("Gap"), N_("Importance"), N_("Priority"),
					  N_("Respondents"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	bool overridden = false;
	for (size_t i = 0; i < m->ncapabilities; i++, r++) {
		const struct report_xl_capability *c = &m->capabilities[i];
		xl_str(sh, r, 0, c->title, x->text);
		xl_str(sh, r, 1, c->area, x->text);
		/* Without answers the current level, gap and priority are unknown. */
		if (c->has_current) {
			xl_num(sh, r, 2, c->current, x->num1);
			xl_num(sh, r, 4, c->gap, x->num1);
			xl_num(sh, r, 6, c->priority, x->num1);
		} else {
			xl_blank(sh, r, 2, x->text);
			xl_blank(sh, r, 4, x->text);
			xl_blank(sh, r, 6, x->text);
		}
		xl_num(sh, r, 3, c->target, c->target_overridden ? x->integer_bold : x->integer);
		overridden |= c->target_overridden;
		xl_num(sh, r, 5, (double)c->importance, x->integer);
		xl_num(sh, r, 7, (double)c->respondents, x->integer);
	}
	lxw_row_t last = r - 1;
	lxw_conditional_format bar = { .type = LXW_CONDITIONAL_DATA_BAR, .bar_color = 0xF4B183, .bar_solid = 1 };
	xl_check(x, worksheet_conditional_format_range(sh->ws, head + 1, 4, last, 4, &bar));
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, last, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 1);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));

	lxw_chart *chart = xl_chart(x, LXW_CHART_BAR, _("Current vs target maturity"));
	if (chart) {
		static const lxw_color_t colors[] = { 0x5B9BD5, 0xC9C9C9 };
		for (int s = 0; s < 2; s++) {
			lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
			chart_series_set_categories(series, sh->name, head + 1, 0, last, 0);
			chart_series_set_values(series, sh->name, head + 1, (lxw_col_t)(2 + s), last, (lxw_col_t)(2 + s));
			chart_series_set_name_range(series, sh->name, head, (lxw_col_t)(2 + s));
			lxw_chart_fill fill = { .color = colors[s] };
			chart_series_set_fill(series, &fill);
		}
		/* In a bar chart the value axis is the horizontal (x) one. */
		chart_axis_set_min(chart->x_axis, 0);
		chart_axis_set_max(chart->x_axis, Q_LEVEL_MAX);
		chart_axis_set_major_unit(chart->x_axis, 1);
		chart_axis_set_reverse(chart->y_axis);  /* first capability on top */
		if (x->rtl)   /* bars grow from the right, where the sheet starts */
			chart_axis_set_reverse(chart->x_axis);
		xl_chart_axis_font(x, chart->x_axis);
		xl_chart_axis_font(x, chart->y_axis);
		lxw_chart_options at = { .x_scale = 1.4, .y_scale = 1.0 + 0.08 * (double)m->ncapabilities,
					 .y_offset = 8 };
		xl_check(x, worksheet_insert_chart_opt(sh->ws, last + (overridden ? 3 : 2), 0, chart, &at));
	}
	if (overridden)
		xl_check(x, worksheet_write_string(sh->ws, last + 1, 0,
						   _("Bold target: set by the organisation ('crmready gaps set-target')."),
						   x->subtitle));
	sh->max_width[0] = 42;
	worksheet_fit_to_pages(sh->ws, 1, 1);
}

void xl_findings(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	xl_sheet_title(sh, _("Findings and recommendations"), NULL);
	if (!m->has_findings) {
		xl_missing(sh, 3, _("No findings yet: the rules run on the assessment; import survey answers "
			   "and run 'crmready findings'."));
		return;
	}
	if (!m->nfindings) {
		xl_missing(sh, 3, _("No rule fired: no finding to report."));
		xl_waived_findings(sh, 5);
		return;
	}
	static const char *const en[] = { N_("Severity"), N_("Finding"), N_("Evidence"), N_("Recommendation"), N_("Initiatives"), N_("Source"),
					  N_("Rule"), N_("Status"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->nfindings; i++, r++) {
		const struct report_xl_finding *f = &m->findings[i];
		/* A rule that was not evaluated keeps its severity, greyed. */
		xl_str(sh, r, 0, severity_label(f->severity),
		       f->evaluated ? x->severity[f->severity] : x->muted);
		xl_str(sh, r, 1, f->title, x->wrap);
		xl_str(sh, r, 2, f->evidence, x->wrap);
		xl_str(sh, r, 3, f->recommendation, x->wrap);
		xl_str(sh, r, 4, f->initiatives, x->wrap);
		xl_str(sh, r, 5, f->source, x->wrap);
		xl_str(sh, r, 6, f->rule, x->text);
		char status[160];
		xl_str(sh, r, 7, xl_finding_status(f, status, sizeof status),
		       f->evaluated ? x->text : x->muted);
	}
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, r - 1, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 0);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
	sh->max_width[1] = 40;
	sh->max_width[2] = 36;
	sh->max_width[3] = 50;
	sh->max_width[4] = 24;
	sh->max_width[5] = 30;
	/* Wrapped rows get their height here: libxlsxwriter cannot measure. */
	for (size_t i = 0; i < m->nfindings; i++) {
		const struct report_xl_finding *f = &m->findings[i];
		const char *cols[] = { f->title, f->evidence, f->recommendation, f->initiatives, f->source };
		double h = 0;
		for (int c = 0; c < 5; c++) {
			double hc = xl_wrapped_height(cols[c], xl_col_width(sh, (lxw_col_t)(c + 1)));
			if (hc > h)
				h = hc;
		}
		xl_check(x, worksheet_set_row(sh->ws, (lxw_row_t)(head + 1 + i), h, NULL));
	}
	xl_waived_findings(sh, r + 1);
}

/* The answers to text questions, by questionnaire and question, each with
 * the respondent's department (never a name; no group when it would name
 * fewer than min_group people). The sheet is added only when there are
 * some (report_xlsx.c). */
void xl_open_answers(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char sub[256];
	xl_textf(sub, sizeof sub, _("%zu answers to open questions; the department of fewer than %ld "
				       "respondents is not shown"), m->ncomments, m->min_group);
	xl_sheet_title(sh, _("Open answers"), sub);
	static const char *const en[] = { N_("Question"), N_("Department"), N_("Answer"), N_("Questionnaire"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	char fewer[48], hidden[64];
	snprintf(hidden, sizeof hidden, "(%s)",
		 anonymity_fewer_label(m->min_group, fewer, sizeof fewer));
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->ncomments; i++, r++) {
		const struct report_xl_comment *c = &m->comments[i];
		xl_str(sh, r, 0, c->question, x->wrap);
		xl_str(sh, r, 1, c->group ? c->group : hidden, c->group ? x->text : x->muted);
		xl_str(sh, r, 2, c->text, x->wrap);
		xl_str(sh, r, 3, c->questionnaire, x->text);
	}
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, r - 1, (lxw_col_t)(ncols - 1)));
	worksheet_freeze_panes(sh->ws, head + 1, 0);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
	sh->max_width[0] = 40;
	sh->max_width[2] = 60;
}
