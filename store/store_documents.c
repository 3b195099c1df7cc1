#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_DOC_GET[] =
	"SELECT kind, id, version, source, origin, added_at FROM documents "
	"WHERE kind = ?1 AND id = ?2";
static const char SQL_DOC_PUT[] =
	"INSERT INTO documents(kind, id, version, source, origin, added_at) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
	"ON CONFLICT(kind, id) DO UPDATE SET version = excluded.version, "
	"source = excluded.source, origin = excluded.origin, added_at = excluded.added_at";
static const char SQL_DOC_LIST[] =
	"SELECT kind, id, version, source, origin, added_at FROM documents "
	"WHERE kind = ?1 ORDER BY id";

void store_document_release(struct store_document *doc)
{
	free(doc->kind);
	free(doc->id);
	free(doc->origin);
	free(doc->added_at);
	free(doc->source);
	memset(doc, 0, sizeof *doc);
}

static void read_row(sqlite3_stmt *s, struct store_document *out)
{
	out->kind = store_col_text(s, 0);
	out->id = store_col_text(s, 1);
	out->version = (long)sqlite3_column_int64(s, 2);
	out->source = store_col_text(s, 3);
	out->origin = store_col_text(s, 4);
	out->added_at = store_col_text(s, 5);
}

int store_document_get(struct store *st, const char *kind, const char *id,
		       struct store_document *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_DOC_GET, d))
		return -1;
	store_bind_text(r.s, 1, kind);
	store_bind_text(r.s, 2, id);
	int found = store_rows_next(&r);
	if (found)
		read_row(r.s, out);
	return store_rows_close(&r, N_("reading a document"), d) ? found : -1;
}

bool store_document_put(struct store *st, const struct store_document *doc, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_DOC_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, doc->kind);
	store_bind_text(s, 2, doc->id);
	sqlite3_bind_int64(s, 3, doc->version);
	store_bind_text(s, 4, doc->source);
	store_bind_text(s, 5, doc->origin);
	store_bind_text(s, 6, doc->added_at);
	return store_step_done(st, s, N_("saving a document"), d);
}

bool store_document_list(struct store *st, const char *kind,
			 struct store_document **out, size_t *n, struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_DOC_LIST, d))
		return false;
	store_bind_text(r.s, 1, kind);
	while (store_rows_next(&r)) {
		XGROW(*out, cap, *n + 1);
		read_row(r.s, &(*out)[(*n)++]);
	}
	return store_rows_close(&r, N_("listing documents"), d);
}
