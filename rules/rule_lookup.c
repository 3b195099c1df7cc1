/* rule_lookup: rules sets by reference — a file, the workspace or the
 * shipped content (registry/) — and registering new ones. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../registry/registry.h"
#include "rule_internal.h"

struct rule_set *rule_lookup(struct store *st, struct rule_refs *refs, const char *ref,
			     struct diag *d)
{
	struct registry_text t;
	if (!registry_find(st, REGISTRY_RULES, ref, &t, d))
		return NULL;
	struct rule_set *s = rule_load_buffer(t.name, t.text, t.len, refs, d);
	registry_text_release(&t);
	return s;
}

bool rule_list_all(struct store *st, struct rule_listing **out, size_t *n, struct diag *d)
{
	struct registry_entry *all;
	size_t nall;
	*out = NULL;
	*n = 0;
	if (!registry_list(st, REGISTRY_RULES, &all, &nall, d))
		return false;
	*out = xcalloc(nall + 1, sizeof **out);
	for (size_t i = 0; i < nall; i++) {
		(*out)[i] = (struct rule_listing){ all[i].id,
						  all[i].version ? all[i].version : RULE_DEFAULT_VERSION,
						  all[i].origin, all[i].in_workspace };
		all[i].id = all[i].origin = NULL;
	}
	*n = nall;
	registry_list_free(all, nall);
	return true;
}

void rule_listing_free(struct rule_listing *l, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(l[i].id);
		free(l[i].origin);
	}
	free(l);
}

bool rule_register(struct store *st, const struct rule_set *s, const char *src,
		   const char *origin, bool *unchanged, struct diag *d)
{
	return registry_add(st, REGISTRY_RULES, s->id, s->version, src, origin, unchanged, d);
}
