/* engagement_load: the answered questionnaires assessed once, and every
 * rules set evaluated against those assessments. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "engagement.h"

/* True when id is one of the comma-separated ids in only (NULL: all). */
static bool chosen(const char *only, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = only; p && *p;) {
		size_t k = strcspn(p, ",");
		if (k == n && !strncmp(p, id, n))
			return true;
		p += k + (p[k] == ',');
	}
	return !only;
}

/* Every id of only must have answers. */
static bool check_chosen(const char *only, const struct q_answered *l, size_t n, struct diag *d)
{
	bool ok = true;
	for (const char *p = only; p && *p;) {
		size_t k = strcspn(p, ",");
		bool found = false;
		for (size_t i = 0; i < n; i++)
			found |= strlen(l[i].id) == k && !strncmp(p, l[i].id, k);
		if (!found) {
			struct sbuf ids;
			sbuf_init(&ids);
			for (size_t i = 0; i < n; i++)
				sbuf_addf(&ids, "%s%s", i ? trc("list", ", ") : "", l[i].id);
			char *s = sbuf_detach(&ids);
			diag_fail(d, EXIT_USAGE, _("--questionnaire: '%.*s' has no answers in this workspace; "
				  "answered: %s"), (int)k, p, *s ? s : _("none"));
			free(s);
			ok = false;
		}
		p += k + (p[k] == ',');
	}
	return ok;
}

/* Assess questionnaire id into e->assessed; false when it could not be
 * read. One nobody answered (every answer since made invalid) is left out. */
static bool assess(struct store *st, struct engagement *e, const char *id, struct diag *d)
{
	struct questionnaire *q = q_lookup(st, id, d);
	struct q_assessment *a = q ? q_assess_load(st, q, (size_t)e->min_group, d) : NULL;
	if (!a) {
		q_free(q);
		return false;
	}
	if (!q_assess_respondents(a)) {
		q_assess_free(a);
		q_free(q);
		return true;
	}
	e->assessed[e->nassessed++] = (struct engagement_assessment){ q, a };
	return true;
}

static const struct q_assessment *find(const struct engagement *e, const char *id)
{
	for (size_t i = 0; i < e->nassessed; i++)
		if (!strcmp(e->assessed[i].q->id, id))
			return e->assessed[i].a;
	return NULL;
}

bool engagement_load(struct store *st, const struct engagement_options *o,
		     struct engagement *e, struct diag *d)
{
	memset(e, 0, sizeof *e);
	e->min_group = o->min_group >= STORE_MIN_GROUP_MIN ? o->min_group : store_min_group(st);
	struct q_answered *l;
	size_t n;
	if (!q_answered_list(st, &l, &n, d))
		return false;
	if (!check_chosen(o->only, l, n, d)) {
		q_answered_free(l, n);
		return false;
	}
	bool ok = true;
	e->readiness_id = q_engagement(st, Q_MEASURES_READINESS, RULE_DEFAULT_QUESTIONNAIRE);
	e->capabilities_id = q_engagement(st, Q_MEASURES_CAPABILITIES, RULE_DEFAULT_CAPABILITIES);
	e->assessed = xcalloc(n + 1, sizeof *e->assessed);
	for (size_t i = 0; i < n && ok; i++) {
		bool core = !strcmp(l[i].id, e->readiness_id) || !strcmp(l[i].id, e->capabilities_id);
		if (chosen(o->only, l[i].id) && (o->every || core))
			ok = assess(st, e, l[i].id, d);
	}
	q_answered_free(l, n);
	if (!ok)
		return false;
	e->readiness = find(e, e->readiness_id);
	e->capabilities = find(e, e->capabilities_id);

	const struct q_assessment **known = xcalloc(e->nassessed + 1, sizeof *known);
	for (size_t i = 0; i < e->nassessed; i++)
		known[i] = e->assessed[i].a;
	size_t errors = d->errors;
	ok = rule_engagement_evaluate_known(st, known, e->nassessed, &e->rules, d) &&
	     d->errors == errors;
	free(known);
	return ok;
}

void engagement_release(struct engagement *e)
{
	rule_engagement_release(&e->rules);
	for (size_t i = 0; i < e->nassessed; i++) {
		q_assess_free(e->assessed[i].a);
		q_free(e->assessed[i].q);
	}
	free(e->assessed);
	free(e->readiness_id);
	free(e->capabilities_id);
	memset(e, 0, sizeof *e);
}
