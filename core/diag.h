/* diag: diagnostics with positions, collected rather than printed.
 *
 * Domain code never prints or exits; it fills a struct diag. The command
 * prints the messages (diag_print) and turns the worst kind into an exit
 * code (diag_exit_code). Validation adds every error it finds.
 */
#ifndef CRMREADY_DIAG_H
#define CRMREADY_DIAG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Exit codes, after sysexits.h. */
enum exit_code {
	EXIT_OK = 0,
	EXIT_STATUS = 1,     /* a goal check the caller asked about failed */
	EXIT_USAGE = 64,
	EXIT_DATAERR = 65,
	EXIT_NOINPUT = 66,
	EXIT_SOFTWARE = 70,
	EXIT_NOMEM = 71,     /* out of memory (sysexits' EX_OSERR): nothing was changed */
	EXIT_CANTCREAT = 73,
	EXIT_IOERR = 74,
};

enum diag_level { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

struct diag_msg {
	enum diag_level level;
	int code;      /* exit code this message implies (errors only) */
	char *where;   /* "FILE:LINE:COL" or "FILE: row R (line L), column C (Q)" or NULL */
	char *text;
};

/* Messages kept for printing; later ones are only counted (a file with a
 * hundred thousand mistakes should not print a hundred thousand lines). */
enum { DIAG_MAX_KEPT = 1000 };

struct diag {
	struct diag_msg *msgs;
	size_t n, cap;
	size_t dropped;    /* messages past DIAG_MAX_KEPT, counted only */
	size_t errors;
	int worst;     /* highest-priority exit code among errors, 0 if none */
};

void diag_init(struct diag *d);
void diag_release(struct diag *d);

/* An error (or warning/note) at FILE:LINE:COL. line <= 0 leaves the position
 * out; col <= 0 leaves the column out; file NULL gives no prefix. */
void diag_at(struct diag *d, enum diag_level level, int code, const char *file,
	     int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/* Shorthand: a data error (65) at FILE:LINE:COL. */
void diag_err(struct diag *d, const char *file, int line, int col,
	      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* An error in a table file: "FILE: row R (line L), column C (NAME): ..."
 * (row 0 is named "header").
 * column is 1-based; name may be NULL. */
void diag_row(struct diag *d, int code, const char *file, long row, long line,
	      int column, const char *name, const char *fmt, ...)
	__attribute__((format(printf, 8, 9)));

/* An error with no position (missing file, I/O failure, ...). */
void diag_fail(struct diag *d, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

void diag_vat(struct diag *d, enum diag_level level, int code, char *where,
	      const char *fmt, va_list ap);

/* Move every message of src to the end of dst; src is left empty. */
void diag_merge(struct diag *dst, struct diag *src);

/* Order messages by position — file (in order of first mention), line,
 * column — so a validator's findings read top to bottom. Messages without
 * a line keep their place relative to each other, after positioned ones of
 * the same file. */
void diag_sort(struct diag *d);

/* Print as "WHERE: error: TEXT" lines. color: use ANSI colours. */
void diag_print(const struct diag *d, FILE *out, int color);

/* Exit code implied by the errors: 0 when none. */
int diag_exit_code(const struct diag *d);

static inline int diag_has_errors(const struct diag *d) { return d->errors > 0; }

/* True once further messages are only counted: callers may skip the work of
 * composing a message nobody will see. */
static inline int diag_full(const struct diag *d) { return d->n >= DIAG_MAX_KEPT; }

#endif
