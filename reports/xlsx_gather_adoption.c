/* The leadership pack's adoption beyond the latest week: the weekly series
 * of every department, wave and role, the go-live cohorts by wave and the
 * team league, read through the adoption module's own report model so that
 * the workbook and the HTML show what 'adoption report' shows, with the
 * same anonymity. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "report.h"

/* Keep the weeks of s inside [from, to] (either may be NULL). */
static void keep_period(struct adoption_series *s, const char *from, const char *to)
{
	size_t kept = 0;
	for (size_t i = 0; i < s->n; i++)
		if ((!from || strcmp(s->weeks[i].date, from) >= 0) &&
		    (!to || strcmp(s->weeks[i].date, to) <= 0))
			s->weeks[kept++] = s->weeks[i];
	s->n = kept;
}

bool report_workbook_gather_adoption(struct report_workbook *w, struct store *st,
				     struct diag *d)
{
	size_t nkinds = 0;
	while (adoption_by_kinds[nkinds])
		nkinds++;
	w->adoption_by = xcalloc(nkinds, sizeof *w->adoption_by);
	w->cohorts = xcalloc(1, sizeof *w->cohorts);
	w->teams = xcalloc(1, sizeof *w->teams);
	for (size_t k = 0; k < nkinds; k++) {
		struct adoption_report *r = &w->adoption_by[k];
		w->nadoption_by = k + 1;
		if (!adoption_report_load(st, adoption_by_kinds[k], 0, r, d))
			return false;
		adoption_report_min_group(r, w->min_group);
		keep_period(&r->overall, w->from, w->to);
		for (size_t i = 0; i < r->ngroups; i++)
			keep_period(&r->groups[i], w->from, w->to);
	}
	const struct adoption_report *first = &w->adoption_by[0];
	return adoption_cohorts_load(st, "wave", 0, w->min_group, w->cohorts, d) &&
	       adoption_teams_load(st, first->week, first->week_in_progress, w->min_group,
				   w->teams, d);
}

void report_workbook_adoption_release(struct report_workbook *w)
{
	for (size_t k = 0; k < w->nadoption_by; k++)
		adoption_report_release(&w->adoption_by[k]);
	free(w->adoption_by);
	if (w->cohorts)
		adoption_cohorts_release(w->cohorts);
	free(w->cohorts);
	if (w->teams)
		adoption_teams_release(w->teams);
	free(w->teams);
}
