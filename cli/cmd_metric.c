/* crmready metric record|list|rm: figures from elsewhere (training
 * completion, satisfaction, ROI) and every stored time series. */
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "../metrics/metrics.h"
#include "../reports/report.h"
#include "commands.h"
#include "plan_cli.h"

static int run_record(struct cli *cli)
{
	const char *name = cli->args[0], *raw = cli->args[1];
	const char *scope = cli_opt(cli, "scope") ? cli_opt(cli, "scope") : "";
	const char *source = cli_opt(cli, "source") ? cli_opt(cli, "source") : "manual";
	char date[11];
	cli_today(date);
	if (!plan_cli_check_metric(cli, "", name, scope) || !cli_opt_date(cli, "date", date))
		return EXIT_USAGE;
	double value;
	if (!text_parse_number(raw, &value))
		return cli_usage_error(cli, _("VALUE: found '%s', expected a number"), raw);
	/* A value outside the metric's domain would bend every trend drawn
	 * through it: 93 for a completion of 0.93, say. */
	struct diag vd;
	diag_init(&vd);
	if (!metric_def_check_value(name, value, false, "VALUE", raw, &vd) ||
	    !metric_source_check(source, "--source", &vd))
		return cli_usage_diag(cli, &vd);
	diag_release(&vd);
	struct store *st = cli->store;
	if (store_begin(st, &cli->diag)) {
		struct store_metric old;
		int had = store_metric_latest(st, name, scope, &old, &cli->diag);
		bool replaced = had > 0 && !strcmp(old.date, date);
		if (had > 0)
			store_metric_release(&old);
		if (had >= 0 && store_metric_put(st, name, scope, date, value, source, &cli->diag) &&
		    store_commit(st, &cli->diag)) {
			char v[40], on[TIMEX_SHOW_MAX];
			plan_cli_num(v, value);
			char *s = text_sanitize(scope), *vs = i18n_digits(v);
			timex_show(date, on);
			if (*s)
				printf(replaced ? _("replaced %s = %s on %s (%s)\n")
						: _("recorded %s = %s on %s (%s)\n"), name, vs, on, s);
			else
				printf(replaced ? _("replaced %s = %s on %s\n") : _("recorded %s = %s on %s\n"),
				       name, vs, on);
			free(s);
			free(vs);
		} else {
			store_rollback(st);
		}
	}
	return cli_finish(cli);
}

struct lister {
	struct report_metric_list *list;
	struct adoption_reach reach;   /* weeks in progress are marked */
	struct metric_privacy privacy; /* small groups' figures are hidden (anonymity) */
};

static bool list_one(const struct store_metric *m, void *arg)
{
	struct lister *L = arg;
	struct report_metric_shown how = {
		metric_privacy_hidden(&L->privacy, m->name, m->scope, m->date), L->privacy.min_group,
		adoption_value_in_progress(&L->reach, m->name, m->date) };
	report_metric_list_value(L->list, m, &how);
	return true;
}

static int run_list(struct cli *cli)
{
	const char *glob = cli_opt(cli, "name") ? cli_opt(cli, "name") : "*";
	const char *scope = cli_opt(cli, "scope");
	struct diag gd;
	diag_init(&gd);
	if (!store_metric_glob_valid(glob, "--name", &gd))
		return cli_usage_diag(cli, &gd);
	diag_release(&gd);
	if (scope && !plan_cli_check_metric(cli, "", NULL, scope))
		return EXIT_USAGE;
	struct store *st = cli->store;
	struct lister L = { NULL, { 0 }, { 0 } };
	if (!adoption_reach_load(st, &L.reach, &cli->diag) ||
	    !metric_privacy_load(st, NULL, &L.privacy, &cli->diag)) {
		return cli_finish(cli);
	}
	L.list = report_metric_list_begin(stdout, cli->format == FORMAT_JSON ? REPORT_JSON
					  : cli->format == FORMAT_CSV ? REPORT_CSV : REPORT_TEXT,
					  cli->lang);
	store_metric_each(st, glob, scope, list_one, &L, &cli->diag);
	metric_privacy_release(&L.privacy);
	report_metric_list_end(L.list, store_exists(st));
	return cli_finish(cli);
}

/* Nothing matched what metric rm was given: what it looked for. */
static void no_value(struct cli *cli, const char *name, const char *when, const char *scope)
{
	char on[TIMEX_SHOW_MAX];
	if (when)
		timex_show(when, on);
	if (when && scope)
		diag_fail(&cli->diag, EXIT_DATAERR, _("no value of '%s' on %s with scope %s matches: "
			  "nothing removed ('crmready metric list --name %s' shows them)"), name, on,
			  scope, name);
	else if (when)
		diag_fail(&cli->diag, EXIT_DATAERR, _("no value of '%s' on %s matches: nothing removed "
			  "('crmready metric list --name %s' shows them)"), name, on, name);
	else if (scope)
		diag_fail(&cli->diag, EXIT_DATAERR, _("no value of '%s' with scope %s matches: nothing "
			  "removed ('crmready metric list --name %s' shows them)"), name, scope, name);
	else
		diag_fail(&cli->diag, EXIT_DATAERR, _("no value of '%s' matches: nothing removed "
			  "('crmready metric list --name %s' shows them)"), name, name);
}

static int run_rm(struct cli *cli)
{
	const char *name = cli->args[0], *scope = cli_opt(cli, "scope");
	char date[11];
	const char *when = NULL;
	if (!plan_cli_check_metric(cli, "", name, scope))
		return EXIT_USAGE;
	if (cli_opt(cli, "date")) {
		if (!cli_opt_date(cli, "date", date))
			return EXIT_USAGE;
		when = date;
	}
	struct store *st = cli->store;
	if (store_begin(st, &cli->diag)) {
		long n = store_metric_remove(st, name, when, scope, &cli->diag);
		if (n == 0)
			no_value(cli, name, when, scope);
		if (n > 0 && store_commit(st, &cli->diag))
			tfprintf(stdout, trn("removed %ld value of %s\n", "removed %ld values of %s\n",
					     (unsigned long)n), n, name);
		else
			store_rollback(st);
	}
	return cli_finish(cli);
}

static const struct cli_option record_options[] = {
	{ "date", 0, "YYYY-MM-DD", N_("the day the value is for (default today)") },
	{ "scope", 0, "k=v", N_("department=NAME, wave=W, role=NAME or entity=NAME (default: whole organisation)") },
	{ "source", 0, "S", N_("where the figure comes from (default manual)") },
	{ 0 },
};
static const struct command cmd_metric_record = {
	.name = "record",
	.summary = N_("record a metric value (replaces the value of the same name, scope and date)"),
	.usage = "metric record NAME VALUE [--date D] [--scope k=v] [--source S]",
	/* the metric names written out: a translator's tools read the message
	 * whole */
	.description = N_("For figures from elsewhere: training.completion, satisfaction.csat, roi.ratio, ...\n"
			  "Names of the adoption.* and dq.* families must be ones crmready computes; a value\n"
			  "must lie in its metric's domain (fractions 0..1, counts >= 0, satisfaction.csat 1..5)."),
	.options = record_options, .min_args = 2, .max_args = 2, .run = run_record,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct cli_option list_options[] = {
	{ "name", 0, "GLOB", N_("only names matching, e.g. 'adoption.*'") },
	{ "scope", 0, "S", N_("only this scope (\"\" for the whole organisation)") },
	{ 0 },
};
static const struct command cmd_metric_list = {
	.name = "list",
	.summary = N_("list stored metric values"),
	.usage = "metric list [--name GLOB] [--scope S] [--format csv|json]",
	.description = N_("CSV: the header name,scope,date,value,source and one row per value, "
		       "values unrounded."),
	.options = list_options, .formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_list,
	.workspace = CLI_WORKSPACE_READ,
};
static const struct cli_option rm_options[] = {
	{ "date", 0, "YYYY-MM-DD", N_("only the value of this day") },
	{ "scope", 0, "S", N_("only this scope") },
	{ 0 },
};
static const struct command cmd_metric_rm = {
	.name = "rm",
	.summary = N_("remove metric values"),
	.usage = "metric rm NAME [--date D] [--scope S]",
	.options = rm_options, .min_args = 1, .max_args = 1, .run = run_rm,
	.workspace = CLI_WORKSPACE_WRITE,
};
static const struct command *const metric_subcommands[] = {
	&cmd_metric_record, &cmd_metric_list, &cmd_metric_rm, NULL,
};
const struct command cmd_metric = {
	.name = "metric",
	.summary = N_("metric time series: record, list, rm"),
	.usage = "metric record|list|rm ...",
	.subcommands = metric_subcommands,
};
