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
	struct sbuf cells;        /* slow path: cells of the row, NUL-separated */
	size_t *offsets, *lens;
	size_t n, cap;
	char **ptrs;              /* the row handed to the callback */
	size_t ptrs_cap;
	long row;                 /* next row number */
	long line;                /* line where the current record started */
	long next_line;           /* line after everything seen so far */
	bool stop, failed, too_many;
	bool slow;                /* libcsv may be inside a record */
	bool in_quote;            /* quote parity of what libcsv got since a record start */
	char delim;
	int prev_term;            /* the last character libcsv ended a record on */
	struct csvx_skipped skip;
	const char *encoding;     /* --encoding, when the text was transcoded */
	bool mixed_warned;        /* the mixed-scripts warning was given */
};

static int no_space(unsigned char c)
{
	(void)c;
	return 0; /* RFC 4180: spaces are part of the field */
}

static void grow_cells(struct state *st, size_t need)
{
	if (need <= st->cap)
		return;
	while (st->cap < need)
		st->cap = st->cap ? st->cap * 2 : 16;
	st->offsets = xrealloc(st->offsets, st->cap * sizeof *st->offsets);
	st->lens = xrealloc(st->lens, st->cap * sizeof *st->lens);
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
			 NULL, _("cell of %zu bytes is longer than the limit of %d"), len, CSVX_MAX_CELL);
		st->failed = st->stop = true;
		return;
	}
	grow_cells(st, st->n + 1);
	st->offsets[st->n] = st->cells.len;
	st->lens[st->n] = len;
	sbuf_add(&st->cells, p, len);
	sbuf_addc(&st->cells, '\0');
	st->n++;
}

bool csvx_check_cell(const char *file, long row, long line, int column, const char *cell,
		     size_t len, struct diag *d)
{
	size_t bad;
	if (utf8_valid(cell, len, &bad))
		return true;
	const char *enc = csvx_guess_encoding(cell, len);
	unsigned char byte = (unsigned char)cell[bad];
	const char *what = memchr(cell, 0, len) ? _("NUL byte or invalid UTF-8") : _("invalid UTF-8");
	/* A lone NUL is damage, not another encoding: no hint. */
	if (!byte && strcmp(enc, "utf-16"))
		diag_row(d, EXIT_DATAERR, file, row, line, column, NULL,
			 _("%s at byte %zu of the cell (byte 0x00)"), what, bad + 1);
	else
		diag_row(d, EXIT_DATAERR, file, row, line, column, NULL,
			 _("%s at byte %zu of the cell (byte 0x%02X); the file is not "
			 "UTF-8: it may be %s%s, import it with --encoding %s"), what,
			 bad + 1, byte, enc,
			 !strcmp(enc, "windows-1256") ? _(" (Arabic, Persian)") :
			 !strcmp(enc, "windows-1252") ? _(" (Western European)") : "",
			 !strcmp(enc, "utf-16") ? "utf-16le" : enc);
	return false;
}

/* The first invalid cell of a row, if any, as an error. */
static bool cells_valid(struct state *st, char **cells, const size_t *lens, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!csvx_check_cell(st->r->file, st->row, st->line, (int)i + 1, cells[i], lens[i],
				     st->d))
			return false;
	return true;
}

/* Letters of a word: ASCII, Latin-1 and Latin Extended (lead bytes
 * 0xC3..0xC9), Arabic script (0xD8..0xDB); 0 for anything else. */
static int letter_script(const unsigned char *p, size_t left, size_t *len)
{
	*len = 1;
	if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
		return 'L';
	if (*p >= 0xC0 && *p < 0xE0 && left >= 2) {
		*len = 2;
		if (*p >= 0xD8 && *p <= 0xDB)
			return 'A';
		if (*p >= 0xC3 && *p <= 0xC9 && !(*p == 0xC3 && (p[1] == 0x97 || p[1] == 0xB7)))
			return 'L';
		return 0;
	}
	if (*p >= 0xE0)
		*len = *p >= 0xF0 ? 4 : 3;
	if (*len > left)
		*len = left;
	return 0;
}

/* The first word of s where letters of one script sit between letters of
 * the other ("Garcيa": a Windows-1252 file read as Windows-1256), its
 * start and length in *start, *wlen. A word that only changes script once
 * ("CRMها", Persian suffixes on a Latin name) is real text. */
static bool mixed_word(const char *s, size_t n, size_t *start, size_t *wlen)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, from = 0;
	int last = 0, changes = 0;
	while (i <= n) {
		size_t k = 1;
		int sc = i < n ? letter_script(p + i, n - i, &k) : 0;
		if (!sc) {
			if (changes >= 2) {
				*start = from;
				*wlen = i - from;
				return true;
			}
			last = changes = 0;
			from = i + k;
		} else {
			changes += last && sc != last;
			last = sc;
		}
		i += k;
	}
	return false;
}

/* Read through --encoding: a word of Latin and Arabic letters together
 * says the encoding is likely wrong. Warned once, at the first. */
static void mixed_scripts(struct state *st, char **cells)
{
	for (size_t i = 0; i < st->n; i++) {
		size_t at, len;
		if (!mixed_word(cells[i], st->lens[i], &at, &len))
			continue;
		char *word = xstrndup(cells[i] + at, len);
		char *safe = text_sanitize(word);
		diag_at(st->d, DIAG_WARNING, 0, st->r->file, (int)st->line, (int)i + 1,
			_("row %ld: '%s' mixes Latin and Arabic letters in one word: is the file "
			"really in %s? (--encoding windows-1252 reads Western European files, "
			"windows-1256 Arabic and Persian ones)"), st->row, safe, st->encoding);
		free(safe);
		free(word);
		st->mixed_warned = true;
		return;
	}
}

/* Hand one complete record (st->n cells in cells/st->lens) to the callback.
 * utf8_checked: the caller validated every byte of the cells already. */
static void emit_row(struct state *st, char **cells, bool utf8_checked)
{
	if (st->too_many) {
		diag_row(st->d, EXIT_DATAERR, st->r->file, st->row, st->line, 0, NULL,
			 _("more than %d columns"), CSVX_MAX_COLUMNS);
		st->failed = st->stop = true;
		return;
	}
	/* A BOM on the first cell of the header. */
	if (st->row == 0 && st->lens[0] >= 3 && !memcmp(cells[0], "\xEF\xBB\xBF", 3)) {
		cells[0] += 3;
		st->lens[0] -= 3;
	}
	if (st->row == 0)
		csvx_header_duplicates(st->r->file, st->line, (const char *const *)cells, st->lens,
				       st->n, st->d);
	if (st->row > 0) {
		bool rest_empty = true;
		for (size_t i = 1; i < st->n && rest_empty; i++)
			rest_empty = st->lens[i] == 0;
		enum csvx_kind kind = csvx_skipped_classify(&st->skip, st->line, cells[0],
							    st->lens[0], rest_empty, st->n);
		if (kind == CSVX_AFTER_TITLE) {
			csvx_skipped_title_error(&st->skip, st->r->file, st->d);
			st->failed = st->stop = true;
		}
		if (kind == CSVX_AFTER_FOOTER) {
			diag_at(st->d, DIAG_ERROR, EXIT_DATAERR, st->r->file, (int)st->line, 0,
				_("a record after the Salesforce report footer (line %ld): is it two "
				"exports in one file?"), st->skip.footer);
			st->failed = st->stop = true;
		}
		if (kind != CSVX_DATA) {
			st->n = 0;
			return;
		}
	}
	bool ok = !st->r->check_utf8 || utf8_checked || cells_valid(st, cells, st->lens, st->n);
	if (ok && st->encoding && !st->mixed_warned)
		mixed_scripts(st, cells);
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
	st->row++;
	st->n = 0;
}

static void on_record(int c, void *data)
{
	struct state *st = data;
	int prev = st->prev_term;
	st->prev_term = c;
	if (c == '\n')
		st->next_line++;
	if (st->stop)
		return;
	if (st->n == 0) {
		/* A blank line (the LF of a CRLF after a record is none). */
		if (c != -1 && !(c == '\n' && prev == '\r') && st->row > 0)
			csvx_skipped_blank(&st->skip, st->next_line - (c == '\n'));
		return;
	}
	if (st->ptrs_cap < st->n) {
		st->ptrs_cap = st->n;
		st->ptrs = xrealloc(st->ptrs, st->ptrs_cap * sizeof *st->ptrs);
	}
	for (size_t i = 0; i < st->n; i++)
		st->ptrs[i] = st->cells.s + st->offsets[i];
	emit_row(st, st->ptrs, false);
	sbuf_reset(&st->cells);
}

/* Strict UTF-8 (Unicode table 3-7, as utf8proc: no overlong forms, no
 * surrogates, nothing above U+10FFFF) and no NUL. A false here sends the
 * row to the per-cell check, which names the cell and byte. */
static bool line_valid(const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		/* Eight ASCII bytes without NUL at a time. */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if ((w & 0x8080808080808080u) ||
			    ((w - 0x0101010101010101u) & ~w & 0x8080808080808080u))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		unsigned c = p[i];
		if (c < 0x80) {
			if (!c)
				return false;
			i++;
			continue;
		}
		size_t k;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF)
			k = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			k = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else
			return false;
		if (i + k >= n)
			return false;
		if (p[i + 1] < lo || p[i + 1] > hi)
			return false;
		for (size_t j = 2; j <= k; j++)
			if (p[i + j] < 0x80 || p[i + j] > 0xBF)
				return false;
		i += k + 1;
	}
	return true;
}

/* The fast path: one complete line s[0..len) (without its LF, a CR before
 * the LF already removed) holding no other CR. Cells are unquoted without
 * any quote, or quoted and closed on this line ("" inside is a quote) and
 * followed by a comma or the end. libcsv reads such a line the same way;
 * so does this, in place (separators become NULs). Any other line is left
 * untouched for libcsv: false. */
static bool fast_line(struct state *st, char *s, size_t len)
{
	if (len == 0) {
		if (st->row > 0)
			csvx_skipped_blank(&st->skip, st->next_line);
		st->next_line++; /* a blank line */
		return true;
	}
	/* First the cells' bounds, changing nothing. */
	size_t n = 0;
	char *p = s, *end = s + len;
	bool any_quote = memchr(s, '"', len) != NULL;
	for (;;) {
		char *start, *stop;
		bool quoted = false;
		if (any_quote && p < end && *p == '"') {
			char *q = p + 1, *c;
			while ((c = memchr(q, '"', (size_t)(end - q))) && c + 1 < end && c[1] == '"') {
				quoted = true; /* a doubled quote */
				q = c + 2;
			}
			if (!c)
				return false; /* closes on a later line */
			if (c + 1 < end && c[1] != st->delim)
				return false; /* strict error: libcsv names it */
			start = p + 1;
			stop = c;
			p = c + 1;
		} else {
			char *c = memchr(p, st->delim, (size_t)(end - p));
			stop = c ? c : end;
			if (any_quote && memchr(p, '"', (size_t)(stop - p)))
				return false; /* a quote inside an unquoted cell */
			start = p;
			p = stop;
		}
		if (n < CSVX_MAX_COLUMNS) {
			if (n >= st->ptrs_cap) {
				st->ptrs_cap = st->ptrs_cap ? st->ptrs_cap * 2 : 16;
				st->ptrs = xrealloc(st->ptrs, st->ptrs_cap * sizeof *st->ptrs);
			}
			grow_cells(st, n + 1);
			st->ptrs[n] = start;
			st->lens[n] = (size_t)(stop - start);
			st->offsets[n] = quoted; /* unused by this path otherwise */
			n++;
		} else {
			st->too_many = true;
		}
		if (p >= end)
			break;
		p++; /* the delimiter */
	}
	st->line = st->next_line;
	st->next_line++;
	bool checked = st->r->check_utf8 && line_valid((const unsigned char *)s, len);
	/* Then NUL-terminate, undoubling quotes where there are some. */
	for (size_t i = 0; i < n; i++) {
		char *c = st->ptrs[i];
		size_t l = st->lens[i];
		if (st->offsets[i]) {
			size_t w = 0;
			for (size_t r = 0; r < l; r++) {
				c[w++] = c[r];
				if (c[r] == '"')
					r++;
			}
			l = st->lens[i] = w;
		}
		c[l] = '\0';
	}
	st->n = n;
	emit_row(st, st->ptrs, checked);
	st->too_many = false;
	return true;
}

/* libcsv's verdict on bytes it was given; false with the error in d. */
static bool slow_parse(struct csv_parser *p, struct state *st, const char *s, size_t n)
{
	if (csv_parse(p, s, n, on_field, on_record, st) == n)
		return true;
	if (csv_error(p) == CSV_EPARSE)
		diag_row(st->d, EXIT_DATAERR, st->r->file, st->row, st->n ? st->line : st->next_line,
			 (int)st->n + 1, NULL, _("malformed CSV: a quote in the middle of a cell, or "
			 "text after a quoted cell's closing quote; a quote inside a quoted cell must "
			 "be doubled (\"\")"));
	else
		diag_row(st->d, EXIT_DATAERR, st->r->file, st->row, st->n ? st->line : st->next_line,
			 (int)st->n + 1, NULL, _("malformed CSV: %s"), csv_strerror(csv_error(p)));
	return false;
}

/* One chunk: complete lines of simple cells (see fast_line) go the fast
 * path; anything else, up to the end of its
 * record by quote parity, goes to libcsv, which then stands at a record
 * start again. After a stop the rest of the chunk goes to libcsv as it
 * always did (it may still find malformed CSV there). */
static bool parse_chunk(struct csv_parser *p, struct state *st, char *s, size_t n)
{
	size_t pos = 0;
	while (pos < n && !st->stop) {
		if (st->slow || st->r->libcsv_only) {
			size_t e = pos;
			bool ended = false;
			if (st->r->libcsv_only) {
				e = n;
			} else {
				for (; e < n; e++) {
					char c = s[e];
					if (c == '"') {
						st->in_quote = !st->in_quote;
					} else if (c == '\n' && !st->in_quote) {
						e++;
						ended = true;
						break;
					}
				}
			}
			if (!slow_parse(p, st, s + pos, e - pos))
				return false;
			pos = e;
			if (ended)
				st->slow = false;
			continue;
		}
		char *line = s + pos;
		char *nl = memchr(line, '\n', n - pos);
		if (!nl) {
			st->slow = true;
			continue;
		}
		size_t len = (size_t)(nl - line);
		size_t body = len - (len && line[len - 1] == '\r');
		if (memchr(line, '\r', body) || !fast_line(st, line, body)) {
			st->slow = true;
			continue;
		}
		pos += len + 1;
	}
	if (pos < n)
		return slow_parse(p, st, s + pos, n - pos);
	return true;
}

bool csvx_read_stream(const struct csvx_reader *r, FILE *in, uint64_t size,
		      struct diag *d)
{
	const struct csvx_format *fmt = r->format ? r->format : csvx_default_format();
	struct csv_parser p;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		diag_fail(d, EXIT_SOFTWARE, _("cannot start the CSV parser"));
		return false;
	}
	csv_set_space_func(&p, no_space);
	/* libcsv grows a cell by blk_size (128 bytes by default): a long cell
	 * would be realloc'd thousands of times. */
	csv_set_blk_size(&p, 1 << 16);
	struct state st = { .r = r, .d = d, .line = 1, .next_line = 1, .delim = ',',
			    .encoding = fmt->encoding };
	sbuf_init(&st.cells);
	csvx_skipped_init(&st.skip);
	size_t chunk = r->chunk ? r->chunk : (size_t)1 << 18;
	char *buf = xmalloc(chunk);
	uint64_t done = 0, next_report = 4u << 20;
	size_t got;
	bool ok = true;
	while (!st.stop && (got = fread(buf, 1, chunk, in)) > 0) {
		/* A BOM goes before the parser sees it: with strict quoting,
		 * BOM + "id" would read as a quote inside an unquoted cell. */
		char *from = buf;
		size_t n = got;
		if (done == 0 && got >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
			from += 3;
			n -= 3;
		}
		if (done == 0) {
			/* Excel's "sep=;" line says the delimiter (--delimiter wins)
			 * and is no record. */
			char sep = 0;
			size_t skip = csvx_sep_line(from, n, &sep);
			from += skip;
			n -= skip;
			st.next_line += skip > 0;
			st.delim = fmt->delimiter ? fmt->delimiter
				   : sep ? sep : csvx_detect_delimiter(from, n);
			csv_set_delim(&p, (unsigned char)st.delim);
		}
		if (!parse_chunk(&p, &st, from, n)) {
			ok = false;
			break;
		}
		/* A cell still open past the limit: stop now, not after reading
		 * (and holding) all of it. */
		if (p.entry_pos > CSVX_MAX_CELL) {
			diag_row(d, EXIT_DATAERR, r->file, st.row, st.n ? st.line : st.next_line,
				 (int)st.n + 1, NULL, _("cell longer than the limit of %d bytes"),
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
		/* EILSEQ: the transcoding stream named the bad byte already. */
		if (errno != EILSEQ)
			diag_fail(d, EXIT_IOERR, _("%s: read error: %s"), r->file, i18n_strerror(errno));
		ok = false;
	}
	if (ok && !st.stop && csv_fini(&p, on_field, on_record, &st) != 0) {
		/* st.line is where the last record with a cell began: the open
		 * quote is in the record after it when no cell of it was read. */
		diag_row(d, EXIT_DATAERR, r->file, st.row, st.n ? st.line : st.next_line,
			 (int)st.n + 1, NULL, _("malformed CSV: the quote that opens this cell is never "
			 "closed, so the rest of the file would be one cell; a quote inside a quoted "
			 "cell must be doubled (\"\")"));
		ok = false;
	}
	if (ok && r->on_progress)
		r->on_progress(done, size, r->arg);
	if (ok && !st.failed)
		csvx_skipped_notes(&st.skip, r->file, st.next_line - 1, d);
	csv_free(&p);
	free(buf);
	sbuf_release(&st.cells);
	free(st.offsets);
	free(st.lens);
	free(st.ptrs);
	return ok && !st.failed;
}

bool csvx_read(const struct csvx_reader *r, const char *path, struct diag *d)
{
	struct csvx_input in;
	if (!csvx_open(&in, path, r->format, d))
		return false;
	bool ok = csvx_read_stream(r, in.f, in.size, d);
	csvx_close(&in, d);
	return ok;
}

/* csvx_header_eq on cells of known length. */
static bool header_eq_n(const char *a, size_t na, const char *b, size_t nb)
{
	const char *ea = a + na, *eb = b + nb;
	for (;;) {
		while (a < ea && (*a == '_' || *a == '-' || *a == ' '))
			a++;
		while (b < eb && (*b == '_' || *b == '-' || *b == ' '))
			b++;
		if (a == ea || b == eb)
			return a == ea && b == eb;
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
		a++;
		b++;
	}
}

void csvx_header_duplicates(const char *file, long line, const char *const *cells,
			    const size_t *lens, size_t n, struct diag *d)
{
	/* Headers are few (CSVX_MAX_COLUMNS at most): pairs are cheap. */
	for (size_t i = 0; i < n; i++) {
		if (!lens[i])
			continue;
		for (size_t j = i + 1; j < n; j++) {
			if (!header_eq_n(cells[i], lens[i], cells[j], lens[j]))
				continue;
			char *name = xstrndup(cells[i], lens[i]);
			char *safe = text_sanitize(name);
			diag_at(d, DIAG_WARNING, 0, file, (int)line, (int)j + 1,
				_("columns %zu and %zu have the same header '%s': only one of them can "
				"be read; rename the other if it holds different data"), i + 1, j + 1,
				safe);
			free(safe);
			free(name);
			break;   /* a third copy is named against this one */
		}
	}
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
