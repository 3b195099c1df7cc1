/* The saved plan with its goals, as 'plan show' reads them. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

bool plan_stored_load(struct store *st, struct plan_stored *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_plan *p = xcalloc(1, sizeof *p);
	int found = store_plan_load(st, p, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("there is no plan in %s yet; run 'crmready plan "
			  "build' first"), store_path(st));
	if (found <= 0) {
		free(p);
		return false;
	}
	out->plan = p;
	return store_goal_list(st, &out->goals, &out->ngoals, d);
}

void plan_stored_release(struct plan_stored *p)
{
	for (size_t i = 0; i < p->ngoals; i++)
		store_goal_release(&p->goals[i]);
	free(p->goals);
	if (p->plan) {
		store_plan_release(p->plan);
		free(p->plan);
	}
	memset(p, 0, sizeof *p);
}
