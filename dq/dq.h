/* dq: data quality of CRM exports. Checks documents (fields, duplicate
 * rules, freshness), a streaming scan of a CSV export against them, and
 * the scan's figures stored as dq.* metrics. Nothing here prints or exits.
 */
#ifndef CRMREADY_DQ_H
#define CRMREADY_DQ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../store/store.h"

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

/* ---- finding checks (dq_lookup.c) ---- */

/* The checks every dq command uses when none are named. */
#define DQ_DEFAULT_CHECKS "salesforce-contact"
/* The entity a scan's metrics are scoped to when neither the command nor
 * the checks name one. */
#define DQ_DEFAULT_ENTITY "contact"

struct registry_text;
/* Find checks by file name or id (workspace first, then the shipped ones;
 * spec NULL: DQ_DEFAULT_CHECKS) and load them into c, whose strings live
 * in s: release both (dq_checks_release, registry_text_release) after a
 * success. False with the errors in d, nothing left to release. */
bool dq_checks_find(struct store *st, const char *spec, struct dq_checks *c,
		    struct registry_text *s, struct diag *d);
/* The entity a scan of c is scoped to: asked (the command's), else the
 * checks', else DQ_DEFAULT_ENTITY. */
const char *dq_scan_entity(const struct dq_checks *c, const char *asked);

/* The field of column, or NULL. */
const struct dq_field *dq_checks_field(const struct dq_checks *c, const char *column);

/* -- scanning (dq_scan.c) -- */
enum { DQ_EXAMPLES = 5 };

/* Peak memory of a scan with the shipped checks, per record, as measured
 * (docs/data-quality.md, "Memory"), without and with --clusters-out: for the message
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
/* The header row of the rows file (opts.rows_out), written before the
 * scan: the columns write_problem fills for each problem found. */
void dq_rows_out_header(FILE *out);
bool dq_scan(const struct dq_checks *c, const char *path,
	     const struct dq_scan_opts *opts, struct dq_result *res, struct diag *d);
void dq_result_release(struct dq_result *res);

/* Store a scan's metrics (scope entity=NAME, dated date) and its profile.
 * The caller runs it inside one transaction. */
bool dq_save(struct store *st, const struct dq_checks *c, const struct dq_result *res,
	     const char *entity, const char *date, const char *file, struct diag *d);

/* ---- what 'dq report' shows (dq_report.c) ---- */

/* The trend's parts, in this order: dq.score, dq.completeness, dq.validity,
 * dq.duplicate_rate, dq.freshness. */
enum { DQ_TREND_NPARTS = 5 };
struct dq_trend_point {
	char *date;
	double v[DQ_TREND_NPARTS];          /* NAN: no value of that part that day */
};
struct dq_report_data {
	char *entity;                       /* NULL: nothing scanned yet */
	bool has_scan;
	struct store_dq_scan scan;          /* the latest scan of entity */
	struct store_dq_field *fields;
	size_t nfields;
	char **unchecked;                   /* the columns the scan could not check */
	size_t nunchecked;
	struct dq_trend_point *trend;       /* by date */
	size_t ntrend;
	/* No scan of the entity asked for, but the last scan is of one that
	 * differs only in case (contact for Contact): its name, else NULL. */
	char *case_differs;
};
/* The latest scan of entity (NULL: of any entity) with its field profile,
 * and the trend of the entity's dq.* parts from the stored metrics (scope
 * entity=NAME). false with the error in d. Release out either way. */
bool dq_report_load(struct store *st, const char *entity, struct dq_report_data *out,
		    struct diag *d);
void dq_report_data_release(struct dq_report_data *r);

#endif
