/* report_text: the one terminal table printer, the one JSON printer and
 * block-character bars. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "report.h"

struct report_cell {
	char *text;
	const char *sgr;
};

struct report_column {
	char *header;
	enum report_align align;
	size_t width;        /* at least this many columns */
	bool fixed;          /* a longer cell overflows instead of widening */
	bool cut;            /* a longer cell is cut to the width instead */
	const char *gap;     /* printed before the column (not the first) */
	bool isolate;        /* cells are isolated left-to-right expressions */
	bool continues;      /* its heading goes on from the one before */
};

struct report_table {
	size_t ncols;
	struct report_column *col;
	bool plain_header;   /* header as a row: no bold, no rule */
	bool hidden_header;  /* headers size the columns but are not printed */
	struct report_cell *cells;    /* rows * ncols */
	size_t nrows, cap;
};

struct report_table *report_table_new(size_t ncols)
{
	struct report_table *t = xcalloc(1, sizeof *t);
	t->ncols = ncols;
	t->col = xcalloc(ncols, sizeof *t->col);
	for (size_t i = 0; i < ncols; i++)
		t->col[i].gap = "  ";
	return t;
}

void report_table_free(struct report_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->ncols; i++)
		free(t->col[i].header);
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].text);
	free(t->col);
	free(t->cells);
	free(t);
}

void report_table_column(struct report_table *t, size_t col, const char *header,
			 enum report_align align)
{
	free(t->col[col].header);
	t->col[col].header = header ? text_sanitize(header) : NULL;
	t->col[col].align = align;
}

void report_table_width(struct report_table *t, size_t col, size_t width, bool fixed)
{
	t->col[col].width = width;
	t->col[col].fixed = fixed;
}

void report_table_cut(struct report_table *t, size_t col, size_t width)
{
	report_table_width(t, col, width, true);
	t->col[col].cut = true;
}

void report_table_gap(struct report_table *t, size_t col, const char *gap)
{
	t->col[col].gap = gap;
}

void report_table_plain_header(struct report_table *t)
{
	t->plain_header = true;
}

void report_table_hide_header(struct report_table *t)
{
	t->hidden_header = true;
}

void report_table_heading_continues(struct report_table *t, size_t col)
{
	t->col[col].continues = true;
}

void report_table_isolate(struct report_table *t, size_t col)
{
	t->col[col].isolate = lang_rtl(i18n_lang());
}

void report_table_row(struct report_table *t, const char *const *cells)
{
	size_t need = (t->nrows + 1) * t->ncols;
	XGROW(t->cells, t->cap, need);
	for (size_t i = 0; i < t->ncols; i++) {
		struct report_cell *c = &t->cells[t->nrows * t->ncols + i];
		c->text = text_sanitize(cells[i] ? cells[i] : "");
		c->sgr = NULL;
	}
	t->nrows++;
}

void report_table_rowf(struct report_table *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *line = xvasprintf(fmt, ap);
	va_end(ap);
	const char **cells = xcalloc(t->ncols, sizeof *cells);
	char *p = line;
	for (size_t i = 0; i < t->ncols && p; i++) {
		cells[i] = p;
		p = strchr(p, '\t');
		if (p)
			*p++ = '\0';
	}
	report_table_row(t, cells);
	free(cells);
	free(line);
}

void report_table_color(struct report_table *t, size_t col, const char *sgr)
{
	if (t->nrows && col < t->ncols)
		t->cells[(t->nrows - 1) * t->ncols + col].sgr = sgr;
}

static void pad(FILE *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fputc(' ', out);
}

#define FSI "\xe2\x81\xa8"   /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\xe2\x81\xa9"   /* U+2069 POP DIRECTIONAL ISOLATE */

static void print_cell(FILE *out, const char *s, size_t width, enum report_align align,
		       bool last, bool cut, bool isolate, const char *sgr)
{
	char *copy = NULL;   /* only a cell cut short needs one */
	if (cut && utf8_width(s) > width)
		copy = xstrndup(s, utf8_prefix_for_width(s, width));
	const char *shown = copy ? copy : s;
	size_t w = utf8_width(shown);
	size_t fill = w < width ? width - w : 0;
	if (align == REPORT_RIGHT)
		pad(out, fill);
	/* an indented goal: the indent stays outside the isolate */
	if (isolate) {
		size_t indent = strspn(shown, " ");
		fwrite(shown, 1, indent, out);
		shown += indent;
	}
	if (isolate && *shown)
		fputs(FSI, out);
	if (sgr)
		fprintf(out, "\033[%sm%s\033[0m", sgr, shown);
	else
		fputs(shown, out);
	if (isolate && *shown)
		fputs(PDI, out);
	free(copy);
	if (align == REPORT_LEFT && !last)
		pad(out, fill);
}

/* The widths and gaps of a table's lines: what every line shares. */
struct layout {
	size_t *width;   /* each column's */
	size_t *extra;   /* spaces added to each column's gap */
};

static void print_row(const struct report_table *t, FILE *out, size_t indent,
		      const struct layout *l, const char *const *text, const char *const *sgr,
		      bool header)
{
	pad(out, indent);
	for (size_t c = 0; c < t->ncols; c++) {
		if (c) {
			fputs(t->col[c].gap, out);
			pad(out, l->extra[c]);
		}
		print_cell(out, text[c], l->width[c], t->col[c].align, c + 1 == t->ncols,
			   t->col[c].cut, t->col[c].isolate && !header, sgr ? sgr[c] : NULL);
	}
	fputc('\n', out);
}

static const char *header_text(const struct report_table *t, size_t c)
{
	return t->col[c].header ? t->col[c].header : "";
}

/* Columns between two headings in a script without capitals: one space
 * between them reads as one phrase ("الجهد الأولوية"), so their texts
 * keep at least two columns apart. English headings keep their spacing. */
static size_t heading_extra(const struct report_table *t, const size_t *width, size_t c)
{
	const char *left = header_text(t, c - 1), *right = header_text(t, c);
	if (!*left || !*right || t->col[c].continues ||
	    !(utf8_caseless(left) || utf8_caseless(right)))
		return 0;
	size_t apart = utf8_width(t->col[c].gap) + strspn(right, " ");
	for (size_t n = strlen(left); n && left[n - 1] == ' '; n--)
		apart++;
	if (t->col[c - 1].align == REPORT_LEFT)
		apart += width[c - 1] - utf8_width(left);
	if (t->col[c].align == REPORT_RIGHT)
		apart += width[c] - utf8_width(right);
	return apart < 2 ? 2 - apart : 0;
}

/* Every column as wide as its widest cell (unless fixed) and its heading
 * (fixed ones too: a translated heading may be longer than the English
 * the width was chosen for), but for a column fixed at width 0, each of
 * whose cells is as wide as its text, the next following it. */
static void lay_out(const struct report_table *t, struct layout *l)
{
	l->width = xcalloc(t->ncols, sizeof *l->width);
	l->extra = xcalloc(t->ncols, sizeof *l->extra);
	for (size_t c = 0; c < t->ncols; c++) {
		const struct report_column *col = &t->col[c];
		size_t head = col->fixed && !col->width ? 0 : utf8_width(header_text(t, c));
		l->width[c] = col->width > head ? col->width : head;
		for (size_t r = 0; r < t->nrows && !col->fixed; r++) {
			size_t w = utf8_width(t->cells[r * t->ncols + c].text);
			if (w > l->width[c])
				l->width[c] = w;
		}
	}
	for (size_t c = 1; c < t->ncols; c++)
		l->extra[c] = heading_extra(t, l->width, c);
}

void report_table_print(const struct report_table *t, FILE *out, size_t indent, bool color)
{
	struct layout l;
	lay_out(t, &l);
	const char **text = xcalloc(t->ncols, sizeof *text);
	const char **sgr = xcalloc(t->ncols, sizeof *sgr);
	bool headers = false;
	for (size_t c = 0; c < t->ncols; c++)
		headers = headers || t->col[c].header;
	headers = headers && !t->hidden_header;
	if (headers) {
		for (size_t c = 0; c < t->ncols; c++) {
			text[c] = header_text(t, c);
			sgr[c] = color && !t->plain_header ? "1" : NULL;
		}
		print_row(t, out, indent, &l, text, sgr, true);
	}
	if (headers && !t->plain_header) {
		pad(out, indent);
		size_t total = 0;
		for (size_t c = 0; c < t->ncols; c++)
			total += l.width[c] + (c ? utf8_width(t->col[c].gap) + l.extra[c] : 0);
		for (size_t i = 0; i < total; i++)
			fputs("\xe2\x94\x80", out);
		fputc('\n', out);
	}
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const struct report_cell *cell = &t->cells[r * t->ncols + c];
			text[c] = cell->text;
			sgr[c] = color ? cell->sgr : NULL;
		}
		print_row(t, out, indent, &l, text, sgr, false);
	}
	free(sgr);
	free(text);
	free(l.extra);
	free(l.width);
}

void report_json_print(json_t *v, FILE *out)
{
	json_dumpf(v, out, REPORT_JSON_FLAGS);
	fputc('\n', out);
}

char *report_bar(double value, double max, size_t width)
{
	static const char *const eighths[] = {
		"", "\xe2\x96\x8f", "\xe2\x96\x8e", "\xe2\x96\x8d", "\xe2\x96\x8c",
		"\xe2\x96\x8b", "\xe2\x96\x8a", "\xe2\x96\x89",
	};
	if (!(max > 0) || !isfinite(value) || value < 0)
		value = 0;
	if (value > max)
		value = max;
	long units = lround(value / max * (double)width * 8);
	size_t full = (size_t)units / 8, part = (size_t)units % 8;
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < full; i++)
		sbuf_adds(&b, "\xe2\x96\x88");
	size_t used = full;
	if (part) {
		sbuf_adds(&b, eighths[part]);
		used++;
	}
	for (; used < width; used++)
		sbuf_addc(&b, ' ');
	return sbuf_detach(&b);
}

const char *report_score_color(double score)
{
	return score < 40 ? "31" : score < 60 ? "33" : "32";
}

char *report_num1(bool has, double v)
{
	if (!has)
		return xstrdup("-");
	if (fabs(v) < 0.05)   /* never "-0.0" */
		v = 0;
	return tfmt("%.1f", v);
}

char *report_isolate(const char *s)
{
	return lang_rtl(i18n_lang()) ? xasprintf(FSI "%s" PDI, s) : xstrdup(s);
}

const char *report_list_sep(void)
{
	return trc("list", ", ");
}

void report_number(char out[REPORT_NUMBER_LEN], double v)
{
	if (v == 0) {
		strcpy(out, "0");
		return;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(out, REPORT_NUMBER_LEN, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			return;
	}
}
