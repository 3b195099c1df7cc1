/* What the plan, goal, metric and status commands share: metric and scope
 * checks as usage errors, and the goal renderers of reports/ with the
 * command's language, colours and stdout. */
#include <stdlib.h>

#include "plan_cli.h"

void plan_cli_json_print(json_t *v)
{
	report_json_print(v, stdout);
	json_decref(v);
}

void plan_cli_print_state(const struct cli *cli, const struct goal_row *r)
{
	report_goal_state(stdout, r, cli->lang, cli->color_out);
}

void plan_cli_goal_heading(const struct cli *cli, size_t goal_cols, bool full)
{
	report_goal_heading(stdout, cli->lang, goal_cols, full);
}

void plan_cli_goal_tally(const struct cli *cli, size_t n, const size_t counts[GOAL_NSTATES])
{
	report_goal_tally(stdout, cli->lang, n, counts);
}

void plan_cli_goals_text(const struct cli *cli, const struct goal_rows *rows,
			 const char *family, const char *today)
{
	report_goals_text(stdout, rows, family, today, cli->lang, cli->color_out);
}

bool plan_cli_check_metric(struct cli *cli, const char *what, const char *name,
			   const char *scope)
{
	char *err = NULL;
	if (name && !goal_metric_valid(name, &err)) {
		cli_usage_error(cli, "%s'%s': %s", what, name, err);
		free(err);
		return false;
	}
	if (scope && !goal_scope_valid(scope, &err)) {
		cli_usage_error(cli, "--scope: '%s': %s", scope, err);
		free(err);
		return false;
	}
	return true;
}
