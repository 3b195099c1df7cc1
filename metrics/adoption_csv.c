/* The log reader: RFC 4180 records split in place (see adoption_internal.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

enum { WINDOW = 1 << 20 };
#define ESCAPED ((size_t)1 << (sizeof(size_t) * 8 - 1))

void adoption_csv_init(struct adoption_csv *r, const char *file, FILE *in)
{
	memset(r, 0, sizeof *r);
	r->file = file;
	r->in = in;
	r->cap = WINDOW;
	r->buf = xmalloc(r->cap);
	r->line = r->next_line = 1;
	r->row = -1;
}

void adoption_csv_release(struct adoption_csv *r)
{
	free(r->buf);
	free(r->cells);
	memset(r, 0, sizeof *r);
}

uint64_t adoption_csv_offset(const struct adoption_csv *r)
{
	return r->consumed + r->pos;
}

/* Keep buf[pos..len), read more behind it. false at end of file. */
static bool refill(struct adoption_csv *r, struct diag *d, bool *failed)
{
	if (r->eof)
		return false;
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->consumed += r->pos;
		r->len -= r->pos;
		r->pos = 0;
	}
	if (r->len == r->cap) {
		if (r->cap >= (size_t)CSVX_MAX_CELL * 4) {
			diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->next_line, 0,
				"a record longer than %d bytes (an unclosed quote?)",
				CSVX_MAX_CELL * 4);
			*failed = true;
			return false;
		}
		r->cap *= 2;
		r->buf = xrealloc(r->buf, r->cap);
	}
	size_t got = fread(r->buf + r->len, 1, r->cap - r->len, r->in);
	if (got == 0) {
		if (ferror(r->in)) {
			diag_fail(d, EXIT_IOERR, "%s: read error: %s", r->file, strerror(errno));
			*failed = true;
		}
		r->eof = true;
		return false;
	}
	r->len += got;
	return true;
}

/* Nonzero when a byte of x equals c (the classic SWAR test). */
static inline uint64_t has_byte(uint64_t x, unsigned char c)
{
	uint64_t v = x ^ (0x0101010101010101ULL * c);
	return (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
}

static inline void add_cell(struct adoption_csv *r, const char *s, size_t len, bool escaped)
{
	if (r->ncells == r->cells_cap) {
		r->cells_cap = r->cells_cap ? r->cells_cap * 2 : 32;
		r->cells = xrealloc(r->cells, r->cells_cap * sizeof *r->cells);
	}
	/* A cell holding doubled quotes carries ESCAPED in len until the
	 * record is whole and it is undoubled. */
	r->cells[r->ncells].s = s;
	r->cells[r->ncells++].len = len | (escaped ? ESCAPED : 0);
}

enum parse { PARSE_OK, PARSE_MORE, PARSE_BAD };

/* Find one record at buf[pos..len) without changing the buffer (a record
 * cut by the window end is parsed again after a refill). at_eof: the data
 * ends the file. */
static enum parse parse_record(struct adoption_csv *r, bool at_eof, const char **why)
{
	char *p = r->buf + r->pos, *end = r->buf + r->len;
	long lines = 0;
	r->ncells = 0;
	for (;;) {
		char *cell = p;
		if (p < end && *p == '"') {
			cell = ++p;
			bool escaped = false;
			for (;;) {
				/* Eight bytes at a time to the next quote or newline,
				 * then byte by byte (cells are short: no memchr call). */
				char *q = p;
				while (end - q >= 8) {
					uint64_t w;
					memcpy(&w, q, 8);
					if (has_byte(w, '"') | has_byte(w, '\n'))
						break;
					q += 8;
				}
				while (q < end && *q != '"') {
					lines += *q == '\n';
					q++;
				}
				if (q == end)
					return PARSE_MORE;
				p = q + 1;
				if (p == end && !at_eof)
					return PARSE_MORE;
				if (p < end && *p == '"') {
					escaped = true;
					p++;
					continue;
				}
				add_cell(r, cell, (size_t)(q - cell), escaped);
				break;
			}
			if (p < end && *p != ',' && *p != '\n' && *p != '\r') {
				*why = "a quoted cell must be followed by a comma or the end "
				       "of the line (a quote inside a quoted cell must be doubled)";
				return PARSE_BAD;
			}
		} else {
			while (p < end && *p != ',' && *p != '\n' && *p != '\r') {
				if (*p == '"') {
					*why = "a quote inside an unquoted cell (quote the cell "
					       "and double the quote)";
					return PARSE_BAD;
				}
				p++;
			}
			if (p == end && !at_eof)
				return PARSE_MORE;
			add_cell(r, cell, (size_t)(p - cell), false);
		}
		if (p == end) {
			r->pos = r->len;
			break;
		}
		if (*p == ',') {
			p++;
			continue;
		}
		if (*p == '\r') {
			if (p + 1 == end && !at_eof)
				return PARSE_MORE;
			p++;
			if (p < end && *p == '\n')
				p++;
		} else {
			p++;
		}
		lines++;
		r->pos = (size_t)(p - r->buf);
		break;
	}
	/* The record is whole: now undouble the quotes in place. */
	for (size_t i = 0; i < r->ncells; i++) {
		struct adoption_cell *c = &r->cells[i];
		if (!(c->len & ESCAPED))
			continue;
		c->len &= ~ESCAPED;
		char *w = (char *)c->s;
		for (size_t k = 0; k < c->len; k++) {
			*w++ = c->s[k];
			if (c->s[k] == '"')
				k++;
		}
		c->len = (size_t)(w - c->s);
	}
	r->line = r->next_line;
	r->next_line += lines;
	return PARSE_OK;
}

int adoption_csv_next(struct adoption_csv *r, struct diag *d)
{
	for (;;) {
		bool failed = false;
		if (r->pos == r->len && !refill(r, d, &failed))
			return failed ? -1 : 0;
		const char *why = NULL;
		enum parse res = parse_record(r, r->eof, &why);
		if (res == PARSE_MORE) {
			if (r->eof) {
				diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->next_line, 0,
					"malformed CSV (row %ld): a quoted cell is never closed",
					r->row + 1);
				return -1;
			}
			if (!refill(r, d, &failed) && failed)
				return -1;
			continue;   /* parse again, with more data or at the end */
		}
		if (res == PARSE_BAD) {
			diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->next_line, 0,
				"malformed CSV (row %ld): %s", r->row + 1, why);
			return -1;
		}
		/* A blank line is no record. */
		if (r->ncells == 1 && r->cells[0].len == 0)
			continue;
		r->row++;
		if (r->row == 0 && r->cells[0].len >= 3 && !memcmp(r->cells[0].s, "\xEF\xBB\xBF", 3)) {
			r->cells[0].s += 3;
			r->cells[0].len -= 3;
		}
		return 1;
	}
}
