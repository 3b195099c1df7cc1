/* crmready gaps: capability gaps, and gaps set-target. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "commands.h"

static const char DEFAULT_QUESTIONNAIRE[] = "crm-capabilities";

static int set_target(struct cli *cli)
{
	if (cli->nargs != 3)
		return cli_usage_error(cli, "%s", _("set-target needs CAPABILITY and LEVEL"));
	long level;
	if (!text_parse_long(cli->args[2], Q_LEVEL_MIN, Q_LEVEL_MAX, &level))
		return cli_usage_error(cli, _("LEVEL: found '%s', expected a maturity level %d..%d"),
				       cli->args[2], Q_LEVEL_MIN, Q_LEVEL_MAX);
	const char *ref = cli_opt(cli, "questionnaire");
	struct store *st = cli->store;
	struct questionnaire *q = q_lookup(st, ref ? ref : DEFAULT_QUESTIONNAIRE, &cli->diag);
	if (!q)
		goto out;
	long c = q_capability_resolve(q, cli->args[1], &cli->diag);
	if (c < 0)
		goto out;
	char today[11];
	cli_today(today);
	if (store_begin(st, &cli->diag)) {
		if (store_target_set(st, q->id, q->capabilities[c].id, level, today, &cli->diag) &&
		    store_commit(st, &cli->diag)) {
			if (!cli->quiet)
				tfprintf(stdout, _("target of %s set to %ld (model default %ld)\n"),
					 q->capabilities[c].id,
				       level, q->capabilities[c].target);
		} else {
			store_rollback(st);
		}
	}
out:
	q_free(q);
	return cli_finish(cli);
}

static int run_gaps(struct cli *cli)
{
	if (cli->nargs && !strcmp(cli->args[0], "set-target"))
		return set_target(cli);
	if (cli->nargs > 1)
		return cli_usage_error(cli, _("unexpected argument '%s'"), cli->args[1]);
	if (cli_opt(cli, "questionnaire") && cli->nargs)
		return cli_usage_error(cli, "%s", _("give the questionnaire once"));
	struct store *st = cli->store;
	const char *ref = cli->nargs ? cli->args[0] : cli_opt(cli, "questionnaire");
	/* Without one named: the engagement's capability model. */
	char *own = ref ? NULL : q_engagement(st, Q_MEASURES_CAPABILITIES, DEFAULT_QUESTIONNAIRE);
	struct questionnaire *q = q_lookup(st, ref ? ref : own, &cli->diag);
	free(own);
	struct q_assessment *a = q ? q_assess_load(st, q, (size_t)store_min_group(st), &cli->diag) : NULL;
	if (a && q_capability_model_check(q, &cli->diag)) {
		if (cli->format == FORMAT_JSON) {
			json_t *o = report_gaps_json(a);
			report_json_print(o, stdout);
			json_decref(o);
		} else if (cli->format == FORMAT_CSV) {
			report_capabilities_csv(stdout, a);
		} else {
			struct report_options o = { cli->lang, cli->color_out };
			report_capability_model_heading(stdout, a, cli->lang);
			report_capabilities_text(stdout, a, &o);
		}
	}
	q_assess_free(a);
	q_free(q);
	return cli_finish(cli);
}

static const struct cli_option gaps_options[] = {
	{ "questionnaire", 0, "ID", N_("the capability model (default: the engagement's, else crm-capabilities)") },
	{ 0 },
};

/* Showing the gaps reads; set-target writes. */
static enum cli_workspace gaps_workspace(const struct cli *cli)
{
	return cli->nargs && !strcmp(cli->args[0], "set-target") ? CLI_WORKSPACE_WRITE
								  : CLI_WORKSPACE_READ;
}

const struct command cmd_gaps = {
	.name = "gaps",
	.summary = N_("capability gaps: current maturity, target, gap and priority"),
	.usage = "gaps [QUESTIONNAIRE] [--format text|json|csv] | "
		 "gaps set-target CAPABILITY LEVEL [--questionnaire ID]",
	.description =
		N_("current = mean answered maturity level (1..5) of the capability; gap =\n"
		"max(0, target - current); priority = gap x importance; sorted by priority.\n"
		"'gaps set-target CAPABILITY LEVEL' records the organisation's own target\n"
		"(1..5), which replaces the model's default from then on (marked *)."),
	.options = gaps_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 3,
	.workspace_for = gaps_workspace,
	.run = run_gaps,
};
