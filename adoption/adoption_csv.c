/* The log reader: RFC 4180 records split in place (see adoption_internal.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../core/csvx.h"
#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

enum { WINDOW = 1 << 20, SLACK = 64 };
#define ESCAPED ((size_t)1 << (sizeof(size_t) * 8 - 1))

void adoption_csv_init(struct adoption_csv *r, const char *file, FILE *in)
{
	memset(r, 0, sizeof *r);
	r->file = file;
	r->in = in;
	r->cap = WINDOW;
	r->buf = xmalloc(r->cap + SLACK);
	r->line = r->next_line = 1;
	r->row = -1;
	r->delim = csvx_default_format()->delimiter;
	csvx_skipped_init(&r->skip);
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
				_("a record longer than %d bytes (an unclosed quote?)"),
				CSVX_MAX_CELL * 4);
			*failed = true;
			return false;
		}
		r->cap *= 2;
		r->buf = xrealloc(r->buf, r->cap + SLACK);
	}
	size_t got = fread(r->buf + r->len, 1, r->cap - r->len, r->in);
	if (got == 0) {
		if (ferror(r->in)) {
			/* EILSEQ: the transcoding stream has the message. */
			if (errno != EILSEQ)
				diag_fail(d, EXIT_IOERR, _("%s: read error: %s"), r->file,
					  i18n_strerror(errno));
			*failed = true;
		}
		r->eof = true;
		return false;
	}
	r->len += got;
	memset(r->buf + r->len, 0, SLACK);   /* the fast path reads 64 bytes at a time */
	if (r->consumed == 0 && r->pos == 0 && !r->sep_checked) {
		/* Excel's "sep=;" line: the delimiter (--delimiter wins), no record. */
		r->sep_checked = true;
		bool bom = r->len >= 3 && !memcmp(r->buf, "\xEF\xBB\xBF", 3);
		char sep = 0;
		size_t skip = csvx_sep_line(r->buf + 3 * bom, r->len - 3 * bom, &sep);
		if (skip) {
			r->pos = 3 * bom + skip;
			r->line = r->next_line = 2;
			if (!r->delim)
				r->delim = sep;
		}
	}
	if (!r->delim) {
		bool bom = r->len >= 3 && !memcmp(r->buf, "\xEF\xBB\xBF", 3);
		r->delim = csvx_detect_delimiter(r->buf + 3 * bom, r->len - 3 * bom);
	}
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
		const char delim = r->delim;
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
			if (p < end && *p != delim && *p != '\n' && *p != '\r') {
				*why = N_("a quoted cell must be followed by a delimiter or the end "
					  "of the line (a quote inside a quoted cell must be doubled)");
				r->ncells--;   /* the message names this cell's column */
				return PARSE_BAD;
			}
		} else {
			while (p < end && *p != delim && *p != '\n' && *p != '\r') {
				if (*p == '"') {
					*why = N_("a quote inside an unquoted cell (quote the cell "
						  "and double the quote)");
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
		if (*p == delim) {
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

#if defined(__SSE2__)
/* Bit i set where byte i of the 64 in v is c. */
static inline uint64_t bytes_eq(const __m128i v[4], char c)
{
	__m128i k = _mm_set1_epi8(c);
	uint64_t m0 = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[0], k));
	uint64_t m1 = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[1], k));
	uint64_t m2 = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[2], k));
	uint64_t m3 = (uint16_t)_mm_movemask_epi8(_mm_cmpeq_epi8(v[3], k));
	return m0 | m1 << 16 | m2 << 32 | m3 << 48;
}

/* Bits set in x (the builtin is a library call without -mpopcnt). */
static inline size_t bit_count(uint64_t x)
{
	x -= (x >> 1) & 0x5555555555555555ULL;
	x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
	return (size_t)((x * 0x0101010101010101ULL) >> 56);
}

/* Bit i set when an odd number of bits 0..i of x are: inside quotes. */
static inline uint64_t prefix_xor(uint64_t x)
{
	x ^= x << 1;
	x ^= x << 2;
	x ^= x << 4;
	x ^= x << 8;
	x ^= x << 16;
	x ^= x << 32;
	return x;
}

/* Is cell i among those asked for (want 0: all of them)? */
static inline bool wanted(uint64_t want, size_t i)
{
	return !want || (i < 64 && (want >> i) & 1);
}

/* The common record, 64 bytes a step: one line, every cell either bare or
 * quoted with no quote inside, ended by LF or CRLF within the data read.
 * Quote, comma and newline positions become bit masks; a prefix XOR of the
 * quotes marks what lies inside quotes, so the separators are the commas
 * and newlines outside. The quoting is right when every quote opens a cell
 * (follows a separator) or closes one (precedes a separator, or the CR of
 * a CRLF): then each quoted cell is quoted at both ends and nowhere else.
 * Anything else (a doubled quote, a newline inside quotes, a stray quote
 * or CR, a record cut by the window) returns false having changed nothing
 * but r->cells, and parse_record decides it with its exact messages. */
static bool fast_record(struct adoption_csv *r)
{
	char *buf = r->buf, *start = buf + r->pos, *end = buf + r->len;
	uint64_t carry = 0;       /* all ones when the last block ended inside quotes */
	uint64_t opens = 1;       /* bit 0 of the next block starts a cell */
	bool must_close = false;  /* bit 63 of the last block was a quote ending a cell */
	/* Cell 0 always: it tells a blank line and carries a BOM. */
	uint64_t want = r->want ? r->want | 1 : 0;
	size_t ncells = 0;
	char *cell = start;
	for (char *base = start; base < end; base += 64) {
		__m128i v[4];
		v[0] = _mm_loadu_si128((const __m128i *)(const void *)base);
		v[1] = _mm_loadu_si128((const __m128i *)(const void *)(base + 16));
		v[2] = _mm_loadu_si128((const __m128i *)(const void *)(base + 32));
		v[3] = _mm_loadu_si128((const __m128i *)(const void *)(base + 48));
		size_t left = (size_t)(end - base);
		uint64_t valid = left >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << left) - 1;
		uint64_t q = bytes_eq(v, '"') & valid, nl = bytes_eq(v, '\n') & valid;
		uint64_t comma = bytes_eq(v, r->delim) & valid, cr = bytes_eq(v, '\r') & valid;
		uint64_t in = prefix_xor(q) ^ carry;
		carry = (uint64_t)((int64_t)in >> 63);
		if (nl & in)
			return false;
		uint64_t eol = nl & -nl;                 /* the record's newline, if here */
		uint64_t upto = eol ? (eol << 1) - 1 : ~(uint64_t)0;
		uint64_t crs = cr & ~in & upto;
		if (crs & ~(eol >> 1))
			return false;                    /* a CR not ending the line */
		uint64_t sep = (comma | nl) & ~in & upto;
		uint64_t stops = sep | crs;              /* where a cell's text ends */
		if (must_close && !(stops & 1))
			return false;
		uint64_t closing = q & upto & ~((sep << 1) | opens);
		if (closing & ~(stops >> 1) & ~((uint64_t)1 << 63))
			return false;                    /* a quote inside a cell */
		must_close = closing >> 63;
		opens = sep >> 63;
		if (ncells + 64 > r->cells_cap) {
			r->cells_cap = ncells + 128;
			r->cells = xrealloc(r->cells, r->cells_cap * sizeof *r->cells);
		}
		size_t k = bit_count(sep);
		uint64_t asked = !want ? 1 : ncells >= 64 ? 0 : want >> ncells;
		if (want && k < 64)
			asked &= ((uint64_t)1 << k) - 1;
		if (!asked) {
			/* No cell wanted ends here: count them and move on. */
			ncells += k;
			if (sep)
				cell = base + 63 - __builtin_clzll(sep) + 1;
		} else {
			for (; sep; sep &= sep - 1) {
				char *at = base + __builtin_ctzll(sep);
				if (wanted(want, ncells)) {
					char *stop = at - (at > cell && at[-1] == '\r' && *at == '\n');
					struct adoption_cell *c = &r->cells[ncells];
					bool quoted = *cell == '"';
					c->s = cell + quoted;
					c->len = (size_t)(stop - cell) - 2 * quoted;
				}
				ncells++;
				cell = at + 1;
			}
		}
		if (eol) {
			r->ncells = ncells;
			r->pos = (size_t)(cell - buf);
			return true;
		}
	}
	return false;
}
#endif

/* Do the record's cells after the first hold nothing? Only a record a
 * few bytes longer than its first cell can be such; its bytes say (the
 * fast path does not fill the cells it was not asked for). */
static bool rest_empty(const struct adoption_csv *r, size_t start)
{
	if (r->ncells <= 1)
		return true;
	const char *from = r->cells[0].s + r->cells[0].len, *to = r->buf + r->pos;
	if (from < r->buf + start || to < from || (size_t)(to - from) > 3 * r->ncells + 2)
		return false;
	for (const char *p = from; p < to; p++)
		if (*p != r->delim && *p != '"' && *p != '\r' && *p != '\n')
			return false;
	return true;
}

/* The header line, unreadable as CSV, holds NUL bytes: UTF-16 without a
 * BOM (the quotes of its cells are followed by NULs). */
static bool utf16_header(const struct adoption_csv *r)
{
	size_t n = r->len - r->pos < 512 ? r->len - r->pos : 512;
	const char *nl = memchr(r->buf + r->pos, '\n', n);
	return memchr(r->buf + r->pos, 0, nl ? (size_t)(nl - (r->buf + r->pos)) : n) != NULL;
}

int adoption_csv_next(struct adoption_csv *r, struct diag *d)
{
	for (;;) {
		bool failed = false;
		if (r->pos == r->len && !refill(r, d, &failed)) {
			if (!failed)
				csvx_skipped_notes(&r->skip, r->file, r->next_line - 1, d);
			return failed ? -1 : 0;
		}
		const char *why = NULL;
		enum parse res;
		size_t start = r->pos;
#if defined(__SSE2__)
		if (!r->scalar && fast_record(r)) {
			r->line = r->next_line++;
			res = PARSE_OK;
		} else
#endif
			res = parse_record(r, r->eof, &why);
		if (res == PARSE_MORE) {
			if (r->eof) {
				diag_row(d, EXIT_DATAERR, r->file, r->row + 1, r->next_line,
					 (int)r->ncells + 1, NULL, _("malformed CSV: the quote that opens "
					 "this cell is never closed, so the rest of the file would be one "
					 "cell; a quote inside a quoted cell must be doubled (\"\")"));
				return -1;
			}
			if (!refill(r, d, &failed) && failed)
				return -1;
			continue;   /* parse again, with more data or at the end */
		}
		if (res == PARSE_BAD && r->row < 0 && utf16_header(r)) {
			diag_row(d, EXIT_DATAERR, r->file, 0, r->next_line, 0, NULL,
				 _("NUL bytes in the header; the file is not UTF-8: it may be utf-16, "
				   "import it with --encoding utf-16le"));
			return -1;
		}
		if (res == PARSE_BAD) {
			diag_row(d, EXIT_DATAERR, r->file, r->row + 1, r->next_line, (int)r->ncells + 1,
				 NULL, _("malformed CSV: %s"), tr(why));
			return -1;
		}
		/* A blank line is no record. */
		if (r->ncells == 1 && r->cells[0].len == 0) {
			if (r->row >= 0 && !r->skip.footer)
				csvx_skipped_blank(&r->skip, r->line);
			continue;
		}
		if (r->row >= 0) {
			enum csvx_kind kind = csvx_skipped_classify(&r->skip, r->line, r->cells[0].s,
								    r->cells[0].len, rest_empty(r, start),
								    r->ncells);
			if (kind == CSVX_AFTER_TITLE) {
				csvx_skipped_title_error(&r->skip, r->file, d);
				return -1;
			}
			if (kind == CSVX_AFTER_FOOTER) {
				diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->line, 0,
					_("a record after the Salesforce report footer (line %ld): is it "
					  "two exports in one file?"), r->skip.footer);
				return -1;
			}
			if (kind == CSVX_SKIP)
				continue;
		}
		r->row++;
		if (r->row == 0 && r->cells[0].len >= 3 && !memcmp(r->cells[0].s, "\xEF\xBB\xBF", 3)) {
			r->cells[0].s += 3;
			r->cells[0].len -= 3;
		}
		return 1;
	}
}
