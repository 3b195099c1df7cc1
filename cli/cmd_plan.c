/* crmready plan build|show: the phased rollout plan. */
#include <stdlib.h>
#include <string.h>

#include "../engagement/engagement.h"
#include "../reports/report.h"
#include "commands.h"
#include "plan_cli.h"

static int run_build(struct cli *cli)
{
	char today[11], start_s[11];
	cli_today(today);
	long start, t;
	plan_date_parse(today, &t);
	start = plan_default_start(t);
	if (cli_opt(cli, "start")) {
		if (!cli_opt_date(cli, "start", start_s))
			return EXIT_USAGE;
		/* cli_opt_date checked it with the same calendar */
		plan_date_parse(start_s, &start);
	}
	const char *ref = cli_opt(cli, "catalogue") ? cli_opt(cli, "catalogue") : PLAN_DEFAULT_CATALOGUE;

	/* Everything is read and built before the transaction begins, so a
	 * bad catalogue or input changes nothing. */
	struct store *st = cli->store;
	struct engagement_plan ep;
	bool ok = engagement_plan_build(st, ref, cli_opt(cli, "inputs"), start, cli->lang, &ep,
					&cli->diag);
	if (ok) {
		struct plan_goal_sync gs;
		struct plan_changes ch;
		if (plan_save(st, &ep.plan, ep.src.basis, today, &gs, &ch, &cli->diag)) {
			if (cli->format == FORMAT_JSON)
				plan_cli_json_print(report_plan_built_json(&ep.plan, &gs, &ch));
			else {
				report_plan_built(stdout, &ep.plan, ep.src.basis, &gs);
				report_plan_changes_text(stdout, &ch);
			}
		}
		plan_goal_sync_release(&gs);
		plan_changes_release(&ch);
	}
	engagement_plan_release(&ep);
	return cli_finish(cli);
}

static int run_show(struct cli *cli)
{
	const char *by = cli_opt(cli, "by");
	bool by_step = by && !strcmp(by, "step");
	if (by && !by_step && strcmp(by, "phase")) {
		diag_fail(&cli->diag, EXIT_USAGE, _("--by: expected phase or step, found '%s'"), by);
		return cli_finish(cli);
	}
	struct plan_stored ps;
	struct plan_track tr = { 0 };
	char today[11];
	long t;
	cli_today(today);
	plan_date_parse(today, &t);
	if (plan_stored_load(cli->store, &ps, &cli->diag) &&
	    plan_track_load(cli->store, ps.plan, t, &tr, &cli->diag)) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_plan_json(ps.plan, ps.goals, ps.ngoals, cli->lang);
			report_plan_track_json(j, ps.plan, &tr);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV)
			report_plan_csv(stdout, ps.plan, &tr, cli->lang);
		else if (by_step)
			report_plan_steps_text(stdout, ps.plan, cli->lang);
		else {
			report_plan_text(stdout, ps.plan, ps.goals, ps.ngoals, cli->lang,
					 cli_flag(cli, "explain"));
			report_plan_track_text(stdout, ps.plan, &tr);
		}
	}
	plan_track_release(&tr);
	plan_stored_release(&ps);
	return cli_finish(cli);
}

static const struct cli_option build_options[] = {
	{ "start", 0, "DATE", N_("first day of the plan (default: the next Monday)") },
	{ "catalogue", 0, "ID|FILE", N_("initiative catalogue (default crm-default-plan)") },
	{ "inputs", 0, "FILE.json", N_("assessment and findings to plan for, in the shape of "
				    "'assess --format json' plus \"findings\"") },
	{ 0 },
};
static const struct command cmd_plan_build = {
	.name = "build",
	.summary = N_("build the phased rollout plan from the findings, scores and gaps"),
	.usage = "plan build [--start DATE] [--catalogue ID|FILE] [--inputs FILE.json] "
		 "[--format json]",
	.description =
		N_("Selects the initiatives that findings ask for, those addressing dimensions that "
		"score below\nthe catalogue's threshold and those addressing capabilities with a "
		"gap, with every\ndependency; ranks them (see 'plan show --explain'), orders them so "
		"dependencies come\nfirst, places each in the earliest allowed phase with capacity "
		"left and dates it.\nReplaces the previous plan in one transaction; the phase goals "
		"of the catalogue become\nthe plan's goals, due at each phase's end. A goal already "
		"there with the same phase,\nmetric and scope keeps its id (and so its "
		"values and your edits); your own\ngoals are kept; goals the plan no longer makes "
		"are removed, and listed. Goals for a\ndepartment or wave the roster does not have "
		"are left out, and listed.\nWith no assessment in the workspace and no --inputs, the "
		"whole catalogue is planned.\nWhat was recorded with 'plan update' is kept; a "
		"rebuild says which initiatives were\nadded, dropped (keeping their execution) "
		"or moved to another phase or other dates."),
	.options = build_options, .formats = FORMAT_JSON, .min_args = 0, .max_args = 0, .run = run_build,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct cli_option show_options[] = {
	{ "explain", 0, NULL, N_("show the priority formula and each initiative's figures, "
				  "step and source") },
	{ "by", 0, "phase|step", N_("group the initiatives by phase (default) or by the six "
				     "steps of the transformation") },
	{ 0 },
};
static const struct command cmd_plan_show = {
	.name = "show",
	.summary = N_("print the plan: phases, dates, capacity, initiatives and why, a Gantt chart"),
	.usage = "plan show [--explain] [--by phase|step] [--format json|csv]",
	.options = show_options, .formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_show,
	.workspace = CLI_WORKSPACE_READ,
};
static const struct command *const plan_subcommands[] = { &cmd_plan_build, &cmd_plan_show,
							    &cmd_plan_update, NULL };
const struct command cmd_plan = {
	.name = "plan",
	.summary = N_("the phased rollout plan: build, show, update"),
	.usage = "plan build|show|update ...",
	.subcommands = plan_subcommands,
};
