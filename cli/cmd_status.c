/* crmready status: every goal against its metric (SPEC §7, §9, §10). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "commands.h"
#include "plan_cli.h"

static int run_status(struct cli *cli)
{
	char today_s[11];
	long today;
	if (!cli_opt_day(cli, "today", today_s, &today))
		return EXIT_USAGE;
	enum goal_state fail_on = GOAL_MISSED;
	const char *f = cli_opt(cli, "fail-on");
	if (f && !goal_state_parse(f, &fail_on))
		return cli_usage_error(cli, "--fail-on: found '%s', expected missed or at-risk", f);

	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct goal_rows rows;
	if (!goal_rows_load(st, today, NULL, NULL, &rows, &cli->diag)) {
		goal_rows_release(&rows);
		store_close(st);
		return cli_finish(cli);
	}
	size_t n = rows.n;
	size_t counts[GOAL_NSTATES] = { 0 }, failing = 0;
	json_t *arr = cli->format == FORMAT_JSON ? json_array() : NULL;
	bool fa = cli->lang == LANG_FA;
	if (!arr) {
		printf(fa ? "وضعیت اهداف در %s\n" : "Goal status on %s\n", today_s);
		if (n)
			plan_cli_goal_heading(cli, 54, true);
		else
			printf(fa ? "هنوز هدفی نیست: 'crmready plan build' هدف‌های مرحله‌ها را می‌سازد و "
				    "'crmready goal add' هدف‌های خودتان را می‌افزاید\n"
				  : "no goals yet: 'crmready plan build' makes the phase goals, "
				    "'crmready goal add' adds your own\n");
	}
	for (size_t i = 0; i < n; i++) {
		const struct goal_row *g = &rows.v[i];
		const struct goal_status *s = &g->status;
		counts[s->state]++;
		if (f && goal_state_at_least(s->state, fail_on))
			failing++;
		if (arr) {
			json_array_append_new(arr, plan_cli_goal_json(g));
			continue;
		}
		char t[40], latest[24], proj[24], exp[24], goal[256];
		plan_cli_num(t, g->target);
		plan_cli_latest(latest, g);
		plan_cli_shown(proj, s->has_projection, s->projected);
		plan_cli_shown(exp, s->has_expected, s->expected);
		char *scope = text_sanitize(g->scope);
		snprintf(goal, sizeof goal, "%*s%s %s %s%s%s%s", g->depth * 2, "", g->metric, g->op, t,
			 *scope ? " (" : "", scope, *scope ? ")" : "");
		free(scope);
		printf("%4ld  ", g->id);
		cli_pad(g->phase, 11);
		putchar(' ');
		cli_pad(goal, 54);
		printf(" %-10s %8s %-10s %9s %8s  ", g->due, latest,
		       s->has_latest ? g->latest_date : "-", proj, exp);
		plan_cli_print_state(cli, g);
		putchar('\n');
	}
	if (arr) {
		plan_cli_json_print(json_pack("{s:o, s:s}", "goals", arr, "today", today_s));
	} else if (n) {
		putchar('\n');
		plan_cli_goal_tally(cli, n, counts);
		printf(fa ? "پیش‌بینی: روند کمترین مربعات %d مقدار آخر در موعد، درون دامنه سنجه؛ "
			    "انتظار: جایی که مسیری\nمستقیم از خط پایه هدف (در روز تعیین آن) تا "
			    "مقدار هدف (در موعد)، امروز به آن رسیده است؛\nهنوز زود است: کمتر از %d "
			    "مقدار یا کمتر از %d هفته؛ قطعی: پس از موعد، بر پایه مقدارهای تا موعد\n"
			  : "projected: the least-squares trend of the last %d values at the due date, "
			    "kept in the metric's range;\nexpected: where a straight path from the "
			    "goal's baseline (on the day it was set) to the target\n(on the due date) "
			    "stands today; too early: fewer than %d values or fewer than %d weeks;\n"
			    "settled: past its due date, judged on the values up to it\n",
		       GOAL_TREND_POINTS, GOAL_MIN_POINTS, GOAL_MIN_WEEKS);
	}
	goal_rows_release(&rows);
	store_close(st);
	int rc = cli_finish(cli);
	if (rc == EXIT_OK && failing) {
		fprintf(stderr, "crmready status: %zu goal%s %s\n", failing, failing == 1 ? " is" : "s are",
			fail_on == GOAL_MISSED ? "missed" : "at risk or missed");
		rc = EXIT_STATUS;
	}
	return rc;
}

static const struct cli_option status_options[] = {
	{ "today", 0, "YYYY-MM-DD", "judge the goals as of this day (default today)" },
	{ "fail-on", 0, "missed|at-risk", "exit 1 when a goal is in that state or worse" },
	{ 0 },
};
const struct command cmd_status = {
	.name = "status",
	.summary = "every goal with its latest value, trend and status",
	.usage = "status [--today D] [--fail-on missed|at-risk] [--format json]",
	.description =
		"Status of a goal on --today, or, once its due date has passed, on the due date "
		"(a settled\ngoal: values dated later never change it): achieved when the latest "
		"value meets the target;\nmissed when settled and it does not; too early when the "
		"last 8 values are fewer than 3\nor lie in fewer than 2 ISO weeks; on track when "
		"the least-squares line through them, kept\nin the metric's range, meets the target "
		"at the due date; otherwise at risk; no data when\nthe metric has no value for the "
		"goal's scope. Expected: the straight path from the goal's\nbaseline (its first "
		"value on or after the day it was set, or goal add --baseline) to the\ntarget. "
		"<= and < goals are lower-is-better. The ladder for --fail-on is achieved <\non "
		"track < at risk < missed; 'no data' and 'too early' never fail it.",
	.options = status_options, .formats = FORMAT_JSON, .min_args = 0, .max_args = 0,
	.run = run_status,
};
