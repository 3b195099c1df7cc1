/* report: rendering for people and programs — terminal tables, JSON, CSV,
 * the leadership workbook and the HTML report.
 *
 * The file is organised in sections; each section's functions live in the
 * files named in its heading. The workbook and the HTML read one gathered
 * model (struct report_workbook) of figures, enums and the user's own text;
 * each writer words the enums itself, with the owning module's label
 * function (goal_state_label, severity_label, q_by_label).
 */
#ifndef CRMREADY_REPORT_H
#define CRMREADY_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "../core/expr.h"
#include "../core/text.h"
#include "../documents/documents.h"
#include "../questionnaires/questionnaire.h"

/* ---- text tables and JSON (report_text.c) ----
 *
 * Every command's terminal table goes through report_table: it pads by
 * display width (a Persian letter is two bytes and one column; printf's
 * widths count bytes) and strips control characters from the cells.
 * By default a column is as wide as its widest cell, columns are two spaces
 * apart and the header is bold over a rule; the layout calls below give the
 * fixed widths, gaps and plain headers of the older listing tables. */

enum report_align { REPORT_LEFT, REPORT_RIGHT };

struct report_table;

/* A table of ncols columns. Headers may be NULL (no header row). */
struct report_table *report_table_new(size_t ncols);
void report_table_free(struct report_table *t);
void report_table_column(struct report_table *t, size_t col, const char *header,
			 enum report_align align);
/* Add a row: ncols cells (NULL = empty), copied; control characters in
 * them are removed (user text is printed safely). */
void report_table_row(struct report_table *t, const char *const *cells);
/* Add a row from printf-style cells: one format per cell is awkward, so
 * this takes the cells already formatted, separated by '\t'. Only for
 * cells that cannot hold a tab (numbers, ids): user text (names) goes
 * through report_table_row. */
void report_table_rowf(struct report_table *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* An ANSI colour (e.g. "31") for a cell of the last row added; shown only
 * when printing with colour. */
void report_table_color(struct report_table *t, size_t col, const char *sgr);
/* Column col at least width columns wide; fixed: a longer cell overflows
 * (shifting the rest of its row) instead of widening the column. */
void report_table_width(struct report_table *t, size_t col, size_t width, bool fixed);
/* Column col exactly width columns wide: a longer cell is cut there (by
 * display width, never inside a letter). */
void report_table_cut(struct report_table *t, size_t col, size_t width);
/* The text printed before column col (default two spaces). */
void report_table_gap(struct report_table *t, size_t col, const char *gap);
/* Print the header as a plain row: not bold, no rule under it. */
void report_table_plain_header(struct report_table *t);
/* Size and space the columns for their headers without printing them: a
 * table printed a row at a time under a header printed once keeps every
 * line aligned with it. */
void report_table_hide_header(struct report_table *t);
/* The heading of col goes on from the one before as one phrase ("latest"
 * "on"): no extra space between them (headings in a script without
 * capitals are otherwise kept two columns apart). */
void report_table_heading_continues(struct report_table *t, size_t col);
/* Each cell of column col (not its header) is a left-to-right expression
 * such as "dq.score >= 0.7 (entity=contact)": in a right-to-left language
 * it is printed inside a first-strong isolate (U+2068 .. U+2069), so its
 * sign and figures keep their order beside the right-to-left text (the
 * isolates take no column; nothing changes in a left-to-right language). */
void report_table_isolate(struct report_table *t, size_t col);
/* Print with columns aligned by terminal width (UTF-8 aware), each line
 * prefixed by indent spaces; header underlined by a rule of '─' (bold when
 * color) unless plain. A left-aligned last column is not padded. */
void report_table_print(const struct report_table *t, FILE *out, size_t indent, bool color);

/* Every JSON output: two-space indent, keys in insertion order, reals with
 * 15 significant digits (so 0.1 prints as 0.1), then a newline. */
#define REPORT_JSON_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))
void report_json_print(json_t *v, FILE *out);

/* A bar of width columns for value in 0..max, drawn with block characters
 * in eighths (▏▎▍▌▋▊▉█) and padded with spaces to width. Caller frees. */
char *report_bar(double value, double max, size_t width);

/* The ANSI colour a 0..100 readiness score is shown in: red below 40,
 * yellow below 60, green from 60. */
const char *report_score_color(double score);

/* A number rounded to one decimal for people ("57.3", in the language's
 * digits); "-" without data. */
char *report_num1(bool has, double v);

/* s (a left-to-right expression: a goal, a condition) as a reader of the
 * language in use sees it beside other text: inside a first-strong isolate
 * (U+2068 .. U+2069) in a right-to-left language, unchanged otherwise.
 * Malloc'd. s is not sanitised (the isolates would be removed): pass text
 * already sanitised. */
char *report_isolate(const char *s);
/* ", " between the items of a list, in the language in use (the Arabic comma
 * in Persian and Arabic). */
const char *report_list_sep(void);

/* ---- the assessment and capability gaps (report_assess.c) ---- */

struct report_options {
	lang_id lang;
	bool color;
};

/* by_mask: bits (1 << Q_BY_DEPARTMENT), (1 << Q_BY_ROLE): which groups to show. */
json_t *report_assessment_json(const struct q_assessment *a, unsigned by_mask, lang_id lang);
json_t *report_capabilities_json(const struct q_assessment *a);
/* How the assessment moved since a saved one (its report_assessment_json). */
json_t *report_compare_json(const struct q_assessment *a, const json_t *snapshot,
			    const char *name, const char *saved_at);
void report_assessment_csv(FILE *out, const struct q_assessment *a, unsigned by_mask);
void report_capabilities_csv(FILE *out, const struct q_assessment *a);
void report_assessment_text(FILE *out, const struct q_assessment *a, unsigned by_mask,
			    const struct report_options *o);
/* 'gaps --format json': questionnaire, respondents and the capabilities. */
json_t *report_gaps_json(const struct q_assessment *a);
/* 'gaps': "TITLE (ID): N respondents" and a blank line, above the table. */
void report_capability_model_heading(FILE *out, const struct q_assessment *a, lang_id lang);
void report_capabilities_text(FILE *out, const struct q_assessment *a,
			      const struct report_options *o);
void report_compare_text(FILE *out, const struct q_assessment *a, const json_t *cmp,
			 const struct report_options *o);

/* ---- survey rounds (report_rounds.c) ---- */

/* One round of 'survey rounds' (days YYYY-MM-DD; first, last "" when none). */
struct report_round {
	const char *questionnaire, *name, *created, *first, *last;
	long respondents;
	bool latest;
};
json_t *report_rounds_json(const struct report_round *r, size_t n);
void report_rounds_csv(FILE *out, const struct report_round *r, size_t n);
void report_rounds_text(FILE *out, const struct report_round *r, size_t n,
			const struct report_options *o);

/* Two rounds of one questionnaire, from (older) to (newer). */
struct report_round_pair {
	const struct q_assessment *from, *to;
	const char *from_name, *to_name;
};
/* The index, dimension, group (by_mask) and question deltas; a group below
 * the minimum in either round shows no figure (q_delta_group). */
json_t *report_round_compare_json(const struct report_round_pair *p, unsigned by_mask);
void report_round_compare_csv(FILE *out, const struct report_round_pair *p, unsigned by_mask);
void report_round_compare_text(FILE *out, const struct report_round_pair *p, unsigned by_mask,
			       const struct report_options *o);

/* ---- findings for people (report_findings.c) ---- */

/* A fired rule's evidence: `score("data") = 25.3; share("x", "y") = 0.3`
 * (numbers to one decimal, fractions to three digits; "no data" in the
 * user's language). Malloc'd. */
char *report_finding_evidence(const struct expr_result *r, lang_id lang);

/* ==== the rollout plan (report_plan.c) ==== */

#include "../phases/plan.h"
#include "../store/store.h"

/* What plan build did: the plan's size and dates, what it was selected
 * from (basis), what happened to the goals (gs). */
void report_plan_built(FILE *out, const struct plan *p, const char *basis,
		       const struct plan_goal_sync *gs);
/* The stored plan with its goals: phases, initiatives and why (with
 * explain, the priority formula and each initiative's figures), goals and
 * goal templates left out, a Gantt chart; titles in lang. */
void report_plan_text(FILE *out, const struct store_plan *sp, const struct store_goal *goals,
		      size_t ngoals, lang_id lang, bool explain);
json_t *report_plan_json(const struct store_plan *sp, const struct store_goal *goals,
			 size_t ngoals, lang_id lang);
/* t: the plan's execution (plan_track_load), whose columns follow the
 * plan's: status, started, done, percent, forecast_start, forecast_end,
 * late, late_days, delayed_by, cause, note. */
void report_plan_csv(FILE *out, const struct store_plan *sp, const struct plan_track *t,
		     lang_id lang);

/* ---- what plan build changed (report_plan_changes.c) ---- */

/* "against the previous plan (built D): N added, N dropped, N moved" and a
 * line for each; nothing for a first plan. */
void report_plan_changes_text(FILE *out, const struct plan_changes *c);
/* The same as JSON (null for a first plan). */
json_t *report_plan_changes_json(const struct plan_changes *c);
/* plan build --format json: the plan's size and dates, the goals' sync
 * counts and the changes. */
json_t *report_plan_built_json(const struct plan *p, const struct plan_goal_sync *gs,
			       const struct plan_changes *c);

/* ---- the plan's execution (report_plan_track.c) ---- */

/* "3 weeks" (a whole number of weeks) or "12 days", for people (the
 * catalogue's words and digits) or in English. Malloc'd. */
char *report_plan_span(long days, bool people);
/* How o is late ("finished 3 weeks late", "12 days past its planned end",
 * "started 2 weeks late"), or NULL when on time. Malloc'd. */
char *report_plan_late(const struct plan_track_out *o, bool people);
/* Why initiative i's dates moved past the plan ("after X, which ended 3
 * weeks late", "not started yet", ...), or NULL. Malloc'd. */
char *report_plan_cause(const struct store_plan *sp, const struct plan_track *t, size_t i,
			bool people);
/* True when anything was recorded of the plan's execution. */
bool report_plan_tracked(const struct plan_track *t);
/* The execution section of 'plan show' (nothing when nothing was
 * recorded): each initiative's status, planned, actual and forecast dates,
 * percent and lateness; what is delayed downstream and why; blocked and
 * dropped ones with their reasons; initiatives no longer planned. */
void report_plan_track_text(FILE *out, const struct store_plan *sp, const struct plan_track *t);
/* Add "execution" to each of plan's "initiatives" (report_plan_json), and
 * "today" and "no_longer_planned". */
void report_plan_track_json(json_t *plan, const struct store_plan *sp, const struct plan_track *t);

/* ==== baselines, slips and phase reviews (report_baseline.c) ==== */
/* The saved baselines: text, JSON, CSV. */
struct store_baseline;
void report_baselines_text(FILE *out, const struct store_baseline *v, size_t n);
json_t *report_baselines_json(const struct store_baseline *v, size_t n);
void report_baselines_csv(FILE *out, const struct store_baseline *v, size_t n);
/* Why a phase or initiative moved against the baseline, for people
 * (translated) or programs (English); plan is the stored plan now.
 * Malloc'd; "" when it did not move. */
char *report_slip_reason(const struct plan_slip *s, const struct store_plan *plan, bool people);
/* A slip in days as people read it: "+14 d (+2 wk)", "0" (malloc'd). */
char *report_slip_days(long days);
/* The plan against a baseline: every phase and initiative with its dates
 * then and now, the slips and why. */
void report_vs_text(FILE *out, const struct plan_vs *v);
json_t *report_vs_json(const struct plan_vs *v);
void report_vs_csv(FILE *out, const struct plan_vs *v);
/* The phase reviews: goals rolled up, the verdict, the gate decisions. */
void report_reviews_text(FILE *out, const struct plan_reviews *r, bool history);
json_t *report_reviews_json(const struct plan_reviews *r);
void report_reviews_csv(FILE *out, const struct plan_reviews *r);
/* One line a phase: its verdict and the gate decision in force (status). */
void report_reviews_brief(FILE *out, const struct plan_reviews *r);
/* The plan's initiatives grouped by the six steps of the transformation
 * (plan show --by step; report_plan_steps.c). */
void report_plan_steps_text(FILE *out, const struct store_plan *sp, lang_id lang);

/* ==== Excel (report_xlsx.c, xlsx_*.c) ==== */

#include "../core/arena.h"
#include "../core/diag.h"
#include "../core/text.h"
#include "../phases/plan.h"
#include "../rules/rules.h"
#include "../store/store.h"

/* ==== Excel: the leadership workbook (report_xlsx.c, xlsx_*.c) ==== */

/* The workbook's content, gathered before a single cell is written. Every
 * string lives in the arena. A part whose module has no data leaves its
 * has_ flag false and its sheet says what is missing and which command
 * provides it. */

struct report_xl_dimension {
	const char *id, *title;
	bool has_score;
	double score;             /* 0..100 */
	double spread;
	long respondents;
};

struct report_xl_group {        /* a department's scores */
	const char *name;         /* for the other group, "other" in the export's language */
	long respondents;
	bool compared;            /* at least min_group respondents: its figures are shown */
	bool other;               /* the departments of fewer than min_group, together */
	bool has_index;
	double index;
	bool *has_score;          /* per dimension, ndimensions long */
	double *score;
};

/* Between the highest and the lowest group of one kind in a dimension. */
struct report_xl_perception_gap {
	const char *dimension;    /* its title */
	enum q_by by;             /* the kind of the two groups (q_by_label names it) */
	double gap;
	const char *highest, *lowest;
	double highest_score, lowest_score;
};

/* One reported questionnaire's assessment: the workbook's first (the
 * engagement's readiness questionnaire, else the first answered) in
 * `primary`, every other answered questionnaire in `more`. */
struct report_xl_assessment {
	const char *questionnaire, *title;
	long respondents;
	bool has_index;
	double index;
	const char *level;
	struct report_xl_dimension *dimensions;
	size_t ndimensions;
	struct report_xl_group *groups;       /* departments of at least min_group, then "other" */
	size_t ngroups;
	const char *small_groups;             /* departments of fewer than min_group ("A, B"); NULL: none */
	struct report_xl_perception_gap *perception_gaps;
	size_t nperception_gaps;
};

/* One figure of the latest survey round against the previous one. */
struct report_xl_round_row {
	const char *label;        /* the index, a dimension's title, a department */
	bool department;
	bool suppressed;          /* a department below the minimum in either round: no figure */
	bool has_from, has_to, has_delta;
	double from, to, delta;
	long n_from, n_to;        /* respondents counted in each round */
};

/* The readiness questionnaire's latest round against the previous one
 * (q_delta_*): the index, each dimension, then each department. */
struct report_xl_rounds {
	const char *from, *to;                /* the rounds' names */
	const char *from_created, *to_created;
	struct report_xl_round_row *rows;     /* in the model's arena */
	size_t nrows;
};

/* An answer to a text question: its questionnaire and question (the text in
 * the export's language), and the respondent's department, or NULL when
 * that would name a group of fewer than min_group (q_comment). */
struct report_xl_comment {
	const char *questionnaire, *question, *group, *text;
};

struct report_xl_capability {
	const char *id, *title, *area;
	bool has_current;         /* without it gap and priority are unknown */
	double current, target, gap, priority;
	long importance;
	long respondents;
	bool target_overridden;   /* the organisation's target (gaps set-target) */
};

struct report_xl_finding {
	const char *rule;
	enum severity severity;       /* severity_label names it */
	const char *title, *evidence, *recommendation, *initiatives;
	bool evaluated;               /* false: "not evaluated", reason in evidence */
	const char *source;           /* the practice the rule comes from; may be NULL */
	/* Its waiver: the one that holds (in waived) or the one that expired
	 * (a fired finding firing again); until NULL when it has none. */
	const char *waiver_by, *waiver_until, *waiver_reason;
};

struct report_xl_change {       /* one row of 'crmready log', as a reader reads it */
	const char *day;            /* YYYY-MM-DD */
	const char *who, *text, *note;
};

struct report_xl_phase {
	const char *id, *title, *start, *end;   /* dates YYYY-MM-DD */
	double capacity, load;                  /* person-weeks */
};

struct report_xl_initiative {
	const char *id, *title, *phase, *start, *end;
	double effort;
	long impact, risk;
	enum plan_step step;          /* STEP_NONE when the plan does not say */
	const char *source;           /* where it comes from, told; "" when not said */
	/* Its execution and forecast on the report's day (plan_track_load) */
	enum plan_status status;
	const char *started, *done;        /* actual days, or NULL */
	const char *fc_start, *fc_end;     /* actual where known, else forecast */
	bool start_forecast, end_forecast;
	int percent;                       /* 0..100, or -1 */
	enum plan_late late;
	long late_days;
	const char *late_text, *cause, *note;  /* for people; NULL when none */
};

struct report_xl_goal {
	const char *id, *phase, *metric, *scope, *op, *due, *parent;
	enum goal_state state;    /* on judged_at (goal_state_label names it) */
	double target;
	bool has_latest;
	double latest;
	const char *latest_date;
	const char *judged_at;    /* the day judged: the export's date, or the due date once past */
	bool settled;             /* past its due date: the state is final */
	bool has_baseline;
	double baseline;
};

struct report_xl_week {         /* overall adoption of one ISO week */
	const char *date;         /* the week's Monday */
	bool has_rate, has_active, has_licensed, has_logins;
	double rate, active, licensed, logins;
	bool in_progress;         /* the logs do not cover it (adoption_week_in_progress) */
	bool has_core, has_core_rate;  /* core actions (with an activity log) */
	double core_active, core_rate;
	bool has_monthly, has_stickiness;   /* active in the 28 days to Sunday; WAU/MAU */
	double monthly, stickiness;
};

/* The last complete week of a department or wave (its latest week, in
 * progress, when it has no complete one). */
struct report_xl_adoption_group {
	const char *scope;        /* "department=Sales", "wave=2"; "department=other" (in the
				   * export's language) for the other group */
	const char *date;
	bool has_rate, has_active, has_licensed;
	double rate, active, licensed;
	bool other;               /* the groups of fewer than min_group licensed users, together */
	bool small;               /* fewer than min_group licensed users: no figure */
	bool in_progress;
};

enum { REPORT_XL_DQ_SCORE, REPORT_XL_DQ_COMPLETENESS, REPORT_XL_DQ_DUPLICATES,
       REPORT_XL_DQ_FRESHNESS, REPORT_XL_DQ_PARTS };

struct report_xl_dq_point {     /* one scan of one entity */
	const char *entity, *date;
	bool has[REPORT_XL_DQ_PARTS];
	double value[REPORT_XL_DQ_PARTS];
};

struct report_xl_dq_field {     /* latest per-field figure of an entity */
	const char *entity, *field, *date;
	bool not_checked;           /* the latest scan's file lacked the column */
	bool has_completeness, has_validity;
	double completeness, validity;
};

struct adoption_report;
struct adoption_cohorts;
struct adoption_teams;

struct report_workbook {
	struct arena arena;
	lang_id lang;
	const char *today;            /* the export's date */
	const char *from, *to;        /* period of the trends; NULL = open */
	const char *workspace;

	bool has_assessment;
	struct report_xl_assessment primary;  /* the first questionnaire */
	long min_group;                       /* groups smaller are not shown (anonymity) */
	struct report_xl_assessment *more;    /* the other answered questionnaires, by id */
	size_t nmore;
	struct report_xl_comment *comments;   /* every text answer: by questionnaire, then question */
	size_t ncomments;
	const char *only;                     /* --questionnaire: the ids to report ("a,b"); NULL: all answered */
	bool has_rounds;                      /* the primary questionnaire has two rounds or more */
	struct report_xl_rounds rounds;

	const char *capability_model;         /* NULL: no capability answers */
	long capability_respondents;
	struct report_xl_capability *capabilities;  /* by priority, highest first */
	size_t ncapabilities;

	bool has_findings;            /* rules were evaluated */
	struct report_xl_finding *findings;   /* fired first, by severity */
	size_t nfindings;
	struct report_xl_finding *waived;     /* would fire, but a waiver holds */
	size_t nwaived;
	struct report_xl_change *changes;     /* the history, oldest first */
	size_t nchanges;

	bool has_plan;
	bool has_execution;           /* something was recorded with 'plan update' */
	struct report_xl_phase *phases;
	size_t nphases;
	struct report_xl_initiative *initiatives;  /* in phase order */
	size_t ninitiatives;

	struct report_xl_goal *goals;
	size_t ngoals;
	/* Goals by state, indexed by enum goal_state (phases/plan.h): the tally
	 * 'crmready status' prints. */
	size_t goal_counts[GOAL_NSTATES];

	struct report_xl_week *weeks;         /* by date */
	size_t nweeks;
	const char *logs_reach;               /* "2026-11-23 08:00" UTC; NULL: no import */
	struct report_xl_adoption_group *adoption_groups;  /* by scope */
	size_t nadoption_groups;
	/* Licence use (report_workbook_gather_usage); NULL when not gathered. */
	struct adoption_usage *usage;
	/* The weekly series per department, wave and role (one adoption report
	 * per entry of adoption_by_kinds, small groups in other), the go-live
	 * cohorts by wave and the team league (xlsx_gather_adoption.c). */
	struct adoption_report *adoption_by;
	size_t nadoption_by;
	struct adoption_cohorts *cohorts;
	struct adoption_teams *teams;

	struct report_xl_dq_point *dq;        /* by entity, then date */
	size_t ndq;
	struct report_xl_dq_field *dq_fields; /* by entity, then field */
	size_t ndq_fields;

	/* The plan against the latest baseline (NULL: no plan or no
	 * baseline) and the phase reviews (NULL: no plan), on today
	 * (xlsx_gather_baseline.c). */
	struct plan_vs *vs;
	struct plan_reviews *reviews;
};

void report_workbook_init(struct report_workbook *w, lang_id lang, const char *today);
/* "N goals: a achieved, b on track, c at risk, d missed, e too early, f no
 * data" in lang, from counts indexed by enum goal_state, into buf (cut to
 * n): the one wording of the tally, for the terminal (report_goal_tally),
 * the workbook and the HTML (report_model.c). Returns buf. */
char *report_goal_tally_format(size_t ngoals, const size_t counts[GOAL_NSTATES], lang_id lang,
			       char *buf, size_t n);
/* A goal's comparison (">=") for a reader: the symbol in English, a word
 * in a language whose reader would see the symbol mirrored ("at least"),
 * so "20 =<" never appears in right-to-left text; an unknown op unchanged
 * (report_model.c). */
const char *report_goal_op(const char *op);
/* The readable form of a metric scope, in the language in use
 * ("department=Sales" -> "Sales", "wave=pilot" -> "wave pilot", "" ->
 * "organisation"); buf (n bytes) holds it when it is made. */
const char *report_scope_text(const char *scope, char *buf, size_t n);
/* The organisation-wide adoption.active_rate goal, the line the adoption
 * charts draw; NULL when the plan has none (report_model.c). */
const struct report_xl_goal *report_workbook_rate_goal(const struct report_workbook *w);
/* The columns entity's latest scan did not check (its file lacked them),
 * joined with ", " into buf (cut to n); how many there are. A score over
 * fewer columns must say so wherever it is the headline. */
size_t report_dq_unchecked(const struct report_workbook *w, const char *entity, char *buf, size_t n);
void report_workbook_release(struct report_workbook *w);

/* Fill the parts of w that come from stored metrics (adoption weeks and
 * groups, data-quality scans), restricted to [from, to] when given. A
 * department or wave of fewer than w->min_group licensed users (the
 * engagement's when not set) is left out and counted in its kind's other
 * group, which shows figures only with at least min_group users. */
bool report_workbook_gather_metrics(struct report_workbook *w, struct store *st,
				    const char *from, const char *to, struct diag *d);

/* The adoption series by kind, cohorts and teams of w (called by
 * report_workbook_gather_metrics, its period and min_group set), and
 * their release (by report_workbook_release). */
bool report_workbook_gather_adoption(struct report_workbook *w, struct store *st,
				     struct diag *d);
void report_workbook_adoption_release(struct report_workbook *w);

/* The week the summary and the cards show: the last complete week with a
 * rate, else the latest week with a rate (then in progress); NULL when no
 * week has a rate. *partial gets the week in progress after it that has a
 * rate, or NULL. */
const struct report_xl_week *report_workbook_adoption_week(const struct report_workbook *w,
							   const struct report_xl_week **partial);

/* Fill the plan (phases, initiatives) and every goal with its status on
 * w->today, as 'crmready status' evaluates it (xlsx_gather_plan.c). */
bool report_workbook_gather_plan(struct report_workbook *w, struct store *st, struct diag *d);
/* The plan against the latest baseline, when there is one, and the phase
 * reviews, on w->today (xlsx_gather_baseline.c; called by the above). */
bool report_workbook_gather_baseline(struct report_workbook *w, struct store *st,
				     struct diag *d);

/* Fill the assessment of every questionnaire with answers (or of w->only):
 * the engagement's readiness questionnaire first (q_engagement; index,
 * level, dimensions, departments, perception gaps), the others in `more`,
 * the capability gaps of the engagement's capability model, the text
 * answers, every per-group figure under the engagement's min_group, and
 * the findings of every rules set, fired and not evaluated, through
 * the questionnaire and rules modules, in w->lang
 * (xlsx_gather_assessment.c). A broken questionnaire or rules set is an
 * error: false, with the reasons in d. */
bool report_workbook_gather_assessment(struct report_workbook *w, struct store *st,
				       struct diag *d);

/* Fill w->changes from the history of hand-made changes, worded in the
 * language in use as 'crmready log' words them (xlsx_gather_changes.c). */
bool report_workbook_gather_changes(struct report_workbook *w, struct store *st,
				    struct diag *d);

/* Write the workbook to path (the caller picks a temporary name and renames
 * it): the report sheets from w (report_xlsx.c lists them), then the raw
 * Metrics sheet with every stored value in [from, to], streamed from st in
 * constant memory. progress, when not NULL, is called every so many metric
 * rows. Returns false with the error in d (73 when the file cannot be
 * written), naming the file as shown (the user's name for it, not the
 * temporary). */
bool report_xlsx_write(const struct report_workbook *w, struct store *st,
		       const char *path, const char *shown,
		       void (*progress)(long rows, void *arg),
		       void *progress_arg, struct diag *d);

/* ==== end of Excel ==== */

/* ==== HTML: the report for the browser (report_html.c, html_charts.c) ==== */

/* Write the whole report from w to out: one self-contained page (inline
 * CSS and SVG, no script, nothing fetched), right-to-left for Persian.
 * organisation may be NULL. False on a write error. */
bool report_html_write(const struct report_workbook *w, const char *organisation,
		       const char *version, FILE *out);

/* ==== end of HTML ==== */

/* ---- documents: questionnaires, rules sets, catalogues, checks
 * (report_documents.c, report_show_*.c) ---- */

enum report_doc_format { REPORT_DOC_TEXT, REPORT_DOC_JSON, REPORT_DOC_CSV };

/* What a document holds, in words: "12 questions, 4 dimensions, 0
 * capabilities". Caller frees. */
char *report_document_details(const struct document *doc);

/* A listing of documents of one kind: a table (ID, VERSION, ORIGIN, the
 * kind's counts, TITLE), JSON {"<kind plural>": [...]}, or CSV (offered for
 * questionnaires and rules sets; the table for the other kinds). */
void report_documents_list(enum registry_kind kind, struct document *const *docs, size_t n,
			   enum report_doc_format format, lang_id lang, FILE *out);

/* One document for people (color: ANSI bold and dim) or as JSON; checks
 * are shown as their YAML. */
void report_document_show(const struct document *doc, enum report_doc_format format,
			  lang_id lang, bool color, FILE *out);

/* ==== terminal, JSON and CSV of the commands (report_goals.c, ...) ==== */

/* A number with no precision lost and no trailing noise ("0.1", not
 * "0.10000000000000001"): what CSV cells and goal targets show. */
enum { REPORT_NUMBER_LEN = 40 };
void report_number(char out[REPORT_NUMBER_LEN], double v);

/* ---- findings (report_findings_text.c) ---- */

#include "../rules/rules.h"

/* 'crmready findings': the fired findings with evidence, recommendation,
 * initiatives and source, then the rules not evaluated and why, then
 * those that passed with what they read. nsets: the rules sets evaluated. */
void report_findings_text(FILE *out, const struct rule_findings *f, size_t nsets,
			  const struct report_options *o);
json_t *report_findings_json(const struct rule_findings *f, lang_id lang);
void report_findings_csv(FILE *out, const struct rule_findings *f, lang_id lang);

/* ---- waivers (report_waivers.c) ---- */

/* 'crmready findings waivers': each waiver with its state on today
 * (active, expired), until, owner, the day given and the reason. */
void report_waivers_text(FILE *out, const struct store_waiver *w, size_t n, const char *today,
			 const struct report_options *o);
json_t *report_waivers_json(const struct store_waiver *w, size_t n, const char *today);
void report_waivers_csv(FILE *out, const struct store_waiver *w, size_t n, const char *today);

/* ---- the history of hand-made changes (report_log.c) ---- */

/* The kinds of change the history holds (goal, waiver, initiative, phase,
 * baseline, plan), NULL-terminated: what 'crmready log --kind' accepts. */
extern const char *const report_log_kinds[];
/* One change as a reader follows it ("goal 3 target 60 → 70"), in the
 * language in use: dates through timex_show, numbers in its digits.
 * malloc'd. */
char *report_log_change_text(const struct store_history *h);
/* 'crmready log': the changes, oldest first (day, who, what, note). The
 * printer is fed a change at a time (report_log_add) and prints at
 * report_log_end; JSON and CSV keep every column as stored. */
enum report_log_format { REPORT_LOG_TEXT, REPORT_LOG_JSON, REPORT_LOG_CSV };
struct report_log;
struct report_log *report_log_begin(enum report_log_format fmt, FILE *out,
				    const struct report_options *o);
void report_log_add(struct report_log *l, const struct store_history *h);
/* Print what is left and free l. */
void report_log_end(struct report_log *l);
/* A rule's recommendation, initiatives and source, one indented line each,
 * as findings and 'rules show' print them under the rule. */
void report_rule_details(FILE *out, const struct rule *r, const struct report_options *o);

/* ---- goals and their status (report_goals.c) ---- */

/* A goal as one JSON object, as 'status --format json' gives it: phase,
 * metric, scope, op, target, due, latest, latest_date, status, id, parent,
 * projected, expected, points, weeks, judged_at, settled, set_on, baseline. */
json_t *report_goal_json(const struct goal_row *r);
/* Every goal of rows, as an array of report_goal_json. */
json_t *report_goals_json(const struct goal_rows *rows);
/* CSV cells of a goal, appended to a report's own columns (the goal's
 * scope goes in the report's scope column): goal_id, parent, phase, metric,
 * op, target, due, latest, latest_date, projected, expected, status,
 * judged_at, baseline. */
enum { REPORT_GOAL_CSV = 14 };
extern const char *const report_goal_csv_head[REPORT_GOAL_CSV];
struct report_goal_cells {
	char id[24], parent[24];
	char target[REPORT_NUMBER_LEN], latest[REPORT_NUMBER_LEN], proj[REPORT_NUMBER_LEN],
	     exp[REPORT_NUMBER_LEN], base[REPORT_NUMBER_LEN];
	const char *cell[REPORT_GOAL_CSV];
};
void report_goal_cells(const struct goal_row *r, struct report_goal_cells *out);
/* "N goals: a achieved, b on track, ..." with the counts by state, and a
 * newline (report_goal_tally_format). */
void report_goal_tally(FILE *out, size_t n, const size_t counts[GOAL_NSTATES], lang_id lang);
/* The goals section of a report: a heading, one line per goal (goal, due,
 * latest and its date, projected, status in colour) and a tally; a hint
 * when there is none. family is "adoption." or "dq.", today the day they
 * are judged on. */
void report_goals_text(FILE *out, const struct goal_rows *rows, const char *family,
		       const char *today, const struct report_options *o);
/* 'crmready status': every goal with id, phase and expected value too, the
 * tally and what the columns mean. */
void report_status_text(FILE *out, const struct goal_rows *rows, const char *today,
			const struct report_options *o);
/* 'crmready goal list': the stored goals, sub-goals indented. */
void report_goal_list_text(FILE *out, const struct store_goal *goals, size_t n);
json_t *report_goal_list_json(const struct store_goal *goals, size_t n);
void report_goal_list_csv(FILE *out, const struct store_goal *goals, size_t n);

#include "../adoption/adoption.h"
#include "../dq/dq.h"

/* ---- adoption (report_adoption.c, report_adoption_import.c) ---- */

/* Licence use for the workbook and the HTML (w->usage), anonymity by
 * w->min_group (xlsx_adoption_lists.c). */
bool report_workbook_gather_usage(struct report_workbook *w, struct store *st,
				  const struct adoption_usage_opts *o, struct diag *d);

/* How far the logs reach as ISO 8601 ("2026-11-23T08:00:00Z"), or null. */
json_t *report_adoption_reach_json(const struct adoption_reach *r);
/* 'crmready adoption report': weekly figures with bars and the trend, the
 * groups with sparklines and the least adopting, who never logged in, the
 * users not in the roster, then the goals on adoption.* metrics judged on
 * today. JSON: every figure unrounded; CSV: one row per scope and week,
 * then one row per goal. */
void report_adoption_text(FILE *out, const struct adoption_report *r,
			  const struct goal_rows *goals, const char *today,
			  const struct report_options *o);
json_t *report_adoption_json(const struct adoption_report *r, const struct goal_rows *goals,
			     const char *today);
void report_adoption_csv(FILE *out, const struct adoption_report *r,
			 const struct goal_rows *goals);
/* Stickiness (WAU/MAU per week, and per group in the report's week) and
 * licence use (counts per scope, waste, the dormant and never-logged-in
 * lists) after the adoption report (report_adoption_usage.c). */
void report_adoption_usage_text(FILE *out, const struct adoption_report *r,
				const struct adoption_usage *u);
/* The "licences" object of the report's JSON (null before any log). */
json_t *report_adoption_usage_json(const struct adoption_usage *u);
/* The CSV tables of 'adoption report --table NAME' (report_adoption_tables
 * lists them): NULL or "weeks" the weekly figures and goals
 * (report_adoption_csv), stickiness, dormant, never, licences here;
 * cohorts and teams are report_adoption_cohorts_csv's and
 * report_adoption_teams_csv's. */
extern const char *const report_adoption_tables[];
void report_adoption_csv_table(FILE *out, const char *table, const struct adoption_report *r,
			       const struct adoption_usage *u, const struct goal_rows *goals);
/* The licence line of 'crmready status' (nothing before any log). */
void report_adoption_usage_status(FILE *out, const struct adoption_usage *u);
/* "Department: Sales", "Organisation", ... of a licence scope; an amount
 * of money with the currency code, in the language's digits (malloc'd). */
char *report_licence_scope_label(const char *scope);
char *report_money(const struct adoption_usage *u, double amount);
/* The go-live cohorts and the team league (report_adoption_cohorts.c):
 * the sections of the adoption report text, its JSON "cohorts" and "teams",
 * and the CSV of 'adoption report --table cohorts|teams'. */
void report_adoption_cohorts_text(FILE *out, const struct adoption_cohorts *c);
json_t *report_adoption_cohorts_json(const struct adoption_cohorts *c);
void report_adoption_cohorts_csv(FILE *out, const struct adoption_cohorts *c);
void report_adoption_teams_text(FILE *out, const struct adoption_teams *t);
json_t *report_adoption_teams_json(const struct adoption_teams *t);
void report_adoption_teams_csv(FILE *out, const struct adoption_teams *t);
/* What 'adoption import' did: rows, logins kept, weeks recomputed, how far
 * the logs reach, the users not in the roster (listed: they were written
 * to a file, so the hint to do so is left out). */
void report_adoption_import_text(FILE *out, const char *file,
				 const struct adoption_import_result *r,
				 const struct adoption_times *t, bool listed);
json_t *report_adoption_import_json(const char *file, const struct adoption_import_result *r,
				    const struct adoption_times *t);
/* 'adoption core-actions': the core actions in use and the workspace's
 * kinds of action (set: the file was just set, with the weeks recomputed). */
void report_adoption_core_text(FILE *out, const struct adoption_core_view *v, bool set);
json_t *report_adoption_core_json(const struct adoption_core_view *v);
/* The core-action figures of 'adoption report' (with an activity log):
 * the text section, a week's JSON members, a week's two CSV cells. */
void report_adoption_core_text_weeks(FILE *out, const struct adoption_report *r);
void report_adoption_core_week_json(json_t *o, const struct adoption_week *w);
void report_adoption_core_week_csv(const struct adoption_week *w, char users[32], char rate[40]);
/* What 'roster import' did, and what it kept, assumed or left out. */
void report_roster_import_text(FILE *out, const char *file,
			       const struct adoption_roster_result *r,
			       const struct adoption_roster_opts *o);

/* 'roster list', one user at a time as the store gives them: begin, a
 * user each, end (complete: the listing was not cut short by an error;
 * then JSON is printed and text ends with the count). */
enum report_format { REPORT_TEXT, REPORT_JSON, REPORT_CSV };
struct report_roster;
struct report_roster *report_roster_begin(FILE *out, enum report_format format);
void report_roster_user(struct report_roster *l, const struct store_adoption_user *u);
void report_roster_end(struct report_roster *l, bool complete);

/* ---- stored metric values (report_metrics.c) ---- */

/* 'metric list', one value at a time as the store gives them: begin, a
 * value each, end (workspace: there is one, for the line saying why
 * nothing was listed). */
struct report_metric_list;
struct report_metric_shown {
	bool hidden;        /* a group of fewer than min_group: no figure (anonymity) */
	long min_group;
	bool in_progress;   /* dated in a week the logs do not cover yet */
};
struct report_metric_list *report_metric_list_begin(FILE *out, enum report_format format,
						    lang_id lang);
void report_metric_list_value(struct report_metric_list *l, const struct store_metric *m,
			      const struct report_metric_shown *how);
void report_metric_list_end(struct report_metric_list *l, bool workspace);

/* ---- survey progress (report_survey.c) ---- */

/* 'survey list': begin; for each questionnaire a section (started before
 * the questionnaire is read, so a blank line parts it from the one before),
 * its respondents, and its end (complete: read through; then the text
 * gives its title, count and table); end (complete: no errors: then JSON
 * is printed, and text says so when there was no questionnaire at all). */
struct report_survey_list;
struct report_survey_list *report_survey_list_begin(FILE *out, enum report_format format,
						    const struct report_options *o);
void report_survey_list_section(struct report_survey_list *l);
void report_survey_list_respondent(struct report_survey_list *l, const struct questionnaire *q,
				   const struct store_respondent *r, enum q_progress progress,
				   const struct q_progress_counts *pc);
void report_survey_list_section_end(struct report_survey_list *l, const struct questionnaire *q,
				    bool complete);
void report_survey_list_end(struct report_survey_list *l, bool complete);

/* 'survey import': the mapping used, column by column (column -> question,
 * how it was matched), headed by the file's name; nothing when every column
 * was named exactly (crmready's own layout) (report_survey_import.c). */
void report_survey_import_mapping(FILE *out, const struct q_import_result *r,
				  const struct questionnaire *q, const char *path, lang_id lang);

/* ---- data quality (report_dq.c) ---- */

/* 'crmready dq scan': the profile of each field, examples of problems,
 * duplicates by rule, public e-mail domains, freshness and the score. */
void report_dq_scan_text(FILE *out, const struct dq_checks *c, const struct dq_result *r,
			 const char *file, const char *entity, const char *date, lang_id lang);
json_t *report_dq_scan_json(const struct dq_checks *c, const struct dq_result *r,
			    const char *file, const char *entity, const char *date);

/* The trend's parts (struct dq_trend_point). */
enum { REPORT_DQ_NPARTS = DQ_TREND_NPARTS };
/* What 'crmready dq report' shows. */
struct report_dq {
	const char *entity;                 /* NULL: nothing scanned yet */
	const struct store_dq_scan *scan;   /* the latest scan, or NULL */
	const struct store_dq_field *fields;
	size_t nfields;
	char *const *unchecked;             /* the columns the scan could not check */
	size_t nunchecked;
	const struct dq_trend_point *trend;  /* by date */
	size_t ntrend;
	const struct goal_rows *goals;      /* on dq.* metrics, judged on today */
	const char *today;
};
/* Text: the latest scan's profile and the trend (when there is a scan),
 * then the goals. JSON: entity, latest, trend, today, goals. CSV: the
 * trend (fractions unrounded), then one row per goal. */
void report_dq_text(FILE *out, const struct report_dq *r, const struct report_options *o);
json_t *report_dq_json(const struct report_dq *r);
void report_dq_csv(FILE *out, const struct report_dq *r);

#endif
