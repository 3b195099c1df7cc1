/* engagement: everything the engagement knows, read once — the assessment
 * of each answered questionnaire and the findings of every rules set
 * evaluated against those same assessments — and what is made of it: the
 * inputs a rollout plan is built for.
 *
 * It sits above questionnaires/, rules/ and phases/ because it joins them:
 * rules read the plan catalogue (a rule names initiatives), so phases/
 * cannot read findings itself. Nothing here prints; errors go to a diag.
 */
#ifndef CRMREADY_ENGAGEMENT_H
#define CRMREADY_ENGAGEMENT_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "../rules/rules.h"
#include "../store/store.h"

/* ---- what the engagement knows (engagement.c) ---- */

struct engagement_options {
	const char *only;    /* comma-separated questionnaire ids to assess; NULL: all answered */
	long min_group;      /* below STORE_MIN_GROUP_MIN: the engagement's (store_min_group) */
	bool every;          /* assess every answered questionnaire, not only the
				readiness questionnaire and the capability model */
};

struct engagement_assessment {
	struct questionnaire *q;
	struct q_assessment *a;      /* has respondents */
};

struct engagement {
	long min_group;              /* the one the assessments were made with */
	char *readiness_id;          /* q_engagement: the engagement's readiness questionnaire */
	char *capabilities_id;       /* and capability model (answered or not) */
	struct engagement_assessment *assessed;  /* answered and chosen, by id */
	size_t nassessed;
	const struct q_assessment *readiness;     /* in assessed, or NULL */
	const struct q_assessment *capabilities;  /* in assessed, or NULL */
	struct rule_engagement rules;  /* every rules set, evaluated */
};

/* Assess the answered questionnaires o asks for, each read from the
 * workspace once, then evaluate every rules set against those assessments
 * (a rule reading another questionnaire, or reading under another minimum
 * group size, reads it itself). Every id in o->only must have answers
 * (else a usage error, 64). False with the reasons in d: a questionnaire or
 * its answers could not be read, or a rules set failed to load. e is to be
 * released either way. */
bool engagement_load(struct store *st, const struct engagement_options *o,
		     struct engagement *e, struct diag *d);
void engagement_release(struct engagement *e);

/* ---- the plan it asks for (engagement_plan.c) ---- */

/* What plan build selects from, read from the engagement: the readiness
 * dimensions' scores (titles in lang), the capability gaps and the
 * initiatives fired findings name; with no answers and no findings at all,
 * the whole catalogue. The ids point into e, which must outlive out. */
void engagement_plan_source(const struct engagement *e, lang_id lang,
			    struct plan_source *out);

/* A plan built and not yet saved, with everything it points into. */
struct engagement_plan {
	struct catalogue *cat;
	struct engagement eng;       /* what it was planned for, without an inputs file */
	struct plan_source src;
	struct plan plan;
};

/* Build the plan of catalogue (an id or a file) starting on day start for
 * the plan inputs file when not NULL (plan_source_read), else for what the
 * engagement knows. Nothing is written. False with the reasons in d; out
 * is to be released either way. */
bool engagement_plan_build(struct store *st, const char *catalogue, const char *inputs,
			   long start, lang_id lang, struct engagement_plan *out,
			   struct diag *d);
void engagement_plan_release(struct engagement_plan *p);

#endif
