/* csvx: RFC 4180 CSV through libcsv, streamed row by row, with the row and
 * line numbers every message needs; and CSV output.
 *
 * Reading: UTF-8 with or without BOM, LF or CRLF, quoted cells holding
 * commas, quotes and newlines. Blank lines are skipped. The header is row 0,
 * data rows count from 1; line is the file line where the record starts.
 * Limits: cell length, number of columns; invalid UTF-8 or a NUL byte in a
 * cell is an error naming row and column.
 *
 * Lines of plain cells (unquoted, or quoted and closed on the line; no CR
 * but a CRLF ending) are split in place with memchr; every other record
 * goes through libcsv, so rows, line numbers and messages are the same as
 * libcsv alone gives.
 */
#ifndef CRMREADY_CSVX_H
#define CRMREADY_CSVX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"

enum { CSVX_MAX_CELL = 1024 * 1024, CSVX_MAX_COLUMNS = 4096 };

struct csvx_row {
	char **cells;      /* NUL-terminated; valid until the callback returns */
	size_t *lens;
	size_t n;
	long row;          /* 0 = header */
	long line;
};

/* Return true to go on, false to stop reading (the stop is not an error:
 * add one to d when it is). */
typedef bool (*csvx_row_fn)(const struct csvx_row *r, void *arg);

/* Called about every 4 MB with bytes read so far and the file size (0 when
 * unknown, e.g. a pipe). */
typedef void (*csvx_progress_fn)(uint64_t done, uint64_t total, void *arg);

struct csvx_reader {
	const char *file;          /* name for messages */
	csvx_row_fn on_row;
	csvx_progress_fn on_progress;   /* may be NULL */
	void *arg;
	bool check_utf8;           /* validate every cell (default on via csvx_read) */
	/* For tests: bytes read at a time (0: 256 KB) and libcsv for every
	 * byte instead of the fast path for lines of plain cells. */
	size_t chunk;
	bool libcsv_only;
};

/* Read path ("-" = stdin) and call r->on_row for every record. Returns
 * false with errors in d on an unreadable file (66), malformed CSV or a
 * limit (65), or when the callback left an error in d. */
bool csvx_read(const struct csvx_reader *r, const char *path, struct diag *d);

/* Read from an open stream (not closed). */
bool csvx_read_stream(const struct csvx_reader *r, FILE *in, uint64_t size,
		      struct diag *d);

/* Header matching as SPEC §10: case-insensitive, ignoring '_', '-' and
 * spaces ("License Start" == "license_start"). */
bool csvx_header_eq(const char *a, const char *b);

/* CSV written to out (stdout on a terminal) has escape sequences and
 * control characters removed from its cells; CSV going to files and pipes
 * is data and is written as it is. */
void csvx_terminal(FILE *out);

/* Write one cell / a row, quoting when needed (RFC 4180, LF endings). */
void csvx_write_cell(FILE *out, const char *cell, bool first);
void csvx_write_row(FILE *out, const char *const *cells, size_t n);

#endif
