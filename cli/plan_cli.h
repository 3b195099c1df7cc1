/* What the plan, goal, metric and status commands share (cli/ only). */
#ifndef CRMREADY_PLAN_CLI_H
#define CRMREADY_PLAN_CLI_H

#include <jansson.h>
#include <stdio.h>

#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "../rules/rules.h"
#include "cli.h"

/* Check a metric name (when not NULL) and a scope (when not NULL): a usage
 * error (64) naming them otherwise; what prefixes the name's message
 * ("--metric: " or ""). */
bool plan_cli_check_metric(struct cli *cli, const char *what, const char *name,
			   const char *scope);

/* Print a JSON value to stdout as every command does, then free it. */
void plan_cli_json_print(json_t *v);

/* Goals rendered in the command's language and colours (reports/report_goals.c
 * renders them). */
void plan_cli_print_state(const struct cli *cli, const struct goal_row *r);
void plan_cli_goal_heading(const struct cli *cli, size_t goal_cols, bool full);
void plan_cli_goal_tally(const struct cli *cli, size_t n, const size_t counts[GOAL_NSTATES]);
void plan_cli_goals_text(const struct cli *cli, const struct goal_rows *rows,
			 const char *family, const char *today);

/* The names the commands used before the renderers moved to reports/
 * (report.h), kept while the goal, status, adoption and dq commands move
 * to the report_ names. */
#define plan_cli_num report_num_exact
#define plan_cli_goal_json report_goal_json
#define plan_cli_shown report_goal_shown
#define plan_cli_latest report_goal_latest
#define PLAN_CLI_GOAL_CSV REPORT_GOAL_CSV
#define plan_cli_goal_csv_head report_goal_csv_head
#define plan_cli_goal_cells report_goal_cells

#endif
