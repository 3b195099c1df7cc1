/* questionnaire: questionnaires and capability models — loading
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
#include <stdint.h>

#include "../core/diag.h"
#include "../core/source.h"
#include "../core/text.h"
#include "../core/yamlx.h"

struct expr;
struct store;

enum q_type { Q_LIKERT, Q_YESNO, Q_CHOICE, Q_MULTI, Q_NUMBER, Q_TEXT, Q_LEVEL };

/* A capability's maturity levels: a level question's answers, a
 * capability's target and the levels it describes. */
enum { Q_LEVEL_MIN = 1, Q_LEVEL_MAX = 5, Q_LEVELS = Q_LEVEL_MAX - Q_LEVEL_MIN + 1 };

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
	struct sources source;      /* where the practice comes from; n 0 when none */
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
	long target;              /* Q_LEVEL_MIN..Q_LEVEL_MAX */
	struct text levels[Q_LEVELS];   /* maturity level descriptions, from Q_LEVEL_MIN */
};

/* What a questionnaire declares it measures (`measures:`): the shipped
 * rules and the plan read the engagement's readiness questionnaire and
 * capability model (q_engagement), which may be the consultant's own. */
enum q_measures { Q_MEASURES_UNDECLARED, Q_MEASURES_READINESS, Q_MEASURES_CAPABILITIES };

struct questionnaire {
	struct yx_doc doc;
	enum q_measures measures;
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
/* The capability a user named (gaps set-target): its index, or -1 with a
 * usage error (64) in d naming a close match, or pointing at 'crmready gaps'. */
long q_capability_resolve(const struct questionnaire *q, const char *id, struct diag *d);
/* q has a capability model (capabilities:), the gaps are measured against;
 * false with a data error (65) in d pointing at crm-capabilities. */
bool q_capability_model_check(const struct questionnaire *q, struct diag *d);


/* The scale label of value v, or NULL. */
const struct text *q_scale_label(const struct questionnaire *q, long v);

/* The readiness level (last band whose min <= index); NULL if none. */
const struct q_level *q_level_for(const struct questionnaire *q, double index);

/* ---- question types (q_type.c) ---- */

/* A capability's maturity levels: a level question's answers, a
 * capability's target and the levels it describes. */
struct q_answer;

/* What a question type is; one entry per enum q_type. */
struct q_type_info {
	const char *name;         /* as written in a questionnaire: "likert", ... */
	bool scored;              /* false for text: kept, never scored */
	bool reversible;          /* `reverse:` has a meaning */
	bool ranged;              /* answered by a whole number in q_answer_range */
	bool options;             /* choice, multi: needs `options:` */
	bool several;             /* multi: several options in one answer */
	bool bands;               /* number: needs `bands:` */
	bool capability;          /* level: needs `capability:` */
	const char *hint;         /* what to type, for a prompt (a catalogue msgid); NULL when the
				   * prompt lists the answers (scale, options) */
	/* Read s (trimmed, not empty, not na) as an answer; false with a
	 * malloc'd message in *err. */
	bool (*parse)(const struct questionnaire *q, const struct q_question *qq, const char *s,
		      struct q_answer *out, char **err);
	/* A form tool's label for an answer (q_match_answer) and the labels
	 * there are (q_match_answer_error); NULL for types without labels. */
	char *(*from_label)(const struct questionnaire *q, const struct q_question *qq,
			    const char *raw);
	char *(*labels)(const struct questionnaire *q, const struct q_question *qq, lang_id lang);
};
const struct q_type_info *q_type_info(enum q_type type);
const char *q_type_name(enum q_type type);
/* Every type's name in enum order, NULL-terminated. */
const char *const *q_type_names(void);
/* The type named name; false when there is none. */
bool q_type_find(const char *name, enum q_type *out);
/* The whole numbers qq is answered with (*lo..*hi): the scale for likert,
 * Q_LEVEL_MIN..Q_LEVEL_MAX for level; false for the other types. */
bool q_answer_range(const struct questionnaire *q, const struct q_question *qq, long *lo,
		    long *hi);

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

/* ---- answers as form tools export them (q_match.c) ----
 *
 * Google Forms, Microsoft Forms and KoboToolbox/ODK write one column per
 * question, headed by the question's text (in the form's language) or its
 * XLSForm name, answers as the options' labels, and columns of their own
 * (timestamp, e-mail, name, ids). Texts are compared by text_match_key
 * (core/text.h).
 */


enum q_column_role {
	Q_COLUMN_UNKNOWN,     /* matches nothing */
	Q_COLUMN_QUESTION,
	Q_COLUMN_RESPONDENT,
	Q_COLUMN_DEPARTMENT,
	Q_COLUMN_ROLE,
	Q_COLUMN_META,        /* the form tool's own: ignored */
	Q_COLUMN_OPTION,      /* Kobo's 0/1 column of one option of a multi: ignored */
	Q_COLUMN_SKIP,        /* skipped: --map skip or --ignore-unknown */
};

/* Why a column was taken as it was (for the mapping shown to the user). */
enum q_column_how {
	Q_HOW_NONE, Q_HOW_ID, Q_HOW_NAME, Q_HOW_TEXT, Q_HOW_MAP,
	Q_HOW_RESPONDENT_OPTION, Q_HOW_HEADER, Q_HOW_META, Q_HOW_OPTION, Q_HOW_IGNORE_UNKNOWN,
};
/* In the language in use: "question id", "XLSForm name", "question text,
 * fa", ... (malloc'd). */
struct q_column;
char *q_column_how_text(const struct q_column *col);

struct q_column {
	enum q_column_role role;
	long question;        /* QUESTION, OPTION: index in q->questions; else -1 */
	enum q_column_how how;
	bool identity;        /* a META column that could name the respondent (e-mail, name, id) */
	lang_id text_lang;    /* TEXT: the language of the question text it matched */
};

/* --map FILE: CSV with the header column,question; one line per column of
 * the export: its header (matched as text_match_key), then a question id,
 * respondent, department, role or skip. */
struct q_map_entry {
	char *key, *column;
	struct q_column target;
	long row, line;
	bool used;
};
struct q_form_map {
	const char *file;
	struct q_map_entry *entries;
	size_t n, cap;
};
/* Read path; false with every bad line in d (66 missing, 65 bad). */
bool q_form_map_load(const struct questionnaire *q, const char *path, struct q_form_map *m,
		     struct diag *d);
void q_form_map_release(struct q_form_map *m);

struct q_form_opts {
	const char *file;                 /* the export, for messages */
	const char *respondent_column;    /* --respondent-column, or NULL */
	const struct q_form_map *map;     /* --map, or NULL */
	bool ignore_unknown;
};

/* What each of the n header cells is, into out[n]: a --map entry first,
 * then --respondent-column, respondent/department/role (and their Persian
 * names), a question id, an XLSForm name (the last part of group/name), a
 * question's text in English or Persian, the form tool's own columns;
 * else unknown (skipped with ignore_unknown). False with the error in d
 * when --respondent-column or a --map column is not in the header. */
bool q_form_columns(const struct questionnaire *q, const char *const *header, size_t n,
		    const struct q_form_opts *o, struct q_column *out, struct diag *d);

/* A form's answer to qq as crmready reads answers: an option's label in
 * either language (or id) becomes the id, a scale label its number, yes/no
 * labels yes or no, several labels joined by ", " or ";" (or Kobo's ids
 * joined by spaces) their ids joined by ';'. NULL when raw is none of
 * these: read it as it is. malloc'd. */
char *q_match_answer(const struct questionnaire *q, const struct q_question *qq, const char *raw);
/* The message for a form's answer that is neither an answer nor a label:
 * "found 'X', expected ... one of the labels: ..." in lang; NULL for
 * questions without labels. malloc'd. */
char *q_match_answer_error(const struct questionnaire *q, const struct q_question *qq,
			   const char *raw, lang_id lang);

/* ---- importing answers collected elsewhere (q_import*.c) ---- */

struct q_import_opts {
	const char *file;                 /* CSV, or YAML when it ends in .yaml or .yml */
	const char *date;                 /* YYYY-MM-DD: the answers' date */
	const char *round;                /* the round: NULL for the one named for date */
	struct q_form_opts form;          /* how a form export's header is read */
	bool keep_latest;                 /* --keep latest: a respondent's later row replaces
					   * the earlier one (else two rows are an error) */
	/* CSV: bytes read of total (0: unknown); may be NULL */
	void (*progress)(uint64_t done, uint64_t total, void *arg);
	void *progress_arg;
};

struct q_import_result {
	bool yaml;
	long rows;                        /* respondents imported */
	long replaced;                    /* of them: already in the workspace */
	long repeats;                     /* keep_latest: rows repeating one of the file */
	/* CSV: each header cell and what it was taken as (q_form_columns) */
	char **headers;
	struct q_column *cols;
	size_t ncols;
};
void q_import_result_release(struct q_import_result *r);

/* Import the answers to q in o->file into the workspace, in one
 * transaction: every row is checked (header columns, each answer through
 * q_answer_parse or a form's labels, an answer to a question whose `when`
 * does not hold, required answers, respondent and department, a respondent
 * twice), rows are written while all is well, and any error rolls the whole
 * import back (up to 200 errors in d, 65; a note that nothing was
 * imported). A respondent already stored is replaced. On success the notes
 * on repeated respondents and skipped columns are in d. */
bool q_survey_import(struct store *st, const struct questionnaire *q,
		     const struct q_import_opts *o, struct q_import_result *res, struct diag *d);

/* ---- looser header matching, respondents and times (q_form_fold.c) ---- */

/* text_match_key (core/text), then: a leading question number ("1. ", "Q1) ", "1- ")
 * dropped, curly quotes as straight ones, spaces between Persian letters
 * dropped (a ZWNJ typed as a space, or left out), British spellings as US
 * ones (-ise/-isation, -our, -yse, programme, centre, licence, ...).
 * Tried when text_match_key matches nothing. malloc'd. */
char *q_match_loose_key(const char *s);
/* The question header names by q_match_loose_key of its text in any
 * language (*lang: which), or for a Google Forms grid column "Title [Row]"
 * by the row or the title and row together; -1: none. cache:
 * LANG_MAX * q->nquestions pointers, zeroed, filled as needed (the caller
 * frees them). */
long q_form_loose_find(const struct questionnaire *q, char **cache, const char *header,
		       lang_id *lang);
/* The question whose text (either language) or id header is closest to
 * (at most a quarter of it differs), for "did you mean"; -1: none. */
long q_form_closest(const struct questionnaire *q, const char *header);
/* The respondent a name cell identifies: trimmed; an e-mail address in
 * lower case. malloc'd. */
char *q_respondent_key(const char *name);
/* A form tool's column of when an answer was sent (Timestamp, Completion
 * time, end, ...). */
bool q_form_is_time_column(const char *header);
/* Such a column's cell as seconds (wall time of the form's zone) for
 * ordering answers: ISO 8601, Google's "2026/11/10 9:00:03 AM GMT+3:30",
 * Microsoft's "11/10/26 9:00:00". False when unreadable. */
bool q_form_time(const char *s, int64_t *out);

/* ---- finding questionnaires (q_lookup.c) ---- */

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

/* ---- the engagement's questionnaires (q_engagement.c) ---- */

/* A questionnaire of the workspace with its number of respondents. */
struct q_answered {
	char *id;
	long respondents;
	enum q_measures measures;
	bool capabilities;        /* it has a capabilities: list */
};

/* Every questionnaire with respondents, ordered by id; each is loaded to
 * read what it declares. False with the error in d (a broken or unknown
 * questionnaire with answers is an error). */
bool q_answered_list(struct store *st, struct q_answered **out, size_t *n, struct diag *d);
void q_answered_free(struct q_answered *l, size_t n);

/* The id of the engagement's questionnaire that measures what (readiness or
 * capabilities): among those with respondents that declare `measures:
 * what`, the one with the most (then the first id); else fallback (the
 * shipped crm-readiness / crm-capabilities). Malloc'd; the fallback when
 * the workspace cannot be read. */
char *q_engagement(struct store *st, enum q_measures what, const char *fallback);

/* ---- `when`: is a question asked for this respondent? (q_when.c) ---- */

/* values[i] is the respondent's canonical answer to question i (NULL when
 * there is none, "" when skipped). A question without `when` always
 * applies; a `when` that reads an unanswered question does not hold. */
bool q_when_applies(const struct questionnaire *q, const struct q_question *qq,
		    const char *const *values);

/* ---- one respondent answering question by question (q_session.c) ---- */

struct q_session {
	struct store *st;
	struct store_survey *sv;
	const struct questionnaire *q;
	const char *name;
	const char *date;         /* YYYY-MM-DD: the answers' date */
	const char *round;        /* the round answered: NULL for the latest (or, with
				   * none yet, the one named for date) */
	char **values;            /* per question: stored answer ("" skipped), or NULL */
};

enum q_session_status { Q_SESSION_OPEN, Q_SESSION_NEEDS_DEPARTMENT, Q_SESSION_FAILED };

/* Register respondent name for q (a known one keeps every answer given
 * before; a department or role given replaces theirs) in one transaction,
 * and read their answers into s->values. A new respondent needs a
 * department: Q_SESSION_NEEDS_DEPARTMENT then, with nothing written.
 * Q_SESSION_FAILED with the error in d. Close s whatever the status. */
enum q_session_status q_session_open(struct q_session *s, struct store *st,
				     const struct questionnaire *q, const char *round,
				     const char *name,
				     const char *department, const char *role, const char *date,
				     struct diag *d);
void q_session_close(struct q_session *s);

/* The first question from index from on that applies (q_when_applies to
 * the answers so far) and, when fresh, is not answered yet; q->nquestions
 * when none. */
size_t q_session_next(const struct q_session *s, size_t from, bool fresh);
/* Question qi's number among those that apply (1-based), and their count
 * in *total. */
size_t q_session_number(const struct q_session *s, size_t qi, size_t *total);

/* What the respondent typed: an answer, or the key to skip or say na. */
enum q_typed_how { Q_TYPED_ANSWER, Q_TYPED_SKIP, Q_TYPED_NA };
enum q_typed {
	Q_TYPED_OK,
	Q_TYPED_REQUIRED,         /* a required question skipped (or left empty) */
	Q_TYPED_NO_NA,            /* na where the question does not allow it */
	Q_TYPED_EMPTY,            /* nothing typed, or an answer that says nothing */
	Q_TYPED_INVALID,          /* not an answer to qq: *err says why */
};
/* Read what was typed for qq: an answer as q_answer_parse reads it, where
 * choice and multi options may be given by their number (1 the first); a
 * skip ("" to store) or na. Q_TYPED_OK with the value to store in *value,
 * Q_TYPED_INVALID with the reason in *err (both malloc'd). */
enum q_typed q_answer_typed(const struct questionnaire *q, const struct q_question *qq,
			    enum q_typed_how how, const char *in, char **value, char **err);

/* Store value as the answer to qi at once, in its own transaction, so an
 * interrupted session loses nothing. False with the error in d. */
bool q_session_save(struct q_session *s, size_t qi, const char *value, struct diag *d);

/* ---- a respondent's progress (q_progress.c) ---- */

enum q_progress { Q_NOT_STARTED, Q_IN_PROGRESS, Q_COMPLETE };

struct q_progress_counts {
	size_t applicable, answered, dealt, required, required_answered;
};

/* values as for q_when_applies. Complete when every required question that
 * applies is answered: skipping optional questions (an empty cell in an
 * import, `s` in survey run) still completes the questionnaire. Not started
 * when nothing is answered or skipped; in progress otherwise. The counts
 * (questions that apply, answered, answered or skipped, required, required
 * answered) go to *out when not NULL. */
enum q_progress q_respondent_progress(const struct questionnaire *q, const char *const *values,
				      struct q_progress_counts *out);
/* "not started", "in progress", "complete": English (JSON, CSV); the
 * catalogue has each (_(q_progress_name(p)) for people). */
const char *q_progress_name(enum q_progress p);

/* ---- the survey in the workspace (q_survey.c) ---- */

struct store_respondent;
typedef bool q_progress_fn(const struct store_respondent *r, enum q_progress progress,
			   const struct q_progress_counts *counts, void *arg);
/* Call fn for every respondent of q, in the order first stored, with how
 * far they got; fn returns false to stop. False with the error in d. */
bool q_survey_progress_each(struct store *st, const struct questionnaire *q, q_progress_fn *fn,
			    void *arg, struct diag *d);
/* Remove the respondent name and their answers to q from round (NULL: the
 * latest), in one transaction; a round left empty goes too. False with the
 * error in d (EXIT_DATAERR when there is no such round or respondent). */
bool q_respondent_remove(struct store *st, const struct questionnaire *q, const char *round,
			 const char *name, struct diag *d);

/* ---- assessment snapshots (q_snapshot.c) ---- */

struct json_t;
/* A snapshot's name: a-z, 0-9 and '-' (e.g. round-1). */
bool q_snapshot_name_valid(const char *name);
/* Keep the assessment (its JSON with both kinds of groups) as snapshot
 * name of questionnaire qid, saved on today (YYYY-MM-DD), in its own
 * transaction. False with the error in d (EXIT_DATAERR when the name is
 * taken); nothing is kept then. */
bool q_snapshot_save(struct store *st, const char *qid, const char *name, const char *today,
		     const struct json_t *assessment, struct diag *d);
/* Snapshot name of qid, parsed, with the day it was saved (*saved_at,
 * malloc'd). NULL with the error in d (EXIT_DATAERR when there is none or
 * it cannot be read). */
struct json_t *q_snapshot_load(struct store *st, const char *qid, const char *name,
			       char **saved_at, struct diag *d);

/* ---- the assessment (q_assess.c) ----
 *
 * Built in one pass: q_assess_new, then every respondent and their answers
 * in any order, then q_assess_finish. All figures follow docs/assessment.md; a figure
 * without data has has_data false (JSON null, "no data" for people). The
 * lookups at the end are what the rules engine's functions read; each is a
 * constant-time read of the finished result.
 */

enum q_by { Q_BY_DEPARTMENT, Q_BY_ROLE, Q_BY_COUNT };
const char *q_by_name(enum q_by by);               /* "department", "role" */
/* The name for people, in the language in use. */
const char *q_by_label(enum q_by by);
bool q_by_parse(const char *s, enum q_by *out);

struct q_figure {
	bool has_data;
	double score;            /* 0..100 */
	size_t respondents;      /* respondents with a scored answer here */
	double spread;           /* population std dev of their scores */
};

/* Anonymity: a group of fewer than min_group respondents is *small*; while
 * the small groups of a kind together have some but fewer than min_group
 * respondents, the next smallest group joins them (complementary
 * suppression: the whole minus the shown groups never gives away fewer than
 * min_group people). Every such group is *merged*. Its
 * figures are never kept (dims and index without data, compared false); its
 * respondents count in the "other" group of its kind instead, which exists
 * when a kind has small groups and is itself small when it has fewer than
 * min_group respondents. A figure of a group resting on fewer than
 * min_group respondents (a dimension some did not answer) is dropped too, so
 * whatever a report shows per group rests on at least min_group people. */
struct q_group {
	enum q_by by;
	char *name;              /* "" for the other group */
	size_t respondents;      /* all respondents in the group */
	bool compared;           /* respondents >= min_group: its figures are shown */
	bool other;              /* the merged small groups of this kind */
	bool merged;             /* counted in other: small, or the next smallest while
				  * other would be small (complementary suppression) */
	bool has_index;
	double index;
	struct q_figure *dims;   /* per dimension */
};

/* The smallest min_group an assessment accepts: a group of one never shows
 * its answers, whatever the caller asks. */
enum { Q_MIN_GROUP_FLOOR = 2, Q_MIN_GROUP_DEFAULT = 5 };

/* Among the groups whose score in the dimension rests on at least
 * min_group respondents (a score from fewer is one person's view). */
struct q_perception_gap {
	size_t dimension;
	enum q_by by;
	bool has_data;           /* at least two such groups */
	double gap;              /* highest - lowest group score */
	const struct q_group *highest, *lowest;
};

struct q_cap_result {
	bool has_data;           /* someone answered a level for it */
	double current;          /* mean answered level 1..5 */
	size_t respondents;
	long target;             /* the override, else the model's */
	bool target_overridden;
	double gap;              /* max(0, target - current) */
	double priority;         /* gap * importance */
};

struct q_question_stats {
	size_t answered;         /* non-empty answers, na included */
	size_t na;
	size_t scored;           /* answers with a score (levels included) */
	bool has_mean;
	double mean;             /* mean score 0..100; for level questions the mean level */
	const char *most_common; /* canonical answer most given (ties: first in byte order); NULL if none */
	size_t most_common_count;
};

/* An answer to a text question. group is the respondent's department when
 * that group is not small, else the department other group when it is not
 * small, else NULL: a comment is never tied to a group of fewer than
 * min_group people, and never to a name. */
struct q_comment {
	size_t question;         /* index in q->questions */
	const struct q_group *group;
	const char *text;
};

struct q_assess_data;        /* private accumulation state */

struct q_assessment {
	const struct questionnaire *q;
	size_t min_group;
	size_t respondents;
	size_t complete;                      /* respondents who completed it (q_progress) */
	bool has_index;
	double index;
	const struct q_level *level;          /* NULL without index */
	struct q_figure *dims;                /* per dimension */
	struct q_group *groups;               /* department groups, then role groups, each by
						 * name; then the other group of each kind
						 * that has small groups */
	size_t ngroups;
	struct q_perception_gap *gaps;        /* [by * ndimensions + dim] */
	struct q_cap_result *caps;            /* per capability */
	struct q_question_stats *questions;   /* per question */
	struct q_comment *comments;           /* text answers, by question, then as stored */
	size_t ncomments;
	struct q_assess_data *data;
};

struct q_assessment *q_assess_new(const struct questionnaire *q, size_t min_group);
void q_assess_free(struct q_assessment *a);

/* Add a respondent; returns its number for q_assess_answer. */
size_t q_assess_respondent(struct q_assessment *a, const char *department, const char *role);

/* Record respondent r's raw answer to question qi (scored through
 * q_answer_parse). False with a malloc'd reason in *err when the answer is
 * not valid for the question; nothing is recorded then. */
bool q_assess_answer(struct q_assessment *a, size_t r, size_t qi, const char *raw, char **err);

/* The organisation's target for capability ci (gaps set-target). */
void q_assess_target(struct q_assessment *a, size_t ci, long target);

/* Compute every figure. Call once, after the last answer. */
void q_assess_finish(struct q_assessment *a);

/* Lookups (after finish). Each returns false when there is no data. */
bool q_assess_index(const struct q_assessment *a, double *out);
bool q_assess_score(const struct q_assessment *a, size_t dim, double *out);
/* The group named name (exact, then case-insensitive), or NULL; never an
 * other group. */
const struct q_group *q_assess_group(const struct q_assessment *a, enum q_by by, const char *name);
bool q_assess_group_score(const struct q_assessment *a, size_t dim, enum q_by by,
			  const char *name, double *out);
bool q_assess_spread(const struct q_assessment *a, size_t dim, double *out);
bool q_assess_perception_gap(const struct q_assessment *a, size_t dim, enum q_by by, double *out);
bool q_assess_current(const struct q_assessment *a, size_t cap, double *out);
bool q_assess_gap(const struct q_assessment *a, size_t cap, double *out);
bool q_assess_answer_mean(const struct q_assessment *a, size_t qi, double *out);
/* The most common canonical answer to qi, or NULL. */
const char *q_assess_answer_mode(const struct q_assessment *a, size_t qi);
/* Fraction of the respondents who answered qi that gave value (read as an
 * answer to qi, so "Y" matches "yes"); for a multi question, that chose
 * the option value among others. */
bool q_assess_share(const struct q_assessment *a, size_t qi, const char *value, double *out);
size_t q_assess_respondents(const struct q_assessment *a);

/* The assessment of q from the workspace (q_assess_load.c): every
 * respondent's answers and the capability target overrides, finished.
 * NULL with the error in d. */
struct q_assessment *q_assess_load(struct store *st, const struct questionnaire *q,
				   size_t min_group, struct diag *d);

/* The assessment of one round of q (round: its id from q_round_find, 0
 * the latest). */
struct q_assessment *q_assess_load_round(struct store *st, const struct questionnaire *q,
					 long round, size_t min_group, struct diag *d);

/* ---- survey rounds (q_rounds.c) ----
 *
 * Each round (wave) of a survey keeps its own answers; a respondent is
 * unique within a round. The latest round is the one created last: the one
 * every assessment, finding and plan reads unless a round is named. */

enum { Q_ROUND_NAME_MAX = 40 };
/* A round name: 1 to Q_ROUND_NAME_MAX characters of valid UTF-8, no
 * control character, '/' or '\', not starting with '-' nor starting or
 * ending with a space. */
bool q_round_name_valid(const char *name);
/* The round of q called name (NULL: the latest): its id, or -1 with the
 * error in d (EXIT_DATAERR: no such round, with the closest name, or no
 * round at all). */
long q_round_find(struct store *st, const struct questionnaire *q, const char *name,
		  struct diag *d);
/* The round answers go into: name, else the round named today; created on
 * today when missing (a write). Its id, -1 on error. */
long q_round_for_answers(struct store *st, const struct questionnaire *q, const char *name,
			 const char *today, struct diag *d);

/* A figure in two rounds. A group's delta is suppressed when the group's
 * figures are not shown (below the minimum group, or merged into other)
 * in either round: then nothing of it is given, not even its counts. */
struct q_delta {
	bool has_data;           /* both rounds have the figure */
	bool has_from, has_to;
	bool suppressed;         /* a group below the threshold in either round */
	double from, to, delta;  /* delta = to - from */
	size_t n_from, n_to;     /* respondents counted in each round */
};
struct q_delta q_delta_index(const struct q_assessment *a1, const struct q_assessment *a2);
struct q_delta q_delta_dimension(const struct q_assessment *a1, const struct q_assessment *a2,
				 size_t dim);
/* The group's index (dim < 0) or dimension dim. */
struct q_delta q_delta_group(const struct q_assessment *a1, const struct q_assessment *a2,
			     enum q_by by, const char *name, long dim);
/* The question's mean score (n: scored answers). */
struct q_delta q_delta_question(const struct q_assessment *a1, const struct q_assessment *a2,
				size_t qi);
/* The names of the groups of kind by in either round (a2's first, then
 * a1's others; no other group): a malloc'd NULL-terminated array of
 * malloc'd names, *n of them. */
char **q_delta_group_names(const struct q_assessment *a1, const struct q_assessment *a2,
			   enum q_by by, size_t *n);

/* Capability indices ordered by priority (highest first; no data last),
 * then by id: a malloc'd array of q->ncapabilities. */
size_t *q_assess_caps_by_priority(const struct q_assessment *a);

#endif
