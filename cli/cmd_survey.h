/* Private to the survey commands (cmd_survey*.c). */
#ifndef CRMREADY_CMD_SURVEY_H
#define CRMREADY_CMD_SURVEY_H

#include "commands.h"

int survey_import(struct cli *cli);
int survey_run(struct cli *cli);
int survey_rounds(struct cli *cli);

#endif
