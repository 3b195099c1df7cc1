/* The goal tally, one sentence for the terminal, the workbook and the HTML
 * alike, worded with the goal states' own labels (goal_state_label). */
#include <stdio.h>

#include "report.h"

char *report_goal_tally(size_t ngoals, const size_t counts[GOAL_NSTATES], enum lang lang, char *buf,
			size_t n)
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
