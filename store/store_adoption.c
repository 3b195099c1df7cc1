/* Adoption storage: accounts, roster, login events and per-user summaries. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "store_internal.h"

static const char SQL_ACCOUNTS[] = "SELECT num, id FROM adoption_accounts";
static const char SQL_ACCOUNT_ADD[] = "INSERT INTO adoption_accounts(id) VALUES (?1)";
static const char SQL_ROSTER_PUT[] =
	"INSERT INTO adoption_roster(num, department, name, role, license_start, wave, "
	"license_end, excluded, manager) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(num) DO UPDATE SET "
	"department = excluded.department, name = excluded.name, role = excluded.role, "
	"license_start = excluded.license_start, wave = excluded.wave, "
	"license_end = excluded.license_end, excluded = excluded.excluded, "
	"manager = excluded.manager";
static const char SQL_ROSTER_EACH[] =
	"SELECT r.num, a.id, r.department, r.name, r.role, r.license_start, r.wave, "
	"r.license_end, r.excluded, r.manager "
	"FROM adoption_roster r JOIN adoption_accounts a ON a.num = r.num "
	"ORDER BY r.department, a.id";
/* What the weekly figures need of each roster user, in table order: no
 * join, no sort, no names (the columns of SQL_ROSTER_EACH, NULL for those). */
static const char SQL_ROSTER_FACTS[] =
	"SELECT num, NULL, department, NULL, role, license_start, wave, license_end, excluded, "
	"NULL FROM adoption_roster";
static const char SQL_LOGINS_RANGE[] =
	"SELECT key FROM adoption_logins WHERE key >= ?1 AND key < ?2 ORDER BY key";
static const char SQL_LOGIN_ADD[] = "INSERT INTO adoption_logins(key) VALUES (?1)";
/* 64 rows a statement: a third of the cost of a step per row. */
#define V8 "(?),(?),(?),(?),(?),(?),(?),(?)"
enum { LOGIN_ROWS = 64 };
static const char SQL_LOGIN_ADD64[] = "INSERT INTO adoption_logins(key) VALUES "
	V8 "," V8 "," V8 "," V8 "," V8 "," V8 "," V8 "," V8;
#undef V8
static const char SQL_LOGIN_SPAN[] =
	"SELECT (SELECT min(key) FROM adoption_logins), (SELECT max(key) FROM adoption_logins)";

/* An event's key: its time and its user in one integer (see the migration). */
enum { USER_BITS = 24 };
static int64_t login_key(int64_t ts, int64_t user)
{
	return (int64_t)((uint64_t)ts << USER_BITS) + user;
}
static int64_t key_ts(int64_t key)
{
	return key >> USER_BITS;   /* arithmetic shift: floor, right for ts < 0 */
}
static int64_t key_user(int64_t key)
{
	return key & (((int64_t)1 << USER_BITS) - 1);
}
/* The UTC day of a time (floor, for times before 1970 too). */
static int64_t day_of(int64_t ts)
{
	return ts >= 0 ? ts / 86400 : -((-ts + 86399) / 86400);
}
static const char SQL_USER_LOGINS_ADD[] =
	"INSERT INTO adoption_user_logins(num, first_ts, last_ts, logins) "
	"VALUES (?1, ?2, ?3, ?4) ON CONFLICT(num) DO UPDATE SET "
	"first_ts = min(first_ts, excluded.first_ts), last_ts = max(last_ts, excluded.last_ts), "
	"logins = logins + excluded.logins";
static const char SQL_USER_LOGINS_EACH[] =
	"SELECT num, first_ts, last_ts, logins FROM adoption_user_logins ORDER BY num";
static const char SQL_DAY_GET[] =
	"SELECT logins, digest FROM adoption_login_days WHERE day = ?1";
static const char SQL_DAY_PUT[] =
	"INSERT INTO adoption_login_days(day, logins, digest) VALUES (?1, ?2, ?3) "
	"ON CONFLICT(day) DO UPDATE SET logins = excluded.logins, digest = excluded.digest";
static const char SQL_DAYS_MISSING[] =
	"SELECT EXISTS (SELECT 1 FROM adoption_logins) AND "
	"NOT EXISTS (SELECT 1 FROM adoption_login_days)";
static const char SQL_WEEK_CLEAR[] =
	"DELETE FROM metrics WHERE date = ?1 AND name IN ('adoption.licensed_users', "
	"'adoption.active_users', 'adoption.active_rate', 'adoption.logins_per_active_user', "
	"'adoption.core_active_users', 'adoption.core_active_rate')";

bool store_adoption_accounts_each(struct store *st,
				  bool (*fn)(int64_t num, const char *id, void *arg),
				  void *arg, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_ACCOUNTS, d))
		return false;
	while (store_rows_next(&r)) {
		const unsigned char *id = sqlite3_column_text(r.s, 1);
		if (!fn(sqlite3_column_int64(r.s, 0), id ? (const char *)id : "", arg))
			break;
	}
	return store_rows_close(&r, N_("reading adoption users"), d);
}

bool store_adoption_account_add(struct store *st, const char *id, int64_t *num,
				struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ACCOUNT_ADD, d);
	if (!s)
		return false;
	store_bind_text(s, 1, id);
	if (!store_step_done(st, s, N_("adding a user"), d))
		return false;
	*num = sqlite3_last_insert_rowid(st->db);
	return true;
}

bool store_adoption_roster_put(struct store *st, const struct store_adoption_user *u,
			       struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ROSTER_PUT, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, u->num);
	store_bind_text(s, 2, u->department);
	store_bind_text(s, 3, u->name ? u->name : "");
	store_bind_text(s, 4, u->role ? u->role : "");
	store_bind_text(s, 5, u->license_start);
	store_bind_text(s, 6, u->wave ? u->wave : "");
	store_bind_text(s, 7, u->license_end);
	store_bind_text(s, 8, u->excluded ? u->excluded : "");
	store_bind_text(s, 9, u->manager ? u->manager : "");
	return store_step_done(st, s, N_("saving a roster user"), d);
}

/* The roster rows of sql (the columns of SQL_ROSTER_EACH), one user each. */
static bool roster_each(struct store *st, const char *sql,
			bool (*fn)(const struct store_adoption_user *u, void *arg), void *arg,
			struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, sql, d))
		return false;
	while (store_rows_next(&r)) {
		struct store_adoption_user u = {
			.num = sqlite3_column_int64(r.s, 0),
			.id = (const char *)sqlite3_column_text(r.s, 1),
			.department = (const char *)sqlite3_column_text(r.s, 2),
			.name = (const char *)sqlite3_column_text(r.s, 3),
			.role = (const char *)sqlite3_column_text(r.s, 4),
			.license_start = (const char *)sqlite3_column_text(r.s, 5),
			.wave = (const char *)sqlite3_column_text(r.s, 6),
			.license_end = (const char *)sqlite3_column_text(r.s, 7),
			.excluded = (const char *)sqlite3_column_text(r.s, 8),
			.manager = (const char *)sqlite3_column_text(r.s, 9),
		};
		if (!fn(&u, arg))
			break;
	}
	return store_rows_close(&r, N_("reading the roster"), d);
}

bool store_adoption_roster_each(struct store *st,
				bool (*fn)(const struct store_adoption_user *u, void *arg),
				void *arg, struct diag *d)
{
	return roster_each(st, SQL_ROSTER_EACH, fn, arg, d);
}

bool store_adoption_roster_facts_each(struct store *st,
				      bool (*fn)(const struct store_adoption_user *u, void *arg),
				      void *arg, struct diag *d)
{
	return roster_each(st, SQL_ROSTER_FACTS, fn, arg, d);
}

bool store_adoption_bulk_mode(struct store *st, struct diag *d)
{
	/* 32 MB of page cache: the right edge of the event b-tree and the
	 * week being merged stay in memory; RSS stays well under 100 MB. */
	char *err = NULL;
	if (sqlite3_exec(st->db, "PRAGMA cache_size = -32768", NULL, NULL, &err) != SQLITE_OK) {
		diag_fail(d, EXIT_IOERR, _("%s: configuring the cache: %s"), st->path,
			  err ? err : "?");
		sqlite3_free(err);
		return false;
	}
	return true;
}

bool store_adoption_logins_range(struct store *st, int64_t from, int64_t to,
				 bool (*fn)(int64_t ts, int64_t user, void *arg),
				 void *arg, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_LOGINS_RANGE, d))
		return false;
	sqlite3_bind_int64(r.s, 1, login_key(from, 0));
	sqlite3_bind_int64(r.s, 2, login_key(to, 0));
	while (store_rows_next(&r)) {
		int64_t key = sqlite3_column_int64(r.s, 0);
		if (!fn(key_ts(key), key_user(key), arg))
			break;
	}
	return store_rows_close(&r, N_("reading logins"), d);
}

static bool login_ok(int64_t ts, int64_t user, struct diag *d)
{
	if (user <= 0 || user > STORE_ADOPTION_MAX_USER || ts < STORE_ADOPTION_MIN_TS ||
	    ts > STORE_ADOPTION_MAX_TS) {
		diag_fail(d, EXIT_SOFTWARE, _("login out of the storable range (user %lld)"),
			  (long long)user);
		return false;
	}
	return true;
}

static bool login_add(struct store *st, int64_t ts, int64_t user, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_LOGIN_ADD, d);
	if (!s || !login_ok(ts, user, d))
		return false;
	sqlite3_bind_int64(s, 1, login_key(ts, user));
	return store_step_done(st, s, N_("saving a login"), d);
}

bool store_adoption_logins_add(struct store *st, const int64_t *ts, const int64_t *user,
			       size_t n, struct diag *d)
{
	size_t i = 0;
	if (n >= LOGIN_ROWS) {
		sqlite3_stmt *s = store_stmt(st, SQL_LOGIN_ADD64, d);
		if (!s)
			return false;
		for (; i + LOGIN_ROWS <= n; i += LOGIN_ROWS) {
			for (int k = 0; k < LOGIN_ROWS; k++) {
				if (!login_ok(ts[i + k], user[i + k], d))
					return false;
				sqlite3_bind_int64(s, k + 1, login_key(ts[i + k], user[i + k]));
			}
			if (!store_step_done(st, s, N_("saving logins"), d))
				return false;
		}
	}
	for (; i < n; i++)
		if (!login_add(st, ts[i], user[i], d))
			return false;
	/* Keep each day's count and digest with its events. */
	for (size_t a = 0; a < n;) {
		struct store_adoption_day day;
		if (!store_adoption_day_get(st, day_of(ts[a]), &day, d))
			return false;
		size_t b = a;
		for (; b < n && day_of(ts[b]) == day.day; b++) {
			day.logins++;
			day.digest += store_adoption_event_digest(ts[b], user[b]);
		}
		if (!store_adoption_day_put(st, &day, d))
			return false;
		a = b;
	}
	return true;
}

int store_adoption_login_span(struct store *st, int64_t *first, int64_t *last,
			      struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_LOGIN_SPAN, d))
		return -1;
	int found = store_rows_next(&r) && sqlite3_column_type(r.s, 0) != SQLITE_NULL;
	if (found) {
		*first = key_ts(sqlite3_column_int64(r.s, 0));
		*last = key_ts(sqlite3_column_int64(r.s, 1));
	}
	return store_rows_close(&r, N_("reading the login span"), d) ? found : -1;
}

bool store_adoption_user_logins_add(struct store *st, int64_t num, int64_t first,
				    int64_t last, int64_t logins, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_USER_LOGINS_ADD, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, num);
	sqlite3_bind_int64(s, 2, first);
	sqlite3_bind_int64(s, 3, last);
	sqlite3_bind_int64(s, 4, logins);
	return store_step_done(st, s, N_("saving a user's logins"), d);
}

bool store_adoption_user_logins_each(struct store *st,
				     bool (*fn)(int64_t num, int64_t first, int64_t last,
						int64_t logins, void *arg),
				     void *arg, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_USER_LOGINS_EACH, d))
		return false;
	while (store_rows_next(&r))
		if (!fn(sqlite3_column_int64(r.s, 0), sqlite3_column_int64(r.s, 1),
			sqlite3_column_int64(r.s, 2), sqlite3_column_int64(r.s, 3), arg))
			break;
	return store_rows_close(&r, N_("reading users' logins"), d);
}

uint64_t store_adoption_event_digest(int64_t ts, int64_t user)
{
	/* splitmix64's finaliser: a bijection that spreads every bit. */
	uint64_t x = (uint64_t)login_key(ts, user);
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

bool store_adoption_day_get(struct store *st, int64_t day, struct store_adoption_day *out,
			    struct diag *d)
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
	return store_rows_close(&r, N_("reading a day's logins"), d);
}

bool store_adoption_day_put(struct store *st, const struct store_adoption_day *day,
			    struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DAY_PUT, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, day->day);
	sqlite3_bind_int64(s, 2, day->logins);
	sqlite3_bind_int64(s, 3, (int64_t)day->digest);
	return store_step_done(st, s, N_("saving a day's logins"), d);
}

struct days_rebuild {
	struct store *st;
	struct diag *d;
	struct store_adoption_day cur;
	bool ok;
};

static bool rebuild_day(int64_t ts, int64_t user, void *arg)
{
	struct days_rebuild *r = arg;
	int64_t day = day_of(ts);
	if (r->cur.logins && day != r->cur.day) {
		if (!store_adoption_day_put(r->st, &r->cur, r->d)) {
			r->ok = false;
			return false;
		}
		r->cur = (struct store_adoption_day){ day, 0, 0 };
	}
	r->cur.day = day;
	r->cur.logins++;
	r->cur.digest += store_adoption_event_digest(ts, user);
	return true;
}

bool store_adoption_days_ensure(struct store *st, struct diag *d)
{
	struct store_rows q;
	if (!store_rows_open(&q, st, SQL_DAYS_MISSING, d))
		return false;
	bool missing = store_rows_next(&q) && sqlite3_column_int(q.s, 0);
	if (!store_rows_close(&q, N_("checking the login days"), d))
		return false;
	if (!missing)
		return true;
	struct days_rebuild r = { st, d, { 0, 0, 0 }, true };
	if (!store_adoption_logins_range(st, STORE_ADOPTION_MIN_TS, STORE_ADOPTION_MAX_TS + 1,
					 rebuild_day, &r, d) || !r.ok)
		return false;
	return !r.cur.logins || store_adoption_day_put(st, &r.cur, d);
}

bool store_adoption_week_clear(struct store *st, const char *monday, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_WEEK_CLEAR, d);
	if (!s)
		return false;
	store_bind_text(s, 1, monday);
	return store_step_done(st, s, N_("clearing a week's adoption figures"), d);
}

/* ---- imports: how far each log reaches (migration 010) ---- */

/* The same file again (name, rows and span) is not recorded twice: a
 * re-import changes nothing in the workspace. */
static const char SQL_IMPORT_ADD[] =
	"INSERT INTO adoption_imports(file, imported_at, first_ts, last_ts, rows) "
	"SELECT ?1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2, ?3, ?4 "
	"WHERE NOT EXISTS (SELECT 1 FROM adoption_imports WHERE file = ?1 AND rows = ?4 "
	"AND first_ts IS ?2 AND last_ts IS ?3)";
static const char SQL_IMPORTS_REACH[] = "SELECT max(last_ts) FROM adoption_imports";

bool store_adoption_import_add(struct store *st, const struct store_adoption_import *im,
			       struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_IMPORT_ADD, d);
	if (!s)
		return false;
	store_bind_text(s, 1, im->file);
	if (im->has_times) {
		sqlite3_bind_int64(s, 2, im->first_ts);
		sqlite3_bind_int64(s, 3, im->last_ts);
	} else {
		sqlite3_bind_null(s, 2);
		sqlite3_bind_null(s, 3);
	}
	sqlite3_bind_int64(s, 4, im->rows);
	return store_step_done(st, s, N_("recording the import"), d);
}

int store_adoption_imports_reach(struct store *st, int64_t *last, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_IMPORTS_REACH, d))
		return -1;
	int found = store_rows_next(&r) && sqlite3_column_type(r.s, 0) != SQLITE_NULL;
	if (found)
		*last = sqlite3_column_int64(r.s, 0);
	return store_rows_close(&r, N_("reading how far the logs reach"), d) ? found : -1;
}
