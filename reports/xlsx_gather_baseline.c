/* The workbook's and the HTML report's baseline comparison (the latest
 * baseline) and phase reviews, as 'plan show --vs' and 'plan review' give
 * them on the export's date. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "../phases/plan.h"
#include "report.h"

bool report_workbook_gather_baseline(struct report_workbook *w, struct store *st,
				     struct diag *d)
{
	if (!w->has_plan)
		return true;
	long today = 0;
	plan_date_parse(w->today, &today);
	w->reviews = xcalloc(1, sizeof *w->reviews);
	if (!plan_reviews_load(st, today, false, w->reviews, d))
		return false;
	struct store_baseline *all;
	size_t n;
	if (!store_baseline_list(st, &all, &n, d))
		return false;
	store_baselines_release(all, n);
	if (!n)
		return true;
	w->vs = xcalloc(1, sizeof *w->vs);
	return plan_vs_load(st, NULL, today, w->vs, d);
}
