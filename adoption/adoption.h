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

/* The report: weekly series overall and per group, never-logged-in users. */
struct adoption_week {
	char date[11];
	double licensed, active, rate, logins_per_active;
	bool has_rate, has_logins_per_active;
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
	const char *by;           /* "department" or "wave" */
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

/* Load the last `weeks` weeks of figures (0 = all). by: "department" or "wave". */
bool adoption_report_load(struct store *st, const char *by, long weeks,
			  struct adoption_report *out, struct diag *d);
void adoption_report_release(struct adoption_report *r);

#endif
