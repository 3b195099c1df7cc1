/* report_text: aligned terminal tables and block-character bars. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/xalloc.h"
#include "report.h"

struct report_cell {
	char *text;
	const char *sgr;
};

struct report_table {
	size_t ncols;
	char **headers;
	enum report_align *align;
	struct report_cell *cells;    /* rows * ncols */
	size_t nrows, cap;
};

struct report_table *report_table_new(size_t ncols)
{
	struct report_table *t = xcalloc(1, sizeof *t);
	t->ncols = ncols;
	t->headers = xcalloc(ncols, sizeof *t->headers);
	t->align = xcalloc(ncols, sizeof *t->align);
	return t;
}

void report_table_free(struct report_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->ncols; i++)
		free(t->headers[i]);
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].text);
	free(t->headers);
	free(t->align);
	free(t->cells);
	free(t);
}

void report_table_column(struct report_table *t, size_t col, const char *header,
			 enum report_align align)
{
	free(t->headers[col]);
	t->headers[col] = header ? text_sanitize(header) : NULL;
	t->align[col] = align;
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

static void print_cell(FILE *out, const char *s, size_t width, enum report_align align,
		       bool last, const char *sgr)
{
	size_t w = utf8_width(s);
	size_t fill = w < width ? width - w : 0;
	if (align == REPORT_RIGHT)
		pad(out, fill);
	if (sgr)
		fprintf(out, "\033[%sm%s\033[0m", sgr, s);
	else
		fputs(s, out);
	if (align == REPORT_LEFT && !last)
		pad(out, fill);
}

void report_table_print(const struct report_table *t, FILE *out, size_t indent, bool color)
{
	size_t *width = xcalloc(t->ncols, sizeof *width);
	bool headers = false;
	for (size_t c = 0; c < t->ncols; c++) {
		if (t->headers[c]) {
			headers = true;
			width[c] = utf8_width(t->headers[c]);
		}
		for (size_t r = 0; r < t->nrows; r++) {
			size_t w = utf8_width(t->cells[r * t->ncols + c].text);
			if (w > width[c])
				width[c] = w;
		}
	}
	if (headers) {
		pad(out, indent);
		for (size_t c = 0; c < t->ncols; c++) {
			if (c)
				fputs("  ", out);
			print_cell(out, t->headers[c] ? t->headers[c] : "", width[c], t->align[c],
				   c + 1 == t->ncols, color ? "1" : NULL);
		}
		fputc('\n', out);
		pad(out, indent);
		size_t total = 0;
		for (size_t c = 0; c < t->ncols; c++)
			total += width[c] + (c ? 2 : 0);
		for (size_t i = 0; i < total; i++)
			fputs("\xe2\x94\x80", out);
		fputc('\n', out);
	}
	for (size_t r = 0; r < t->nrows; r++) {
		pad(out, indent);
		for (size_t c = 0; c < t->ncols; c++) {
			const struct report_cell *cell = &t->cells[r * t->ncols + c];
			if (c)
				fputs("  ", out);
			print_cell(out, cell->text, width[c], t->align[c], c + 1 == t->ncols,
				   color ? cell->sgr : NULL);
		}
		fputc('\n', out);
	}
	free(width);
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
	char *s = xasprintf("%.1f", v);
	if (!strcmp(s, "-0.0")) {
		free(s);
		s = xstrdup("0.0");
	}
	return s;
}
