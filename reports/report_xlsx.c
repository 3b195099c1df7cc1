/* The leadership workbook (SPEC §8): formats, cell helpers, the raw
 * Metrics sheet and report_xlsx_write.
 *
 * Memory: the eight report sheets are small and kept in memory (they are
 * written out of row order: charts, a Gantt header, summary blocks). The
 * Metrics sheet can hold millions of rows, so it alone is created in
 * libxlsxwriter's constant-memory mode. The library reads that mode from
 * the workbook's options when a worksheet is added, so the option is set
 * just for that one workbook_add_worksheet call; rows are then streamed
 * from SQLite in row order and flushed one by one to a temporary file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "../adoption/adoption.h"
#include "../metrics/metrics.h"
#include "xlsx_internal.h"

enum { XL_MAX_STRING = 32767 };   /* Excel's limit on a cell's characters */

void xl_check(struct xl *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && !x->failed) {
		x->failed = true;
		x->error = e;
	}
}

double xl_serial(const char *date)
{
	int y, m, d;
	if (!date || strlen(date) != 10 || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	/* Days from the civil date (proleptic Gregorian), then the offset of
	 * Excel's 1900 epoch as 1899-12-30 (which absorbs its leap-year bug
	 * for every date after February 1900). */
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	long days = era * 146097 + doe - 719468;   /* since 1970-01-01 */
	return (double)(days + 25569);
}

static void note_width(struct xl_sheet *sh, lxw_col_t c, double w)
{
	if (c < XL_MAXCOL && w > sh->width[c])
		sh->width[c] = w;
}

void xl_str(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
	if (!s)
		s = "";
	/* a name's bidi overrides and isolates would reorder its neighbours */
	char *plain = text_without_bidi(s);
	if (plain)
		s = plain;
	size_t len = strlen(s);
	char *cut = NULL;
	if (len > XL_MAX_STRING) {
		/* Keep the first XL_MAX_STRING code points. */
		size_t i = 0, cps = 0;
		while (s[i] && cps < XL_MAX_STRING) {
			i++;
			while ((s[i] & 0xC0) == 0x80)
				i++;
			cps++;
		}
		if (s[i])
			s = cut = xstrndup(s, i);
	}
	/* Multi-line text counts by its longest line. */
	double w = 0;
	if (!strchr(s, '\n')) {
		w = (double)utf8_width(s);
	} else {
		for (const char *p = s; *p;) {
			size_t n = strcspn(p, "\n");
			char *line = xstrndup(p, n);
			double lw = (double)utf8_width(line);
			free(line);
			if (lw > w)
				w = lw;
			p += n + (p[n] == '\n');
		}
	}
	note_width(sh, c, w);
	xl_check(sh->x, worksheet_write_string(sh->ws, r, c, s, f));
	free(cut);
	free(plain);
}

void xl_num(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, double v, lxw_format *f)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "%.1f", v);
	note_width(sh, c, n + 1);
	xl_check(sh->x, worksheet_write_number(sh->ws, r, c, v, f));
}

void xl_date(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *date, lxw_format *f)
{
	double serial = xl_serial(date);
	if (serial < 0) {
		xl_str(sh, r, c, date, sh->x->text);
		return;
	}
	note_width(sh, c, 10);
	xl_check(sh->x, worksheet_write_number(sh->ws, r, c, serial, f));
}

void xl_blank(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, lxw_format *f)
{
	xl_check(sh->x, worksheet_write_blank(sh->ws, r, c, f));
}

int xl_header(struct xl_sheet *sh, lxw_row_t r, const char *const *titles)
{
	int n = 0;
	for (; titles[n]; n++)
		xl_str(sh, r, (lxw_col_t)n, titles[n], sh->x->header);
	xl_check(sh->x, worksheet_set_row(sh->ws, r, 20, NULL));
	return n;
}

void xl_missing(struct xl_sheet *sh, lxw_row_t r, const char *en, const char *fa)
{
	/* The note is long prose: it must not widen column A. */
	xl_check(sh->x, worksheet_write_string(sh->ws, r, 0, xl_t(sh->x, en, fa), sh->x->missing));
}

void xl_sheet_open(struct xl *x, struct xl_sheet *sh, const char *en, const char *fa)
{
	memset(sh, 0, sizeof *sh);
	sh->x = x;
	sh->name = xl_t(x, en, fa);
	sh->ws = workbook_add_worksheet(x->wb, sh->name);
	if (!sh->ws) {
		/* Only a bug can get here (the names are fixed); stop cleanly. */
		xl_check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	if (x->lang == LANG_FA)
		worksheet_right_to_left(sh->ws);
	worksheet_set_landscape(sh->ws);
	worksheet_set_paper(sh->ws, 9);  /* A4 */
	worksheet_set_margins(sh->ws, 0.4, 0.4, 0.5, 0.5);
	worksheet_fit_to_pages(sh->ws, 1, 0);
	worksheet_center_horizontally(sh->ws);
	worksheet_hide_zero(sh->ws);
	worksheet_gridlines(sh->ws, LXW_SHOW_SCREEN_GRIDLINES);
	char footer[160];
	snprintf(footer, sizeof footer, "&L%s&R&P / &N", x->m->today ? x->m->today : "");
	xl_check(x, worksheet_set_footer(sh->ws, footer));
}

double xl_col_width(const struct xl_sheet *sh, lxw_col_t c)
{
	if (c >= XL_MAXCOL || sh->width[c] <= 0)
		return 0;
	double cap = sh->max_width[c] > 0 ? sh->max_width[c] : 60;
	double w = sh->width[c] * 1.1 + 2;
	return w > cap ? cap : w < 6 ? 6 : w;
}

double xl_wrapped_height(const char *s, double width)
{
	double lines = 0;
	for (const char *p = s ? s : ""; ; ) {
		size_t n = strcspn(p, "\n");
		char *line = xstrndup(p, n);
		double chars = (double)utf8_width(line);
		free(line);
		/* Characters per line: a width unit holds about 1.1 of them, or
		 * 0.9 of Arabic-script letters, which fonts draw wider (lead
		 * bytes 0xD8..0xDB encode U+0600..U+06FF). */
		bool arabic = false;
		for (size_t i = 0; i < n && !arabic; i++)
			arabic = (unsigned char)p[i] >= 0xD8 && (unsigned char)p[i] <= 0xDB;
		double per = width * (arabic ? 0.9 : 1.1) - 1;
		lines += chars <= per || per <= 0 ? 1 : (double)(long)((chars + per - 1) / per);
		if (!p[n])
			break;
		p += n + 1;
	}
	return 13.5 * (lines < 1 ? 1 : lines) + 3;
}

void xl_sheet_close(struct xl_sheet *sh)
{
	if (!sh->ws)
		return;
	for (lxw_col_t c = 0; c < XL_MAXCOL; c++) {
		double w = xl_col_width(sh, c);
		if (w > 0)
			xl_check(sh->x, worksheet_set_column(sh->ws, c, c, w, NULL));
	}
}

enum xl_status xl_status_of(const char *status)
{
	static const char *const names[] = { "achieved", "on track", "at risk", "missed", "no data",
					     "too early" };
	for (int i = 0; status && i < XL_NSTATUS; i++)
		if (!strcmp(status, names[i]))
			return (enum xl_status)i;
	return XL_NO_DATA;
}

const char *xl_status_text(const struct xl *x, enum xl_status s)
{
	static const enum goal_state states[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK, GOAL_MISSED,
						  GOAL_NO_DATA, GOAL_TOO_EARLY };
	return goal_state_label(states[s], x->lang);
}

const char *xl_goal_tally(const struct xl *x, char *buf, size_t n)
{
	const size_t *c = x->m->goal_counts;
	if (x->lang == LANG_FA)
		snprintf(buf, n, "%zu هدف: %zu محقق شد، %zu در مسیر، %zu در معرض خطر، %zu از دست رفت، "
			 "%zu هنوز زود است، %zu بدون داده", x->m->ngoals, c[GOAL_ACHIEVED],
			 c[GOAL_ON_TRACK], c[GOAL_AT_RISK], c[GOAL_MISSED], c[GOAL_TOO_EARLY],
			 c[GOAL_NO_DATA]);
	else
		snprintf(buf, n, "%zu goal%s: %zu achieved, %zu on track, %zu at risk, %zu missed, "
			 "%zu too early, %zu no data", x->m->ngoals, x->m->ngoals == 1 ? "" : "s",
			 c[GOAL_ACHIEVED], c[GOAL_ON_TRACK], c[GOAL_AT_RISK], c[GOAL_MISSED],
			 c[GOAL_TOO_EARLY], c[GOAL_NO_DATA]);
	return buf;
}

enum xl_severity xl_severity_of(const char *severity)
{
	static const char *const names[] = { "info", "low", "medium", "high", "critical" };
	for (int i = 0; severity && i < XL_NSEVERITY; i++)
		if (!strcmp(severity, names[i]))
			return (enum xl_severity)i;
	return XL_INFO;
}

const char *xl_severity_text(const struct xl *x, enum xl_severity s)
{
	static const char *const en[] = { "info", "low", "medium", "high", "critical" };
	static const char *const fa[] = { "اطلاع", "کم", "متوسط", "زیاد", "بحرانی" };
	return x->lang == LANG_FA ? fa[s] : en[s];
}

const char *xl_scope_text(const struct xl *x, const char *scope, char *buf, size_t n)
{
	if (!scope || !*scope)
		return xl_t(x, "organisation", "کل سازمان");
	if (!strcmp(scope, "department=" ADOPTION_NO_DEPARTMENT))
		return xl_t(x, ADOPTION_NO_DEPARTMENT, "(بدون واحد)");
	if (!strncmp(scope, "department=", 11))
		return scope + 11;
	if (!strncmp(scope, "wave=", 5)) {
		snprintf(buf, n, "%s %s", xl_t(x, "wave", "موج"), scope + 5);
		return buf;
	}
	if (!strncmp(scope, "entity=", 7))
		return scope + 7;
	return scope;
}

lxw_chart *xl_chart(struct xl *x, uint8_t type, const char *title)
{
	lxw_chart *chart = workbook_add_chart(x->wb, type);
	if (!chart) {
		xl_check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return NULL;
	}
	lxw_chart_font title_font = { .name = (char *)x->font, .size = 12, .bold = 1 };
	lxw_chart_font legend_font = { .name = (char *)x->font, .size = 9 };
	chart_title_set_name(chart, title);
	chart_title_set_name_font(chart, &title_font);
	chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
	chart_legend_set_font(chart, &legend_font);
	return chart;
}

void xl_chart_axis_font(struct xl *x, lxw_chart_axis *axis)
{
	lxw_chart_font font = { .name = (char *)x->font, .size = 9 };
	chart_axis_set_num_font(axis, &font);
	chart_axis_set_name_font(axis, &font);
}

/* ---- formats ---- */

static lxw_format *base(struct xl *x, double size)
{
	lxw_format *f = workbook_add_format(x->wb);
	format_set_font_name(f, x->font);
	format_set_font_size(f, size);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	if (x->lang == LANG_FA)
		format_set_reading_order(f, 2);
	return f;
}

static lxw_format *cell(struct xl *x, const char *num_format)
{
	lxw_format *f = base(x, 10);
	format_set_border(f, LXW_BORDER_THIN);
	format_set_border_color(f, 0xBFBFBF);
	if (num_format)
		format_set_num_format(f, num_format);
	return f;
}

lxw_format *xl_num_format(struct xl *x, const char *code)
{
	size_t n = x->nnum_formats, max = sizeof x->num_formats / sizeof *x->num_formats;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(x->num_formats[i].code, code))
			return x->num_formats[i].f;
	if (n == max || strlen(code) >= sizeof x->num_formats[0].code)
		return x->num;
	snprintf(x->num_formats[n].code, sizeof x->num_formats[n].code, "%s", code);
	x->num_formats[n].f = cell(x, code);
	x->nnum_formats++;
	return x->num_formats[n].f;
}

static lxw_format *filled(struct xl *x, lxw_color_t bg, lxw_color_t fg, bool bold)
{
	lxw_format *f = cell(x, NULL);
	format_set_bg_color(f, bg);
	format_set_font_color(f, fg);
	format_set_align(f, LXW_ALIGN_CENTER);
	if (bold)
		format_set_bold(f);
	return f;
}

static void make_formats(struct xl *x)
{
	x->title = base(x, 18);
	format_set_bold(x->title);
	format_set_font_color(x->title, 0x1F3864);
	x->subtitle = base(x, 10);
	format_set_font_color(x->subtitle, 0x595959);
	x->section = base(x, 12);
	format_set_bold(x->section);
	format_set_font_color(x->section, 0x1F4E79);
	format_set_bottom(x->section, LXW_BORDER_MEDIUM);
	format_set_bottom_color(x->section, 0x1F4E79);
	x->header = cell(x, NULL);
	format_set_bold(x->header);
	format_set_bg_color(x->header, 0x1F4E79);
	format_set_font_color(x->header, 0xFFFFFF);
	format_set_text_wrap(x->header);
	x->text = cell(x, NULL);
	x->wrap = cell(x, NULL);
	/* Centred like every other cell: a wrapped row's height is an estimate,
	 * and the row's cells then share one middle line. */
	format_set_text_wrap(x->wrap);
	x->bold = cell(x, NULL);
	format_set_bold(x->bold);
	format_set_bg_color(x->bold, 0xDDEBF7);
	x->muted = cell(x, NULL);
	format_set_font_color(x->muted, 0x808080);
	format_set_italic(x->muted);
	x->num = cell(x, "General");
	x->num1 = cell(x, "0.0");
	x->integer = cell(x, "#,##0");
	x->integer_bold = cell(x, "#,##0");
	format_set_bold(x->integer_bold);
	format_set_bg_color(x->integer_bold, 0xDDEBF7);
	x->pct = cell(x, "0.0%");
	x->date = cell(x, "yyyy-mm-dd");
	x->label = base(x, 10);
	format_set_bold(x->label);
	format_set_font_color(x->label, 0x404040);
	x->big = base(x, 26);
	format_set_bold(x->big);
	format_set_num_format(x->big, "0.0");
	format_set_font_color(x->big, 0x1F3864);
	format_set_align(x->big, LXW_ALIGN_CENTER);
	x->big_pct = base(x, 16);
	format_set_bold(x->big_pct);
	format_set_num_format(x->big_pct, "0.0%");
	format_set_font_color(x->big_pct, 0x1F3864);
	format_set_align(x->big_pct, LXW_ALIGN_CENTER);
	x->week = cell(x, "d mmm");
	format_set_rotation(x->week, 90);
	format_set_font_size(x->week, 8);
	format_set_bg_color(x->week, 0xDDEBF7);
	format_set_align(x->week, LXW_ALIGN_CENTER);
	x->missing = base(x, 11);
	format_set_italic(x->missing);
	format_set_font_color(x->missing, 0x9C5700);

	x->status[XL_ACHIEVED] = filled(x, 0xC6EFCE, 0x006100, true);
	x->status[XL_ON_TRACK] = filled(x, 0xE2EFDA, 0x375623, false);
	x->status[XL_AT_RISK] = filled(x, 0xFFEB9C, 0x9C5700, true);
	x->status[XL_MISSED] = filled(x, 0xFFC7CE, 0x9C0006, true);
	x->status[XL_NO_DATA] = filled(x, 0xEDEDED, 0x595959, false);
	x->status[XL_TOO_EARLY] = filled(x, 0xDDEBF7, 0x1F4E78, false);
	x->severity[XL_INFO] = filled(x, 0xEDEDED, 0x404040, false);
	x->severity[XL_LOW] = filled(x, 0xE2EFDA, 0x375623, false);
	x->severity[XL_MEDIUM] = filled(x, 0xFFEB9C, 0x9C5700, false);
	x->severity[XL_HIGH] = filled(x, 0xFFC7CE, 0x9C0006, true);
	x->severity[XL_CRITICAL] = filled(x, 0xC00000, 0xFFFFFF, true);

	x->bar_phase = workbook_add_format(x->wb);
	format_set_bg_color(x->bar_phase, 0x1F4E79);
	format_set_font_color(x->bar_phase, 0x1F4E79);
	x->bar_initiative = workbook_add_format(x->wb);
	format_set_bg_color(x->bar_initiative, 0x5B9BD5);
	format_set_font_color(x->bar_initiative, 0x5B9BD5);
}

/* ---- the raw Metrics sheet, streamed ---- */

struct metrics_stream {
	struct xl_sheet *sh;
	const char *from, *to;
	lxw_row_t row;
	char last_date[11];           /* dates repeat: their serial is cached */
	double last_serial;
	void (*progress)(long rows, void *arg);
	void *progress_arg;
	struct metric_privacy privacy;  /* small groups' figures: "fewer than N" (anonymity) */
	char fewer[48];
};

/* Code points of s: the raw sheet's widths, without the per-character
 * property look-ups of utf8_width (this runs for millions of cells). */
static double cheap_width(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return (double)n;
}

static void raw_str(struct metrics_stream *ms, lxw_col_t c, const char *s)
{
	if (strlen(s) > XL_MAX_STRING / 4 || strchr(s, '\n') || strstr(s, "\xe2\x80") ||
	    strstr(s, "\xe2\x81")) {
		xl_str(ms->sh, ms->row, c, s, ms->sh->x->text);   /* rare: the careful path (long, multi-line, or a possible bidi control) */
		return;
	}
	note_width(ms->sh, c, cheap_width(s));
	xl_check(ms->sh->x, worksheet_write_string(ms->sh->ws, ms->row, c, s, ms->sh->x->text));
}

static bool write_metric_row(const struct store_metric *m, void *arg)
{
	struct metrics_stream *ms = arg;
	if ((ms->from && strcmp(m->date, ms->from) < 0) || (ms->to && strcmp(m->date, ms->to) > 0))
		return true;
	if (ms->row >= LXW_ROW_MAX - 1) {
		xl_check(ms->sh->x, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE);
		return false;
	}
	struct xl *x = ms->sh->x;
	lxw_row_t r = ++ms->row;
	raw_str(ms, 0, m->name);
	raw_str(ms, 1, m->scope);
	if (strcmp(m->date, ms->last_date)) {
		snprintf(ms->last_date, sizeof ms->last_date, "%s", m->date);
		ms->last_serial = xl_serial(m->date);
	}
	if (ms->last_serial >= 0)
		xl_check(x, worksheet_write_number(ms->sh->ws, r, 2, ms->last_serial, x->date));
	else
		raw_str(ms, 2, m->date);
	if (metric_privacy_hidden(&ms->privacy, m->name, m->scope, m->date))
		raw_str(ms, 3, ms->fewer);
	else
		xl_check(x, worksheet_write_number(ms->sh->ws, r, 3, m->value, x->num));
	raw_str(ms, 4, m->source);
	if (ms->progress && r % 100000 == 0)
		ms->progress((long)r, ms->progress_arg);
	return !x->failed;
}

static bool metrics_sheet(struct xl *x, struct store *st, void (*progress)(long, void *),
			  void *progress_arg, struct diag *d)
{
	struct xl_sheet sh;
	x->wb->options.constant_memory = LXW_TRUE;
	xl_sheet_open(x, &sh, "Metrics", "شاخص‌ها");
	x->wb->options.constant_memory = LXW_FALSE;
	if (!sh.ws)
		return true;
	static const char *const en[] = { "Name", "Scope", "Date", "Value", "Source", NULL };
	static const char *const fa[] = { "نام", "دامنه", "تاریخ", "مقدار", "منبع", NULL };
	xl_header(&sh, 0, x->lang == LANG_FA ? fa : en);
	struct metrics_stream ms = { .sh = &sh, .from = x->m->from, .to = x->m->to,
				     .progress = progress, .progress_arg = progress_arg };
	bool ok = metric_privacy_load(st, NULL, &ms.privacy, d);
	snprintf(ms.fewer, sizeof ms.fewer, x->lang == LANG_FA ? "کمتر از %ld" : "fewer than %ld",
		 ms.privacy.min_group);
	ok = ok && store_metric_each(st, "*", NULL, write_metric_row, &ms, d);
	metric_privacy_release(&ms.privacy);
	if (ms.row == 0)
		xl_missing(&sh, 1, "No metric values stored yet: 'crmready adoption import', "
			   "'crmready dq scan' and 'crmready metric record' add them.",
			   "هنوز مقداری ثبت نشده است: با 'crmready adoption import'، "
			   "'crmready dq scan' و 'crmready metric record' اضافه کنید.");
	else
		xl_check(x, worksheet_autofilter(sh.ws, 0, 0, ms.row, 4));
	worksheet_freeze_panes(sh.ws, 1, 0);
	xl_check(x, worksheet_repeat_rows(sh.ws, 0, 0));
	sh.width[2] = 10;
	sh.width[3] = 12;
	sh.max_width[0] = 40;
	sh.max_width[1] = 40;
	sh.max_width[4] = 40;
	xl_sheet_close(&sh);
	return ok;
}

/* ---- the workbook ---- */

bool report_xlsx_write(const struct report_workbook *w, struct store *st,
		       const char *path, void (*progress)(long rows, void *arg),
		       void *progress_arg, struct diag *d)
{
	struct xl x;
	memset(&x, 0, sizeof x);
	x.m = w;
	x.lang = w->lang;
	/* Calibri is Excel's default; Persian needs a font with Arabic script
	 * that Windows, macOS and (through fontconfig) LibreOffice all have. */
	x.font = w->lang == LANG_FA ? "Tahoma" : "Calibri";
	lxw_workbook_options opts = { .constant_memory = LXW_FALSE, .tmpdir = NULL, .use_zip64 = LXW_TRUE };
	x.wb = workbook_new_opt(path, &opts);
	if (!x.wb) {
		diag_fail(d, EXIT_CANTCREAT, "%s: cannot create the workbook", path);
		return false;
	}
	lxw_doc_properties props = {
		.title = (char *)xl_t(&x, "CRM readiness: leadership workbook", "آمادگی CRM: کارپوشه مدیران"),
		.subject = (char *)xl_t(&x, "CRM rollout readiness, plan, goals, adoption and data quality",
					"آمادگی، برنامه، اهداف، پذیرش و کیفیت داده در استقرار CRM"),
		.author = "crmready",
	};
	xl_check(&x, workbook_set_properties(x.wb, &props));
	make_formats(&x);

	xl_summary(&x);
	xl_readiness(&x);
	xl_gaps(&x);
	xl_findings(&x);
	xl_more_readiness(&x);
	xl_open_answers(&x);
	xl_plan(&x);
	xl_goals(&x);
	xl_adoption(&x);
	xl_data_quality(&x);
	bool ok = !x.failed && metrics_sheet(&x, st, progress, progress_arg, d);

	lxw_error e = workbook_close(x.wb);
	if (!ok && !x.failed)
		return false;     /* the store's error is in d */
	if (x.failed) {
		diag_fail(d, EXIT_SOFTWARE, "%s: writing the workbook failed: %s", path, lxw_strerror(x.error));
		return false;
	}
	if (e != LXW_NO_ERROR) {
		int code = e == LXW_ERROR_CREATING_XLSX_FILE || e == LXW_ERROR_CREATING_TMPFILE
			? EXIT_CANTCREAT : EXIT_IOERR;
		diag_fail(d, code, "%s: writing the workbook failed: %s", path, lxw_strerror(e));
		return false;
	}
	return true;
}
