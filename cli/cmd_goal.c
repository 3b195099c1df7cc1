/* crmready goal add|set|rm|list: measurable goals per phase. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "../reports/report.h"
#include "commands.h"
#include "plan_cli.h"

static bool parse_id(struct cli *cli, const char *s, long *id)
{
	long v;
	if (!text_parse_long(s, 1, LONG_MAX, &v)) {
		cli_usage_error(cli, _("found '%s', expected a goal id (a number from 'goal list')"), s);
		return false;
	}
	*id = v;
	return true;
}

/* Goal id as store_goal_get gives it (1 found, 0 none, -1 error), saying
 * which ids there are when there is none. */
static int get_goal(struct cli *cli, struct store *st, long id, struct store_goal *g)
{
	int found = store_goal_get(st, id, g, &cli->diag);
	if (found == 0)
		diag_fail(&cli->diag, EXIT_DATAERR, _("there is no goal %ld ('crmready goal list' "
						      "shows the ids)"), id);
	return found;
}

/* A figure of ours as the reader writes numbers; malloc'd. */
static char *shown_number(double v)
{
	char t[40];
	plan_cli_num(t, v);
	return i18n_digits(t);
}

static void describe(const struct store_goal *g, struct sbuf *b)
{
	char *t = shown_number(g->target);
	char *scope = text_sanitize(g->scope);
	char due[TIMEX_SHOW_MAX];
	timex_show(g->due, due);
	if (*scope)
		sbuf_addf(b, _("%s %s %s (%s), phase %s, due %s"), g->metric, g->op, t, scope, g->phase,
			  due);
	else
		sbuf_addf(b, _("%s %s %s, phase %s, due %s"), g->metric, g->op, t, g->phase, due);
	free(scope);
	free(t);
}

/* One changed field of goal id in the history, under who on today. old or
 * now NULL: the goal was added or removed. */
static bool record(struct store *st, const char *who, long id, const char *field,
		   const char *old, const char *now, const char *note, struct diag *d)
{
	char ref[24];
	snprintf(ref, sizeof ref, "%ld", id);
	struct store_history h = { .day = store_today(st), .who = who, .kind = "goal", .ref = ref,
				   .field = field, .old = old, .new_value = now, .note = note };
	return store_history_add(st, &h, d);
}

/* What the goal measures, language-neutral, as the history's note of an
 * added or removed goal: "adoption.active_rate >= 0.7 department=Sales". */
static char *goal_spec(const struct store_goal *g)
{
	char t[40];
	plan_cli_num(t, g->target);
	return *g->scope ? xasprintf("%s %s %s %s", g->metric, g->op, t, g->scope)
			 : xasprintf("%s %s %s", g->metric, g->op, t);
}

/* The target and due date of g appear (added: g is the new goal) or go
 * (removed), in the history. */
static bool record_whole(struct store *st, const char *who, const struct store_goal *g,
			 bool added, struct diag *d)
{
	char t[40];
	plan_cli_num(t, g->target);
	char *spec = goal_spec(g);
	bool ok = record(st, who, g->id, "target", added ? NULL : t, added ? t : NULL, spec, d) &&
		  record(st, who, g->id, "due", added ? NULL : g->due, added ? g->due : NULL, spec, d);
	free(spec);
	return ok;
}

/* Each field goal set changed, old against new. */
static bool record_changes(struct store *st, const char *who, const struct store_goal *was,
			   const struct store_goal *now, struct diag *d)
{
	char a[40], b[40];
	bool ok = true;
	plan_cli_num(a, was->target);
	plan_cli_num(b, now->target);
	if (strcmp(a, b))
		ok = record(st, who, now->id, "target", a, b, NULL, d);
	if (ok && strcmp(was->due, now->due))
		ok = record(st, who, now->id, "due", was->due, now->due, NULL, d);
	if (ok && strcmp(was->op, now->op))
		ok = record(st, who, now->id, "op", was->op, now->op, NULL, d);
	if (ok && now->has_baseline && (!was->has_baseline || was->baseline != now->baseline)) {
		plan_cli_num(a, was->baseline);
		plan_cli_num(b, now->baseline);
		ok = record(st, who, now->id, "baseline", was->has_baseline ? a : NULL, b, NULL, d);
	}
	return ok;
}

/* --target or --baseline against the metric's domain (the metric table). */
static bool value_ok(struct cli *cli, const char *metric, double v, bool target)
{
	char t[40];
	plan_cli_num(t, v);
	struct diag d;
	diag_init(&d);
	if (metric_def_check_value(metric, v, target, target ? "--target" : "--baseline", t, &d)) {
		diag_release(&d);
		return true;
	}
	cli_usage_diag(cli, &d);
	return false;
}

static bool baseline_opt(struct cli *cli, const char *metric, bool *has, double *v)
{
	*has = cli_opt(cli, "baseline") != NULL;
	return !*has || (cli_opt_double(cli, "baseline", v) && value_ok(cli, metric, *v, false));
}

static bool need(struct cli *cli, const char *name)
{
	if (cli_opt(cli, name))
		return true;
	cli_usage_error(cli, _("--%s is required"), name);
	return false;
}

static int run_add(struct cli *cli)
{
	static const char *const required[] = { "phase", "metric", "op", "target", "due" };
	for (size_t i = 0; i < 5; i++)
		if (!need(cli, required[i]))
			return EXIT_USAGE;
	const char *phase = cli_opt(cli, "phase"), *metric = cli_opt(cli, "metric");
	const char *scope = cli_opt(cli, "scope") ? cli_opt(cli, "scope") : "";
	enum goal_op op;
	double target = 0;
	char due[11];
	long parent = 0;
	if (!text_is_id(phase))
		return cli_usage_error(cli, _("--phase: found '%s', expected a phase id"), phase);
	if (!plan_cli_check_metric(cli, "--metric: ", metric, scope))
		return EXIT_USAGE;
	if (!goal_op_parse(cli_opt(cli, "op"), &op))
		return cli_usage_error(cli, _("--op: found '%s', expected one of >= <= > < =="),
				       cli_opt(cli, "op"));
	if (!cli_opt_double(cli, "target", &target) || !cli_opt_date(cli, "due", due) ||
	    !value_ok(cli, metric, target, true))
		return EXIT_USAGE;
	if (cli_opt(cli, "parent") && !parse_id(cli, cli_opt(cli, "parent"), &parent))
		return EXIT_USAGE;
	bool has_baseline;
	double baseline = 0;
	if (!baseline_opt(cli, metric, &has_baseline, &baseline))
		return EXIT_USAGE;
	const char *by = cli_by_opt(cli);
	if (!by)
		return EXIT_USAGE;
	char set_on[11];
	cli_today(set_on);

	struct store *st = cli->store;
	if (!store_begin(st, &cli->diag))
		return cli_finish(cli);
	bool ok = plan_goal_place_check(st, phase, parent, &cli->diag);
	struct store_goal g = { .parent = parent, .phase = (char *)phase, .metric = (char *)metric,
				.scope = (char *)scope, .op = (char *)goal_op_name(op), .due = due,
				.origin = "user", .target = target, .set_on = set_on,
				.has_baseline = has_baseline, .baseline = baseline };
	long id = ok ? store_goal_add(st, &g, &cli->diag) : -1;
	g.id = id;
	if (id > 0 && record_whole(st, by, &g, true, &cli->diag) && store_commit(st, &cli->diag)) {
		struct sbuf b;
		sbuf_init(&b);
		describe(&g, &b);
		/* the id in the reader's digits, as goal list shows it (typed back either way) */
		tfprintf(stdout, _("added goal %ld: %s\n"), id, b.s);
		if (parent)
			tfprintf(stdout, _("  (a sub-goal of goal %ld)\n"), parent);
		if (has_baseline) {
			char *t = shown_number(baseline), on[TIMEX_SHOW_MAX];
			printf(_("  (baseline %s on %s)\n"), t, timex_show(set_on, on));
			free(t);
		}
		/* The metric table knows which way is better; a goal the other way
		 * round is usually a slip of the comparison. */
		if (goal_op_against_metric(op, metric)) {
			bool lower = metric_def_find(metric)->lower_is_better;
			fprintf(stderr, lower ? _("crmready goal add: warning: %s is better lower, but "
						  "'%s' asks it to rise\n")
					      : _("crmready goal add: warning: %s is better higher, but "
						  "'%s' asks it to fall\n"), metric, goal_op_name(op));
		}
		sbuf_release(&b);
	} else {
		store_rollback(st);
	}
	return cli_finish(cli);
}

static int run_set(struct cli *cli)
{
	long id;
	if (!parse_id(cli, cli->args[0], &id))
		return EXIT_USAGE;
	if (!cli_opt(cli, "target") && !cli_opt(cli, "due") && !cli_opt(cli, "op") &&
	    !cli_opt(cli, "baseline"))
		return cli_usage_error(cli, "%s", _("nothing to change: give --target, --due, --op or "
					     "--baseline"));
	double baseline_v = 0;
	if (cli_opt(cli, "baseline") && !cli_opt_double(cli, "baseline", &baseline_v))
		return EXIT_USAGE;
	double target = 0;
	char due[11] = "";
	enum goal_op op = GOAL_GE;
	if (!cli_opt_double(cli, "target", &target) || !cli_opt_date(cli, "due", due))
		return EXIT_USAGE;
	if (cli_opt(cli, "op") && !goal_op_parse(cli_opt(cli, "op"), &op))
		return cli_usage_error(cli, _("--op: found '%s', expected one of >= <= > < =="),
				       cli_opt(cli, "op"));
	const char *by = cli_by_opt(cli);
	if (!by)
		return EXIT_USAGE;
	struct store *st = cli->store;
	if (!store_begin(st, &cli->diag))
		return cli_finish(cli);
	struct store_goal g, was;
	int found = get_goal(cli, st, id, &g);
	bool ok = false, usage_bad = false;
	if (found > 0) {
		bool was_plan = !strcmp(g.origin, "plan");
		was = (struct store_goal){ .id = g.id, .target = g.target, .due = xstrdup(g.due),
					   .op = xstrdup(g.op), .has_baseline = g.has_baseline,
					   .baseline = g.baseline };
		if (cli_opt(cli, "target"))
			g.target = target;
		if (cli_opt(cli, "due")) {
			free(g.due);
			g.due = xstrdup(due);
		}
		if (cli_opt(cli, "op")) {
			free(g.op);
			g.op = xstrdup(goal_op_name(op));
		}
		/* The domain is the goal's metric's: known once the goal is read. */
		bool has_baseline = false;
		usage_bad = !baseline_opt(cli, g.metric, &has_baseline, &baseline_v) ||
			    (cli_opt(cli, "target") && !value_ok(cli, g.metric, target, true));
		if (has_baseline) {
			g.has_baseline = true;
			g.baseline = baseline_v;
		}
		free(g.origin);
		g.origin = xstrdup("user");
		ok = !usage_bad && store_goal_update(st, &g, &cli->diag) &&
		     record_changes(st, by, &was, &g, &cli->diag) && store_commit(st, &cli->diag);
		free(was.due);
		free(was.op);
		if (ok) {
			struct sbuf b;
			sbuf_init(&b);
			describe(&g, &b);
			tfprintf(stdout, _("goal %ld: %s\n"), id, b.s);
			if (was_plan)
				fputs(_("  (edited: the next 'plan build' keeps it as yours)\n"), stdout);
			sbuf_release(&b);
		}
		store_goal_release(&g);
	}
	if (!ok)
		store_rollback(st);
	return usage_bad ? EXIT_USAGE : cli_finish(cli);
}

static int run_rm(struct cli *cli)
{
	long id;
	if (!parse_id(cli, cli->args[0], &id))
		return EXIT_USAGE;
	const char *by = cli_by_opt(cli);
	if (!by)
		return EXIT_USAGE;
	struct store *st = cli->store;
	if (!store_begin(st, &cli->diag))
		return cli_finish(cli);
	struct store_goal g;
	int found = get_goal(cli, st, id, &g);
	long n = -1;
	if (found > 0)
		n = store_goal_remove(st, id, &cli->diag);
	if (n > 0 && record_whole(st, by, &g, false, &cli->diag) && store_commit(st, &cli->diag)) {
		struct sbuf b;
		sbuf_init(&b);
		describe(&g, &b);
		tfprintf(stdout, _("removed goal %ld: %s"), id, b.s);
		if (n > 1)
			tfprintf(stdout, trn(" (and its %ld sub-goal)", " (and its %ld sub-goals)",
					     (unsigned long)(n - 1)), n - 1);
		printf("\n");
		sbuf_release(&b);
	} else {
		store_rollback(st);
	}
	if (found > 0)
		store_goal_release(&g);
	return cli_finish(cli);
}

static int run_list(struct cli *cli)
{
	struct store *st = cli->store;
	struct store_goal *goals = NULL;
	size_t n = 0;
	if (store_goal_list(st, &goals, &n, &cli->diag)) {
		if (cli->format == FORMAT_JSON)
			plan_cli_json_print(report_goal_list_json(goals, n));
		else if (cli->format == FORMAT_CSV)
			report_goal_list_csv(stdout, goals, n);
		else
			report_goal_list_text(stdout, goals, n);
		for (size_t i = 0; i < n; i++)
			store_goal_release(&goals[i]);
		free(goals);
	}
	return cli_finish(cli);
}

static const struct cli_option add_options[] = {
	{ "phase", 0, "P", N_("the phase the goal belongs to") },
	{ "metric", 0, "M", N_("metric name, e.g. adoption.active_rate") },
	{ "op", 0, "OP", N_("comparison: >= <= > < == (<= and < when lower is better)") },
	{ "target", 0, "T", N_("target value") },
	{ "due", 0, "YYYY-MM-DD", N_("due date") },
	{ "scope", 0, "k=v", N_("department=NAME, wave=W, role=NAME or entity=NAME (default: whole organisation)") },
	{ "parent", 0, "GOAL_ID", N_("make it a sub-goal of this goal") },
	{ "baseline", 0, "V", N_("where the goal starts from (default: the metric's first value on or "
			      "after today)") },
	{ "by", 0, "NAME", N_("who sets it, for the history (default: your login name)") },
	{ 0 },
};
static const struct command cmd_goal_add = {
	.name = "add",
	.summary = N_("add a goal (or, with --parent, a sub-goal); prints its id"),
	.usage = "goal add --phase P --metric M --op OP --target T --due YYYY-MM-DD [--scope k=v] "
		 "[--parent GOAL_ID] [--baseline V] [--by NAME]",
	.description = N_("The goal is set today: its baseline is --baseline, or the metric's first "
		       "value dated on or\nafter today; 'expected' in status is the straight "
		       "path from the baseline (today) to the\ntarget (at --due)."),
	.options = add_options, .min_args = 0, .max_args = 0, .run = run_add,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct cli_option set_options[] = {
	{ "target", 0, "T", N_("new target value") },
	{ "due", 0, "YYYY-MM-DD", N_("new due date") },
	{ "op", 0, "OP", N_("new comparison: >= <= > < ==") },
	{ "baseline", 0, "V", N_("the value the goal starts from") },
	{ "by", 0, "NAME", N_("who changes it, for the history (default: your login name)") },
	{ 0 },
};
static const struct command cmd_goal_set = {
	.name = "set",
	.summary = N_("change a goal's target, due date, comparison or baseline"),
	.usage = "goal set GOAL_ID [--target T] [--due D] [--op OP] [--baseline V] [--by NAME]",
	.description = N_("A goal the plan made becomes yours once edited: 'plan build' keeps it.\n"
		       "Each changed field is recorded in the history ('crmready log'): old and new,\n"
		       "who (--by) and the day."),
	.options = set_options, .min_args = 1, .max_args = 1, .run = run_set,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct cli_option rm_options[] = {
	{ "by", 0, "NAME", N_("who removes it, for the history (default: your login name)") },
	{ 0 },
};
static const struct command cmd_goal_rm = {
	.name = "rm",
	.summary = N_("remove a goal and its sub-goals"),
	.usage = "goal rm GOAL_ID [--by NAME]",
	.options = rm_options,
	.min_args = 1, .max_args = 1, .run = run_rm,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct command cmd_goal_list = {
	.name = "list",
	.summary = N_("list the goals with their ids, phase by phase"),
	.usage = "goal list [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV, .min_args = 0, .max_args = 0, .run = run_list,
	.workspace = CLI_WORKSPACE_READ,
};
static const struct command *const goal_subcommands[] = {
	&cmd_goal_add, &cmd_goal_set, &cmd_goal_rm, &cmd_goal_list, NULL,
};
const struct command cmd_goal = {
	.name = "goal",
	.summary = N_("measurable goals per phase: add, set, rm, list"),
	.usage = "goal add|set|rm|list ...",
	.subcommands = goal_subcommands,
};
