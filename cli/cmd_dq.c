/* crmready dq: the data-quality group (checks, scan, report) and
 * `dq report`: the latest scan and the trend of dq.score and its parts. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../reports/report.h"
#include "cmd_dq.h"
#include "plan_cli.h"

static void no_scan_yet(struct cli *cli, const char *entity)
{
	if (entity)
		cli_note(cli, _("no data-quality scan of %s yet; run 'crmready dq scan FILE.csv'\n"),
			 entity);
	else
		cli_note(cli, "%s", _("no data-quality scan yet; run 'crmready dq scan FILE.csv'\n"));
}

static int run_report(struct cli *cli)
{
	const char *entity = cli_opt(cli, "entity");
	char today_s[11];
	long today;
	if (!plan_cli_today(cli, today_s, &today))
		return EXIT_USAGE;
	struct store *st = cli->store;
	struct dq_report_data data;
	int found = dq_report_load(st, entity, &data, &cli->diag) ? data.has_scan : -1;
	if (data.case_differs)
		cli_note(cli, _("no scan of '%s', but there is one of '%s' (entity names "
				"are case-sensitive)\n"), entity, data.case_differs);
	const char *ent = data.entity;
	/* The goals on dq.* metrics for this entity (and unscoped ones); all of
	 * them when there is no entity yet. */
	struct goal_rows goals = { 0 };
	char *goal_scope = ent ? xasprintf("entity=%s", ent) : NULL;
	struct goal_family family = { METRIC_FAMILY_DQ, goal_scope };
	if (found >= 0 && !goal_rows_load(st, today, goal_in_family, &family, &goals, &cli->diag))
		found = -1;
	free(goal_scope);
	if (found >= 0) {
		struct report_dq r = { ent, found ? &data.scan : NULL, data.fields, data.nfields,
				       data.unchecked, data.nunchecked, data.trend, data.ntrend,
				       &goals, today_s };
		struct report_options o = { cli->lang, cli->color_out };
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_dq_json(&r);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_dq_csv(stdout, &r);
		} else {
			if (!found)
				no_scan_yet(cli, entity);
			report_dq_text(stdout, &r, &o);
		}
	}
	goal_rows_release(&goals);
	dq_report_data_release(&data);
	return cli_finish(cli);
}

static const struct cli_option report_options[] = {
	{ "entity", 'e', "NAME", N_("the entity (default: the one scanned last)") },
	{ "today", 0, "YYYY-MM-DD", N_("judge the data-quality goals as of this day (default today)") },
	{ 0 },
};

const struct command cmd_dq_report = {
	.name = "report",
	.summary = N_("the latest data-quality scan and the trend of dq.score and its parts"),
	.usage = "dq report [--entity NAME] [--today D] [--format json|csv]",
	.description =
		N_("Text and JSON show the latest scan's field profile and the trend;\n"
		"CSV gives the trend: entity,date,score,completeness,validity,\n"
		"duplicate_rate,freshness (fractions, unrounded). All three end with\n"
		"the goals on dq.* metrics for the entity (scope entity=NAME, or no\n"
		"scope) and their status on --today, judged as 'crmready status' does;\n"
		"in CSV one row per goal with the columns goal_id..status filled."),
	.options = report_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 0,
	.workspace = CLI_WORKSPACE_READ,
	.run = run_report,
};

static const struct command *const dq_subcommands[] = {
	&cmd_dq_checks, &cmd_dq_scan, &cmd_dq_report, NULL,
};

const struct command cmd_dq = {
	.name = "dq",
	.summary = N_("data quality of CRM exports: checks, scans, duplicates, trends"),
	.usage = "dq checks|scan|report ...",
	.subcommands = dq_subcommands,
};
