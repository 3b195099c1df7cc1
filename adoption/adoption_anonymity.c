/* adoption_anonymity: no adoption figure of a department or wave of fewer
 * than the engagement's minimum group size, and none that subtraction from
 * the organisation's could recover (see metrics.h). */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

/* Licensed users in the report's week (the last complete one), as
 * everything else in the report is judged; in the latest week when the
 * group has no such week. */
static double report_licensed(const struct adoption_series *s)
{
	if (s->has_at)
		return s->at.licensed;
	return s->n ? s->weeks[s->n - 1].licensed : 0;
}

/* The week of other dated date, added in date order. */
static struct adoption_week *other_week(struct adoption_series *o, const char *date)
{
	size_t i = 0;
	while (i < o->n && strcmp(o->weeks[i].date, date) < 0)
		i++;
	if (i < o->n && !strcmp(o->weeks[i].date, date))
		return &o->weeks[i];
	o->weeks = xrealloc(o->weeks, (o->n + 1) * sizeof *o->weeks);
	memmove(&o->weeks[i + 1], &o->weeks[i], (o->n - i) * sizeof *o->weeks);
	o->n++;
	memset(&o->weeks[i], 0, sizeof o->weeks[i]);
	snprintf(o->weeks[i].date, sizeof o->weeks[i].date, "%s", date);
	return &o->weeks[i];
}

static void hide_week(struct adoption_week *w)
{
	w->small = true;
	w->active = w->rate = w->logins_per_active = w->monthly = w->stickiness = 0;
	w->has_rate = w->has_logins_per_active = w->has_stickiness = false;
	w->core_active = w->core_rate = 0;
	w->has_core_rate = false;   /* has_core stays: the column is there, hidden */
}

static void hide_small_weeks(struct adoption_series *s, long min_group)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->weeks[i].licensed < (double)min_group)
			hide_week(&s->weeks[i]);
	if (s->has_at && s->at.licensed < (double)min_group)
		hide_week(&s->at);
}

/* The week of s dated date, or NULL. */
static struct adoption_week *week_of(struct adoption_series *s, const char *date)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->weeks[i].date, date))
			return &s->weeks[i];
	return NULL;
}

/* Complementary suppression in one week: while the hidden groups of the
 * week hold some users but fewer than min_group (the organisation's
 * figure minus the shown ones would give them away), the smallest shown
 * group's week is hidden too. at: the report's week (s->at) or a listed one. */
static void suppress_week(struct adoption_report *r, const char *date, bool at)
{
	double hidden = 0;
	for (size_t i = 0; i < r->ngroups; i++) {
		struct adoption_series *g = &r->groups[i];
		struct adoption_week *w = at ? (g->has_at ? &g->at : NULL) : week_of(g, date);
		if (w && w->small)
			hidden += w->licensed;
	}
	while (hidden > 0 && hidden < (double)r->min_group) {
		struct adoption_week *pick = NULL;
		const char *pick_name = NULL;
		for (size_t i = 0; i < r->ngroups; i++) {
			struct adoption_series *g = &r->groups[i];
			struct adoption_week *w = at ? (g->has_at ? &g->at : NULL) : week_of(g, date);
			if (!w || w->small || w->licensed <= 0)
				continue;
			if (!pick || w->licensed < pick->licensed ||
			    (w->licensed == pick->licensed && strcmp(g->name, pick_name) < 0)) {
				pick = w;
				pick_name = g->name;
			}
		}
		if (!pick)
			return;
		hidden += pick->licensed;
		hide_week(pick);
	}
}

void adoption_report_min_group(struct adoption_report *r, long min_group)
{
	r->min_group = min_group;
	/* The small groups, and (complementary suppression) the next smallest
	 * while other holds some users but fewer than min_group. */
	double *size = xcalloc(r->ngroups + 1, sizeof *size);
	const char **names = xcalloc(r->ngroups + 1, sizeof *names);
	bool *merge = xcalloc(r->ngroups + 1, sizeof *merge);
	for (size_t i = 0; i < r->ngroups; i++) {
		size[i] = report_licensed(&r->groups[i]);
		names[i] = r->groups[i].name;
	}
	anonymity_merge(size, names, r->ngroups, (double)min_group, merge);
	struct adoption_series other = { .name = xstrdup(""), .scope = xstrdup("other"), .other = true };
	size_t kept = 0;
	for (size_t i = 0; i < r->ngroups; i++) {
		struct adoption_series *g = &r->groups[i];
		if (!merge[i]) {
			r->groups[kept++] = *g;
			continue;
		}
		/* Weeks are few (a report shows some dozen): a linear merge is fine. */
		for (size_t k = 0; k < g->n; k++) {
			struct adoption_week *w = other_week(&other, g->weeks[k].date);
			w->licensed += g->weeks[k].licensed;
			w->active += g->weeks[k].active;
			w->core_active += g->weeks[k].core_active;
			w->has_core = w->has_core || g->weeks[k].has_core;
			w->monthly += g->weeks[k].monthly;
			w->in_progress = g->weeks[k].in_progress;
		}
		r->small = xrealloc(r->small, (r->nsmall + 1) * sizeof *r->small);
		r->small[r->nsmall++] = g->name;   /* groups are in name order */
		free(g->scope);
		free(g->weeks);
	}
	r->ngroups = kept;
	free(size);
	free(names);
	free(merge);
	for (size_t i = 0; i < r->ngroups; i++)
		hide_small_weeks(&r->groups[i], min_group);
	if (r->nsmall) {
		for (size_t k = 0; k < other.n; k++) {
			struct adoption_week *w = &other.weeks[k];
			if (w->licensed > 0) {
				w->rate = w->active / w->licensed;
				w->has_rate = true;
				w->core_rate = w->core_active / w->licensed;
				w->has_core_rate = w->has_core;
			}
			if (w->monthly > 0) {
				w->stickiness = w->active / w->monthly;
				w->has_stickiness = true;
			}
			if (!strcmp(w->date, r->week)) {
				other.at = *w;
				other.has_at = true;
			}
		}
		hide_small_weeks(&other, min_group);
		r->groups = xrealloc(r->groups, (r->ngroups + 1) * sizeof *r->groups);
		r->groups[r->ngroups++] = other;
	} else {
		free(other.name);
		free(other.scope);
	}
	/* Each listed week and the report's week on its own: a shown group
	 * may be small in an older week. */
	for (size_t k = 0; k < r->overall.n; k++)
		suppress_week(r, r->overall.weeks[k].date, false);
	if (r->overall.has_at)
		suppress_week(r, r->week, true);
	adoption_report_least(r);
}
