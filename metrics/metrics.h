/* metrics: the definitions of the figures crmready stores as time series
 * (store_metric_*), and which stored values are final: how far the
 * adoption logs reach (weeks still in progress) and the anonymity filter.
 * Every reader that judges or shows stored values goes through here;
 * adoption/ and dq/ compute the figures. Nothing here prints or exits.
 */
#ifndef CRMREADY_METRICS_H
#define CRMREADY_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../store/store.h"

/* ==== metric definitions (metrics/metric_defs.c) ======================== */

/* The unit of a metric, which fixes its domain. */
enum metric_unit {
	METRIC_FRACTION,          /* a rate or share, 0..1; people see a percentage */
	METRIC_COUNT,             /* a whole number, >= 0 */
	METRIC_RATIO,             /* a quantity per unit, >= 0 */
	METRIC_SCORE,             /* a score on the scale min..max */
	METRIC_REAL,              /* any number from min up */
};

struct metric_def {
	const char *name;         /* with per_field, the prefix of NAME.FIELD */
	const char *family;       /* "adoption", "dq", "training", ... */
	bool computed;            /* crmready computes it: its family has only the table's names */
	bool per_field;           /* one series per checked field, e.g. dq.completeness.Email */
	enum metric_unit unit;
	double min, max;          /* the domain; +-HUGE_VAL when open */
	bool lower_is_better;
	int precision;            /* decimals people see (of the percentage for a fraction) */
	const char *label;        /* English; the catalogue has the other languages */
};

/* The names of the table, for code to use (content YAML spells them as
 * data). Every name of a family starts with the family and a dot. */
#define METRIC_FAMILY_ADOPTION "adoption"
#define METRIC_FAMILY_DQ "dq"
#define METRIC_FAMILY_TRAINING "training"
#define METRIC_FAMILY_SATISFACTION "satisfaction"
#define METRIC_FAMILY_ROI "roi"
#define METRIC_LICENSED_USERS METRIC_FAMILY_ADOPTION ".licensed_users"
#define METRIC_ACTIVE_USERS METRIC_FAMILY_ADOPTION ".active_users"
#define METRIC_ACTIVE_RATE METRIC_FAMILY_ADOPTION ".active_rate"
#define METRIC_LOGINS_PER_ACTIVE_USER METRIC_FAMILY_ADOPTION ".logins_per_active_user"
#define METRIC_CORE_ACTIVE_USERS METRIC_FAMILY_ADOPTION ".core_active_users"
#define METRIC_CORE_ACTIVE_RATE METRIC_FAMILY_ADOPTION ".core_active_rate"
#define METRIC_MONTHLY_ACTIVE_USERS METRIC_FAMILY_ADOPTION ".monthly_active_users"
#define METRIC_STICKINESS METRIC_FAMILY_ADOPTION ".stickiness"
#define METRIC_DQ_COMPLETENESS METRIC_FAMILY_DQ ".completeness"  /* also per field: NAME.FIELD */
#define METRIC_DQ_VALIDITY METRIC_FAMILY_DQ ".validity"          /* also per field: NAME.FIELD */
#define METRIC_DQ_DUPLICATE_RATE METRIC_FAMILY_DQ ".duplicate_rate"
#define METRIC_DQ_FRESHNESS METRIC_FAMILY_DQ ".freshness"
#define METRIC_DQ_SCORE METRIC_FAMILY_DQ ".score"
#define METRIC_TRAINING_COMPLETION METRIC_FAMILY_TRAINING ".completion"
#define METRIC_CSAT METRIC_FAMILY_SATISFACTION ".csat"
#define METRIC_ROI_RATIO METRIC_FAMILY_ROI ".ratio"

/* Every metric crmready computes or its shipped plan and rules read. */
extern const struct metric_def metric_defs[];
extern const size_t metric_ndefs;

/* The definition of a metric name (NAME.FIELD matches a per_field entry),
 * or NULL for a name the table does not define (any name outside the
 * families crmready computes is allowed: its domain is open). */
const struct metric_def *metric_def_find(const char *name);
/* v brought inside m's domain (m NULL: v unchanged). */
double metric_def_clamp(const struct metric_def *m, double v);
/* v a value of m's unit: a whole number for a count (m NULL: always). A
 * goal's target need not be inside the domain, but a count's is whole. */
bool metric_def_whole(const struct metric_def *m, double v);
/* v inside m's domain, whole for a count (m NULL: always). */
bool metric_def_in_domain(const struct metric_def *m, double v);
/* The domain in words: "a fraction from 0 to 1", "a count of 0 or more (a
 * whole number)", ... */
const char *metric_def_domain(const struct metric_def *m);
/* A value given for metric (a goal's target, baseline or a recorded value):
 * inside its domain, or only whole for a count when target is true (a
 * target may lie outside the domain). false with the usage error (64)
 * "WHAT: found SHOWN, but METRIC is DOMAIN" in d; shown is the value as the
 * caller shows it to the user. */
bool metric_def_check_value(const char *metric, double v, bool target, const char *what,
			    const char *shown, struct diag *d);
/* Where a recorded value comes from (metric record --source): at most 200
 * bytes. false with the usage error (64) "WHAT: at most 200 characters" in d. */
bool metric_source_check(const char *source, const char *what, struct diag *d);
/* The label in the language in use (the catalogue's words). */
const char *metric_def_label(const struct metric_def *m);
/* name is stem.SOMETHING: one of a family's names (stem METRIC_FAMILY_*)
 * or one field's series of a per-field metric (stem METRIC_DQ_VALIDITY). */
bool metric_in_family(const char *name, const char *stem);

/* The one check of a metric name (goals, metric record/rm, catalogues,
 * rules): dot-separated words of [A-Za-z0-9_-], starting with a lower-case
 * letter, at most 100 bytes; in a family crmready computes (adoption.*,
 * dq.*), one of the table's names. false with a message in *err (malloc'd,
 * with a close match when there is one). */
bool metric_name_check(const char *name, char **err);

/* The kinds of a metric's scope KIND=NAME (NULL-ended). The first
 * METRIC_SCOPE_KINDS_STORED are the ones values are stored at: department,
 * wave and role (adoption import, from the roster), entity (dq scan), any
 * of them by `metric record`; goals and `metric record` take only those. */
extern const char *const metric_scope_kinds[];
enum { METRIC_SCOPE_KINDS_STORED = 4 };

/* ==== incomplete weeks (metrics/metric_final.c) ========================= *
 *
 * How far the logs reach: the latest event time of any adoption import.
 * A week (ISO, Monday 00:00 .. Sunday 23:59:59 UTC, dated by its Monday)
 * is complete when the logs reach its last second; the week they end in,
 * and every later week, is in progress: its figures are still growing and
 * nothing is judged on them. Without any import no week is in progress
 * (figures entered with 'metric add' are final). */
struct adoption_reach {
	bool known;               /* some import has events */
	int64_t last_ts;          /* the latest event time of any import */
};
bool adoption_reach_load(struct store *st, struct adoption_reach *out, struct diag *d);
/* The week holding day (days since 1970-01-01) is in progress. */
bool adoption_week_in_progress(const struct adoption_reach *r, int64_t day);
/* The same for a date YYYY-MM-DD (false when it is not a date). */
bool adoption_date_in_progress(const struct adoption_reach *r, const char *date);
/* "YYYY-MM-DD hh:mm:ss" (UTC) of the reach; "" when unknown. */
void adoption_reach_format(const struct adoption_reach *r, char out[32]);
/* A stored value that is not final: an adoption.* figure dated in a week
 * in progress. */
bool adoption_value_in_progress(const struct adoption_reach *r, const char *name,
				const char *date);

/* ==== anonymity of stored figures (metrics/metric_privacy.c) ============ *
 *
 * The one filter every reader of stored values goes through (the final
 * readers below, metric list, the workbook and the HTML): an adoption.*
 * figure of a department or wave dated a week that counts fewer licensed
 * users than the engagement's minimum group size (store_min_group) is
 * hidden, and so is the next smallest group's of that kind and week while
 * the hidden ones hold 1..N-1 users (complementary suppression,
 * core/anonymity.h): listed as "fewer than N", no data for goals and
 * rules. Loaded once per reader, in one query. */
struct metric_privacy {
	long min_group;
	struct privacy_week *small;   /* the hidden (scope, week)s, sorted */
	size_t n, cap;
};
/* Load for a reader of scope (NULL: any; a scope other than department=
 * or wave= has nothing hidden and loads nothing). */
bool metric_privacy_load(struct store *st, const char *scope, struct metric_privacy *out,
			 struct diag *d);
/* The stored value (name, scope, date) is hidden. */
bool metric_privacy_hidden(const struct metric_privacy *p, const char *name, const char *scope,
			   const char *date);
void metric_privacy_release(struct metric_privacy *p);

/* Values to judge (goals, rules): store_metric_each and store_metric_latest
 * without the values that are not final (adoption_value_in_progress) and
 * without hidden ones (metric_privacy_hidden). */
bool metric_each_final(struct store *st, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d);
/* The same for many reads (every goal of 'status'): the reach and the
 * anonymity filter loaded once by open, used by each, freed by close. */
struct metric_final_reader {
	struct store *st;
	struct adoption_reach reach;
	struct metric_privacy privacy;
};
bool metric_final_open(struct store *st, struct metric_final_reader *r, struct diag *d);
bool metric_final_each(struct metric_final_reader *r, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d);
void metric_final_close(struct metric_final_reader *r);
/* The latest final value of name at scope: 1 found (release out), 0 none,
 * -1 error. *hidden (may be NULL) gets the minimum group size when some
 * value was hidden for anonymity, else 0. */
int metric_final_latest(struct metric_final_reader *r, const char *name, const char *scope,
			struct store_metric *out, long *hidden, struct diag *d);
/* The same for one read, without a reader of one's own. */
int metric_latest_final(struct store *st, const char *name, const char *scope,
			struct store_metric *out, long *hidden, struct diag *d);
/* store_metric_latest_of_kind on final values: for each scope KIND=...,
 * in scope order, its latest value that is final. */
bool metric_final_latest_of_kind(struct metric_final_reader *r, const char *name,
				 const char *kind,
				 bool (*fn)(const struct store_metric *m, void *arg), void *arg,
				 struct diag *d);
#endif
