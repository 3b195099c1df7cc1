/* The command table: every command crmready has, in the order --help lists
 * them (the order of the consultant's week). */
#include <stddef.h>

#include "cli.h"
#include "commands.h"

const struct command *const cli_commands[] = {
	/* getting started */
	&cmd_init,
	&cmd_demo,

	/* questionnaires */
	&cmd_questionnaire,

	/* surveys and assessment */
	&cmd_survey,
	&cmd_assess,
	&cmd_gaps,

	/* rules and findings */
	&cmd_rules,
	&cmd_findings,

	/* plan, goals, metrics */
	&cmd_catalogue,
	&cmd_plan,
	&cmd_goal,
	&cmd_metric,
	&cmd_status,
	&cmd_log,

	/* adoption */
	&cmd_roster,
	&cmd_adoption,

	/* data quality */
	&cmd_dq,

	/* reports */
	&cmd_export,
	&cmd_report,

	&cmd_help,
	&cmd_complete,   /* hidden: shell completion */
	NULL,
};
