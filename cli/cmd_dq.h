/* Private to cli/cmd_dq*.c: what the data-quality commands share. */
#ifndef CRMREADY_CMD_DQ_H
#define CRMREADY_CMD_DQ_H

#include "../core/csvx.h"
#include "../dq/dq.h"
#include "../metrics/metrics.h"
#include "../registry/registry.h"
#include "cli.h"

extern const struct command cmd_dq_checks, cmd_dq_scan, cmd_dq_report;

#endif
