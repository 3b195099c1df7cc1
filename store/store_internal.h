/* Private to store/: the connection and its statement cache. */
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
	struct cached_stmt *stmts;
	size_t nstmts, cap;
};

/* The prepared statement for sql (a string literal), reset and with its
 * bindings cleared. NULL with an error in d when it cannot be prepared. */
sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct diag *d);

/* Report the connection's last error as "what: message" (exit 74, or 65 for
 * constraint failures, 73 for a read-only or full disk). */
void store_error(struct store *st, const char *what, struct diag *d);

/* Bind helpers: text may be NULL (binds NULL). */
void store_bind_text(sqlite3_stmt *s, int i, const char *text);
/* A column as a malloc'd string ("" for NULL). */
char *store_col_text(sqlite3_stmt *s, int i);

#endif
