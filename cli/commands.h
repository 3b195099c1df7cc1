/* Every command's table entry, defined in cli/cmd_<name>.c. */
#ifndef CRMREADY_COMMANDS_H
#define CRMREADY_COMMANDS_H

#include "cli.h"

extern const struct command cmd_help;
/* adoption core-actions (cmd_adoption_core.c), a subcommand of cmd_adoption. */
extern const struct command cmd_adoption_core_actions;

/* getting started; shell completion (hidden) */
extern const struct command cmd_init;
extern const struct command cmd_demo;
extern const struct command cmd_complete;

/* questionnaires */
extern const struct command cmd_questionnaire;

/* surveys and assessment */
extern const struct command cmd_survey;
extern const struct command cmd_assess;
extern const struct command cmd_gaps;

/* rules and findings */
extern const struct command cmd_rules;
extern const struct command cmd_findings;

/* plan, goals, metrics */
extern const struct command cmd_catalogue;
extern const struct command cmd_plan;
extern const struct command cmd_goal;
extern const struct command cmd_log;
extern const struct command cmd_metric;
extern const struct command cmd_status;

/* adoption */
extern const struct command cmd_roster;
extern const struct command cmd_adoption;

/* data quality */
extern const struct command cmd_dq;

/* reports */
extern const struct command cmd_export;
extern const struct command cmd_report;

/* --by NAME (checked by who_valid), default the login name: who a
 * hand-made change is recorded under. NULL with the usage error shown
 * (by_opt.c). */
const char *cli_by_opt(struct cli *cli);

#endif
