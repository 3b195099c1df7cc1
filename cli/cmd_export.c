/* crmready export FILE.xlsx: the leadership workbook.
 *
 * The workbook is written to a temporary file next to the target and
 * renamed over it only when complete, so a failed or interrupted export
 * leaves an existing workbook as it was and no stray file behind. */
#include <stdio.h>

#include "commands.h"
#include "leadership.h"

static const struct cli_option export_options[] = {
	{ "from", 0, "DATE", "trends and raw metrics from this date (YYYY-MM-DD)" },
	{ "to", 0, "DATE", "trends and raw metrics up to this date (YYYY-MM-DD)" },
	{ "questionnaire", 0, "ID[,ID]", "report these questionnaires only (default: every one with answers)" },
	{ "min-group", 0, "N", "show groups of at least N respondents (default: the engagement's, 5)" },
	{ 0 },
};

static void show_progress(long rows, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rexporting metrics: %ld rows", rows);
}

static int run_export(struct cli *cli)
{
	struct leadership_run r;
	if (!leadership_open(cli, "workbook", &r))
		return leadership_close(cli, &r);
	/* libxlsxwriter writes the file by name. */
	outfile_close_stream(&r.out);
	bool progress = cli->tty_err && !cli->quiet;
	bool ok = report_xlsx_write(&r.w, r.st, r.out.tmp, progress ? show_progress : NULL, NULL,
				    &cli->diag);
	if (progress)
		fprintf(stderr, "\r\033[K");
	if (ok && outfile_commit(&r.out, &cli->diag))
		cli_note(cli, "wrote %s\n", cli->args[0]);
	return leadership_close(cli, &r);
}

const struct command cmd_export = {
	.name = "export",
	.summary = "write the leadership workbook (Excel): readiness, plan, goals, trends",
	.usage = "export FILE.xlsx [--lang en|fa] [--from DATE] [--to DATE] [--questionnaire ID] [--min-group N]",
	.description =
		"Writes one Excel workbook for leadership: Summary (one printed page), Readiness\n"
		"(heat map and radar chart), Gaps (current vs target chart), Findings, Plan (Gantt\n"
		"view and phase goals), Goals, Adoption (weekly active rate with its target line),\n"
		"Data quality (trend chart) and Metrics (every stored value, for pivot tables).\n"
		"With --lang fa the texts are Persian and the sheets right-to-left. --from and --to\n"
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
		"when complete: a failed export leaves an existing workbook untouched. Exit 73\n"
		"when the directory does not exist or FILE is a directory.",
	.options = export_options,
	.min_args = 1,
	.max_args = 1,
	.run = run_export,
};
