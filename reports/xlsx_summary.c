/* The Summary sheet: one printed page for an executive — readiness index
 * and level, the top findings, the plan at a glance, goal status and the
 * latest adoption and data-quality figures. The layout is a fixed grid of
 * eight columns so that it fits the page; long text wraps. */
#include <stdio.h>
#include <string.h>

#include "../core/text.h"
#include "xlsx_internal.h"

enum { S_COLS = 8, TOP_FINDINGS = 5, TOP_GOALS = 8, TOP_DQ = 4 };

static const double col_width[S_COLS] = { 16, 34, 13, 13, 13, 13, 13, 15 };

static lxw_row_t section(struct xl_sheet *sh, lxw_row_t r, const char *en, const char *fa)
{
	struct xl *x = sh->x;
	xl_check(x, worksheet_merge_range(sh->ws, r, 0, r, S_COLS - 1, xl_t(x, en, fa), x->section));
	xl_check(x, worksheet_set_row(sh->ws, r, 20, NULL));
	return r + 1;
}

static lxw_row_t readiness(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, "Readiness", "آمادگی");
	if (!m->has_assessment) {
		xl_missing(sh, r, "No assessment yet: import survey answers ('crmready survey import') "
			   "and run 'crmready assess'.",
			   "هنوز ارزیابی انجام نشده است: پاسخ‌ها را وارد کنید ('crmready survey import') "
			   "و 'crmready assess' را اجرا کنید.");
		return r + 2;
	}
	xl_str(sh, r, 0, xl_t(x, "Readiness index", "شاخص آمادگی"), x->label);
	if (m->has_index)
		xl_check(x, worksheet_write_number(sh->ws, r, 1, m->index, x->big));
	else
		xl_str(sh, r, 1, xl_t(x, "no data", "بدون داده"), x->muted);
	xl_str(sh, r, 2, xl_t(x, "Level", "سطح"), x->label);
	xl_check(x, worksheet_merge_range(sh->ws, r, 3, r, 4, m->level ? m->level : "", x->section));
	xl_str(sh, r, 5, xl_t(x, "Respondents", "پاسخ‌دهندگان"), x->label);
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
		xl_str(sh, r, 0, xl_t(x, "Weakest", "ضعیف‌ترین"), x->label);
		for (int k = 0; k < 3 && low[k]; k++) {
			char buf[256];
			snprintf(buf, sizeof buf, "%s: %.1f", low[k]->title, low[k]->score);
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
	r = section(sh, r, "Top findings", "مهم‌ترین یافته‌ها");
	size_t fired = 0;
	for (size_t i = 0; i < m->nfindings; i++)
		fired += m->findings[i].evaluated;
	if (!m->has_findings || !fired) {
		if (!m->has_findings)
			xl_missing(sh, r, "No findings yet: run 'crmready findings' after the assessment.",
				   "هنوز یافته‌ای نیست: پس از ارزیابی 'crmready findings' را اجرا کنید.");
		else
			xl_missing(sh, r, "No rule fired: no finding to report.",
				   "هیچ قاعده‌ای فعال نشد: یافته‌ای برای گزارش نیست.");
		return r + 2;
	}
	static const char *const en[] = { "Severity", "Finding", "Recommendation", NULL };
	static const char *const fa[] = { "شدت", "یافته", "توصیه", NULL };
	const char *const *h = x->lang == LANG_FA ? fa : en;
	xl_str(sh, r, 0, h[0], x->header);
	xl_str(sh, r, 1, h[1], x->header);
	xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1, h[2], x->header));
	r++;
	size_t shown = 0;
	for (size_t i = 0; i < m->nfindings && shown < TOP_FINDINGS; i++) {
		const struct report_xl_finding *f = &m->findings[i];
		if (!f->evaluated)
			continue;
		enum xl_severity s = xl_severity_of(f->severity);
		xl_str(sh, r, 0, xl_severity_text(x, s), x->severity[s]);
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
		snprintf(buf, sizeof buf, xl_t(x, "+ %zu more on the Findings sheet", "+ %zu مورد دیگر در برگه یافته‌ها"),
			 fired - shown);
		xl_str(sh, r++, 1, buf, x->subtitle);
	}
	return r + 1;
}

static lxw_row_t plan(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, "Plan at a glance", "برنامه در یک نگاه");
	if (!m->has_plan || !m->nphases) {
		xl_missing(sh, r, "No rollout plan yet: run 'crmready plan build'.",
			   "هنوز برنامه استقرار ساخته نشده است: 'crmready plan build' را اجرا کنید.");
		return r + 2;
	}
	static const char *const en[] = { "Phase", "Title", "Start", "End", "Initiatives",
					  "Effort (pw)", "Capacity (pw)", "Capacity used", NULL };
	static const char *const fa[] = { "مرحله", "عنوان", "شروع", "پایان", "اقدامات",
					  "تلاش (نفر-هفته)", "ظرفیت (نفر-هفته)", "ظرفیت مصرف‌شده", NULL };
	xl_header(sh, r++, x->lang == LANG_FA ? fa : en);
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
		if (p->capacity > 0)
			xl_num(sh, r, 7, p->load / p->capacity, x->pct);
		else
			xl_blank(sh, r, 7, x->text);
		r++;
	}
	return r + 1;
}

static lxw_row_t goals(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, "Goal status", "وضعیت اهداف");
	if (!m->ngoals) {
		xl_missing(sh, r, "No goals yet: 'crmready plan build' sets the phase goals; "
			   "'crmready goal add' adds more.",
			   "هنوز هدفی تعریف نشده است: 'crmready plan build' اهداف مراحل را می‌سازد؛ "
			   "'crmready goal add' هدف اضافه می‌کند.");
		return r + 2;
	}
	static const char *const en[] = { "Phase", "Goal", "Scope", "Target", "Latest", "Due", "As of", "Status", NULL };
	static const char *const fa[] = { "مرحله", "هدف", "دامنه", "مقدار هدف", "آخرین مقدار", "موعد", "تاریخ مقدار", "وضعیت", NULL };
	xl_header(sh, r++, x->lang == LANG_FA ? fa : en);
	size_t shown = 0;
	/* Worst first: the page has room for a few, and those need attention. */
	static const enum xl_status order[] = { XL_MISSED, XL_AT_RISK, XL_NO_DATA, XL_ON_TRACK, XL_ACHIEVED };
	for (int o = 0; o < XL_NSTATUS; o++) {
		for (size_t i = 0; i < m->ngoals && shown < TOP_GOALS; i++) {
			const struct report_xl_goal *g = &m->goals[i];
			enum xl_status s = xl_status_of(g->status);
			if (s != order[o] || (g->parent && *g->parent))
				continue;
			char scope[128], target[96];
			xl_str(sh, r, 0, g->phase, x->text);
			xl_str(sh, r, 1, g->metric, x->text);
			xl_str(sh, r, 2, xl_scope_text(x, g->scope, scope, sizeof scope), x->text);
			snprintf(target, sizeof target, "%s %.15g", g->op ? g->op : "", g->target);
			xl_str(sh, r, 3, target, x->text);
			if (g->has_latest)
				xl_num(sh, r, 4, g->latest, x->num);
			else
				xl_blank(sh, r, 4, x->text);
			xl_date(sh, r, 5, g->due, x->date);
			if (g->has_latest && g->latest_date)
				xl_date(sh, r, 6, g->latest_date, x->date);
			else
				xl_blank(sh, r, 6, x->text);
			xl_str(sh, r, 7, xl_status_text(x, s), x->status[s]);
			r++;
			shown++;
		}
	}
	size_t top = 0;
	for (size_t i = 0; i < m->ngoals; i++)
		top += !(m->goals[i].parent && *m->goals[i].parent);
	if (top > shown) {
		char buf[160];
		snprintf(buf, sizeof buf, xl_t(x, "+ %zu more on the Goals sheet", "+ %zu مورد دیگر در برگه اهداف"),
			 top - shown);
		xl_str(sh, r++, 1, buf, x->subtitle);
	}
	return r + 1;
}

static lxw_row_t adoption(struct xl_sheet *sh, lxw_row_t r)
{
	struct xl *x = sh->x;
	const struct report_workbook *m = x->m;
	r = section(sh, r, "Adoption and data quality (latest)", "پذیرش و کیفیت داده (آخرین وضعیت)");
	/* The last complete week; the week in progress is only named. */
	const struct report_xl_week *partial;
	const struct report_xl_week *last = report_workbook_adoption_week(m, &partial);
	if (!last) {
		xl_missing(sh, r++, "No adoption figures yet: 'crmready roster import' and "
			   "'crmready adoption import' compute them.",
			   "هنوز آماری از پذیرش نیست: 'crmready roster import' و "
			   "'crmready adoption import' آن را محاسبه می‌کنند.");
	} else {
		xl_str(sh, r, 0, xl_t(x, "Active users", "کاربران فعال"), x->label);
		xl_check(x, worksheet_write_number(sh->ws, r, 1, last->rate, x->big_pct));
		char buf[400];
		int n;
		if (last->has_active && last->has_licensed)
			n = snprintf(buf, sizeof buf, xl_t(x, "%.0f of %.0f licensed users, week of %s",
							  "%.0f از %.0f کاربر دارای مجوز، هفته %s"),
				     last->active, last->licensed, last->date);
		else
			n = snprintf(buf, sizeof buf, xl_t(x, "week of %s", "هفته %s"), last->date);
		if (n > 0 && (size_t)n < sizeof buf && last->in_progress)
			snprintf(buf + n, sizeof buf - (size_t)n, " %s",
				 xl_t(x, "(in progress: no week is complete yet)",
				      "(هفته‌ی ناتمام: هنوز هیچ هفته‌ای کامل نیست)"));
		else if (n > 0 && (size_t)n < sizeof buf && m->logs_reach)
			snprintf(buf + n, sizeof buf - (size_t)n, " %s",
				 xl_t(x, "(the last complete week)", "(آخرین هفته‌ی کامل)"));
		xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1, buf, x->subtitle));
		xl_check(x, worksheet_set_row(sh->ws, r, 24, NULL));
		r++;
		/* The week in progress on a line of its own, named, not judged. */
		if (partial && !last->in_progress) {
			snprintf(buf, sizeof buf,
				 xl_t(x, "The week of %s is in progress: %.1f%% so far (logs reach %s UTC).",
				      "هفته‌ی %s ناتمام است: تاکنون %.1f%% (گزارش‌ها تا %s UTC)."),
				 partial->date, partial->rate * 100, m->logs_reach ? m->logs_reach : "-");
			xl_check(x, worksheet_merge_range(sh->ws, r, 2, r, S_COLS - 1, buf, x->subtitle));
			r++;
		}
	}
	r++;
	if (!m->ndq) {
		xl_missing(sh, r, "No data-quality scan yet: run 'crmready dq scan' on a CRM export.",
			   "هنوز پایش کیفیت داده انجام نشده است: 'crmready dq scan' را روی خروجی CRM اجرا کنید.");
		return r + 2;
	}
	static const char *const en[] = { "Entity", "Scanned", "Score", "Completeness", "Duplicates", "Freshness", NULL };
	static const char *const fa[] = { "موجودیت", "تاریخ پایش", "امتیاز", "کامل بودن", "تکراری‌ها", "به‌روز بودن", NULL };
	xl_header(sh, r++, x->lang == LANG_FA ? fa : en);
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
			if (p->has[k])
				xl_num(sh, r, (lxw_col_t)(2 + k), p->value[k], f);
			else
				xl_blank(sh, r, (lxw_col_t)(2 + k), x->text);
		}
		r++;
		shown++;
	}
	return r + 1;
}

void xl_summary(struct xl *x)
{
	struct xl_sheet sh;
	xl_sheet_open(x, &sh, "Summary", "خلاصه");
	if (!sh.ws)
		return;
	const struct report_workbook *m = x->m;
	xl_check(x, worksheet_merge_range(sh.ws, 0, 0, 0, S_COLS - 1,
					  xl_t(x, "CRM readiness: leadership summary", "آمادگی CRM: خلاصه برای مدیران"),
					  x->title));
	xl_check(x, worksheet_set_row(sh.ws, 0, 30, NULL));
	char sub[512];
	int n = snprintf(sub, sizeof sub, "%s %s", xl_t(x, "Exported", "تهیه شده در"), m->today ? m->today : "");
	if (m->questionnaire && n > 0 && (size_t)n < sizeof sub)
		n += snprintf(sub + n, sizeof sub - (size_t)n, " · %s", m->questionnaire);
	if ((m->from || m->to) && n > 0 && (size_t)n < sizeof sub)
		snprintf(sub + n, sizeof sub - (size_t)n, " · %s %s %s %s",
			 xl_t(x, "trends from", "روندها از"), m->from ? m->from : "…",
			 xl_t(x, "to", "تا"), m->to ? m->to : "…");
	xl_check(x, worksheet_merge_range(sh.ws, 1, 0, 1, S_COLS - 1, sub, x->subtitle));

	lxw_row_t r = 3;
	r = readiness(&sh, r);
	r = findings(&sh, r);
	r = plan(&sh, r);
	r = goals(&sh, r);
	r = adoption(&sh, r);

	/* A dashboard: fixed widths that fill one landscape page. */
	for (lxw_col_t c = 0; c < S_COLS; c++)
		xl_check(x, worksheet_set_column(sh.ws, c, c, col_width[c], NULL));
	worksheet_fit_to_pages(sh.ws, 1, 1);
	xl_check(x, worksheet_print_area(sh.ws, 0, 0, r, S_COLS - 1));
	worksheet_activate(sh.ws);
}
