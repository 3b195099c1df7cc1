/* q_lookup: questionnaires by reference — a file, the workspace or the
 * shipped content (registry/) — and registering new ones. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../registry/registry.h"
#include "questionnaire.h"

struct questionnaire *q_lookup(struct store *st, const char *ref, struct diag *d)
{
	struct registry_text t;
	if (!registry_find(st, REGISTRY_QUESTIONNAIRE, ref, &t, d))
		return NULL;
	struct questionnaire *q = q_load_buffer(t.name, t.text, t.len, d);
	/* Messages name the document: keep the name alive with it. */
	if (q)
		q->doc.file = arena_strdup(&q->doc.arena, t.name);
	registry_text_release(&t);
	return q;
}

bool q_list_all(struct store *st, struct q_listing **out, size_t *n, struct diag *d)
{
	struct registry_entry *all;
	size_t nall;
	*out = NULL;
	*n = 0;
	if (!registry_list(st, REGISTRY_QUESTIONNAIRE, &all, &nall, d))
		return false;
	*out = xcalloc(nall + 1, sizeof **out);
	for (size_t i = 0; i < nall; i++) {
		(*out)[i] = (struct q_listing){ all[i].id, all[i].version, all[i].origin,
						all[i].in_workspace };
		all[i].id = all[i].origin = NULL;
	}
	*n = nall;
	registry_list_free(all, nall);
	return true;
}

void q_listing_free(struct q_listing *l, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(l[i].id);
		free(l[i].origin);
	}
	free(l);
}
