/* plan_lookup: catalogues by reference — a file, the workspace or the
 * shipped content (registry/). */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "../registry/registry.h"
#include "plan.h"

struct catalogue *catalogue_lookup(struct store *st, const char *ref, struct diag *d)
{
	struct registry_text t;
	if (!registry_find(st, REGISTRY_CATALOGUE, ref, &t, d))
		return NULL;
	struct catalogue *c = catalogue_load_buffer(t.name, t.text, t.len, d);
	/* Messages name the document: the catalogue keeps the name. */
	if (c)
		c->file_owned = t.name;
	else
		free(t.name);
	free(t.text);
	return c;
}
