/* Private to cli/cmd_dq*.c: what the data-quality commands share. */
#ifndef CRMREADY_CMD_DQ_H
#define CRMREADY_CMD_DQ_H

#include "../core/csvx.h"
#include "../dq/dq.h"
#include "../metrics/metrics.h"
#include "../registry/registry.h"
#include "cli.h"

#define DQ_DEFAULT_CHECKS "salesforce-contact"

/* Find checks by file name or id (workspace first, then the shipped
 * ones) and load them. False with errors in cli->diag. */
bool dq_find_checks(struct cli *cli, const char *spec, struct dq_checks *c,
		    struct registry_text *s);

extern const struct command cmd_dq_checks, cmd_dq_scan, cmd_dq_report;

#endif
