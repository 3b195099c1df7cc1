/* What 'export' and 'report' share (cli/ only): the period options, the
 * output file written under a temporary name, and the leadership model
 * gathered from the workspace once for either writer. */
#ifndef CRMREADY_LEADERSHIP_H
#define CRMREADY_LEADERSHIP_H

#include "../core/outfile.h"
#include "../reports/report.h"
#include "cli.h"

struct leadership_run {
	struct outfile out;          /* cli->args[0], under a temporary name */
	struct store *st;
	struct report_workbook w;
	int early;                   /* an exit code returned before anything was opened */
	bool usage;                  /* a usage error found after opening */
};

/* Check --from/--to, open the output file (what names it in messages:
 * "workbook", "report") and the workspace, and gather the whole model:
 * metrics in the period, the plan and goals, and what the engagement knows.
 * false when the caller should stop; leadership_close gives the exit code
 * either way. */
bool leadership_open(struct cli *cli, const char *what, struct leadership_run *r);
/* Abort the output file unless committed, release everything, and return
 * the command's exit code. */
int leadership_close(struct cli *cli, struct leadership_run *r);

#endif
