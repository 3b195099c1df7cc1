/* rule_facts: the facts rules read, taken from the workspace — metrics
 * (latest value of a name and scope). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "rule_internal.h"

struct rule_workspace_facts {
	struct store *st;
	struct rule_refs *refs;
	struct diag *d;
	struct rule_facts facts;
};

static bool metric(void *ctx, const char *name, const char *scope, double *out, char **why)
{
	struct rule_workspace_facts *w = ctx;
	if (!w->st)
		return false;
	struct store_metric m;
	int found = store_metric_latest(w->st, name, scope, &m, w->d);
	if (found <= 0) {
		if (found < 0)
			*why = xasprintf("metric %s could not be read", name);
		return false;
	}
	*out = m.value;
	store_metric_release(&m);
	return true;
}

struct rule_workspace_facts *rule_workspace_facts_new(struct store *st, struct rule_refs *refs,
						      struct diag *d)
{
	struct rule_workspace_facts *w = xcalloc(1, sizeof *w);
	w->st = st;
	w->refs = refs;
	w->d = d;
	w->facts.ctx = w;
	w->facts.metric = metric;
	return w;
}

const struct rule_facts *rule_workspace_facts(struct rule_workspace_facts *w)
{
	return &w->facts;
}

void rule_workspace_facts_free(struct rule_workspace_facts *w)
{
	free(w);
}
