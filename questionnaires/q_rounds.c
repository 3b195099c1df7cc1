/* q_rounds: the rounds (waves) of a survey: which names are valid, which
 * round a command reads or writes, and what moved from one round to the
 * next with the anonymity threshold kept on both sides. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../store/store.h"
#include "questionnaire.h"

bool q_round_name_valid(const char *name)
{
	size_t n = strlen(name);
	if (!n || !utf8_valid(name, n, NULL) || utf8_len(name) > Q_ROUND_NAME_MAX)
		return false;
	if (name[0] == '-' || name[0] == ' ' || name[n - 1] == ' ')
		return false;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if (*p < 0x20 || *p == 0x7f || *p == '/' || *p == '\\')
			return false;
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)   /* C1 controls */
			return false;
	}
	return true;
}

struct names {
	char **v;
	size_t n, cap;
};

static bool collect_name(const struct store_round *r, void *arg)
{
	struct names *l = arg;
	XGROW(l->v, l->cap, l->n + 2);
	l->v[l->n++] = xstrdup(r->name);
	l->v[l->n] = NULL;
	return true;
}

static void names_release(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
}

/* "no round NAME of Q", with the closest round name or the list. */
static void unknown_round(struct store *st, const struct questionnaire *q, const char *name,
			  struct diag *d)
{
	struct names l = { 0 };
	struct diag quiet = { 0 };
	store_round_each(st, q->id, collect_name, &l, &quiet);
	diag_release(&quiet);
	char *safe = text_sanitize(name);
	const char *close = l.n ? text_closest(name, (const char *const *)l.v, l.n) : NULL;
	if (!l.n)
		diag_fail(d, EXIT_DATAERR, _("no survey rounds of %s: 'crmready survey import %s "
			  "FILE' adds one"), q->id, q->id);
	else if (close)
		diag_fail(d, EXIT_DATAERR, _("no survey round '%s' of %s; did you mean '%s'?"),
			  safe, q->id, close);
	else
		diag_fail(d, EXIT_DATAERR, _("no survey round '%s' of %s; 'crmready survey rounds "
			  "%s' lists them"), safe, q->id, q->id);
	free(safe);
	names_release(&l);
}

long q_round_find(struct store *st, const struct questionnaire *q, const char *name,
		  struct diag *d)
{
	long id = store_round_find(st, q->id, name, d);
	if (id == 0)
		unknown_round(st, q, name ? name : "", d);
	return id > 0 ? id : -1;
}

long q_round_for_answers(struct store *st, const struct questionnaire *q, const char *name,
			 const char *today, struct diag *d)
{
	long id = store_round_find(st, q->id, name ? name : today, d);
	if (id == 0)
		id = store_round_add(st, q->id, name ? name : today, today, d);
	return id;
}

/* ---- deltas ---- */

static struct q_delta delta_of(bool h1, double v1, size_t n1, bool h2, double v2, size_t n2)
{
	struct q_delta x = { .n_from = n1, .n_to = n2 };
	x.has_from = h1;
	x.has_to = h2;
	x.from = v1;
	x.to = v2;
	x.has_data = h1 && h2;
	x.delta = x.has_data ? v2 - v1 : 0;
	return x;
}

struct q_delta q_delta_index(const struct q_assessment *a1, const struct q_assessment *a2)
{
	return delta_of(a1->has_index, a1->index, a1->respondents,
			a2->has_index, a2->index, a2->respondents);
}

struct q_delta q_delta_dimension(const struct q_assessment *a1, const struct q_assessment *a2,
				 size_t dim)
{
	const struct q_figure *f1 = &a1->dims[dim], *f2 = &a2->dims[dim];
	return delta_of(f1->has_data, f1->score, f1->respondents,
			f2->has_data, f2->score, f2->respondents);
}

/* A group whose figures an assessment shows: not small, not merged. */
static const struct q_group *shown_group(const struct q_assessment *a, enum q_by by,
					 const char *name)
{
	const struct q_group *g = q_assess_group(a, by, name);
	return g && g->compared && !g->merged && !g->other ? g : NULL;
}

struct q_delta q_delta_group(const struct q_assessment *a1, const struct q_assessment *a2,
			     enum q_by by, const char *name, long dim)
{
	const struct q_group *g1 = shown_group(a1, by, name), *g2 = shown_group(a2, by, name);
	struct q_delta x = { 0 };
	x.suppressed = !g1 || !g2;
	if (x.suppressed)
		return x;   /* below the threshold in either round: no figure, no count */
	if (dim < 0)
		x = delta_of(g1->has_index, g1->index, g1->respondents,
			     g2->has_index, g2->index, g2->respondents);
	else
		x = delta_of(g1->dims[dim].has_data, g1->dims[dim].score, g1->respondents,
			     g2->dims[dim].has_data, g2->dims[dim].score, g2->respondents);
	return x;
}

struct q_delta q_delta_question(const struct q_assessment *a1, const struct q_assessment *a2,
				size_t qi)
{
	const struct q_question_stats *s1 = &a1->questions[qi], *s2 = &a2->questions[qi];
	return delta_of(s1->has_mean, s1->mean, s1->scored, s2->has_mean, s2->mean, s2->scored);
}

char **q_delta_group_names(const struct q_assessment *a1, const struct q_assessment *a2,
			   enum q_by by, size_t *n)
{
	struct names l = { 0 };
	const struct q_assessment *both[2] = { a2, a1 };
	for (size_t k = 0; k < 2; k++)
		for (size_t i = 0; i < both[k]->ngroups; i++) {
			const struct q_group *g = &both[k]->groups[i];
			if (g->by != by || g->other)
				continue;
			bool seen = false;
			for (size_t j = 0; j < l.n && !seen; j++)
				seen = !strcmp(l.v[j], g->name);
			if (!seen) {
				XGROW(l.v, l.cap, l.n + 2);
				l.v[l.n++] = xstrdup(g->name);
				l.v[l.n] = NULL;
			}
		}
	*n = l.n;
	return l.v;
}
