/* adoption import, first stage: a reader thread turns the log into checked
 * logins while the importing thread looks up users and writes events.
 *
 * The reader owns the CSV reader, the row checks and their messages (in a
 * diag of its own, merged when it is joined); it hands over successful
 * logins in chunks, each with its user id and the id's hash, through a small
 * ring: memory stays a few chunks whatever the file size or the ids' length. After the first
 * bad row it stops handing over and only looks for more bad rows, as the
 * single-threaded import did.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

/* A chunk goes over at 16,384 logins or 1 MB of user ids, whichever comes
 * first: the ring holds at most 16 of them, however long the ids. */
enum { RING = 16, CHUNK_LOGINS = 16384, CHUNK_ID_BYTES = 1 << 20 };

struct adoption_rows {
	struct adoption_csv *r;
	const struct adoption_columns *c;
	const struct adoption_progress *progress;
	uint64_t size;
	struct diag d;          /* the reader's messages */
	struct adoption_row_counts counts;
	struct timex_day_cache days;   /* rows in time order share their date */
	struct timex_zone_cache zone;  /* and their time zone offset */
	bool read_failed;       /* I/O or malformed CSV: stop */

	pthread_t thread;
	bool started;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	struct adoption_chunk ring[RING];
	size_t head, tail;      /* chunks handed over: [tail, head) */
	bool done;
	atomic_bool stop;       /* the importer gave up: read no further */
};

static void chunk_reset(struct adoption_chunk *ch)
{
	ch->n = 0;
	ch->ids_len = 0;
}

/* Wait for a free chunk; NULL when the importer asked to stop. */
static struct adoption_chunk *free_chunk(struct adoption_rows *rs)
{
	pthread_mutex_lock(&rs->lock);
	while (!rs->stop && rs->head - rs->tail == RING)
		pthread_cond_wait(&rs->changed, &rs->lock);
	struct adoption_chunk *ch = rs->stop ? NULL : &rs->ring[rs->head % RING];
	pthread_mutex_unlock(&rs->lock);
	if (ch)
		chunk_reset(ch);
	return ch;
}

static void hand_over(struct adoption_rows *rs)
{
	pthread_mutex_lock(&rs->lock);
	rs->head++;
	pthread_cond_broadcast(&rs->changed);
	pthread_mutex_unlock(&rs->lock);
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

static void row_error(struct adoption_rows *rs, int col, const char *name, const char *fmt,
		      const char *value, size_t vlen, const char *why)
{
	const struct adoption_csv *r = rs->r;
	char shown[64];
	size_t k = vlen < sizeof shown - 4 ? vlen : sizeof shown - 4;
	memcpy(shown, value, k);
	strcpy(shown + k, vlen > k ? "..." : "");
	char *clean = text_sanitize(shown);
	diag_row(&rs->d, EXIT_DATAERR, r->file, r->row, r->line, col + 1, name, fmt, clean, why);
	free(clean);
}

/* A bad time, with the layout tried and what would read it. */
static void time_error(struct adoption_rows *rs, enum timex_err te, size_t at,
		       const char *expected)
{
	const struct adoption_columns *c = rs->c;
	const struct adoption_cell *tc = &rs->r->cells[c->time];
	const struct adoption_times *times = c->times;
	char *why;
	if (times && times->format && te == TIMEX_SYNTAX)
		why = xasprintf(_("does not match --time-format '%s' at character %zu (expected %s)"),
				times->format_spec, at + 1, expected);
	else if (times && times->format)
		why = xasprintf(_("read as --time-format '%s': %s"), times->format_spec,
				timex_strerror(te));
	else if (te == TIMEX_SYNTAX)
		why = xasprintf(_(": %s; for another layout give --time-format (e.g. --time-format "
				  "'%%m/%%d/%%Y, %%I:%%M %%p') and --timezone"), timex_strerror(te));
	else if (te == TIMEX_NO_OFFSET)
		why = xasprintf(_(": %s, or give --timezone ZONE for times without one (e.g. "
				  "--timezone America/New_York)"), timex_strerror(te));
	else
		why = xasprintf(": %s", timex_strerror(te));
	row_error(rs, c->time, c->names[1], times && times->format ? _("time '%s' %s") : _("time '%s'%s"),
		  tc->s, tc->len, why);
	free(why);
}

/* The row's object and action: its cells, else the file's (--object,
 * --action); "" when neither. */
static struct adoption_cell kind_part(const struct adoption_rows *rs, int col, const char *given)
{
	if (col >= 0)
		return rs->r->cells[col];
	return (struct adoption_cell){ given ? given : "", given ? strlen(given) : 0 };
}

/* An activity log's row names what was done: an object or an action, in
 * UTF-8, within 200 bytes each (kinds are few short names). */
static bool check_kind(struct adoption_rows *rs)
{
	const struct adoption_columns *c = rs->c;
	const struct adoption_log_kind *k = c->kind;
	struct adoption_cell parts[2] = { kind_part(rs, c->object, k ? k->object : NULL),
					  kind_part(rs, c->action, k ? k->action : NULL) };
	int cols[2] = { c->object, c->action };
	const char *names[2] = { c->names[5], c->names[4] };
	bool good = true;
	for (int i = 0; i < 2; i++) {
		if (cols[i] < 0)
			continue;
		const struct adoption_cell *p = &parts[i];
		if (!utf8_valid(p->s, p->len, NULL)) {
			row_error(rs, cols[i], names[i], i ? _("action '%s': %s") : _("object '%s': %s"),
				  p->s, p->len, _("not valid UTF-8"));
			good = false;
		} else if (p->len > 200) {
			row_error(rs, cols[i], names[i], i ? _("action '%s': %s") : _("object '%s': %s"),
				  p->s, p->len, _("longer than 200 bytes"));
			good = false;
		}
	}
	if (good && !parts[0].len && !parts[1].len) {
		int col = c->action >= 0 ? c->action : c->object;
		row_error(rs, col, c->action >= 0 ? names[1] : names[0],
			  c->action >= 0 ? _("action '%s': %s") : _("object '%s': %s"), "", 0,
			  _("empty (name what was done: an object or an action)"));
		good = false;
	}
	return good;
}

/* Check one row; true and *ts for a good row. A bad row is reported. */
static bool check_row(struct adoption_rows *rs, bool *failed, int64_t *ts)
{
	const struct adoption_csv *r = rs->r;
	const struct adoption_columns *c = rs->c;
	if (r->ncells < c->need) {
		diag_row(&rs->d, EXIT_DATAERR, r->file, r->row, r->line, (int)r->ncells + 1,
			 NULL, _("the row has %zu cells, the header names at least %zu"),
			 r->ncells, c->need);
		return false;
	}
	/* Failed logins never count, but their cells are checked like any
	 * other row's. */
	*failed = c->status >= 0 && !is_success(r->cells[c->status].s, r->cells[c->status].len);
	const struct adoption_cell *uc = &r->cells[c->user], *tc = &r->cells[c->time];
	const struct adoption_times *times = c->times;
	/* ISO 8601 unless a layout is given: one predictable branch, so the
	 * default path costs what it did. */
	size_t at = 0;
	char expected[TIMEX_EXPECTED_MAX];
	enum timex_err te = times && times->format
		? timex_format_parse(times->format, tc->s, tc->len, ts, &at, expected)
		: timex_parse_time_cached(tc->s, tc->len, &rs->days, ts);
	if (te == TIMEX_NO_OFFSET && times && times->zone) {
		*ts = timex_zone_to_utc(times->zone, *ts, &rs->zone);
		te = TIMEX_OK;
	}
	bool good = true;
	if (uc->len == 0 || !utf8_valid(uc->s, uc->len, NULL)) {
		/* Not UTF-8: name the encoding the file most likely is in. */
		char *why = uc->len ? xasprintf(_("not valid UTF-8; the file may be %s: import it "
						  "with --encoding %s"),
						csvx_guess_encoding(uc->s, uc->len),
						csvx_guess_encoding(uc->s, uc->len))
				    : NULL;
		row_error(rs, c->user, c->names[0], _("user '%s': %s"), uc->s, uc->len,
			  why ? why : _("empty (every event needs its user)"));
		free(why);
		good = false;
	}
	if (te == TIMEX_OK && (*ts < STORE_ADOPTION_MIN_TS || *ts > STORE_ADOPTION_MAX_TS))
		te = TIMEX_YEAR;
	if (te != TIMEX_OK) {
		time_error(rs, te, at, expected);
		good = false;
	}
	if (good && !*failed && c->event >= 0 && r->cells[c->event].len == 0) {
		row_error(rs, c->event, c->names[2], _("event '%s': %s"), "", 0,
			  _("empty (name the kind of activity)"));
		good = false;
	}
	if (good && c->activity)
		good = check_kind(rs);
	return good;
}

static void add_login(struct adoption_chunk *ch, int64_t ts, const char *id, size_t len)
{
	XGROW(ch->ids, ch->ids_cap, ch->ids_len + len);
	memcpy(ch->ids + ch->ids_len, id, len);
	ch->logins[ch->n++] = (struct adoption_login){
		ts, adoption_users_hash(id, len), (uint32_t)ch->ids_len, (uint32_t)len, 0, 0 };
	ch->ids_len += len;
}

/* The last row added is an action: its kind's text follows in the ids. */
static void add_kind(struct adoption_rows *rs, struct adoption_chunk *ch)
{
	const struct adoption_columns *c = rs->c;
	const struct adoption_log_kind *k = c->kind;
	struct adoption_cell o = kind_part(rs, c->object, k ? k->object : NULL);
	struct adoption_cell a = kind_part(rs, c->action, k ? k->action : NULL);
	if (adoption_action_is_login(a.s, a.len))
		return;
	size_t len = o.len + 1 + a.len;
	XGROW(ch->ids, ch->ids_cap, ch->ids_len + len);
	char *p = ch->ids + ch->ids_len;
	memcpy(p, o.s, o.len);
	p[o.len] = '\x1f';
	memcpy(p + o.len + 1, a.s, a.len);
	struct adoption_login *l = &ch->logins[ch->n - 1];
	l->kind_off = (uint32_t)ch->ids_len;
	l->kind_len = (uint32_t)len;
	ch->ids_len += len;
}

static void *reader(void *arg)
{
	struct adoption_rows *rs = arg;
	struct adoption_csv *r = rs->r;
	struct adoption_row_counts *k = &rs->counts;
	const struct adoption_progress *progress = rs->progress;
	uint64_t next_progress = 0;
	struct adoption_chunk *ch = free_chunk(rs);
	int got = 0;
	while (ch && !atomic_load_explicit(&rs->stop, memory_order_relaxed) &&
	       (got = adoption_csv_next(r, &rs->d)) > 0) {
		k->rows++;
		if (progress && progress->fn && adoption_csv_offset(r) >= next_progress) {
			progress->fn(adoption_csv_offset(r), rs->size, k->rows, progress->arg);
			next_progress = adoption_csv_offset(r) + (8u << 20);
		}
		bool failed = false;
		int64_t ts = 0;
		if (!check_row(rs, &failed, &ts)) {
			if (++k->errors >= ADOPTION_MAX_ROW_ERRORS)
				break;
			continue;
		}
		if (!k->has_times || ts < k->first_ts)
			k->first_ts = ts;
		if (!k->has_times || ts > k->last_ts)
			k->last_ts = ts;
		k->has_times = true;
		if (failed) {
			k->failures++;
			continue;
		}
		k->successes++;
		if (k->errors)
			continue;   /* only looking for more errors now */
		const struct adoption_cell *uc = &r->cells[rs->c->user];
		add_login(ch, ts, uc->s, uc->len);
		if (rs->c->activity)
			add_kind(rs, ch);
		if (ch->n == CHUNK_LOGINS || ch->ids_len >= CHUNK_ID_BYTES) {
			hand_over(rs);
			ch = free_chunk(rs);
		}
	}
	if (ch && got < 0)
		rs->read_failed = true;
	if (ch && !k->errors && !rs->read_failed) {
		if (progress && progress->fn)
			progress->fn(adoption_csv_offset(r), rs->size, k->rows, progress->arg);
		if (ch->n)
			hand_over(rs);
	}
	pthread_mutex_lock(&rs->lock);
	rs->done = true;
	pthread_cond_broadcast(&rs->changed);
	pthread_mutex_unlock(&rs->lock);
	return NULL;
}

bool adoption_rows_start(struct adoption_rows **out, struct adoption_csv *r,
			 const struct adoption_columns *c,
			 const struct adoption_progress *progress, uint64_t size, struct diag *d)
{
	struct adoption_rows *rs = xcalloc(1, sizeof *rs);
	rs->r = r;
	rs->c = c;
	rs->progress = progress;
	rs->size = size;
	diag_init(&rs->d);
	for (int i = 0; i < RING; i++)
		rs->ring[i].logins = xmalloc(CHUNK_LOGINS * sizeof *rs->ring[i].logins);
	pthread_mutex_init(&rs->lock, NULL);
	pthread_cond_init(&rs->changed, NULL);
	int err = pthread_create(&rs->thread, NULL, reader, rs);
	if (err) {
		diag_fail(d, EXIT_SOFTWARE, _("%s: cannot start the reader thread: %s"), r->file,
			  i18n_strerror(err));
		adoption_rows_finish(rs, NULL, d);
		*out = NULL;
		return false;
	}
	rs->started = true;
	*out = rs;
	return true;
}

const struct adoption_chunk *adoption_rows_next(struct adoption_rows *rs)
{
	pthread_mutex_lock(&rs->lock);
	while (rs->head == rs->tail && !rs->done)
		pthread_cond_wait(&rs->changed, &rs->lock);
	const struct adoption_chunk *ch = rs->head != rs->tail ? &rs->ring[rs->tail % RING] : NULL;
	pthread_mutex_unlock(&rs->lock);
	return ch;
}

void adoption_rows_release_chunk(struct adoption_rows *rs)
{
	pthread_mutex_lock(&rs->lock);
	rs->tail++;
	pthread_cond_broadcast(&rs->changed);
	pthread_mutex_unlock(&rs->lock);
}

bool adoption_rows_finish(struct adoption_rows *rs, struct adoption_row_counts *counts,
			  struct diag *d)
{
	if (rs->started) {
		pthread_mutex_lock(&rs->lock);
		atomic_store(&rs->stop, true);
		pthread_cond_broadcast(&rs->changed);
		pthread_mutex_unlock(&rs->lock);
		pthread_join(rs->thread, NULL);
	}
	size_t errors = rs->counts.errors;
	bool ok = !errors && !rs->read_failed;
	const struct adoption_csv *r = rs->r;
	if (errors >= ADOPTION_MAX_ROW_ERRORS)
		diag_at(&rs->d, DIAG_NOTE, 0, r->file, 0, 0,
			_("stopped after %d bad rows; nothing was imported"), ADOPTION_MAX_ROW_ERRORS);
	else if (errors)
		diag_at(&rs->d, DIAG_NOTE, 0, r->file, 0, 0, trn("%zu bad row; nothing was imported",
							      "%zu bad rows; nothing was imported", errors),
			errors);
	diag_merge(d, &rs->d);
	diag_release(&rs->d);
	if (counts)
		*counts = rs->counts;
	for (int i = 0; i < RING; i++) {
		free(rs->ring[i].logins);
		free(rs->ring[i].ids);
	}
	pthread_mutex_destroy(&rs->lock);
	pthread_cond_destroy(&rs->changed);
	free(rs);
	return ok;
}
