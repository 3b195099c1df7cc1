/* rule_engagement: load every rules set and evaluate it against the
 * workspace — what `findings` shows and what `plan build` plans for. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../registry/registry.h"
#include "../store/store.h"
#include "rules.h"

bool rule_engagement_evaluate(struct store *st, struct rule_engagement *out, struct diag *d)
{
	return rule_engagement_evaluate_known(st, NULL, 0, out, d);
}

bool rule_engagement_evaluate_known(struct store *st, const struct q_assessment *const *known,
				    size_t nknown, struct rule_engagement *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->refs = rule_refs_new(st);
	struct registry_entry *all = NULL;
	size_t nall = 0;
	if (!registry_list(st, REGISTRY_RULES, &all, &nall, d))
		return false;
	out->sets = xcalloc(nall ? nall : 1, sizeof *out->sets);
	for (size_t i = 0; i < nall; i++) {
		struct rule_set *s = rule_lookup(st, out->refs, all[i].id, d);
		if (s)
			out->sets[out->nsets++] = s;
	}
	registry_list_free(all, nall);
	out->facts = rule_workspace_facts_new(st, out->refs, d);
	rule_workspace_facts_know(out->facts, known, nknown);
	rule_findings_collect(out->sets, out->nsets, rule_workspace_facts(out->facts), SEVERITY_INFO,
			      &out->findings);
	if (!store_waiver_list(st, &out->waivers, &out->nwaivers, d))
		return false;
	rule_findings_apply_waivers(&out->findings, out->waivers, out->nwaivers, store_today(st));
	return true;
}

void rule_engagement_release(struct rule_engagement *e)
{
	rule_findings_release(&e->findings);
	rule_workspace_facts_free(e->facts);
	for (size_t i = 0; i < e->nsets; i++)
		rule_set_free(e->sets[i]);
	free(e->sets);
	rule_refs_free(e->refs);
	store_waivers_free(e->waivers, e->nwaivers);
	memset(e, 0, sizeof *e);
}
