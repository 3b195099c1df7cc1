/* crmready findings: evaluate every rules set against the workspace. */
#include <stdlib.h>

#include "../reports/report.h"
#include "../rules/rules.h"
#include "commands.h"

static bool severity_opt(struct cli *cli, const char *name, enum severity *out)
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	if (severity_parse(v, out))
		return true;
	cli_usage_error(cli, _("--%s: unknown severity '%s'; expected info, low, medium, high or "
			       "critical"), name, v);
	return false;
}

static int run_findings(struct cli *cli)
{
	enum severity min = SEVERITY_INFO, fail_on = SEVERITY_INFO;
	if (!severity_opt(cli, "min-severity", &min) || !severity_opt(cli, "fail-on", &fail_on))
		return EXIT_USAGE;
	bool want_fail = cli_opt(cli, "fail-on") != NULL;
	struct store *st = cli->store;
	int rc = EXIT_OK;
	struct rule_engagement e;
	if (!rule_engagement_evaluate(st, &e, &cli->diag))
		goto out;
	size_t nsets = e.nsets;
	/* Everything is evaluated: --fail-on looks at every fired finding, the
	 * output only at those at or above --min-severity. */
	bool failed = rule_findings_fired_at_least(&e.findings, fail_on);
	struct rule_findings shown;
	rule_findings_at_least(&e.findings, min, &shown);
	if (!diag_has_errors(&cli->diag) || nsets) {
		struct report_options o = { cli->lang, cli->color_out };
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_findings_json(&shown, cli->lang);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_findings_csv(stdout, &shown, cli->lang);
		} else {
			report_findings_text(stdout, &shown, nsets, &o);
		}
	}
	rule_findings_view_release(&shown);
	if (want_fail && failed)
		rc = EXIT_STATUS;
out:
	rule_engagement_release(&e);
	int drc = cli_finish(cli);
	return drc ? drc : rc;
}

static const struct cli_option findings_options[] = {
	{ "min-severity", 0, "SEVERITY", N_("show only findings at or above SEVERITY "
	  "(info, low, medium, high, critical)") },
	{ "fail-on", 0, "SEVERITY", N_("exit 1 when a finding at or above SEVERITY fires") },
	{ 0 },
};

const struct command cmd_findings = {
	.name = "findings",
	.summary = N_("evaluate the rules: findings with evidence, recommendations and initiatives"),
	.usage = "findings [--min-severity S] [--fail-on S] [--format json|csv] [--lang LANG]",
	.description = N_("Evaluates every rules set in the workspace together with the shipped\n"
		       "crm-default against the survey answers and metrics. Fired findings come\n"
		       "first, most severe first, each with the values that made it fire; then the\n"
		       "rules that could not be evaluated (no data, division by zero) and why: such\n"
		       "a rule never fires; last the rules that passed, with the values they read.\n"
		       "With --fail-on SEVERITY the exit code is 1 when any\n"
		       "finding at or above SEVERITY fires (whatever --min-severity shows)."),
	.options = findings_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_findings,
	.workspace = CLI_WORKSPACE_READ,
};
