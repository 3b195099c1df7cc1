/* crmready status: every goal against its metric. */
#include "../reports/report.h"
#include "commands.h"
#include "licence_cli.h"
#include "plan_cli.h"

static int run_status(struct cli *cli)
{
	char today_s[11];
	long today;
	if (!plan_cli_today(cli, today_s, &today))
		return EXIT_USAGE;
	enum goal_state fail_on = GOAL_MISSED;
	const char *f = cli_opt(cli, "fail-on");
	if (f && !goal_state_parse(f, &fail_on))
		return cli_usage_error(cli, _("--fail-on: found '%s', expected missed or at-risk"), f);

	struct adoption_usage_opts uo;
	long min_group;
	if (!cli_licence_opts(cli, &uo) || !cli_min_group(cli, cli->store, &min_group))
		return EXIT_USAGE;

	struct store *st = cli->store;
	struct goal_rows rows;
	struct adoption_usage u;
	if (!goal_rows_load(st, today, NULL, NULL, &rows, &cli->diag) ||
	    !adoption_usage_load(st, &uo, &u, &cli->diag)) {
		goal_rows_release(&rows);
		adoption_usage_release(&u);
		return cli_finish(cli);
	}
	adoption_usage_min_group(&u, min_group);
	size_t failing = f ? goal_rows_count_at_least(&rows, fail_on) : 0;
	if (cli->format == FORMAT_JSON) {
		plan_cli_json_print(json_pack("{s:o, s:s, s:o}", "goals", report_goals_json(&rows),
					      "today", today_s, "licences",
					      report_adoption_usage_json(&u)));
	} else {
		struct report_options o = { cli->lang, cli->color_out };
		report_status_text(stdout, &rows, today_s, &o);
		report_adoption_usage_status(stdout, &u);
	}
	adoption_usage_release(&u);
	goal_rows_release(&rows);
	int rc = cli_finish(cli);
	if (rc == EXIT_OK && failing) {
		tfprintf(stderr, trn("crmready status: %zu goal is %s\n", "crmready status: %zu goals are %s\n",
				     failing), failing, goal_state_at_least_words(fail_on));
		rc = EXIT_STATUS;
	}
	return rc;
}

static const struct cli_option status_options[] = {
	{ "today", 0, "YYYY-MM-DD", N_("judge the goals as of this day (default today)") },
	{ "fail-on", 0, "missed|at-risk", N_("exit 1 when a goal is in that state or worse") },
	{ "min-group", 0, "N", N_("count licences of groups of at least N licensed users (default: "
	  "the engagement's, 5)") },
	CLI_LICENCE_OPTIONS,
	{ 0 },
};
const struct command cmd_status = {
	.name = "status",
	.summary = N_("every goal with its latest value, trend and status"),
	.usage = "status [--today D] [--fail-on missed|at-risk] [--format json]" CLI_LICENCE_USAGE,
	.description =
		N_("Status of a goal on --today, or, once its due date has passed, on the due date "
		"(a settled\ngoal: values dated later never change it): achieved when the latest "
		"value meets the target;\nmissed when settled and it does not; too early when the "
		"last 8 values are fewer than 3\nor lie in fewer than 2 ISO weeks; on track when "
		"the least-squares line through them, kept\nin the metric's range, meets the target "
		"at the due date; otherwise at risk; no data when\nthe metric has no value for the "
		"goal's scope. Expected: the straight path from the goal's\nbaseline (its first "
		"value on or after the day it was set, or goal add --baseline) to the\ntarget. "
		"<= and < goals are lower-is-better. The ladder for --fail-on is achieved <\non "
		"track < at risk < missed; 'no data' and 'too early' never fail it.\nWith login logs imported, one line on "
		"the licences nobody uses (dormant: no login in --dormant-days days, default 30; "
		"never logged in) as of the last day the logs reach, and with --licence-cost what "
		"they cost a month (JSON: licences)."),
	.options = status_options, .formats = FORMAT_JSON, .min_args = 0, .max_args = 0,
	.run = run_status,
	.workspace = CLI_WORKSPACE_READ,
};
