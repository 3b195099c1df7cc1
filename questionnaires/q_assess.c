/* q_assess: the readiness and capability-gap assessment.
 *
 * Answers are accumulated per respondent as weighted sums per dimension;
 * q_assess_finish turns them into respondent dimension scores, then into
 * organisation and group figures. Distinct raw answers per question are
 * parsed once and counted (a survey of 100,000 people has a handful of
 * distinct answers per question), which also gives answer() and share().
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "q_internal.h"

/* ---- accumulation state ---- */

/* One distinct raw answer to a question, parsed once. */
struct distinct_answer {
	struct q_answer parsed;
	size_t count;
};

struct question_acc {
	struct q_str_map by_raw;           /* raw -> index in answers */
	struct distinct_answer *answers;
	size_t nanswers, cap;
};

struct raw_comment {
	size_t respondent, question;
	char *text;
};

struct respondent_acc {
	size_t group[Q_BY_COUNT];        /* index in the by's group list */
};

struct q_assess_data {
	struct respondent_acc *resp;
	size_t cap;
	double *sum, *wsum;              /* [respondent * ndim + dim] */
	struct question_acc *questions;
	struct q_str_map groups[Q_BY_COUNT];
	char **group_names[Q_BY_COUNT];
	size_t ngroup_names[Q_BY_COUNT], group_cap[Q_BY_COUNT];
	double *level_sum;               /* per capability */
	size_t *level_count;
	long *target;                    /* per capability: override or 0 */
	struct raw_comment *comments;    /* text answers as given */
	size_t ncomments, comments_cap;
	bool finished;
};

const char *q_by_name(enum q_by by)
{
	return by == Q_BY_ROLE ? "role" : "department";
}

const char *q_by_label(enum q_by by)
{
	return by == Q_BY_ROLE ? _("role") : _("department");
}

bool q_by_parse(const char *s, enum q_by *out)
{
	if (!strcmp(s, "department")) {
		*out = Q_BY_DEPARTMENT;
		return true;
	}
	if (!strcmp(s, "role")) {
		*out = Q_BY_ROLE;
		return true;
	}
	return false;
}

struct q_assessment *q_assess_new(const struct questionnaire *q, size_t min_group)
{
	struct q_assessment *a = xcalloc(1, sizeof *a);
	a->q = q;
	a->min_group = min_group < Q_MIN_GROUP_FLOOR ? Q_MIN_GROUP_FLOOR : min_group;
	a->data = xcalloc(1, sizeof *a->data);
	a->data->questions = xcalloc(q->nquestions + 1, sizeof *a->data->questions);
	a->data->level_sum = xcalloc(q->ncapabilities + 1, sizeof *a->data->level_sum);
	a->data->level_count = xcalloc(q->ncapabilities + 1, sizeof *a->data->level_count);
	a->data->target = xcalloc(q->ncapabilities + 1, sizeof *a->data->target);
	return a;
}

size_t q_assess_respondent(struct q_assessment *a, const char *department, const char *role)
{
	struct q_assess_data *x = a->data;
	size_t nd = a->q->ndimensions;
	size_t r = a->respondents;
	if (r == x->cap) {
		size_t cap = x->cap ? x->cap * 2 : 64;
		x->resp = xrealloc(x->resp, cap * sizeof *x->resp);
		x->sum = xrealloc(x->sum, (cap * nd + 1) * sizeof *x->sum);
		x->wsum = xrealloc(x->wsum, (cap * nd + 1) * sizeof *x->wsum);
		x->cap = cap;
	}
	const char *names[Q_BY_COUNT] = { department ? department : "", role ? role : "" };
	for (int by = 0; by < Q_BY_COUNT; by++) {
		size_t g = q_str_map_get(&x->groups[by], names[by]);
		if (g == SIZE_MAX) {
			g = x->ngroup_names[by];
			XGROW(x->group_names[by], x->group_cap[by], g + 1);
			x->group_names[by][g] = xstrdup(names[by]);
			x->ngroup_names[by]++;
			q_str_map_put(&x->groups[by], names[by], g);
		}
		x->resp[r].group[by] = g;
	}
	for (size_t d = 0; d < nd; d++)
		x->sum[r * nd + d] = x->wsum[r * nd + d] = 0;
	a->respondents++;
	return r;
}

bool q_assess_answer(struct q_assessment *a, size_t r, size_t qi, const char *raw, char **err)
{
	*err = NULL;
	const struct q_question *qq = &a->q->questions[qi];
	struct question_acc *acc = &a->data->questions[qi];
	size_t k = q_str_map_get(&acc->by_raw, raw);
	if (k == SIZE_MAX) {
		struct q_answer ans;
		if (!q_answer_parse(a->q, qq, raw, &ans, err))
			return false;
		k = acc->nanswers;
		XGROW(acc->answers, acc->cap, k + 1);
		acc->answers[k].parsed = ans;
		acc->answers[k].count = 0;
		acc->nanswers++;
		q_str_map_put(&acc->by_raw, raw, k);
	}
	struct distinct_answer *da = &acc->answers[k];
	da->count++;
	const struct q_answer *ans = &da->parsed;
	if ((ans->kind == Q_ANSWER_SCORED || ans->kind == Q_ANSWER_LEVEL) && qq->weight > 0) {
		size_t nd = a->q->ndimensions;
		a->data->sum[r * nd + qq->dimension] += qq->weight * ans->score;
		a->data->wsum[r * nd + qq->dimension] += qq->weight;
	}
	if (ans->kind == Q_ANSWER_UNSCORED && !q_type_info(qq->type)->scored && *ans->canonical) {
		struct q_assess_data *x = a->data;
		XGROW(x->comments, x->comments_cap, x->ncomments + 1);
		x->comments[x->ncomments++] = (struct raw_comment){ r, qi, xstrdup(ans->canonical) };
	}
	if (ans->kind == Q_ANSWER_LEVEL && qq->capability >= 0) {
		a->data->level_sum[qq->capability] += ans->level;
		a->data->level_count[qq->capability]++;
	}
	return true;
}

void q_assess_target(struct q_assessment *a, size_t ci, long target)
{
	a->data->target[ci] = target;
}

/* ---- finishing ---- */

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Groups of one kind sorted by name; map[g] = the group's place in a->groups. */
static void build_groups(struct q_assessment *a, enum q_by by, size_t *map)
{
	struct q_assess_data *x = a->data;
	size_t n = x->ngroup_names[by];
	char **sorted = xmalloc((n + 1) * sizeof *sorted);
	if (n) {
		memcpy(sorted, x->group_names[by], n * sizeof *sorted);
		qsort(sorted, n, sizeof *sorted, cmp_str);
	}
	for (size_t i = 0; i < n; i++) {
		size_t g = q_str_map_get(&x->groups[by], sorted[i]);
		map[g] = a->ngroups;
		struct q_group *grp = &a->groups[a->ngroups++];
		grp->by = by;
		grp->name = xstrdup(sorted[i]);
		grp->dims = xcalloc(a->q->ndimensions + 1, sizeof *grp->dims);
	}
	free(sorted);
}

/* Weighted mean (dimension weights) of the figures that have data. */
static bool weighted_index(const struct questionnaire *q, const struct q_figure *dims, double *out)
{
	double sum = 0, w = 0;
	for (size_t d = 0; d < q->ndimensions; d++)
		if (dims[d].has_data) {
			sum += q->dimensions[d].weight * dims[d].score;
			w += q->dimensions[d].weight;
		}
	if (w <= 0)
		return false;
	*out = sum / w;
	return true;
}

static void finish_questions(struct q_assessment *a)
{
	for (size_t qi = 0; qi < a->q->nquestions; qi++) {
		struct question_acc *acc = &a->data->questions[qi];
		struct q_question_stats *st = &a->questions[qi];
		bool level = q_type_info(a->q->questions[qi].type)->capability;
		/* Distinct raw answers may share a canonical form ("Y", "yes"):
		 * add their counts up before picking the most common. */
		struct q_str_map canon = { 0 };
		size_t *counts = xcalloc(acc->nanswers + 1, sizeof *counts);
		double sum = 0;
		for (size_t k = 0; k < acc->nanswers; k++) {
			const struct distinct_answer *da = &acc->answers[k];
			if (da->parsed.kind == Q_ANSWER_EMPTY)
				continue;
			st->answered += da->count;
			if (da->parsed.kind == Q_ANSWER_NA)
				st->na += da->count;
			if (da->parsed.kind == Q_ANSWER_SCORED || da->parsed.kind == Q_ANSWER_LEVEL) {
				st->scored += da->count;
				sum += (double)da->count * (level ? da->parsed.level : da->parsed.score);
			}
			size_t c = q_str_map_get(&canon, da->parsed.canonical);
			if (c == SIZE_MAX) {
				c = k;
				q_str_map_put(&canon, da->parsed.canonical, k);
			}
			counts[c] += da->count;
		}
		if (st->scored) {
			st->has_mean = true;
			st->mean = sum / (double)st->scored;
		}
		for (size_t k = 0; k < acc->nanswers; k++) {
			if (!counts[k])
				continue;
			const char *c = acc->answers[k].parsed.canonical;
			if (!st->most_common || counts[k] > st->most_common_count ||
			    (counts[k] == st->most_common_count && strcmp(c, st->most_common) < 0)) {
				st->most_common = c;
				st->most_common_count = counts[k];
			}
		}
		free(counts);
		q_str_map_release(&canon);
	}
}

static void finish_caps(struct q_assessment *a)
{
	const struct questionnaire *q = a->q;
	for (size_t c = 0; c < q->ncapabilities; c++) {
		struct q_cap_result *cr = &a->caps[c];
		cr->target = a->data->target[c] ? a->data->target[c] : q->capabilities[c].target;
		cr->target_overridden = a->data->target[c] != 0;
		cr->respondents = a->data->level_count[c];
		if (!cr->respondents)
			continue;
		cr->has_data = true;
		cr->current = a->data->level_sum[c] / (double)a->data->level_count[c];
		cr->gap = (double)cr->target - cr->current;
		if (cr->gap < 0)
			cr->gap = 0;
		cr->priority = cr->gap * (double)q->capabilities[c].importance;
	}
}

static void finish_gaps(struct q_assessment *a)
{
	size_t nd = a->q->ndimensions;
	for (int by = 0; by < Q_BY_COUNT; by++)
		for (size_t d = 0; d < nd; d++) {
			struct q_perception_gap *pg = &a->gaps[(size_t)by * nd + d];
			pg->dimension = d;
			pg->by = (enum q_by)by;
			size_t compared = 0;
			for (size_t g = 0; g < a->ngroups; g++) {
				const struct q_group *grp = &a->groups[g];
				/* A group score from fewer than min_group people is an
				 * individual's view, not a group's: leave it out. */
				if (grp->by != (enum q_by)by || grp->other || !grp->dims[d].has_data ||
				    grp->dims[d].respondents < a->min_group)
					continue;
				compared++;
				if (!pg->highest || grp->dims[d].score > pg->highest->dims[d].score)
					pg->highest = grp;
				if (!pg->lowest || grp->dims[d].score < pg->lowest->dims[d].score)
					pg->lowest = grp;
			}
			if (compared >= 2) {
				pg->has_data = true;
				pg->gap = pg->highest->dims[d].score - pg->lowest->dims[d].score;
			} else {
				pg->highest = pg->lowest = NULL;
			}
		}
}

/* A figure resting on fewer than min_group respondents is one person's (or
 * a few people's) view: it is dropped, whatever group it belongs to. */
static void drop_small_figures(struct q_assessment *a, struct q_group *grp)
{
	grp->compared = grp->respondents >= a->min_group && !grp->merged;
	for (size_t d = 0; d < a->q->ndimensions; d++)
		if (!grp->compared || grp->dims[d].respondents < a->min_group) {
			grp->dims[d].has_data = false;
			grp->dims[d].score = grp->dims[d].spread = 0;
		}
}

/* Complementary suppression per dimension: the respondents of a kind whose
 * figure in a dimension is not shown (other's, or a group's that too few
 * answered) are either none or at least min_group; else the smallest shown
 * figure of the dimension is dropped too, so that the whole minus the shown
 * groups never gives away fewer than min_group people. */
static void suppress_dims(struct q_assessment *a)
{
	for (int by = 0; by < Q_BY_COUNT; by++)
		for (size_t d = 0; d < a->q->ndimensions; d++) {
			size_t hidden = 0;
			for (size_t g = 0; g < a->ngroups; g++) {
				const struct q_group *grp = &a->groups[g];
				if (grp->by == (enum q_by)by && !grp->merged && !grp->dims[d].has_data)
					hidden += grp->dims[d].respondents;
			}
			while (hidden > 0 && hidden < a->min_group) {
				struct q_group *pick = NULL;
				for (size_t g = 0; g < a->ngroups; g++) {
					struct q_group *grp = &a->groups[g];
					if (grp->by != (enum q_by)by || grp->merged || !grp->dims[d].has_data)
						continue;
					if (!pick || grp->dims[d].respondents < pick->dims[d].respondents ||
					    (grp->dims[d].respondents == pick->dims[d].respondents &&
					     strcmp(grp->name, pick->name) < 0))
						pick = grp;
				}
				if (!pick)
					break;
				hidden += pick->dims[d].respondents;
				pick->dims[d].has_data = false;
				pick->dims[d].score = pick->dims[d].spread = 0;
			}
		}
}

/* Each text answer with the group it may be shown with (see q_comment). */
static void finish_comments(struct q_assessment *a, size_t *const gmap[Q_BY_COUNT],
			    const size_t other[Q_BY_COUNT])
{
	struct q_assess_data *x = a->data;
	a->comments = xcalloc(x->ncomments + 1, sizeof *a->comments);
	for (size_t i = 0; i < x->ncomments; i++) {
		const struct raw_comment *c = &x->comments[i];
		const struct q_group *g = &a->groups[gmap[Q_BY_DEPARTMENT][x->resp[c->respondent].group[Q_BY_DEPARTMENT]]];
		if (!g->compared)
			g = other[Q_BY_DEPARTMENT] != SIZE_MAX && a->groups[other[Q_BY_DEPARTMENT]].compared
				? &a->groups[other[Q_BY_DEPARTMENT]] : NULL;
		a->comments[i] = (struct q_comment){ c->question, g, c->text };
	}
	a->ncomments = x->ncomments;
	/* By question, keeping the stored order within one (a stable sort
	 * by counting: questions are few). */
	size_t nq = a->q->nquestions;
	size_t *start = xcalloc(nq + 1, sizeof *start);
	for (size_t i = 0; i < a->ncomments; i++)
		start[a->comments[i].question + 1]++;
	for (size_t k = 0; k < nq; k++)
		start[k + 1] += start[k];
	struct q_comment *sorted = xcalloc(a->ncomments + 1, sizeof *sorted);
	for (size_t i = 0; i < a->ncomments; i++)
		sorted[start[a->comments[i].question]++] = a->comments[i];
	free(a->comments);
	a->comments = sorted;
	free(start);
}

void q_assess_finish(struct q_assessment *a)
{
	struct q_assess_data *x = a->data;
	const struct questionnaire *q = a->q;
	size_t nd = q->ndimensions;
	if (x->finished)
		return;
	x->finished = true;
	a->dims = xcalloc(nd + 1, sizeof *a->dims);
	a->groups = xcalloc(x->ngroup_names[0] + x->ngroup_names[1] + Q_BY_COUNT + 1, sizeof *a->groups);
	size_t *gmap[Q_BY_COUNT], *size[Q_BY_COUNT], other[Q_BY_COUNT];
	bool *merged[Q_BY_COUNT];
	for (int by = 0; by < Q_BY_COUNT; by++) {
		gmap[by] = xcalloc(x->ngroup_names[by] + 1, sizeof *gmap[by]);
		size[by] = xcalloc(x->ngroup_names[by] + 1, sizeof *size[by]);
		build_groups(a, (enum q_by)by, gmap[by]);
	}
	for (size_t r = 0; r < a->respondents; r++)
		for (int by = 0; by < Q_BY_COUNT; by++)
			size[by][x->resp[r].group[by]]++;
	/* The groups of each kind that count in other: the small ones and
	 * (complementary suppression) the next smallest while other has some
	 * respondents but fewer than min_group, which subtracting the shown
	 * groups from the whole would give away. */
	for (int by = 0; by < Q_BY_COUNT; by++) {
		size_t n = x->ngroup_names[by];
		double *people = xcalloc(n + 1, sizeof *people);
		merged[by] = xcalloc(n + 1, sizeof *merged[by]);
		for (size_t g = 0; g < n; g++)
			people[g] = (double)size[by][g];
		anonymity_merge(people, (const char *const *)x->group_names[by], n,
				(double)a->min_group, merged[by]);
		free(people);
		for (size_t g = 0; g < n; g++)
			if (merged[by][g])
				a->groups[gmap[by][g]].merged = true;
	}
	/* The other group of each kind that has merged groups. */
	for (int by = 0; by < Q_BY_COUNT; by++) {
		other[by] = SIZE_MAX;
		for (size_t g = 0; g < x->ngroup_names[by] && other[by] == SIZE_MAX; g++)
			if (merged[by][g]) {
				other[by] = a->ngroups;
				struct q_group *grp = &a->groups[a->ngroups++];
				grp->by = (enum q_by)by;
				grp->name = xstrdup("");
				grp->other = true;
				grp->dims = xcalloc(nd + 1, sizeof *grp->dims);
			}
	}
	/* The groups respondent r counts in: its own, and the other group when
	 * its own is small. */
#define EACH_GROUP(r, by, g, body) \
	for (int by = 0; by < Q_BY_COUNT; by++) { \
		size_t own_ = x->resp[r].group[by]; \
		size_t g = gmap[by][own_]; \
		body \
		if (merged[by][own_]) { \
			g = other[by]; \
			body \
		} \
	}
	a->gaps = xcalloc((size_t)Q_BY_COUNT * nd + 1, sizeof *a->gaps);
	a->caps = xcalloc(q->ncapabilities + 1, sizeof *a->caps);
	a->questions = xcalloc(q->nquestions + 1, sizeof *a->questions);

	/* Pass 1: respondent dimension scores into sums per dimension and group. */
	double *total = xcalloc(nd + 1, sizeof *total);
	double *gtotal = xcalloc(a->ngroups * nd + 1, sizeof *gtotal);
	for (size_t r = 0; r < a->respondents; r++) {
		EACH_GROUP(r, by, g, a->groups[g].respondents++;)
		for (size_t d = 0; d < nd; d++) {
			double w = x->wsum[r * nd + d];
			if (w <= 0)
				continue;
			double s = x->sum[r * nd + d] / w;
			x->sum[r * nd + d] = s;     /* from here on: the respondent's score */
			total[d] += s;
			a->dims[d].respondents++;
			EACH_GROUP(r, by, g, {
				gtotal[g * nd + d] += s;
				a->groups[g].dims[d].respondents++;
			})
		}
	}
	for (size_t d = 0; d < nd; d++)
		if (a->dims[d].respondents) {
			a->dims[d].has_data = true;
			a->dims[d].score = total[d] / (double)a->dims[d].respondents;
		}
	for (size_t g = 0; g < a->ngroups; g++)
		for (size_t d = 0; d < nd; d++) {
			struct q_figure *f = &a->groups[g].dims[d];
			if (f->respondents) {
				f->has_data = true;
				f->score = gtotal[g * nd + d] / (double)f->respondents;
			}
		}

	/* Pass 2: population standard deviations around those means. */
	memset(total, 0, (nd + 1) * sizeof *total);
	memset(gtotal, 0, (a->ngroups * nd + 1) * sizeof *gtotal);
	for (size_t r = 0; r < a->respondents; r++)
		for (size_t d = 0; d < nd; d++) {
			if (x->wsum[r * nd + d] <= 0)
				continue;
			double s = x->sum[r * nd + d], dev = s - a->dims[d].score;
			total[d] += dev * dev;
			EACH_GROUP(r, by, g, {
				double gd = s - a->groups[g].dims[d].score;
				gtotal[g * nd + d] += gd * gd;
			})
		}
#undef EACH_GROUP
	for (size_t d = 0; d < nd; d++)
		if (a->dims[d].has_data)
			a->dims[d].spread = sqrt(total[d] / (double)a->dims[d].respondents);
	for (size_t g = 0; g < a->ngroups; g++) {
		struct q_group *grp = &a->groups[g];
		for (size_t d = 0; d < nd; d++)
			if (grp->dims[d].has_data)
				grp->dims[d].spread = sqrt(gtotal[g * nd + d] / (double)grp->dims[d].respondents);
		drop_small_figures(a, grp);
	}
	suppress_dims(a);
	for (size_t g = 0; g < a->ngroups; g++)
		a->groups[g].has_index = weighted_index(q, a->groups[g].dims, &a->groups[g].index);
	free(total);
	free(gtotal);

	a->has_index = weighted_index(q, a->dims, &a->index);
	a->level = NULL;
	for (size_t l = 0; a->has_index && l < q->nlevels; l++)
		if (q->levels[l].min <= a->index)
			a->level = &q->levels[l];
	finish_gaps(a);
	finish_caps(a);
	finish_questions(a);
	finish_comments(a, gmap, other);
	for (int by = 0; by < Q_BY_COUNT; by++) {
		free(gmap[by]);
		free(size[by]);
		free(merged[by]);
	}
}

void q_assess_free(struct q_assessment *a)
{
	if (!a)
		return;
	struct q_assess_data *x = a->data;
	for (size_t qi = 0; qi < a->q->nquestions; qi++) {
		struct question_acc *acc = &x->questions[qi];
		for (size_t k = 0; k < acc->nanswers; k++)
			q_answer_release(&acc->answers[k].parsed);
		free(acc->answers);
		q_str_map_release(&acc->by_raw);
	}
	free(x->questions);
	for (int by = 0; by < Q_BY_COUNT; by++) {
		for (size_t g = 0; g < x->ngroup_names[by]; g++)
			free(x->group_names[by][g]);
		free(x->group_names[by]);
		q_str_map_release(&x->groups[by]);
	}
	free(x->resp);
	free(x->sum);
	free(x->wsum);
	free(x->level_sum);
	free(x->level_count);
	free(x->target);
	for (size_t i = 0; i < x->ncomments; i++)
		free(x->comments[i].text);
	free(x->comments);
	free(x);
	free(a->comments);
	for (size_t g = 0; g < a->ngroups; g++) {
		free(a->groups[g].name);
		free(a->groups[g].dims);
	}
	free(a->groups);
	free(a->dims);
	free(a->gaps);
	free(a->caps);
	free(a->questions);
	free(a);
}

/* ---- lookups ---- */

bool q_assess_index(const struct q_assessment *a, double *out)
{
	if (a->has_index)
		*out = a->index;
	return a->has_index;
}

bool q_assess_score(const struct q_assessment *a, size_t dim, double *out)
{
	if (dim >= a->q->ndimensions || !a->dims[dim].has_data)
		return false;
	*out = a->dims[dim].score;
	return true;
}

const struct q_group *q_assess_group(const struct q_assessment *a, enum q_by by, const char *name)
{
	for (size_t g = 0; g < a->ngroups; g++)
		if (a->groups[g].by == by && !a->groups[g].other && !strcmp(a->groups[g].name, name))
			return &a->groups[g];
	for (size_t g = 0; g < a->ngroups; g++)
		if (a->groups[g].by == by && !a->groups[g].other && !strcasecmp(a->groups[g].name, name))
			return &a->groups[g];
	return NULL;
}

bool q_assess_group_score(const struct q_assessment *a, size_t dim, enum q_by by,
			  const char *name, double *out)
{
	const struct q_group *g = q_assess_group(a, by, name);
	if (!g || dim >= a->q->ndimensions || !g->dims[dim].has_data)
		return false;
	*out = g->dims[dim].score;
	return true;
}

bool q_assess_spread(const struct q_assessment *a, size_t dim, double *out)
{
	if (dim >= a->q->ndimensions || !a->dims[dim].has_data)
		return false;
	*out = a->dims[dim].spread;
	return true;
}

bool q_assess_perception_gap(const struct q_assessment *a, size_t dim, enum q_by by, double *out)
{
	if (dim >= a->q->ndimensions)
		return false;
	const struct q_perception_gap *pg = &a->gaps[(size_t)by * a->q->ndimensions + dim];
	if (!pg->has_data)
		return false;
	*out = pg->gap;
	return true;
}

bool q_assess_current(const struct q_assessment *a, size_t cap, double *out)
{
	if (cap >= a->q->ncapabilities || !a->caps[cap].has_data)
		return false;
	*out = a->caps[cap].current;
	return true;
}

bool q_assess_gap(const struct q_assessment *a, size_t cap, double *out)
{
	if (cap >= a->q->ncapabilities || !a->caps[cap].has_data)
		return false;
	*out = a->caps[cap].gap;
	return true;
}

bool q_assess_answer_mean(const struct q_assessment *a, size_t qi, double *out)
{
	if (qi >= a->q->nquestions || !a->questions[qi].has_mean)
		return false;
	*out = a->questions[qi].mean;
	return true;
}

const char *q_assess_answer_mode(const struct q_assessment *a, size_t qi)
{
	return qi < a->q->nquestions ? a->questions[qi].most_common : NULL;
}

/* True when the multi answer "a;b;c" holds option id. */
static bool multi_has(const char *canonical, const char *id)
{
	size_t n = strlen(id);
	for (const char *p = canonical; *p;) {
		size_t k = strcspn(p, ";");
		if (k == n && !strncmp(p, id, n))
			return true;
		p += k;
		if (*p == ';')
			p++;
	}
	return false;
}

bool q_assess_share(const struct q_assessment *a, size_t qi, const char *value, double *out)
{
	if (qi >= a->q->nquestions || !a->questions[qi].answered)
		return false;
	const struct q_question *qq = &a->q->questions[qi];
	const struct question_acc *acc = &a->data->questions[qi];
	/* Read value as an answer to the question, so "Y" finds "yes". */
	struct q_answer want;
	char *err;
	char *key = q_answer_parse(a->q, qq, value, &want, &err) ? xstrdup(want.canonical)
								 : xstrdup(value);
	if (!err)
		q_answer_release(&want);
	free(err);
	size_t hits = 0;
	for (size_t k = 0; k < acc->nanswers; k++) {
		const struct q_answer *ans = &acc->answers[k].parsed;
		if (ans->kind == Q_ANSWER_EMPTY)
			continue;
		if (!strcmp(ans->canonical, key) ||
		    (q_type_info(qq->type)->several && ans->kind == Q_ANSWER_SCORED && multi_has(ans->canonical, key)))
			hits += acc->answers[k].count;
	}
	free(key);
	*out = (double)hits / (double)a->questions[qi].answered;
	return true;
}

size_t q_assess_respondents(const struct q_assessment *a)
{
	return a->respondents;
}

/* < 0 when capability i comes before j in the priority order. */
static int cmp_priority(const struct q_assessment *as, size_t i, size_t j)
{
	const struct q_cap_result *a = &as->caps[i], *b = &as->caps[j];
	if (a->has_data != b->has_data)
		return a->has_data ? -1 : 1;
	if (a->has_data && a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	if (a->has_data && a->gap != b->gap)
		return a->gap > b->gap ? -1 : 1;
	return strcmp(as->q->capabilities[i].id, as->q->capabilities[j].id);
}

size_t *q_assess_caps_by_priority(const struct q_assessment *a)
{
	size_t n = a->q->ncapabilities;
	size_t *order = xmalloc((n + 1) * sizeof *order);
	/* A capability model has a few dozen entries: insertion sort. */
	for (size_t i = 0; i < n; i++) {
		size_t k = i;
		while (k > 0 && cmp_priority(a, order[k - 1], i) > 0) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = i;
	}
	return order;
}
