/* rule_lookup: rules sets by reference — a file, the workspace or the
 * shipped content (registry/). */
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
