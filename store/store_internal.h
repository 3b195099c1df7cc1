/* Private to store/: the connection, its statement cache and the helpers
 * that step statements. */
#ifndef CRMREADY_STORE_INTERNAL_H
#define CRMREADY_STORE_INTERNAL_H

#include <sqlite3.h>

#include "store.h"

struct cached_stmt {
	const char *sql;       /* the static string: its address is the key */
	sqlite3_stmt *stmt;
};

struct store {
	sqlite3 *db;
	char *path;
	bool exists;
	bool in_tx;
	bool created;             /* this open made the file (a command that writes) */
	bool committed;           /* a command's transaction was committed */
	char today[11];           /* store_today */
	struct cached_stmt *stmts;
	size_t nstmts, cap;
};

/* The prepared statement for sql (a string literal), reset and with its
 * bindings cleared. NULL with an error in d when it cannot be prepared. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct diag *d);

/* Report the connection's last error as "what: message" (exit 74, or 65 for
 * constraint failures, 73 for a read-only or full disk). what is an English
 * message marked N_() (translated here, only when there is an error: the
 * writes of a million rows pass it on every step); the same for the what of
 * store_step_done, store_rows_close and store_exec_stmt. */
void store_error(struct store *st, const char *what, struct diag *d);

/* ---- statements (store_rows.c) ---- */

/* Bind helpers: text may be NULL (binds NULL). */
void store_bind_text(sqlite3_stmt *s, int i, const char *text);
/* A column as a malloc'd string ("" for NULL). */
char *store_col_text(sqlite3_stmt *s, int i);

/* Step a statement that returns no rows (INSERT, UPDATE, DELETE) once and
 * reset it; false with the error, as "what: ...", in d. */
bool store_step_done(struct store *st, sqlite3_stmt *s, const char *what, struct diag *d);
/* The same for a statement without parameters, prepared here. */
bool store_exec_stmt(struct store *st, const char *sql, const char *what, struct diag *d);

/* The rows of one query, read in a loop:
 *
 *	struct store_rows r;
 *	if (!store_rows_open(&r, st, SQL_X, d))
 *		return false;
 *	store_bind_text(r.s, 1, name);
 *	while (store_rows_next(&r))
 *		if (!fn(sqlite3_column_int64(r.s, 0), arg))
 *			break;
 *	return store_rows_close(&r, "reading X", d);
 *
 * A loop may stop early (break): that is no error. A query of one row
 * reads it with one store_rows_next. */
struct store_rows {
	struct store *st;
	sqlite3_stmt *s;          /* the cached statement: bind to it, read its columns */
	int rc;                   /* of the last step */
};
/* Prepare sql (store_stmt); false with the error in d. */
bool store_rows_open(struct store_rows *r, struct store *st, const char *sql, struct diag *d);
/* Step to the next row: true while there is one. */
bool store_rows_next(struct store_rows *r);
/* Reset the statement. True when the rows were read to the end or the
 * loop stopped early; false with the error, as "what: ...", in d. */
bool store_rows_close(struct store_rows *r, const char *what, struct diag *d);

#endif
