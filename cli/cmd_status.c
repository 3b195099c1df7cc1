/* crmready status: every goal against its metric (SPEC §7, §9, §10). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "commands.h"
#include "plan_cli.h"

struct points {
	struct goal_point *v;
	size_t n, cap;
};

static bool add_point(const struct store_metric *m, void *arg)
{
	struct points *p = arg;
	long day;
	if (!plan_date_parse(m->date, &day))
		return true;
	XGROW(p->v, p->cap, p->n + 1);
	p->v[p->n++] = (struct goal_point){ day, m->value };
	return true;
}

static void shown(char out[24], bool has, double v)
{
	if (!has)
		snprintf(out, 24, "-");
	else if (fabs(v) < 10 && v != round(v))
		snprintf(out, 24, "%.3g", v);
	else
		snprintf(out, 24, "%.1f", v);
}

static json_t *num_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

static int run_status(struct cli *cli)
{
	char today_s[11];
	cli_today(today_s);
	if (!cli_opt_date(cli, "today", today_s))
		return EXIT_USAGE;
	enum goal_state fail_on = GOAL_MISSED;
	const char *f = cli_opt(cli, "fail-on");
	if (f && !goal_state_parse(f, &fail_on))
		return cli_usage_error(cli, "--fail-on: found '%s', expected missed or at-risk", f);
	long today;
	plan_date_parse(today_s, &today);

	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct store_goal *goals = NULL;
	size_t n = 0;
	if (!store_goal_list(st, &goals, &n, &cli->diag)) {
		store_close(st);
		return cli_finish(cli);
	}
	size_t counts[5] = { 0 }, failing = 0;
	json_t *arr = cli->format == FORMAT_JSON ? json_array() : NULL;
	if (!arr) {
		printf("Goal status on %s\n", today_s);
		if (n)
			printf("%4s  %-11s %-54s %-10s %8s %-10s %9s %8s  %s\n", "id", "phase", "goal",
			       "due", "latest", "on", "projected", "expected", "status");
		else
			printf("no goals yet: 'crmready plan build' makes the phase goals, "
			       "'crmready goal add' adds your own\n");
	}
	for (size_t i = 0; i < n && !diag_has_errors(&cli->diag); i++) {
		const struct store_goal *g = &goals[i];
		struct points pts = { 0 };
		store_metric_each(st, g->metric, g->scope, add_point, &pts, &cli->diag);
		enum goal_op op = GOAL_GE;
		goal_op_parse(g->op, &op);
		long due = today;
		plan_date_parse(g->due, &due);
		struct goal_status s;
		goal_evaluate(op, g->target, due, today, pts.v, pts.n, &s);
		free(pts.v);
		counts[s.state]++;
		if (f && goal_state_at_least(s.state, fail_on))
			failing++;
		char latest_date[11] = "";
		if (s.has_latest)
			plan_date_format(s.latest.day, latest_date);
		if (arr) {
			json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:s}", "phase", g->phase,
					      "metric", g->metric, "scope", g->scope, "op", g->op,
					      "target", g->target, "due", g->due);
			json_object_set_new(o, "latest", num_or_null(s.has_latest, s.latest.value));
			json_object_set_new(o, "latest_date", s.has_latest ? json_string(latest_date)
									 : json_null());
			json_object_set_new(o, "status", json_string(goal_state_name(s.state)));
			json_object_set_new(o, "id", json_integer(g->id));
			json_object_set_new(o, "parent", g->parent ? json_integer(g->parent) : json_null());
			json_object_set_new(o, "projected", num_or_null(s.has_projection, s.projected));
			json_object_set_new(o, "expected", num_or_null(s.has_expected, s.expected));
			json_object_set_new(o, "points", json_integer((json_int_t)s.points_used));
			json_array_append_new(arr, o);
			continue;
		}
		int depth = 0;
		for (long p = g->parent; p && depth < 8; depth++) {
			long next = 0;
			for (size_t j = 0; j < n; j++)
				if (goals[j].id == p)
					next = goals[j].parent;
			p = next;
		}
		char t[40], latest[24], proj[24], exp[24], goal[256];
		plan_cli_num(t, g->target);
		shown(latest, s.has_latest, s.latest.value);
		shown(proj, s.has_projection, s.projected);
		shown(exp, s.has_expected, s.expected);
		char *scope = text_sanitize(g->scope);
		snprintf(goal, sizeof goal, "%*s%s %s %s%s%s%s", depth * 2, "", g->metric, g->op, t,
			 *scope ? " (" : "", scope, *scope ? ")" : "");
		free(scope);
		const char *state = goal_state_name(s.state);
		const char *color = "";
		if (cli->color_out)
			color = s.state == GOAL_ACHIEVED || s.state == GOAL_ON_TRACK ? "\033[32m"
				: s.state == GOAL_AT_RISK ? "\033[33m"
				: s.state == GOAL_MISSED ? "\033[31m" : "";
		printf("%4ld  %-11s %-54s %-10s %8s %-10s %9s %8s  %s%s%s\n", g->id, g->phase, goal,
		       g->due, latest, s.has_latest ? latest_date : "-", proj, exp, color, state,
		       *color ? "\033[0m" : "");
	}
	if (arr) {
		plan_cli_json_print(json_pack("{s:o, s:s}", "goals", arr, "today", today_s));
	} else if (n) {
		printf("\n%zu goal%s: %zu achieved, %zu on track, %zu at risk, %zu missed, %zu no data\n",
		       n, n == 1 ? "" : "s", counts[GOAL_ACHIEVED], counts[GOAL_ON_TRACK],
		       counts[GOAL_AT_RISK], counts[GOAL_MISSED], counts[GOAL_NO_DATA]);
		printf("projected: the least-squares trend of the last %d values at the due date; "
		       "expected: where a\nstraight path from the first of those values to the "
		       "target stands today\n", GOAL_TREND_POINTS);
	}
	for (size_t i = 0; i < n; i++)
		store_goal_release(&goals[i]);
	free(goals);
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
		"Status of a goal on --today: achieved when the latest value meets the target; "
		"missed when\nthe due date has passed and it does not; on track when the "
		"least-squares line through\nthe last 8 dated values (at least 2) meets the target "
		"at the due date; otherwise at risk;\nno data when the metric has no value for the "
		"goal's scope. Values dated after --today\nare ignored. <= and < goals are "
		"lower-is-better. The ladder for --fail-on is\nachieved < on track < at risk < "
		"missed; 'no data' never fails it.",
	.options = status_options, .formats = FORMAT_JSON, .min_args = 0, .max_args = 0,
	.run = run_status,
};
