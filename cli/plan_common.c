/* Number and JSON printing for the plan commands. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "../reports/report.h"
#include "plan_cli.h"

void plan_cli_num(char out[40], double v)
{
	report_num_exact(out, v);
}

void plan_cli_json_print(json_t *v)
{
	report_json_print(v, stdout);
	json_decref(v);
}

static json_t *num_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

json_t *plan_cli_goal_json(const struct goal_row *r)
{
	const struct goal_status *s = &r->status;
	/* the key order 'status --format json' has always had */
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:s}", "phase", r->phase, "metric",
			      r->metric, "scope", r->scope, "op", r->op, "target", r->target,
			      "due", r->due);
	json_object_set_new(o, "latest", num_or_null(s->has_latest, s->latest.value));
	json_object_set_new(o, "latest_date",
			    s->has_latest ? json_string(r->latest_date) : json_null());
	json_object_set_new(o, "status", json_string(goal_state_name(s->state)));
	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "parent", r->parent ? json_integer(r->parent) : json_null());
	json_object_set_new(o, "projected", num_or_null(s->has_projection, s->projected));
	json_object_set_new(o, "expected", num_or_null(s->has_expected, s->expected));
	json_object_set_new(o, "points", json_integer((json_int_t)s->points_used));
	json_object_set_new(o, "weeks", json_integer((json_int_t)s->weeks_used));
	json_object_set_new(o, "judged_at", json_string(r->judged_at));
	json_object_set_new(o, "settled", json_boolean(s->settled));
	json_object_set_new(o, "set_on", *r->set_on ? json_string(r->set_on) : json_null());
	json_object_set_new(o, "baseline", num_or_null(s->has_baseline, s->baseline));
	return o;
}

const char *plan_cli_state_color(const struct cli *cli, enum goal_state s)
{
	if (!cli->color_out)
		return "";
	return s == GOAL_ACHIEVED || s == GOAL_ON_TRACK ? "\033[32m"
	       : s == GOAL_AT_RISK ? "\033[33m"
	       : s == GOAL_MISSED ? "\033[31m" : s == GOAL_TOO_EARLY ? "\033[36m" : "";
}

void plan_cli_print_state(const struct cli *cli, const struct goal_row *r)
{
	const char *color = plan_cli_state_color(cli, r->status.state);
	printf("%s%s%s", color, goal_state_label(r->status.state, cli->lang),
	       *color ? "\033[0m" : "");
	if (r->status.settled)
		printf(cli->lang == LANG_FA ? " (قطعی در %s)" : " (settled on %s)", r->judged_at);
}

void plan_cli_shown(char out[24], bool has, double v)
{
	char buf[TEXT_NUMBER_LEN];
	snprintf(out, 24, "%s", has ? text_number_small(v, buf) : "-");
}

void plan_cli_latest(char out[24], const struct goal_row *r)
{
	char buf[TEXT_NUMBER_LEN];
	snprintf(out, 24, "%s", r->status.has_latest
		 ? text_number_beside(r->status.latest.value, r->target, buf) : "-");
}

void plan_cli_goals_text(const struct cli *cli, const struct goal_rows *rows,
			 const char *family, const char *today)
{
	bool fa = cli->lang == LANG_FA;
	if (fa)
		printf("\nاهداف روی سنجه‌های %s* در %s\n", family, today);
	else
		printf("\nGoals on %s* metrics on %s\n", family, today);
	if (!rows->n) {
		printf(fa ? "هیچ هدفی روی سنجه‌های %s* نیست: 'crmready plan build' یا "
			    "'crmready goal add'\n"
			  : "no goals on %s* metrics: 'crmready plan build' makes the phase goals, "
			    "'crmready goal add' adds your own\n", family);
		return;
	}
	char **goal = xcalloc(rows->n, sizeof *goal);
	size_t w = 4;
	for (size_t i = 0; i < rows->n; i++) {
		const struct goal_row *r = &rows->v[i];
		char t[40];
		plan_cli_num(t, r->target);
		char *scope = text_sanitize(r->scope);
		/* indented under its parent when the parent is shown too */
		int depth = 0;
		for (size_t j = i; r->parent && j-- > 0;)
			if (rows->v[j].id == r->parent) {
				depth = r->depth;
				break;
			}
		goal[i] = xasprintf("%*s%s %s %s%s%s%s", depth * 2, "", r->metric, r->op, t,
				    *scope ? " (" : "", scope, *scope ? ")" : "");
		free(scope);
		if (utf8_width(goal[i]) > w)
			w = utf8_width(goal[i]);
	}
	plan_cli_goal_heading(cli, w, false);
	size_t counts[GOAL_NSTATES] = { 0 };
	for (size_t i = 0; i < rows->n; i++) {
		const struct goal_row *r = &rows->v[i];
		const struct goal_status *s = &r->status;
		char latest[24], proj[24];
		plan_cli_latest(latest, r);
		plan_cli_shown(proj, s->has_projection, s->projected);
		cli_pad(goal[i], w);
		printf("  %-10s %8s %-10s %9s  ", r->due, latest,
		       s->has_latest ? r->latest_date : "-", proj);
		plan_cli_print_state(cli, r);
		putchar('\n');
		counts[s->state]++;
		free(goal[i]);
	}
	free(goal);
	plan_cli_goal_tally(cli, rows->n, counts);
}

void plan_cli_goal_heading(const struct cli *cli, size_t goal_cols, bool full)
{
	bool fa = cli->lang == LANG_FA;
	if (full) {
		cli_rpad(fa ? "کد" : "id", 4);
		fputs("  ", stdout);
		cli_pad(fa ? "مرحله" : "phase", 11);
		putchar(' ');
	}
	cli_pad(fa ? "هدف" : "goal", goal_cols);
	fputs(full ? " " : "  ", stdout);
	cli_pad(fa ? "موعد" : "due", 10);
	putchar(' ');
	cli_rpad(fa ? "آخرین" : "latest", 8);
	putchar(' ');
	cli_pad(fa ? "در" : "on", 10);
	putchar(' ');
	cli_rpad(fa ? "پیش‌بینی" : "projected", 9);
	if (full) {
		putchar(' ');
		cli_rpad(fa ? "انتظار" : "expected", 8);
	}
	printf("  %s\n", fa ? "وضعیت" : "status");
}

void plan_cli_goal_tally(const struct cli *cli, size_t n, const size_t counts[GOAL_NSTATES])
{
	if (cli->lang == LANG_FA)
		printf("%zu هدف: %zu محقق شد، %zu در مسیر، %zu در معرض خطر، %zu از دست رفت، "
		       "%zu هنوز زود است، %zu بدون داده\n", n, counts[GOAL_ACHIEVED],
		       counts[GOAL_ON_TRACK], counts[GOAL_AT_RISK], counts[GOAL_MISSED],
		       counts[GOAL_TOO_EARLY], counts[GOAL_NO_DATA]);
	else
		printf("%zu goal%s: %zu achieved, %zu on track, %zu at risk, %zu missed, "
		       "%zu too early, %zu no data\n", n, n == 1 ? "" : "s", counts[GOAL_ACHIEVED],
		       counts[GOAL_ON_TRACK], counts[GOAL_AT_RISK], counts[GOAL_MISSED],
		       counts[GOAL_TOO_EARLY], counts[GOAL_NO_DATA]);
}

const char *const plan_cli_goal_csv_head[PLAN_CLI_GOAL_CSV] = {
	"goal_id", "parent", "phase", "metric", "op", "target", "due",
	"latest", "latest_date", "projected", "expected", "status", "judged_at", "baseline",
};

void plan_cli_goal_cells(const struct goal_row *r, struct plan_cli_goal_cells *c)
{
	const struct goal_status *s = &r->status;
	memset(c, 0, sizeof *c);
	snprintf(c->id, sizeof c->id, "%ld", r->id);
	if (r->parent)
		snprintf(c->parent, sizeof c->parent, "%ld", r->parent);
	plan_cli_num(c->target, r->target);
	if (s->has_latest)
		plan_cli_num(c->latest, s->latest.value);
	if (s->has_projection)
		plan_cli_num(c->proj, s->projected);
	if (s->has_expected)
		plan_cli_num(c->exp, s->expected);
	if (s->has_baseline)
		plan_cli_num(c->base, s->baseline);
	const char *cell[PLAN_CLI_GOAL_CSV] = { c->id, c->parent, r->phase, r->metric, r->op,
						c->target, r->due, c->latest, r->latest_date,
						c->proj, c->exp, goal_state_name(s->state),
						r->judged_at, c->base };
	memcpy(c->cell, cell, sizeof cell);
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
		cli_usage_error(cli, "--scope: '%s': %s", scope, err);
		free(err);
		return false;
	}
	return true;
}
