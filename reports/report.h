/* report: rendering results for people (terminal tables and text bars)
 * and for programs. Nothing here decides what a figure is; it only lays
 * figures out.
 */
#ifndef CRMREADY_REPORT_H
#define CRMREADY_REPORT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "../core/text.h"
#include "../questionnaires/questionnaire.h"

/* ---- text tables (report_text.c) ---- */

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
 * this takes the cells already formatted, separated by '\t'. */
void report_table_rowf(struct report_table *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* An ANSI colour (e.g. "31") for a cell of the last row added; shown only
 * when printing with colour. */
void report_table_color(struct report_table *t, size_t col, const char *sgr);
/* Print with columns aligned by terminal width (UTF-8 aware), two spaces
 * between columns, each line prefixed by indent spaces; header underlined
 * by a rule of '─' (bold when color). */
void report_table_print(const struct report_table *t, FILE *out, size_t indent, bool color);

/* A bar of width columns for value in 0..max, drawn with block characters
 * in eighths (▏▎▍▌▋▊▉█) and padded with spaces to width. Caller frees. */
char *report_bar(double value, double max, size_t width);

/* The ANSI colour a 0..100 readiness score is shown in: red below 40,
 * yellow below 60, green from 60. */
const char *report_score_color(double score);

/* A number rounded to one decimal for people ("57.3"); "-" without data. */
char *report_num1(bool has, double v);

/* ---- the assessment and capability gaps (report_assess.c) ---- */

struct report_options {
	enum lang lang;
	bool color;
};

/* by_mask: bits (1 << Q_BY_DEPARTMENT), (1 << Q_BY_ROLE): which groups to show. */
json_t *report_assessment_json(const struct q_assessment *a, unsigned by_mask, enum lang lang);
json_t *report_capabilities_json(const struct q_assessment *a);
/* How the assessment moved since a saved one (its §9 JSON). */
json_t *report_compare_json(const struct q_assessment *a, const json_t *snapshot,
			    const char *name, const char *saved_at);
void report_assessment_csv(FILE *out, const struct q_assessment *a, unsigned by_mask);
void report_capabilities_csv(FILE *out, const struct q_assessment *a);
void report_assessment_text(FILE *out, const struct q_assessment *a, unsigned by_mask,
			    const struct report_options *o);
void report_capabilities_text(FILE *out, const struct q_assessment *a,
			      const struct report_options *o);
void report_compare_text(FILE *out, const struct q_assessment *a, const json_t *cmp,
			 const struct report_options *o);

#endif
