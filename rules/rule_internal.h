/* Private to rules/: what the loader, the lookup and the evaluator share. */
#ifndef CRMREADY_RULE_INTERNAL_H
#define CRMREADY_RULE_INTERNAL_H

#include "rules.h"

/* The functions of rule conditions, indexes into the loader's table. */
enum rule_func {
	RF_SCORE, RF_INDEX, RF_ANSWER, RF_SHARE, RF_RESPONDENTS, RF_GAP, RF_CURRENT,
	RF_SPREAD, RF_PERCEPTION_GAP, RF_METRIC, RF_METRIC_MIN, RF_METRIC_MAX, RF_COUNT,
};

/* Initiative ids of every known catalogue (shipped and in the workspace). */
const char *const *rule_refs_initiatives(struct rule_refs *r, size_t *n, struct diag *d);

#endif
