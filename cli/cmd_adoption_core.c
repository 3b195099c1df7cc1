/* crmready adoption core-actions [FILE | --default] */
#include <stdio.h>

#include <jansson.h>

#include "../adoption/adoption.h"
#include "../reports/report.h"
#include "commands.h"

/* Setting the core actions writes; showing them reads. */
static enum cli_workspace core_workspace(const struct cli *cli)
{
	return cli->nargs || cli_flag(cli, "default") ? CLI_WORKSPACE_WRITE : CLI_WORKSPACE_READ;
}

static int run_core_actions(struct cli *cli)
{
	bool back = cli_flag(cli, "default");
	if (back && cli->nargs)
		return cli_usage_error(cli, _("give a core-actions FILE or --default, not both"));
	if (cli->nargs && !cli_input_readable(cli, cli->args[0]))
		return cli_finish(cli);
	bool set = back || cli->nargs;
	struct adoption_core_view v;
	bool ok = set ? adoption_core_set(cli->store, cli->nargs ? cli->args[0] : NULL, &v,
					  &cli->diag)
		      : adoption_core_show(cli->store, &v, &cli->diag);
	if (ok) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_adoption_core_json(&v);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (!cli->quiet) {
			report_adoption_core_text(stdout, &v, set);
		}
	}
	adoption_core_view_release(&v);
	return cli_finish(cli);
}

static const struct cli_option core_options[] = {
	{ "default", 0, NULL, N_("go back to the shipped core actions for Salesforce") },
	{ 0 },
};

const struct command cmd_adoption_core_actions = {
	.name = "core-actions",
	.summary = N_("which actions count as using the CRM: show them, or set them from a YAML file"),
	.usage = "adoption core-actions [FILE.yaml | --default] [--format json]",
	.description =
		N_("Core actions are the kinds of action (an object and what was done to it, as an "
		"activity log imported with --map action=COL,object=COL or --object/--action names "
		"them) that count towards adoption.core_active_users and adoption.core_active_rate. "
		"Without FILE, shows the core actions in use and every kind of action in the "
		"workspace, core or not. With FILE, validates it (every error at FILE:LINE:COL, exit "
		"65, nothing changed), keeps it as the engagement's core actions and recomputes every "
		"week's figures; --default goes back to the shipped default (opportunities, tasks, "
		"events, activities and cases created or updated). The file: 'core-actions:', a list "
		"of entries with 'object' (a name or a list; '*' any object) and optionally "
		"'actions' (a list; absent: every action on the object). Names compare as column "
		"headers do: case, spaces, '_' and '-' ignored."),
	.options = core_options,
	.formats = FORMAT_TEXT | FORMAT_JSON,
	.min_args = 0,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_READ,
	.workspace_for = core_workspace,
	.run = run_core_actions,
};
