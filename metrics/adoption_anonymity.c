/* adoption_anonymity: no adoption figure of a department or wave of fewer
 * than the engagement's minimum group size (see metrics.h). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "metrics.h"

/* Judged on the report's week (the last complete one), as everything else
 * in the report is; on the latest week when the group has no such week. */
static bool small_series(const struct adoption_series *s, long min_group)
{
	if (s->has_at)
		return s->at.licensed < (double)min_group;
	return !s->n || s->weeks[s->n - 1].licensed < (double)min_group;
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

static void hide_small_week(struct adoption_week *w, long min_group)
{
	if (w->licensed >= (double)min_group)
		return;
	w->small = true;
	w->active = w->rate = w->logins_per_active = 0;
	w->has_rate = w->has_logins_per_active = false;
}

static void hide_small_weeks(struct adoption_series *s, long min_group)
{
	for (size_t i = 0; i < s->n; i++)
		hide_small_week(&s->weeks[i], min_group);
	if (s->has_at)
		hide_small_week(&s->at, min_group);
}

void adoption_report_min_group(struct adoption_report *r, long min_group)
{
	r->min_group = min_group;
	struct adoption_series other = { .name = xstrdup(""), .scope = xstrdup("other"), .other = true };
	size_t *newpos = xcalloc(r->ngroups + 1, sizeof *newpos);
	size_t kept = 0;
	for (size_t i = 0; i < r->ngroups; i++) {
		struct adoption_series *g = &r->groups[i];
		if (!small_series(g, min_group)) {
			newpos[i] = kept;
			r->groups[kept++] = *g;
			continue;
		}
		newpos[i] = SIZE_MAX;
		/* Weeks are few (a report shows some dozen): a linear merge is fine. */
		for (size_t k = 0; k < g->n; k++) {
			struct adoption_week *w = other_week(&other, g->weeks[k].date);
			w->licensed += g->weeks[k].licensed;
			w->active += g->weeks[k].active;
			w->in_progress = g->weeks[k].in_progress;
		}
		r->small = xrealloc(r->small, (r->nsmall + 1) * sizeof *r->small);
		r->small[r->nsmall++] = g->name;
		free(g->scope);
		free(g->weeks);
	}
	size_t nleast = 0;
	for (size_t k = 0; k < r->nleast; k++)
		if (newpos[r->least[k]] != SIZE_MAX)
			r->least[nleast++] = newpos[r->least[k]];
	r->nleast = nleast;
	free(newpos);
	r->ngroups = kept;
	for (size_t i = 0; i < kept; i++)
		hide_small_weeks(&r->groups[i], min_group);
	if (!r->nsmall) {
		free(other.name);
		free(other.scope);
		return;
	}
	for (size_t k = 0; k < other.n; k++) {
		struct adoption_week *w = &other.weeks[k];
		if (w->licensed > 0) {
			w->rate = w->active / w->licensed;
			w->has_rate = true;
		}
		if (!strcmp(w->date, r->week)) {
			other.at = *w;
			other.has_at = true;
		}
	}
	hide_small_weeks(&other, min_group);
	r->groups = xrealloc(r->groups, (r->ngroups + 1) * sizeof *r->groups);
	r->groups[r->ngroups++] = other;
}
