/* crmready report FILE.html: the leadership report for readers without
 * Excel — the workbook's content (the same gathered model) as one
 * self-contained HTML page.
 *
 * Written to a temporary name in the target directory and renamed when
 * complete, so a failed run leaves an existing report as it was. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"
#include "version.h"
#include "leadership.h"

static const struct cli_option report_options[] = {
	{ "from", 0, "DATE", "trends from this date (YYYY-MM-DD)" },
	{ "to", 0, "DATE", "trends up to this date (YYYY-MM-DD)" },
	{ "questionnaire", 0, "ID[,ID]", "report these questionnaires only (default: every one with answers)" },
	{ "min-group", 0, "N", "show groups of at least N respondents (default: the engagement's, 5)" },
	{ 0 },
};

static int run_report(struct cli *cli)
{
	struct leadership_run r;
	if (!leadership_open(cli, "report", &r))
		return leadership_close(cli, &r);
	char *org = store_exists(r.st) ? store_meta_get(r.st, "organisation") : NULL;
	if (!report_html_write(&r.w, org, CRMREADY_VERSION, r.out.f))
		diag_fail(&cli->diag, EXIT_IOERR, "%s: cannot write the report: %s", cli->args[0],
			  strerror(errno));
	else if (outfile_commit(&r.out, &cli->diag))
		cli_note(cli, "wrote %s\n", cli->args[0]);
	free(org);
	return leadership_close(cli, &r);
}

const struct command cmd_report = {
	.name = "report",
	.summary = "write the leadership report as one HTML page, for readers without Excel",
	.usage = "report FILE.html [--lang en|fa] [--from DATE] [--to DATE] [--questionnaire ID] [--min-group N]",
	.description =
		"Writes the content of the leadership workbook as one self-contained HTML file:\n"
		"summary, readiness (table, radar chart, dimension x department heat map),\n"
		"capability gaps (current vs target chart), findings with recommendations, the\n"
		"phased plan (Gantt chart), goals with their status, adoption (weekly active rate\n"
		"with its target line) and data quality (trend per entity). Charts are inline SVG;\n"
		"the page loads nothing from the network and prints on A4 with one section a page.\n"
		"With --lang fa the page is Persian and right-to-left. --from and --to limit the\n"
		"trends to a period.\n"
		"\n"
		"Every questionnaire with answers is reported (--questionnaire ID[,ID] picks):\n"
		"the engagement's readiness questionnaire (one declaring measures: readiness,\n"
		"else crm-readiness) first, each other one in its own section, answers to\n"
		"open questions with the respondent's department. Anonymity: no figure of a\n"
		"department of fewer than --min-group respondents (default: the engagement's).\n"
		"\n"
		"The file is written under a temporary name in the target directory and renamed\n"
		"when complete. Exit 73 when the directory does not exist or FILE is a directory.",
	.options = report_options,
	.min_args = 1,
	.max_args = 1,
	.run = run_report,
};
