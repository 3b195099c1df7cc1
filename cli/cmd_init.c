/* crmready init [--org NAME]: create the engagement's workspace and say what
 * to do next. Running it again on a workspace is harmless: it keeps every
 * answer and figure and only renames the organisation when --org is given. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "commands.h"

static const struct cli_option init_options[] = {
	{ "org", 0, "NAME", N_("the organisation's name, shown in the HTML report") },
	{ "min-group", 0, "N", N_("smallest group whose figures any output shows (default 5, at least 2)") },
	{ 0 },
};

static void next_steps(const struct cli *cli)
{
	const char *db = cli->db_path;
	bool other = strcmp(db, STORE_DEFAULT_PATH) != 0;
	printf("\n%s\n", other ? _("Next steps (with --db or CRMREADY_DB set to this workspace):")
			       : _("Next steps:"));
	/* the steps' numbers in the reader's digits: the commands between them
	 * carry no digit a translation could turn */
	char *steps = i18n_digits(_("  1. Survey the stakeholders, one at a time in the terminal:\n"
	       "       crmready survey run crm-readiness --respondent NAME --department DEPT --role ROLE\n"
	       "     or import answers collected elsewhere (header: respondent,department,role,<question ids>):\n"
	       "       crmready survey import crm-readiness answers.csv\n"
	       "       crmready survey import crm-capabilities capabilities.csv\n"
	       "  2. Assess readiness and capability gaps:   crmready assess; crmready gaps\n"
	       "  3. Read the findings:                      crmready findings\n"
	       "  4. Build the phased plan with its goals:   crmready plan build --start YYYY-MM-DD\n"
	       "  5. Week by week, import adoption and data quality, then check the goals:\n"
	       "       crmready adoption import LoginHistory.csv; crmready dq scan contacts.csv\n"
	       "       crmready status\n"
	       "  6. For leadership:  crmready export leadership.xlsx; crmready report leadership.html\n"
	       "\nTo see all of it on a sample organisation first:  crmready demo crm-demo\n"));
	fputs(steps, stdout);
	free(steps);
}

static int run_init(struct cli *cli)
{
	const char *org = cli_opt(cli, "org");
	struct diag od;
	diag_init(&od);
	if (org && !store_organisation_valid(org, "--org", &od))
		return cli_usage_diag(cli, &od);
	diag_release(&od);
	long min_group = 0;
	bool set_min_group = cli_opt(cli, "min-group") != NULL;
	if (set_min_group && !cli_min_group(cli, NULL, &min_group))
		return EXIT_USAGE;
	struct store *st = cli->store;
	bool existed = store_exists(st);
	char *old = existed ? store_meta_get(st, "organisation") : NULL;
	if (org || !existed || set_min_group) {
		char today[11];
		cli_today(today);
		if (!store_begin(st, &cli->diag) ||
		    (org && !store_meta_set(st, "organisation", org, &cli->diag)) ||
		    (!existed && !store_meta_set(st, "created", today, &cli->diag)) ||
		    (set_min_group && !store_min_group_set(st, min_group, &cli->diag)) ||
		    !store_commit(st, &cli->diag)) {
			store_rollback(st);
			goto out;
		}
	}
	const char *name = org ? org : old;
	char *shown = name ? text_sanitize(name) : NULL;
	if (!existed && shown)
		printf(_("Created the workspace %s (organisation: %s).\n"), cli->db_path, shown);
	else if (!existed)
		printf(_("Created the workspace %s.\n"), cli->db_path);
	else if (org)
		printf(_("%s is already a workspace; its organisation is now %s.\n"), cli->db_path, shown);
	else if (set_min_group)
		printf(_("%s is already a workspace; nothing changed but the smallest group shown.\n"),
		       cli->db_path);
	else if (shown)
		printf(_("%s is already a workspace (organisation: %s); nothing changed.\n"),
		       cli->db_path, shown);
	else
		printf(_("%s is already a workspace; nothing changed.\n"), cli->db_path);
	free(shown);
	if (set_min_group)
		tfprintf(stdout, _("Groups of fewer than %ld people are shown as \"fewer than %ld\" in every "
				   "output.\n"), min_group, min_group);
	if (!cli->quiet)
		next_steps(cli);
out:
	free(old);
	return cli_finish(cli);
}

const struct command cmd_init = {
	.name = "init",
	.summary = N_("create the engagement's workspace and show the next steps"),
	.usage = "init [--org NAME] [--min-group N] [--db PATH]",
	.description =
		N_("Creates the workspace file (./crmready.db, or --db PATH, or $CRMREADY_DB) and\n"
		"prints the steps of an engagement. Any command that writes also creates the\n"
		"workspace; init adds the organisation's name, which the HTML report\n"
		"shows. On an existing workspace it changes nothing but the name and, with\n"
		"--min-group, the engagement's smallest group shown (anonymity, default 5): any\n"
		"per-group figure in any output resting on fewer people is shown as \"fewer\n"
		"than N\" and merged into \"other\"."),
	.options = init_options,
	.min_args = 0,
	.max_args = 0,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = run_init,
};
