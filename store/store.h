/* store: the SQLite workspace. The only module that includes sqlite3.h.
 *
 * One engagement is one workspace file. Every command opens it once, runs
 * its writes inside store_begin/store_commit (one transaction), and closes
 * it. Statements are prepared once per connection and bound, never built
 * from strings.
 *
 * The file is organised in sections, one per area; each area's functions
 * live in store/store_<area>.c.
 */
#ifndef CRMREADY_STORE_H
#define CRMREADY_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/diag.h"

struct store;

enum store_mode {
	STORE_READ,   /* a missing workspace reads as an empty one; nothing is created */
	STORE_WRITE,  /* created (and migrated) when missing */
};

/* ---- connection and transactions (store.c) ---- */

/* Open the workspace at path. Refuses (65) a file that is not a crmready
 * workspace or whose schema is newer than this binary; migrates an older
 * one forward in one transaction. Returns NULL with errors in d. */
struct store *store_open(const char *path, enum store_mode mode, struct diag *d);
void store_close(struct store *st);
const char *store_path(const struct store *st);
/* True when the workspace file existed when opened (read mode). */
bool store_exists(const struct store *st);
/* Schema version this binary creates. */
int store_schema_version(void);

/* BEGIN IMMEDIATE: waits (busy timeout) for another writer. */
bool store_begin(struct store *st, struct diag *d);
bool store_commit(struct store *st, struct diag *d);
void store_rollback(struct store *st);

/* ---- settings (store.c) ---- */
/* Value of a meta key, or NULL (caller frees). */
char *store_meta_get(struct store *st, const char *key);
bool store_meta_set(struct store *st, const char *key, const char *value, struct diag *d);

/* ---- documents: questionnaires, rules, catalogues, checks (store_documents.c) ---- */
struct store_document {
	char *kind, *id, *origin, *added_at;
	long version;
	char *source;  /* YAML */
};
void store_document_release(struct store_document *doc);
/* Look up kind/id: 1 found, 0 not found, -1 error. */
int store_document_get(struct store *st, const char *kind, const char *id,
		       struct store_document *out, struct diag *d);
bool store_document_put(struct store *st, const struct store_document *doc, struct diag *d);
/* Every document of a kind, ordered by id: *out is an array of *n. */
bool store_document_list(struct store *st, const char *kind,
			 struct store_document **out, size_t *n, struct diag *d);

/* ---- metrics (store_metrics.c) ---- */
struct store_metric {
	char *name, *scope, *date, *source;
	double value;
};
void store_metric_release(struct store_metric *m);
/* Insert or replace the value of (name, scope, date). */
bool store_metric_put(struct store *st, const char *name, const char *scope,
		      const char *date, double value, const char *source,
		      struct diag *d);
/* Latest value of (name, scope): 1 found, 0 none, -1 error. */
int store_metric_latest(struct store *st, const char *name, const char *scope,
			struct store_metric *out, struct diag *d);
/* Values of (name, scope) ordered by date; scope NULL = any scope. The
 * callback returns false to stop. */
bool store_metric_each(struct store *st, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d);

/* ---- surveys and assessment (store_surveys.c) ---- */

/* ---- rules and findings (store_rules.c) ---- */

/* ---- plan and goals (store_plan.c) ---- */
struct store_plan_reason {
	char *kind, *ref, *detail;  /* ref, detail may be "" */
	double value, value2;
};
struct store_plan_phase {
	char *id, *title, *title_fa, *start, *end;
	double capacity, used;
};
struct store_plan_item {
	char *initiative, *title, *title_fa, *phase, *start, *end, *depends_on;
	double effort, urgency, priority;
	long duration, impact, risk;
	struct store_plan_reason *reasons;
	size_t nreasons;
};
struct store_plan {
	char *catalogue, *start, *built_at, *basis;
	long catalogue_version;
	struct store_plan_phase *phases;
	size_t nphases;
	struct store_plan_item *items;   /* in execution order */
	size_t nitems;
};
/* Free what store_plan_load allocated. */
void store_plan_release(struct store_plan *p);
/* Replace the stored plan (header, phases, items, reasons) with p. */
bool store_plan_save(struct store *st, const struct store_plan *p, struct diag *d);
/* The stored plan: 1 found, 0 none, -1 error. */
int store_plan_load(struct store *st, struct store_plan *out, struct diag *d);

struct store_goal {
	long id;
	long parent;                /* 0: a top-level goal */
	char *phase, *metric, *scope, *op, *due, *origin;
	double target;
};
void store_goal_release(struct store_goal *g);
/* Insert g (its id is ignored); returns the new id, or -1. */
long store_goal_add(struct store *st, const struct store_goal *g, struct diag *d);
/* 1 found, 0 none, -1 error. */
int store_goal_get(struct store *st, long id, struct store_goal *out, struct diag *d);
/* Update op, target, due and origin of goal g->id. */
bool store_goal_update(struct store *st, const struct store_goal *g, struct diag *d);
/* Remove a goal and its sub-goals; returns how many went, -1 on error. */
long store_goal_remove(struct store *st, long id, struct diag *d);
/* Every goal, in phase order (the plan's, then others by name), each
 * top-level goal followed by its sub-goals. */
bool store_goal_list(struct store *st, struct store_goal **out, size_t *n, struct diag *d);
/* Before a plan replaces its goals: the user's goals under plan-made ones
 * become top-level (returns how many, -1 on error), then the plan-made
 * ones are deleted. */
long store_goal_detach_user(struct store *st, struct diag *d);
bool store_goal_delete_plan_made(struct store *st, struct diag *d);
/* The id of a goal with this phase, metric, scope and parent (0 = top
 * level): > 0 found, 0 none, -1 error. */
long store_goal_find(struct store *st, const char *phase, const char *metric,
		     const char *scope, long parent, struct diag *d);

/* Metric values removed by `metric rm` (store_plan.c, beside the goals that
 * read them): name exactly, date and scope NULL = any. Returns how many. */
long store_metric_remove(struct store *st, const char *name, const char *date,
			 const char *scope, struct diag *d);

/* ---- adoption (store_adoption.c) ---- */

/* ---- data quality (store_dq.c) ---- */

#endif
