/* crmready plan baseline save|list|show|remove, plan gate, plan review:
 * baselines of the plan, gate decisions on its phases, phase reviews. */
#include <stdlib.h>
#include <string.h>

#include "../core/who.h"
#include "../reports/report.h"
#include "commands.h"
#include "plan_cli.h"

/* --by NAME, checked, else the login name; NULL after a usage error. */
static const char *by_of(struct cli *cli)
{
	const char *by = cli_opt(cli, "by");
	if (!by)
		return who_default();
	struct diag d;
	diag_init(&d);
	if (!who_valid(by, "--by", &d)) {
		cli_usage_diag(cli, &d);
		return NULL;
	}
	diag_release(&d);
	return by;
}

static int run_baseline_save(struct cli *cli)
{
	char today[11];
	cli_today(today);
	const char *by = by_of(cli);
	if (!by)
		return EXIT_USAGE;
	const char *note = cli_opt(cli, "note") ? cli_opt(cli, "note") : "";
	if (plan_baseline_save(cli->store, cli->args[0], today, by, note, cli_flag(cli, "replace"),
			       &cli->diag)) {
		char shown[TIMEX_SHOW_MAX];
		char *name = text_sanitize(cli->args[0]);
		printf(_("Saved baseline %s of the plan on %s.\n"), name, timex_show(today, shown));
		free(name);
	}
	return cli_finish(cli);
}

static int run_baseline_list(struct cli *cli)
{
	struct store_baseline *v;
	size_t n;
	if (store_baseline_list(cli->store, &v, &n, &cli->diag)) {
		if (cli->format == FORMAT_JSON)
			plan_cli_json_print(report_baselines_json(v, n));
		else if (cli->format == FORMAT_CSV)
			report_baselines_csv(stdout, v, n);
		else
			report_baselines_text(stdout, v, n);
		store_baselines_release(v, n);
	}
	return cli_finish(cli);
}

/* The plan against baseline name (NULL: the latest): plan show --vs and
 * plan baseline show. */
int plan_cli_show_vs(struct cli *cli, const char *name)
{
	char today_s[11];
	long today;
	cli_today(today_s);
	plan_date_parse(today_s, &today);
	struct plan_vs v;
	if (plan_vs_load(cli->store, name, today, &v, &cli->diag)) {
		if (cli->format == FORMAT_JSON)
			plan_cli_json_print(report_vs_json(&v));
		else if (cli->format == FORMAT_CSV)
			report_vs_csv(stdout, &v);
		else
			report_vs_text(stdout, &v);
	}
	plan_vs_release(&v);
	return cli_finish(cli);
}

static int run_baseline_show(struct cli *cli)
{
	return plan_cli_show_vs(cli, cli->args[0]);
}

static int run_baseline_remove(struct cli *cli)
{
	char today[11];
	cli_today(today);
	const char *by = by_of(cli);
	if (!by)
		return EXIT_USAGE;
	if (plan_baseline_remove(cli->store, cli->args[0], today, by, &cli->diag)) {
		char *name = text_sanitize(cli->args[0]);
		printf(_("Removed baseline %s.\n"), name);
		free(name);
	}
	return cli_finish(cli);
}

static const struct cli_option save_options[] = {
	{ "by", 0, "NAME", N_("who saves it (default: your login name)") },
	{ "note", 0, "TEXT", N_("why it is saved, e.g. the steering committee's approval") },
	{ "replace", 0, NULL, N_("save over a baseline of the same name") },
	{ 0 },
};
static const struct command baseline_save = {
	.name = "save",
	.summary = N_("keep a dated copy of the plan: phases, initiatives, goals and their dates"),
	.usage = "plan baseline save NAME [--by NAME] [--note TEXT] [--replace]",
	.description =
		N_("Keeps the plan as it stands (each phase's and initiative's start and end, each "
		"goal's\ntarget and due date) under NAME, to compare the plan with later "
		"('plan show --vs NAME').\nBaselines survive 'plan build'. NAME is letters, digits, "
		"'.', '_' and '-'; saving a\nname that exists is an error unless --replace. Recorded "
		"in the history ('crmready log')."),
	.options = save_options, .min_args = 1, .max_args = 1, .run = run_baseline_save,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct command baseline_list = {
	.name = "list",
	.summary = N_("list the saved baselines"),
	.usage = "plan baseline list [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_baseline_list,
	.workspace = CLI_WORKSPACE_READ,
};
static const struct command baseline_show = {
	.name = "show",
	.summary = N_("compare the plan with a baseline: each slip and why"),
	.usage = "plan baseline show NAME [--format json|csv]",
	.description = N_("The same as 'plan show --vs NAME'."),
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 1, .max_args = 1, .run = run_baseline_show,
	.workspace = CLI_WORKSPACE_READ,
};
static const struct cli_option remove_options[] = {
	{ "by", 0, "NAME", N_("who removes it (default: your login name)") },
	{ 0 },
};
static const struct command baseline_remove = {
	.name = "remove",
	.summary = N_("remove a saved baseline"),
	.usage = "plan baseline remove NAME [--by NAME]",
	.options = remove_options, .min_args = 1, .max_args = 1, .run = run_baseline_remove,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct command *const baseline_subcommands[] = {
	&baseline_save, &baseline_list, &baseline_show, &baseline_remove, NULL,
};
const struct command cmd_plan_baseline = {
	.name = "baseline",
	.summary = N_("save, list, show or remove baselines of the plan"),
	.usage = "plan baseline save|list|show|remove ...",
	.description =
		N_("A baseline is the plan as agreed on a day. 'plan show --vs NAME' shows how far "
		"each phase\nand initiative has slipped since, and why: capacity, a late "
		"dependency, an actual date,\nor a rebuild of the plan."),
	.subcommands = baseline_subcommands,
};

/* ---- plan gate ---- */

static int run_gate(struct cli *cli)
{
	enum gate_decision g;
	const char *word = cli_opt(cli, "decision");
	if (!word)
		return cli_usage_error(cli, _("--decision is required: go, go-with-conditions or "
					      "hold"));
	if (!gate_decision_parse(word, &g))
		return cli_usage_error(cli, _("--decision: '%s' is not a decision; expected go, "
					      "go-with-conditions or hold"), word);
	char today[11], on[11];
	cli_today(today);
	memcpy(on, today, sizeof on);
	if (cli_opt(cli, "on") && !cli_opt_date(cli, "on", on))
		return EXIT_USAGE;
	const char *by = by_of(cli);
	if (!by)
		return EXIT_USAGE;
	const char *note = cli_opt(cli, "note") ? cli_opt(cli, "note") : "";
	if (plan_gate_record(cli->store, cli->args[0], g, on, today, by, note, &cli->diag)) {
		char shown[TIMEX_SHOW_MAX];
		char *phase = text_sanitize(cli->args[0]);
		printf(_("Gate of phase %s: %s on %s.\n"), phase, gate_decision_label(g),
		       timex_show(on, shown));
		free(phase);
	}
	return cli_finish(cli);
}

static const struct cli_option gate_options[] = {
	{ "decision", 0, "go|go-with-conditions|hold", N_("the steering committee's decision") },
	{ "on", 0, "DATE", N_("the day it was decided (default: today)") },
	{ "note", 0, "TEXT", N_("the conditions, or why") },
	{ "by", 0, "NAME", N_("who records it (default: your login name)") },
	{ 0 },
};
const struct command cmd_plan_gate = {
	.name = "gate",
	.summary = N_("record a phase's gate decision: go, go with conditions, hold"),
	.usage = "plan gate PHASE --decision go|go-with-conditions|hold [--on DATE] [--note TEXT] "
		 "[--by NAME]",
	.description =
		N_("Records the decision taken at the gate of a phase of the plan. Every decision "
		"is kept\n(and in the history, 'crmready log'); the latest one (by --on, then as "
		"recorded) is\nthe one in force, shown by 'plan review', 'status', the workbook and "
		"the HTML report.\n--on may not be before the plan's start or after today."),
	.options = gate_options, .min_args = 1, .max_args = 1, .run = run_gate,
	.workspace = CLI_WORKSPACE_WRITE,
};

/* ---- plan review ---- */

static int run_review(struct cli *cli)
{
	char today_s[11];
	long today;
	if (!plan_cli_today(cli, today_s, &today))
		return EXIT_USAGE;
	struct plan_reviews r;
	if (plan_reviews_load(cli->store, today, true, &r, &cli->diag)) {
		if (cli->format == FORMAT_JSON)
			plan_cli_json_print(report_reviews_json(&r));
		else if (cli->format == FORMAT_CSV)
			report_reviews_csv(stdout, &r);
		else
			report_reviews_text(stdout, &r, cli_flag(cli, "history"));
	}
	plan_reviews_release(&r);
	return cli_finish(cli);
}

static const struct cli_option review_options[] = {
	{ "history", 0, NULL, N_("every gate decision, not only the one in force") },
	{ "today", 0, "DATE", N_("judge the goals on this day (default: today)") },
	{ 0 },
};
const struct command cmd_plan_review = {
	.name = "review",
	.summary = N_("phase reviews: each phase's goals rolled up, its verdict and gate decision"),
	.usage = "plan review [--history] [--today DATE] [--format json|csv]",
	.description =
		N_("For each phase of the plan: how many of its goals are achieved, on track, at "
		"risk,\nmissed, too early or without data, and a verdict: behind (a goal missed), "
		"at-risk (a\ngoal at risk, none missed), met (every goal achieved), on-track (the "
		"others achieved or\non track), open (too early to judge, or no data), no-goals. "
		"Then the gate decision in\nforce ('plan gate')."),
	.options = review_options, .formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_review,
	.workspace = CLI_WORKSPACE_READ,
};
