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
#include "../core/i18n.h"

struct store;

enum store_mode {
	STORE_READ,   /* a missing workspace reads as an empty one; nothing is created */
	STORE_WRITE,  /* created (and migrated) when missing */
};

/* ---- connection and transactions (store.c) ---- */

/* A file system type (statfs f_type) that is shared over a network (NFS,
 * SMB/CIFS, FUSE such as sshfs, AFS, Ceph ...): SQLite's WAL is not safe
 * there, so a workspace on one uses a rollback journal. */
bool store_fs_is_network(unsigned long f_type);

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

/* The workspace file when neither --db nor CRMREADY_DB names one. */
#define STORE_DEFAULT_PATH "crmready.db"

/* ---- settings (store.c) ---- */
/* Value of a meta key, or NULL (caller frees). */
char *store_meta_get(struct store *st, const char *key);
bool store_meta_set(struct store *st, const char *key, const char *value, struct diag *d);
/* The organisation's name (meta key "organisation"): 1 to 200 bytes of
 * UTF-8 on one line, not blank, no control characters. false with the usage
 * error (64) "WHAT: expected a name ..." in d. */
bool store_organisation_valid(const char *name, const char *what, struct diag *d);

/* The engagement's minimum group size (anonymity): a per-group figure
 * resting on fewer people is not shown. STORE_MIN_GROUP_DEFAULT when the
 * workspace does not exist or never set one. */
enum { STORE_MIN_GROUP_DEFAULT = 5, STORE_MIN_GROUP_MIN = 2, STORE_MIN_GROUP_MAX = 1000000 };
long store_min_group(struct store *st);
bool store_min_group_set(struct store *st, long n, struct diag *d);
/* The minimum group a command uses: requested (NULL when none was asked
 * for) or else the engagement's (st may be NULL: the default). False when
 * requested is below STORE_MIN_GROUP_MIN: a group of one would show its
 * answers. */
bool store_min_group_choose(struct store *st, const long *requested, long *out);

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
/* The latest value of name in each scope of a kind ("entity": every
 * entity=NAME scope), ordered by scope. The callback returns false to stop. */
bool store_metric_latest_of_kind(struct store *st, const char *name, const char *kind,
				 bool (*fn)(const struct store_metric *m, void *arg), void *arg,
				 struct diag *d);
/* A name pattern store_metric_each can take: SQLite refuses a GLOB
 * pattern over 1000 characters as "too complex" (an I/O error to the user).
 * false with the usage error (64) "WHAT: the pattern is N characters long;
 * metric names are short (at most 1000)" in d. */
bool store_metric_glob_valid(const char *glob, const char *what, struct diag *d);
/* Values of (name, scope) ordered by date; scope NULL = any scope. The
 * callback returns false to stop. */
bool store_metric_each(struct store *st, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d);

/* ---- surveys and assessment (store_surveys.c) ---- */

/* One answer as stored: the canonical raw text ("" = skipped). */
struct store_answer {
	const char *question;   /* question id */
	long qindex;            /* index in the survey's question list, -1 when not in it */
	const char *value;
};

struct store_respondent {
	long id;
	char *name, *department, *role, *updated_at;
	struct store_answer *answers;   /* in the order answered */
	size_t nanswers, cap;
	char *values;                   /* storage of the answer values */
	size_t values_cap;
};
void store_respondent_release(struct store_respondent *r);

/* The survey of one questionnaire with the caller's list of question ids
 * (answers are reported by index in that list). With create, missing
 * question codes are added (a write: call inside store_begin/commit). */
struct store_survey;
struct store_survey *store_survey_open(struct store *st, const char *questionnaire,
				       const char *const *questions, size_t n, bool create,
				       struct diag *d);
void store_survey_close(struct store_survey *sv);

/* Create or replace a respondent: department, role and every answer
 * (answers[i] to question qidx[i], in that order). */
bool store_respondent_put(struct store_survey *sv, const char *name, const char *department,
			  const char *role, const size_t *qidx, const char *const *values,
			  size_t n, const char *date, struct diag *d);
/* One respondent: 1 found, 0 not found, -1 error. */
int store_respondent_get(struct store_survey *sv, const char *name,
			 struct store_respondent *out, struct diag *d);
/* Set one answer of an existing respondent, moving it to the end of the
 * answered order. */
bool store_answer_set(struct store_survey *sv, const char *name, size_t qi,
		      const char *value, const char *date, struct diag *d);
/* Every respondent, in the order first stored, in one streaming query.
 * r and its strings are valid during the call; fn returns false to stop. */
bool store_respondent_each(struct store_survey *sv,
			   bool (*fn)(const struct store_respondent *r, void *arg), void *arg,
			   struct diag *d);
/* Remove a respondent of a round: 1 removed, 0 not found, -1 error. */
int store_respondent_rm(struct store *st, long round, const char *name, struct diag *d);
/* The round a survey reads and writes: at open, the questionnaire's latest
 * round, 0 when it has none (reads find nobody; a write fails until a round
 * is set). */
void store_survey_set_round(struct store_survey *sv, long round);
long store_survey_round(const struct store_survey *sv);
/* Respondents in the survey's round, or -1 on error. */
long store_survey_count(struct store_survey *sv, struct diag *d);
/* Respondents of the latest round per questionnaire id (every
 * questionnaire with a round). */
bool store_survey_counts(struct store *st,
			 bool (*fn)(const char *questionnaire, long respondents, void *arg),
			 void *arg, struct diag *d);

/* ---- survey rounds (store_rounds.c) ---- */

/* A round (wave) of a survey; strings valid during the callback. */
struct store_round {
	long id;
	const char *name, *created_at;  /* created_at YYYY-MM-DD */
	long respondents;
	const char *first, *last;       /* earliest and latest answer day, "" when none */
};
/* The round of questionnaire called name (NULL: the latest, the one
 * created last): its id, 0 when there is none, -1 on error. */
long store_round_find(struct store *st, const char *questionnaire, const char *name,
		      struct diag *d);
/* A new round created on date: its id, -1 on error (a write). */
long store_round_add(struct store *st, const char *questionnaire, const char *name,
		     const char *date, struct diag *d);
/* The rounds of questionnaire, oldest first; fn returns false to stop. */
bool store_round_each(struct store *st, const char *questionnaire,
		      bool (*fn)(const struct store_round *r, void *arg), void *arg,
		      struct diag *d);
/* Remove round when no respondent is left in it (a write). */
bool store_round_drop_if_empty(struct store *st, long round, struct diag *d);

/* Capability target overrides. */
bool store_target_set(struct store *st, const char *questionnaire, const char *capability,
		      long target, const char *date, struct diag *d);
bool store_target_each(struct store *st, const char *questionnaire,
		       bool (*fn)(const char *capability, long target, void *arg), void *arg,
		       struct diag *d);

/* Assessment snapshots: put returns 1 stored, 0 the name is taken, -1
 * error; get returns 1 found (json and saved_at malloc'd), 0 not, -1 error. */
int store_snapshot_put(struct store *st, const char *questionnaire, const char *name,
		       const char *date, const char *json, struct diag *d);
int store_snapshot_get(struct store *st, const char *questionnaire, const char *name,
		       char **json, char **saved_at, struct diag *d);

/* ---- plan and goals (store_plan.c) ---- */
struct store_plan_reason {
	char *kind, *ref, *detail;  /* ref, detail may be "" */
	double value, value2;
	double urgency;             /* what the reason asks; saved when > 0 */
	bool has_urgency;           /* loaded: false for a placement reason, or a
				       plan built before urgencies were kept */
};
struct store_plan_phase {
	char *id, *title, *start, *end;
	char *title_in[LANG_MAX];   /* the title in each other language (by lang_id), or NULL */
	double capacity, used;
};
struct store_plan_item {
	char *initiative, *title, *phase, *start, *end, *depends_on;
	char *title_in[LANG_MAX];   /* the title in each other language (by lang_id), or NULL */
	char *step;                 /* of the six-step transformation (plan_step_id), "" unknown */
	char *sources;              /* where it comes from, as JSON (plan_sources_json), "" unknown */
	double effort, urgency, priority;
	long duration, impact, risk;
	struct store_plan_reason *reasons;
	size_t nreasons;
};
/* A phase goal template the plan left out: the roster has no such
 * department or wave. */
struct store_plan_skip {
	char *phase, *metric, *scope, *op;
	char *close;                /* the roster's closest name, or NULL */
	double target;
	long parent;                /* the goal it would be a sub-goal of, or 0 */
	long sub_goals;             /* its own sub-goals, left out with it */
};
struct store_plan {
	char *catalogue, *start, *built_at, *basis;
	long catalogue_version;
	struct store_plan_phase *phases;
	size_t nphases;
	struct store_plan_item *items;   /* in execution order */
	size_t nitems;
	struct store_plan_skip *skips;   /* in catalogue order */
	size_t nskips;
};
/* Free what store_plan_load allocated. */
void store_plan_release(struct store_plan *p);
/* Replace the stored plan (header, phases, items, reasons) with p; the
 * skipped goal templates are cleared (p->skips is not saved). */
bool store_plan_save(struct store *st, const struct store_plan *p, struct diag *d);
/* Record a goal template the saved plan left out (after store_plan_save). */
bool store_plan_skip_add(struct store *st, const struct store_plan_skip *s, struct diag *d);
/* The stored plan: 1 found, 0 none, -1 error. */
int store_plan_load(struct store *st, struct store_plan *out, struct diag *d);

struct store_goal {
	long id;
	long parent;                /* 0: a top-level goal */
	char *phase, *metric, *scope, *op, *due, *origin;
	double target;
	/* The day it was set (YYYY-MM-DD): as stored, else its phase's start
	 * in the plan; NULL when neither is known. */
	char *set_on;
	bool has_baseline;          /* a baseline given with --baseline */
	double baseline;
};
void store_goal_release(struct store_goal *g);
/* Insert g (its id is ignored); returns the new id, or -1. */
long store_goal_add(struct store *st, const struct store_goal *g, struct diag *d);
/* 1 found, 0 none, -1 error. */
int store_goal_get(struct store *st, long id, struct store_goal *out, struct diag *d);
/* Update op, target, due, origin and baseline of goal g->id. */
bool store_goal_update(struct store *st, const struct store_goal *g, struct diag *d);
/* Remove a goal and its sub-goals; returns how many went, -1 on error. */
long store_goal_remove(struct store *st, long id, struct diag *d);
/* Every goal, in phase order (the plan's, then others by name), each
 * top-level goal followed by its sub-goals. */
bool store_goal_list(struct store *st, struct store_goal **out, size_t *n, struct diag *d);
/* Put goal id under parent (0: make it a top-level goal). */
bool store_goal_set_parent(struct store *st, long id, long parent, struct diag *d);
/* The id of a goal with this phase, metric, scope and parent (0 = top
 * level): > 0 found, 0 none, -1 error. */
long store_goal_find(struct store *st, const char *phase, const char *metric,
		     const char *scope, long parent, struct diag *d);

/* The roster's departments and waves (distinct, sorted bytewise; waves
 * without the empty one), for the scopes of goals, and its size. */
struct store_roster_names {
	char **departments, **waves;
	size_t ndepartments, nwaves;
	long users;
};
bool store_roster_names(struct store *st, struct store_roster_names *out, struct diag *d);
void store_roster_names_release(struct store_roster_names *n);

/* Metric values removed by `metric rm` (store_plan.c, beside the goals that
 * read them): name exactly, date and scope NULL = any. Returns how many. */
long store_metric_remove(struct store *st, const char *name, const char *date,
			 const char *scope, struct diag *d);

/* ---- the plan's execution (store_plan_exec.c) ----
 * One row per initiative ever updated, keyed by its id: plan build leaves
 * these rows alone, so actuals survive a rebuild (an initiative the new
 * plan drops keeps its row). */
struct store_plan_exec {
	char *initiative;
	char *status;               /* not-started | in-progress | done | blocked | dropped */
	char *started, *done;       /* actual start and end, YYYY-MM-DD, or NULL */
	int percent;                /* 0..100, or -1 when none was given */
	char *note;                 /* the reason (blocked needs one) or a note; "" none */
	char *updated;              /* the day of the last update, YYYY-MM-DD */
};
void store_plan_exec_release(struct store_plan_exec *e);
/* One initiative's row: 1 found, 0 none, -1 error. */
int store_plan_exec_get(struct store *st, const char *initiative, struct store_plan_exec *out,
			struct diag *d);
/* Insert or replace the row of e->initiative (inside the caller's transaction). */
bool store_plan_exec_put(struct store *st, const struct store_plan_exec *e, struct diag *d);
/* Every row, ordered by initiative: *out is an array of *n (free it with
 * store_plan_exec_list_free). */
bool store_plan_exec_list(struct store *st, struct store_plan_exec **out, size_t *n,
			  struct diag *d);
void store_plan_exec_list_free(struct store_plan_exec *list, size_t n);

/* ---- adoption (store_adoption.c) ---- */
/* Users are numbered (num) on first sight; events are (ts, num) pairs. */
struct store_adoption_user {
	int64_t num;
	const char *id, *department, *name, *role, *license_start, *wave; /* license_start may be NULL */
	const char *license_end;   /* YYYY-MM-DD: not licensed from then on; may be NULL */
	const char *excluded;      /* the --exclude filter that keeps it out of the figures; NULL or "" = counted */
	const char *manager;       /* a roster user's id, or the manager as the file wrote them;
				      NULL or "" = none (migration 025) */
};
/* Every account (id, num), roster or not; fn returns false to stop. */
bool store_adoption_accounts_each(struct store *st,
				  bool (*fn)(int64_t num, const char *id, void *arg),
				  void *arg, struct diag *d);
/* Add an account for id and give its number. */
bool store_adoption_account_add(struct store *st, const char *id, int64_t *num,
				struct diag *d);
/* Insert or update a roster user (by u->num). */
bool store_adoption_roster_put(struct store *st, const struct store_adoption_user *u,
			       struct diag *d);
/* Every roster user, ordered by department then id. */
bool store_adoption_roster_each(struct store *st,
				bool (*fn)(const struct store_adoption_user *u, void *arg),
				void *arg, struct diag *d);
/* The same users with only num, department, role, license_start, wave,
 * license_end and excluded set (id, name, manager NULL), in no set order. */
bool store_adoption_roster_facts_each(struct store *st,
				      bool (*fn)(const struct store_adoption_user *u, void *arg),
				      void *arg, struct diag *d);
/* Size the page cache for a bulk load (the default is 2 MB); WAL and
 * synchronous stay as they are, so the workspace remains crash-safe. */
bool store_adoption_bulk_mode(struct store *st, struct diag *d);
/* Limits of what a login can hold: user numbers below 2^24, times of years
 * 1900..9999 (core/timex's years). */
#define STORE_ADOPTION_MAX_USER ((int64_t)(1 << 24) - 1)
#define STORE_ADOPTION_MIN_TS (-2208988800LL)    /* 1900-01-01T00:00:00Z */
#define STORE_ADOPTION_MAX_TS (253402300799LL)   /* 9999-12-31T23:59:59Z */
/* Every login with from <= ts < to, in (ts, user) order. */
bool store_adoption_logins_range(struct store *st, int64_t from, int64_t to,
				 bool (*fn)(int64_t ts, int64_t user, void *arg),
				 void *arg, struct diag *d);
/* Insert n logins (ts[i], user[i]) known to be new (the caller has merged
 * them against the stored range), in key order, many rows a statement; the
 * days they fall on are brought up to date. */
bool store_adoption_logins_add(struct store *st, const int64_t *ts, const int64_t *user,
			       size_t n, struct diag *d);
/* Earliest and latest login: 1 found, 0 none, -1 error. */
int store_adoption_login_span(struct store *st, int64_t *first, int64_t *last,
			      struct diag *d);
/* Add logins to a user's summary (first/last widened, count added). */
bool store_adoption_user_logins_add(struct store *st, int64_t num, int64_t first,
				    int64_t last, int64_t logins, struct diag *d);
/* Per user summary rows; fn returns false to stop. */
bool store_adoption_user_logins_each(struct store *st,
				     bool (*fn)(int64_t num, int64_t first, int64_t last,
						int64_t logins, void *arg),
				     void *arg, struct diag *d);
/* Per UTC day: the logins stored and their digest, the sum (mod 2^64) of
 * store_adoption_event_digest over them. Equal count and digest for a day
 * of a file mean its events are all stored (a false match needs two
 * different sets of the day's events with equal 64-bit sums). */
struct store_adoption_day {
	int64_t day, logins;
	uint64_t digest;
};
uint64_t store_adoption_event_digest(int64_t ts, int64_t user);
/* The stored day (zeros when it has no logins). */
bool store_adoption_day_get(struct store *st, int64_t day, struct store_adoption_day *out,
			    struct diag *d);
bool store_adoption_day_put(struct store *st, const struct store_adoption_day *day,
			    struct diag *d);
/* Compute the days of a workspace whose logins predate them (once). */
bool store_adoption_days_ensure(struct store *st, struct diag *d);
/* Remove the weekly adoption.* figures of one week (YYYY-MM-DD). */
bool store_adoption_week_clear(struct store *st, const char *monday, struct diag *d);
/* One log import (adoption_imports): the file, its rows and the earliest
 * and latest event time among them (has_times false: no rows). An import
 * already recorded with the same file, rows and times is not added again. */
struct store_adoption_import {
	const char *file;
	int64_t rows, first_ts, last_ts;
	bool has_times;
};
bool store_adoption_import_add(struct store *st, const struct store_adoption_import *im,
			       struct diag *d);
/* The latest event time of any import: 1 found, 0 no import with events,
 * -1 error. */
int store_adoption_imports_reach(struct store *st, int64_t *last, struct diag *d);

/* ---- adoption actions (store_adoption_actions.c) ---- */
/* An action: its time, user (as a login's) and kind (adoption_action_kinds). */
struct store_adoption_action {
	int64_t ts, user, kind;
};
/* Every kind of action (id, object, action) by id; fn returns false to stop. */
bool store_adoption_kinds_each(struct store *st,
			       bool (*fn)(int64_t id, const char *object, const char *action,
					  void *arg),
			       void *arg, struct diag *d);
bool store_adoption_kind_add(struct store *st, const char *object, const char *action,
			     int64_t *id, struct diag *d);
/* Every action with from <= ts < to, in (ts, user, kind) order. */
bool store_adoption_actions_range(struct store *st, int64_t from, int64_t to,
				  bool (*fn)(int64_t ts, int64_t user, int64_t kind, void *arg),
				  void *arg, struct diag *d);
/* Insert n actions known to be new, in (ts, user, kind) order; their days
 * (store_adoption_action_day_*) are brought up to date. */
bool store_adoption_actions_add(struct store *st, const struct store_adoption_action *a,
				size_t n, struct diag *d);
/* 1 when the workspace holds any action, 0 none, -1 error. */
int store_adoption_actions_any(struct store *st, struct diag *d);
/* Earliest and latest action time: 1 found, 0 none, -1 error. */
int store_adoption_action_span(struct store *st, int64_t *first, int64_t *last,
			       struct diag *d);
/* Per UTC day, as for logins: .logins holds the day's actions. */
uint64_t store_adoption_action_digest(const struct store_adoption_action *a);
bool store_adoption_action_day_get(struct store *st, int64_t day,
				   struct store_adoption_day *out, struct diag *d);
bool store_adoption_action_day_put(struct store *st, const struct store_adoption_day *day,
				   struct diag *d);
/* The engagement's core-actions YAML (1, *file and *yaml malloc'd), 0 none
 * (the shipped default applies), -1 error. */
int store_adoption_core_get(struct store *st, char **file, char **yaml, struct diag *d);
/* Keep file's YAML as the engagement's core actions; file NULL: back to
 * the shipped default. */
bool store_adoption_core_put(struct store *st, const char *file, const char *yaml,
			     struct diag *d);

/* ---- data quality (store_dq.c) ---- */
struct store_dq_scan {
	long id;
	char *entity, *date, *file, *checks, *scanned_at;
	long records, clusters, redundant;
	double completeness, validity, duplicate_rate, freshness, score;
	bool has_validity, has_duplicates, has_freshness;
};
struct store_dq_field {
	char *field;
	long filled, checked, valid, distinct, problems;
	char *examples;   /* JSON array */
};
void store_dq_scan_release(struct store_dq_scan *s);
void store_dq_field_release(struct store_dq_field *f);
/* Add a scan (its id in *id) and its fields (pos = order in the checks). */
bool store_dq_scan_add(struct store *st, const struct store_dq_scan *s, long *id,
		       struct diag *d);
bool store_dq_field_add(struct store *st, long scan_id, int pos,
			const struct store_dq_field *f, struct diag *d);
/* The latest scan of entity (NULL: of any entity), by date then run order
 * (what the metrics of that date hold): 1 found, 0 none, -1 error. */
int store_dq_scan_latest(struct store *st, const char *entity, struct store_dq_scan *out,
			 struct diag *d);
/* The fields of a scan in order: *out is an array of *n. */
bool store_dq_fields(struct store *st, long scan_id, struct store_dq_field **out,
		     size_t *n, struct diag *d);
/* The columns a scan did not check (its file lacked them), in order: n
 * strings (malloc'd, as the array) into *out. */
bool store_dq_unchecked_add(struct store *st, long scan_id, int pos, const char *column,
			    struct diag *d);
bool store_dq_unchecked(struct store *st, long scan_id, char ***out, size_t *n,
			struct diag *d);

/* ---- history of hand-made changes (store_history.c) ----
 * One row per changed field of a goal, waiver, plan update, gate decision
 * or baseline: who (--by NAME, default who_default()), on which day
 * (today as crmready knows it, CRMREADY_TODAY included) and at what wall
 * clock time. 'crmready log' lists them. */
struct store_history {
	long id;                    /* ignored by store_history_add */
	const char *day;            /* YYYY-MM-DD */
	const char *at;             /* YYYY-MM-DDThh:mm:ssZ; NULL for add: now */
	const char *who;
	const char *kind;           /* goal | waiver | initiative | phase | baseline | plan */
	const char *ref;            /* goal id, rule id, initiative id, phase id, baseline name */
	const char *field;          /* target, due, status, ...; NULL or "" for the whole thing */
	const char *old;            /* NULL: there was none (created) */
	const char *new_value;      /* NULL: there is none now (removed) */
	const char *note;           /* the reason given; NULL or "" for none */
};
/* Record one change (inside the command's transaction). */
bool store_history_add(struct store *st, const struct store_history *h, struct diag *d);
/* Which changes store_history_each gives: NULL members match everything;
 * since and until are days (YYYY-MM-DD), inclusive. */
struct store_history_filter {
	const char *kind, *ref, *since, *until;
};
/* Every change f keeps (f NULL: all), oldest first (by day, then as
 * recorded). The strings live until fn returns; fn returns false to stop. */
bool store_history_each(struct store *st, const struct store_history_filter *f,
			bool (*fn)(const struct store_history *h, void *arg), void *arg,
			struct diag *d);

/* ---- waivers (store_waivers.c) ----
 * A finding the client has consciously accepted: one per rule id, held
 * from set_on until the day until (inclusive). */
struct store_waiver {
	char *rule;
	char *until;                /* YYYY-MM-DD, the last day it holds */
	char *who;                  /* the owner */
	char *reason;
	char *set_on;               /* YYYY-MM-DD */
};
void store_waiver_release(struct store_waiver *w);
void store_waivers_free(struct store_waiver *w, size_t n);
/* The waiver of rule: 1 found (into out, to release), 0 none, -1 error. */
int store_waiver_get(struct store *st, const char *rule, struct store_waiver *out,
		     struct diag *d);
/* Give rule its waiver, replacing the one it had. */
bool store_waiver_put(struct store *st, const struct store_waiver *w, struct diag *d);
bool store_waiver_remove(struct store *st, const char *rule, struct diag *d);
/* Every waiver, by rule id (n of them, malloc'd: store_waivers_free). */
bool store_waiver_list(struct store *st, struct store_waiver **out, size_t *n, struct diag *d);

/* ---- today as the command knows it ----
 * The day the command runs on (CRMREADY_TODAY included), set by the
 * command line once the workspace is open; the system's UTC date until
 * then. What waivers are judged on. */
void store_set_today(struct store *st, const char day[11]);
const char *store_today(const struct store *st);

/* ---- baselines and gate decisions (store_baseline.c) ---- */
/* A baseline: a dated copy of the plan's phases and initiatives (their
 * dates) and its goals (targets, due dates), kept across plan builds. */
struct store_baseline {
	char *name, *saved_on, *who, *note, *plan_start, *built_at;
	long phases, items, goals;  /* how many of each it holds */
};
void store_baseline_release(struct store_baseline *b);
void store_baselines_release(struct store_baseline *v, size_t n);
/* Save baseline b->name (its name, saved_on, who and note; the counts are
 * ignored) with the stored goals, replacing one of that name; its phases
 * and initiatives are added with store_baseline_row_add. False with the
 * error in d; nothing is saved when there is no plan. */
bool store_baseline_save(struct store *st, const struct store_baseline *b, struct diag *d);
/* 1 found (out filled), 0 none, -1 error. */
int store_baseline_get(struct store *st, const char *name, struct store_baseline *out,
		       struct diag *d);
/* Every baseline, oldest first (by day saved, then name). */
bool store_baseline_list(struct store *st, struct store_baseline **out, size_t *n,
			 struct diag *d);
/* 1 removed, 0 none of that name, -1 error. */
int store_baseline_remove(struct store *st, const char *name, struct diag *d);
/* One phase, initiative or goal of a baseline; NULL strings for none. */
struct store_baseline_row {
	char *kind;                 /* phase | item | goal */
	char *ref, *phase, *start, *end, *metric, *scope, *op;
	double target;
};
/* Add a phase or initiative (kind "phase" or "item"; seq its place in the
 * plan) with its dates to baseline name, after store_baseline_save. */
bool store_baseline_row_add(struct store *st, const char *name, const char *kind, long seq,
			    const char *ref, const char *phase, const char *start,
			    const char *end, struct diag *d);
/* The rows of baseline name: its phases, then initiatives, then goals,
 * each in plan order. */
bool store_baseline_rows(struct store *st, const char *name, struct store_baseline_row **out,
			 size_t *n, struct diag *d);
void store_baseline_rows_release(struct store_baseline_row *v, size_t n);

/* A gate decision on a phase. */
struct store_gate {
	long id;
	char *phase, *decision, *day, *who, *note;
};
bool store_gate_add(struct store *st, const struct store_gate *g, struct diag *d);
/* Every gate decision, by phase, then day decided, then as recorded (the
 * last of a phase is the one in force). */
bool store_gate_list(struct store *st, struct store_gate **out, size_t *n, struct diag *d);
void store_gates_release(struct store_gate *v, size_t n);

#endif
