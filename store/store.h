/* store: the SQLite workspace. The only module that includes sqlite3.h.
 *
 * One engagement is one workspace file. Every command opens it once, runs
 * its writes inside store_begin/store_commit (one transaction), and closes
 * it. Statements are prepared once per connection and bound, never built
 * from strings.
 *
 * The file is organised in sections, one per area; each area's functions
 * live in store/store_<area>.c.
 */
#ifndef CRMREADY_STORE_H
#define CRMREADY_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/diag.h"

struct store;

enum store_mode {
	STORE_READ,   /* a missing workspace reads as an empty one; nothing is created */
	STORE_WRITE,  /* created (and migrated) when missing */
};

/* ---- connection and transactions (store.c) ---- */

/* Open the workspace at path. Refuses (65) a file that is not a crmready
 * workspace or whose schema is newer than this binary; migrates an older
 * one forward in one transaction. Returns NULL with errors in d. */
struct store *store_open(const char *path, enum store_mode mode, struct diag *d);
void store_close(struct store *st);
const char *store_path(const struct store *st);
/* True when the workspace file existed when opened (read mode). */
bool store_exists(const struct store *st);
/* Schema version this binary creates. */
int store_schema_version(void);

/* BEGIN IMMEDIATE: waits (busy timeout) for another writer. */
bool store_begin(struct store *st, struct diag *d);
bool store_commit(struct store *st, struct diag *d);
void store_rollback(struct store *st);

/* ---- settings (store.c) ---- */
/* Value of a meta key, or NULL (caller frees). */
char *store_meta_get(struct store *st, const char *key);
bool store_meta_set(struct store *st, const char *key, const char *value, struct diag *d);

/* ---- documents: questionnaires, rules, catalogues, checks (store_documents.c) ---- */
struct store_document {
	char *kind, *id, *origin, *added_at;
	long version;
	char *source;  /* YAML */
};
void store_document_release(struct store_document *doc);
/* Look up kind/id: 1 found, 0 not found, -1 error. */
int store_document_get(struct store *st, const char *kind, const char *id,
		       struct store_document *out, struct diag *d);
bool store_document_put(struct store *st, const struct store_document *doc, struct diag *d);
/* Every document of a kind, ordered by id: *out is an array of *n. */
bool store_document_list(struct store *st, const char *kind,
			 struct store_document **out, size_t *n, struct diag *d);

/* ---- metrics (store_metrics.c) ---- */
struct store_metric {
	char *name, *scope, *date, *source;
	double value;
};
void store_metric_release(struct store_metric *m);
/* Insert or replace the value of (name, scope, date). */
bool store_metric_put(struct store *st, const char *name, const char *scope,
		      const char *date, double value, const char *source,
		      struct diag *d);
/* Latest value of (name, scope): 1 found, 0 none, -1 error. */
int store_metric_latest(struct store *st, const char *name, const char *scope,
			struct store_metric *out, struct diag *d);
/* Values of (name, scope) ordered by date; scope NULL = any scope. The
 * callback returns false to stop. */
bool store_metric_each(struct store *st, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d);

/* ---- surveys and assessment (store_surveys.c) ---- */

/* ---- rules and findings (store_rules.c) ---- */

/* ---- plan and goals (store_plan.c) ---- */

/* ---- adoption (store_adoption.c) ---- */
/* Users are numbered (num) on first sight; events are (ts, num) pairs. */
struct store_adoption_user {
	int64_t num;
	const char *id, *department, *name, *role, *license_start, *wave; /* license_start may be NULL */
};
/* Every account (id, num), roster or not; fn returns false to stop. */
bool store_adoption_accounts_each(struct store *st,
				  bool (*fn)(int64_t num, const char *id, void *arg),
				  void *arg, struct diag *d);
/* Add an account for id and give its number. */
bool store_adoption_account_add(struct store *st, const char *id, int64_t *num,
				struct diag *d);
/* Insert or update a roster user (by u->num). */
bool store_adoption_roster_put(struct store *st, const struct store_adoption_user *u,
			       struct diag *d);
/* Every roster user, ordered by department then id. */
bool store_adoption_roster_each(struct store *st,
				bool (*fn)(const struct store_adoption_user *u, void *arg),
				void *arg, struct diag *d);
/* Size the page cache for a bulk load (the default is 2 MB); WAL and
 * synchronous stay as they are, so the workspace remains crash-safe. */
bool store_adoption_bulk_mode(struct store *st, struct diag *d);
/* Limits of what a login can hold: user numbers below 2^24, times of years
 * 1000..9999. */
#define STORE_ADOPTION_MAX_USER ((int64_t)(1 << 24) - 1)
#define STORE_ADOPTION_MIN_TS (-30610224000LL)   /* 1000-01-01T00:00:00Z */
#define STORE_ADOPTION_MAX_TS (253402300799LL)   /* 9999-12-31T23:59:59Z */
/* Every login with from <= ts < to, in (ts, user) order. */
bool store_adoption_logins_range(struct store *st, int64_t from, int64_t to,
				 bool (*fn)(int64_t ts, int64_t user, void *arg),
				 void *arg, struct diag *d);
/* Insert a login known to be new (the caller has merged against the range). */
bool store_adoption_login_add(struct store *st, int64_t ts, int64_t user, struct diag *d);
/* The same for n logins (ts[i], user[i]), many rows a statement. */
bool store_adoption_logins_add(struct store *st, const int64_t *ts, const int64_t *user,
			       size_t n, struct diag *d);
/* Earliest and latest login: 1 found, 0 none, -1 error. */
int store_adoption_login_span(struct store *st, int64_t *first, int64_t *last,
			      struct diag *d);
/* Add logins to a user's summary (first/last widened, count added). */
bool store_adoption_user_logins_add(struct store *st, int64_t num, int64_t first,
				    int64_t last, int64_t logins, struct diag *d);
/* Per user summary rows; fn returns false to stop. */
bool store_adoption_user_logins_each(struct store *st,
				     bool (*fn)(int64_t num, int64_t first, int64_t last,
						int64_t logins, void *arg),
				     void *arg, struct diag *d);
/* Remove the four adoption.* figures of one week (YYYY-MM-DD). */
bool store_adoption_week_clear(struct store *st, const char *monday, struct diag *d);

/* ---- data quality (store_dq.c) ---- */

#endif
