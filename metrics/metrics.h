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
	const char *label_en, *label_fa;
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
/* The label in lang. */
const char *metric_def_label(const struct metric_def *m, enum lang lang);
/* name is stem.SOMETHING: one of a family's names (stem METRIC_FAMILY_*)
 * or one field's series of a per-field metric (stem METRIC_DQ_VALIDITY). */
bool metric_in_family(const char *name, const char *stem);

/* The one check of a metric name (goals, metric record/rm, catalogues,
 * rules): dot-separated words of [A-Za-z0-9_-], starting with a lower-case
 * letter, at most 100 bytes; in a family crmready computes (adoption.*,
 * dq.*), one of the table's names. false with a message in *err (malloc'd,
 * with a close match when there is one). */
bool metric_name_check(const char *name, char **err);

/* ==== adoption (metrics/adoption*.c) ==================================== */

/* How far the logs reach (see "incomplete weeks" below). */
struct adoption_reach {
	bool known;               /* some import has events */
	int64_t last_ts;          /* the latest event time of any import */
};

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

/* The group of roster users with an empty department, in every breakdown
 * (scope department=(no department)). */
#define ADOPTION_NO_DEPARTMENT "(no department)"

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
	 * the first ADOPTION_ROSTER_EXAMPLES of each ("id ended DATE", "id"). */
	long reactivated, reincluded;
	char reactivated_ids[ADOPTION_ROSTER_EXAMPLES][96], reincluded_ids[ADOPTION_ROSTER_EXAMPLES][80];
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
/* Import a roster CSV (SPEC §10 headers, --map id=COL,...): every row is
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
	/* How far this log and all the logs reach (adoption_reach.c); the
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
/* Import an activity log (Salesforce LoginHistory, or --map user=,time=
 * [,event=][,status=]). Streams the file; keeps successful logins, each
 * identified by user and second, so re-imports add nothing; recomputes the
 * weekly figures of the weeks that gained logins. Bad rows: the first 20
 * are reported by row and column, 65, nothing written. times may be NULL
 * (ISO 8601 with offsets). */
bool adoption_log_import(struct store *st, const char *path, const char *map,
			 const struct adoption_times *times,
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
	bool small;               /* a group's week of fewer than min_group licensed users:
				   * no figure is shown (adoption_report_min_group) */
	bool in_progress;         /* adoption_week_in_progress: still growing */
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

/* ==== incomplete weeks (metrics/adoption_reach.c) ======================= *
 *
 * How far the logs reach: the latest event time of any adoption import.
 * A week (ISO, Monday 00:00 .. Sunday 23:59:59 UTC, dated by its Monday)
 * is complete when the logs reach its last second; the week they end in,
 * and every later week, is in progress: its figures are still growing and
 * nothing is judged on them. Without any import no week is in progress
 * (figures entered with 'metric add' are final). */
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

/* ==== data quality (metrics/dq*.c) ====================================== */


/* -- normalisation (dq_normalise.c) --
 *
 * dq_fold: the text key of a value, in this order: Unicode NFKC with case
 * folding; Arabic kaf U+0643 -> U+06A9, yeh U+064A and alef maqsura U+0649
 * -> U+06CC; alef forms U+0622 U+0623 U+0625 -> U+0627; tatweel U+0640,
 * harakat U+064B..U+065F and U+0670, ZWNJ U+200C and ZWJ U+200D removed;
 * Arabic-Indic U+0660..U+0669 and Persian U+06F0..U+06F9 digits -> ASCII;
 * Latin, Greek and Cyrillic letters without their diacritics (é -> e), and
 * ı ø æ ł đ ð þ œ ħ ŧ by their usual base letters (i o ae l d d th oe h t);
 * punctuation, symbols and white space collapse into one space (or none
 * with DQ_FOLD_COMPACT), trimmed at both ends. The result replaces out's
 * contents (NUL-terminated). */
enum { DQ_FOLD_COMPACT = 1 };
void dq_fold(const char *s, size_t n, unsigned flags, struct sbuf *out);

/* One code point through the Persian/Arabic folds above: the replacement,
 * or 0 when the code point is removed. Other code points come back as is. */
int32_t dq_fold_char(int32_t cp);

/* An e-mail address as a key: Persian digits folded, all white space
 * (and ZWNJ) removed, case folded. */
void dq_norm_email(const char *s, size_t n, struct sbuf *out);

/* A phone number in E.164 digits (no '+'), using country (digits, e.g.
 * "98") for national numbers written with a leading 0 or without a
 * country code. False when it is not a plausible phone number (characters
 * other than digits, spaces and + - . ( ) /, or fewer than 8 or more than
 * 15 digits); out then holds whatever digits were found. */
bool dq_norm_phone(const char *s, size_t n, const char *country, struct sbuf *out);

/* A dq_norm_phone number in place as its national significant number: the
 * country calling code (by the E.164 assignments) and a trunk 0 dropped.
 * "+49 171 9876543" and "0171 9876543" read with country 98 are then the
 * same number; the duplicate rules compare phones this way, so that the
 * default country of national numbers does not split a foreign one. */
void dq_phone_national(struct sbuf *b);

/* Validators of single values (already trimmed). */
bool dq_valid_email(const char *s, size_t n);
/* YYYY-MM-DD, optionally followed by T or a space and hh:mm[:ss[.fff]]
 * and Z, +hh:mm, +hhmm or +hh. *days (may be NULL) gets the day number
 * (days since 1970-01-01) of the date part. */
bool dq_parse_date(const char *s, size_t n, long *days);

/* Bounded edit distance (Levenshtein with adjacent swaps) on code points
 * of two UTF-8 strings; limit + 1 when it is certain to be larger. */
unsigned dq_distance(const char *a, size_t na, const char *b, size_t nb, unsigned limit);

/* -- union-find over record numbers (dq_dedupe.c) -- */
struct dq_uf {
	uint32_t *parent;
	uint8_t *rank;
	size_t n, cap;
};
void dq_uf_init(struct dq_uf *uf);
void dq_uf_release(struct dq_uf *uf);
/* Make room for records 0..n-1 (each its own set). */
void dq_uf_grow(struct dq_uf *uf, size_t n);
uint32_t dq_uf_find(struct dq_uf *uf, uint32_t x);
/* Join the sets of a and b; true when they were apart. */
bool dq_uf_union(struct dq_uf *uf, uint32_t a, uint32_t b);

/* -- checks (dq_checks.c) -- */
enum dq_format { DQ_FMT_NONE, DQ_FMT_EMAIL, DQ_FMT_PHONE, DQ_FMT_DATE };
enum dq_part { DQ_PART_VALUE, DQ_PART_DOMAIN };

struct dq_field {
	const char *column;
	bool required;              /* an empty cell is reported as a problem */
	enum dq_format format;
	const char *country;        /* phone: default country code (digits) */
	const char *const *values;  /* allowed values, or NULL */
	size_t nvalues;
	bool ignore_case;           /* for values */
	const char *pattern;        /* PCRE2, or NULL */
	void *re, *re_match;        /* compiled (pcre2_code, match data) */
	long min_length, max_length; /* code points; -1 = no bound */
	bool has_validity;          /* any check beyond completeness */
	int line, col;
};

struct dq_block {
	const char *column;
	enum dq_part part;
	const char *const *ignore;  /* block values that do not block (e.g. gmail.com) */
	size_t nignore;
	/* part: domain only. Public (free-mail, ISP) domains block nothing:
	 * those of the shipped list (content/dq/public-domains.yaml) when
	 * public_list, and those the data shows are no company's: shared by
	 * at least public_min_accounts distinct values of public_accounts (the
	 * account column; NULL: no such test), being at least public_min_share
	 * of the contacts with an account in the domain. */
	bool public_list;
	const char *public_accounts;
	long public_min_accounts;
	double public_min_share;
	int public_line, public_col;
	/* Contacts of different accounts (conflict_accounts, a block of the
	 * rule; NULL: no such test) are never joined in this block when their
	 * other evidence conflicts: some conflict column holds a different
	 * value in both and none the same (a shared provider's domain says
	 * nothing, whether listed or not). */
	const char *conflict_accounts;
	const char *const *conflict_columns;
	size_t nconflict_columns;
};

enum dq_match { DQ_MATCH_EXACT, DQ_MATCH_FUZZY };

struct dq_rule {
	const char *name;           /* "email", "name", ... (the match kind) */
	enum dq_match match;
	const char *const *columns;
	size_t ncolumns;
	unsigned max_distance;      /* fuzzy */
	unsigned min_length;        /* fuzzy: shorter keys must match exactly */
	/* exact, on an e-mail column: a shared mailbox (info@, sales@, ...:
	 * these local parts) is not one person's, so its key also holds the
	 * folded shared_names columns (two names at info@firm are two people). */
	const char *const *shared_local;
	size_t nshared_local;
	const char *const *shared_names;
	size_t nshared_names;
	struct dq_block *blocks;
	size_t nblocks;
};

struct dq_checks {
	const char *id;
	long version;
	struct text title;
	const char *entity;         /* default entity name for the metric scope */
	const char *record_id;      /* the Id column, or NULL */
	struct dq_field *fields;
	size_t nfields;
	struct dq_rule *rules;
	size_t nrules;
	const char *fresh_column;   /* NULL = no freshness check */
	long fresh_days;
	double w_completeness, w_validity, w_uniqueness, w_freshness;
	void *priv;                 /* the YAML document the strings live in */
};

/* Parse and validate checks from buf (named file for messages). Every
 * error is reported with FILE:LINE:COL. On success c must be released
 * with dq_checks_release; on failure it is released already. */
/* An entity name (the scope entity=NAME of a scan's metrics): 1..100 of
 * letters, digits, '-', '_' and '.', e.g. Contact or account. */
bool dq_entity_valid(const char *s);
bool dq_checks_load(struct dq_checks *c, const char *file, const char *buf,
		    size_t len, struct diag *d);
void dq_checks_release(struct dq_checks *c);

/* The field of column, or NULL. */
const struct dq_field *dq_checks_field(const struct dq_checks *c, const char *column);

/* -- scanning (dq_scan.c) -- */
enum { DQ_EXAMPLES = 5 };

/* Peak memory of a scan with the shipped checks, per record, as measured
 * (README, "Memory"), without and with --clusters-out: for the message
 * when memory runs out. */
#define DQ_BYTES_PER_RECORD "155"
#define DQ_BYTES_PER_RECORD_CLUSTERS "230"

struct dq_example {
	long row;
	char *value;                /* sanitised, shortened */
	const char *problem;        /* "missing", "not an e-mail address", ... */
};

struct dq_field_profile {
	const char *column;
	bool absent;                /* the file has no such column: not checked */
	long filled, checked, valid;  /* checked = filled when the field has validity checks */
	long distinct;              /* distinct non-empty values */
	long problems;              /* rows reported (missing required + invalid) */
	struct dq_example examples[DQ_EXAMPLES];
	size_t nexamples;
};

/* A block value (e-mail domain) treated as public: it blocked nothing. */
struct dq_public_domain {
	char *domain;
	long contacts;              /* records with an address at it */
	long accounts;              /* distinct accounts (-1: not counted, listed) */
	bool listed;                /* in the shipped list or the block's ignore */
};

struct dq_result {
	long records;
	struct dq_field_profile *fields;   /* one per checks field, same order */
	size_t nfields;
	double completeness;        /* mean of field completeness */
	double validity;            /* mean of field validity (fields with checks and values) */
	bool has_validity;
	double duplicate_rate;
	long clusters, redundant, in_clusters;
	long *rule_matches;         /* per rule: records joined by it */
	bool *rule_checked;         /* per rule: false when a column it needs is absent */
	bool has_duplicates;        /* some rule was checked */
	/* Columns the checks name that the file lacks, each once, in the
	 * checks' order: not checked, no metric, no weight in the score. */
	const char **unchecked;
	size_t nunchecked;
	/* Domains treated as public, most contacts first. */
	struct dq_public_domain *public_domains;
	size_t npublic;
	double freshness;
	bool has_freshness;
	long fresh;
	double score;
};

struct dq_scan_opts {
	const char *date;           /* YYYY-MM-DD: freshness is measured from it */
	FILE *clusters_out;         /* may be NULL */
	FILE *rows_out;             /* may be NULL */
	void (*progress)(uint64_t done, uint64_t total, void *arg);
	void *progress_arg;
	const struct timex_format *date_format;   /* --date-format: dates as the user's
						     locale writes them (besides ISO); NULL */
};

/* Stream the CSV at path through the checks. Returns false with errors in
 * d (malformed CSV with row and column, missing columns, I/O). */
bool dq_scan(const struct dq_checks *c, const char *path,
	     const struct dq_scan_opts *opts, struct dq_result *res, struct diag *d);
void dq_result_release(struct dq_result *res);

/* Store a scan's metrics (scope entity=NAME, dated date) and its profile.
 * The caller runs it inside one transaction. */
bool dq_save(struct store *st, const struct dq_checks *c, const struct dq_result *res,
	     const char *entity, const char *date, const char *file, struct diag *d);

#endif
