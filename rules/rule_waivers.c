/* rule_waivers: findings the client has consciously accepted. A waiver
 * holds a rule's finding out of the fired ones (and so out of --fail-on and
 * of the initiatives plan build selects) until its day; the day after, the
 * finding fires again with a note that its waiver expired. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../registry/registry.h"
#include "../store/store.h"
#include "rules.h"

bool rule_waiver_holds(const struct store_waiver *w, const char *today)
{
	return strcmp(today, w->until) <= 0;
}

static int by_rule(const void *key, const void *elem)
{
	return strcmp(key, ((const struct store_waiver *)elem)->rule);
}

void rule_findings_apply_waivers(struct rule_findings *f, const struct store_waiver *waivers,
				 size_t n, const char *today)
{
	if (!n)
		return;
	size_t kept = 0, cap = f->nwaived;
	for (size_t i = 0; i < f->nfired; i++) {
		struct rule_finding x = f->fired[i];
		x.waiver = bsearch(x.rule->id, waivers, n, sizeof *waivers, by_rule);
		if (x.waiver && rule_waiver_holds(x.waiver, today)) {
			XGROW(f->waived, cap, f->nwaived + 1);
			f->waived[f->nwaived++] = x;
		} else {
			f->fired[kept++] = x;
		}
	}
	f->nfired = kept;
}

/* Every rule id of every rules set the engagement has (malloc'd array of
 * strings into *ids), for the check that a waived rule exists. */
static bool known_rules(struct store *st, char ***ids, size_t *n, struct diag *d)
{
	*ids = NULL;
	*n = 0;
	struct registry_entry *all = NULL;
	size_t nall = 0, cap = 0;
	if (!registry_list(st, REGISTRY_RULES, &all, &nall, d))
		return false;
	struct rule_refs *refs = rule_refs_new(st);
	for (size_t i = 0; i < nall; i++) {
		struct rule_set *s = rule_lookup(st, refs, all[i].id, d);
		for (size_t k = 0; s && k < s->nrules; k++) {
			XGROW(*ids, cap, *n + 1);
			(*ids)[(*n)++] = xstrdup(s->rules[k].id);
		}
		rule_set_free(s);
	}
	rule_refs_free(refs);
	registry_list_free(all, nall);
	return !diag_has_errors(d);
}

static bool rule_exists(struct store *st, const char *rule, struct diag *d)
{
	char **ids;
	size_t n;
	if (!known_rules(st, &ids, &n, d))
		return false;
	bool found = false;
	for (size_t i = 0; i < n && !found; i++)
		found = !strcmp(ids[i], rule);
	if (!found) {
		const char *close = text_closest(rule, (const char *const *)ids, n);
		if (close)
			diag_fail(d, EXIT_DATAERR, _("there is no rule '%s' in the engagement's rules "
						     "sets (did you mean '%s'?)"), rule, close);
		else
			diag_fail(d, EXIT_DATAERR, _("there is no rule '%s' in the engagement's rules "
						     "sets ('crmready rules list' shows them)"), rule);
	}
	for (size_t i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return found;
}

static bool blank(const char *s)
{
	for (; s && *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

bool rule_waive(struct store *st, const struct store_waiver *w, struct store_waiver *replaced,
		bool *had, struct diag *d)
{
	*had = false;
	if (blank(w->reason)) {
		diag_fail(d, EXIT_USAGE, "%s", _("--reason: the justification must not be blank: say "
						 "why the finding is accepted"));
		return false;
	}
	if (strcmp(w->until, w->set_on) < 0) {
		char until[TIMEX_SHOW_MAX], today[TIMEX_SHOW_MAX];
		diag_fail(d, EXIT_USAGE, _("--until: %s is before today (%s): a waiver holds until "
					   "a day to come"), timex_show(w->until, until),
			  timex_show(w->set_on, today));
		return false;
	}
	if (!rule_exists(st, w->rule, d))
		return false;
	int found = store_waiver_get(st, w->rule, replaced, d);
	if (found < 0)
		return false;
	*had = found > 0;
	struct store_history h = { .day = w->set_on, .who = w->who, .kind = "waiver",
				   .ref = w->rule, .field = "until",
				   .old = *had ? replaced->until : NULL, .new_value = w->until,
				   .note = w->reason };
	return store_waiver_put(st, w, d) && store_history_add(st, &h, d);
}

bool rule_unwaive(struct store *st, const char *rule, const char *who, const char *note,
		  struct store_waiver *removed, struct diag *d)
{
	int found = store_waiver_get(st, rule, removed, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("rule '%s' has no waiver ('crmready findings waivers' "
					     "lists them)"), rule);
	if (found <= 0)
		return false;
	struct store_history h = { .day = store_today(st), .who = who, .kind = "waiver",
				   .ref = rule, .field = "until", .old = removed->until,
				   .new_value = NULL, .note = note };
	return store_waiver_remove(st, rule, d) && store_history_add(st, &h, d);
}
