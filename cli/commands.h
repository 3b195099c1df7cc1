/* Every command's table entry, defined in cli/cmd_<name>.c. */
#ifndef CRMREADY_COMMANDS_H
#define CRMREADY_COMMANDS_H

#include "cli.h"

extern const struct command cmd_help;

/* questionnaires */
extern const struct command cmd_questionnaire;

/* surveys and assessment */

/* rules and findings */

/* plan, goals, metrics */

/* adoption */
extern const struct command cmd_roster;
extern const struct command cmd_adoption;

/* data quality */

/* reports */

#endif
