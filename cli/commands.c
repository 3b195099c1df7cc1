/* The command table: every command crmready has, in the order --help lists
 * them (the order of the consultant's week). */
#include <stddef.h>

#include "cli.h"
#include "commands.h"

const struct command *const cli_commands[] = {
	/* questionnaires */
	/* &cmd_questionnaire, */

	/* surveys and assessment */

	/* rules and findings */

	/* plan, goals, metrics */

	/* adoption */
	&cmd_roster,
	&cmd_adoption,

	/* data quality */

	/* reports */

	&cmd_help,
	NULL,
};
