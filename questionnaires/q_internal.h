/* Private to questionnaires/: compiling the `when:` of questions, a string
 * map, and the survey import's state shared by its CSV and YAML readers. */
#ifndef CRMREADY_Q_INTERNAL_H
#define CRMREADY_Q_INTERNAL_H

#include "../core/xalloc.h"
#include "questionnaire.h"

/* Parse every question's when_src; report syntax errors, unknown
 * functions, and references to unknown or later questions. */
void q_when_compile(struct questionnaire *q, struct diag *d);
void q_when_release(struct questionnaire *q);

/* ---- each type's reading of an answer (q_score.c, for q_type.c) ---- */

bool q_parse_ranged(const struct questionnaire *q, const struct q_question *qq, const char *s,
		    struct q_answer *out, char **err);
bool q_parse_yesno(const struct questionnaire *q, const struct q_question *qq, const char *s,
		   struct q_answer *out, char **err);
bool q_parse_choice(const struct questionnaire *q, const struct q_question *qq, const char *s,
		    struct q_answer *out, char **err);
bool q_parse_multi(const struct questionnaire *q, const struct q_question *qq, const char *s,
		   struct q_answer *out, char **err);
bool q_parse_band(const struct questionnaire *q, const struct q_question *qq, const char *s,
		  struct q_answer *out, char **err);
bool q_parse_text(const struct questionnaire *q, const struct q_question *qq, const char *s,
		  struct q_answer *out, char **err);

/* ---- each type's form-tool labels (q_match.c, for q_type.c) ---- */

/* The answer a form's label raw stands for (malloc'd), or NULL. */
char *q_label_scale(const struct questionnaire *q, const struct q_question *qq, const char *raw);
char *q_label_yesno(const struct questionnaire *q, const struct q_question *qq, const char *raw);
char *q_label_option(const struct questionnaire *q, const struct q_question *qq, const char *raw);
/* The labels a form could have used, for a message (malloc'd). */
char *q_labels_scale(const struct questionnaire *q, const struct q_question *qq, lang_id lang);
char *q_labels_yesno(const struct questionnaire *q, const struct q_question *qq, lang_id lang);
char *q_labels_option(const struct questionnaire *q, const struct q_question *qq, lang_id lang);

/* ---- string -> index map (q_strmap.c) ---- */

struct q_str_entry {
	char *key;
	size_t value;        /* index into the owner's array */
};

struct q_str_map {
	struct q_str_entry *slots;
	size_t cap, n;
};

/* The value for key, or SIZE_MAX. */
size_t q_str_map_get(const struct q_str_map *m, const char *key);
/* Set key (copied) to value. */
void q_str_map_put(struct q_str_map *m, const char *key, size_t value);
void q_str_map_release(struct q_str_map *m);

/* ---- the survey import (q_import*.c) ---- */

/* Where a cell is, for messages: CSV (row, line, column) or YAML (line, col). */
struct q_cell_pos {
	long row, line;
	int column;       /* CSV column (1-based); 0 for YAML */
	int col;          /* YAML column */
};

/* Answers already read for a question: a survey of thousands has a few
 * distinct answers per question, each parsed once. */
enum { Q_CACHE_SLOTS = 24 };
struct q_parse_cache {
	char *raw[Q_CACHE_SLOTS];
	char *canonical[Q_CACHE_SLOTS];   /* NULL: empty answer */
	size_t n;
};

/* One question's answer in the row being read, and the answers already
 * parsed for it. */
struct q_import_cell {
	struct q_cell_pos pos;    /* where the answer is */
	bool bad;                 /* it had an error */
	char *owned;              /* the canonical answer when the cache does not hold it */
	struct q_parse_cache cache;
};

struct q_importer {
	struct store_survey *sv;
	const struct questionnaire *q;
	const struct q_import_opts *o;
	struct q_import_result *res;
	struct diag *d;
	/* CSV header */
	long col_respondent, col_department, col_role;
	long col_time;            /* the form's timestamp column, -1: none */
	long *col_question;       /* per CSV column: question index or -1 */
	bool header_ok;
	/* per question */
	const char **values;      /* this row's canonical answer or NULL */
	struct q_import_cell *cells;
	size_t *qidx;             /* the answers written: question indices, values */
	const char **qvals;
	/* respondents seen in this file (a second row of one is an error, or
	 * with keep_latest replaces the first): index into rows and times */
	struct q_str_map names;
	long *name_rows;
	int64_t *name_times;      /* the row's form timestamp, INT64_MIN: none */
	size_t name_cap;
	struct sbuf repeated;     /* the first few repeats, for the note */
	bool repeats_by_file;     /* some were ordered by file order, not by time */
	int64_t row_time;         /* this row's timestamp, INT64_MIN: none */
	bool writing;             /* false once any error was found */
};

/* Record an error at p (and stop writing). */
void q_import_error(struct q_importer *im, const struct q_cell_pos *p, const char *qid,
		    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void q_import_reset_row(struct q_importer *im);
/* Check one answer to question qi; keep its canonical form. */
void q_import_answer(struct q_importer *im, size_t qi, const char *raw, const struct q_cell_pos *p);
/* After every cell of a row: the respondent, required answers, `when`, the write. */
void q_import_finish_row(struct q_importer *im, const char *name, const char *department,
			 const char *role, const struct q_cell_pos *name_pos,
			 const struct q_cell_pos *row_pos);
/* The readers: every row through the calls above. */
void q_import_csv(struct q_importer *im);
void q_import_yaml(struct q_importer *im);

#endif
