/* plan: initiative catalogues with phase templates, the phased rollout plan
 * built from them, goals and their status.
 *
 * Everything here is pure: a catalogue is loaded from bytes, a plan is built
 * from a catalogue and a struct plan_inputs, a goal's status is computed from
 * its values. Nothing prints, reads the clock or touches the workspace.
 */
#ifndef CRMREADY_PLAN_H
#define CRMREADY_PLAN_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/severity.h"
#include "../core/source.h"
#include "../core/text.h"
#include "../core/yamlx.h"

/* ---- dates (plan_date.c): YYYY-MM-DD <-> day numbers ---- */

/* Days since 1970-01-01 of a valid YYYY-MM-DD; false when s is not one. */
bool plan_date_parse(const char *s, long *days);
/* Write days as YYYY-MM-DD into out (11 bytes). */
void plan_date_format(long days, char out[11]);
/* ISO weekday of a day number: 1 = Monday .. 7 = Sunday. */
int plan_date_weekday(long days);
/* The first Monday strictly after the date. */
long plan_next_monday(long days);
/* The day a plan built on today starts when no start is given: the next
 * Monday, so the first phase begins on a whole week. */
long plan_default_start(long today);

/* ---- goals: comparisons, metric names, scopes (plan_goal.c) ---- */

enum goal_op { GOAL_GE, GOAL_LE, GOAL_GT, GOAL_LT, GOAL_EQ };

/* ">=" "<=" ">" "<" "==" */
bool goal_op_parse(const char *s, enum goal_op *out);
const char *goal_op_name(enum goal_op op);
/* True for <= and <: a smaller value is better. */
bool goal_op_lower_is_better(enum goal_op op);
/* True when op asks metric to move the way the metric table calls worse
 * (a goal for a lower-is-better metric with >= or >): usually a slip of
 * the comparison. == and metrics outside the table never are. */
bool goal_op_against_metric(enum goal_op op, const char *metric);
/* value op target (== within a relative 1e-9). */
bool goal_op_meets(enum goal_op op, double value, double target);

/* A metric name: dot-separated words of [A-Za-z0-9_-], starting with a
 * lower-case letter, at most 100 bytes; the families adoption.* and dq.*
 * must be metric names the metric table (metrics/metric_defs.c) defines. false with a message in *err (malloc'd,
 * with a close match when there is one). */
bool goal_metric_valid(const char *name, char **err);
/* A scope: "" or department=NAME, wave=W, entity=NAME (NAME non-empty,
 * printable, at most 200 bytes). false with a message in *err. */
bool goal_scope_valid(const char *scope, char **err);

/* The states of a goal. "too early" (not enough values to judge a trend)
 * came after the others, so the older ones keep their numbers. */
enum goal_state { GOAL_NO_DATA, GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK, GOAL_MISSED,
		  GOAL_TOO_EARLY, GOAL_NSTATES };
/* "no data", "achieved", "on track", "at risk", "missed", "too early":
 * the id of JSON and CSV, and the English words. */
const char *goal_state_name(enum goal_state s);
/* The state's words in the language in use (the catalogue's). */
const char *goal_state_label(enum goal_state s);
/* The state goal_state_name calls name; false when none. */
bool goal_state_find(const char *name, enum goal_state *out);
/* Parse "missed" / "at-risk" (also "at risk") for --fail-on. */
bool goal_state_parse(const char *s, enum goal_state *out);
/* True when s is at level or worse on the ladder achieved < on track <
 * at risk < missed; "no data" and "too early" are on no rung and never
 * fail a check. */
bool goal_state_at_least(enum goal_state s, enum goal_state level);
/* The states goal_state_at_least(s, level) accepts, in words of the
 * language in use: "missed", "at risk or missed". */
const char *goal_state_at_least_words(enum goal_state level);
/* "12 goals: 3 achieved, 4 on track, 1 at risk, 0 missed, 2 too early, 2
 * no data" in the language in use, with its digits and plural forms, from
 * counts indexed by state
 * (malloc'd): the one tally of the terminal, the workbook and the HTML. */
char *goal_tally_text(size_t ngoals, const size_t counts[GOAL_NSTATES]);
/* How many of the counts (indexed by state) are at level or worse
 * (goal_state_at_least): the goals at risk or missed, or missed. */
size_t goal_counts_at_least(const size_t counts[GOAL_NSTATES], enum goal_state level);
/* The goals that need attention, at risk or missed, in the language in use:
 * the one wording of status,
 * the workbook and the HTML. */
const char *goal_attention_label(void);

struct goal_point {
	long day;        /* plan_date_parse day number */
	double value;
};

/* No day: a goal's set date when it is not known. */
#define GOAL_NO_DAY LONG_MIN

struct metric_def;

/* A goal as goal_judge reads it. */
struct goal_spec {
	enum goal_op op;
	double target;
	long due;
	long set_on;                /* the day it was set, or GOAL_NO_DAY */
	bool has_baseline;          /* given (goal add|set --baseline) */
	double baseline;
	const struct metric_def *domain; /* the metric's (NULL: open): projections stay in it */
};

struct goal_status {
	enum goal_state state;
	long judged_at;             /* the day judged: today, or the due date once past it */
	bool settled;               /* today is past the due date: the state is final */
	bool has_latest;
	struct goal_point latest;   /* the last point on or before judged_at */
	bool has_projection;        /* least squares over >= 2 points */
	double projected;           /* the fitted line's value at the due date, in the domain */
	double slope_per_day;
	bool has_baseline;
	double baseline;            /* given, or the first value on or after the set date */
	long baseline_day;          /* where the straight path starts: the set date (or,
				       when it is not known, the first value's date) */
	bool has_expected;
	double expected;            /* where the straight path from the baseline (at
				       baseline_day) to the target (at due) stands on judged_at */
	size_t points_used;         /* points in the trend window (at most 8) */
	size_t weeks_used;          /* distinct ISO weeks among them */
};

enum { GOAL_TREND_POINTS = 8, GOAL_MIN_POINTS = 3, GOAL_MIN_WEEKS = 2 };

/* The status of a goal on today, from its points sorted by day:
 * - judged at today, or at the due date once today is past it (settled):
 *   values dated after that day are ignored, so a settled goal keeps its
 *   state whatever is recorded later;
 * - achieved when the latest value meets the target; otherwise missed when
 *   settled; otherwise too early when the last 8 values are fewer than 3 or
 *   span fewer than 2 ISO weeks; on track when the least-squares line
 *   through them, kept inside [lo, hi], meets the target at the due date
 *   (for ==: crosses it between the day judged and the due date);
 *   otherwise at risk; no data when there is no value;
 * - expected: the straight path from the baseline at the set date to the
 *   target at the due date, read on the day judged;
 * - a settled goal has neither a projection nor an expected value. */
void goal_judge(const struct goal_spec *g, long today, const struct goal_point *points,
		size_t npoints, struct goal_status *out);
/* goal_judge of a goal with no set date, no baseline and an open domain. */
void goal_evaluate(enum goal_op op, double target, long due, long today,
		   const struct goal_point *points, size_t npoints,
		   struct goal_status *out);

/* ---- every goal with its status (plan_goal_rows.c) ----
 * The one evaluation behind 'status', the adoption and dq reports, the
 * workbook and the HTML: each stored goal, its metric's dated values for
 * its scope, and goal_judge on today with the goal's set date, baseline
 * and its metric's domain (metric_def_find). This part reads the workspace. */
struct store;
struct goal_row {
	long id, parent;            /* parent 0: a top-level goal */
	int depth;                  /* 0 top level, 1 a sub-goal, ... */
	char *phase, *metric, *scope, *op, *due, *origin;
	double target;
	struct goal_status status;
	char latest_date[11];       /* "" without a latest value */
	char judged_at[11];         /* the day it was judged at */
	char set_on[11];            /* "" when not known */
};
struct goal_rows {
	struct goal_row *v;
	size_t n;
};
/* The goals keep() accepts (NULL: all), in store_goal_list order (phase
 * order, each goal followed by its sub-goals), evaluated on today. false
 * with the error in d. Release with goal_rows_release either way. */
bool goal_rows_load(struct store *st, long today,
		    bool (*keep)(const char *metric, const char *scope, void *arg), void *arg,
		    struct goal_rows *out, struct diag *d);
void goal_rows_release(struct goal_rows *r);
/* counts[state]: how many of rows are in each state (zeroed first). */
void goal_rows_count(const struct goal_rows *rows, size_t counts[GOAL_NSTATES]);
/* How many rows are at level or worse (goal_state_at_least): the goals
 * that fail 'status --fail-on'. */
size_t goal_rows_count_at_least(const struct goal_rows *r, enum goal_state level);
/* keep() for goal_rows_load: the metric is one of family's
 * (METRIC_FAMILY_DQ, ...) and, when scope is not NULL, the goal's scope is
 * that scope or "". */
struct goal_family { const char *family, *scope; };
bool goal_in_family(const char *metric, const char *scope, void *family);

/* ---- where a new goal may go (plan_goal_place.c) ----
 * phase: one of the stored plan's phases when there is a plan (else a data
 * error (65) with a close match, or the list of its phases); parent (0:
 * none): a goal in that same phase. false with the error in d. */
bool plan_goal_place_check(struct store *st, const char *phase, long parent, struct diag *d);

/* ---- catalogues (plan_catalogue.c) ---- */

/* ---- the six steps of a CRM transformation (plan_step.c) ----
 * The spine of the plan (IBM's transformation, in Kumar and Reinartz): each
 * initiative names the step it belongs to. */
enum plan_step {
	STEP_NONE,          /* the catalogue does not say */
	STEP_VISION,        /* 1 a shared vision, balanced-scorecard incentives */
	STEP_CAPABILITIES,  /* 2 required capabilities and the gaps */
	STEP_PRIORITIES,    /* 3 prioritise by impact, constraints, risk, dependencies */
	STEP_CHANGE,        /* 4 continuous change management, support, participation */
	STEP_ROLLOUT,       /* 5 phased rollout, early wins, evaluation reviews */
	STEP_COORDINATION,  /* 6 one methodology coordinating the project teams */
	PLAN_NSTEPS
};
/* "vision", "capabilities", ...; "" for STEP_NONE: the id of YAML, JSON, CSV. */
const char *plan_step_id(enum plan_step s);
/* "A shared vision" ... in the language in use; "" for STEP_NONE. */
const char *plan_step_title(enum plan_step s);
/* "1. A shared vision" in the language in use, with its digits (malloc'd;
 * "" for STEP_NONE). */
char *plan_step_label(enum plan_step s);
/* The step whose id is id; false when none. */
bool plan_step_find(const char *id, enum plan_step *out);

/* ---- sources as the workspace keeps them (plan_sources.c) ---- */
struct json_t;
/* [{"doc": "KSF", "point": {"en": ..., "fa": ...}}] ("doc" left out for an
 * older free text): a new reference. */
struct json_t *plan_sources_to_json(const struct sources *s);
/* The same as compact JSON text (malloc'd; "" when there are none). */
char *plan_sources_json(const struct sources *s);
/* Stored sources told in lang as sources_text tells them (malloc'd; "" for
 * none or for text that is not such JSON). */
char *plan_sources_told(const char *stored, lang_id lang);

struct catalogue_goal {
	const char *metric;
	enum goal_op op;
	double target;
	const char *scope;          /* "" for the whole organisation */
	struct catalogue_goal *sub_goals;
	size_t nsub_goals;
	struct sources source;      /* where the goal comes from; n 0 when not said */
	int line, col;
};

struct catalogue_phase {
	const char *id;
	struct text title;
	long duration;              /* weeks */
	double capacity;            /* person-weeks */
	struct catalogue_goal *goals;
	size_t ngoals;
	int line, col;
};

struct catalogue_initiative {
	const char *id;
	struct text title;
	struct text description;
	const char **addresses;     /* dimension or capability ids */
	size_t naddresses;
	double effort;              /* person-weeks */
	long duration;              /* weeks */
	long impact, risk;          /* 1..5 */
	const char **depends_on;
	size_t ndepends;
	size_t *deps;               /* indexes of depends_on in initiatives */
	size_t phase;               /* index of the earliest allowed phase */
	struct sources source;      /* where the initiative comes from; n 0 when not said */
	enum plan_step step;        /* of the six-step transformation */
	int line, col;
};

struct catalogue {
	struct yx_doc doc;
	char *file_owned;           /* a name given to doc.file, freed with it */
	const char *id;
	long version;
	struct text title;
	double dimension_below;     /* selection threshold on the 0..100 scale */
	struct catalogue_initiative *initiatives;
	size_t ninitiatives;
	struct catalogue_phase *phases;
	size_t nphases;
};

enum { CATALOGUE_MAX_INITIATIVES = 2000, CATALOGUE_MAX_PHASES = 50,
       CATALOGUE_DEFAULT_THRESHOLD = 60 };

/* Parse and validate a catalogue: unknown keys (with a close match), types,
 * ranges, duplicate ids, unknown phases and dependencies (with a close
 * match), a dependency whose earliest phase is later, dependency cycles
 * (printed as a -> b -> a), an initiative larger than every phase, goal
 * metrics, comparisons and scopes. NULL when there is any error; every
 * error is in d as FILE:LINE:COL. */
struct catalogue *catalogue_load_buffer(const char *file, const char *buf, size_t len,
					struct diag *d);
struct catalogue *catalogue_load_file(const char *path, struct diag *d);
/* The catalogue named ref: a file, else an id in the workspace (st may be
 * NULL), else a shipped one (plan_lookup.c). NULL with the error in d. */
struct store;
struct catalogue *catalogue_lookup(struct store *st, const char *ref, struct diag *d);
void catalogue_free(struct catalogue *c);

long catalogue_find_initiative(const struct catalogue *c, const char *id);

/* ---- the plan (plan_build.c) ---- */

/* What the assessment and the findings ask of the plan. */
struct plan_request {           /* a finding that names an initiative */
	const char *initiative;
	const char *rule;           /* the rule id that fired */
	enum severity severity;
};

struct plan_dimension {         /* a readiness dimension's score, 0..100 */
	const char *id;
	double score;
	const char *title;          /* may be NULL */
};

struct plan_gap {               /* a capability's gap */
	const char *id;
	double gap;                 /* target - current, >= 0 */
	double priority;            /* gap * importance */
};

struct plan_inputs {
	struct plan_request *requests;
	size_t nrequests;
	struct plan_dimension *dimensions;
	size_t ndimensions;
	struct plan_gap *gaps;
	size_t ngaps;
	/* No assessment and no findings at all: plan the whole catalogue. */
	bool everything;
};

/* Plan inputs with the storage behind them, and one line saying where they
 * came from (the plan keeps it as its basis). */
struct plan_source {
	struct plan_inputs in;
	char *basis;
	struct json_t *json;        /* the parsed inputs file the ids point into, or NULL */
};

/* What a plan is selected from, as the workspace keeps it (plan_basis.c):
 * a small JSON object in no language, made by one of the three makers
 * (malloc'd), and told by plan_basis_text in the language in use
 * (translated) or in English (for JSON output). A basis kept by an older
 * crmready (an English sentence) is told as it is. */
char *plan_basis_catalogue(void);
char *plan_basis_workspace(size_t respondents, const char *readiness, size_t cap_respondents,
			   const char *capabilities, size_t findings, size_t initiatives);
char *plan_basis_file(const char *file, size_t dimensions, size_t gaps, size_t requests);
char *plan_basis_text(const char *stored, bool translated);

/* Read plan inputs from a JSON file (plan_inputs.c): "dimensions"
 * [{id, score, title}], "capabilities" [{id, gap, priority}], "findings"
 * [{rule, severity, initiatives, status}], every key optional; findings
 * whose status is not "fired" ask for nothing. False with every error
 * found in d (file:path: found X, expected Y); out is to be released
 * either way. */
bool plan_source_read(const char *file, struct plan_source *out, struct diag *d);
void plan_source_release(struct plan_source *s);

enum plan_reason_kind {
	REASON_FINDING,     /* ref = rule id, detail = severity name */
	REASON_DIMENSION,   /* ref = dimension id, value = score */
	REASON_CAPABILITY,  /* ref = capability id, value = gap, value2 = priority */
	REASON_DEPENDENCY,  /* ref = the initiative that needs it */
	REASON_CATALOGUE,   /* everything planned: no assessment yet */
	REASON_PUSHED,      /* capacity: ref = phase it could not fit, value = left there */
	REASON_AFTER,       /* placed later because a dependency is: ref = that dependency */
	REASON_OVERRUN,     /* ends after its phase: value = days past the phase end */
};

struct plan_reason {
	enum plan_reason_kind kind;
	const char *ref;            /* points into the catalogue or the inputs */
	const char *detail;
	double value, value2;
	double urgency;             /* what this reason asks (1..5); 0 for the
				       placement kinds (pushed, after, overrun) */
};

struct plan_item {
	size_t initiative;          /* index in the catalogue */
	size_t phase;               /* index of the phase it is placed in */
	double urgency;             /* 1..5: the highest of its reasons' */
	double priority;            /* see plan_priority */
	long start, end;            /* day numbers, end inclusive */
	struct plan_reason *reasons;
	size_t nreasons;
};

struct plan_phase {
	long start, end;            /* day numbers, end inclusive */
	double used;                /* person-weeks placed */
};

struct plan {
	const struct catalogue *cat;
	long start;
	struct plan_item *items;    /* in dependency order (and so execution order) */
	size_t nitems;
	struct plan_phase *phases;  /* one per catalogue phase */
};

/* The priority formula, documented in plan show --explain:
 *   priority = impact * urgency * (6 - risk) / sqrt(effort)
 * value (impact) times how pressing the need is (urgency 1..5), discounted
 * for risk (risk 1 keeps 5/5, risk 5 keeps 1/5) and per unit of effort
 * (the square root, so large initiatives are not buried). */
double plan_priority(double impact, double urgency, double risk, double effort);

/* Urgency (1..5) of each kind of reason. */
double plan_urgency_severity(enum severity s);          /* info 1 .. critical 5 */
double plan_urgency_dimension(double score, double threshold); /* 1 + 4 * (t - s) / t */
double plan_urgency_gap(double priority);                    /* 1 + 4 * min(p, 12) / 12 */

/* Build the plan: select, rank, order, place and date (see plan_build.c for
 * each step). Deterministic. false with errors in d (65): a dependency cycle
 * among the selected, or an initiative that no phase from its earliest on
 * has room for. start is a day number. */
bool plan_build(const struct catalogue *cat, const struct plan_inputs *in, long start,
		struct plan *out, struct diag *d);
void plan_release(struct plan *p);

/* Order the n initiatives listed in sel (indexes into cat) so that each
 * comes after its dependencies in sel, picking the highest priority (then
 * catalogue order) among those ready. false with the cycle in d as
 * "dependency cycle: a -> b -> a". order receives n indexes into sel. */
bool plan_order(const struct catalogue *cat, const size_t *sel, const double *priority,
		size_t n, size_t *order, struct diag *d);

/* ---- the plan's goals after plan build (plan_goal_sync.c) ---- */

/* Whether a goal scope can have figures here: "", entity=NAME, or a
 * department or wave the roster has (names sorted bytewise, as
 * store_roster_names gives them); with no roster (no users) nothing is
 * checked. false for a department or wave the roster lacks, with *close the
 * roster's likely name of that kind (equal as words, or the only one holding
 * it as whole words, else the closest spelling), or NULL. */
struct store_roster_names;
bool plan_scope_in_roster(const char *scope, const struct store_roster_names *roster,
			  const char **close);

/* A phase goal template left out: the roster has no such department or wave. */
struct plan_goal_skip {
	size_t phase;                       /* index in the catalogue */
	const struct catalogue_goal *goal;  /* the template, with its sub-goals */
	long parent;                        /* the goal it would be a sub-goal of, or 0 */
	size_t sub_goals;                   /* its sub-goals, left out with it */
	char *close;                        /* the roster's closest name, or NULL */
};

struct store_goal;
struct plan_goal_sync {
	long added;                 /* new goals */
	long kept;                  /* goals the plan made before, kept with their ids */
	long yours;                 /* templates one of your goals stands for */
	long detached;              /* your sub-goals whose parent went: now top-level */
	long unchecked;             /* department and wave goals made with no roster to check */
	struct plan_goal_skip *skipped;
	size_t nskipped, cap_skipped;
	struct store_goal *removed; /* goals the plan made that no template makes now */
	size_t nremoved, cap_removed;
};

/* Bring the workspace's goals in step with the plan p, inside the caller's
 * transaction (after store_plan_save), as plan_goal_sync.c describes: keep
 * the goals that stand for a template (same phase, metric and scope; the
 * same parent first) with their ids, add the others, record the templates whose scope
 * the roster lacks, remove the plan's goals no template makes now. false
 * with the error in d. Release out with plan_goal_sync_release either way. */
bool plan_goals_sync(struct store *st, const struct plan *p, struct plan_goal_sync *out,
		     struct diag *d);
void plan_goal_sync_release(struct plan_goal_sync *s);

/* The catalogue 'plan build' uses when none is named. */
#define PLAN_DEFAULT_CATALOGUE "crm-default-plan"

/* The saved plan and the workspace's goals (plan_stored.c). */
struct plan_stored {
	struct store_plan *plan;
	struct store_goal *goals;
	size_t ngoals;
};
/* Load both; false with the error in d (EXIT_DATAERR when no plan was
 * saved yet). Release with plan_stored_release either way. */
bool plan_stored_load(struct store *st, struct plan_stored *out, struct diag *d);
void plan_stored_release(struct plan_stored *p);

/* Replace the workspace's plan with p (selected from basis, built on
 * today, YYYY-MM-DD) and bring the goals in step with it (plan_goals_sync),
 * in one transaction that a failure rolls back (plan_save.c). What
 * happened to the goals goes to gs, what changed against the previous plan
 * to changes (the execution kept, plan_changes_compare); release both
 * either way. The execution of initiatives is never touched. */
struct plan_changes;
bool plan_save(struct store *st, const struct plan *p, const char *basis, const char *today,
	       struct plan_goal_sync *gs, struct plan_changes *changes, struct diag *d);

/* A dependency cycle in the whole catalogue, as "a -> b -> a" (malloc'd),
 * or NULL when there is none. *first is the initiative it starts at. */
char *plan_find_cycle(const struct catalogue *cat, size_t *first);

/* ---- execution: status, actuals and the forecast (plan_forecast.c) ---- */

/* An initiative's status; names are the machine words ("not-started",
 * "in-progress", "done", "blocked", "dropped"), labels the reader's. */
enum plan_status { PLAN_NOT_STARTED, PLAN_IN_PROGRESS, PLAN_DONE, PLAN_BLOCKED, PLAN_DROPPED,
		   PLAN_NSTATUS };
const char *plan_status_name(enum plan_status s);
const char *plan_status_label(enum plan_status s);
/* The status named s (exactly a name; case ignored); false when none. */
bool plan_status_parse(const char *s, enum plan_status *out);
/* "not-started, in-progress, done, blocked, dropped", for messages. */
const char *plan_status_names(void);

/* No day: an actual date not known (yet). */
#define PLAN_NO_DAY LONG_MIN

/* One initiative as the forecast reads it: its planned span, what was done,
 * and the initiatives it depends on (indexes into the same array; ones that
 * are dropped constrain nothing). */
struct plan_track_in {
	long planned_start, planned_end;   /* day numbers, end inclusive */
	enum plan_status status;
	long started, done;                /* actual days, or PLAN_NO_DAY */
	int percent;                       /* 0..100, or -1 when not given */
	const size_t *deps;
	size_t ndeps;
};

/* How an initiative is late (plan_forecast.c orders them by weight):
 * done after its planned end; not done and its planned end has passed;
 * started after its planned start. */
enum plan_late { PLAN_ON_TIME, PLAN_LATE_STARTED, PLAN_LATE_OVERDUE, PLAN_LATE_FINISHED };

/* Why an initiative's (forecast) dates moved past the plan. */
enum plan_cause {
	PLAN_CAUSE_NONE,
	PLAN_CAUSE_DEPENDENCY,   /* waits for cause_item, which ends cause_days late */
	PLAN_CAUSE_NOT_STARTED,  /* its planned start passed and it has not started */
	PLAN_CAUSE_STARTED_LATE, /* it started after its planned start */
	PLAN_CAUSE_OVERRUN,      /* in progress past its planned end (or percent left) */
};

struct plan_track_out {
	long start, end;          /* actual where known, else the forecast */
	bool start_forecast;      /* start is a forecast (not started) */
	bool end_forecast;        /* end is a forecast (not done) */
	enum plan_late late;
	long late_days;           /* by how many days it is late (0 on time) */
	long start_slip, end_slip;/* start - planned start, end - planned end, in days */
	enum plan_cause cause;
	size_t cause_item;        /* the dependency, for PLAN_CAUSE_DEPENDENCY */
	long cause_days;          /* that dependency's end slip (days) */
};

/* The forecast on today of n initiatives (docs/plan-and-goals.md, "Tracking
 * execution"; plan_forecast.c): each unfinished one keeps its planned
 * duration D = planned_end - planned_start + 1 and
 *   - not started (or blocked before starting): starts at the latest of its
 *     planned start, today and the day after each dependency's end (actual
 *     or forecast), and ends D - 1 days later;
 *   - in progress (or blocked after starting): ends at the latest of
 *     started + D - 1, today, and (percent given) today + ceil(D * (100 -
 *     percent) / 100) - 1;
 *   - done: its actual dates (a done one without a start counts as started
 *     on the earlier of its planned start and its end);
 *   - dropped: its planned dates, late never, and it delays nothing.
 * A dependency is the cause when it pushes the start past the plan. false
 * with "dependency cycle" in d when deps loop. out has n entries. */
struct diag;
bool plan_forecast(const struct plan_track_in *in, size_t n, long today,
		   struct plan_track_out *out, struct diag *d);

/* The stored plan's initiatives with their execution and forecast, as the
 * reports and 'plan show' read them (plan_track.c). items[i] is
 * plan->items[i]; exec[i] its execution row (status "not-started" and no
 * dates when it has none); orphans the execution rows of initiatives the
 * plan no longer holds. */
struct store_plan;
struct store_plan_exec;
struct plan_track {
	long today;
	size_t n;
	struct store_plan_exec *exec;      /* n rows, in plan order */
	struct plan_track_in *in;
	struct plan_track_out *out;
	size_t *deps;                      /* the storage behind in[i].deps */
	struct store_plan_exec *orphans;   /* ordered by initiative */
	size_t norphans;
};
/* Load the execution of p's initiatives from st and forecast it on today;
 * false with the error in d. Release with plan_track_release either way. */
bool plan_track_load(struct store *st, const struct store_plan *p, long today,
		     struct plan_track *out, struct diag *d);
void plan_track_release(struct plan_track *t);
/* The status of an execution row (PLAN_NOT_STARTED for an unknown word). */
enum plan_status plan_track_status(const struct store_plan_exec *e);

/* ---- plan updates: what was done of an initiative (plan_update.c) ---- */

/* One update as given on the command line or a row of a CSV file. */
struct plan_update {
	const char *initiative;
	bool has_status;
	enum plan_status status;
	const char *reason;        /* NULL: none given */
	long started, done;        /* day numbers, or PLAN_NO_DAY when not given */
	int percent;               /* 0..100, or -1 when not given */
	/* Where it came from, for messages: a file's row (file NULL: the
	 * command line, and messages name the options), and the 1-based
	 * column of each field (0: the file has none). */
	const char *file;
	long row, line;
	int col_initiative, col_status, col_started, col_done, col_percent, col_reason;
};

/* What plan_update_one and plan_update_file changed. */
struct plan_update_result {
	size_t initiatives;        /* initiatives with a change */
	size_t fields;             /* history rows written */
};

/* Apply u to the stored plan's execution on today (YYYY-MM-DD) by who, in
 * one transaction, with a history row (kind "initiative") per changed
 * field: --done makes it done, --started makes a not-started one in
 * progress, done without a date is done today, in-progress without a
 * start started today, not-started clears the actual dates and percent.
 * Refused, with nothing changed: no plan yet, an initiative neither in
 * the plan nor updated before (with a close match), dates before the
 * plan's start or after today, an end before the start, blocked without
 * a reason. */
bool plan_update_one(struct store *st, const struct plan_update *u, const char *today,
		     const char *who, struct plan_update_result *out, struct diag *d);

/* Read a CSV of updates (columns initiative, status, started, done,
 * percent, reason; header names matched as csvx_header_eq does; only
 * initiative is required) and apply every row in one transaction: any bad
 * row, with FILE: row R, column C, changes nothing. fmt NULL: the default
 * format. */
struct csvx_format;
bool plan_update_file(struct store *st, const char *path, const struct csvx_format *fmt,
		      const char *today, const char *who, struct plan_update_result *out,
		      struct diag *d);

/* ---- what a rebuild changed (plan_changes.c) ---- */

enum plan_change_kind { PLAN_CHANGE_ADDED, PLAN_CHANGE_DROPPED, PLAN_CHANGE_MOVED };
struct plan_change {
	enum plan_change_kind kind;
	char *initiative;
	char *old_phase, *new_phase;   /* NULL for added (old) and dropped (new) */
	long start_shift, end_shift;   /* moved: new - old, in days */
	bool had_actuals;              /* dropped: execution was recorded, and is kept */
};
struct plan_changes {
	bool had_plan;                 /* false: the first plan, nothing to compare */
	char *old_built_at;            /* the previous plan's build day */
	struct plan_change *v;         /* added, then dropped, then moved; each in plan order */
	size_t n, added, dropped, moved;
};
/* Compare the previous plan old (NULL: none) with the new one: the
 * initiatives added, dropped (had_actuals when exec, n rows, holds
 * anything recorded of it) and moved (to another phase, or start or end
 * shifted). Release with plan_changes_release. */
void plan_changes_compare(const struct store_plan *old, const struct store_plan *new_plan,
			  const struct store_plan_exec *exec, size_t nexec,
			  struct plan_changes *out);
void plan_changes_release(struct plan_changes *c);

#endif
