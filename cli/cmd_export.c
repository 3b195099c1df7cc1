/* crmready export FILE.xlsx: the leadership workbook.
 *
 * The workbook is written to a temporary file next to the target and
 * renamed over it only when complete, so a failed or interrupted export
 * leaves an existing workbook as it was and no stray file behind. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/outfile.h"
#include "../core/xalloc.h"
#include "../reports/report.h"
#include "cli.h"
#include "commands.h"
#include "licence_cli.h"

static const struct cli_option export_options[] = {
	{ "from", 0, "DATE", N_("trends and raw metrics from this date (YYYY-MM-DD)") },
	{ "to", 0, "DATE", N_("trends and raw metrics up to this date (YYYY-MM-DD)") },
	{ "questionnaire", 0, "ID[,ID]", N_("report these questionnaires only (default: every one with answers)") },
	{ "min-group", 0, "N", N_("show groups of at least N respondents (default: the engagement's, 5)") },
	CLI_LICENCE_OPTIONS,
	{ 0 },
};

static void show_progress(long rows, void *arg)
{
	(void)arg;
	fputc('\r', stderr);
	tfprintf(stderr, _("exporting metrics: %ld rows"), rows);
}

static int run_export(struct cli *cli)
{
	const char *path = cli->args[0];
	if (outfile_is_stdout(path) && isatty(STDOUT_FILENO))
		return cli_usage_error(cli, "%s", _("- writes the workbook to standard output, which is a "
					     "terminal: redirect it (> FILE.xlsx) or give a file name"));
	struct outfile out = { .slot = -1 };
	struct report_workbook w;
	char today[11];
	cli_today(today);
	report_workbook_init(&w, cli->lang, today);
	int rc = cli_leadership_gather(cli, _("workbook"), _("the workbook"), &out, &w);
	if (rc == CLI_GO_ON) {
		/* libxlsxwriter writes the file by name. */
		outfile_close_stream(&out);
		bool progress = cli->tty_err && !cli->quiet;
		bool ok = report_xlsx_write(&w, cli->store, out.tmp, path,
					    progress ? show_progress : NULL, NULL, &cli->diag);
		if (progress)
			fprintf(stderr, "\r\033[K");
		if (ok && outfile_commit(&out, &cli->diag) && !outfile_is_stdout(path))
			cli_note(cli, _("wrote %s\n"), path);
		rc = cli_finish(cli);
	}
	outfile_abort(&out);
	report_workbook_release(&w);
	return rc;
}

const struct command cmd_export = {
	.name = "export",
	.summary = N_("write the leadership workbook (Excel): readiness, plan, goals, trends"),
	.usage = "export FILE.xlsx [--lang LANG] [--from DATE] [--to DATE] [--questionnaire ID] [--min-group N]"
		 CLI_LICENCE_USAGE,
	.description =
		N_("Writes one Excel workbook for leadership: Summary (one printed page), Readiness\n"
		"(heat map and radar chart), Gaps (current vs target chart), Findings, Plan (Gantt\n"
		"view and phase goals), Goals, Adoption (weekly active rate with its target line),\n"
		"Data quality (trend chart) and Metrics (every stored value, for pivot tables).\n"
		"With --lang fa or ar the texts are Persian or Arabic, right-to-left. --from and --to\n"
		"limit the trends and the Metrics sheet to a period. A sheet whose data is missing\n"
		"says which command provides it.\n"
		"\n"
		"Every questionnaire with answers is reported (--questionnaire ID[,ID] picks):\n"
		"the engagement's readiness questionnaire (one declaring measures: readiness,\n"
		"else crm-readiness) first, each other one in its own sheet, answers to\n"
		"open questions with the respondent's department. Anonymity: no figure of a\n"
		"department of fewer than --min-group respondents (default: the engagement's).\n"
		"\n"
		"The file is written under a temporary name in the target directory and renamed\n"
		"when complete: a failed export leaves an existing workbook untouched (a symlink\n"
		"is followed and its target replaced). FILE - writes the workbook to standard\n"
		"output when that is not a terminal; a device or a named pipe receives the\n"
		"finished workbook. Exit 73 when the directory does not exist or FILE is a\n"
		"directory."),
	.options = export_options,
	.min_args = 1,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_READ,
	.run = run_export,
};
