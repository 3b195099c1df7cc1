/* The Plan sheet (phases and initiatives with a Gantt view, phase goals)
 * and the Goals sheet. The Gantt bars are conditional formats over week
 * columns: a cell is filled when its week (Monday..Sunday, the date in the
 * header) overlaps the row's start..end, so the bars follow if a planner
 * edits a date in Excel. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "xlsx_sheets.h"

enum { MAX_WEEKS = 156 };   /* three years of weekly columns */

/* The Monday on or before an Excel serial (serial 2 = Monday 1900-01-01). */
static double monday_of(double serial)
{
	long s = (long)serial;
	long dow = ((s - 2) % 7 + 7) % 7;   /* 0 = Monday */
	return (double)(s - dow);
}

/* The format of a goal's target and latest value side by side: a fraction's
 * percentage ("0.0%") or General, with the decimals that tell the latest
 * value from the target when it differs but would show alike (89.96% beside
 * 90.00%, not 90.0% twice; General shows about ten digits). */
static lxw_format *beside_target(struct xl *x, const struct report_xl_goal *g, bool pct)
{
	char code[32];
	if (pct) {
		int need = g->has_latest ? text_decimals_apart(g->latest * 100, g->target * 100, 1) : 1;
		if (need == 1)
			return x->pct;
		snprintf(code, sizeof code, "0.%.*s%%", need, "000000000000000");
		return xl_num_format(x, code);
	}
	char a[32], b[32];
	snprintf(a, sizeof a, "%.10g", g->latest);
	snprintf(b, sizeof b, "%.10g", g->target);
	if (!g->has_latest || g->latest == g->target || strcmp(a, b) || fabs(g->latest) >= 1e15)
		return x->num;
	snprintf(code, sizeof code, "0.%.*s", text_decimals_apart(g->latest, g->target, 1),
		 "000000000000000");
	return xl_num_format(x, code);
}

static void goal_row(struct xl_sheet *sh, lxw_row_t r, const struct report_xl_goal *g, bool with_id)
{
	struct xl *x = sh->x;
	char scope[128];
	lxw_col_t c = 0;
	/* fractions (the metric table's unit) as percentages; the value stays exact */
	const struct metric_def *def = metric_def_find(g->metric);
	lxw_format *value_fmt = beside_target(x, g, def && def->unit == METRIC_FRACTION);
	if (with_id)
		xl_str(sh, r, c++, g->id, x->text);
	xl_str(sh, r, c++, g->phase, x->text);
	xl_str(sh, r, c++, g->metric, x->text);
	xl_str(sh, r, c++, xl_scope_text(x, g->scope, scope, sizeof scope), x->text);
	xl_str(sh, r, c++, report_goal_op(g->op), x->text);
	xl_num(sh, r, c++, g->target, value_fmt);
	xl_date(sh, r, c++, g->due, x->date);
	if (g->has_latest) {
		xl_num(sh, r, c++, g->latest, value_fmt);
		xl_date(sh, r, c++, g->latest_date, x->date);
	} else {
		xl_blank(sh, r, c++, x->text);
		xl_blank(sh, r, c++, x->text);
	}
	xl_str(sh, r, c++, goal_state_label(g->state), x->status[g->state]);
	if (!with_id)
		return;
	xl_str(sh, r, c++, g->parent, x->text);
	xl_date(sh, r, c++, g->judged_at, x->date);
	xl_num_or_blank(sh, r, c++, g->has_baseline, g->baseline, value_fmt);
}

/* A row of the Gantt: its first and last day (Excel serials) and the
 * format of its bar. */
struct bar {
	double start, end;
	lxw_format *format;
};

/* The week columns' headers: each week's Monday, a date cell the bars'
 * conditional formats compare with, or, where dates are shown otherwise
 * (x->shown_dates), the Monday as the reader's calendar writes it. */
static void week_headers(struct xl_sheet *sh, lxw_row_t head, lxw_col_t first_week, double lo, size_t nweeks)
{
	struct xl *x = sh->x;
	for (size_t k = 0; k < nweeks; k++) {
		double monday = lo + 7.0 * (double)k;
		if (!x->shown_dates) {
			xl_check(x, worksheet_write_number(sh->ws, head, (lxw_col_t)(first_week + k), monday, x->week));
			continue;
		}
		char iso[11], shown[XL_SHOWN_DATE_MAX];
		timex_format_date((int64_t)monday + timex_days_from_civil(1899, 12, 30), iso);
		xl_check(x, worksheet_write_string(sh->ws, head, (lxw_col_t)(first_week + k),
						   xl_shown_date(x, iso, shown), x->week));
	}
}

void xl_plan(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	xl_sheet_title(sh, _("Phased rollout plan"),
		    _("Bars show each phase and initiative by week (dates are week starts)."));
	if (!m->has_plan || !m->nphases) {
		xl_missing(sh, 3, _("No rollout plan yet: run 'crmready plan build' after the assessment "
			   "and findings. This sheet then shows the phases and initiatives as a Gantt chart "
			   "with each phase's goals."));
		return;
	}
	static const char *const en[] = { N_("Phase / initiative"), N_("Start"), N_("End"), N_("Effort (pw)"), N_("Impact"), N_("Risk"), NULL };
	const lxw_row_t head = 3;
	const lxw_col_t first_week = 6;
	xl_header(sh, head, en);

	/* The week columns span the plan. */
	double lo = -1, hi = -1;
	for (size_t i = 0; i < m->nphases; i++) {
		double s = xl_serial(m->phases[i].start), e = xl_serial(m->phases[i].end);
		if (s >= 0 && (lo < 0 || s < lo))
			lo = s;
		if (e >= 0 && e > hi)
			hi = e;
	}
	size_t nweeks = 0;
	if (lo >= 0 && hi >= lo) {
		lo = monday_of(lo);
		nweeks = (size_t)((hi - lo) / 7) + 1;
		if (nweeks > MAX_WEEKS)
			nweeks = MAX_WEEKS;
	}
	week_headers(sh, head, first_week, lo, nweeks);
	if (nweeks)
		xl_check(x, worksheet_set_row(sh->ws, head, 42, NULL));

	/* Each row's span, for bars drawn as cells where dates are text. */
	struct bar *bars = xcalloc(m->nphases + m->ninitiatives + 1, sizeof *bars);
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->nphases; i++) {
		const struct report_xl_phase *p = &m->phases[i];
		lxw_row_t phase_row = r;
		bars[r - head - 1] = (struct bar){ xl_serial(p->start), xl_serial(p->end), x->bar_phase };
		xl_str(sh, r, 0, p->title && *p->title ? p->title : p->id, x->bold);
		xl_date(sh, r, 1, p->start, x->date);
		xl_date(sh, r, 2, p->end, x->date);
		xl_num(sh, r, 3, p->load, x->num1);
		xl_blank(sh, r, 4, x->bold);
		xl_blank(sh, r, 5, x->bold);
		r++;
		for (size_t k = 0; k < m->ninitiatives; k++) {
			const struct report_xl_initiative *in = &m->initiatives[k];
			if (!in->phase || strcmp(in->phase, p->id))
				continue;
			char title[600];
			bars[r - head - 1] = (struct bar){ xl_serial(in->start), xl_serial(in->end), x->bar_initiative };
			snprintf(title, sizeof title, "   %s", in->title && *in->title ? in->title : in->id);
			xl_str(sh, r, 0, title, x->text);
			xl_date(sh, r, 1, in->start, x->date);
			xl_date(sh, r, 2, in->end, x->date);
			xl_num(sh, r, 3, in->effort, x->num1);
			xl_num(sh, r, 4, (double)in->impact, x->integer);
			xl_num(sh, r, 5, (double)in->risk, x->integer);
			r++;
		}
		if (!nweeks || x->shown_dates)
			continue;
		/* One rule for the phase row, one for its initiatives. */
		char rule[128], a1[16], row_ref[16];
		lxw_rowcol_to_cell(a1, head, first_week);     /* e.g. G4 */
		const char *letters = a1;
		char col_letters[8];
		size_t nl = strcspn(letters, "0123456789");
		snprintf(col_letters, sizeof col_letters, "%.*s", (int)nl, letters);
		for (int pass = 0; pass < 2; pass++) {
			lxw_row_t r1 = pass == 0 ? phase_row : phase_row + 1, r2 = pass == 0 ? phase_row : r - 1;
			if (r1 > r2)
				continue;
			snprintf(row_ref, sizeof row_ref, "%u", (unsigned)r1 + 1);
			snprintf(rule, sizeof rule, "=AND(%s$%u<=$C%s,%s$%u+6>=$B%s)", col_letters,
				 (unsigned)head + 1, row_ref, col_letters, (unsigned)head + 1, row_ref);
			lxw_conditional_format cf = { .type = LXW_CONDITIONAL_TYPE_FORMULA, .value_string = rule,
						      .format = pass == 0 ? x->bar_phase : x->bar_initiative };
			xl_check(x, worksheet_conditional_format_range(sh->ws, r1, first_week, r2,
								       (lxw_col_t)(first_week + nweeks - 1), &cf));
		}
	}
	lxw_row_t last = r - 1;
	/* Light grid behind the bars; where dates are text, the bars are the
	 * cells of the weeks a row overlaps. */
	for (lxw_row_t rr = head + 1; rr <= last && nweeks; rr++)
		for (size_t k = 0; k < nweeks; k++) {
			const struct bar *b = &bars[rr - head - 1];
			double monday = lo + 7.0 * (double)k;
			bool on = x->shown_dates && b->start >= 0 && monday <= b->end && monday + 6 >= b->start;
			xl_blank(sh, rr, (lxw_col_t)(first_week + k), on ? b->format : x->text);
		}
	free(bars);
	for (size_t k = 0; k < nweeks; k++)
		xl_check(x, worksheet_set_column(sh->ws, (lxw_col_t)(first_week + k), (lxw_col_t)(first_week + k), 3.2, NULL));
	worksheet_freeze_panes(sh->ws, head + 1, 1);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
	xl_check(x, worksheet_repeat_columns(sh->ws, 0, 0));

	/* The phases' goals under the Gantt. */
	r = last + 3;
	xl_check(x, worksheet_write_string(sh->ws, r++, 0, _("Phase goals"), x->section));
	if (!m->ngoals) {
		xl_missing(sh, r, _("No goals yet: 'crmready plan build' sets them; 'crmready goal add' adds more."));
	} else {
		/* Six columns, the Gantt's own, so the week columns stay narrow. */
		static const char *const gen[] = { N_("Goal"), N_("Phase"), N_("Target"), N_("Due"), N_("Latest"), N_("Status"), NULL };
		xl_header(sh, r++, gen);
		for (size_t p = 0; p < m->nphases; p++) {
			for (size_t i = 0; i < m->ngoals; i++) {
				const struct report_xl_goal *g = &m->goals[i];
				if (!g->phase || strcmp(g->phase, m->phases[p].id))
					continue;
				char scope[128], what[600], target[96];
				if (g->scope && *g->scope)
					snprintf(what, sizeof what, "%s%s · %s", g->parent && *g->parent ? "   " : "",
						 g->metric, xl_scope_text(x, g->scope, scope, sizeof scope));
				else
					snprintf(what, sizeof what, "%s%s", g->parent && *g->parent ? "   " : "", g->metric);
				/* fractions as percentages, as on the Goals sheet: a
				 * number with its comparison in the format, as on the
				 * Summary (the percent sign then stays by its number
				 * in right-to-left text) */
				const struct metric_def *def = metric_def_find(g->metric);
				bool pct = def && def->unit == METRIC_FRACTION;
				xl_str(sh, r, 0, what, x->text);
				xl_str(sh, r, 1, g->phase, x->text);
				if (pct) {
					char code[64];
					double whole = g->target * 100;
					snprintf(code, sizeof code, "\"%s \"%s", report_goal_op(g->op),
						 fabs(whole - round(whole)) < 1e-9 ? "0%" : "0.0%");
					xl_num(sh, r, 2, g->target, xl_num_format(x, code));
					xl_note_width(sh, 2, (double)utf8_width(report_goal_op(g->op)) + 6);
				} else {
					xl_textf(target, sizeof target, "%s %.15g", report_goal_op(g->op), g->target);
					xl_str(sh, r, 2, target, x->text);
				}
				xl_date(sh, r, 3, g->due, x->date);
				if (g->has_latest)
					xl_num(sh, r, 4, g->latest, beside_target(x, g, pct));
				else
					xl_blank(sh, r, 4, x->text);
				xl_str(sh, r, 5, goal_state_label(g->state), x->status[g->state]);
				r++;
			}
		}
	}
	sh->max_width[0] = 48;
}

void xl_goals(struct xl_sheet *sh)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	char sub[128];
	char today[XL_SHOWN_DATE_MAX];
	xl_textf(sub, sizeof sub, _("Status as of %s"), xl_shown_date(x, m->today, today));
	xl_sheet_title(sh, _("Goals and their status"), sub);
	if (!m->ngoals) {
		xl_missing(sh, 3, _("No goals yet: 'crmready plan build' sets each phase's goals; "
			   "'crmready goal add' adds more. Their status comes from the stored metrics."));
		return;
	}
	static const char *const en[] = { N_("Goal"), N_("Phase"), N_("Metric"), N_("Scope"), N_("Op"), N_("Target"), N_("Due"), N_("Latest"),
					  N_("As of"), N_("Status"), N_("Parent"), N_("Judged on"), N_("Baseline"), NULL };
	const lxw_row_t head = 3;
	int ncols = xl_header(sh, head, en);
	lxw_row_t r = head + 1;
	for (size_t i = 0; i < m->ngoals; i++)
		goal_row(sh, r++, &m->goals[i], true);
	xl_check(x, worksheet_autofilter(sh->ws, head, 0, r - 1, (lxw_col_t)(ncols - 1)));
	char tally[320];
	/* written as the subtitle is: a long line must not widen the id column */
	report_goal_tally_format(m->ngoals, m->goal_counts, x->lang, tally, sizeof tally);
	xl_check(x, worksheet_write_string(sh->ws, head - 1, 0, tally, x->subtitle));
	worksheet_freeze_panes(sh->ws, head + 1, 0);
	xl_check(x, worksheet_repeat_rows(sh->ws, head, head));
}
