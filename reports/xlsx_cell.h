/* Private to the workbook writer (report_xlsx.c, xlsx_*.c): the shared
 * formats, the cell writers and the labels every sheet uses
 * (xlsx_cell.c). */
#ifndef CRMREADY_XLSX_CELL_H
#define CRMREADY_XLSX_CELL_H

#include <xlsxwriter.h>

#include "../core/i18n.h"
#include "../core/timex.h"

#include "report.h"

enum { XL_MAXCOL = 160, XL_MAX_STRING = 32767 /* Excel's limit on a cell's characters */ };

struct xl {
	lxw_workbook *wb;
	const struct report_workbook *m;
	lang_id lang;
	bool rtl;                     /* the language is written right to left */
	bool shown_dates;             /* dates are shown otherwise than YYYY-MM-DD (xl_date) */
	const char *font;
	bool failed;                  /* a write returned an error */
	lxw_error error;
	/* cell formats */
	lxw_format *title, *subtitle, *section, *header, *text, *wrap, *muted, *bold,
		*num, *num1, *integer, *integer_bold, *pct, *date, *big, *big_pct, *label, *week, *missing;
	lxw_format *status[GOAL_NSTATES], *severity[SEVERITY_COUNT];  /* by state, severity */
	/* bordered number cells by number format, made on demand (xl_num_format) */
	struct { char code[64]; lxw_format *f; } num_formats[24];
	size_t nnum_formats;
	/* conditional-format overlays */
	lxw_format *bar_phase, *bar_initiative;
};

struct xl_sheet {
	struct xl *x;
	lxw_worksheet *ws;
	const char *name;
	double width[XL_MAXCOL];      /* widest content per column, in characters */
	double max_width[XL_MAXCOL];  /* 0 = default cap */
	bool fixed_widths;            /* the sheet set its own column widths */
};

/* The cell formats, once per workbook. */
void xl_formats_make(struct xl *x);

/* A new sheet named name (translated), right to left in a right-to-left
 * language, with the print setup every sheet shares (landscape, A4, fit to
 * one page wide, centred). False when the library could not add it (the
 * error is tracked in x). */
bool xl_sheet_open(struct xl *x, struct xl_sheet *sh, const char *name);
/* The sheet's title (translated) in A1 and, when sub is not NULL, its
 * subtitle in A2. */
void xl_sheet_title(struct xl_sheet *sh, const char *title, const char *sub);
/* The width column c gets from its content (0 when empty). */
double xl_col_width(const struct xl_sheet *sh, lxw_col_t c);
/* Row height (points) that shows s wrapped in a column of width. */
double xl_wrapped_height(const char *s, double width);
/* Column widths from the content seen (code points, wide ones twice),
 * unless the sheet set fixed_widths. */
void xl_sheet_close(struct xl_sheet *sh);
/* Widen column c to at least w characters. */
void xl_note_width(struct xl_sheet *sh, lxw_col_t c, double w);

/* text_sanitize_lines(s) when s holds a C0 control other than a tab, line
 * break or carriage return, DEL or a C1 control; else NULL: a chart copies
 * the text of the cells it names into its XML unescaped, where such a
 * character makes the workbook unreadable. Caller frees. */
char *xl_without_controls(const char *s);

/* Cell writers: record the width of what they write; text is always a
 * string cell, never a formula, whatever it starts with. */
void xl_str(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f);
void xl_num(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, double v, lxw_format *f);
/* A YYYY-MM-DD date as an Excel date serial; unparsable dates as text.
 * Where the reader's dates are shown otherwise (x->shown_dates: Solar
 * Hijri, native digits), the cell is the text timex_show writes: no
 * spreadsheet format shows that calendar in both Excel and LibreOffice,
 * and a fixed-width yyyy/MM/dd text in digits of one script still sorts
 * and filters in date order. */
void xl_date(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *date, lxw_format *f);
void xl_blank(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, lxw_format *f);
/* v in format f when has, else an empty cell in the text format. */
void xl_num_or_blank(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, bool has, double v, lxw_format *f);
/* printf into buf (cut to n) with the language's digits (tfmt): the
 * workbook's text for people; returns the length of the whole text. */
int xl_textf(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The date as the reader reads it (timex_show) into out; in a
 * right-to-left language led by a LEFT-TO-RIGHT MARK, so that inside a
 * sentence "2026-11-23" does not read "23-11-2026" (its digits would take
 * the direction of the Arabic letters before them). */
enum { XL_SHOWN_DATE_MAX = TIMEX_SHOW_MAX + 3 };
const char *xl_shown_date(const struct xl *x, const char *date, char out[XL_SHOWN_DATE_MAX]);
/* The number format of a day and month on an axis or a week column: "d
 * mmm" in English, digits only ("dd/mm") in other languages, whose month
 * names the spreadsheet would write in its own locale's words. */
const char *xl_day_month_format(const struct xl *x);
/* Header cells from column c, the NULL-ended titles (msgids, N_())
 * translated; returns the number of columns. */
int xl_header_at(struct xl_sheet *sh, lxw_row_t r, lxw_col_t c, const char *const *titles);
/* A header row from column A, 20 points high; returns the number of columns. */
int xl_header(struct xl_sheet *sh, lxw_row_t r, const char *const *titles);
/* "What is missing" note (translated) at (r, 0), with the command that
 * provides it. */
void xl_missing(struct xl_sheet *sh, lxw_row_t r, const char *note);
/* A bordered number cell in number format code ("0.0%", "\">= \"0.00"),
 * one format per code (x->num when too many codes were asked for). */
lxw_format *xl_num_format(struct xl *x, const char *code);
/* Track the error of a library call. */
void xl_check(struct xl *x, lxw_error e);

/* Excel date serial of YYYY-MM-DD (days since 1899-12-30); -1 if invalid. */
double xl_serial(const char *date);

/* The readable form of a metric scope ("department=Sales" -> "Sales"). */
const char *xl_scope_text(const struct xl *x, const char *scope, char *buf, size_t n);

/* A chart with the workbook's font on its title and legend. */
lxw_chart *xl_chart(struct xl *x, uint8_t type, const char *title);
void xl_chart_axis_font(struct xl *x, lxw_chart_axis *axis);

/* code as the workbook writes it: led, when the language's digits are
 * native, by the language's spreadsheet locale with the native-digits flag
 * ("[$-2000429]0.0%", a translation): LibreOffice and Excel then show the
 * number in Persian or Arabic digits and it stays a number. */
const char *xl_code(const struct xl *x, const char *code, char out[80]);

#endif
