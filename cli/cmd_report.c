/* crmready report FILE.html: the leadership report for readers without
 * Excel — the workbook's content (the same gathered model) as one
 * self-contained HTML page.
 *
 * Written to a temporary name in the target directory and renamed when
 * complete, so a failed run leaves an existing report as it was. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../core/outfile.h"
#include "../core/xalloc.h"
#include "../reports/report.h"
#include "commands.h"
#include "licence_cli.h"
#include "version.h"

static const struct cli_option report_options[] = {
	{ "from", 0, "DATE", N_("trends from this date (YYYY-MM-DD)") },
	{ "to", 0, "DATE", N_("trends up to this date (YYYY-MM-DD)") },
	{ "questionnaire", 0, "ID[,ID]", N_("report these questionnaires only (default: every one with answers)") },
	{ "min-group", 0, "N", N_("show groups of at least N respondents (default: the engagement's, 5)") },
	CLI_LICENCE_OPTIONS,
	{ 0 },
};

static int run_report(struct cli *cli)
{
	const char *path = cli->args[0];
	struct outfile out = { .slot = -1 };
	struct report_workbook w;
	char today[11];
	cli_today(today);
	report_workbook_init(&w, cli->lang, today);
	int rc = cli_leadership_gather(cli, _("report"), _("the report"), &out, &w);
	if (rc == CLI_GO_ON) {
		char *org = store_exists(cli->store) ? store_meta_get(cli->store, "organisation") : NULL;
		if (!report_html_write(&w, org, CRMREADY_VERSION, out.f))
			diag_fail(&cli->diag, EXIT_IOERR, _("%s: cannot write the report: %s"), path,
				  i18n_strerror(errno));
		else if (outfile_commit(&out, &cli->diag) && !outfile_is_stdout(path))
			cli_note(cli, _("wrote %s\n"), path);
		free(org);
		rc = cli_finish(cli);
	}
	outfile_abort(&out);
	report_workbook_release(&w);
	return rc;
}

const struct command cmd_report = {
	.name = "report",
	.summary = N_("write the leadership report as one HTML page, for readers without Excel"),
	.usage = "report FILE.html [--lang LANG] [--from DATE] [--to DATE] [--questionnaire ID] [--min-group N]"
		 CLI_LICENCE_USAGE,
	.description =
		N_("Writes the content of the leadership workbook as one self-contained HTML file:\n"
		"summary, readiness (table, radar chart, dimension x department heat map),\n"
		"capability gaps (current vs target chart), findings with recommendations, the\n"
		"phased plan (Gantt chart), goals with their status, adoption (weekly active rate\n"
		"with its target line) and data quality (trend per entity). Charts are inline SVG;\n"
		"the page loads nothing from the network and prints on A4 with one section a page.\n"
		"With --lang fa or ar the page is Persian or Arabic, right-to-left. --from and --to limit the\n"
		"trends to a period. FILE - writes the page to standard output.\n"
		"\n"
		"Every questionnaire with answers is reported (--questionnaire ID[,ID] picks):\n"
		"the engagement's readiness questionnaire (one declaring measures: readiness,\n"
		"else crm-readiness) first, each other one in its own section, answers to\n"
		"open questions with the respondent's department. Anonymity: no figure of a\n"
		"department of fewer than --min-group respondents (default: the engagement's).\n"
		"\n"
		"The file is written under a temporary name in the target directory and renamed\n"
		"when complete. Exit 73 when the directory does not exist or FILE is a directory."),
	.options = report_options,
	.min_args = 1,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_READ,
	.run = run_report,
};
