/* Baselines of the plan and gate decisions on its phases (migration 020). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_BASELINE_RM[] = "DELETE FROM plan_baselines WHERE name = ?1";
static const char SQL_BASELINE_ROWS_RM[] = "DELETE FROM plan_baseline_rows WHERE baseline = ?1";
static const char SQL_BASELINE_PUT[] =
	"INSERT INTO plan_baselines(name, saved_on, who, note, plan_start, built_at) "
	"SELECT ?1, ?2, ?3, ?4, start, built_at FROM plan WHERE id = 1";
static const char SQL_BASELINE_ROW[] =
	"INSERT INTO plan_baseline_rows(baseline, kind, seq, ref, phase, start, end) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char SQL_BASELINE_GOALS[] =
	"INSERT INTO plan_baseline_rows(baseline, kind, seq, ref, phase, end, metric, scope, op, "
	"target) SELECT ?1, 'goal', id, CAST(id AS TEXT), phase, due, metric, scope, op, target "
	"FROM goals";
static const char SQL_BASELINE_GET[] =
	"SELECT b.name, b.saved_on, b.who, b.note, b.plan_start, b.built_at, "
	"(SELECT count(*) FROM plan_baseline_rows r WHERE r.baseline = b.name AND r.kind = 'phase'), "
	"(SELECT count(*) FROM plan_baseline_rows r WHERE r.baseline = b.name AND r.kind = 'item'), "
	"(SELECT count(*) FROM plan_baseline_rows r WHERE r.baseline = b.name AND r.kind = 'goal') "
	"FROM plan_baselines b WHERE b.name = ?1";
static const char SQL_BASELINE_LIST[] =
	"SELECT b.name, b.saved_on, b.who, b.note, b.plan_start, b.built_at, "
	"(SELECT count(*) FROM plan_baseline_rows r WHERE r.baseline = b.name AND r.kind = 'phase'), "
	"(SELECT count(*) FROM plan_baseline_rows r WHERE r.baseline = b.name AND r.kind = 'item'), "
	"(SELECT count(*) FROM plan_baseline_rows r WHERE r.baseline = b.name AND r.kind = 'goal') "
	"FROM plan_baselines b ORDER BY b.saved_on, b.name";
static const char SQL_BASELINE_ROWS[] =
	"SELECT kind, ref, phase, start, end, metric, scope, op, target FROM plan_baseline_rows "
	"WHERE baseline = ?1 "
	"ORDER BY CASE kind WHEN 'phase' THEN 0 WHEN 'item' THEN 1 ELSE 2 END, seq";
static const char SQL_GATE_ADD[] =
	"INSERT INTO plan_gates(phase, decision, day, who, note) VALUES (?1, ?2, ?3, ?4, ?5)";
static const char SQL_GATE_LIST[] =
	"SELECT id, phase, decision, day, who, note FROM plan_gates ORDER BY phase, day, id";

void store_baseline_release(struct store_baseline *b)
{
	free(b->name);
	free(b->saved_on);
	free(b->who);
	free(b->note);
	free(b->plan_start);
	free(b->built_at);
	memset(b, 0, sizeof *b);
}

void store_baselines_release(struct store_baseline *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		store_baseline_release(&v[i]);
	free(v);
}

static bool bind_name_step(struct store *st, const char *sql, const char *name, const char *what,
			   struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, sql, d);
	if (!s)
		return false;
	store_bind_text(s, 1, name);
	return store_step_done(st, s, what, d);
}

bool store_baseline_save(struct store *st, const struct store_baseline *b, struct diag *d)
{
	/* The rows go first: plan_baseline_rows refers to plan_baselines, and
	 * a replaced baseline's old rows must not survive under the new one. */
	if (!bind_name_step(st, SQL_BASELINE_ROWS_RM, b->name, N_("replacing the baseline"), d) ||
	    !bind_name_step(st, SQL_BASELINE_RM, b->name, N_("replacing the baseline"), d))
		return false;
	sqlite3_stmt *s = store_stmt(st, SQL_BASELINE_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, b->name);
	store_bind_text(s, 2, b->saved_on);
	store_bind_text(s, 3, b->who);
	store_bind_text(s, 4, b->note ? b->note : "");
	if (!store_step_done(st, s, N_("saving the baseline"), d))
		return false;
	return bind_name_step(st, SQL_BASELINE_GOALS, b->name, N_("saving the baseline"), d);
}

bool store_baseline_row_add(struct store *st, const char *name, const char *kind, long seq,
			    const char *ref, const char *phase, const char *start,
			    const char *end, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_BASELINE_ROW, d);
	if (!s)
		return false;
	store_bind_text(s, 1, name);
	store_bind_text(s, 2, kind);
	sqlite3_bind_int64(s, 3, seq);
	store_bind_text(s, 4, ref);
	store_bind_text(s, 5, phase);
	store_bind_text(s, 6, start);
	store_bind_text(s, 7, end);
	return store_step_done(st, s, N_("saving the baseline"), d);
}

static void baseline_read(sqlite3_stmt *s, struct store_baseline *b)
{
	b->name = store_col_text(s, 0);
	b->saved_on = store_col_text(s, 1);
	b->who = store_col_text(s, 2);
	b->note = store_col_text(s, 3);
	b->plan_start = store_col_text(s, 4);
	b->built_at = store_col_text(s, 5);
	b->phases = sqlite3_column_int64(s, 6);
	b->items = sqlite3_column_int64(s, 7);
	b->goals = sqlite3_column_int64(s, 8);
}

int store_baseline_get(struct store *st, const char *name, struct store_baseline *out,
		       struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_BASELINE_GET, d))
		return -1;
	store_bind_text(r.s, 1, name);
	int found = 0;
	if (store_rows_next(&r)) {
		baseline_read(r.s, out);
		found = 1;
	}
	if (!store_rows_close(&r, N_("reading the baselines"), d)) {
		store_baseline_release(out);
		return -1;
	}
	return found;
}

bool store_baseline_list(struct store *st, struct store_baseline **out, size_t *n,
			 struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_BASELINE_LIST, d))
		return false;
	while (store_rows_next(&r)) {
		if (*n == cap)
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
		baseline_read(r.s, &(*out)[(*n)++]);
	}
	return store_rows_close(&r, N_("reading the baselines"), d);
}

int store_baseline_remove(struct store *st, const char *name, struct diag *d)
{
	struct store_baseline b;
	int found = store_baseline_get(st, name, &b, d);
	store_baseline_release(&b);
	if (found <= 0)
		return found;
	if (!bind_name_step(st, SQL_BASELINE_ROWS_RM, name, N_("removing the baseline"), d) ||
	    !bind_name_step(st, SQL_BASELINE_RM, name, N_("removing the baseline"), d))
		return -1;
	return 1;
}

static char *col_or_null(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL ? NULL : store_col_text(s, i);
}

bool store_baseline_rows(struct store *st, const char *name, struct store_baseline_row **out,
			 size_t *n, struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_BASELINE_ROWS, d))
		return false;
	store_bind_text(r.s, 1, name);
	while (store_rows_next(&r)) {
		if (*n == cap)
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
		struct store_baseline_row *w = &(*out)[(*n)++];
		w->kind = store_col_text(r.s, 0);
		w->ref = store_col_text(r.s, 1);
		w->phase = store_col_text(r.s, 2);
		w->start = col_or_null(r.s, 3);
		w->end = col_or_null(r.s, 4);
		w->metric = col_or_null(r.s, 5);
		w->scope = col_or_null(r.s, 6);
		w->op = col_or_null(r.s, 7);
		w->target = sqlite3_column_double(r.s, 8);
	}
	return store_rows_close(&r, N_("reading the baseline"), d);
}

void store_baseline_rows_release(struct store_baseline_row *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].kind);
		free(v[i].ref);
		free(v[i].phase);
		free(v[i].start);
		free(v[i].end);
		free(v[i].metric);
		free(v[i].scope);
		free(v[i].op);
	}
	free(v);
}

bool store_gate_add(struct store *st, const struct store_gate *g, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_GATE_ADD, d);
	if (!s)
		return false;
	store_bind_text(s, 1, g->phase);
	store_bind_text(s, 2, g->decision);
	store_bind_text(s, 3, g->day);
	store_bind_text(s, 4, g->who);
	store_bind_text(s, 5, g->note ? g->note : "");
	return store_step_done(st, s, N_("recording the gate decision"), d);
}

bool store_gate_list(struct store *st, struct store_gate **out, size_t *n, struct diag *d)
{
	*out = NULL;
	*n = 0;
	size_t cap = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_GATE_LIST, d))
		return false;
	while (store_rows_next(&r)) {
		if (*n == cap)
			xgrow((void **)out, &cap, *n + 1, sizeof **out);
		struct store_gate *g = &(*out)[(*n)++];
		g->id = sqlite3_column_int64(r.s, 0);
		g->phase = store_col_text(r.s, 1);
		g->decision = store_col_text(r.s, 2);
		g->day = store_col_text(r.s, 3);
		g->who = store_col_text(r.s, 4);
		g->note = store_col_text(r.s, 5);
	}
	return store_rows_close(&r, N_("reading the gate decisions"), d);
}

void store_gates_release(struct store_gate *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(v[i].phase);
		free(v[i].decision);
		free(v[i].day);
		free(v[i].who);
		free(v[i].note);
	}
	free(v);
}
