/* crmready findings: evaluate every rules set against the workspace;
 * findings waive|unwaive|waivers: the findings the client accepts. */
#include <stdlib.h>

#include "../core/timex.h"
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

static int run_waive(struct cli *cli)
{
	const char *rule = cli->args[0], *reason = cli_opt(cli, "reason"), *by = cli_by_opt(cli);
	char until[11], today[11];
	if (!by)
		return EXIT_USAGE;
	if (!cli_opt(cli, "until"))
		return cli_usage_error(cli, "%s", _("--until is required: the last day the waiver "
						    "holds"));
	if (!reason)
		return cli_usage_error(cli, "%s", _("--reason is required: why the finding is "
						    "accepted"));
	if (!cli_opt_date(cli, "until", until))
		return EXIT_USAGE;
	cli_today(today);
	struct store *st = cli->store;
	if (!store_begin(st, &cli->diag))
		return cli_finish(cli);
	struct store_waiver w = { .rule = (char *)rule, .until = until, .who = (char *)by,
				  .reason = (char *)reason, .set_on = today }, old;
	bool had;
	if (rule_waive(st, &w, &old, &had, &cli->diag) && store_commit(st, &cli->diag)) {
		char shown[TIMEX_SHOW_MAX];
		printf(_("waived %s until %s (owner %s)\n"), rule, timex_show(until, shown), by);
		if (had) {
			char was[TIMEX_SHOW_MAX];
			printf(_("  (replaces the waiver until %s by %s; 'crmready log' keeps both)\n"),
			       timex_show(old.until, was), old.who);
		}
	} else {
		store_rollback(st);
	}
	if (had)
		store_waiver_release(&old);
	return cli_finish(cli);
}

static int run_unwaive(struct cli *cli)
{
	const char *rule = cli->args[0], *by = cli_by_opt(cli);
	if (!by)
		return EXIT_USAGE;
	struct store *st = cli->store;
	if (!store_begin(st, &cli->diag))
		return cli_finish(cli);
	struct store_waiver old = { 0 };
	if (rule_unwaive(st, rule, by, cli_opt(cli, "reason"), &old, &cli->diag) &&
	    store_commit(st, &cli->diag)) {
		char was[TIMEX_SHOW_MAX];
		printf(_("removed the waiver of %s (it ran until %s): its finding counts again\n"),
		       rule, timex_show(old.until, was));
	} else {
		store_rollback(st);
	}
	store_waiver_release(&old);
	return cli_finish(cli);
}

static int run_waivers(struct cli *cli)
{
	struct store_waiver *w;
	size_t n;
	char today[11];
	cli_today(today);
	if (store_waiver_list(cli->store, &w, &n, &cli->diag)) {
		struct report_options o = { cli->lang, cli->color_out };
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_waivers_json(w, n, today);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_waivers_csv(stdout, w, n, today);
		} else {
			report_waivers_text(stdout, w, n, today, &o);
		}
		store_waivers_free(w, n);
	}
	return cli_finish(cli);
}

static const struct cli_option waive_options[] = {
	{ "until", 0, "YYYY-MM-DD", N_("the last day the waiver holds (required; not before today)") },
	{ "reason", 0, "TEXT", N_("why the finding is accepted (required)") },
	{ "by", 0, "NAME", N_("the waiver's owner (default: your login name)") },
	{ 0 },
};
static const struct command cmd_findings_waive = {
	.name = "waive",
	.summary = N_("accept a rule's finding until a day, with an owner and a reason"),
	.usage = "findings waive RULE --until D --reason TEXT [--by NAME]",
	.description = N_("Until the day after --until the rule's finding is listed apart as waived,\n"
		       "with its owner, reason and end; it does not count for --fail-on and plan\n"
		       "build does not select its initiatives. From the day after, it fires again\n"
		       "with a note that its waiver expired. One waiver per rule: a new one replaces\n"
		       "the old; 'crmready log' keeps both."),
	.options = waive_options, .min_args = 1, .max_args = 1, .run = run_waive,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct cli_option unwaive_options[] = {
	{ "by", 0, "NAME", N_("who lifts it (default: your login name)") },
	{ "reason", 0, "TEXT", N_("why, for the history") },
	{ 0 },
};
static const struct command cmd_findings_unwaive = {
	.name = "unwaive",
	.summary = N_("lift a rule's waiver: its finding counts again"),
	.usage = "findings unwaive RULE [--by NAME] [--reason TEXT]",
	.options = unwaive_options, .min_args = 1, .max_args = 1, .run = run_unwaive,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct command cmd_findings_waivers = {
	.name = "waivers",
	.summary = N_("list the waivers: rule, active or expired, until, owner, reason"),
	.usage = "findings waivers [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV, .min_args = 0, .max_args = 0, .run = run_waivers,
	.workspace = CLI_WORKSPACE_READ,
};
static const struct command *const findings_subcommands[] = {
	&cmd_findings_waive, &cmd_findings_unwaive, &cmd_findings_waivers, NULL,
};

static const struct cli_option findings_options[] = {
	{ "min-severity", 0, "SEVERITY", N_("show only findings at or above SEVERITY "
	  "(info, low, medium, high, critical)") },
	{ "fail-on", 0, "SEVERITY", N_("exit 1 when a finding at or above SEVERITY fires (a waived "
	  "one does not count)") },
	{ 0 },
};

const struct command cmd_findings = {
	.name = "findings",
	.summary = N_("evaluate the rules: findings with evidence, recommendations and initiatives"),
	.usage = "findings [waive|unwaive|waivers ...] [--min-severity S] [--fail-on S] "
		 "[--format json|csv] [--lang LANG]",
	.description = N_("Evaluates every rules set in the workspace together with the shipped\n"
		       "crm-default against the survey answers and metrics. Fired findings come\n"
		       "first, most severe first, each with the values that made it fire; then the\n"
		       "rules that could not be evaluated (no data, division by zero) and why: such\n"
		       "a rule never fires; last the rules that passed, with the values they read.\n"
		       "With --fail-on SEVERITY the exit code is 1 when any\n"
		       "finding at or above SEVERITY fires (whatever --min-severity shows).\n"
		       "A finding whose rule is waived ('findings waive') is listed apart with its\n"
		       "waiver and does not count; the day after its waiver ends it fires again."),
	.options = findings_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_findings,
	.workspace = CLI_WORKSPACE_READ,
	.subcommands = findings_subcommands,
};
