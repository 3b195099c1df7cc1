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

/* crmready plan update (cmd_plan_update.c). */
extern const struct command cmd_plan_update;

#endif
