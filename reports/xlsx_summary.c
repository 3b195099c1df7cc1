/* The Summary sheet: one printed page for an executive — readiness index
 * and level, the top findings, the plan at a glance, goal status and the
 * latest adoption and data-quality figures. The layout is a fixed grid of
 * eight columns so that it fits the page; long text wraps. */
#include <stdio.h>
#include <string.h>

#include "../core/text.h"
#include "../metrics/metrics.h"
#include "xlsx_sheets.h"

enum { S_COLS = 8, TOP_FINDINGS = 5, TOP_GOALS = 8, TOP_ATTENTION = 12, TOP_DQ = 4 };

static const double col_width[S_COLS] = { 16, 34, 13, 13, 13, 13, 13, 15 };

/* A header row, as high as its longest title wraps to in the summary's
 * fixed columns ("السعة (أسبوع عمل/شخص)" takes two lines). */
static void header(struct xl_sheet *sh, lxw_row_t r, const char *const *titles)
{
	int n = xl_header(sh, r, titles);
	double height = 20;
	for (int c = 0; c < n && c < S_COLS; c++) {
		double need = xl_wrapped_height(_(titles[c]), col_width[c]);
		if (need > height)
			height = need;
	}
	if (height > 20)
		xl_check(sh->x, worksheet_set_row(sh->ws, r, height, NULL));
}

static lxw_row_t section(struct xl_sheet *sh, lxw_row_t r, const char *title)
{
	struct xl *x = sh->x;
	xl_check(x, worksheet_merge_range(sh->ws, r, 0, r, S_COLS - 1, title, x->section));
	xl_check(x, worksheet_set_row(sh->ws, r, 20, NULL));
	return r + 1;
}

static lxw_row_t readiness(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_xl_assessment *m = &x->m->primary;
	r = section(sh, r, _("Readiness"));
	if (!x->m->has_assessment) {
		xl_missing(sh, r, _("No assessment yet: import survey answers ('crmready survey import') "
			   "and run 'crmready assess'."));
		return r + 2;
	}
	xl_str(sh, r, 0, _("Readiness index"), x->label);
	if (m->has_index)
		xl_check(x, worksheet_write_number(sh->ws, r, 1, m->index, x->big));
	else
		xl_str(sh, r, 1, _("no data"), x->muted);
	xl_str(sh, r, 2, _("Level"), x->label);
	xl_check(x, worksheet_merge_range(sh->ws, r, 3, r, 4, m->level ? m->level : "", x->section));
	xl_str(sh, r, 5, _("Respondents"), x->label);
	xl_num(sh, r, 6, (double)m->respondents, x->integer);
	xl_check(x, worksheet_set_row(sh->ws, r, 36, NULL));
	r++;
	/* The weakest dimensions, where the programme must start. */
	const struct report_xl_dimension *low[3] = { 0 };
	for (size_t i = 0; i < m->ndimensions; i++) {
		const struct report_xl_dimension *dm = &m->dimensions[i];
		if (!dm->has_score)
			continue;
		for (int k = 0; k < 3; k++) {
			if (!low[k] || dm->score < low[k]->score) {
				for (int j = 2; j > k; j--)
					low[j] = low[j - 1];
				low[k] = dm;
				break;
			}
		}
	}
	if (low[0]) {
		xl_str(sh, r, 0, _("Weakest"), x->label);
		for (int k = 0; k < 3 && low[k]; k++) {
			char buf[256];
			xl_textf(buf, sizeof buf, "%s: %.1f", low[k]->title, low[k]->score);
			xl_check(x, worksheet_merge_range(sh->ws, r, (lxw_col_t)(1 + 2 * k), r,
							  (lxw_col_t)(2 + 2 * k), buf, x->text));
		}
		r++;
	}
	return r + 1;
}

static lxw_row_t findings(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, _("Top findings"));
	size_t fired = 0;
	for (size_t i = 0; i < m->nfindings; i++)
		fired += m->findings[i].evaluated;
	if (!m->has_findings || !fired) {
		if (!m->has_findings)
			xl_missing(sh, r, _("No findings yet: run 'crmready findings' after the assessment."));
		else
			xl_missing(sh, r, _("No rule fired: no finding to report."));
		return r + 2;
	}
	static const char *const en[] = { N_("Severity"), N_("Finding"), N_("Recommendation"), NULL };
	xl_str(sh, r, 0, _(en[0]), x->header);
	xl_str(sh, r, 1, _(en[1]), x->header);
	xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1, _(en[2]), x->header));
	r++;
	size_t shown = 0;
	for (size_t i = 0; i < m->nfindings && shown < TOP_FINDINGS; i++) {
		const struct report_xl_finding *f = &m->findings[i];
		if (!f->evaluated)
			continue;
		xl_str(sh, r, 0, severity_label(f->severity), x->severity[f->severity]);
		xl_str(sh, r, 1, f->title, x->wrap);
		xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1,
						  f->recommendation ? f->recommendation : "", x->wrap));
		double h1 = xl_wrapped_height(f->title, col_width[1]);
		double h2 = xl_wrapped_height(f->recommendation, 13.0 * 6);
		xl_check(x, worksheet_set_row(sh->ws, r, h1 > h2 ? h1 : h2, NULL));
		r++;
		shown++;
	}
	if (fired > shown) {
		char buf[160];
		xl_textf(buf, sizeof buf, _("+ %zu more on the Findings sheet"),
			 fired - shown);
		xl_str(sh, r++, 1, buf, x->subtitle);
	}
	return r + 1;
}

static lxw_row_t plan(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, _("Plan at a glance"));
	if (!m->has_plan || !m->nphases) {
		xl_missing(sh, r, _("No rollout plan yet: run 'crmready plan build'."));
		return r + 2;
	}
	static const char *const en[] = { N_("Phase"), N_("Title"), N_("Start"), N_("End"), N_("Initiatives"),
					  N_("Effort (pw)"), N_("Capacity (pw)"), N_("Capacity used"), NULL };
	header(sh, r++, en);
	for (size_t i = 0; i < m->nphases; i++) {
		const struct report_xl_phase *p = &m->phases[i];
		size_t n = 0;
		for (size_t k = 0; k < m->ninitiatives; k++)
			n += m->initiatives[k].phase && !strcmp(m->initiatives[k].phase, p->id);
		xl_str(sh, r, 0, p->id, x->text);
		xl_str(sh, r, 1, p->title, x->wrap);
		xl_date(sh, r, 2, p->start, x->date);
		xl_date(sh, r, 3, p->end, x->date);
		xl_num(sh, r, 4, (double)n, x->integer);
		xl_num(sh, r, 5, p->load, x->num1);
		xl_num(sh, r, 6, p->capacity, x->num1);
		xl_num_or_blank(sh, r, 7, p->capacity > 0, p->load / p->capacity, x->pct);
		r++;
	}
	return r + 1;
}

/* How a goal's figures read on the summary: a fraction (a rate, a dq
 * figure, training completion: 0..1) as a percentage, another value to its
 * metric's precision (counts whole, the rest two decimals). Only these two
 * questions — is it a fraction, how many decimals — so that they can be
 * answered from a table of metric definitions. The number format of such a
 * figure goes to code ("0.0%", "#,##0", "#,##0.00"). */
/* The Excel number format of a metric's values, from the metric table:
 * fractions as percentages, others to the metric's precision (two decimals
 * for a metric the table does not define). */
static void figure_format(const char *metric, char code[32])
{
	const struct metric_def *d = metric_def_find(metric);
	bool fraction = d && d->unit == METRIC_FRACTION;
	int decimals = d ? d->precision : 2;
	if (decimals > 6)
		decimals = 6;
	snprintf(code, 32, "%s%s%.*s%s", fraction ? "0" : "#,##0", decimals ? "." : "", decimals,
		 "000000", fraction ? "%" : "");
}

/* A goal's target and latest value: the metric's format, with the more
 * decimals that tell the latest value from the target when it differs
 * (text_decimals_apart), so 89.96% never shows as 90.0% beside 90.0%. */
static void goal_format(const struct report_xl_goal *g, char code[32])
{
	figure_format(g->metric, code);
	if (!g->has_latest)
		return;
	const struct metric_def *d = metric_def_find(g->metric);
	bool fraction = d && d->unit == METRIC_FRACTION;
	int decimals = d ? d->precision : 2;
	if (decimals > 6)
		decimals = 6;
	double scale = fraction ? 100 : 1;
	int need = text_decimals_apart(g->latest * scale, g->target * scale, decimals);
	if (need > decimals)
		snprintf(code, 32, "%s.%.*s%s", fraction ? "0" : "#,##0", need,
			 "000000000000000", fraction ? "%" : "");
}

static lxw_row_t goals(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, _("Goal status"));
	if (!m->ngoals) {
		xl_missing(sh, r, _("No goals yet: 'crmready plan build' sets the phase goals; "
			   "'crmready goal add' adds more."));
		return r + 2;
	}
	static const char *const en[] = { N_("Phase"), N_("Goal"), N_("Scope"), N_("Target"), N_("Latest"), N_("Due"), N_("As of"), N_("Status"),
					  N_("Judged on"), NULL };
	header(sh, r++, en);
	size_t shown = 0, shown_attention = 0;
	size_t attention = goal_counts_at_least(m->goal_counts, GOAL_AT_RISK);
	/* Worst first: every goal missed or at risk, sub-goals included (up to
	 * TOP_ATTENTION), then the others' top-level goals while the page has
	 * room (TOP_GOALS rows in all). */
	static const enum goal_state order[] = { GOAL_MISSED, GOAL_AT_RISK, GOAL_TOO_EARLY, GOAL_NO_DATA,
						 GOAL_ON_TRACK, GOAL_ACHIEVED };
	for (int o = 0; o < GOAL_NSTATES; o++) {
		for (size_t i = 0; i < m->ngoals; i++) {
			const struct report_xl_goal *g = &m->goals[i];
			enum goal_state s = g->state;
			bool sub = g->parent && *g->parent, urgent = goal_state_at_least(s, GOAL_AT_RISK);
			if (s != order[o] || (urgent ? shown_attention >= TOP_ATTENTION
						     : sub || shown >= TOP_GOALS))
				continue;
			char scope[128], what[160], code[32], tcode[64];
			xl_str(sh, r, 0, g->phase, x->text);
			snprintf(what, sizeof what, "%s%s", sub ? "└ " : "", g->metric);
			xl_str(sh, r, 1, what, x->text);
			/* a scope wider than its fixed column ("المؤسسة كلها") wraps
			 * rather than being cut at the column's edge */
			const char *where = xl_scope_text(x, g->scope, scope, sizeof scope);
			xl_str(sh, r, 2, where, xl_wrapped_height(where, col_width[2]) > 20 ? x->wrap : x->text);
			/* Numbers, shown with the comparison and the metric's format. */
			goal_format(g, code);
			snprintf(tcode, sizeof tcode, "\"%s \"%s", report_goal_op(g->op), code);
			xl_num(sh, r, 3, g->target, xl_num_format(x, tcode));
			if (g->has_latest)
				xl_num(sh, r, 4, g->latest, xl_num_format(x, code));
			else
				xl_blank(sh, r, 4, x->text);
			xl_date(sh, r, 5, g->due, x->date);
			if (g->has_latest && g->latest_date)
				xl_date(sh, r, 6, g->latest_date, x->date);
			else
				xl_blank(sh, r, 6, x->text);
			xl_str(sh, r, 7, goal_state_label(s), x->status[s]);
			xl_date(sh, r, 8, g->judged_at, x->date);
			r++;
			shown++;
			shown_attention += urgent;
		}
	}
	char tally[320];
	/* not through xl_str: a long line must not widen the Goal column */
	report_goal_tally_format(m->ngoals, m->goal_counts, x->lang, tally, sizeof tally);
	xl_check(x, worksheet_write_string(sh->ws, r++, 1, tally, x->subtitle));
	if (m->ngoals > shown) {
		char buf[200];
		if (attention > shown_attention)
			xl_textf(buf, sizeof buf, _("+ %zu more on the Goals sheet (%zu of them %s)"),
				 m->ngoals - shown, attention - shown_attention, goal_attention_label());
		else
			xl_textf(buf, sizeof buf, _("+ %zu more on the Goals sheet"),
				 m->ngoals - shown);
		xl_str(sh, r++, 1, buf, x->subtitle);
	}
	return r + 1;
}

static lxw_row_t adoption(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, _("Adoption and data quality (latest)"));
	/* The last complete week; the week in progress is only named. */
	const struct report_xl_week *partial;
	const struct report_xl_week *last = report_workbook_adoption_week(m, &partial);
	if (!last) {
		xl_missing(sh, r++, _("No adoption figures yet: 'crmready roster import' and "
			   "'crmready adoption import' compute them."));
	} else {
		xl_str(sh, r, 0, _("Active users"), x->label);
		xl_check(x, worksheet_write_number(sh->ws, r, 1, last->rate, x->big_pct));
		char buf[400], day[XL_SHOWN_DATE_MAX], reach[XL_SHOWN_DATE_MAX];
		int n;
		if (last->has_active && last->has_licensed)
			n = xl_textf(buf, sizeof buf, _("%.0f of %.0f licensed users, week of %s"),
				     last->active, last->licensed, xl_shown_date(x, last->date, day));
		else
			n = xl_textf(buf, sizeof buf, _("week of %s"), xl_shown_date(x, last->date, day));
		if (n > 0 && (size_t)n < sizeof buf && last->in_progress)
			snprintf(buf + n, sizeof buf - (size_t)n, " %s",
				 _("(in progress: no week is complete yet)"));
		else if (n > 0 && (size_t)n < sizeof buf && m->logs_reach)
			snprintf(buf + n, sizeof buf - (size_t)n, " %s",
				 _("(the last complete week)"));
		xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1, buf, x->subtitle));
		xl_check(x, worksheet_set_row(sh->ws, r, 24, NULL));
		r++;
		/* The week in progress on a line of its own, named, not judged. */
		if (partial && !last->in_progress) {
			xl_textf(buf, sizeof buf,
				 _("The week of %s is in progress: %.1f%% so far (logs reach %s UTC)."),
				 xl_shown_date(x, partial->date, day), partial->rate * 100,
				 m->logs_reach ? xl_shown_date(x, m->logs_reach, reach) : "-");
			xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1, buf, x->subtitle));
			r++;
		}
	}
	r++;
	if (!m->ndq) {
		xl_missing(sh, r, _("No data-quality scan yet: run 'crmready dq scan' on a CRM export."));
		return r + 2;
	}
	static const char *const en[] = { N_("Entity"), N_("Scanned"), N_("Score"), N_("Completeness"), N_("Duplicates"), N_("Freshness"),
					  N_("Not checked"), NULL };
	header(sh, r++, en);
	size_t shown = 0;
	for (size_t i = 0; i < m->ndq && shown < TOP_DQ; i++) {
		/* The last point of each entity is its latest scan. */
		if (i + 1 < m->ndq && !strcmp(m->dq[i + 1].entity, m->dq[i].entity))
			continue;
		const struct report_xl_dq_point *p = &m->dq[i];
		xl_str(sh, r, 0, p->entity, x->text);
		xl_date(sh, r, 1, p->date, x->date);
		for (int k = 0; k < REPORT_XL_DQ_PARTS; k++) {
			lxw_format *f = k == REPORT_XL_DQ_SCORE && p->value[k] > 1 ? x->num1 : x->pct;
			xl_num_or_blank(sh, r, (lxw_col_t)(2 + k), p->has[k], p->value[k], f);
		}
		/* the score is over the columns the file had: say which it lacked */
		char unchecked[256];
		if (report_dq_unchecked(m, p->entity, unchecked, sizeof unchecked))
			xl_str(sh, r, 2 + REPORT_XL_DQ_PARTS, unchecked, x->text);
		else
			xl_blank(sh, r, 2 + REPORT_XL_DQ_PARTS, x->text);
		r++;
		shown++;
	}
	return r + 1;
}

void xl_summary(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	xl_check(x, worksheet_merge_range(sh->ws, 0, 0, 0, S_COLS - 1,
					  _("CRM readiness: leadership summary"),
					  x->title));
	xl_check(x, worksheet_set_row(sh->ws, 0, 30, NULL));
	char sub[512], today[XL_SHOWN_DATE_MAX], from[XL_SHOWN_DATE_MAX], to[XL_SHOWN_DATE_MAX];
	int n = xl_textf(sub, sizeof sub, _("Exported %s"), xl_shown_date(x, m->today, today));
	if (m->primary.questionnaire && n > 0 && (size_t)n < sizeof sub)
		n += snprintf(sub + n, sizeof sub - (size_t)n, " · %s", m->primary.questionnaire);
	if ((m->from || m->to) && n > 0 && (size_t)n < sizeof sub) {
		n += snprintf(sub + n, sizeof sub - (size_t)n, " · ");
		if (n > 0 && (size_t)n < sizeof sub)
			xl_textf(sub + n, sizeof sub - (size_t)n, _("trends from %s to %s"),
				 m->from ? xl_shown_date(x, m->from, from) : "…", m->to ? xl_shown_date(x, m->to, to) : "…");
	}
	xl_check(x, worksheet_merge_range(sh->ws, 1, 0, 1, S_COLS - 1, sub, x->subtitle));

	lxw_row_t r = 3;
	r = readiness(sh, r);
	r = findings(sh, r);
	r = plan(sh, r);
	r = goals(sh, r);
	r = adoption(sh, r);

	/* A dashboard: fixed widths that fill one landscape page. */
	for (lxw_col_t c = 0; c < S_COLS; c++)
		xl_check(x, worksheet_set_column(sh->ws, c, c, col_width[c], NULL));
	worksheet_fit_to_pages(sh->ws, 1, 1);
	xl_check(x, worksheet_print_area(sh->ws, 0, 0, r, S_COLS - 1));
	worksheet_activate(sh->ws);
	sh->fixed_widths = true;
}
