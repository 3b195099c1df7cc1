/* The execution of the plan's initiatives (migration 019): status, actual
 * dates, percent done, kept by initiative id across plan builds. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_EXEC_GET[] =
	"SELECT initiative, status, started, done, percent, note, updated "
	"FROM plan_execution WHERE initiative = ?1";
static const char SQL_EXEC_LIST[] =
	"SELECT initiative, status, started, done, percent, note, updated "
	"FROM plan_execution ORDER BY initiative";
static const char SQL_EXEC_PUT[] =
	"INSERT OR REPLACE INTO plan_execution(initiative, status, started, done, percent, "
	"note, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

void store_plan_exec_release(struct store_plan_exec *e)
{
	free(e->initiative);
	free(e->status);
	free(e->started);
	free(e->done);
	free(e->note);
	free(e->updated);
	memset(e, 0, sizeof *e);
}

/* A column that may be NULL as a malloc'd string or NULL. */
static char *col_or_null(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? NULL : store_col_text(s, i);
}

static void read_exec(sqlite3_stmt *s, struct store_plan_exec *e)
{
	e->initiative = store_col_text(s, 0);
	e->status = store_col_text(s, 1);
	e->started = col_or_null(s, 2);
	e->done = col_or_null(s, 3);
	e->percent = sqlite3_column_type(s, 4) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 4);
	e->note = store_col_text(s, 5);
	e->updated = store_col_text(s, 6);
}

int store_plan_exec_get(struct store *st, const char *initiative, struct store_plan_exec *out,
			struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_EXEC_GET, d))
		return -1;
	store_bind_text(r.s, 1, initiative);
	int found = 0;
	if (store_rows_next(&r)) {
		read_exec(r.s, out);
		found = 1;
	}
	if (!store_rows_close(&r, N_("reading the plan's execution"), d)) {
		store_plan_exec_release(out);
		return -1;
	}
	return found;
}

bool store_plan_exec_put(struct store *st, const struct store_plan_exec *e, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_EXEC_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, e->initiative);
	store_bind_text(s, 2, e->status);
	store_bind_text(s, 3, e->started);
	store_bind_text(s, 4, e->done);
	if (e->percent >= 0)
		sqlite3_bind_int(s, 5, e->percent);
	store_bind_text(s, 6, e->note ? e->note : "");
	store_bind_text(s, 7, e->updated);
	return store_step_done(st, s, N_("saving the plan's execution"), d);
}

bool store_plan_exec_list(struct store *st, struct store_plan_exec **out, size_t *n,
			  struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_EXEC_LIST, d))
		return false;
	while (store_rows_next(&r)) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			*out = xrealloc(*out, cap * sizeof **out);
		}
		read_exec(r.s, &(*out)[(*n)++]);
	}
	return store_rows_close(&r, N_("reading the plan's execution"), d);
}

void store_plan_exec_list_free(struct store_plan_exec *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_plan_exec_release(&list[i]);
	free(list);
}
