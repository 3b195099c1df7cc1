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

/* ---- goal status, as 'status' shows it (cli/plan_common.c) ---- */

/* The goal as one JSON object, as 'status --format json' gives it: phase,
 * metric, scope, op, target, due, latest, latest_date, status, id, parent,
 * projected, expected, points, weeks, judged_at, settled, set_on, baseline. */
json_t *plan_cli_goal_json(const struct goal_row *r);
/* The terminal colour of a state ("" without colour). */
const char *plan_cli_state_color(const struct cli *cli, enum goal_state s);
/* The goal's state in colour and in cli->lang, and for a settled goal the
 * day it was judged at: "missed (settled on 2027-01-31)". No newline. */
void plan_cli_print_state(const struct cli *cli, const struct goal_row *r);
/* A number as the status table shows it: "-" when !has. */
void plan_cli_shown(char out[24], bool has, double v);
/* A goal's latest value for the table: as plan_cli_shown, with the digits
 * that tell it from the target (text_number_beside). */
void plan_cli_latest(char out[24], const struct goal_row *r);
/* The heading of a goal table, in cli's language and padded by display
 * width: goal (goal_cols wide), due, latest, on, projected, status; full
 * (the status command's table) adds id and phase before and expected after. */
void plan_cli_goal_heading(const struct cli *cli, size_t goal_cols, bool full);
/* "N goals: a achieved, b on track, ..." in cli's language, counts by state. */
void plan_cli_goal_tally(const struct cli *cli, size_t n, const size_t counts[GOAL_NSTATES]);
/* The goals section of a report: a heading, one line per goal (goal, due,
 * latest and its date, projected, status in colour and in cli->lang) and a
 * one-line tally; a hint when there is none. family is "adoption." or "dq.",
 * today the day they are judged on. */
void plan_cli_goals_text(const struct cli *cli, const struct goal_rows *rows,
			 const char *family, const char *today);
/* CSV cells of a goal, appended to a report's own columns (the goal's
 * scope goes in the report's scope column): goal_id, parent, phase, metric,
 * op, target, due, latest, latest_date, projected, expected, status,
 * judged_at, baseline. */
enum { PLAN_CLI_GOAL_CSV = 14 };
extern const char *const plan_cli_goal_csv_head[PLAN_CLI_GOAL_CSV];
struct plan_cli_goal_cells {
	char id[24], parent[24], target[40], latest[40], proj[40], exp[40], base[40];
	const char *cell[PLAN_CLI_GOAL_CSV];
};
void plan_cli_goal_cells(const struct goal_row *r, struct plan_cli_goal_cells *out);

#endif
