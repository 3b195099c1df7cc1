#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_METRIC_PUT[] =
	"INSERT INTO metrics(name, scope, date, value, source) VALUES (?1, ?2, ?3, ?4, ?5) "
	"ON CONFLICT(name, scope, date) DO UPDATE SET value = excluded.value, "
	"source = excluded.source";
static const char SQL_METRIC_LATEST[] =
	"SELECT name, scope, date, value, source FROM metrics "
	"WHERE name = ?1 AND scope = ?2 ORDER BY date DESC LIMIT 1";
static const char SQL_METRIC_LATEST_OF_KIND[] =
	"SELECT name, scope, date, value, source FROM metrics AS m "
	"WHERE name = ?1 AND substr(scope, 1, length(?2)) = ?2 AND date = "
	"(SELECT max(date) FROM metrics WHERE name = ?1 AND scope = m.scope) ORDER BY scope";
static const char SQL_METRIC_EACH[] =
	"SELECT name, scope, date, value, source FROM metrics "
	"WHERE name GLOB ?1 AND (?2 IS NULL OR scope = ?2) ORDER BY name, scope, date";

void store_metric_release(struct store_metric *m)
{
	free(m->name);
	free(m->scope);
	free(m->date);
	free(m->source);
	memset(m, 0, sizeof *m);
}

bool store_metric_put(struct store *st, const char *name, const char *scope,
		      const char *date, double value, const char *source,
		      struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_METRIC_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, name);
	store_bind_text(s, 2, scope ? scope : "");
	store_bind_text(s, 3, date);
	sqlite3_bind_double(s, 4, value);
	store_bind_text(s, 5, source ? source : "");
	return store_step_done(st, s, N_("saving a metric"), d);
}

static void read_metric(sqlite3_stmt *s, struct store_metric *m)
{
	m->name = store_col_text(s, 0);
	m->scope = store_col_text(s, 1);
	m->date = store_col_text(s, 2);
	m->value = sqlite3_column_double(s, 3);
	m->source = store_col_text(s, 4);
}

int store_metric_latest(struct store *st, const char *name, const char *scope,
			struct store_metric *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_METRIC_LATEST, d))
		return -1;
	store_bind_text(r.s, 1, name);
	store_bind_text(r.s, 2, scope ? scope : "");
	int found = store_rows_next(&r);
	if (found)
		read_metric(r.s, out);
	return store_rows_close(&r, N_("reading a metric"), d) ? found : -1;
}

/* Hand each row of the bound query r to fn until fn says stop. */
static bool each_row(struct store_rows *r, const char *what,
		     bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		     struct diag *d)
{
	while (store_rows_next(r)) {
		struct store_metric m;
		read_metric(r->s, &m);
		bool go = fn(&m, arg);
		store_metric_release(&m);
		if (!go)
			break;
	}
	return store_rows_close(r, what, d);
}

bool store_metric_latest_of_kind(struct store *st, const char *name, const char *kind,
				 bool (*fn)(const struct store_metric *m, void *arg), void *arg,
				 struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_METRIC_LATEST_OF_KIND, d))
		return false;
	char *prefix = xasprintf("%s=", kind);
	store_bind_text(r.s, 1, name);
	store_bind_text(r.s, 2, prefix);
	bool ok = each_row(&r, N_("reading a metric"), fn, arg, d);
	free(prefix);
	return ok;
}

bool store_metric_glob_valid(const char *glob, const char *what, struct diag *d)
{
	size_t n = strlen(glob);
	if (n <= 1000)
		return true;
	diag_fail(d, EXIT_USAGE, _("%s: the pattern is %zu characters long; metric names are short "
		  "(at most 1000)"), what, n);
	return false;
}

bool store_metric_each(struct store *st, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_METRIC_EACH, d))
		return false;
	store_bind_text(r.s, 1, name_glob ? name_glob : "*");
	store_bind_text(r.s, 2, scope);
	return each_row(&r, N_("listing metrics"), fn, arg, d);
}
