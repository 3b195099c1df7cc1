/* Private to reports/: what the writers for people and programs
 * (report_assess.c) share with the workbook's gathering (xlsx_gather*.c). */
#ifndef CRMREADY_REPORT_INTERNAL_H
#define CRMREADY_REPORT_INTERNAL_H

#include "report.h"

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
