#include "diag.h"

#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

void diag_init(struct diag *d)
{
	memset(d, 0, sizeof *d);
}

void diag_release(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->msgs[i].where);
		free(d->msgs[i].text);
	}
	free(d->msgs);
	memset(d, 0, sizeof *d);
}

/* Usage errors outrank I/O errors, which outrank data errors: the exit code
 * should name the first thing the user must fix. */
static int code_rank(int code)
{
	switch (code) {
	case EXIT_SOFTWARE: return 8;
	case EXIT_NOMEM: return 7;
	case EXIT_USAGE: return 6;
	case EXIT_NOINPUT: return 5;
	case EXIT_CANTCREAT: return 4;
	case EXIT_IOERR: return 3;
	case EXIT_DATAERR: return 2;
	case EXIT_STATUS: return 1;
	default: return 0;
	}
}

static void count_error(struct diag *d, enum diag_level level, int code)
{
	if (level == DIAG_ERROR) {
		d->errors++;
		if (code_rank(code) > code_rank(d->worst))
			d->worst = code;
	}
}

void diag_vat(struct diag *d, enum diag_level level, int code, char *where,
	      const char *fmt, va_list ap)
{
	if (d->n >= DIAG_MAX_KEPT) {
		free(where);
		d->dropped++;
		count_error(d, level, code);
		return;
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->msgs = xrealloc(d->msgs, d->cap * sizeof *d->msgs);
	}
	struct diag_msg *m = &d->msgs[d->n++];
	m->level = level;
	m->code = code;
	m->where = where;
	m->text = tvfmt(fmt, ap);   /* numbers in the language's digits */
	count_error(d, level, code);
}

/* "file:line:col", as much of it as is known; NULL without a file. */
static char *position(const char *file, int line, int col)
{
	if (file && line > 0 && col > 0)
		return xasprintf("%s:%d:%d", file, line, col);
	if (file && line > 0)
		return xasprintf("%s:%d", file, line);
	return file ? xstrdup(file) : NULL;
}

void diag_at(struct diag *d, enum diag_level level, int code, const char *file,
	     int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vat(d, level, code, position(file, line, col), fmt, ap);
	va_end(ap);
}

void diag_err(struct diag *d, const char *file, int line, int col,
	      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vat(d, DIAG_ERROR, EXIT_DATAERR, position(file, line, col), fmt, ap);
	va_end(ap);
}

void diag_row(struct diag *d, int code, const char *file, long row, long line,
	      int column, const char *name, const char *fmt, ...)
{
	/* Row 0 is the header: "row 0" reads like an off-by-one. A row, line
	 * and column said in words are prose: their numbers in the language's
	 * digits, as in every message (only a FILE:LINE:COL prefix, which
	 * editors read, stays Latin). */
	char *rowname = row ? tfmt(_("row %ld"), row) : xstrdup(_("header"));
	char *where;
	if (column > 0 && name)
		where = tfmt(_("%s: %s (line %ld), column %d (%s)"), file, rowname, line, column,
			     name);
	else if (column > 0)
		where = tfmt(_("%s: %s (line %ld), column %d"), file, rowname, line, column);
	else
		where = tfmt(_("%s: %s (line %ld)"), file, rowname, line);
	free(rowname);
	va_list ap;
	va_start(ap, fmt);
	diag_vat(d, DIAG_ERROR, code, where, fmt, ap);
	va_end(ap);
}

void diag_fail(struct diag *d, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_vat(d, DIAG_ERROR, code, NULL, fmt, ap);
	va_end(ap);
}

void diag_merge(struct diag *dst, struct diag *src)
{
	for (size_t i = 0; i < src->n; i++) {
		struct diag_msg *m = &src->msgs[i];
		count_error(dst, m->level, m->code);
		if (dst->n >= DIAG_MAX_KEPT) {
			free(m->where);
			free(m->text);
			dst->dropped++;
			continue;
		}
		if (dst->n == dst->cap) {
			dst->cap = dst->cap ? dst->cap * 2 : 8;
			dst->msgs = xrealloc(dst->msgs, dst->cap * sizeof *dst->msgs);
		}
		dst->msgs[dst->n++] = *m;
	}
	/* What src only counted stays counted. */
	if (src->dropped) {
		size_t kept_errors = 0;
		for (size_t i = 0; i < src->n; i++)
			kept_errors += src->msgs[i].level == DIAG_ERROR;
		dst->dropped += src->dropped;
		dst->errors += src->errors - kept_errors;
		if (code_rank(src->worst) > code_rank(dst->worst))
			dst->worst = src->worst;
	}
	free(src->msgs);
	memset(src, 0, sizeof *src);
}

/* The word before a message, as in "error: ...", in the language in use. */
static const char *level_name(enum diag_level level)
{
	/* TRANSLATORS: the colon after it is the program's. */
	return level == DIAG_ERROR ? trc("diag", "error")
	       : level == DIAG_WARNING ? trc("diag", "warning") : trc("diag", "note");
}

void diag_print(const struct diag *d, FILE *out, int color)
{
	static const char *const colors[] = { "\033[1;31m", "\033[1;35m", "\033[1;36m" };
	for (size_t i = 0; i < d->n; i++) {
		const struct diag_msg *m = &d->msgs[i];
		/* Messages quote user text (cells, names, file names): no
		 * terminal escapes or control characters reach the terminal. */
		char *text = text_sanitize_lines(m->text);
		if (m->where) {
			char *where = text_sanitize(m->where);
			fprintf(out, "%s: ", where);
			free(where);
		}
		const char *name = level_name(m->level);
		if (color)
			fprintf(out, "%s%s:\033[0m %s\n", colors[m->level], name, text);
		else
			fprintf(out, "%s: %s\n", name, text);
		free(text);
	}
	if (d->dropped)
		tfprintf(out, trn("... and %zu more message not shown\n",
				  "... and %zu more messages not shown\n", d->dropped), d->dropped);
}

int diag_exit_code(const struct diag *d)
{
	return d->errors ? (d->worst ? d->worst : EXIT_DATAERR) : EXIT_OK;
}

struct sort_key {
	size_t file_rank;
	long line, col;
	size_t seq;
	struct diag_msg msg;
};

/* Split "FILE:LINE:COL" or "FILE:LINE"; anything else has no line. */
static void parse_where(const char *where, size_t *file_len, long *line, long *col)
{
	*line = *col = -1;
	*file_len = where ? strlen(where) : 0;
	if (!where)
		return;
	const char *p = where + strlen(where);
	long nums[2];
	int k = 0;
	while (k < 2) {
		const char *end = p;
		while (p > where && p[-1] >= '0' && p[-1] <= '9')
			p--;
		if (p == end || p == where || p[-1] != ':')
			break;
		nums[k++] = atol(p);
		p--;
	}
	if (k == 0)
		return;
	*file_len = (size_t)(p - where);
	if (k == 2) {
		*line = nums[1];
		*col = nums[0];
	} else {
		*line = nums[0];
		*col = 0;
	}
}

static int by_position(const void *a, const void *b)
{
	const struct sort_key *x = a, *y = b;
	if (x->file_rank != y->file_rank)
		return x->file_rank < y->file_rank ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void diag_sort(struct diag *d)
{
	if (d->n < 2)
		return;
	struct sort_key *keys = xmalloc(d->n * sizeof *keys);
	for (size_t i = 0; i < d->n; i++) {
		size_t flen;
		keys[i].msg = d->msgs[i];
		keys[i].seq = i;
		parse_where(d->msgs[i].where, &flen, &keys[i].line, &keys[i].col);
		if (keys[i].line < 0)
			keys[i].line = 0x7fffffffL; /* after positioned ones */
		keys[i].file_rank = i;
		for (size_t j = 0; j < i; j++) {
			size_t jlen;
			long l, c;
			parse_where(d->msgs[j].where, &jlen, &l, &c);
			if (d->msgs[i].where && d->msgs[j].where && jlen == flen &&
			    !strncmp(d->msgs[i].where, d->msgs[j].where, flen)) {
				keys[i].file_rank = keys[j].file_rank;
				break;
			}
		}
	}
	qsort(keys, d->n, sizeof *keys, by_position);
	for (size_t i = 0; i < d->n; i++)
		d->msgs[i] = keys[i].msg;
	free(keys);
}
