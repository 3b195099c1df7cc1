/* The plan's goals after a plan build: the catalogue's phase goal templates
 * made into goals, in step with what the workspace already holds.
 *
 * - A template whose scope names a department or wave the roster does not
 *   have is left out (with its sub-goals) and recorded as skipped; with no
 *   roster yet nothing can be checked and every template is made.
 * - A goal already there with the template's phase, metric, scope and
 *   parent keeps its row and id, so what is attached to it stays: the plan's
 *   own gets the template's comparison and target and the phase's due date;
 *   one that is yours (added, or edited with `goal set`) is left as it is.
 *   A goal the plan made with the same phase, metric and scope under another
 *   parent is the same goal too: it moves under the template's parent.
 * - Other templates become new goals.
 * - Goals the plan made that no template produces any more are removed; your
 *   sub-goals under them become top-level goals. Your goals always stay.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* name as words: " customer service " (ASCII letters lower-cased, every run
 * of other ASCII characters one space; other bytes kept), without a leading
 * "wave" word for a wave ("wave-1" and "1" are both " 1 "). */
static char *words_of(const char *name, bool wave)
{
	size_t n = strlen(name);
	char *w = xmalloc(n + 3), *o = w;
	*o++ = ' ';
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		bool word = *p >= 0x80 || (*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
			    (*p >= 'A' && *p <= 'Z');
		if (word)
			*o++ = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
		else if (o[-1] != ' ')
			*o++ = ' ';
	}
	if (o[-1] != ' ')
		*o++ = ' ';
	*o = '\0';
	if (wave && !strncmp(w, " wave", 5) && (w[5] == ' ' || (w[5] >= '0' && w[5] <= '9'))) {
		/* "wave1" and "wave 1" alike: drop the word, keep what follows */
		memmove(w + 1, w + 5 + (w[5] == ' '), strlen(w + 5 + (w[5] == ' ')) + 1);
		if (w[1] == '\0')
			strcpy(w, " wave ");
	}
	return w;
}

/* The roster's likely name for one it lacks: the one that matches as words
 * (case, punctuation and, for a wave, a leading "wave" aside); else the only
 * one that holds it, or that it holds, as whole words ("Service" in
 * "Customer Service"); else the closest spelling (text_closest); or NULL. */
static const char *likely_name(const char *name, char *const *names, size_t n, bool wave)
{
	char *want = words_of(name, wave);
	const char *same = NULL, *holds = NULL;
	size_t nholds = 0;
	for (size_t i = 0; i < n && !same; i++) {
		char *have = words_of(names[i], wave);
		if (!strcmp(have, want))
			same = names[i];
		else if (strcmp(want, " ") && strcmp(have, " ") &&
			 (strstr(have, want) || strstr(want, have))) {
			holds = names[i];
			nholds++;
		}
		free(have);
	}
	free(want);
	if (same)
		return same;
	if (nholds == 1)
		return holds;
	return nholds ? NULL : text_closest(name, (const char *const *)names, n);
}

bool plan_scope_in_roster(const char *scope, const struct store_roster_names *roster,
			  const char **close)
{
	*close = NULL;
	char *const *names;
	size_t n;
	const char *name;
	if (!strncmp(scope, "department=", 11)) {
		names = roster->departments;
		n = roster->ndepartments;
		name = scope + 11;
	} else if (!strncmp(scope, "wave=", 5)) {
		names = roster->waves;
		n = roster->nwaves;
		name = scope + 5;
	} else {
		return true;
	}
	if (roster->users == 0)
		return true;
	if (n && bsearch(&name, names, n, sizeof *names, by_name))
		return true;
	*close = n ? likely_name(name, names, n, names == roster->waves) : NULL;
	return false;
}

static bool roster_scope(const char *scope)
{
	return !strncmp(scope, "department=", 11) || !strncmp(scope, "wave=", 5);
}

struct sync {
	struct store *st;
	struct diag *d;
	struct store_goal *goals;   /* what the workspace held before */
	size_t ngoals;
	bool *used;                 /* goals[i] stands for a template */
	struct store_roster_names roster;
	struct plan_goal_sync *out;
	size_t phase;
	const char *phase_id;
	char due[11];
};

static size_t tree_size(const struct catalogue_goal *g)
{
	size_t n = 0;
	for (size_t i = 0; i < g->nsub_goals; i++)
		n += 1 + tree_size(&g->sub_goals[i]);
	return n;
}

static bool skip(struct sync *s, const struct catalogue_goal *g, long parent, const char *close)
{
	struct plan_goal_sync *o = s->out;
	XGROW(o->skipped, o->cap_skipped, o->nskipped + 1);
	o->skipped[o->nskipped++] = (struct plan_goal_skip){
		s->phase, g, parent, tree_size(g), close ? xstrdup(close) : NULL };
	struct store_plan_skip k = {
		.phase = (char *)s->phase_id, .metric = (char *)g->metric, .scope = (char *)g->scope,
		.op = (char *)goal_op_name(g->op), .close = (char *)close, .target = g->target,
		.parent = parent, .sub_goals = (long)tree_size(g) };
	return store_plan_skip_add(s->st, &k, s->d);
}

/* The goal held before that stands for template g under parent, or -1:
 * one with the same phase, metric, scope and parent; else one the plan
 * made with the same phase, metric and scope under another parent (the
 * catalogue moved the template: the goal moves with it). */
static long find(const struct sync *s, const struct catalogue_goal *g, long parent)
{
	long other = -1;
	for (size_t i = 0; i < s->ngoals; i++) {
		const struct store_goal *h = &s->goals[i];
		if (s->used[i] || strcmp(h->phase, s->phase_id) || strcmp(h->metric, g->metric) ||
		    strcmp(h->scope, g->scope))
			continue;
		if (h->parent == parent)
			return (long)i;
		if (other < 0 && !strcmp(h->origin, "plan"))
			other = (long)i;
	}
	return other;
}

static bool place(struct sync *s, const struct catalogue_goal *goals, size_t n, long parent)
{
	for (size_t i = 0; i < n; i++) {
		const struct catalogue_goal *g = &goals[i];
		const char *close;
		if (!plan_scope_in_roster(g->scope, &s->roster, &close)) {
			if (!skip(s, g, parent, close))
				return false;
			continue;
		}
		if (s->roster.users == 0 && roster_scope(g->scope))
			s->out->unchecked++;
		const char *op = goal_op_name(g->op);
		long k = find(s, g, parent), id;
		if (k >= 0) {
			struct store_goal *h = &s->goals[k];
			s->used[k] = true;
			id = h->id;
			if (strcmp(h->origin, "plan")) {
				s->out->yours++;
			} else {
				s->out->kept++;
				if (h->parent != parent) {
					if (!store_goal_set_parent(s->st, h->id, parent, s->d))
						return false;
					h->parent = parent;
				}
				if (strcmp(h->op, op) || h->target != g->target || strcmp(h->due, s->due)) {
					struct store_goal u = *h;
					u.op = (char *)op;
					u.target = g->target;
					u.due = s->due;
					if (!store_goal_update(s->st, &u, s->d))
						return false;
				}
			}
		} else {
			struct store_goal row = {
				.parent = parent, .phase = (char *)s->phase_id, .metric = (char *)g->metric,
				.scope = (char *)g->scope, .op = (char *)op, .due = s->due,
				.origin = "plan", .target = g->target,
			};
			if ((id = store_goal_add(s->st, &row, s->d)) < 0)
				return false;
			s->out->added++;
		}
		if (!place(s, g->sub_goals, g->nsub_goals, id))
			return false;
	}
	return true;
}

/* Remove the plan's goals no template stood for; the user's goals under
 * them become top-level first. */
static bool remove_unused(struct sync *s)
{
	struct plan_goal_sync *o = s->out;
	bool *gone = xcalloc(s->ngoals ? s->ngoals : 1, sizeof *gone);
	size_t ngone = 0;
	for (size_t i = 0; i < s->ngoals; i++)
		ngone += gone[i] = !s->used[i] && !strcmp(s->goals[i].origin, "plan");
	bool ok = true;
	for (size_t i = 0; ok && ngone && i < s->ngoals; i++) {
		if (gone[i] || !s->goals[i].parent)
			continue;
		for (size_t j = 0; j < s->ngoals; j++)
			if (s->goals[j].id == s->goals[i].parent) {
				if (gone[j]) {
					ok = store_goal_set_parent(s->st, s->goals[i].id, 0, s->d);
					o->detached++;
				}
				break;
			}
	}
	for (size_t i = 0; ok && i < s->ngoals; i++) {
		if (!gone[i])
			continue;
		/* Sub-goals made by the plan go with their parent (ON DELETE
		 * CASCADE); each is listed on its own all the same. */
		ok = store_goal_remove(s->st, s->goals[i].id, s->d) >= 0;
		XGROW(o->removed, o->cap_removed, o->nremoved + 1);
		o->removed[o->nremoved++] = s->goals[i];
		memset(&s->goals[i], 0, sizeof s->goals[i]);
	}
	free(gone);
	return ok;
}

bool plan_goals_sync(struct store *st, const struct plan *p, struct plan_goal_sync *out,
		     struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct sync s = { .st = st, .d = d, .out = out };
	if (!store_roster_names(st, &s.roster, d) ||
	    !store_goal_list(st, &s.goals, &s.ngoals, d)) {
		store_roster_names_release(&s.roster);
		return false;
	}
	s.used = xcalloc(s.ngoals ? s.ngoals : 1, sizeof *s.used);
	bool ok = true;
	const struct catalogue *c = p->cat;
	for (size_t i = 0; ok && i < c->nphases; i++) {
		s.phase = i;
		s.phase_id = c->phases[i].id;
		plan_date_format(p->phases[i].end, s.due);
		ok = place(&s, c->phases[i].goals, c->phases[i].ngoals, 0);
	}
	ok = ok && remove_unused(&s);
	for (size_t i = 0; i < s.ngoals; i++)
		store_goal_release(&s.goals[i]);
	free(s.goals);
	free(s.used);
	store_roster_names_release(&s.roster);
	return ok;
}

void plan_goal_sync_release(struct plan_goal_sync *s)
{
	for (size_t i = 0; i < s->nskipped; i++)
		free(s->skipped[i].close);
	free(s->skipped);
	for (size_t i = 0; i < s->nremoved; i++)
		store_goal_release(&s->removed[i]);
	free(s->removed);
	memset(s, 0, sizeof *s);
}
