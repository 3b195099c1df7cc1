/* What the workbook and the HTML both ask of the gathered model, asked in
 * one place: the goal tally, the words of a goal's comparison and the
 * organisation's adoption goal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../adoption/adoption.h"
#include "report.h"

/* The tally is worded once, by the goal vocabulary's owner (phases/). */
char *report_goal_tally_format(size_t ngoals, const size_t counts[GOAL_NSTATES], lang_id lang,
			       char *buf, size_t n)
{
	char *text = goal_tally_text(ngoals, counts);
	snprintf(buf, n, "%s", text);
	free(text);
	return buf;
}

const struct report_xl_goal *report_workbook_rate_goal(const struct report_workbook *w)
{
	for (size_t i = 0; i < w->ngoals; i++) {
		const struct report_xl_goal *g = &w->goals[i];
		if (g->metric && !strcmp(g->metric, METRIC_ACTIVE_RATE) && (!g->scope || !*g->scope))
			return g;
	}
	return NULL;
}

const char *report_goal_op(const char *op)
{
	static const char *const ops[] = {
		NC_("goal comparison", ">="), NC_("goal comparison", "<="),
		NC_("goal comparison", ">"), NC_("goal comparison", "<"),
		NC_("goal comparison", "=="),
	};
	for (size_t i = 0; op && i < sizeof ops / sizeof *ops; i++)
		if (!strcmp(op, ops[i]))
			return trc("goal comparison", ops[i]);
	return op ? op : "";
}

const char *report_scope_text(const char *scope, char *buf, size_t n)
{
	if (!scope || !*scope)
		return _("organisation");
	if (!strcmp(scope, "department=" ADOPTION_NO_DEPARTMENT))
		return _(ADOPTION_NO_DEPARTMENT);
	if (!strncmp(scope, "department=", 11))
		return scope + 11;
	if (!strncmp(scope, "wave=", 5)) {
		snprintf(buf, n, _("wave %s"), scope + 5);
		return buf;
	}
	if (!strncmp(scope, "entity=", 7))
		return scope + 7;
	return scope;
}
