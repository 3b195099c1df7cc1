/* crmready plan update: record what was done of an initiative, or of many
 * from a CSV file. */
#include <stdlib.h>
#include <string.h>

#include "../core/who.h"
#include "../phases/plan.h"
#include "plan_cli.h"

/* --started/--done as day numbers (PLAN_NO_DAY when not given). */
static bool opt_day(struct cli *cli, const char *name, long *out)
{
	char s[11];
	*out = PLAN_NO_DAY;
	if (!cli_opt(cli, name))
		return true;
	if (!cli_opt_date(cli, name, s))
		return false;
	plan_date_parse(s, out);
	return true;
}

/* The update the options ask for; false after a usage error (64). */
static bool read_options(struct cli *cli, struct plan_update *u)
{
	*u = (struct plan_update){ .initiative = cli->args[0], .percent = -1,
				   .reason = cli_opt(cli, "reason") };
	const char *status = cli_opt(cli, "status");
	if (status) {
		if (!plan_status_parse(status, &u->status)) {
			cli_usage_error(cli, _("--status: found '%s', expected one of %s"), status,
					plan_status_names());
			return false;
		}
		u->has_status = true;
	}
	long percent = -1;
	if (!cli_opt_long(cli, "percent", 0, 100, &percent))
		return false;
	u->percent = (int)percent;
	if (!opt_day(cli, "started", &u->started) || !opt_day(cli, "done", &u->done))
		return false;
	if (!u->has_status && !u->reason && u->percent < 0 && u->started == PLAN_NO_DAY &&
	    u->done == PLAN_NO_DAY) {
		cli_usage_error(cli, _("nothing to update: give --status, --started, --done, "
				       "--percent or --reason"));
		return false;
	}
	return true;
}

static const char *const FIELD_OPTIONS[] = { "status", "reason", "started", "done", "percent" };

static int run_update(struct cli *cli)
{
	const char *from = cli_opt(cli, "from");
	if (from && cli->nargs > 0)
		return cli_usage_error(cli, _("give an initiative or --from FILE.csv, not both"));
	if (!from && cli->nargs == 0)
		return cli_usage_error(cli, _("which initiative? give its id (see 'crmready plan "
					      "show'), or --from FILE.csv"));
	for (size_t i = 0; from && i < sizeof FIELD_OPTIONS / sizeof *FIELD_OPTIONS; i++)
		if (cli_opt(cli, FIELD_OPTIONS[i]))
			return cli_usage_error(cli, _("--%s: with --from the file's columns say "
						      "what changed"), FIELD_OPTIONS[i]);
	const char *who = cli_opt(cli, "by") ? cli_opt(cli, "by") : who_default();
	if (!who_valid(who, "--by", &cli->diag))
		return cli_usage_diag(cli, &cli->diag);
	char today[11];
	cli_today(today);
	struct plan_update_result res;
	if (from) {
		if (!cli_input_format(cli) || !cli_input_readable(cli, from))
			return cli_finish(cli);
		if (plan_update_file(cli->store, from, NULL, today, who, &res, &cli->diag))
			tfprintf(stdout, trn("%zu initiative updated, %zu change recorded\n",
					     "%zu initiatives updated, %zu changes recorded\n",
					     res.initiatives), res.initiatives, res.fields);
		return cli_finish(cli);
	}
	struct plan_update u;
	if (!read_options(cli, &u))
		return EXIT_USAGE;
	if (plan_update_one(cli->store, &u, today, who, &res, &cli->diag)) {
		if (res.fields)
			tfprintf(stdout, trn("%s: %zu change recorded\n", "%s: %zu changes recorded\n",
					     res.fields), u.initiative, res.fields);
		else
			tfprintf(stdout, _("%s: nothing changed\n"), u.initiative);
	}
	return cli_finish(cli);
}

static const struct cli_option update_options[] = {
	{ "status", 0, "STATUS", N_("not-started, in-progress, done, blocked (needs --reason) or "
				    "dropped") },
	{ "reason", 0, "TEXT", N_("why: what it is blocked on, why it was dropped, a note") },
	{ "started", 0, "DATE", N_("the day it actually started (makes it in progress)") },
	{ "done", 0, "DATE", N_("the day it actually ended (makes it done)") },
	{ "percent", 0, "N", N_("how much of it is done, 0 to 100") },
	{ "by", 0, "NAME", N_("who made the change, for the history (default: your login name)") },
	{ "from", 0, "FILE.csv", N_("many updates at once: columns initiative, status, started, "
				    "done, percent, reason") },
	CLI_INPUT_OPTIONS,
	{ 0 },
};
const struct command cmd_plan_update = {
	.name = "update",
	.summary = N_("record what was done of an initiative: status, actual dates, percent"),
	.usage = "plan update ID [--status S] [--reason TEXT] [--started D] [--done D] "
		 "[--percent N] [--by NAME] | plan update --from FILE.csv [--by NAME]"
		 CLI_INPUT_USAGE,
	.description =
		N_("Keeps each initiative's execution in the workspace by its id, so it survives "
		"'plan build':\nits status, actual start and end, percent done and a reason. "
		"--done makes it done,\n--started makes a not-started one in progress; done "
		"without a date is done today,\nin progress without a start started today. "
		"Blocked needs a --reason. Actual dates\ncannot be before the plan's start or "
		"after today, and an end not before its start.\nWith --from, every row of the "
		"CSV is applied in one transaction, or none when one is\nwrong. Each changed "
		"field is recorded in the history ('crmready log')."),
	.options = update_options, .min_args = 0, .max_args = 1, .run = run_update,
	.workspace = CLI_WORKSPACE_WRITE,
};
