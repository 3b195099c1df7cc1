/* adoption import: stream an activity log into login events.
 *
 * A reader thread (adoption_rows.c) reads, checks and counts the rows; this
 * thread numbers each login's user through the in-memory index and keeps
 * the logins in a batch. A full batch is sorted by (ts, user) and met with
 * the workspace day by day: a day with the stored day's count and digest
 * is known whole, any other day is merged with that day's stored events
 * (one range scan, no per-row lookups). Only the new events are inserted,
 * with one prepared statement in the command's one transaction. Logs come
 * in time order, so inserts append to the b-tree.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/csvx.h"
#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

enum { BATCH = 1 << 17 };

/* A login (kind 0) or an action of a kind (adoption_action_kinds). */
struct event {
	int64_t ts;
	int64_t user;
	int64_t kind;
};

/* Events waiting to meet the workspace: the logins or the actions. */
struct evbatch {
	bool actions;
	struct event *ev;
	size_t n;
	bool *known;               /* per batch event: already stored */
	int64_t *new_ts, *new_user;  /* logins: the batch's new events, in key order */
	struct store_adoption_action *new_actions;  /* actions: the same */
};

struct import {
	const char *file;
	struct store *st;
	struct diag *d;
	struct adoption_users users;
	struct adoption_import_result *res;
	struct evbatch logins, actions;
	struct adoption_kinds kinds;  /* the workspace's kinds of action by their text */
	long kinds_before;
	/* per user, in one place (one cache line per event): new logins and
	 * their span, logins while not in the roster */
	struct user_tally { int64_t first, last; long added, unknown; bool via_form; } *tally;
	size_t ucap;
	int64_t *mondays;          /* weeks that gained logins (unsorted, few repeats) */
	size_t nmondays, mcap;
	int64_t last_monday;
	struct adoption_row_counts counts;  /* the reader's, for the import record */
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
		im->tally[i] = (struct user_tally){ INT64_MAX, INT64_MIN, 0, 0, false };
	im->ucap = cap;
}

static int cmp_event(const void *a, const void *b)
{
	const struct event *x = a, *y = b;
	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	if (x->user != y->user)
		return x->user < y->user ? -1 : 1;
	return (x->kind > y->kind) - (x->kind < y->kind);
}

struct merge {
	struct evbatch *b;
	size_t i, end;   /* the batch events being merged: [i, end) */
};

/* Existing events arrive in (ts, user, kind) order, as the sorted batch is. */
static bool merge_known_action(int64_t ts, int64_t user, int64_t kind, void *arg)
{
	struct merge *m = arg;
	struct evbatch *b = m->b;
	struct event key = { ts, user, kind };
	while (m->i < m->end && cmp_event(&b->ev[m->i], &key) < 0)
		m->i++;
	if (m->i == m->end)
		return false;
	if (cmp_event(&b->ev[m->i], &key) == 0)
		b->known[m->i] = true;
	return true;
}

static bool merge_known(int64_t ts, int64_t user, void *arg)
{
	return merge_known_action(ts, user, 0, arg);
}

static uint64_t event_digest(const struct evbatch *b, const struct event *e)
{
	if (!b->actions)
		return store_adoption_event_digest(e->ts, e->user);
	struct store_adoption_action a = { e->ts, e->user, e->kind };
	return store_adoption_action_digest(&a);
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

/* Mark the batch's events [0, end) that the workspace has, day by day: a
 * day whose events have the stored day's count and digest is stored
 * already; any other day is merged with the stored events of that day (one
 * range scan, no per-event lookups). */
static bool mark_known(struct import *im, struct evbatch *eb, size_t end)
{
	memset(eb->known, 0, end * sizeof *eb->known);
	for (size_t a = 0; a < end;) {
		int64_t day = timex_day_of(eb->ev[a].ts);
		uint64_t digest = 0;
		size_t b = a;
		for (; b < end && timex_day_of(eb->ev[b].ts) == day; b++)
			digest += event_digest(eb, &eb->ev[b]);
		struct store_adoption_day stored;
		if (!(eb->actions ? store_adoption_action_day_get(im->st, day, &stored, im->d)
				  : store_adoption_day_get(im->st, day, &stored, im->d)))
			return false;
		if (stored.logins == (int64_t)(b - a) && stored.digest == digest) {
			memset(eb->known + a, true, (b - a) * sizeof *eb->known);
		} else if (stored.logins > 0) {
			struct merge m = { eb, a, b };
			bool ok = eb->actions
				? store_adoption_actions_range(im->st, day * 86400, (day + 1) * 86400,
							       merge_known_action, &m, im->d)
				: store_adoption_logins_range(im->st, day * 86400, (day + 1) * 86400,
							      merge_known, &m, im->d);
			if (!ok)
				return false;
		}
		a = b;
	}
	return true;
}

/* Merge the batch with the workspace and insert its new events. Unless
 * all, the batch's last day waits for the next batch (a log in time order
 * goes on with it), so that days meet the workspace whole. */
static void evbatch_init(struct evbatch *b, bool actions)
{
	*b = (struct evbatch){ .actions = actions };
	b->ev = xmalloc(BATCH * sizeof *b->ev);
	b->known = xmalloc(BATCH * sizeof *b->known);
	if (actions) {
		b->new_actions = xmalloc(BATCH * sizeof *b->new_actions);
	} else {
		b->new_ts = xmalloc(BATCH * sizeof *b->new_ts);
		b->new_user = xmalloc(BATCH * sizeof *b->new_user);
	}
}

static void evbatch_release(struct evbatch *b)
{
	free(b->ev);
	free(b->known);
	free(b->new_ts);
	free(b->new_user);
	free(b->new_actions);
}

/* A new event: kept for insertion and counted. */
static void take_new(struct import *im, struct evbatch *eb, size_t nnew, const struct event *e)
{
	touch_week(im, e->ts);
	if (eb->actions) {
		eb->new_actions[nnew] = (struct store_adoption_action){ e->ts, e->user, e->kind };
		im->res->actions_added++;
		return;
	}
	eb->new_ts[nnew] = e->ts;
	eb->new_user[nnew] = e->user;
	im->res->added++;
	struct user_tally *t = &im->tally[e->user];
	t->added++;
	if (e->ts < t->first)
		t->first = e->ts;
	if (e->ts > t->last)
		t->last = e->ts;
}

static bool flush(struct import *im, struct evbatch *eb, bool all)
{
	if (!eb->n)
		return true;
	long *duplicates = eb->actions ? &im->res->action_duplicates : &im->res->duplicates;
	bool sorted = true;
	for (size_t i = 1; i < eb->n && sorted; i++)
		sorted = cmp_event(&eb->ev[i - 1], &eb->ev[i]) <= 0;
	if (!sorted)
		qsort(eb->ev, eb->n, sizeof *eb->ev, cmp_event);
	/* Duplicates inside the batch (an export listing an event twice). */
	size_t n = 1;
	for (size_t i = 1; i < eb->n; i++)
		if (cmp_event(&eb->ev[i], &eb->ev[n - 1]) != 0)
			eb->ev[n++] = eb->ev[i];
		else
			(*duplicates)++;
	size_t end = n;
	if (!all) {
		int64_t last = timex_day_of(eb->ev[n - 1].ts);
		size_t k = n;
		while (k > 0 && timex_day_of(eb->ev[k - 1].ts) == last)
			k--;
		if (k > 0)
			end = k;   /* else one day fills the batch: it goes as it is */
	}
	if (!mark_known(im, eb, end))
		return false;
	size_t nnew = 0;
	for (size_t i = 0; i < end; i++) {
		if (eb->known[i])
			(*duplicates)++;
		else
			take_new(im, eb, nnew++, &eb->ev[i]);
	}
	memmove(eb->ev, eb->ev + end, (n - end) * sizeof *eb->ev);
	eb->n = n - end;
	return eb->actions ? store_adoption_actions_add(im->st, eb->new_actions, nnew, im->d)
			   : store_adoption_logins_add(im->st, eb->new_ts, eb->new_user, nnew, im->d);
}

static const char *const LOG_KEYS[] = {"user", "time", "event", "status", "action", "object",
				       NULL};
static const char *const USER_NAMES[] = {"UserId", "user", "user_id", "username", NULL};
static const char *const TIME_NAMES[] = {"LoginTime", "time", "timestamp", "event_time", NULL};
static const char *const EVENT_NAMES[] = {NULL};
static const char *const STATUS_NAMES[] = {"Status", NULL};
/* Read only when mapped: an export's own Action or Type column may mean
 * something else. */
static const char *const NO_NAMES[] = {NULL};

static bool find_columns(const struct adoption_csv *r, const struct metric_map *map,
			 struct adoption_columns *c, bool *loginhistory, struct diag *d)
{
	size_t n = r->ncells;
	/* The header says what the file is: not UTF-8 (UTF-16 without a BOM,
	 * another encoding) is named here, as every other import does. */
	for (size_t i = 0; i < n; i++)
		if (!csvx_check_cell(r->file, 0, r->line, (int)i + 1, r->cells[i].s,
				     r->cells[i].len, d))
			return false;
	char **cells = xmalloc((n ? n : 1) * sizeof *cells);
	size_t *lens = xmalloc((n ? n : 1) * sizeof *lens);
	for (size_t i = 0; i < n; i++) {
		cells[i] = xstrndup(r->cells[i].s, r->cells[i].len);
		lens[i] = r->cells[i].len;
	}
	csvx_header_duplicates(r->file, r->line, (const char *const *)cells, lens, n, d);
	free(lens);
	const char *const *cc = (const char *const *)cells;
	*loginhistory = metric_header_find(cc, n, NULL, "user", (const char *const[]){"UserId", NULL}) >= 0 &&
			metric_header_find(cc, n, NULL, "time", (const char *const[]){"LoginTime", NULL}) >= 0 &&
			metric_header_find(cc, n, NULL, "status", STATUS_NAMES) >= 0;
	c->user = metric_header_find(cc, n, map, "user", USER_NAMES);
	c->time = metric_header_find(cc, n, map, "time", TIME_NAMES);
	c->event = metric_header_find(cc, n, map, "event", EVENT_NAMES);
	c->status = metric_header_find(cc, n, map, "status", STATUS_NAMES);
	c->action = metric_header_find(cc, n, map, "action", NO_NAMES);
	c->object = metric_header_find(cc, n, map, "object", NO_NAMES);
	c->activity = c->action >= 0 || c->object >= 0 ||
		      (c->kind && (c->kind->object || c->kind->action));
	bool ok = true;
	static const char *const what[] = {"user", "time", "event", "status", "action", "object"};
	int *col[] = {&c->user, &c->time, &c->event, &c->status, &c->action, &c->object};
	for (int k = 0; k < 6; k++) {
		const char *mapped = metric_map_get(map, what[k]);
		if (mapped && *col[k] < 0) {
			const char *close = text_closest(mapped, cc, n);
			if (close)
				diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->line, 0,
					_("--map %s=%s: no such column in the header; did you mean '%s'?"),
					what[k], mapped, close);
			else
				diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->line, 0,
					_("--map %s=%s: no such column in the header"), what[k], mapped);
			ok = false;
		} else if (k < 2 && *col[k] < 0) {
			diag_at(d, DIAG_ERROR, EXIT_DATAERR, r->file, (int)r->line, 0,
				_("no %s column: the header is not a Salesforce LoginHistory export "
				  "(UserId, LoginTime, Status); name the columns with "
				  "--map user=COLUMN,time=COLUMN"), what[k]);
			ok = false;
		}
	}
	c->need = 0;
	for (int k = 0; k < 6; k++) {
		c->names[k] = *col[k] >= 0 ? xstrdup(cells[*col[k]]) : NULL;
		if (*col[k] >= 0 && (size_t)*col[k] + 1 > c->need)
			c->need = (size_t)*col[k] + 1;
	}
	for (size_t i = 0; i < n; i++)
		free(cells[i]);
	free(cells);
	return ok;
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

/* A user not in the roster may be there under the other form of a
 * Salesforce id (the 15-character id of a report, the 18-character one of
 * an export): *num becomes that user's. */
static bool other_form(struct import *im, const char *id, size_t len, int64_t *num)
{
	char alt[19];
	size_t n = adoption_sfid_other(id, len, alt);
	int64_t other = n ? adoption_users_find(&im->users, alt, n) : 0;
	if (!other || !im->users.in_roster[other])
		return true;
	*num = other;
	grow_users(im, other);
	im->res->id_form_logins++;
	if (!im->tally[other].via_form) {
		im->tally[other].via_form = true;
		im->res->id_form_users++;
	}
	return true;
}

/* Look up (or number) the users of a chunk and batch its logins. Each
 * id's slot is prefetched a few logins ahead: the index is larger than the
 * cache, and the log streaming past keeps pushing it out. */
static bool take_chunk(struct import *im, const struct adoption_chunk *ch)
{
	enum { AHEAD = 8 };
	struct adoption_import_result *res = im->res;
	for (size_t i = 0; i < ch->n && i < AHEAD; i++)
		adoption_users_prefetch(&im->users, ch->logins[i].hash);
	for (size_t i = 0; i < ch->n; i++) {
		if (i + AHEAD < ch->n)
			adoption_users_prefetch(&im->users, ch->logins[i + AHEAD].hash);
		const struct adoption_login *l = &ch->logins[i];
		const char *id = ch->ids + l->id_off;
		int64_t num = adoption_users_find_hashed(&im->users, id, l->id_len, l->hash);
		if ((!num || !im->users.in_roster[num]) && !other_form(im, id, l->id_len, &num))
			return false;
		if (!num) {
			char *copy = xstrndup(id, l->id_len);
			bool ok = store_adoption_account_add(im->st, copy, &num, im->d);
			if (ok && num > STORE_ADOPTION_MAX_USER) {
				diag_fail(im->d, EXIT_DATAERR, _("%s: more than %lld distinct users; "
					  "split the workspace"), im->file,
					  (long long)STORE_ADOPTION_MAX_USER);
				ok = false;
			}
			if (ok)
				adoption_users_add(&im->users, num, copy, l->id_len);
			free(copy);
			if (!ok)
				return false;
		}
		grow_users(im, num);
		if (l->kind_len) {
			int64_t kind = adoption_kinds_id(&im->kinds, im->st, ch->ids + l->kind_off,
							 l->kind_len, im->d);
			if (!kind)
				return false;
			struct evbatch *b = &im->actions;
			b->ev[b->n++] = (struct event){ l->ts, num, kind };
			if (b->n == BATCH && !flush(im, b, false))
				return false;
			continue;
		}
		if (!im->users.in_roster[num]) {
			res->unknown_logins++;
			im->tally[num].unknown++;
		}
		struct evbatch *b = &im->logins;
		b->ev[b->n++] = (struct event){ l->ts, num, 0 };
		if (b->n == BATCH && !flush(im, b, false))
			return false;
	}
	return true;
}

static bool read_rows(struct import *im, struct adoption_csv *r, const struct metric_map *map,
		      const struct adoption_times *times, const struct adoption_log_kind *kind,
		      const struct adoption_progress *progress, uint64_t size)
{
	struct adoption_import_result *res = im->res;
	struct adoption_columns c = { .times = times, .kind = kind };
	int got = adoption_csv_next(r, im->d);
	if (got <= 0) {
		if (got == 0)
			diag_fail(im->d, EXIT_DATAERR, _("%s: the file is empty (no header)"), r->file);
		return false;
	}
	bool ok = find_columns(r, map, &c, &res->loginhistory, im->d);
	res->activity = c.activity;
	/* Only the columns the import reads are split out of each row. */
	r->want = 0;
	if (c.need <= 64) {
		const int cols[] = { c.user, c.time, c.event, c.status, c.action, c.object };
		for (int k = 0; k < 6; k++)
			if (cols[k] >= 0)
				r->want |= (uint64_t)1 << cols[k];
	}
	struct adoption_rows *rows = NULL;
	if (ok)
		ok = adoption_rows_start(&rows, r, &c, progress, size, im->d);
	if (ok) {
		const struct adoption_chunk *ch;
		while (ok && (ch = adoption_rows_next(rows))) {
			ok = take_chunk(im, ch);
			adoption_rows_release_chunk(rows);
		}
		struct adoption_row_counts counts;
		/* The reader's verdict first: a bad row outranks what the
		 * batches did with the rows before it. */
		bool read_ok = adoption_rows_finish(rows, &counts, im->d);
		res->rows = counts.rows;
		res->successes = counts.successes;
		res->failures = counts.failures;
		im->counts = counts;
		ok = read_ok && ok && flush(im, &im->logins, true) && flush(im, &im->actions, true);
	}
	res->kinds_added = (long)im->kinds.n - im->kinds_before;
	for (int k = 0; k < 6; k++)
		free(c.names[k]);
	return ok;
}

static int cmp_i64(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return (x > y) - (x < y);
}

bool adoption_log_import(struct store *st, const char *path, const char *map_spec,
			 const struct adoption_times *times,
			 const struct adoption_progress *progress,
			 const struct adoption_commit_hook *hook,
			 struct adoption_import_result *res, struct diag *d)
{
	return adoption_activity_import(st, path, map_spec, times, NULL, progress, hook, res, d);
}

bool adoption_activity_import(struct store *st, const char *path, const char *map_spec,
			      const struct adoption_times *times,
			      const struct adoption_log_kind *kind,
			      const struct adoption_progress *progress,
			      const struct adoption_commit_hook *hook,
			      struct adoption_import_result *res, struct diag *d)
{
	memset(res, 0, sizeof *res);
	struct metric_map map = {0};
	if (map_spec && !metric_map_parse(map_spec, LOG_KEYS, &map, d))
		return false;
	struct csvx_input input;
	if (!csvx_open(&input, path, NULL, d)) {
		metric_map_release(&map);
		return false;
	}
	FILE *in = input.f;
	uint64_t size = input.size;
	struct import im = { .file = path, .st = st, .d = d, .res = res, .last_monday = INT64_MIN };
	evbatch_init(&im.logins, false);
	evbatch_init(&im.actions, true);
	struct adoption_csv r;
	adoption_csv_init(&r, path, in);
	bool ok = store_begin(st, d) && store_adoption_bulk_mode(st, d) &&
		  store_adoption_days_ensure(st, d) &&
		  adoption_users_load(&im.users, st, d) &&
		  adoption_kinds_load(&im.kinds, st, d) &&
		  (im.kinds_before = (long)im.kinds.n, true) &&
		  read_rows(&im, &r, &map, times, kind, progress, size);
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
	if (ok)
		ok = adoption_import_record(st, path, &im.counts, res, d);
	if (ok && im.nmondays) {
		qsort(im.mondays, im.nmondays, sizeof *im.mondays, cmp_i64);
		size_t n = 1;
		for (size_t i = 1; i < im.nmondays; i++)
			if (im.mondays[i] != im.mondays[n - 1])
				im.mondays[n++] = im.mondays[i];
		im.nmondays = n;
		int64_t first, last;
		ok = adoption_weeks_recompute_touched(st, im.mondays, n, &res->weeks, &first,
						      &last, d);
		if (ok && res->weeks) {
			timex_format_date(first, res->first_week);
			timex_format_date(last, res->last_week);
		}
	}
	if (ok && hook)
		ok = hook->fn(res, hook->arg, d);
	if (ok)
		ok = store_commit(st, d);
	else
		store_rollback(st);
	adoption_csv_release(&r);
	csvx_close(&input, d);
	adoption_users_release(&im.users);
	evbatch_release(&im.logins);
	evbatch_release(&im.actions);
	adoption_kinds_release(&im.kinds);
	free(im.tally);
	free(im.mondays);
	metric_map_release(&map);
	return ok;
}

/* ---- recording an import ---- */

bool adoption_import_record(struct store *st, const char *file,
			    const struct adoption_row_counts *c,
			    struct adoption_import_result *res, struct diag *d)
{
	struct store_adoption_import im = { file, c->rows, c->first_ts, c->last_ts, c->has_times };
	if (!store_adoption_import_add(st, &im, d) || !adoption_reach_load(st, &res->reach, d))
		return false;
	res->file_reach = (struct adoption_reach){ c->has_times, c->last_ts };
	res->in_progress[0] = '\0';
	if (res->reach.known)
		timex_format_date(timex_week_monday(timex_day_of(res->reach.last_ts)),
				  res->in_progress);
	/* The week the logs end in is in progress unless they reach its very
	 * last second; then every week so far is complete. */
	if (res->reach.known && !adoption_week_in_progress(&res->reach,
							   timex_day_of(res->reach.last_ts)))
		res->in_progress[0] = '\0';
	return true;
}
