/* metrics: figures computed from imported data and stored as time series
 * (store_metric_*): adoption from rosters and login logs, data quality from
 * CRM exports. Public names carry the prefix metric_ (shared helpers) or
 * adoption_ / dq_ (one area each). Nothing here prints or exits.
 */
#ifndef CRMREADY_METRICS_H
#define CRMREADY_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../core/diag.h"
#include "../store/store.h"

/* ==== adoption (metrics/adoption*.c) ==================================== */

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

/* The column index of a header for one field: the --map column when given
 * (matched as SPEC §10 header names), else the first header cell equal to
 * one of names; -1 when absent. */
int metric_header_find(const char *const *cells, size_t n, const struct metric_map *map,
		       const char *key, const char *const *names);

/* Progress of a long import: bytes read of total (0 = unknown), rows. */
struct adoption_progress {
	void (*fn)(uint64_t done, uint64_t total, long rows, void *arg);
	void *arg;
};

enum { ADOPTION_MAX_ROW_ERRORS = 20 };

struct adoption_roster_result {
	long rows, added, updated;
	size_t weeks;             /* weekly figures recomputed */
};
/* Import a roster CSV (SPEC §10 headers, --map id=COL,...): every row is
 * validated first; bad cells (up to 20) make it 65 with nothing written.
 * Users already present are updated. Recomputes every week with logins. */
bool adoption_roster_import(struct store *st, const char *path, const char *map,
			    struct adoption_roster_result *res, struct diag *d);

struct adoption_unknown {
	char *id;
	long logins;              /* successful logins in this file */
};
struct adoption_import_result {
	bool loginhistory;        /* recognised as a Salesforce LoginHistory export */
	long rows, successes, failures, duplicates, added;
	long unknown_logins;      /* successful logins of users not in the roster */
	struct adoption_unknown *unknown;  /* every such user, most logins first */
	size_t nunknown;
	size_t weeks;             /* weeks whose figures were recomputed */
	char first_week[11], last_week[11];
};
void adoption_import_result_release(struct adoption_import_result *r);
/* Import an activity log (Salesforce LoginHistory, or --map user=,time=
 * [,event=][,status=]). Streams the file; keeps successful logins, each
 * identified by user and second, so re-imports add nothing; recomputes the
 * weekly figures of the weeks that gained logins. Bad rows: the first 20
 * are reported by row and column, 65, nothing written. */
bool adoption_log_import(struct store *st, const char *path, const char *map,
			 const struct adoption_progress *progress,
			 struct adoption_import_result *res, struct diag *d);

/* Recompute and store the weekly figures (SPEC §7) of the given weeks
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
};
struct adoption_series {
	char *name;               /* "" for the organisation, else the group value */
	char *scope;              /* "", "department=Sales", "wave=1" */
	struct adoption_week *weeks;
	size_t n;
};
struct adoption_person {
	char *id, *name, *department, *wave;
};
struct adoption_report {
	const char *by;           /* "department" or "wave" */
	struct adoption_series overall;
	struct adoption_series *groups;   /* ordered by name */
	size_t ngroups;
	size_t *least;            /* indexes into groups, lowest latest rate first */
	size_t nleast;
	long roster_users;
	struct adoption_person *never;    /* licensed, no login ever */
	size_t nnever;
	long unknown_users, unknown_logins;
};
/* Load the last `weeks` weeks of figures (0 = all). by: "department" or "wave". */
bool adoption_report_load(struct store *st, const char *by, long weeks,
			  struct adoption_report *out, struct diag *d);
void adoption_report_release(struct adoption_report *r);

/* ==== data quality (metrics/dq*.c) ====================================== */

#endif
