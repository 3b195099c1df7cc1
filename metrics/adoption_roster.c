/* roster import: licensed users with their department, wave and licence
 * start (SPEC §10 headers). The whole file is validated before anything is
 * written; a re-import updates users in place. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

enum { F_ID, F_DEPT, F_NAME, F_ROLE, F_LICENSE, F_WAVE, NFIELDS };
static const char *const ROSTER_KEYS[] = {"id", "department", "name", "role",
					  "license_start", "wave", NULL};
static const char *const *const ROSTER_NAMES[NFIELDS] = {
	(const char *const[]){"id", "user_id", "userid", NULL},
	(const char *const[]){"department", "dept", NULL},
	(const char *const[]){"name", "full_name", NULL},
	(const char *const[]){"role", "title", NULL},
	(const char *const[]){"license_start", "licence_start", "licensestartdate", NULL},
	(const char *const[]){"wave", "rollout_wave", NULL},
};

struct roster_row {
	char *cell[NFIELDS];
	long row, line;
};

struct roster {
	const char *file;
	const struct metric_map *map;
	struct diag *d;
	int col[NFIELDS];
	char *colname[NFIELDS];
	struct roster_row *rows;
	size_t n, cap;
	size_t errors;
	bool header;
};

static bool on_row(const struct csvx_row *r, void *arg)
{
	struct roster *ro = arg;
	if (r->row == 0) {
		ro->header = true;
		const char *const *cells = (const char *const *)r->cells;
		bool ok = true;
		for (int f = 0; f < NFIELDS; f++) {
			ro->col[f] = metric_header_find(cells, r->n, ro->map, ROSTER_KEYS[f],
							ROSTER_NAMES[f]);
			ro->colname[f] = ro->col[f] >= 0 ? xstrdup(cells[ro->col[f]]) : NULL;
			const char *mapped = metric_map_get(ro->map, ROSTER_KEYS[f]);
			if (ro->col[f] < 0 && (mapped || f <= F_DEPT)) {
				const char *want = mapped ? mapped : ROSTER_KEYS[f];
				const char *close = text_closest(want, cells, r->n);
				diag_at(ro->d, DIAG_ERROR, EXIT_DATAERR, ro->file, (int)r->line, 0,
					"no '%s' column in the header%s%s%s%s", want,
					close ? "; did you mean '" : "", close ? close : "",
					close ? "'?" : "",
					mapped ? "" : " (a roster needs id and department; "
						      "--map id=COLUMN,department=COLUMN names others)");
				ok = false;
			}
		}
		return ok;
	}
	struct roster_row row = { .row = r->row, .line = r->line };
	bool bad = false;
	for (int f = 0; f < NFIELDS; f++) {
		int c = ro->col[f];
		const char *v = c >= 0 && (size_t)c < r->n ? r->cells[c] : "";
		/* Spaces around a value are never meant in an id or a name. */
		while (*v == ' ' || *v == '\t')
			v++;
		size_t len = strlen(v);
		while (len && (v[len - 1] == ' ' || v[len - 1] == '\t'))
			len--;
		if ((f == F_ID || f == F_DEPT) && len == 0) {
			diag_row(ro->d, EXIT_DATAERR, ro->file, r->row, r->line, c + 1,
				 ro->colname[f], "empty: every user needs %s",
				 f == F_ID ? "an id" : "a department");
			bad = true;
		}
		int64_t day;
		enum timex_err e;
		if (f == F_LICENSE && len && (e = timex_parse_date(v, len, &day)) != TIMEX_OK) {
			char *clean = text_sanitize(v);
			diag_row(ro->d, EXIT_DATAERR, ro->file, r->row, r->line, c + 1,
				 ro->colname[f], "'%s' is not a date YYYY-MM-DD%s%s", clean,
				 e == TIMEX_SYNTAX ? "" : ": ", e == TIMEX_SYNTAX ? "" : timex_strerror(e));
			free(clean);
			bad = true;
		}
		row.cell[f] = len || f == F_ID || f == F_DEPT ? xstrndup(v, len) : NULL;
	}
	if (bad) {
		for (int f = 0; f < NFIELDS; f++)
			free(row.cell[f]);
		return ++ro->errors < ADOPTION_MAX_ROW_ERRORS;
	}
	XGROW(ro->rows, ro->cap, ro->n + 1);
	ro->rows[ro->n++] = row;
	return true;
}

static int cmp_row_id(const void *a, const void *b)
{
	const struct roster_row *x = a, *y = b;
	int c = strcmp(x->cell[F_ID], y->cell[F_ID]);
	return c ? c : (x->row > y->row) - (x->row < y->row);
}

static bool write_roster(struct store *st, struct roster *ro,
			 struct adoption_roster_result *res, struct diag *d)
{
	struct adoption_users u;
	bool ok = adoption_users_load(&u, st, d);
	for (size_t i = 0; ok && i < ro->n; i++) {
		struct roster_row *r = &ro->rows[i];
		const char *id = r->cell[F_ID];
		int64_t num = adoption_users_find(&u, id, strlen(id));
		if (!num) {
			ok = store_adoption_account_add(st, id, &num, d);
			if (!ok)
				break;
			adoption_users_add(&u, num, id, strlen(id));
		}
		if (u.in_roster[num])
			res->updated++;
		else
			res->added++;
		u.in_roster[num] = true;
		struct store_adoption_user su = {
			.num = num, .id = id, .department = r->cell[F_DEPT], .name = r->cell[F_NAME],
			.role = r->cell[F_ROLE], .license_start = r->cell[F_LICENSE],
			.wave = r->cell[F_WAVE],
		};
		ok = store_adoption_roster_put(st, &su, d);
	}
	adoption_users_release(&u);
	return ok && adoption_weeks_recompute_all(st, &res->weeks, d);
}

bool adoption_roster_import(struct store *st, const char *path, const char *map_spec,
			    struct adoption_roster_result *res, struct diag *d)
{
	memset(res, 0, sizeof *res);
	struct metric_map map = {0};
	if (map_spec && !metric_map_parse(map_spec, ROSTER_KEYS, &map, d))
		return false;
	struct roster ro = { .file = path, .map = &map, .d = d };
	struct csvx_reader rd = { .file = path, .on_row = on_row, .arg = &ro, .check_utf8 = true };
	size_t before = d->errors;
	bool ok = csvx_read(&rd, path, d) && d->errors == before;
	if (ok && !ro.header) {
		diag_fail(d, EXIT_DATAERR, "%s: the file is empty (no header)", path);
		ok = false;
	}
	if (ok) {
		/* The same id twice in one file is a mistake, not an update. */
		if (ro.n)
			qsort(ro.rows, ro.n, sizeof *ro.rows, cmp_row_id);
		for (size_t i = 1; i < ro.n; i++)
			if (!strcmp(ro.rows[i].cell[F_ID], ro.rows[i - 1].cell[F_ID])) {
				char *clean = text_sanitize(ro.rows[i].cell[F_ID]);
				diag_row(d, EXIT_DATAERR, path, ro.rows[i].row, ro.rows[i].line, ro.col[F_ID] + 1,
					 ro.colname[F_ID], "user '%s' appears again (first at row %ld)",
					 clean, ro.rows[i - 1].row);
				free(clean);
				ok = false;
			}
	}
	if (!ok && ro.errors >= ADOPTION_MAX_ROW_ERRORS)
		diag_at(d, DIAG_NOTE, 0, path, 0, 0, "stopped after %d bad rows; nothing was imported",
			ADOPTION_MAX_ROW_ERRORS);
	res->rows = (long)ro.n;
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
	free(ro.rows);
	metric_map_release(&map);
	return ok;
}
