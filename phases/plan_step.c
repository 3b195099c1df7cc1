/* The six steps of a CRM transformation: the plan's spine. */
#include <string.h>

#include "../core/xalloc.h"
#include "plan.h"

static const char *const IDS[PLAN_NSTEPS] = {
	"", "vision", "capabilities", "priorities", "change", "rollout", "coordination",
};

static const char *const TITLES[PLAN_NSTEPS] = {
	"",
	N_("A shared vision"),
	N_("Required capabilities and gaps"),
	N_("Priorities"),
	N_("Continuous change management"),
	N_("Phased rollout and reviews"),
	N_("One coordinating methodology"),
};

const char *plan_step_id(enum plan_step s)
{
	return s < PLAN_NSTEPS ? IDS[s] : "";
}

const char *plan_step_title(enum plan_step s)
{
	return s > STEP_NONE && s < PLAN_NSTEPS ? _(TITLES[s]) : "";
}

char *plan_step_label(enum plan_step s)
{
	return s > STEP_NONE && s < PLAN_NSTEPS ? tfmt(_("%d. %s"), (int)s, _(TITLES[s]))
						: xstrdup("");
}

bool plan_step_find(const char *id, enum plan_step *out)
{
	for (int i = STEP_NONE + 1; i < PLAN_NSTEPS; i++)
		if (!strcmp(id, IDS[i])) {
			*out = (enum plan_step)i;
			return true;
		}
	return false;
}
