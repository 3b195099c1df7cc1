/* adoption: who uses the CRM, from the licence roster and the login logs
 * imported into the workspace; weekly figures per department and wave
 * (stored as adoption.* metrics) and the report read back from them.
 * Nothing here prints or exits.
 */
#ifndef CRMREADY_ADOPTION_H
#define CRMREADY_ADOPTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/diag.h"
#include "../core/i18n.h"
#include "../core/timex.h"
#include "../metrics/metrics.h"
#include "../store/store.h"

/* --map KEY=COL[,KEY=COL...]: KEY one of keys (NULL-terminated); COL a
 * header name. Errors (64) name the option and offer a close key. */
struct metric_map {
	char *keys[16], *cols[16];
	size_t n;
};
bool metric_map_parse(const char *spec, const char *const *keys, struct metric_map *out,
		      struct diag *d);
void metric_map_release(struct metric_map *m);
/* The column named for key, or NULL. */
const char *metric_map_get(const struct metric_map *m, const char *key);

/* The column index of a header for one field: the --map column when given,
 * else the first header cell equal to one of names (both compared as
 * csvx_header_eq does: case, spaces, '_' and '-' ignored); -1 when absent. */
int metric_header_find(const char *const *cells, size_t n, const struct metric_map *map,
		       const char *key, const char *const *names);

/* Progress of a long import: bytes read of total (0 = unknown), rows. */
struct adoption_progress {
	void (*fn)(uint64_t done, uint64_t total, long rows, void *arg);
	void *arg;
};

enum { ADOPTION_MAX_ROW_ERRORS = 20 };

/* The group of roster users with an empty department, in every breakdown
 * (scope department=(no department)). */
#define ADOPTION_NO_DEPARTMENT N_("(no department)")

struct adoption_roster_opts {
	const char *map;                  /* --map KEY=COL,... or NULL */
	const char *const *exclude;       /* COLUMN=VALUE filters (any may match) */
	size_t nexclude;
	const char *as_of;                /* YYYY-MM-DD: the export's date; users marked
					     inactive without an end date end then */
	/* --date-format: how the licence dates read (NULL: ISO 8601); the
	 * day as written (UTC when the layout has an offset). */
	const struct timex_format *date_format;
	const char *date_format_spec;
};
enum { ADOPTION_ROSTER_EXAMPLES = 3 };
struct adoption_roster_result {
	long rows, added, updated;        /* users counted (excluded ones apart) */
	long no_department;               /* of them: empty department */
	long inactive;                    /* of them: licence ended by as_of */
	long inactive_as_of;              /* of those: marked inactive, no end date given */
	long excluded;                    /* rows matched by an exclude filter */
	/* Changes to earlier imports: users whose stored licence end this
	 * import removes (active again), users excluded before and counted now;
	 * the first ADOPTION_ROSTER_EXAMPLES of each ("id ended DATE" in the
	 * language in use, its date for a reader; "id"). */
	long reactivated, reincluded;
	char reactivated_ids[ADOPTION_ROSTER_EXAMPLES][192], reincluded_ids[ADOPTION_ROSTER_EXAMPLES][80];
	/* Department and wave names written more than one way (compared by
	 * text_match_key), in the order first seen: the name kept and the
	 * other spellings (the first ADOPTION_ROSTER_EXAMPLES; more when there
	 * were others). */
	struct adoption_spelling {
		bool wave;
		char *name, *also[ADOPTION_ROSTER_EXAMPLES];
		size_t nalso;
		bool more;
	} *merged;
	size_t nmerged;
	size_t weeks;                     /* weekly figures recomputed */
	/* Managers neither a roster user's id nor one user's name: their
	 * reports form a team named as written (the first examples). */
	long managers_unknown;
	char managers_unknown_ids[ADOPTION_ROSTER_EXAMPLES][80];
};
void adoption_roster_result_release(struct adoption_roster_result *r);
/* Import a roster CSV (the usual headers, or --map id=COL,...): every row is
 * validated first; bad cells (up to 20) make it 65 with nothing written.
 * Users already present are updated. An empty department is kept (counted
 * under ADOPTION_NO_DEPARTMENT). A user marked inactive (an active column
 * false/0/no/inactive) or with a licence end stops counting as licensed
 * from the end date (for an inactive user without one: as_of, or the end
 * stored before when earlier). Rows matched by an exclude filter are kept
 * out of every figure. Recomputes every week with logins. */
bool adoption_roster_import(struct store *st, const char *path,
			    const struct adoption_roster_opts *opts,
			    struct adoption_roster_result *res, struct diag *d);

struct adoption_unknown {
	char *id;
	long logins;              /* successful logins in this file */
};
struct adoption_import_result {
	bool loginhistory;        /* recognised as a Salesforce LoginHistory export */
	long rows, successes, failures, duplicates, added;
	long unknown_logins;      /* successful logins of users not in the roster */
	/* logins (of users) matched to the roster by the other form of a
	 * Salesforce id: 15 characters for 18, or 18 for 15 */
	long id_form_logins, id_form_users;
	struct adoption_unknown *unknown;  /* every such user, most logins first */
	size_t nunknown;
	size_t weeks;             /* weeks whose figures were recomputed */
	char first_week[11], last_week[11];
	/* Actions of an activity log: new ones stored, ones already stored or
	 * listed twice, kinds of action new to the workspace. */
	bool activity;            /* an activity log: its rows are actions (and logins) */
	long actions_added, action_duplicates, kinds_added;
	/* How far this log and all the logs reach (metrics/metric_final.c); the
	 * week in progress after the import, "" when every week is complete. */
	struct adoption_reach file_reach, reach;
	char in_progress[11];
};
void adoption_import_result_release(struct adoption_import_result *r);
/* How a log writes its times: ISO 8601 unless a layout is given; times
 * without an offset are wall clock in zone (without a zone they are bad). */
struct adoption_times {
	const char *format_spec;            /* the layout as given, for messages */
	const struct timex_format *format;  /* NULL: ISO 8601 */
	const struct timex_zone *zone;      /* NULL: every time needs an offset */
};
/* Called with the import's result when every row is written, before the
 * transaction commits: for an output that must exist only when the import
 * is stored. false (the reason in d) rolls the import back. */
struct adoption_commit_hook {
	bool (*fn)(const struct adoption_import_result *res, void *arg, struct diag *d);
	void *arg;
};
/* An activity log's object and action when it has no column for them
 * (--object, --action: a record-creation export of one object). */
struct adoption_log_kind {
	const char *object, *action;
};
/* adoption_log_import for any activity log: with an action or object
 * column (--map action=COL,object=COL) or kind set, each row is an action
 * of kind (object, action) and a login only when its action is one
 * (adoption import's docs); events are (second, user, kind), so kinds in
 * one second are kept apart. kind may be NULL. */
bool adoption_activity_import(struct store *st, const char *path, const char *map,
			      const struct adoption_times *times,
			      const struct adoption_log_kind *kind,
			      const struct adoption_progress *progress,
			      const struct adoption_commit_hook *hook,
			      struct adoption_import_result *res, struct diag *d);
/* Import an activity log (Salesforce LoginHistory, or --map user=,time=
 * [,event=][,status=]). Streams the file; keeps successful logins, each
 * identified by user and second, so re-imports add nothing; recomputes the
 * weekly figures of the weeks that gained logins. Bad rows: the first 20
 * are reported by row and column, 65, nothing written. times may be NULL
 * (ISO 8601 with offsets); progress and hook may be NULL. */
bool adoption_log_import(struct store *st, const char *path, const char *map,
			 const struct adoption_times *times,
			 const struct adoption_progress *progress,
			 const struct adoption_commit_hook *hook,
			 struct adoption_import_result *res, struct diag *d);

/* Core actions (adoption_core.c): the kinds of action that count as using
 * the CRM, from the engagement's YAML or the shipped default. */
struct adoption_core {
	struct adoption_core_rule {
		char **objects, **actions;   /* "*": any; actions NULL: every action */
		size_t nobjects, nactions;
	} *rules;
	size_t n;
	char *file;               /* the file as given (or the shipped name) */
	bool shipped;             /* the shipped default, no file set */
};
/* Parse and validate a core-actions YAML: every error at FILE:LINE:COL (65). */
bool adoption_core_parse(struct adoption_core *c, const char *file, const char *buf,
			 size_t len, struct diag *d);
/* The engagement's core actions: the file set, else the shipped default. */
bool adoption_core_load(struct store *st, struct adoption_core *c, struct diag *d);
/* Whether an action of this object is core (names compare as headers do). */
bool adoption_core_matches(const struct adoption_core *c, const char *object,
			   const char *action);
void adoption_core_release(struct adoption_core *c);
/* The core actions in use and every kind of action in the workspace,
 * marked core or not; weeks: figures recomputed by adoption_core_set. */
struct adoption_core_view {
	struct adoption_core core;
	struct adoption_kind_view {
		int64_t id;
		char *object, *action;
		bool core;
	} *kinds;
	size_t nkinds;
	size_t weeks;
};
bool adoption_core_show(struct store *st, struct adoption_core_view *v, struct diag *d);
/* Validate path's YAML (NULL: back to the shipped default), keep it as the
 * engagement's core actions and recompute every week's figures, in one
 * transaction; a bad file changes nothing. */
bool adoption_core_set(struct store *st, const char *path, struct adoption_core_view *v,
		       struct diag *d);
void adoption_core_view_release(struct adoption_core_view *v);

/* Recompute and store the weekly figures of the given weeks
 * (day numbers of Mondays, any order). */
bool adoption_weeks_recompute(struct store *st, const int64_t *mondays, size_t n,
			      struct diag *d);
/* Recompute every week from the first login's week to the last's. */
bool adoption_weeks_recompute_all(struct store *st, size_t *weeks, struct diag *d);

struct adoption_cohorts;
struct adoption_teams;
/* The report: weekly series overall and per group, never-logged-in users. */
struct adoption_week {
	char date[11];
	double licensed, active, rate, logins_per_active;
	bool has_rate, has_logins_per_active;
	/* active in the 28 days to the week's Sunday; stickiness = active /
	 * monthly (WAU/MAU), has_stickiness when monthly > 0 */
	double monthly, stickiness;
	bool has_stickiness;
	bool small;               /* a group's week of fewer than min_group licensed users:
				   * no figure is shown (adoption_report_min_group) */
	bool in_progress;         /* adoption_week_in_progress: still growing */
	/* Core actions (with an activity log imported): users with a core
	 * action that week and their share of the licensed users. */
	double core_active, core_rate;
	bool has_core, has_core_rate;
};
struct adoption_series {
	char *name;               /* "" for the organisation, else the group value */
	char *scope;              /* "", "department=Sales", "wave=1" */
	struct adoption_week *weeks;
	size_t n;
	bool other;               /* the small groups together (name "", scope "other") */
	struct adoption_week at;  /* the report's week (adoption_report.week) */
	bool has_at;
};
struct adoption_person {
	char *id, *name, *department, *wave;
};
struct adoption_report {
	const char *by;           /* an entry of adoption_by_kinds */
	struct adoption_reach reach;
	/* The week groups are compared and least adopting judged on: the last
	 * complete week; the latest week (week_in_progress) when none is. */
	char week[11];
	bool week_in_progress;
	struct adoption_series overall;
	struct adoption_series *groups;   /* ordered by name */
	size_t ngroups;
	size_t *least;            /* indexes into groups, lowest rate in week first */
	size_t nleast;
	long roster_users;
	struct adoption_person *never;    /* licensed, no login ever */
	size_t nnever;
	long unknown_users, unknown_logins;
	long min_group;           /* 0 until adoption_report_min_group */
	char **small;             /* the small groups' names, by name */
	size_t nsmall;
	/* Shown with the report when set (not owned: adoption_cohorts_load,
	 * adoption_teams_load). */
	const struct adoption_cohorts *cohorts;
	const struct adoption_teams *teams;
};
/* Anonymity: a group whose report week (else latest) counts fewer than
 * min_group licensed users is small. Small groups, and then (complementary
 * suppression, core/anonymity.h) the next smallest while they hold some but
 * fewer than min_group users, leave r->groups (their names go to r->small)
 * and their weeks are summed into one other series, last; its rate is
 * active / licensed of the sum. Any group week (other included) of fewer
 * than min_group licensed users is marked small and keeps no figure, and
 * in each week the next smallest shown week joins them while they hold
 * 1..min_group-1 users. The least adopting are chosen again among the
 * groups shown, other included (adoption_report_least). */
void adoption_report_min_group(struct adoption_report *r, long min_group);

/* The breakdowns of the weekly figures (scope KIND=NAME), NULL-ended:
 * department, wave, role. */
extern const char *const adoption_by_kinds[];
/* by's entry of adoption_by_kinds, NULL when it is none. */
const char *adoption_by_find(const char *by);

/* Load the last `weeks` weeks of figures (0 = all). by: one of adoption_by_kinds. */
bool adoption_report_load(struct store *st, const char *by, long weeks,
			  struct adoption_report *out, struct diag *d);
void adoption_report_release(struct adoption_report *r);

/* Licence use (adoption_usage.c): the licences nobody uses as of the last
 * day the logs reach, and what they cost. */
enum { ADOPTION_DORMANT_DAYS = 30, ADOPTION_DORMANT_DAYS_MAX = 3650 };
/* "AMOUNT", "AMOUNT/month" or "AMOUNT/year" (a year's twelfth a month):
 * one licence's monthly cost; false when s is none of them. */
bool adoption_licence_cost_parse(const char *s, double *per_month);
/* An ISO 4217 code (three letters, any case) into code[4], upper case. */
bool adoption_currency_parse(const char *s, char code[4]);
struct adoption_licensee {
	char *id, *name, *department, *wave, *role;
	char last_seen[11];       /* last login day, "" never */
	char since[11];           /* licence start, "" licensed from the start */
	long days;                /* dormant: since last seen; never: since the licence
				     start (-1 when unknown) */
};
struct adoption_licence_scope {
	char *scope;              /* "" organisation, department=, wave=, role= */
	long licensed, dormant, never;
	bool small;               /* fewer than min_group licensed users: no count shown */
};
struct adoption_usage_opts {
	long dormant_days;        /* a login in the last N days (as_of - N < day) is use */
	bool has_cost;
	double cost_per_month;    /* one licence */
	char currency[4];         /* "" none */
};
struct adoption_usage {
	struct adoption_usage_opts opts;
	bool known;               /* logs imported: as_of holds */
	char as_of[11];           /* the last day the logs reach (UTC) */
	/* licensed on as_of (roster, licence start..end, not excluded): with
	 * logins but none in the last dormant_days days, longest dormant first;
	 * never logged in, by department then id */
	struct adoption_licensee *dormant, *never;
	size_t ndormant, nnever;
	struct adoption_licence_scope *scopes;   /* the organisation, then departments,
						    waves and roles by name */
	size_t nscopes;
	long min_group;
};
bool adoption_usage_load(struct store *st, const struct adoption_usage_opts *opts,
			 struct adoption_usage *out, struct diag *d);
/* Scopes of fewer than min_group licensed users show no count (the lists
 * name people anyway: they are for licence management, docs/anonymity.md). */
void adoption_usage_min_group(struct adoption_usage *u, long min_group);
/* Unused licences (dormant + never) of a scope, and their cost a month. */
long adoption_usage_unused(const struct adoption_licence_scope *s);
double adoption_usage_waste_month(const struct adoption_usage *u,
				  const struct adoption_licence_scope *s);
void adoption_usage_release(struct adoption_usage *u);

/* Go-live cohorts (adoption_cohorts.c): adoption by age, weeks since a
 * cohort's week 0, so that cohorts are compared at the same age. */
extern const char *const adoption_cohort_kinds[];   /* "wave", "month", NULL */
/* by's entry of adoption_cohort_kinds, NULL when it is none. */
const char *adoption_cohort_kind_find(const char *by);
struct adoption_cohort_cell {
	long licensed, active;    /* users licensed at this age; of them with a login */
	bool small;               /* 1..min_group-1 licensed: no figure (active 0) */
};
struct adoption_cohort {
	char *name;               /* the wave, or the licence-start month YYYY-MM */
	int64_t start_day;        /* Monday of week 0 (a month: its first user's) */
	char start[11];
	long users;               /* roster users in the cohort */
	struct adoption_cohort_cell *ages;   /* age 0, 1, ... */
	size_t nages;
};
struct adoption_cohorts {
	const char *by;           /* an entry of adoption_cohort_kinds */
	long min_group;
	char last_week[11];       /* the last complete week counted ("" none) */
	struct adoption_cohort *v;          /* by week 0, then name */
	size_t n, nages;          /* nages: the most ages of any cohort */
	char **hidden;            /* cohorts not shown (anonymity), by name */
	size_t nhidden;
};
/* The cohorts of kind by: each wave from its go-live (the week its first
 * user's licence starts; the first logged week when none has a start), or
 * each licence-start month, every user from their own licence's week
 * (users without a start date belong to none). At each age (at most
 * max_ages, 0 = all) the users licensed that week and those active, over
 * the complete weeks from the first logged week. Anonymity: cohorts of
 * fewer than min_group users at their largest (and then the smallest while
 * those hold 1..min_group-1) are left out, named in hidden; cells of fewer
 * than min_group licensed keep no figure. */
bool adoption_cohorts_load(struct store *st, const char *by, long max_ages, long min_group,
			   struct adoption_cohorts *out, struct diag *d);
void adoption_cohorts_release(struct adoption_cohorts *c);

/* Teams (adoption_teams.c): a manager's direct reports (roster manager
 * column), in one week. */
struct adoption_team {
	char *manager;            /* the roster's manager value ("" for other) */
	char *name;               /* the manager's name (with the id when two managers
				     share it), else id, else as written */
	long size, active;        /* members licensed in the week; of them active */
	bool other;               /* the small teams together (not ranked) */
	bool small;               /* other below min_group: no figure (active 0) */
};
struct adoption_teams {
	char week[11];
	bool in_progress;
	long min_group;
	long users;               /* roster users with a manager */
	struct adoption_team *v;  /* most adopting first (rate, then size, then
				     name), other last */
	size_t n;
	size_t nfolded;           /* teams in other */
};
/* The league of teams in week (YYYY-MM-DD Monday; the report's week).
 * Teams nobody of which is licensed then are left out. Anonymity: teams of
 * fewer than min_group licensed users, and then the smallest while those
 * hold 1..min_group-1 (core/anonymity.h), fold into other. */
bool adoption_teams_load(struct store *st, const char *week, bool in_progress, long min_group,
			 struct adoption_teams *out, struct diag *d);
void adoption_teams_release(struct adoption_teams *t);

#endif
