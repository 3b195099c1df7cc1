/* Stepping prepared statements: the one loop every reader of rows and
 * every write goes through, so that an error is reported, and the cached
 * statement reset, the same way everywhere. */
#include "store_internal.h"

#include "../core/xalloc.h"

void store_bind_text(sqlite3_stmt *s, int i, const char *text)
{
	if (text)
		sqlite3_bind_text(s, i, text, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

char *store_col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return xstrdup(t ? (const char *)t : "");
}

bool store_step_done(struct store *st, sqlite3_stmt *s, const char *what, struct diag *d)
{
	bool ok = sqlite3_step(s) == SQLITE_DONE;
	if (!ok)
		store_error(st, what, d);
	sqlite3_reset(s);
	return ok;
}

bool store_exec_stmt(struct store *st, const char *sql, const char *what, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, sql, d);
	return s && store_step_done(st, s, what, d);
}

bool store_rows_open(struct store_rows *r, struct store *st, const char *sql, struct diag *d)
{
	r->st = st;
	r->rc = SQLITE_OK;
	r->s = store_stmt(st, sql, d);
	return r->s != NULL;
}

bool store_rows_next(struct store_rows *r)
{
	r->rc = sqlite3_step(r->s);
	return r->rc == SQLITE_ROW;
}

bool store_rows_close(struct store_rows *r, const char *what, struct diag *d)
{
	/* SQLITE_OK: no step was taken. */
	bool ok = r->rc == SQLITE_ROW || r->rc == SQLITE_DONE || r->rc == SQLITE_OK;
	if (!ok)
		store_error(r->st, what, d);
	sqlite3_reset(r->s);
	return ok;
}
