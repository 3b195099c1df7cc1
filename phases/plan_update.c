/* plan update: record what was done of an initiative (status, actual
 * dates, percent, reason), from the command line or a CSV of many, in one
 * transaction with a history row per changed field. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

/* The field of an update an error is about: its column in a file, its
 * option on the command line. */
enum field { F_INITIATIVE, F_STATUS, F_STARTED, F_DONE, F_PERCENT, F_REASON };
static const char *const FIELD_NAMES[] = { "initiative", "status", "started", "done",
					   "percent", "reason" };

static int field_column(const struct plan_update *u, enum field f)
{
	const int cols[] = { u->col_initiative, u->col_status, u->col_started, u->col_done,
			     u->col_percent, u->col_reason };
	return cols[f];
}

static void update_error(struct diag *d, const struct plan_update *u, int code, enum field f,
			 const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static void update_error(struct diag *d, const struct plan_update *u, int code, enum field f,
			 const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (u->file)
		diag_row(d, code, u->file, u->row, u->line, field_column(u, f), FIELD_NAMES[f],
			 "%s", msg);
	else if (f == F_INITIATIVE)
		diag_fail(d, code, "%s", msg);
	else
		diag_fail(d, code, "--%s: %s", FIELD_NAMES[f], msg);
	free(msg);
}

/* The plan's initiatives and the ids updated before (which a rebuilt plan
 * may have dropped). */
struct known {
	struct store_plan plan;
	bool has_plan;
	long start;
};

static long plan_item_find(const struct store_plan *p, const char *id)
{
	for (size_t i = 0; i < p->nitems; i++)
		if (!strcmp(p->items[i].initiative, id))
			return (long)i;
	return -1;
}

static void unknown_initiative(const struct known *k, const struct plan_update *u,
			       struct diag *d)
{
	const char **ids = xcalloc(k->plan.nitems + 1, sizeof *ids);
	for (size_t i = 0; i < k->plan.nitems; i++)
		ids[i] = k->plan.items[i].initiative;
	const char *close = text_closest(u->initiative, ids, k->plan.nitems);
	if (close)
		update_error(d, u, EXIT_DATAERR, F_INITIATIVE,
			     _("the plan has no initiative '%s' (did you mean '%s'?)"),
			     u->initiative, close);
	else
		update_error(d, u, EXIT_DATAERR, F_INITIATIVE,
			     _("the plan has no initiative '%s'; 'crmready plan show' lists them"),
			     u->initiative);
	free(ids);
}

static const char *show(long day, char out[TIMEX_SHOW_MAX])
{
	return timex_show_day(day, out);
}

/* An actual day: not before the plan's start, not after today. */
static bool day_in_range(const struct known *k, const struct plan_update *u, enum field f,
			 long day, long today, struct diag *d)
{
	char a[TIMEX_SHOW_MAX], b[TIMEX_SHOW_MAX];
	if (day < k->start) {
		update_error(d, u, EXIT_DATAERR, f, _("%s is before the plan's start, %s"),
			     show(day, a), show(k->start, b));
		return false;
	}
	if (day > today) {
		update_error(d, u, EXIT_DATAERR, f, _("%s is after today (%s): an actual date "
			     "cannot be in the future"), show(day, a), show(today, b));
		return false;
	}
	return true;
}

/* The row as it is after u: status, dates and percent as the rule in
 * plan.h says. false with the error in d. */
static bool apply_fields(const struct known *k, const struct plan_update *u, long today,
			 struct store_plan_exec *e, struct diag *d)
{
	enum plan_status was = plan_track_status(e), status = was;
	long started = PLAN_NO_DAY, done = PLAN_NO_DAY;
	plan_date_parse(e->started, &started);
	plan_date_parse(e->done, &done);
	if (u->has_status)
		status = u->status;
	if (u->done != PLAN_NO_DAY) {
		if (u->has_status && u->status != PLAN_DONE) {
			update_error(d, u, EXIT_USAGE, F_STATUS, _("'%s' with an actual end: an "
				     "initiative with an end date is done"), plan_status_name(u->status));
			return false;
		}
		status = PLAN_DONE;
		done = u->done;
	}
	if (u->started != PLAN_NO_DAY) {
		started = u->started;
		if (!u->has_status && status == PLAN_NOT_STARTED)
			status = PLAN_IN_PROGRESS;
	}
	if (u->has_status && u->status == PLAN_NOT_STARTED) {
		if (u->started != PLAN_NO_DAY) {
			update_error(d, u, EXIT_USAGE, F_STATUS, _("'not-started' with an actual "
				     "start: an initiative that started is in progress"));
			return false;
		}
		started = done = PLAN_NO_DAY;
		e->percent = -1;
	}
	if (status == PLAN_DONE && done == PLAN_NO_DAY)
		done = today;
	if (status == PLAN_IN_PROGRESS && started == PLAN_NO_DAY)
		started = today;
	if (status != PLAN_DONE && status != PLAN_DROPPED && u->done == PLAN_NO_DAY)
		done = PLAN_NO_DAY;
	if (u->percent >= 0)
		e->percent = u->percent;
	else if (status == PLAN_DONE && e->percent >= 0)
		e->percent = 100;   /* a percent recorded before: done is all of it */
	if (u->reason)
		free(e->note), e->note = xstrdup(u->reason);
	if (status == PLAN_BLOCKED && was != PLAN_BLOCKED && !u->reason) {
		update_error(d, u, EXIT_USAGE, F_REASON, _("blocked needs a reason: say what it "
			     "waits for with --reason TEXT"));
		return false;
	}
	if (started != PLAN_NO_DAY && !day_in_range(k, u, F_STARTED, started, today, d))
		return false;
	if (done != PLAN_NO_DAY && !day_in_range(k, u, F_DONE, done, today, d))
		return false;
	if (started != PLAN_NO_DAY && done != PLAN_NO_DAY && done < started) {
		char a[TIMEX_SHOW_MAX], b[TIMEX_SHOW_MAX];
		update_error(d, u, EXIT_DATAERR, u->done != PLAN_NO_DAY ? F_DONE : F_STARTED,
			     _("the actual end, %s, is before the actual start, %s"),
			     show(done, a), show(started, b));
		return false;
	}
	char buf[11];
	free(e->status);
	e->status = xstrdup(plan_status_name(status));
	free(e->started);
	e->started = NULL;
	if (started != PLAN_NO_DAY)
		plan_date_format(started, buf), e->started = xstrdup(buf);
	free(e->done);
	e->done = NULL;
	if (done != PLAN_NO_DAY)
		plan_date_format(done, buf), e->done = xstrdup(buf);
	return true;
}

static bool same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* A history row for one field that changed. */
static bool record(struct store *st, const char *today, const char *who, const char *id,
		   const char *field, const char *old, const char *new_value, const char *note,
		   size_t *fields, struct diag *d)
{
	if (same(old, new_value))
		return true;
	struct store_history h = { .day = today, .who = who, .kind = "initiative", .ref = id,
				   .field = field, .old = old, .new_value = new_value,
				   .note = note };
	(*fields)++;
	return store_history_add(st, &h, d);
}

static char *percent_text(int p)
{
	return p < 0 ? NULL : xasprintf("%d", p);
}

/* Record the changed fields of before -> after. */
static bool record_changes(struct store *st, const char *today, const char *who,
			   const struct store_plan_exec *before, const struct store_plan_exec *after,
			   const char *reason, size_t *fields, struct diag *d)
{
	const char *id = after->initiative;
	char *p0 = percent_text(before->percent), *p1 = percent_text(after->percent);
	size_t was = *fields;
	bool ok = record(st, today, who, id, "status", before->status, after->status, reason,
			 fields, d) &&
		  record(st, today, who, id, "started", before->started, after->started, reason,
			 fields, d) &&
		  record(st, today, who, id, "done", before->done, after->done, reason, fields, d) &&
		  record(st, today, who, id, "percent", p0, p1, reason, fields, d);
	/* A reason alone (the rest unchanged) is a change of the note. */
	if (ok && *fields == was)
		ok = record(st, today, who, id, "note", before->note, after->note, reason,
			    fields, d);
	free(p0);
	free(p1);
	return ok;
}

static bool apply_update(struct store *st, const struct known *k, const struct plan_update *u,
			 const char *today, const char *who, struct plan_update_result *out,
			 struct diag *d)
{
	struct store_plan_exec before, after;
	int found = store_plan_exec_get(st, u->initiative, &before, d);
	if (found < 0)
		return false;
	if (!found && plan_item_find(&k->plan, u->initiative) < 0) {
		unknown_initiative(k, u, d);
		return false;
	}
	if (!found) {
		before.initiative = xstrdup(u->initiative);
		before.status = xstrdup(plan_status_name(PLAN_NOT_STARTED));
		before.percent = -1;
		before.note = xstrdup("");
		before.updated = xstrdup("");
	}
	after = (struct store_plan_exec){
		.initiative = xstrdup(before.initiative), .status = xstrdup(before.status),
		.started = before.started ? xstrdup(before.started) : NULL,
		.done = before.done ? xstrdup(before.done) : NULL, .percent = before.percent,
		.note = xstrdup(before.note), .updated = xstrdup(today),
	};
	long t;
	plan_date_parse(today, &t);
	size_t was = out->fields;
	bool ok = apply_fields(k, u, t, &after, d) &&
		  record_changes(st, today, who, &before, &after, u->reason, &out->fields, d) &&
		  (out->fields == was || store_plan_exec_put(st, &after, d));
	if (ok && out->fields > was)
		out->initiatives++;
	store_plan_exec_release(&before);
	store_plan_exec_release(&after);
	return ok;
}

static bool known_load(struct store *st, struct known *k, struct diag *d)
{
	memset(k, 0, sizeof *k);
	int found = store_plan_load(st, &k->plan, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("there is no plan in %s yet; run 'crmready plan "
			  "build' first"), store_path(st));
	if (found <= 0)
		return false;
	k->has_plan = true;
	plan_date_parse(k->plan.start, &k->start);
	return true;
}

static void known_release(struct known *k)
{
	if (k->has_plan)
		store_plan_release(&k->plan);
}

bool plan_update_one(struct store *st, const struct plan_update *u, const char *today,
		     const char *who, struct plan_update_result *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct known k;
	if (!known_load(st, &k, d))
		return false;
	bool ok = store_begin(st, d);
	if (ok) {
		ok = apply_update(st, &k, u, today, who, out, d) && store_commit(st, d);
		if (!ok)
			store_rollback(st);
	}
	known_release(&k);
	return ok;
}

/* ---- the CSV of many updates ---- */

struct file_reader {
	const char *path;
	int cols[6];               /* 1-based column of each field, 0 none */
	struct plan_update *rows;
	bool *bad;                 /* rows[i] has an error of its own */
	char **strings;            /* every string the rows point at */
	size_t nrows, cap, cap_bad, nstrings, cap_strings;
	size_t row_errors;         /* errors of the rows' cells (the rest: the file's) */
	struct diag *d;
};

static const char *keep(struct file_reader *r, const char *s)
{
	XGROW(r->strings, r->cap_strings, r->nstrings + 1);
	return r->strings[r->nstrings++] = xstrdup(s);
}

static bool read_header(struct file_reader *r, const struct csvx_row *row)
{
	for (size_t c = 0; c < row->n; c++)
		for (int f = 0; f < 6; f++)
			if (!r->cols[f] && csvx_header_eq(row->cells[c], FIELD_NAMES[f]))
				r->cols[f] = (int)c + 1;
	if (!r->cols[F_INITIATIVE]) {
		diag_row(r->d, EXIT_DATAERR, r->path, 0, row->line, 1, NULL,
			 _("no 'initiative' column: expected the columns initiative, status, "
			   "started, done, percent, reason"));
		return false;
	}
	return true;
}

static const char *cell(const struct csvx_row *row, int col)
{
	return col > 0 && (size_t)col <= row->n ? row->cells[col - 1] : "";
}

static void read_day(struct file_reader *r, struct plan_update *u, enum field f,
		     const char *s, long *out)
{
	*out = PLAN_NO_DAY;
	if (!*s)
		return;
	int64_t day;
	const char *calendar;
	if (timex_parse_user_date(s, &day, &calendar) != TIMEX_OK) {
		update_error(r->d, u, EXIT_DATAERR, f, _("found '%s', expected a date "
			     "YYYY-MM-DD (or a Solar Hijri date YYYY/MM/DD)"), s);
		return;
	}
	*out = (long)day;
}

static void read_percent(struct file_reader *r, struct plan_update *u, const char *s)
{
	u->percent = -1;
	if (!*s)
		return;
	char *end;
	long v = strtol(s, &end, 10);
	if (*end || end == s || v < 0 || v > 100) {
		update_error(r->d, u, EXIT_DATAERR, F_PERCENT, _("found '%s', expected a whole "
			     "number from 0 to 100"), s);
		return;
	}
	u->percent = (int)v;
}

static bool read_row(const struct csvx_row *row, void *arg)
{
	struct file_reader *r = arg;
	if (row->row == 0)
		return read_header(r, row);
	for (size_t c = 0; c < row->n; c++)
		if (!csvx_check_cell(r->path, row->row, row->line, (int)c + 1, row->cells[c],
				     row->lens[c], r->d))
			return !diag_full(r->d);
	XGROW(r->rows, r->cap, r->nrows + 1);
	XGROW(r->bad, r->cap_bad, r->nrows + 1);
	size_t errors = r->d->errors;
	struct plan_update *u = &r->rows[r->nrows++];
	*u = (struct plan_update){
		.file = r->path, .row = row->row, .line = row->line,
		.col_initiative = r->cols[F_INITIATIVE], .col_status = r->cols[F_STATUS],
		.col_started = r->cols[F_STARTED], .col_done = r->cols[F_DONE],
		.col_percent = r->cols[F_PERCENT], .col_reason = r->cols[F_REASON],
	};
	const char *id = cell(row, r->cols[F_INITIATIVE]);
	u->initiative = keep(r, id);
	if (!*id)
		update_error(r->d, u, EXIT_DATAERR, F_INITIATIVE, _("the initiative is empty"));
	const char *status = cell(row, r->cols[F_STATUS]);
	if (*status) {
		u->has_status = plan_status_parse(status, &u->status);
		if (!u->has_status)
			update_error(r->d, u, EXIT_DATAERR, F_STATUS, _("found '%s', expected one "
				     "of %s"), status, plan_status_names());
	}
	read_day(r, u, F_STARTED, cell(row, r->cols[F_STARTED]), &u->started);
	read_day(r, u, F_DONE, cell(row, r->cols[F_DONE]), &u->done);
	read_percent(r, u, cell(row, r->cols[F_PERCENT]));
	const char *reason = cell(row, r->cols[F_REASON]);
	u->reason = *reason ? keep(r, reason) : NULL;
	r->bad[r->nrows - 1] = r->d->errors > errors;
	r->row_errors += r->d->errors - errors;
	return !diag_full(r->d);
}

static void file_reader_release(struct file_reader *r)
{
	for (size_t i = 0; i < r->nstrings; i++)
		free(r->strings[i]);
	free(r->strings);
	free(r->rows);
	free(r->bad);
}

bool plan_update_file(struct store *st, const char *path, const struct csvx_format *fmt,
		      const char *today, const char *who, struct plan_update_result *out,
		      struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct known k;
	if (!known_load(st, &k, d))
		return false;
	struct file_reader r = { .path = path, .d = d };
	struct csvx_reader reader = { .file = path, .format = fmt, .on_row = read_row, .arg = &r,
				      .check_utf8 = true };
	/* The rows that read well are applied even after a bad one, so that
	 * every error is reported; then rolled back unless there was none. */
	bool ok = csvx_read(&reader, path, d) || d->errors == r.row_errors;
	if (ok && r.nrows == 0 && !diag_has_errors(d)) {
		diag_fail(d, EXIT_DATAERR, _("%s: no updates: the file has a header and no rows"),
			  path);
		ok = false;
	}
	if (ok && (ok = store_begin(st, d))) {
		for (size_t i = 0; i < r.nrows && !diag_full(d); i++)
			if (!r.bad[i] && !apply_update(st, &k, &r.rows[i], today, who, out, d))
				ok = false;
		ok = ok && !diag_has_errors(d) && store_commit(st, d);
		if (!ok)
			store_rollback(st);
	}
	file_reader_release(&r);
	known_release(&k);
	return ok;
}
