/* What the plan, goal, metric and status commands share (cli/ only). */
#ifndef CRMREADY_PLAN_CLI_H
#define CRMREADY_PLAN_CLI_H

#include <jansson.h>
#include <stdio.h>

#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "../rules/rules.h"
#include "cli.h"

/* A number with no precision lost and no trailing noise ("0.1", not
 * "0.10000000000000001"). */
void plan_cli_num(char out[40], double v);

/* Check a metric name (when not NULL) and a scope (when not NULL): a usage
 * error (64) naming them otherwise; what prefixes the name's message
 * ("--metric: " or ""). */
bool plan_cli_check_metric(struct cli *cli, const char *what, const char *name,
			   const char *scope);

/* Print a JSON value to stdout as every command does, then free it. */
void plan_cli_json_print(json_t *v);

/* --today (default today) as YYYY-MM-DD and as a day number: the day goals
 * are judged on. False after a usage error (64). */
bool plan_cli_today(struct cli *cli, char today_s[11], long *today);

/* ---- plan inputs (cli/plan_inputs.c) ---- */

/* What plan build selects from, and the storage behind it. */
struct plan_inputs_owned {
	struct plan_inputs in;
	char *basis;              /* one line: where the inputs came from */
	json_t *json;             /* a parsed --inputs file, or NULL */
	/* From the workspace: the findings, and the assessments their facts
	 * read (owned by findings), which the ids and titles point into. */
	struct rule_engagement *findings;
	const struct q_assessment *readiness_a, *capabilities_a;
};

/* Gather the assessment, capability gaps and findings for plan build: from
 * the --inputs JSON file when given, else from the workspace. false with
 * errors in cli->diag. */
bool plan_inputs_gather(struct cli *cli, struct store *st, const char *file,
			struct plan_inputs_owned *out);
void plan_inputs_release(struct plan_inputs_owned *o);

#endif
