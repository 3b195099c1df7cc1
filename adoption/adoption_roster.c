/* roster import: licensed users with their department, wave and licence
 * start and end (the usual header names, or a Salesforce User export as
 * it comes).
 * The whole file is validated before anything is written; a re-import
 * updates users in place. Users with an empty department are kept (under
 * ADOPTION_NO_DEPARTMENT in the figures); inactive users stop counting from
 * their licence end; rows matched by --exclude are kept out of every figure. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/csvx.h"
#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

enum { F_ID, F_DEPT, F_NAME, F_ROLE, F_LICENSE, F_WAVE, F_ACTIVE, F_END, F_TITLE, F_MANAGER,
       NFIELDS };
static const char *const ROSTER_KEYS[] = {"id", "department", "name", "role",
					  "license_start", "wave", "active", "license_end",
					  "title", "manager", NULL};
static const char *const *const ROSTER_NAMES[NFIELDS] = {
	(const char *const[]){"id", "user_id", "userid", NULL},
	(const char *const[]){"department", "dept", NULL},
	(const char *const[]){"name", "full_name", NULL},
	(const char *const[]){"role", "userrole.name", "userrole", NULL},
	(const char *const[]){"license_start", "licence_start", "licensestartdate", NULL},
	(const char *const[]){"wave", "rollout_wave", NULL},
	(const char *const[]){"isactive", "active", NULL},
	(const char *const[]){"license_end", "licence_end", "licenseenddate", "licenceenddate",
			      "deactivation_date", "end_date", NULL},
	/* the role when the role column is empty or absent (a User export has
	 * UserRole.Name and Title, often only one filled) */
	(const char *const[]){"title", "job_title", NULL},
	/* a roster user's id or name (adoption_managers_resolve) */
	(const char *const[]){"manager", "managerid", "manager_id", "manager.name", "reports_to",
			      NULL},
};

/* A user marked inactive with no end date ends on the export's date. */
enum { END_NONE = 0, END_GIVEN, END_AS_OF };

struct roster_row {
	char *cell[NFIELDS];
	long row, line;
	int end_kind;
	int64_t end;             /* the licence end's day (END_GIVEN) */
	int exclude;             /* the filter matched, -1 none */
};

struct exclude {
	char *column, *value, *text;
	int col;
};

struct roster {
	const char *file;
	const struct metric_map *map;
	struct exclude *ex;
	size_t nex;
	int64_t as_of;
	const struct timex_format *date_format;
	const char *date_format_spec;
	struct diag *d;
	int col[NFIELDS];
	char *colname[NFIELDS];
	struct roster_row *rows;
	size_t n, cap;
	size_t errors;
	size_t need;             /* a row must have at least this many cells */
	bool header;
};

/* A date column: YYYY-MM-DD, or an ISO 8601 time as Salesforce exports
 * them (2025-01-15T09:12:44.000Z: its UTC date). */
static enum timex_err roster_date(const char *v, size_t len, int64_t *day)
{
	enum timex_err e = timex_parse_date(v, len, day);
	if (e == TIMEX_SYNTAX && len > 10) {
		int64_t ts;
		enum timex_err te = timex_parse_time(v, len, &ts);
		if (te == TIMEX_OK || te == TIMEX_NO_OFFSET) {
			*day = timex_day_of(ts);
			return TIMEX_OK;
		}
		if (te != TIMEX_SYNTAX)
			return te;     /* a time, with an impossible day or hour */
	}
	return e;
}

/* An active flag: 1 active, 0 inactive, -1 not a flag. */
static int active_flag(const char *v, size_t len)
{
	static const char *const YES[] = {"true", "1", "yes", "y", "active", "enabled", NULL};
	static const char *const NO[] = {"false", "0", "no", "n", "inactive", "disabled",
					 "deactivated", "terminated", NULL};
	for (int k = 0; YES[k]; k++)
		if (strlen(YES[k]) == len && !strncasecmp(YES[k], v, len))
			return 1;
	for (int k = 0; NO[k]; k++)
		if (strlen(NO[k]) == len && !strncasecmp(NO[k], v, len))
			return 0;
	return -1;
}

static bool find_header(struct roster *ro, const struct csvx_row *r)
{
	const char *const *cells = (const char *const *)r->cells;
	bool ok = true;
	for (int f = 0; f < NFIELDS; f++) {
		ro->col[f] = metric_header_find(cells, r->n, ro->map, ROSTER_KEYS[f],
						ROSTER_NAMES[f]);
		ro->colname[f] = ro->col[f] >= 0 ? xstrdup(cells[ro->col[f]]) : NULL;
		if (ro->col[f] >= 0 && (size_t)ro->col[f] + 1 > ro->need)
			ro->need = (size_t)ro->col[f] + 1;
		const char *mapped = metric_map_get(ro->map, ROSTER_KEYS[f]);
		if (ro->col[f] < 0 && (mapped || f == F_ID || f == F_DEPT)) {
			const char *want = mapped ? mapped : ROSTER_KEYS[f];
			const char *close = text_closest(want, cells, r->n);
			char *missing = close
				? xasprintf(_("no '%s' column in the header; did you mean '%s'?"), want, close)
				: xasprintf(_("no '%s' column in the header"), want);
			diag_at(ro->d, DIAG_ERROR, EXIT_DATAERR, ro->file, (int)r->line, 0, "%s%s", missing,
				mapped ? "" : _(" (a roster needs id and department; "
						"--map id=COLUMN,department=COLUMN names others)"));
			free(missing);
			ok = false;
		}
	}
	if (ok && ro->col[F_LICENSE] < 0) {
		/* Not an error (HR lists often have none), but it moves every
		 * early week's rate: say it, and name a likely column. */
		const char *created = NULL;
		for (size_t i = 0; i < r->n && !created; i++)
			if (!strcasecmp(cells[i], "CreatedDate") || !strcasecmp(cells[i], "Created Date") ||
			    !strcasecmp(cells[i], "Start Date") || !strcasecmp(cells[i], "StartDate"))
				created = cells[i];
		if (created)
			diag_at(ro->d, DIAG_NOTE, 0, ro->file, (int)r->line, 0,
				_("no licence start column: every user counts as licensed in every "
				  "week; if '%s' is when each got a licence, add --map "
				  "license_start=that column"), created);
		else
			diag_at(ro->d, DIAG_NOTE, 0, ro->file, (int)r->line, 0,
				_("no licence start column: every user counts as licensed in every "
				  "week (--map license_start=COLUMN names one)"));
	}
	for (size_t k = 0; k < ro->nex; k++) {
		struct exclude *x = &ro->ex[k];
		struct metric_map one = { .n = 1 };
		one.keys[0] = (char *)"exclude";
		one.cols[0] = x->column;
		x->col = metric_header_find(cells, r->n, &one, "exclude", NULL);
		if (x->col < 0) {
			const char *close = text_closest(x->column, cells, r->n);
			if (close)
				diag_at(ro->d, DIAG_ERROR, EXIT_DATAERR, ro->file, (int)r->line, 0,
					_("--exclude %s: no '%s' column in the header; did you mean "
					  "'%s'?"), x->text, x->column, close);
			else
				diag_at(ro->d, DIAG_ERROR, EXIT_DATAERR, ro->file, (int)r->line, 0,
					_("--exclude %s: no '%s' column in the header"), x->text,
					x->column);
			ok = false;
		} else if ((size_t)x->col + 1 > ro->need) {
			ro->need = (size_t)x->col + 1;
		}
	}
	return ok;
}

/* The cell of column c, trimmed of spaces (never meant in these values). */
static const char *cell_at(const struct csvx_row *r, int c, size_t *len)
{
	const char *v = c >= 0 && (size_t)c < r->n ? r->cells[c] : "";
	while (*v == ' ' || *v == '\t')
		v++;
	size_t n = strlen(v);
	while (n && (v[n - 1] == ' ' || v[n - 1] == '\t'))
		n--;
	*len = n;
	return v;
}

static void bad_cell(struct roster *ro, const struct csvx_row *r, int f, const char *fmt,
		     const char *v, size_t len, const char *why)
{
	char *val = xstrndup(v, len), *clean = text_sanitize(val);
	diag_row(ro->d, EXIT_DATAERR, ro->file, r->row, r->line, ro->col[f] + 1, ro->colname[f],
		 fmt, clean, why);
	free(clean);
	free(val);
}

/* Check a date cell into *day; false (reported) when it is not a date. */
static bool date_cell(struct roster *ro, const struct csvx_row *r, int f, const char *v,
		      size_t len, int64_t *day)
{
	if (ro->date_format) {
		int64_t ts;
		size_t at;
		char expected[TIMEX_EXPECTED_MAX];
		enum timex_err e = timex_format_parse(ro->date_format, v, len, &ts, &at, expected);
		if (e == TIMEX_OK || e == TIMEX_NO_OFFSET) {
			*day = timex_day_of(ts);
			return true;
		}
		char *why = e == TIMEX_SYNTAX
			? xasprintf(_("does not fit --date-format '%s' (expected %s at character %zu)"),
				    ro->date_format_spec, expected, at + 1)
			: xasprintf(_("is not a date: %s"), timex_strerror(e));
		bad_cell(ro, r, f, "'%s' %s", v, len, why);
		free(why);
		return false;
	}
	enum timex_err e = roster_date(v, len, day);
	if (e == TIMEX_OK)
		return true;
	char *why = e == TIMEX_SYNTAX ? xstrdup("") : xasprintf(": %s", timex_strerror(e));
	bad_cell(ro, r, f, _("'%s' is not a date YYYY-MM-DD%s"), v, len, why);
	free(why);
	return false;
}

static int matched_exclude(const struct roster *ro, const struct csvx_row *r)
{
	for (size_t k = 0; k < ro->nex; k++) {
		size_t len;
		const char *v = cell_at(r, ro->ex[k].col, &len);
		if (strlen(ro->ex[k].value) == len && !strncasecmp(v, ro->ex[k].value, len))
			return (int)k;
	}
	return -1;
}

static bool on_row(const struct csvx_row *r, void *arg)
{
	struct roster *ro = arg;
	if (r->row == 0) {
		ro->header = true;
		return find_header(ro, r);
	}
	/* A short row (a footer line, a cut-off copy) is not padded into a
	 * user: reported like a short row of a log. */
	if (r->n < ro->need) {
		diag_row(ro->d, EXIT_DATAERR, ro->file, r->row, r->line, (int)r->n + 1, NULL,
			 _("the row has %zu cells, the header names at least %zu"), r->n, ro->need);
		return ++ro->errors < ADOPTION_MAX_ROW_ERRORS;
	}
	struct roster_row row = { .row = r->row, .line = r->line, .exclude = -1 };
	row.exclude = matched_exclude(ro, r);
	bool bad = false;
	int64_t start = INT64_MIN, end = INT64_MAX;
	int active = -1;
	for (int f = 0; f < NFIELDS; f++) {
		size_t len;
		const char *v = cell_at(r, ro->col[f], &len);
		if (f == F_ID && len == 0 && row.exclude < 0) {
			diag_row(ro->d, EXIT_DATAERR, ro->file, r->row, r->line, ro->col[f] + 1,
				 ro->colname[f], _("empty: every user needs an id"));
			bad = true;
		}
		/* An excluded row is kept out of the figures whatever its other
		 * cells hold: only its id matters. */
		if (row.exclude < 0 && len) {
			if (f == F_LICENSE && !date_cell(ro, r, f, v, len, &start))
				bad = true;
			if (f == F_END && !date_cell(ro, r, f, v, len, &end))
				bad = true;
			if (f == F_ACTIVE && (active = active_flag(v, len)) < 0) {
				bad_cell(ro, r, f, _("'%s' is not an active flag %s"), v, len,
					 "(true/false, 1/0, yes/no, active/inactive)");
				bad = true;
			}
		}
		row.cell[f] = xstrndup(v, len);
	}
	if (!bad && start != INT64_MIN && end != INT64_MAX && end < start) {
		size_t len;
		const char *v = cell_at(r, ro->col[F_END], &len);
		bad_cell(ro, r, F_END, _("'%s' is before the licence start %s"), v, len,
			 row.cell[F_LICENSE]);
		bad = true;
	}
	if (bad) {
		for (int f = 0; f < NFIELDS; f++)
			free(row.cell[f]);
		return ++ro->errors < ADOPTION_MAX_ROW_ERRORS;
	}
	if (!*row.cell[F_ROLE]) {
		free(row.cell[F_ROLE]);
		row.cell[F_ROLE] = row.cell[F_TITLE];
		row.cell[F_TITLE] = NULL;
	}
	if (!*row.cell[F_ID]) {
		/* Excluded, with no id to remember it by: counted, not written. */
		for (int f = 0; f < NFIELDS; f++) {
			free(row.cell[f]);
			row.cell[f] = NULL;
		}
		XGROW(ro->rows, ro->cap, ro->n + 1);
		ro->rows[ro->n++] = row;
		return true;
	}
	/* Dates are stored as YYYY-MM-DD whatever the file wrote. */
	char date[11];
	if (start != INT64_MIN) {
		timex_format_date(start, date);
		free(row.cell[F_LICENSE]);
		row.cell[F_LICENSE] = xstrdup(date);
	}
	if (end != INT64_MAX) {
		row.end_kind = END_GIVEN;
		row.end = active == 0 && end > ro->as_of ? ro->as_of : end;
	} else if (active == 0) {
		row.end_kind = END_AS_OF;
	}
	XGROW(ro->rows, ro->cap, ro->n + 1);
	ro->rows[ro->n++] = row;
	return true;
}

static int cmp_row_id(const void *a, const void *b)
{
	const struct roster_row *x = a, *y = b;
	const char *ix = x->cell[F_ID] ? x->cell[F_ID] : "", *iy = y->cell[F_ID] ? y->cell[F_ID] : "";
	int c = strcmp(ix, iy);
	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* What this row changes about the user's earlier import: a licence end
 * removed (reactivated), an exclusion lifted (counted again). */
static void note_change(const struct adoption_users *u, int64_t num, const char *id,
			bool ends, struct adoption_roster_result *res)
{
	int64_t before = u->licence_end[num];
	if (before == INT64_MIN) {
		if (res->reincluded < ADOPTION_ROSTER_EXAMPLES)
			snprintf(res->reincluded_ids[res->reincluded],
				 sizeof res->reincluded_ids[0], "%.60s", id);
		res->reincluded++;
	} else if (before != INT64_MAX && !ends) {
		char date[TIMEX_SHOW_MAX];
		if (res->reactivated < ADOPTION_ROSTER_EXAMPLES)
			snprintf(res->reactivated_ids[res->reactivated],
				 sizeof res->reactivated_ids[0], _("%.60s ended %s"), id,
				 timex_show_day(before, date));
		res->reactivated++;
	}
}

struct file_order {
	long row;
	size_t i;
};

static int cmp_file_order(const void *a, const void *b)
{
	const struct file_order *x = a, *y = b;
	return (x->row > y->row) - (x->row < y->row);
}

static bool write_roster(struct store *st, struct roster *ro,
			 struct adoption_roster_result *res, struct diag *d)
{
	struct adoption_users u;
	bool ok = adoption_users_load(&u, st, d);
	struct adoption_spellings depts = {0}, waves = {0};
	for (size_t i = 0; ok && i < u.ndepts; i++)
		if (strcmp(u.depts[i], ADOPTION_NO_DEPARTMENT))
			adoption_spelling_known(&depts, u.depts[i]);
	for (size_t i = 0; ok && i < u.nwaves; i++)
		adoption_spelling_known(&waves, u.waves[i]);
	/* In file order (the rows are sorted by id), so that the first
	 * spelling in the file is the name. */
	struct file_order *order = xmalloc((ro->n ? ro->n : 1) * sizeof *order);
	for (size_t i = 0; i < ro->n; i++)
		order[i] = (struct file_order){ ro->rows[i].row, i };
	if (ro->n)
		qsort(order, ro->n, sizeof *order, cmp_file_order);
	for (size_t i = 0; ok && i < ro->n; i++) {
		struct roster_row *r = &ro->rows[order[i].i];
		if (r->cell[F_ID]) {
			adoption_spelling_use(&depts, &r->cell[F_DEPT]);
			adoption_spelling_use(&waves, &r->cell[F_WAVE]);
		}
	}
	free(order);
	adoption_spellings_done(&depts, false, res);
	adoption_spellings_done(&waves, true, res);
	int64_t *written = xmalloc((ro->n ? ro->n : 1) * sizeof *written);
	size_t nwritten = 0;
	for (size_t i = 0; ok && i < ro->n; i++) {
		struct roster_row *r = &ro->rows[i];
		const char *id = r->cell[F_ID];
		if (r->exclude >= 0)
			res->excluded++;
		if (!id)
			continue;        /* excluded without an id */
		int64_t num = adoption_users_find(&u, id, strlen(id));
		if (!num) {
			ok = store_adoption_account_add(st, id, &num, d);
			if (!ok)
				break;
			adoption_users_add(&u, num, id, strlen(id));
		}
		char end[11] = "";
		if (r->exclude < 0 && u.in_roster[num])
			note_change(&u, num, id, r->end_kind != END_NONE, res);
		if (r->exclude < 0) {
			if (u.in_roster[num])
				res->updated++;
			else
				res->added++;
			res->no_department += !*r->cell[F_DEPT];
			int64_t day = r->end;
			if (r->end_kind == END_AS_OF) {
				/* Inactive already at an earlier import: it ended then. */
				int64_t before = (size_t)num < u.cap ? u.licence_end[num] : INT64_MAX;
				day = before != INT64_MIN && before < ro->as_of ? before : ro->as_of;
				res->inactive_as_of++;
			}
			if (r->end_kind != END_NONE) {
				timex_format_date(day, end);
				res->inactive += day <= ro->as_of;
			}
		}
		u.in_roster[num] = true;
		struct store_adoption_user su = {
			.num = num, .id = id, .department = r->cell[F_DEPT], .name = r->cell[F_NAME],
			.role = r->cell[F_ROLE],
			.license_start = *r->cell[F_LICENSE] && r->exclude < 0 ? r->cell[F_LICENSE] : NULL,
			.wave = r->cell[F_WAVE], .license_end = *end ? end : NULL,
			.excluded = r->exclude >= 0 ? ro->ex[r->exclude].text : "",
			.manager = r->cell[F_MANAGER],
		};
		ok = store_adoption_roster_put(st, &su, d);
		if (r->exclude < 0)   /* an excluded user heads or joins no team */
			written[nwritten++] = num;
	}
	res->rows = res->added + res->updated;
	adoption_users_release(&u);
	ok = ok && adoption_managers_resolve(st, written, nwritten, res, d);
	free(written);
	return ok && adoption_weeks_recompute_all(st, &res->weeks, d);
}

static bool parse_excludes(struct roster *ro, const struct adoption_roster_opts *o,
			   struct diag *d)
{
	ro->ex = xcalloc(o->nexclude ? o->nexclude : 1, sizeof *ro->ex);
	for (size_t k = 0; k < o->nexclude; k++) {
		const char *spec = o->exclude[k], *eq = strchr(spec, '=');
		if (!eq || eq == spec) {
			diag_fail(d, EXIT_USAGE, _("--exclude: expected COLUMN=VALUE (e.g. "
				  "--exclude UserType=AutomatedProcess), found '%s'"), spec);
			return false;
		}
		struct exclude *x = &ro->ex[ro->nex++];
		x->text = xstrdup(spec);
		x->column = xstrndup(spec, (size_t)(eq - spec));
		const char *v = eq + 1;
		while (*v == ' ')
			v++;
		x->value = xstrdup(v);
		for (size_t n = strlen(x->value); n && x->value[n - 1] == ' ';)
			x->value[--n] = '\0';
	}
	return true;
}

bool adoption_roster_import(struct store *st, const char *path,
			    const struct adoption_roster_opts *opts,
			    struct adoption_roster_result *res, struct diag *d)
{
	memset(res, 0, sizeof *res);
	struct metric_map map = {0};
	if (opts->map && !metric_map_parse(opts->map, ROSTER_KEYS, &map, d))
		return false;
	struct roster ro = { .file = path, .map = &map, .d = d, .date_format = opts->date_format,
			     .date_format_spec = opts->date_format_spec };
	if (!opts->as_of ||
	    timex_parse_date(opts->as_of, strlen(opts->as_of), &ro.as_of) != TIMEX_OK) {
		diag_fail(d, EXIT_USAGE, _("--as-of: '%s' is not a date YYYY-MM-DD"),
			  opts->as_of ? opts->as_of : "");
		metric_map_release(&map);
		return false;
	}
	bool ok = parse_excludes(&ro, opts, d);
	struct csvx_reader rd = { .file = path, .on_row = on_row, .arg = &ro, .check_utf8 = true };
	size_t before = d->errors;
	ok = ok && csvx_read(&rd, path, d) && d->errors == before;
	if (ok && !ro.header) {
		diag_fail(d, EXIT_DATAERR, _("%s: the file is empty (no header)"), path);
		ok = false;
	}
	if (ok) {
		/* The same id twice in one file is a mistake, not an update. */
		if (ro.n)
			qsort(ro.rows, ro.n, sizeof *ro.rows, cmp_row_id);
		for (size_t i = 1; i < ro.n; i++)
			if (ro.rows[i].cell[F_ID] && ro.rows[i - 1].cell[F_ID] &&
			    !strcmp(ro.rows[i].cell[F_ID], ro.rows[i - 1].cell[F_ID])) {
				char *clean = text_sanitize(ro.rows[i].cell[F_ID]);
				diag_row(d, EXIT_DATAERR, path, ro.rows[i].row, ro.rows[i].line, ro.col[F_ID] + 1,
					 ro.colname[F_ID], _("user '%s' appears again (first at row %ld)"),
					 clean, ro.rows[i - 1].row);
				free(clean);
				ok = false;
			}
	}
	if (!ok && ro.errors >= ADOPTION_MAX_ROW_ERRORS)
		diag_at(d, DIAG_NOTE, 0, path, 0, 0, _("stopped after %d bad rows; nothing was imported"),
			ADOPTION_MAX_ROW_ERRORS);
	if (ok) {
		ok = store_begin(st, d) && write_roster(st, &ro, res, d);
		if (ok)
			ok = store_commit(st, d);
		else
			store_rollback(st);
	}
	for (size_t i = 0; i < ro.n; i++)
		for (int f = 0; f < NFIELDS; f++)
			free(ro.rows[i].cell[f]);
	for (int f = 0; f < NFIELDS; f++)
		free(ro.colname[f]);
	for (size_t k = 0; k < ro.nex; k++) {
		free(ro.ex[k].column);
		free(ro.ex[k].value);
		free(ro.ex[k].text);
	}
	free(ro.ex);
	free(ro.rows);
	metric_map_release(&map);
	return ok;
}
