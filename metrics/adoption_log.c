/* adoption import: stream an activity log into login events.
 *
 * Per row: find the user in the in-memory index, parse the time by hand,
 * keep successful logins in a batch. A full batch is sorted by (ts, user),
 * merged against the events already stored in its time range (one range
 * scan, no per-row lookups), and only the new events are inserted, with one
 * prepared statement in the command's one transaction. Logs come in time
 * order, so a batch covers a short range and inserts append to the b-tree.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

enum { BATCH = 1 << 19 };

struct event {
	int64_t ts;
	int64_t user;
};

struct import {
	struct store *st;
	struct diag *d;
	struct adoption_users users;
	struct adoption_import_result *res;
	struct event *batch;
	size_t nbatch;
	bool *known;               /* per batch event: already stored */
	int64_t *new_ts, *new_user;  /* the batch's new events, in key order */
	/* per user, in one place (one cache line per event): new logins and
	 * their span, logins while not in the roster */
	struct user_tally { int64_t first, last; long added, unknown; } *tally;
	size_t ucap;
	int64_t *mondays;          /* weeks that gained logins (unsorted, few repeats) */
	size_t nmondays, mcap;
	int64_t last_monday;
};

static void grow_users(struct import *im, int64_t num)
{
	if ((size_t)num < im->ucap)
		return;
	size_t old = im->ucap, cap = old ? old : 1024;
	while (cap <= (size_t)num)
		cap *= 2;
	im->tally = xrealloc(im->tally, cap * sizeof *im->tally);
	for (size_t i = old; i < cap; i++)
		im->tally[i] = (struct user_tally){ INT64_MAX, INT64_MIN, 0, 0 };
	im->ucap = cap;
}

static int cmp_event(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	return (x->user > y->user) - (x->user < y->user);
}

struct merge {
	struct import *im;
	size_t i;
};

/* Existing events arrive in (ts, user) order, as the sorted batch is. */
static bool merge_known(int64_t ts, int64_t user, void *arg)
{
	struct merge *m = arg;
	struct import *im = m->im;
	struct event key = { ts, user };
	while (m->i < im->nbatch && cmp_event(&im->batch[m->i], &key) < 0)
		m->i++;
	if (m->i == im->nbatch)
		return false;
	if (cmp_event(&im->batch[m->i], &key) == 0)
		im->known[m->i] = true;
	return true;
}

static void touch_week(struct import *im, int64_t ts)
{
	int64_t monday = timex_week_monday(timex_day_of(ts));
	if (monday == im->last_monday)
		return;
	im->last_monday = monday;
	for (size_t i = im->nmondays; i-- > 0 && i + 8 >= im->nmondays;)
		if (im->mondays[i] == monday)
			return;
	XGROW(im->mondays, im->mcap, im->nmondays + 1);
	im->mondays[im->nmondays++] = monday;
}

static bool flush(struct import *im)
{
	if (!im->nbatch)
		return true;
	bool sorted = true;
	for (size_t i = 1; i < im->nbatch && sorted; i++)
		sorted = cmp_event(&im->batch[i - 1], &im->batch[i]) <= 0;
	if (!sorted)
		qsort(im->batch, im->nbatch, sizeof *im->batch, cmp_event);
	/* Duplicates inside the batch (an export listing an event twice). */
	size_t n = 1;
	for (size_t i = 1; i < im->nbatch; i++)
		if (cmp_event(&im->batch[i], &im->batch[n - 1]) != 0)
			im->batch[n++] = im->batch[i];
		else
			im->res->duplicates++;
	im->nbatch = n;
	memset(im->known, 0, n * sizeof *im->known);
	struct merge m = { im, 0 };
	if (!store_adoption_logins_range(im->st, im->batch[0].ts, im->batch[n - 1].ts + 1,
					 merge_known, &m, im->d))
		return false;
	size_t nnew = 0;
	for (size_t i = 0; i < n; i++) {
		const struct event *e = &im->batch[i];
		if (im->known[i]) {
			im->res->duplicates++;
			continue;
		}
		im->new_ts[nnew] = e->ts;
		im->new_user[nnew++] = e->user;
		im->res->added++;
		struct user_tally *t = &im->tally[e->user];
		t->added++;
		if (e->ts < t->first)
			t->first = e->ts;
		if (e->ts > t->last)
			t->last = e->ts;
		touch_week(im, e->ts);
	}
	im->nbatch = 0;
	return store_adoption_logins_add(im->st, im->new_ts, im->new_user, nnew, im->d);
}

static bool is_success(const char *s, size_t n)
{
	if (n == 7 && !memcmp(s, "Success", 7))
		return true;    /* LoginHistory's own word, checked first */
	static const char *const OK[] = {"success", "succeeded", "successful", "ok", "true",
					 "yes", "1", NULL};
	for (const char *const *w = OK; *w; w++)
		if (strlen(*w) == n && !strncasecmp(*w, s, n))
			return true;
	return false;
}

static const char *const LOG_KEYS[] = {"user", "time", "event", "status", NULL};
static const char *const USER_NAMES[] = {"UserId", "user", "user_id", "username", NULL};
static const char *const TIME_NAMES[] = {"LoginTime", "time", "timestamp", "event_time", NULL};
static const char *const EVENT_NAMES[] = {NULL};
static const char *const STATUS_NAMES[] = {"Status", NULL};

struct columns {
	int user, time, event, status;
	char *names[4];   /* header names of those columns, for messages */
	size_t need;    /* a row must have at least this many cells */
};

static bool find_columns(const struct adoption_csv *r, const struct metric_map *map,
			 struct columns *c, bool *loginhistory, struct diag *d)
{
	size_t n = r->ncells;
	char **cells = xmalloc((n ? n : 1) * sizeof *cells);
	for (size_t i = 0; i < n; i++)
		cells[i] = xstrndup(r->cells[i].s, r->cells[i].len);
	const char *const *cc = (const char *const *)cells;
	*loginhistory = metric_header_find(cc, n, NULL, "user", (const char *const[]){"UserId", NULL}) >= 0 &&
			metric_header_find(cc, n, NULL, "time", (const char *const[]){"LoginTime", NULL}) >= 0 &&
			metric_header_find(cc, n, NULL, "status", STATUS_NAMES) >= 0;
	c->user = metric_header_find(cc, n, map, "user", USER_NAMES);
	c->time = metric_header_find(cc, n, map, "time", TIME_NAMES);
	c->event = metric_header_find(cc, n, map, "event", EVENT_NAMES);
	c->status = metric_header_find(cc, n, map, "status", STATUS_NAMES);
	bool ok = true;
	static const char *const what[] = {"user", "time", "event", "status"};
	int *col[] = {&c->user, &c->time, &c->event, &c->status};
	for (int k = 0; k < 4; k++) {
		const char *mapped = metric_map_get(map, what[k]);
		if (mapped && *col[k] < 0) {
			const char *close = text_closest(mapped, cc, n);
			diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->line, 0,
				"--map %s=%s: no such column in the header%s%s%s", what[k], mapped,
				close ? "; did you mean '" : "", close ? close : "", close ? "'?" : "");
			ok = false;
		} else if (k < 2 && *col[k] < 0) {
			diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->line, 0,
				"no %s column: the header is not a Salesforce LoginHistory export "
				"(UserId, LoginTime, Status); name the columns with "
				"--map user=COLUMN,time=COLUMN", what[k]);
			ok = false;
		}
	}
	c->need = 0;
	for (int k = 0; k < 4; k++) {
		c->names[k] = *col[k] >= 0 ? xstrdup(cells[*col[k]]) : NULL;
		if (*col[k] >= 0 && (size_t)*col[k] + 1 > c->need)
			c->need = (size_t)*col[k] + 1;
	}
	for (size_t i = 0; i < n; i++)
		free(cells[i]);
	free(cells);
	return ok;
}

static void row_error(struct import *im, const struct adoption_csv *r, int col,
		      const char *name, const char *fmt, const char *value, size_t vlen,
		      const char *why)
{
	char shown[64];
	size_t k = vlen < sizeof shown - 4 ? vlen : sizeof shown - 4;
	memcpy(shown, value, k);
	strcpy(shown + k, vlen > k ? "..." : "");
	char *clean = text_sanitize(shown);
	diag_row(im->d, EXIT_DATAERR, r->file, r->row, r->line, col + 1, name, fmt, clean, why);
	free(clean);
}

static int cmp_unknown(const void *a, const void *b)
{
	const struct adoption_unknown *x = a, *y = b;
	if (x->logins != y->logins)
		return x->logins > y->logins ? -1 : 1;
	return strcmp(x->id, y->id);
}

void adoption_import_result_release(struct adoption_import_result *r)
{
	for (size_t i = 0; i < r->nunknown; i++)
		free(r->unknown[i].id);
	free(r->unknown);
	memset(r, 0, sizeof *r);
}

static bool read_data(struct import *im, struct adoption_csv *r, const struct metric_map *map,
		      const struct adoption_progress *progress, uint64_t size, struct columns *cp);

static bool read_rows(struct import *im, struct adoption_csv *r, const struct metric_map *map,
		      const struct adoption_progress *progress, uint64_t size)
{
	struct columns c = {0};
	bool ok = read_data(im, r, map, progress, size, &c);
	for (int k = 0; k < 4; k++)
		free(c.names[k]);
	return ok;
}

static bool read_data(struct import *im, struct adoption_csv *r, const struct metric_map *map,
		      const struct adoption_progress *progress, uint64_t size, struct columns *cp)
{
	struct adoption_import_result *res = im->res;
	struct columns c;
	int got = adoption_csv_next(r, im->d);
	if (got <= 0) {
		if (got == 0)
			diag_fail(im->d, EXIT_DATAERR, "%s: the file is empty (no header)", r->file);
		return false;
	}
	bool found = find_columns(r, map, cp, &res->loginhistory, im->d);
	c = *cp;
	if (!found)
		return false;
	uint64_t next_progress = 0;
	size_t errors = 0;
	const char *user_name = c.names[0], *time_name = c.names[1];
	while ((got = adoption_csv_next(r, im->d)) > 0) {
		res->rows++;
		if (progress && progress->fn && adoption_csv_offset(r) >= next_progress) {
			progress->fn(adoption_csv_offset(r), size, res->rows, progress->arg);
			next_progress = adoption_csv_offset(r) + (8u << 20);
		}
		if (r->ncells < c.need) {
			diag_row(im->d, EXIT_DATAERR, r->file, r->row, r->line, (int)r->ncells + 1,
				 NULL, "the row has %zu cells, the header names at least %zu",
				 r->ncells, c.need);
			if (++errors >= ADOPTION_MAX_ROW_ERRORS)
				break;
			continue;
		}
		/* Failed logins never count, but their cells are checked like
		 * any other row's; only the user lookup is skipped. */
		bool failed = c.status >= 0 &&
			      !is_success(r->cells[c.status].s, r->cells[c.status].len);
		const struct adoption_cell *uc = &r->cells[c.user], *tc = &r->cells[c.time];
		int64_t ts = 0;
		enum timex_err te = timex_parse_time(tc->s, tc->len, &ts);
		bool bad = false;
		if (uc->len == 0 || !utf8_valid(uc->s, uc->len, NULL)) {
			row_error(im, r, c.user, user_name, "user '%s': %s", uc->s, uc->len,
				  uc->len ? "not valid UTF-8" : "empty (every event needs its user)");
			bad = true;
		}
		if (te == TIMEX_OK && (ts < STORE_ADOPTION_MIN_TS || ts > STORE_ADOPTION_MAX_TS))
			te = TIMEX_YEAR;
		if (te != TIMEX_OK) {
			row_error(im, r, c.time, time_name, "time '%s': %s", tc->s, tc->len,
				  timex_strerror(te));
			bad = true;
		}
		if (bad) {
			errors += 1;
			if (errors >= ADOPTION_MAX_ROW_ERRORS)
				break;
			continue;
		}
		if (failed) {
			res->failures++;
			continue;
		}
		if (c.event >= 0 && r->cells[c.event].len == 0) {
			row_error(im, r, c.event, c.names[2], "event '%s': %s", "", 0,
				  "empty (name the kind of activity)");
			if (++errors >= ADOPTION_MAX_ROW_ERRORS)
				break;
			continue;
		}
		res->successes++;
		if (errors)
			continue;   /* only looking for more errors now */
		int64_t num = adoption_users_find(&im->users, uc->s, uc->len);
		if (!num) {
			char *id = xstrndup(uc->s, uc->len);
			bool ok = store_adoption_account_add(im->st, id, &num, im->d);
			if (ok && num > STORE_ADOPTION_MAX_USER) {
				diag_fail(im->d, EXIT_DATAERR, "%s: more than %lld distinct users; "
					  "split the workspace", r->file,
					  (long long)STORE_ADOPTION_MAX_USER);
				ok = false;
			}
			if (ok)
				adoption_users_add(&im->users, num, id, uc->len);
			free(id);
			if (!ok)
				return false;
		}
		grow_users(im, num);
		if (!im->users.in_roster[num]) {
			res->unknown_logins++;
			im->tally[num].unknown++;
		}
		im->batch[im->nbatch].ts = ts;
		im->batch[im->nbatch++].user = num;
		if (im->nbatch == BATCH && !flush(im))
			return false;
	}
	if (got < 0)
		return false;
	if (errors >= ADOPTION_MAX_ROW_ERRORS)
		diag_at(im->d, DIAG_NOTE, 0, r->file, 0, 0,
			"stopped after %d bad rows; nothing was imported",
			ADOPTION_MAX_ROW_ERRORS);
	else if (errors)
		diag_at(im->d, DIAG_NOTE, 0, r->file, 0, 0, "%zu bad row%s; nothing was imported",
			errors, errors == 1 ? "" : "s");
	if (errors)
		return false;
	if (progress && progress->fn)
		progress->fn(adoption_csv_offset(r), size, res->rows, progress->arg);
	return flush(im);
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

bool adoption_log_import(struct store *st, const char *path, const char *map_spec,
			 const struct adoption_progress *progress,
			 struct adoption_import_result *res, struct diag *d)
{
	memset(res, 0, sizeof *res);
	struct metric_map map = {0};
	if (map_spec && !metric_map_parse(map_spec, LOG_KEYS, &map, d))
		return false;
	FILE *in = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!in) {
		diag_fail(d, EXIT_NOINPUT, "%s: cannot open: %s", path, strerror(errno));
		metric_map_release(&map);
		return false;
	}
	struct stat sb;
	uint64_t size = 0;
	if (fstat(fileno(in), &sb) == 0) {
		if (S_ISDIR(sb.st_mode)) {
			diag_fail(d, EXIT_NOINPUT, "%s: is a directory", path);
			if (in != stdin)
				fclose(in);
			metric_map_release(&map);
			return false;
		}
		if (S_ISREG(sb.st_mode))
			size = (uint64_t)sb.st_size;
	}
	struct import im = { .st = st, .d = d, .res = res, .last_monday = INT64_MIN };
	im.batch = xmalloc(BATCH * sizeof *im.batch);
	im.known = xmalloc(BATCH * sizeof *im.known);
	im.new_ts = xmalloc(BATCH * sizeof *im.new_ts);
	im.new_user = xmalloc(BATCH * sizeof *im.new_user);
	struct adoption_csv r;
	adoption_csv_init(&r, path, in);
	bool ok = store_begin(st, d) && store_adoption_bulk_mode(st, d) &&
		  adoption_users_load(&im.users, st, d) &&
		  read_rows(&im, &r, &map, progress, size);
	/* Per-user summaries and the unknown users of this file. */
	size_t ucap = 0;
	for (size_t u = 1; ok && u < im.ucap; u++) {
		const struct user_tally *t = &im.tally[u];
		if (t->added && !store_adoption_user_logins_add(st, (int64_t)u, t->first, t->last,
								t->added, d))
			ok = false;
		if (t->unknown) {
			XGROW(res->unknown, ucap, res->nunknown + 1);
			res->unknown[res->nunknown].id = xstrdup(im.users.ids[u]);
			res->unknown[res->nunknown++].logins = t->unknown;
		}
	}
	if (res->unknown)
		qsort(res->unknown, res->nunknown, sizeof *res->unknown, cmp_unknown);
	if (ok && im.nmondays) {
		qsort(im.mondays, im.nmondays, sizeof *im.mondays, cmp_i64);
		size_t n = 1;
		for (size_t i = 1; i < im.nmondays; i++)
			if (im.mondays[i] != im.mondays[n - 1])
				im.mondays[n++] = im.mondays[i];
		im.nmondays = n;
		timex_format_date(im.mondays[0], res->first_week);
		timex_format_date(im.mondays[n - 1], res->last_week);
		res->weeks = n;
		ok = adoption_weeks_recompute_touched(st, im.mondays, n, d);
	}
	if (ok)
		ok = store_commit(st, d);
	else
		store_rollback(st);
	adoption_csv_release(&r);
	if (in != stdin)
		fclose(in);
	adoption_users_release(&im.users);
	free(im.batch);
	free(im.known);
	free(im.new_ts);
	free(im.new_user);
	free(im.tally);
	free(im.mondays);
	metric_map_release(&map);
	return ok;
}
