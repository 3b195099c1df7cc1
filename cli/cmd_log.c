/* crmready log: the history of hand-made changes (goals, waivers, plan
 * updates, baselines, gate decisions), oldest first. */
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../reports/report.h"
#include "commands.h"

static bool kind_ok(struct cli *cli, const char *kind)
{
	size_t n = 0;
	while (report_log_kinds[n])
		n++;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(report_log_kinds[i], kind))
			return true;
	const char *close = text_closest(kind, report_log_kinds, n);
	if (close)
		cli_usage_error(cli, _("--kind: unknown kind '%s' (did you mean '%s'?); expected goal, "
				       "waiver, initiative, phase, baseline or plan"), kind, close);
	else
		cli_usage_error(cli, _("--kind: unknown kind '%s'; expected goal, waiver, initiative, "
				       "phase, baseline or plan"), kind);
	return false;
}

static bool add_change(const struct store_history *h, void *arg)
{
	report_log_add(arg, h);
	return true;
}

static int run_log(struct cli *cli)
{
	char since[11] = "", until[11] = "";
	const char *kind = cli_opt(cli, "kind");
	if (kind && !kind_ok(cli, kind))
		return EXIT_USAGE;
	if (!cli_opt_date(cli, "since", since) || !cli_opt_date(cli, "until", until))
		return EXIT_USAGE;
	if (*since && *until && strcmp(since, until) > 0)
		return cli_usage_error(cli, _("--since %s is after --until %s: no day is in between"),
				       cli_opt(cli, "since"), cli_opt(cli, "until"));
	struct store_history_filter f = { .kind = kind, .ref = cli_opt(cli, "ref"),
					  .since = *since ? since : NULL,
					  .until = *until ? until : NULL };
	struct report_options o = { cli->lang, cli->color_out };
	enum report_log_format fmt = cli->format == FORMAT_JSON ? REPORT_LOG_JSON
				     : cli->format == FORMAT_CSV ? REPORT_LOG_CSV : REPORT_LOG_TEXT;
	struct report_log *l = report_log_begin(fmt, stdout, &o);
	store_history_each(cli->store, &f, add_change, l, &cli->diag);
	report_log_end(l);
	return cli_finish(cli);
}

static const struct cli_option log_options[] = {
	{ "kind", 0, "K", N_("only changes of this kind: goal, waiver, initiative, phase, baseline, "
			     "plan") },
	{ "ref", 0, "REF", N_("only changes of this goal id, rule, initiative, phase or baseline") },
	{ "since", 0, "YYYY-MM-DD", N_("only changes on or after this day") },
	{ "until", 0, "YYYY-MM-DD", N_("only changes on or before this day") },
	{ 0 },
};

const struct command cmd_log = {
	.name = "log",
	.summary = N_("the history of changes made by hand: goals, waivers, plan updates"),
	.usage = "log [--kind K] [--ref REF] [--since D] [--until D] [--format json|csv]",
	.description = N_("Lists, oldest first, every change a person made to the engagement: a\n"
		       "goal's target or due date, a waiver given or lifted, an initiative's\n"
		       "status and dates, a baseline saved, a gate decision. Each with the day,\n"
		       "who made it (--by NAME, default the login name), what changed from what\n"
		       "to what, and the reason given."),
	.options = log_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_log,
	.workspace = CLI_WORKSPACE_READ,
};
