/* The rollout plan and its goals in the workspace. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_PLAN_CLEAR[] = "DELETE FROM plan";
static const char SQL_PHASES_CLEAR[] = "DELETE FROM plan_phases";
static const char SQL_PLAN_PUT[] =
	"INSERT INTO plan(id, catalogue, catalogue_version, start, built_at, basis) "
	"VALUES (1, ?1, ?2, ?3, ?4, ?5)";
static const char SQL_PHASE_PUT[] =
	"INSERT INTO plan_phases(seq, id, title, start, end, capacity, used) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char SQL_TITLES_CLEAR[] = "DELETE FROM plan_titles";
static const char SQL_TITLE_PUT[] =
	"INSERT INTO plan_titles(owner, id, lang, title) VALUES (?1, ?2, ?3, ?4)";
static const char SQL_TITLES_GET[] = "SELECT owner, id, lang, title FROM plan_titles";
static const char SQL_ITEM_PUT[] =
	"INSERT INTO plan_items(seq, initiative, title, phase, start, end, effort, "
	"duration, impact, risk, urgency, priority, depends_on, step, sources) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
static const char SQL_REASON_PUT[] =
	"INSERT INTO plan_reasons(item, n, kind, ref, detail, value, value2, urgency) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char SQL_SKIPS_CLEAR[] = "DELETE FROM plan_goal_skips";
static const char SQL_SKIP_PUT[] =
	"INSERT INTO plan_goal_skips(phase, metric, scope, op, target, parent, sub_goals, close) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char SQL_SKIPS_GET[] =
	"SELECT phase, metric, scope, op, target, COALESCE(parent, 0), sub_goals, close "
	"FROM plan_goal_skips ORDER BY seq";
static const char SQL_PLAN_GET[] =
	"SELECT catalogue, catalogue_version, start, built_at, basis FROM plan WHERE id = 1";
static const char SQL_PHASES_GET[] =
	"SELECT id, title, start, end, capacity, used FROM plan_phases ORDER BY seq";
static const char SQL_ITEMS_GET[] =
	"SELECT seq, initiative, title, phase, start, end, effort, duration, impact, "
	"risk, urgency, priority, depends_on, step, sources FROM plan_items ORDER BY seq";
static const char SQL_REASONS_GET[] =
	"SELECT item, kind, ref, detail, value, value2, urgency FROM plan_reasons "
	"ORDER BY item, n";

static const char SQL_GOAL_ADD[] =
	"INSERT INTO goals(phase, metric, scope, op, target, due, parent, origin, set_on, baseline) "
	"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char SQL_GOAL_GET[] =
	"SELECT g.id, COALESCE(g.parent, 0), g.phase, g.metric, g.scope, g.op, g.target, g.due, "
	"g.origin, COALESCE(g.set_on, p.start), g.baseline "
	"FROM goals g LEFT JOIN plan_phases p ON p.id = g.phase WHERE g.id = ?1";
static const char SQL_GOAL_UPDATE[] =
	"UPDATE goals SET op = ?2, target = ?3, due = ?4, origin = ?5, baseline = ?6 WHERE id = ?1";
static const char SQL_GOAL_COUNT_TREE[] =
	"WITH RECURSIVE t(id) AS (SELECT ?1 UNION ALL "
	"SELECT g.id FROM goals g JOIN t ON g.parent = t.id) SELECT count(*) FROM t";
static const char SQL_GOAL_RM[] = "DELETE FROM goals WHERE id = ?1";
static const char SQL_GOAL_LIST[] =
	"SELECT g.id, COALESCE(g.parent, 0), g.phase, g.metric, g.scope, g.op, g.target, g.due, "
	"g.origin, COALESCE(g.set_on, p.start), g.baseline "
	"FROM goals g LEFT JOIN plan_phases p ON p.id = g.phase "
	"ORDER BY p.seq IS NULL, p.seq, g.phase, g.id";
static const char SQL_GOAL_PARENT[] = "UPDATE goals SET parent = ?2 WHERE id = ?1";
static const char SQL_GOAL_FIND[] =
	"SELECT id FROM goals WHERE phase = ?1 AND metric = ?2 AND scope = ?3 "
	"AND COALESCE(parent, 0) = ?4 ORDER BY id LIMIT 1";
static const char SQL_ROSTER_USERS[] = "SELECT count(*) FROM adoption_roster";
static const char SQL_ROSTER_DEPARTMENTS[] =
	"SELECT DISTINCT department FROM adoption_roster ORDER BY department";
static const char SQL_ROSTER_WAVES[] =
	"SELECT DISTINCT wave FROM adoption_roster WHERE wave <> '' ORDER BY wave";
static const char SQL_METRIC_RM[] =
	"DELETE FROM metrics WHERE name = ?1 AND (?2 IS NULL OR date = ?2) "
	"AND (?3 IS NULL OR scope = ?3)";

/* ---- plan ---- */

void store_plan_release(struct store_plan *p)
{
	free(p->catalogue);
	free(p->start);
	free(p->built_at);
	free(p->basis);
	for (size_t i = 0; i < p->nphases; i++) {
		struct store_plan_phase *ph = &p->phases[i];
		free(ph->id);
		free(ph->title);
		for (size_t l = 0; l < LANG_MAX; l++)
			free(ph->title_in[l]);
		free(ph->start);
		free(ph->end);
	}
	free(p->phases);
	for (size_t i = 0; i < p->nitems; i++) {
		struct store_plan_item *it = &p->items[i];
		free(it->initiative);
		free(it->title);
		for (size_t l = 0; l < LANG_MAX; l++)
			free(it->title_in[l]);
		free(it->phase);
		free(it->start);
		free(it->end);
		free(it->depends_on);
		free(it->step);
		free(it->sources);
		for (size_t r = 0; r < it->nreasons; r++) {
			free(it->reasons[r].kind);
			free(it->reasons[r].ref);
			free(it->reasons[r].detail);
		}
		free(it->reasons);
	}
	free(p->items);
	for (size_t i = 0; i < p->nskips; i++) {
		struct store_plan_skip *k = &p->skips[i];
		free(k->phase);
		free(k->metric);
		free(k->scope);
		free(k->op);
		free(k->close);
	}
	free(p->skips);
	memset(p, 0, sizeof *p);
}

/* The translations of one phase's or item's title, a row per language. */
static bool put_titles(struct store *st, const char *owner, const char *id,
		       char *const title_in[LANG_MAX], struct diag *d)
{
	for (size_t l = 0; l < LANG_MAX; l++) {
		if (l == LANG_EN || !title_in[l] || !*title_in[l])
			continue;
		sqlite3_stmt *s = store_stmt(st, SQL_TITLE_PUT, d);
		if (!s)
			return false;
		store_bind_text(s, 1, owner);
		store_bind_text(s, 2, id);
		store_bind_text(s, 3, lang_code((lang_id)l));
		store_bind_text(s, 4, title_in[l]);
		if (!store_step_done(st, s, N_("saving a plan title"), d))
			return false;
	}
	return true;
}

/* The translated titles into the loaded phases and items (a plan has tens
 * of them; titles in languages this binary does not know are left). */
static bool load_titles(struct store *st, struct store_plan *p, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_TITLES_GET, d))
		return false;
	while (store_rows_next(&r)) {
		const char *owner = (const char *)sqlite3_column_text(r.s, 0);
		const char *id = (const char *)sqlite3_column_text(r.s, 1);
		const char *code = (const char *)sqlite3_column_text(r.s, 2);
		lang_id l;
		if (!owner || !id || !code || !lang_parse(code, &l) || l == LANG_EN)
			continue;
		char **slot = NULL;
		if (!strcmp(owner, "phase")) {
			for (size_t i = 0; i < p->nphases && !slot; i++)
				if (!strcmp(p->phases[i].id, id))
					slot = &p->phases[i].title_in[l];
		} else {
			for (size_t i = 0; i < p->nitems && !slot; i++)
				if (!strcmp(p->items[i].initiative, id))
					slot = &p->items[i].title_in[l];
		}
		if (slot && !*slot)
			*slot = store_col_text(r.s, 3);
	}
	return store_rows_close(&r, N_("reading the plan"), d);
}

bool store_plan_save(struct store *st, const struct store_plan *p, struct diag *d)
{
	/* Items, reasons and skipped goals go with their phases (ON DELETE
	 * CASCADE); the skipped goals are cleared by name all the same. */
	if (!store_exec_stmt(st, SQL_PLAN_CLEAR, N_("clearing the plan"), d) ||
	    !store_exec_stmt(st, SQL_SKIPS_CLEAR, N_("clearing the plan"), d) ||
	    !store_exec_stmt(st, SQL_TITLES_CLEAR, N_("clearing the plan"), d) ||
	    !store_exec_stmt(st, SQL_PHASES_CLEAR, N_("clearing the plan"), d))
		return false;
	sqlite3_stmt *s = store_stmt(st, SQL_PLAN_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, p->catalogue);
	sqlite3_bind_int64(s, 2, p->catalogue_version);
	store_bind_text(s, 3, p->start);
	store_bind_text(s, 4, p->built_at);
	store_bind_text(s, 5, p->basis);
	if (!store_step_done(st, s, N_("saving the plan"), d))
		return false;
	for (size_t i = 0; i < p->nphases; i++) {
		const struct store_plan_phase *ph = &p->phases[i];
		if (!(s = store_stmt(st, SQL_PHASE_PUT, d)))
			return false;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)i + 1);
		store_bind_text(s, 2, ph->id);
		store_bind_text(s, 3, ph->title);
		store_bind_text(s, 4, ph->start);
		store_bind_text(s, 5, ph->end);
		sqlite3_bind_double(s, 6, ph->capacity);
		sqlite3_bind_double(s, 7, ph->used);
		if (!store_step_done(st, s, N_("saving a plan phase"), d) ||
		    !put_titles(st, "phase", ph->id, ph->title_in, d))
			return false;
	}
	for (size_t i = 0; i < p->nitems; i++) {
		const struct store_plan_item *it = &p->items[i];
		if (!(s = store_stmt(st, SQL_ITEM_PUT, d)))
			return false;
		sqlite3_bind_int64(s, 1, (sqlite3_int64)i + 1);
		store_bind_text(s, 2, it->initiative);
		store_bind_text(s, 3, it->title);
		store_bind_text(s, 4, it->phase);
		store_bind_text(s, 5, it->start);
		store_bind_text(s, 6, it->end);
		sqlite3_bind_double(s, 7, it->effort);
		sqlite3_bind_int64(s, 8, it->duration);
		sqlite3_bind_int64(s, 9, it->impact);
		sqlite3_bind_int64(s, 10, it->risk);
		sqlite3_bind_double(s, 11, it->urgency);
		sqlite3_bind_double(s, 12, it->priority);
		store_bind_text(s, 13, it->depends_on ? it->depends_on : "");
		store_bind_text(s, 14, it->step ? it->step : "");
		store_bind_text(s, 15, it->sources ? it->sources : "");
		if (!store_step_done(st, s, N_("saving a plan item"), d) ||
		    !put_titles(st, "item", it->initiative, it->title_in, d))
			return false;
		for (size_t r = 0; r < it->nreasons; r++) {
			const struct store_plan_reason *re = &it->reasons[r];
			if (!(s = store_stmt(st, SQL_REASON_PUT, d)))
				return false;
			sqlite3_bind_int64(s, 1, (sqlite3_int64)i + 1);
			sqlite3_bind_int64(s, 2, (sqlite3_int64)r + 1);
			store_bind_text(s, 3, re->kind);
			store_bind_text(s, 4, re->ref);
			store_bind_text(s, 5, re->detail);
			sqlite3_bind_double(s, 6, re->value);
			sqlite3_bind_double(s, 7, re->value2);
			if (re->urgency > 0)
				sqlite3_bind_double(s, 8, re->urgency);
			if (!store_step_done(st, s, N_("saving why an initiative is planned"), d))
				return false;
		}
	}
	return true;
}

int store_plan_load(struct store *st, struct store_plan *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_PLAN_GET, d))
		return -1;
	if (!store_rows_next(&r))
		return store_rows_close(&r, N_("reading the plan"), d) ? 0 : -1;
	out->catalogue = store_col_text(r.s, 0);
	out->catalogue_version = (long)sqlite3_column_int64(r.s, 1);
	out->start = store_col_text(r.s, 2);
	out->built_at = store_col_text(r.s, 3);
	out->basis = store_col_text(r.s, 4);
	store_rows_close(&r, N_("reading the plan"), d);

	size_t cap = 0;
	if (!store_rows_open(&r, st, SQL_PHASES_GET, d))
		goto fail;
	while (store_rows_next(&r)) {
		XGROW(out->phases, cap, out->nphases + 1);
		struct store_plan_phase *ph = &out->phases[out->nphases++];
		memset(ph, 0, sizeof *ph);
		ph->id = store_col_text(r.s, 0);
		ph->title = store_col_text(r.s, 1);
		ph->start = store_col_text(r.s, 2);
		ph->end = store_col_text(r.s, 3);
		ph->capacity = sqlite3_column_double(r.s, 4);
		ph->used = sqlite3_column_double(r.s, 5);
	}
	if (!store_rows_close(&r, N_("reading the plan"), d))
		goto fail;

	cap = 0;
	if (!store_rows_open(&r, st, SQL_ITEMS_GET, d))
		goto fail;
	while (store_rows_next(&r)) {
		XGROW(out->items, cap, out->nitems + 1);
		struct store_plan_item *it = &out->items[out->nitems++];
		memset(it, 0, sizeof *it);
		it->initiative = store_col_text(r.s, 1);
		it->title = store_col_text(r.s, 2);
		it->phase = store_col_text(r.s, 3);
		it->start = store_col_text(r.s, 4);
		it->end = store_col_text(r.s, 5);
		it->effort = sqlite3_column_double(r.s, 6);
		it->duration = (long)sqlite3_column_int64(r.s, 7);
		it->impact = (long)sqlite3_column_int64(r.s, 8);
		it->risk = (long)sqlite3_column_int64(r.s, 9);
		it->urgency = sqlite3_column_double(r.s, 10);
		it->priority = sqlite3_column_double(r.s, 11);
		it->depends_on = store_col_text(r.s, 12);
		it->step = store_col_text(r.s, 13);
		it->sources = store_col_text(r.s, 14);
	}
	if (!store_rows_close(&r, N_("reading the plan"), d))
		goto fail;

	/* Items are numbered 1..n in order, so a reason's item is an index. */
	if (!store_rows_open(&r, st, SQL_REASONS_GET, d))
		goto fail;
	size_t *caps = xcalloc(out->nitems ? out->nitems : 1, sizeof *caps);
	while (store_rows_next(&r)) {
		sqlite3_int64 item = sqlite3_column_int64(r.s, 0);
		if (item < 1 || (size_t)item > out->nitems)
			continue;
		struct store_plan_item *it = &out->items[item - 1];
		XGROW(it->reasons, caps[item - 1], it->nreasons + 1);
		struct store_plan_reason *re = &it->reasons[it->nreasons++];
		re->kind = store_col_text(r.s, 1);
		re->ref = store_col_text(r.s, 2);
		re->detail = store_col_text(r.s, 3);
		re->value = sqlite3_column_double(r.s, 4);
		re->value2 = sqlite3_column_double(r.s, 5);
		re->has_urgency = sqlite3_column_type(r.s, 6) != SQLITE_NULL;
		re->urgency = sqlite3_column_double(r.s, 6);
	}
	free(caps);
	if (!store_rows_close(&r, N_("reading the plan"), d))
		goto fail;

	cap = 0;
	if (!store_rows_open(&r, st, SQL_SKIPS_GET, d))
		goto fail;
	while (store_rows_next(&r)) {
		XGROW(out->skips, cap, out->nskips + 1);
		struct store_plan_skip *k = &out->skips[out->nskips++];
		k->phase = store_col_text(r.s, 0);
		k->metric = store_col_text(r.s, 1);
		k->scope = store_col_text(r.s, 2);
		k->op = store_col_text(r.s, 3);
		k->target = sqlite3_column_double(r.s, 4);
		k->parent = (long)sqlite3_column_int64(r.s, 5);
		k->sub_goals = (long)sqlite3_column_int64(r.s, 6);
		k->close = sqlite3_column_type(r.s, 7) == SQLITE_NULL ? NULL : store_col_text(r.s, 7);
	}
	if (!store_rows_close(&r, N_("reading the plan"), d) || !load_titles(st, out, d))
		goto fail;
	return 1;
fail:
	store_plan_release(out);
	return -1;
}

bool store_plan_skip_add(struct store *st, const struct store_plan_skip *k, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SKIP_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, k->phase);
	store_bind_text(s, 2, k->metric);
	store_bind_text(s, 3, k->scope);
	store_bind_text(s, 4, k->op);
	sqlite3_bind_double(s, 5, k->target);
	if (k->parent > 0)
		sqlite3_bind_int64(s, 6, k->parent);
	sqlite3_bind_int64(s, 7, k->sub_goals);
	store_bind_text(s, 8, k->close);
	return store_step_done(st, s, N_("saving a skipped goal template"), d);
}

/* ---- goals ---- */

void store_goal_release(struct store_goal *g)
{
	free(g->phase);
	free(g->metric);
	free(g->scope);
	free(g->op);
	free(g->due);
	free(g->origin);
	free(g->set_on);
	memset(g, 0, sizeof *g);
}

long store_goal_add(struct store *st, const struct store_goal *g, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_GOAL_ADD, d);
	if (!s)
		return -1;
	store_bind_text(s, 1, g->phase);
	store_bind_text(s, 2, g->metric);
	store_bind_text(s, 3, g->scope ? g->scope : "");
	store_bind_text(s, 4, g->op);
	sqlite3_bind_double(s, 5, g->target);
	store_bind_text(s, 6, g->due);
	if (g->parent > 0)
		sqlite3_bind_int64(s, 7, g->parent);
	store_bind_text(s, 8, g->origin ? g->origin : "user");
	store_bind_text(s, 9, g->set_on);
	if (g->has_baseline)
		sqlite3_bind_double(s, 10, g->baseline);
	if (!store_step_done(st, s, N_("saving a goal"), d))
		return -1;
	return (long)sqlite3_last_insert_rowid(st->db);
}

static void read_goal(sqlite3_stmt *s, struct store_goal *g)
{
	g->id = (long)sqlite3_column_int64(s, 0);
	g->parent = (long)sqlite3_column_int64(s, 1);
	g->phase = store_col_text(s, 2);
	g->metric = store_col_text(s, 3);
	g->scope = store_col_text(s, 4);
	g->op = store_col_text(s, 5);
	g->target = sqlite3_column_double(s, 6);
	g->due = store_col_text(s, 7);
	g->origin = store_col_text(s, 8);
	g->set_on = sqlite3_column_type(s, 9) != SQLITE_NULL ? store_col_text(s, 9) : NULL;
	g->has_baseline = sqlite3_column_type(s, 10) != SQLITE_NULL;
	g->baseline = g->has_baseline ? sqlite3_column_double(s, 10) : 0;
}

int store_goal_get(struct store *st, long id, struct store_goal *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_GOAL_GET, d))
		return -1;
	sqlite3_bind_int64(r.s, 1, id);
	int found = store_rows_next(&r);
	if (found)
		read_goal(r.s, out);
	return store_rows_close(&r, N_("reading a goal"), d) ? found : -1;
}

bool store_goal_update(struct store *st, const struct store_goal *g, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_GOAL_UPDATE, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, g->id);
	store_bind_text(s, 2, g->op);
	sqlite3_bind_double(s, 3, g->target);
	store_bind_text(s, 4, g->due);
	store_bind_text(s, 5, g->origin);
	if (g->has_baseline)
		sqlite3_bind_double(s, 6, g->baseline);
	return store_step_done(st, s, N_("updating a goal"), d);
}

long store_goal_remove(struct store *st, long id, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_GOAL_COUNT_TREE, d))
		return -1;
	sqlite3_bind_int64(r.s, 1, id);
	long n = store_rows_next(&r) ? (long)sqlite3_column_int64(r.s, 0) : 0;
	sqlite3_stmt *s;
	if (!store_rows_close(&r, N_("counting sub-goals"), d) || !(s = store_stmt(st, SQL_GOAL_RM, d)))
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return store_step_done(st, s, N_("removing a goal"), d) ? n : -1;
}

/* Put each goal's sub-goals right after it (depth first, ids ascending). */
static void tree_order(struct store_goal *in, size_t n, struct store_goal *out, size_t *k,
		       long parent, bool *used)
{
	for (size_t i = 0; i < n; i++)
		if (!used[i] && in[i].parent == parent) {
			used[i] = true;
			out[(*k)++] = in[i];
			tree_order(in, n, out, k, in[i].id, used);
		}
}

bool store_goal_list(struct store *st, struct store_goal **out, size_t *n, struct diag *d)
{
	*out = NULL;
	*n = 0;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_GOAL_LIST, d))
		return false;
	struct store_goal *all = NULL;
	size_t cap = 0, count = 0;
	while (store_rows_next(&r)) {
		XGROW(all, cap, count + 1);
		read_goal(r.s, &all[count++]);
	}
	if (!store_rows_close(&r, N_("listing goals"), d)) {
		for (size_t i = 0; i < count; i++)
			store_goal_release(&all[i]);
		free(all);
		return false;
	}
	struct store_goal *sorted = xcalloc(count ? count : 1, sizeof *sorted);
	bool *used = xcalloc(count ? count : 1, sizeof *used);
	size_t k = 0;
	tree_order(all, count, sorted, &k, 0, used);
	/* A goal whose parent is missing (not possible with the foreign key,
	 * but never drop a row) goes last. */
	for (size_t i = 0; i < count; i++)
		if (!used[i])
			sorted[k++] = all[i];
	free(used);
	free(all);
	*out = sorted;
	*n = count;
	return true;
}

bool store_goal_set_parent(struct store *st, long id, long parent, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_GOAL_PARENT, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, id);
	if (parent > 0)
		sqlite3_bind_int64(s, 2, parent);
	return store_step_done(st, s, N_("moving a goal"), d);
}

long store_goal_find(struct store *st, const char *phase, const char *metric,
		     const char *scope, long parent, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_GOAL_FIND, d))
		return -1;
	store_bind_text(r.s, 1, phase);
	store_bind_text(r.s, 2, metric);
	store_bind_text(r.s, 3, scope ? scope : "");
	sqlite3_bind_int64(r.s, 4, parent);
	long id = store_rows_next(&r) ? (long)sqlite3_column_int64(r.s, 0) : 0;
	return store_rows_close(&r, N_("looking up a goal"), d) ? id : -1;
}

/* ---- the roster's names, for goal scopes ---- */

static bool names(struct store *st, const char *sql, char ***out, size_t *n, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, sql, d))
		return false;
	size_t cap = 0;
	while (store_rows_next(&r)) {
		XGROW(*out, cap, *n + 1);
		(*out)[(*n)++] = store_col_text(r.s, 0);
	}
	return store_rows_close(&r, N_("reading the roster"), d);
}

bool store_roster_names(struct store *st, struct store_roster_names *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_ROSTER_USERS, d))
		return false;
	if (store_rows_next(&r))
		out->users = (long)sqlite3_column_int64(r.s, 0);
	if (!store_rows_close(&r, N_("reading the roster"), d))
		return false;
	return names(st, SQL_ROSTER_DEPARTMENTS, &out->departments, &out->ndepartments, d) &&
	       names(st, SQL_ROSTER_WAVES, &out->waves, &out->nwaves, d);
}

void store_roster_names_release(struct store_roster_names *n)
{
	for (size_t i = 0; i < n->ndepartments; i++)
		free(n->departments[i]);
	for (size_t i = 0; i < n->nwaves; i++)
		free(n->waves[i]);
	free(n->departments);
	free(n->waves);
	memset(n, 0, sizeof *n);
}

long store_metric_remove(struct store *st, const char *name, const char *date,
			 const char *scope, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_METRIC_RM, d);
	if (!s)
		return -1;
	store_bind_text(s, 1, name);
	store_bind_text(s, 2, date);
	store_bind_text(s, 3, scope);
	if (!store_step_done(st, s, N_("removing metric values"), d))
		return -1;
	return (long)sqlite3_changes(st->db);
}
