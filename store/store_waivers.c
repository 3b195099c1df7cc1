/* Waivers (migration 022): findings the client has accepted, one per rule,
 * until a day. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_GET[] =
	"SELECT rule, until, who, reason, set_on FROM waivers WHERE rule = ?1";
static const char SQL_PUT[] =
	"INSERT INTO waivers(rule, until, who, reason, set_on) VALUES (?1, ?2, ?3, ?4, ?5) "
	"ON CONFLICT(rule) DO UPDATE SET until = excluded.until, who = excluded.who, "
	"reason = excluded.reason, set_on = excluded.set_on";
static const char SQL_RM[] = "DELETE FROM waivers WHERE rule = ?1";
static const char SQL_LIST[] =
	"SELECT rule, until, who, reason, set_on FROM waivers ORDER BY rule";

void store_waiver_release(struct store_waiver *w)
{
	free(w->rule);
	free(w->until);
	free(w->who);
	free(w->reason);
	free(w->set_on);
	memset(w, 0, sizeof *w);
}

void store_waivers_free(struct store_waiver *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_waiver_release(&w[i]);
	free(w);
}

static void read_row(sqlite3_stmt *s, struct store_waiver *out)
{
	out->rule = store_col_text(s, 0);
	out->until = store_col_text(s, 1);
	out->who = store_col_text(s, 2);
	out->reason = store_col_text(s, 3);
	out->set_on = store_col_text(s, 4);
}

int store_waiver_get(struct store *st, const char *rule, struct store_waiver *out,
		     struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_GET, d))
		return -1;
	store_bind_text(r.s, 1, rule);
	int found = store_rows_next(&r);
	if (found)
		read_row(r.s, out);
	return store_rows_close(&r, N_("reading a waiver"), d) ? found : -1;
}

bool store_waiver_put(struct store *st, const struct store_waiver *w, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, w->rule);
	store_bind_text(s, 2, w->until);
	store_bind_text(s, 3, w->who);
	store_bind_text(s, 4, w->reason);
	store_bind_text(s, 5, w->set_on);
	return store_step_done(st, s, N_("saving a waiver"), d);
}

bool store_waiver_remove(struct store *st, const char *rule, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_RM, d);
	if (!s)
		return false;
	store_bind_text(s, 1, rule);
	return store_step_done(st, s, N_("removing a waiver"), d);
}

bool store_waiver_list(struct store *st, struct store_waiver **out, size_t *n, struct diag *d)
{
	*out = NULL;
	*n = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_LIST, d))
		return false;
	size_t cap = 0;
	while (store_rows_next(&r)) {
		XGROW(*out, cap, *n + 1);
		read_row(r.s, &(*out)[(*n)++]);
	}
	if (store_rows_close(&r, N_("reading the waivers"), d))
		return true;
	store_waivers_free(*out, *n);
	*out = NULL;
	*n = 0;
	return false;
}
