/* The leadership workbook's cells: formats, the cell writers that record
 * each column's widest content, sheet setup and the labels the sheets
 * share. Every sheet writes through these (xlsx_cell.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../adoption/adoption.h"
#include "xlsx_cell.h"

void xl_check(struct xl *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && !x->failed) {
		x->failed = true;
		x->error = e;
	}
}

double xl_serial(const char *date)
{
	int64_t day;
	if (!date || timex_parse_date(date, strlen(date), &day) != TIMEX_OK)
		return -1;
	/* Excel's 1900 epoch counted as 1899-12-30, which absorbs its
	 * leap-year bug for every date after February 1900. */
	return (double)(day - timex_days_from_civil(1899, 12, 30));
}

void xl_note_width(struct xl_sheet *sh, lxw_col_t c, double w)
{
	if (c < XL_MAXCOL && w > sh->width[c])
		sh->width[c] = w;
}

char *xl_without_controls(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	for (; *p; p++)
		if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') || *p == 0x7F ||
		    (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			break;
	if (!*p)
		return NULL;
	/* as the terminal shows it: sequences and controls removed, line
	 * breaks kept */
	return text_sanitize_lines(s);
}

void xl_str(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
	if (!s)
		s = "";
	/* a name's bidi overrides and isolates would reorder its neighbours;
	 * its controls would break the charts naming the cell */
	char *plain = xl_without_controls(s);
	if (!plain)
		plain = text_without_bidi(s);
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
	xl_note_width(sh, c, w);
	xl_check(sh->x, worksheet_write_string(sh->ws, r, c, s, f));
	free(cut);
	free(plain);
}

void xl_num(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, double v, lxw_format *f)
{
	char buf[64];
	int n = snprintf(buf, sizeof buf, "%.1f", v);
	xl_note_width(sh, c, n + 1);
	xl_check(sh->x, worksheet_write_number(sh->ws, r, c, v, f));
}

int xl_textf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = tvfmt(fmt, ap);
	va_end(ap);
	int len = (int)strlen(s);
	snprintf(buf, n, "%s", s);
	free(s);
	return len;
}

const char *xl_shown_date(const struct xl *x, const char *date, char out[XL_SHOWN_DATE_MAX])
{
	char shown[TIMEX_SHOW_MAX];
	timex_show(date ? date : "", shown);
	snprintf(out, XL_SHOWN_DATE_MAX, "%s%s", x->rtl && *shown ? "\xe2\x80\x8e" : "", shown);
	return out;
}

const char *xl_day_month_format(const struct xl *x)
{
	return x->lang == LANG_EN ? "d mmm" : "dd/mm";
}

void xl_date(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *date, lxw_format *f)
{
	double serial = xl_serial(date);
	if (serial >= 0 && sh->x->shown_dates) {
		char shown[XL_SHOWN_DATE_MAX];
		xl_str(sh, r, c, xl_shown_date(sh->x, date, shown), sh->x->text);
		return;
	}
	if (serial < 0) {
		xl_str(sh, r, c, date, sh->x->text);
		return;
	}
	xl_note_width(sh, c, 10);
	xl_check(sh->x, worksheet_write_number(sh->ws, r, c, serial, f));
}

void xl_blank(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, lxw_format *f)
{
	xl_check(sh->x, worksheet_write_blank(sh->ws, r, c, f));
}

void xl_num_or_blank(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, bool has, double v, lxw_format *f)
{
	if (has)
		xl_num(sh, r, c, v, f);
	else
		xl_blank(sh, r, c, sh->x->text);
}

int xl_header_at(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *const *titles)
{
	int n = 0;
	for (; titles[n]; n++)
		xl_str(sh, r, (lxw_col_t)(c + n), _(titles[n]), sh->x->header);
	return n;
}

int xl_header(struct xl_sheet *sh, lxw_row_t r, const char *const *titles)
{
	int n = xl_header_at(sh, r, 0, titles);
	xl_check(sh->x, worksheet_set_row(sh->ws, r, 20, NULL));
	return n;
}

void xl_missing(struct xl_sheet *sh, lxw_row_t r, const char *note)
{
	/* The note is long prose: it must not widen column A. */
	xl_check(sh->x, worksheet_write_string(sh->ws, r, 0, note, sh->x->missing));
}

bool xl_sheet_open(struct xl *x, struct xl_sheet *sh, const char *name)
{
	memset(sh, 0, sizeof *sh);
	sh->x = x;
	sh->name = name;
	sh->ws = workbook_add_worksheet(x->wb, sh->name);
	if (!sh->ws) {
		/* Only a bug can get here (the names are fixed); stop cleanly. */
		xl_check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return false;
	}
	if (x->rtl)
		worksheet_right_to_left(sh->ws);
	worksheet_set_landscape(sh->ws);
	worksheet_set_paper(sh->ws, 9);  /* A4 */
	worksheet_set_margins(sh->ws, 0.4, 0.4, 0.5, 0.5);
	worksheet_fit_to_pages(sh->ws, 1, 0);
	worksheet_center_horizontally(sh->ws);
	worksheet_hide_zero(sh->ws);
	worksheet_gridlines(sh->ws, LXW_SHOW_SCREEN_GRIDLINES);
	char footer[160], today[XL_SHOWN_DATE_MAX];
	snprintf(footer, sizeof footer, "&L%s&R&P / &N", xl_shown_date(x, x->m->today, today));
	xl_check(x, worksheet_set_footer(sh->ws, footer));
	return true;
}

void xl_sheet_title(struct xl_sheet *sh, const char *title, const char *sub)
{
	struct xl *x = sh->x;
	xl_check(x, worksheet_write_string(sh->ws, 0, 0, title, x->title));
	xl_check(x, worksheet_set_row(sh->ws, 0, 28, NULL));
	if (sub)
		xl_check(x, worksheet_write_string(sh->ws, 1, 0, sub, x->subtitle));
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
	if (!sh->ws || sh->fixed_widths)
		return;
	for (lxw_col_t c = 0; c < XL_MAXCOL; c++) {
		double w = xl_col_width(sh, c);
		if (w > 0)
			xl_check(sh->x, worksheet_set_column(sh->ws, c, c, w, NULL));
	}
}

const char *xl_scope_text(const struct xl *x, const char *scope, char *buf, size_t n)
{
	return report_scope_text(scope, buf, n);
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
	if (x->rtl)
		format_set_reading_order(f, 2);
	return f;
}

const char *xl_code(const struct xl *x, const char *code, char out[80])
{
	/* TRANSLATORS: the spreadsheet locale whose native digits numbers are
	   shown in, as an Excel number-format prefix: "[$-2000429]" for
	   Persian, "[$-2000401]" for Arabic ("2" = native digits, then the
	   Windows locale id in hex); leave "none" for Latin digits. */
	const char *prefix = trc("spreadsheet locale", "none");
	if (x->lang == LANG_EN || !i18n_native_digits() || prefix[0] != '[')
		return code;
	snprintf(out, 80, "%s%s", prefix, code);
	return out;
}

static void set_code(struct xl *x, lxw_format *f, const char *code)
{
	char buf[80];
	format_set_num_format(f, xl_code(x, code, buf));
}

static lxw_format *cell(struct xl *x, const char *num_format)
{
	lxw_format *f = base(x, 10);
	format_set_border(f, LXW_BORDER_THIN);
	format_set_border_color(f, 0xBFBFBF);
	if (num_format)
		set_code(x, f, num_format);
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

void xl_formats_make(struct xl *x)
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
	set_code(x, x->big, "0.0");
	format_set_font_color(x->big, 0x1F3864);
	format_set_align(x->big, LXW_ALIGN_CENTER);
	x->big_pct = base(x, 16);
	format_set_bold(x->big_pct);
	set_code(x, x->big_pct, "0.0%");
	format_set_font_color(x->big_pct, 0x1F3864);
	format_set_align(x->big_pct, LXW_ALIGN_CENTER);
	x->week = cell(x, xl_day_month_format(x));
	format_set_rotation(x->week, 90);
	format_set_font_size(x->week, 8);
	format_set_bg_color(x->week, 0xDDEBF7);
	format_set_align(x->week, LXW_ALIGN_CENTER);
	x->missing = base(x, 11);
	format_set_italic(x->missing);
	format_set_font_color(x->missing, 0x9C5700);

	x->status[GOAL_ACHIEVED] = filled(x, 0xC6EFCE, 0x006100, true);
	x->status[GOAL_ON_TRACK] = filled(x, 0xE2EFDA, 0x375623, false);
	x->status[GOAL_AT_RISK] = filled(x, 0xFFEB9C, 0x9C5700, true);
	x->status[GOAL_MISSED] = filled(x, 0xFFC7CE, 0x9C0006, true);
	x->status[GOAL_NO_DATA] = filled(x, 0xEDEDED, 0x595959, false);
	x->status[GOAL_TOO_EARLY] = filled(x, 0xDDEBF7, 0x1F4E78, false);
	x->severity[SEVERITY_INFO] = filled(x, 0xEDEDED, 0x404040, false);
	x->severity[SEVERITY_LOW] = filled(x, 0xE2EFDA, 0x375623, false);
	x->severity[SEVERITY_MEDIUM] = filled(x, 0xFFEB9C, 0x9C5700, false);
	x->severity[SEVERITY_HIGH] = filled(x, 0xFFC7CE, 0x9C0006, true);
	x->severity[SEVERITY_CRITICAL] = filled(x, 0xC00000, 0xFFFFFF, true);

	x->bar_phase = workbook_add_format(x->wb);
	format_set_bg_color(x->bar_phase, 0x1F4E79);
	format_set_font_color(x->bar_phase, 0x1F4E79);
	x->bar_initiative = workbook_add_format(x->wb);
	format_set_bg_color(x->bar_initiative, 0x5B9BD5);
	format_set_font_color(x->bar_initiative, 0x5B9BD5);
}
