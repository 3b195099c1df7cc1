/* The run 'export' and 'report' share: options, output file, gathering. */
#include <string.h>

#include "leadership.h"

bool leadership_open(struct cli *cli, const char *what, struct leadership_run *r)
{
	memset(r, 0, sizeof *r);
	r->out.slot = -1;
	char today[11];
	cli_today(today);
	report_workbook_init(&r->w, cli->lang, today);
	char from[11], to[11];
	bool has_from = cli_opt(cli, "from") != NULL, has_to = cli_opt(cli, "to") != NULL;
	if (!cli_opt_date(cli, "from", from) || !cli_opt_date(cli, "to", to)) {
		r->early = EXIT_USAGE;
		return false;
	}
	if (has_from && has_to && strcmp(from, to) > 0) {
		r->early = cli_usage_error(cli, "--from %s is after --to %s", from, to);
		return false;
	}
	if (!outfile_open(&r->out, cli->args[0], what, &cli->diag))
		return false;
	if (!(r->st = cli_open_store(cli, STORE_READ)))
		return false;
	r->w.workspace = store_path(r->st);
	long min_group;
	if (!cli_min_group(cli, r->st, &min_group)) {
		r->usage = true;
		return false;
	}
	r->w.min_group = min_group;
	r->w.only = cli_opt(cli, "questionnaire");
	return report_workbook_gather_metrics(&r->w, r->st, has_from ? from : NULL,
					      has_to ? to : NULL, &cli->diag) &&
	       report_workbook_gather_plan(&r->w, r->st, &cli->diag) &&
	       report_workbook_gather_assessment(&r->w, r->st, &cli->diag);
}

int leadership_close(struct cli *cli, struct leadership_run *r)
{
	int rc = r->early;
	if (!rc) {
		outfile_abort(&r->out);
		rc = r->usage ? (cli_finish(cli), EXIT_USAGE) : cli_finish(cli);
	}
	report_workbook_release(&r->w);
	if (r->st)
		store_close(r->st);
	return rc;
}
