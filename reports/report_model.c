/* What the workbook and the HTML both ask of the gathered model, asked in
 * one place: the goal tally and the organisation's adoption goal. */
#include <stdio.h>
#include <string.h>

#include "report.h"

/* Worded with the goal states' own labels (goal_state_label), as status
 * prints it. */
char *report_goal_tally_format(size_t ngoals, const size_t counts[GOAL_NSTATES], enum lang lang,
			       char *buf, size_t n)
{
	static const enum goal_state order[] = { GOAL_ACHIEVED, GOAL_ON_TRACK, GOAL_AT_RISK, GOAL_MISSED,
						 GOAL_TOO_EARLY, GOAL_NO_DATA };
	bool fa = lang == LANG_FA;
	int used = fa ? snprintf(buf, n, "%zu هدف:", ngoals)
		      : snprintf(buf, n, "%zu goal%s:", ngoals, ngoals == 1 ? "" : "s");
	for (size_t i = 0; i < sizeof order / sizeof *order && used >= 0 && (size_t)used < n; i++)
		used += snprintf(buf + used, n - (size_t)used, "%s %zu %s", i ? (fa ? "،" : ",") : "",
				 counts[order[i]], goal_state_label(order[i], lang));
	return buf;
}

const struct report_xl_goal *report_workbook_rate_goal(const struct report_workbook *w)
{
	for (size_t i = 0; i < w->ngoals; i++) {
		const struct report_xl_goal *g = &w->goals[i];
		if (g->metric && !strcmp(g->metric, "adoption.active_rate") && (!g->scope || !*g->scope))
			return g;
	}
	return NULL;
}
