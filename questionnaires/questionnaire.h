/* questionnaire: questionnaires and capability models (SPEC §3) — loading
 * with full validation, scoring of single answers, and the assessment
 * (aggregation by respondent, group and organisation; capability gaps).
 *
 * A loaded questionnaire owns its YAML document: every string in it points
 * into that document and lives until q_free.
 */
#ifndef CRMREADY_QUESTIONNAIRE_H
#define CRMREADY_QUESTIONNAIRE_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../core/yamlx.h"

struct expr;

enum q_type { Q_LIKERT, Q_YESNO, Q_CHOICE, Q_MULTI, Q_NUMBER, Q_TEXT, Q_LEVEL };

struct q_option {
	const char *id;
	struct text text;
	double score;             /* 0..100 */
};

struct q_band {
	double max;               /* inclusive upper bound */
	bool has_max;             /* false only for the last band */
	double score;
};

struct q_question {
	const char *id;
	size_t dimension;         /* index in q->dimensions */
	enum q_type type;
	struct text text;
	struct text help;         /* optional: shown on '?' */
	double weight;            /* default 1; 0 = asked, not scored */
	bool reverse, required, na;
	const char *when_src;     /* NULL when always asked */
	struct expr *when;        /* parsed when_src */
	struct q_option *options; /* choice, multi */
	size_t noptions;
	struct q_band *bands;     /* number */
	size_t nbands;
	long capability;          /* level: index in q->capabilities, else -1 */
	const char *source;       /* where the practice comes from */
	int line, col;            /* of the question in its file */
};

struct q_dimension {
	const char *id;
	struct text title;
	double weight;
};

struct q_level {
	double min;
	struct text label;
};

struct q_scale_label {
	long value;
	struct text text;
};

struct q_capability {
	const char *id;
	const char *area;
	struct text title;
	long importance;          /* 1..3 */
	long target;              /* 1..5 */
	struct text levels[5];    /* maturity level descriptions 1..5 */
};

struct questionnaire {
	struct yx_doc doc;
	const char *id;
	long version;
	struct text title;
	struct text description;
	long scale_min, scale_max;
	struct q_scale_label *scale_labels;
	size_t nscale_labels;
	struct q_level *levels;
	size_t nlevels;
	struct q_dimension *dimensions;
	size_t ndimensions;
	struct q_question *questions;
	size_t nquestions;
	struct q_capability *capabilities;
	size_t ncapabilities;
};

/* ---- loading (q_load.c) ---- */

/* Parse and validate. Returns NULL when there is any error; every error
 * found is in d as FILE:LINE:COL with a close match where one exists. */
struct questionnaire *q_load_buffer(const char *file, const char *buf, size_t len,
				    struct diag *d);
struct questionnaire *q_load_file(const char *path, struct diag *d);
void q_free(struct questionnaire *q);

/* Index of the question/dimension/capability with id, or -1. */
long q_find_question(const struct questionnaire *q, const char *id);
long q_find_dimension(const struct questionnaire *q, const char *id);
long q_find_capability(const struct questionnaire *q, const char *id);
long q_find_option(const struct q_question *qq, const char *id);

const char *q_type_name(enum q_type type);

/* The scale label of value v, or NULL. */
const struct text *q_scale_label(const struct questionnaire *q, long v);

/* The readiness level (last band whose min <= index); NULL if none. */
const struct q_level *q_level_for(const struct questionnaire *q, double index);

/* ---- single answers (q_score.c) ---- */

enum q_answer_kind {
	Q_ANSWER_EMPTY,       /* not answered (or skipped) */
	Q_ANSWER_NA,          /* "not applicable / don't know": excluded */
	Q_ANSWER_SCORED,      /* score in 0..100 */
	Q_ANSWER_UNSCORED,    /* text: kept, never scored */
	Q_ANSWER_LEVEL,       /* level question: maturity 1..5 in level */
};

struct q_answer {
	enum q_answer_kind kind;
	double score;         /* SCORED: 0..100, reverse applied */
	double level;         /* LEVEL: 1..5 */
	char *canonical;      /* the raw answer in stored form ("yes", "4", "a;b"), malloc'd */
};

/* Read a raw answer as a user types it or a CSV cell holds it ("4", "Y",
 * "بله", "opt-a;opt-b", "na", "") and score it. Returns false with a
 * malloc'd message in *err ("expected 1..5", "unknown option 'x' (did you
 * mean 'y'?)") when the answer is not valid for the question. */
bool q_answer_parse(const struct questionnaire *q, const struct q_question *qq,
		    const char *raw, struct q_answer *out, char **err);
void q_answer_release(struct q_answer *a);

/* ---- finding questionnaires (q_lookup.c) ---- */

struct store;

/* The questionnaire named ref: a file path (contains '/' or ends in .yaml
 * or .yml), else an id registered in the workspace, else a shipped one.
 * NULL with the error in d (an unknown id is a usage error, 64, with a
 * close match). */
struct questionnaire *q_lookup(struct store *st, const char *ref, struct diag *d);

struct q_listing {
	char *id;
	long version;
	char *origin;       /* "shipped", or the file it was added from */
	bool in_workspace;
};

/* Every questionnaire available: shipped ones, overridden by the
 * workspace's, ordered by id. */
bool q_list_all(struct store *st, struct q_listing **out, size_t *n, struct diag *d);
void q_listing_free(struct q_listing *l, size_t n);

/* Register q (source text src from file origin) in the workspace: new, or
 * an upgrade to a higher version. Returns false with the reason in d. */
bool q_register(struct store *st, const struct questionnaire *q, const char *src,
		const char *origin, const char *now, struct diag *d);

#endif
