/* The history of hand-made changes (migration 018): who changed what, when. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_ADD[] =
	"INSERT INTO history(day, at, who, kind, ref, field, old, new, note) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

bool store_history_add(struct store *st, const struct store_history *h, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ADD, d);
	if (!s)
		return false;
	char at[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(at, sizeof at, "%Y-%m-%dT%H:%M:%SZ", &tm);
	store_bind_text(s, 1, h->day);
	store_bind_text(s, 2, h->at ? h->at : at);
	store_bind_text(s, 3, h->who);
	store_bind_text(s, 4, h->kind);
	store_bind_text(s, 5, h->ref);
	store_bind_text(s, 6, h->field ? h->field : "");
	store_bind_text(s, 7, h->old);
	store_bind_text(s, 8, h->new_value);
	store_bind_text(s, 9, h->note ? h->note : "");
	return store_step_done(st, s, N_("recording the change in the history"), d);
}

static const char SQL_LIST[] =
	"SELECT id, day, at, who, kind, ref, field, old, new, note FROM history "
	"WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR ref = ?2) "
	"AND (?3 IS NULL OR day >= ?3) AND (?4 IS NULL OR day <= ?4) "
	"ORDER BY day, id";

bool store_history_each(struct store *st, const struct store_history_filter *f,
			bool (*fn)(const struct store_history *h, void *arg), void *arg,
			struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_LIST, d))
		return false;
	if (f) {
		store_bind_text(r.s, 1, f->kind);
		store_bind_text(r.s, 2, f->ref);
		store_bind_text(r.s, 3, f->since);
		store_bind_text(r.s, 4, f->until);
	}
	while (store_rows_next(&r)) {
		struct store_history h = {
			.id = sqlite3_column_int64(r.s, 0),
			.day = (const char *)sqlite3_column_text(r.s, 1),
			.at = (const char *)sqlite3_column_text(r.s, 2),
			.who = (const char *)sqlite3_column_text(r.s, 3),
			.kind = (const char *)sqlite3_column_text(r.s, 4),
			.ref = (const char *)sqlite3_column_text(r.s, 5),
			.field = (const char *)sqlite3_column_text(r.s, 6),
			.old = (const char *)sqlite3_column_text(r.s, 7),
			.new_value = (const char *)sqlite3_column_text(r.s, 8),
			.note = (const char *)sqlite3_column_text(r.s, 9),
		};
		if (!fn(&h, arg))
			break;
	}
	return store_rows_close(&r, N_("reading the history"), d);
}
