/* Number and JSON printing for the plan commands, and the metric check. */
#include <stdlib.h>

#include "../reports/report.h"
#include "plan_cli.h"

void plan_cli_num(char out[40], double v)
{
	report_number(out, v);
}

void plan_cli_json_print(json_t *v)
{
	report_json_print(v, stdout);
	json_decref(v);
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
		cli_usage_error(cli, _("--scope: '%s': %s"), scope, err);
		free(err);
		return false;
	}
	return true;
}

bool plan_cli_today(struct cli *cli, char today_s[11], long *today)
{
	cli_today(today_s);
	if (!cli_opt_date(cli, "today", today_s))
		return false;
	plan_date_parse(today_s, today);
	return true;
}
