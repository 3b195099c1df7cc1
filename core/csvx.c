#include "csvx.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <csv.h>

#include "text.h"
#include "xalloc.h"

struct state {
	const struct csvx_reader *r;
	struct diag *d;
	struct sbuf cells;        /* all cells of the row, NUL-separated */
	size_t *offsets, *lens;
	size_t n, cap;
	long row;                 /* next row number */
	long line;                /* line where the current record started */
	long next_line;           /* line after everything seen so far */
	bool stop, failed, too_many;
};

static int no_space(unsigned char c)
{
	(void)c;
	return 0; /* RFC 4180: spaces are part of the field */
}

static void on_field(void *s, size_t len, void *data)
{
	struct state *st = data;
	if (st->stop)
		return;
	const char *p = s ? s : "";
	if (st->n == 0)
		st->line = st->next_line;
	for (size_t i = 0; i < len; i++)
		if (p[i] == '\n')
			st->next_line++;
	if (st->n >= CSVX_MAX_COLUMNS) {
		st->too_many = true;
		return;
	}
	if (len > CSVX_MAX_CELL) {
		diag_row(st->d, EXIT_DATAERR, st->r->file, st->row, st->line, (int)st->n + 1,
			 NULL, "cell of %zu bytes is longer than the limit of %d", len, CSVX_MAX_CELL);
		st->failed = st->stop = true;
		return;
	}
	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 16;
		st->offsets = xrealloc(st->offsets, st->cap * sizeof *st->offsets);
		st->lens = xrealloc(st->lens, st->cap * sizeof *st->lens);
	}
	st->offsets[st->n] = st->cells.len;
	st->lens[st->n] = len;
	sbuf_add(&st->cells, p, len);
	sbuf_addc(&st->cells, '\0');
	st->n++;
}

static void on_record(int c, void *data)
{
	struct state *st = data;
	if (c == '\n')
		st->next_line++;
	if (st->stop)
		return;
	if (st->n == 0)
		return; /* a blank line */
	if (st->too_many) {
		diag_row(st->d, EXIT_DATAERR, st->r->file, st->row, st->line, 0, NULL,
			 "more than %d columns", CSVX_MAX_COLUMNS);
		st->failed = st->stop = true;
		return;
	}
	char **cells = xmalloc(st->n * sizeof *cells);
	for (size_t i = 0; i < st->n; i++)
		cells[i] = st->cells.s + st->offsets[i];
	/* A BOM on the first cell of the header. */
	if (st->row == 0 && st->lens[0] >= 3 && !memcmp(cells[0], "\xEF\xBB\xBF", 3)) {
		cells[0] += 3;
		st->lens[0] -= 3;
	}
	bool ok = true;
	if (st->r->check_utf8)
		for (size_t i = 0; i < st->n && ok; i++) {
			size_t bad;
			if (!utf8_valid(cells[i], st->lens[i], &bad)) {
				diag_row(st->d, EXIT_DATAERR, st->r->file, st->row, st->line, (int)i + 1,
					 NULL, "%s at byte %zu of the cell",
					 memchr(cells[i], 0, st->lens[i]) ? "NUL byte or invalid UTF-8"
									 : "invalid UTF-8", bad + 1);
				ok = false;
			}
		}
	if (ok) {
		struct csvx_row row = { cells, st->lens, st->n, st->row, st->line };
		size_t before = st->d->errors;
		if (!st->r->on_row(&row, st->r->arg))
			st->stop = true;
		if (st->d->errors > before)
			st->failed = true;
	} else {
		st->failed = st->stop = true;
	}
	free(cells);
	st->row++;
	st->n = 0;
	sbuf_reset(&st->cells);
}

bool csvx_read_stream(const struct csvx_reader *r, FILE *in, uint64_t size,
		      struct diag *d)
{
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		diag_fail(d, EXIT_SOFTWARE, "cannot start the CSV parser");
		return false;
	}
	csv_set_space_func(&p, no_space);
	/* libcsv grows a cell by blk_size (128 bytes by default): a long cell
	 * would be realloc'd thousands of times. */
	csv_set_blk_size(&p, 1 << 16);
	struct state st = { .r = r, .d = d, .line = 1, .next_line = 1 };
	sbuf_init(&st.cells);
	enum { CHUNK = 1 << 18 };
	char *buf = xmalloc(CHUNK);
	uint64_t done = 0, next_report = 4u << 20;
	size_t got;
	bool ok = true;
	while (!st.stop && (got = fread(buf, 1, CHUNK, in)) > 0) {
		/* A BOM goes before the parser sees it: with strict quoting,
		 * BOM + "id" would read as a quote inside an unquoted cell. */
		const char *from = buf;
		size_t n = got;
		if (done == 0 && got >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
			from += 3;
			n -= 3;
		}
		if (csv_parse(&p, from, n, on_field, on_record, &st) != n) {
			diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)st.next_line, 0,
				"malformed CSV (row %ld): %s; a quote inside a quoted cell must be doubled",
				st.row, csv_strerror(csv_error(&p)));
			ok = false;
			break;
		}
		/* A cell still open past the limit: stop now, not after reading
		 * (and holding) all of it. */
		if (p.entry_pos > CSVX_MAX_CELL) {
			diag_row(d, EXIT_DATAERR, r->file, st.row, st.n ? st.line : st.next_line,
				 (int)st.n + 1, NULL, "cell longer than the limit of %d bytes",
				 CSVX_MAX_CELL);
			st.failed = st.stop = true;
			break;
		}
		done += got;
		if (r->on_progress && done >= next_report) {
			r->on_progress(done, size, r->arg);
			next_report = done + (4u << 20);
		}
	}
	if (ok && ferror(in)) {
		diag_fail(d, EXIT_IOERR, "%s: read error: %s", r->file, strerror(errno));
		ok = false;
	}
	if (ok && !st.stop && csv_fini(&p, on_field, on_record, &st) != 0) {
		/* st.line is where the last record with a cell began: the open
		 * quote is in the record after it when no cell of it was read. */
		diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)(st.n ? st.line : st.next_line), 0,
			"malformed CSV (row %ld): a quoted cell is never closed", st.row);
		ok = false;
	}
	if (ok && r->on_progress)
		r->on_progress(done, size, r->arg);
	csv_free(&p);
	free(buf);
	sbuf_release(&st.cells);
	free(st.offsets);
	free(st.lens);
	return ok && !st.failed;
}

bool csvx_read(const struct csvx_reader *r, const char *path, struct diag *d)
{
	if (!strcmp(path, "-"))
		return csvx_read_stream(r, stdin, 0, d);
	FILE *in = fopen(path, "rb");
	if (!in) {
		diag_fail(d, EXIT_NOINPUT, "%s: cannot open: %s", path, strerror(errno));
		return false;
	}
	struct stat sb;
	if (fstat(fileno(in), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(in);
		diag_fail(d, EXIT_NOINPUT, "%s: is a directory", path);
		return false;
	}
	bool ok = csvx_read_stream(r, in, (uint64_t)sb.st_size, d);
	fclose(in);
	return ok;
}

bool csvx_header_eq(const char *a, const char *b)
{
	for (;;) {
		while (*a == '_' || *a == '-' || *a == ' ')
			a++;
		while (*b == '_' || *b == '-' || *b == ' ')
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
		a++;
		b++;
	}
}

static FILE *terminal_out;

static bool has_controls(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F ||
		    (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F))
			return true;
	return false;
}

void csvx_terminal(FILE *out)
{
	terminal_out = out;
}

void csvx_write_cell(FILE *out, const char *cell, bool first)
{
	if (!first)
		fputc(',', out);
	if (!cell)
		return;
	if (out == terminal_out && has_controls(cell)) {
		/* Shown on a terminal: no escape sequences (line breaks stay). */
		char *clean = text_sanitize_lines(cell);
		terminal_out = NULL;
		csvx_write_cell(out, clean, true);
		terminal_out = out;
		free(clean);
		return;
	}
	if (!strpbrk(cell, ",\"\r\n")) {
		fputs(cell, out);
		return;
	}
	fputc('"', out);
	for (const char *p = cell; *p; p++) {
		if (*p == '"')
			fputc('"', out);
		fputc(*p, out);
	}
	fputc('"', out);
}

void csvx_write_row(FILE *out, const char *const *cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		csvx_write_cell(out, cells[i], i == 0);
	fputc('\n', out);
}
