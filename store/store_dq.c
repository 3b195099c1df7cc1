/* Data-quality scans and their field profiles (migration 008-dq.sql), and
 * the columns a scan could not check (016-dq-unchecked.sql). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_DQ_SCAN_ADD[] =
	"INSERT INTO dq_scans(entity, date, file, checks, records, clusters, redundant, "
	"completeness, validity, duplicate_rate, freshness, score, scanned_at) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
	"strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
static const char SQL_DQ_FIELD_ADD[] =
	"INSERT INTO dq_scan_fields(scan_id, pos, field, filled, checked, valid, "
	"distinct_values, problems, examples) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char SQL_DQ_UNCHECKED_ADD[] =
	"INSERT INTO dq_scan_unchecked(scan_id, pos, column_name) VALUES (?1, ?2, ?3)";
static const char SQL_DQ_UNCHECKED[] =
	"SELECT column_name FROM dq_scan_unchecked WHERE scan_id = ?1 ORDER BY pos";
#define DQ_SCAN_COLS "id, entity, date, file, checks, records, clusters, redundant, " \
	"completeness, validity, duplicate_rate, freshness, score, scanned_at"
static const char SQL_DQ_SCAN_LATEST[] =
	"SELECT " DQ_SCAN_COLS " FROM dq_scans WHERE (?1 IS NULL OR entity = ?1) "
	"ORDER BY date DESC, id DESC LIMIT 1";
static const char SQL_DQ_FIELDS[] =
	"SELECT field, filled, checked, valid, distinct_values, problems, examples "
	"FROM dq_scan_fields WHERE scan_id = ?1 ORDER BY pos";

void store_dq_scan_release(struct store_dq_scan *s)
{
	free(s->entity);
	free(s->date);
	free(s->file);
	free(s->checks);
	free(s->scanned_at);
	memset(s, 0, sizeof *s);
}

void store_dq_field_release(struct store_dq_field *f)
{
	free(f->field);
	free(f->examples);
	memset(f, 0, sizeof *f);
}

static void bind_opt(sqlite3_stmt *s, int i, bool has, double v)
{
	if (has)
		sqlite3_bind_double(s, i, v);
	else
		sqlite3_bind_null(s, i);
}

bool store_dq_scan_add(struct store *st, const struct store_dq_scan *scan, long *id,
		       struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DQ_SCAN_ADD, d);
	if (!s)
		return false;
	store_bind_text(s, 1, scan->entity);
	store_bind_text(s, 2, scan->date);
	store_bind_text(s, 3, scan->file);
	store_bind_text(s, 4, scan->checks);
	sqlite3_bind_int64(s, 5, scan->records);
	sqlite3_bind_int64(s, 6, scan->clusters);
	sqlite3_bind_int64(s, 7, scan->redundant);
	sqlite3_bind_double(s, 8, scan->completeness);
	bind_opt(s, 9, scan->has_validity, scan->validity);
	bind_opt(s, 10, scan->has_duplicates, scan->duplicate_rate);
	bind_opt(s, 11, scan->has_freshness, scan->freshness);
	sqlite3_bind_double(s, 12, scan->score);
	if (!store_step_done(st, s, N_("saving a data-quality scan"), d))
		return false;
	*id = (long)sqlite3_last_insert_rowid(st->db);
	return true;
}

bool store_dq_field_add(struct store *st, long scan_id, int pos,
			const struct store_dq_field *f, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DQ_FIELD_ADD, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, scan_id);
	sqlite3_bind_int(s, 2, pos);
	store_bind_text(s, 3, f->field);
	sqlite3_bind_int64(s, 4, f->filled);
	sqlite3_bind_int64(s, 5, f->checked);
	sqlite3_bind_int64(s, 6, f->valid);
	sqlite3_bind_int64(s, 7, f->distinct);
	sqlite3_bind_int64(s, 8, f->problems);
	store_bind_text(s, 9, f->examples ? f->examples : "[]");
	return store_step_done(st, s, N_("saving a data-quality field profile"), d);
}

static void read_scan(sqlite3_stmt *s, struct store_dq_scan *o)
{
	o->id = (long)sqlite3_column_int64(s, 0);
	o->entity = store_col_text(s, 1);
	o->date = store_col_text(s, 2);
	o->file = store_col_text(s, 3);
	o->checks = store_col_text(s, 4);
	o->records = (long)sqlite3_column_int64(s, 5);
	o->clusters = (long)sqlite3_column_int64(s, 6);
	o->redundant = (long)sqlite3_column_int64(s, 7);
	o->completeness = sqlite3_column_double(s, 8);
	o->has_validity = sqlite3_column_type(s, 9) != SQLITE_NULL;
	o->validity = sqlite3_column_double(s, 9);
	o->has_duplicates = sqlite3_column_type(s, 10) != SQLITE_NULL;
	o->duplicate_rate = sqlite3_column_double(s, 10);
	o->has_freshness = sqlite3_column_type(s, 11) != SQLITE_NULL;
	o->freshness = sqlite3_column_double(s, 11);
	o->score = sqlite3_column_double(s, 12);
	o->scanned_at = store_col_text(s, 13);
}

int store_dq_scan_latest(struct store *st, const char *entity, struct store_dq_scan *out,
			 struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_DQ_SCAN_LATEST, d))
		return -1;
	store_bind_text(r.s, 1, entity);
	int found = store_rows_next(&r);
	if (found)
		read_scan(r.s, out);
	return store_rows_close(&r, N_("reading the latest data-quality scan"), d) ? found : -1;
}

bool store_dq_fields(struct store *st, long scan_id, struct store_dq_field **out,
		     size_t *n, struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_DQ_FIELDS, d))
		return false;
	sqlite3_bind_int64(r.s, 1, scan_id);
	while (store_rows_next(&r)) {
		XGROW(*out, cap, *n + 1);
		struct store_dq_field *f = &(*out)[(*n)++];
		f->field = store_col_text(r.s, 0);
		f->filled = (long)sqlite3_column_int64(r.s, 1);
		f->checked = (long)sqlite3_column_int64(r.s, 2);
		f->valid = (long)sqlite3_column_int64(r.s, 3);
		f->distinct = (long)sqlite3_column_int64(r.s, 4);
		f->problems = (long)sqlite3_column_int64(r.s, 5);
		f->examples = store_col_text(r.s, 6);
	}
	return store_rows_close(&r, N_("reading a data-quality profile"), d);
}

bool store_dq_unchecked_add(struct store *st, long scan_id, int pos, const char *column,
			    struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DQ_UNCHECKED_ADD, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, scan_id);
	sqlite3_bind_int(s, 2, pos);
	store_bind_text(s, 3, column);
	return store_step_done(st, s, N_("saving the columns a data-quality scan did not check"), d);
}

bool store_dq_unchecked(struct store *st, long scan_id, char ***out, size_t *n,
			struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_DQ_UNCHECKED, d))
		return false;
	sqlite3_bind_int64(r.s, 1, scan_id);
	while (store_rows_next(&r)) {
		XGROW(*out, cap, *n + 1);
		(*out)[(*n)++] = store_col_text(r.s, 0);
	}
	return store_rows_close(&r, N_("reading the columns a data-quality scan did not check"), d);
}
