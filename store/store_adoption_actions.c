/* Adoption storage of actions beyond logins (migration 023): their kinds,
 * the (time, user, kind) events, their days and the engagement's core
 * actions. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "store_internal.h"

static const char SQL_KINDS[] = "SELECT id, object, action FROM adoption_action_kinds ORDER BY id";
static const char SQL_KIND_ADD[] =
	"INSERT INTO adoption_action_kinds(object, action) VALUES (?1, ?2)";
static const char SQL_ACTIONS_RANGE[] =
	"SELECT key, kind FROM adoption_actions WHERE key >= ?1 AND key < ?2 ORDER BY key, kind";
static const char SQL_ACTION_ADD[] = "INSERT INTO adoption_actions(key, kind) VALUES (?1, ?2)";
#define V8 "(?,?),(?,?),(?,?),(?,?),(?,?),(?,?),(?,?),(?,?)"
enum { ACTION_ROWS = 64 };
static const char SQL_ACTION_ADD64[] = "INSERT INTO adoption_actions(key, kind) VALUES "
	V8 "," V8 "," V8 "," V8 "," V8 "," V8 "," V8 "," V8;
#undef V8
static const char SQL_ACTIONS_ANY[] = "SELECT EXISTS (SELECT 1 FROM adoption_actions)";
static const char SQL_ACTION_SPAN[] =
	"SELECT (SELECT min(key) FROM adoption_actions), (SELECT max(key) FROM adoption_actions)";
static const char SQL_DAY_GET[] =
	"SELECT actions, digest FROM adoption_action_days WHERE day = ?1";
static const char SQL_DAY_PUT[] =
	"INSERT INTO adoption_action_days(day, actions, digest) VALUES (?1, ?2, ?3) "
	"ON CONFLICT(day) DO UPDATE SET actions = excluded.actions, digest = excluded.digest";
static const char SQL_CORE_GET[] = "SELECT file, yaml FROM adoption_core_actions WHERE id = 1";
static const char SQL_CORE_PUT[] =
	"INSERT INTO adoption_core_actions(id, file, yaml) VALUES (1, ?1, ?2) "
	"ON CONFLICT(id) DO UPDATE SET file = excluded.file, yaml = excluded.yaml";
static const char SQL_CORE_CLEAR[] = "DELETE FROM adoption_core_actions";

/* The key of adoption_logins (store_adoption.c): time and user in one integer. */
enum { USER_BITS = 24 };
static int64_t action_key(int64_t ts, int64_t user)
{
	return (int64_t)((uint64_t)ts << USER_BITS) + user;
}
static int64_t day_of(int64_t ts)
{
	return ts >= 0 ? ts / 86400 : -((-ts + 86399) / 86400);
}

bool store_adoption_kinds_each(struct store *st,
			       bool (*fn)(int64_t id, const char *object, const char *action,
					  void *arg),
			       void *arg, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_KINDS, d))
		return false;
	while (store_rows_next(&r)) {
		const char *o = (const char *)sqlite3_column_text(r.s, 1);
		const char *a = (const char *)sqlite3_column_text(r.s, 2);
		if (!fn(sqlite3_column_int64(r.s, 0), o ? o : "", a ? a : "", arg))
			break;
	}
	return store_rows_close(&r, N_("reading the kinds of action"), d);
}

bool store_adoption_kind_add(struct store *st, const char *object, const char *action,
			     int64_t *id, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_KIND_ADD, d);
	if (!s)
		return false;
	store_bind_text(s, 1, object);
	store_bind_text(s, 2, action);
	if (!store_step_done(st, s, N_("adding a kind of action"), d))
		return false;
	*id = sqlite3_last_insert_rowid(st->db);
	return true;
}

bool store_adoption_actions_range(struct store *st, int64_t from, int64_t to,
				  bool (*fn)(int64_t ts, int64_t user, int64_t kind, void *arg),
				  void *arg, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_ACTIONS_RANGE, d))
		return false;
	sqlite3_bind_int64(r.s, 1, action_key(from, 0));
	sqlite3_bind_int64(r.s, 2, action_key(to, 0));
	while (store_rows_next(&r)) {
		int64_t key = sqlite3_column_int64(r.s, 0);
		if (!fn(key >> USER_BITS, key & (((int64_t)1 << USER_BITS) - 1),
			sqlite3_column_int64(r.s, 1), arg))
			break;
	}
	return store_rows_close(&r, N_("reading actions"), d);
}

static bool action_ok(const struct store_adoption_action *a, struct diag *d)
{
	if (a->user <= 0 || a->user > STORE_ADOPTION_MAX_USER || a->ts < STORE_ADOPTION_MIN_TS ||
	    a->ts > STORE_ADOPTION_MAX_TS || a->kind <= 0) {
		diag_fail(d, EXIT_SOFTWARE, _("action out of the storable range (user %lld)"),
			  (long long)a->user);
		return false;
	}
	return true;
}

static bool bind_action(sqlite3_stmt *s, int k, const struct store_adoption_action *a,
			struct diag *d)
{
	if (!action_ok(a, d))
		return false;
	sqlite3_bind_int64(s, 2 * k + 1, action_key(a->ts, a->user));
	sqlite3_bind_int64(s, 2 * k + 2, a->kind);
	return true;
}

uint64_t store_adoption_action_digest(const struct store_adoption_action *a)
{
	/* splitmix64's finaliser over the key with the kind mixed in. */
	uint64_t x = (uint64_t)action_key(a->ts, a->user) ^ ((uint64_t)a->kind * 0x9e3779b97f4a7c15ULL);
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

bool store_adoption_actions_add(struct store *st, const struct store_adoption_action *a,
				size_t n, struct diag *d)
{
	size_t i = 0;
	if (n >= ACTION_ROWS) {
		sqlite3_stmt *s = store_stmt(st, SQL_ACTION_ADD64, d);
		if (!s)
			return false;
		for (; i + ACTION_ROWS <= n; i += ACTION_ROWS) {
			for (int k = 0; k < ACTION_ROWS; k++)
				if (!bind_action(s, k, &a[i + k], d))
					return false;
			if (!store_step_done(st, s, N_("saving actions"), d))
				return false;
		}
	}
	for (; i < n; i++) {
		sqlite3_stmt *s = store_stmt(st, SQL_ACTION_ADD, d);
		if (!s || !bind_action(s, 0, &a[i], d) ||
		    !store_step_done(st, s, N_("saving an action"), d))
			return false;
	}
	/* Keep each day's count and digest with its actions. */
	for (size_t x = 0; x < n;) {
		struct store_adoption_day day;
		if (!store_adoption_action_day_get(st, day_of(a[x].ts), &day, d))
			return false;
		size_t y = x;
		for (; y < n && day_of(a[y].ts) == day.day; y++) {
			day.logins++;
			day.digest += store_adoption_action_digest(&a[y]);
		}
		if (!store_adoption_action_day_put(st, &day, d))
			return false;
		x = y;
	}
	return true;
}

int store_adoption_actions_any(struct store *st, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_ACTIONS_ANY, d))
		return -1;
	int any = store_rows_next(&r) && sqlite3_column_int(r.s, 0);
	return store_rows_close(&r, N_("reading actions"), d) ? any : -1;
}

int store_adoption_action_span(struct store *st, int64_t *first, int64_t *last,
			       struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_ACTION_SPAN, d))
		return -1;
	int found = store_rows_next(&r) && sqlite3_column_type(r.s, 0) != SQLITE_NULL;
	if (found) {
		*first = sqlite3_column_int64(r.s, 0) >> USER_BITS;
		*last = sqlite3_column_int64(r.s, 1) >> USER_BITS;
	}
	return store_rows_close(&r, N_("reading actions"), d) ? found : -1;
}

bool store_adoption_action_day_get(struct store *st, int64_t day,
				   struct store_adoption_day *out, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_DAY_GET, d))
		return false;
	sqlite3_bind_int64(r.s, 1, day);
	*out = (struct store_adoption_day){ day, 0, 0 };
	if (store_rows_next(&r)) {
		out->logins = sqlite3_column_int64(r.s, 0);
		out->digest = (uint64_t)sqlite3_column_int64(r.s, 1);
	}
	return store_rows_close(&r, N_("reading a day's actions"), d);
}

bool store_adoption_action_day_put(struct store *st, const struct store_adoption_day *day,
				   struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DAY_PUT, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, day->day);
	sqlite3_bind_int64(s, 2, day->logins);
	sqlite3_bind_int64(s, 3, (int64_t)day->digest);
	return store_step_done(st, s, N_("saving a day's actions"), d);
}

int store_adoption_core_get(struct store *st, char **file, char **yaml, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_CORE_GET, d))
		return -1;
	int found = store_rows_next(&r);
	if (found) {
		*file = store_col_text(r.s, 0);
		*yaml = store_col_text(r.s, 1);
	}
	if (!store_rows_close(&r, N_("reading the core actions"), d)) {
		if (found) {
			free(*file);
			free(*yaml);
		}
		return -1;
	}
	return found;
}

bool store_adoption_core_put(struct store *st, const char *file, const char *yaml,
			     struct diag *d)
{
	if (!file)
		return store_exec_stmt(st, SQL_CORE_CLEAR, N_("saving the core actions"), d);
	sqlite3_stmt *s = store_stmt(st, SQL_CORE_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, file);
	store_bind_text(s, 2, yaml);
	return store_step_done(st, s, N_("saving the core actions"), d);
}
