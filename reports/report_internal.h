/* Private to reports/: what the writers for people and programs
 * (report_assess.c) share with the workbook's gathering (xlsx_gather*.c). */
#ifndef CRMREADY_REPORT_INTERNAL_H
#define CRMREADY_REPORT_INTERNAL_H

#include "report.h"

/* An initiative's step and sources into its JSON object: "step" (id or
 * null), "source" (told in lang, or null), "sources" (as stored); and as
 * two lines of 'plan show --explain' (report_plan_steps.c). */
void report_plan_method_json(json_t *item, const struct store_plan_item *it, lang_id lang);
void report_plan_method_text(FILE *out, const struct store_plan_item *it, lang_id lang);
/* [{"id", "title", "initiatives": [ids]}] for each step, in step order
 * (a last one with a null id for initiatives whose step is not known). */
json_t *report_plan_steps_json(const struct store_plan *sp);
/* The order of n items by their start (YYYY-MM-DD), earliest first, ties
 * in the order given: a malloc'd permutation of 0..n-1. The plan keeps its
 * initiatives in execution order; a list by step reads by date. */
size_t *report_order_by_start(const char *const *starts, size_t n);
/* The workbook model's initiatives in that order. */
size_t *report_initiatives_by_start(const struct report_workbook *m);

/* The perception gaps with data of the kinds in mask (bits 1 << enum q_by),
 * widest first, ties by kind, then dimension. The caller frees the array. */
const struct q_perception_gap **report_perception_gaps(const struct q_assessment *a, unsigned mask,
						       size_t *n);

/* The execution columns of one initiative in 'plan show --format csv'
 * (report_plan_track.c): status, actual and forecast dates, lateness, the
 * dependency that delays it and why (cause, English, malloc'd or NULL). */
struct report_plan_track_cells {
	const char *status, *started, *done, *late, *delayed_by, *note;
	char percent[16], start[11], end[11], late_days[24];
	char *cause;
};
void report_plan_track_cells(const struct store_plan *sp, const struct plan_track *t, size_t i,
			     struct report_plan_track_cells *c);

/* The primary assessment's latest survey round against the previous one
 * into w->rounds (has_rounds false with fewer than two rounds);
 * xlsx_gather_rounds.c. */
bool report_workbook_gather_rounds(struct report_workbook *w, struct store *st, struct diag *d);

#endif
