/* crmready dq: the data-quality group (checks, scan, report) and
 * `dq report`: the latest scan and the trend of dq.score and its parts. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../reports/report.h"
#include "cmd_dq.h"
#include "plan_cli.h"

static const char *const PARTS[] = { "dq.score", "dq.completeness", "dq.validity",
				     "dq.duplicate_rate", "dq.freshness" };
enum { NPARTS = REPORT_DQ_NPARTS };

struct trend {
	struct report_dq_point *p;
	size_t n, cap;
	size_t part;
};

static bool on_metric(const struct store_metric *m, void *arg)
{
	struct trend *t = arg;
	size_t i = 0;
	while (i < t->n && strcmp(t->p[i].date, m->date))
		i++;
	if (i == t->n) {
		XGROW(t->p, t->cap, t->n + 1);
		t->p[i].date = xstrdup(m->date);
		for (size_t k = 0; k < NPARTS; k++)
			t->p[i].v[k] = NAN;
		t->n++;
	}
	t->p[i].v[t->part] = m->value;
	return true;
}

static int cmp_point(const void *a, const void *b)
{
	return strcmp(((const struct report_dq_point *)a)->date,
		      ((const struct report_dq_point *)b)->date);
}

static int run_report(struct cli *cli)
{
	const char *entity = cli_opt(cli, "entity");
	char today_s[11];
	long today;
	if (!plan_cli_today(cli, today_s, &today))
		return EXIT_USAGE;
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct store_dq_scan scan;
	struct store_dq_field *fields = NULL;
	size_t nf = 0;
	char **unchecked = NULL;
	size_t nu = 0;
	struct trend t = { 0 };
	int found = store_dq_scan_latest(st, entity, &scan, &cli->diag);
	char *ent = NULL;
	if (found == 1) {
		ent = xstrdup(scan.entity);
		if (!store_dq_fields(st, scan.id, &fields, &nf, &cli->diag) ||
		    !store_dq_unchecked(st, scan.id, &unchecked, &nu, &cli->diag))
			found = -1;
	} else if (found == 0 && entity) {
		ent = xstrdup(entity);
		/* Entities are exact (they are metric scopes): point at one that
		 * differs only in case, the usual slip (contact for Contact). */
		struct store_dq_scan last;
		int any = store_dq_scan_latest(st, NULL, &last, &cli->diag);
		if (any < 0)
			found = -1;
		if (any == 1) {
			if (strcmp(last.entity, entity) && !strcasecmp(last.entity, entity))
				cli_note(cli, "no scan of '%s', but there is one of '%s' (entity names "
					 "are case-sensitive)\n", entity, last.entity);
			store_dq_scan_release(&last);
		}
	}
	if (found >= 0 && ent) {
		char *scope = xasprintf("entity=%s", ent);
		for (t.part = 0; t.part < NPARTS; t.part++)
			if (!store_metric_each(st, PARTS[t.part], scope, on_metric, &t, &cli->diag)) {
				found = -1;
				break;
			}
		free(scope);
		if (t.n)
			qsort(t.p, t.n, sizeof *t.p, cmp_point);
	}
	/* The goals on dq.* metrics for this entity (and unscoped ones); all of
	 * them when there is no entity yet. */
	struct goal_rows goals = { 0 };
	char *goal_scope = ent ? xasprintf("entity=%s", ent) : NULL;
	struct goal_family family = { "dq.", goal_scope };
	if (found >= 0 && !goal_rows_load(st, today, goal_in_family, &family, &goals, &cli->diag))
		found = -1;
	free(goal_scope);
	store_close(st);
	if (found >= 0) {
		struct report_dq r = { ent, found ? &scan : NULL, fields, nf, unchecked, nu, t.p, t.n,
				       &goals, today_s };
		struct report_options o = { cli->lang, cli->color_out };
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_dq_json(&r);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_dq_csv(stdout, &r);
		} else {
			if (!found)
				cli_note(cli, "no data-quality scan%s%s yet; run 'crmready dq scan "
					 "FILE.csv'\n", entity ? " of " : "", entity ? entity : "");
			report_dq_text(stdout, &r, &o);
		}
	}
	goal_rows_release(&goals);
	for (size_t i = 0; i < t.n; i++)
		free(t.p[i].date);
	free(t.p);
	for (size_t i = 0; i < nf; i++)
		store_dq_field_release(&fields[i]);
	free(fields);
	for (size_t i = 0; i < nu; i++)
		free(unchecked[i]);
	free(unchecked);
	if (found == 1)
		store_dq_scan_release(&scan);
	free(ent);
	return cli_finish(cli);
}

static const struct cli_option report_options[] = {
	{ "entity", 'e', "NAME", "the entity (default: the one scanned last)" },
	{ "today", 0, "YYYY-MM-DD", "judge the data-quality goals as of this day (default today)" },
	{ 0 },
};

const struct command cmd_dq_report = {
	.name = "report",
	.summary = "the latest data-quality scan and the trend of dq.score and its parts",
	.usage = "dq report [--entity NAME] [--today D] [--format json|csv]",
	.description =
		"Text and JSON show the latest scan's field profile and the trend;\n"
		"CSV gives the trend: entity,date,score,completeness,validity,\n"
		"duplicate_rate,freshness (fractions, unrounded). All three end with\n"
		"the goals on dq.* metrics for the entity (scope entity=NAME, or no\n"
		"scope) and their status on --today, judged as 'crmready status' does;\n"
		"in CSV one row per goal with the columns goal_id..status filled.",
	.options = report_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 0,
	.run = run_report,
};

static const struct command *const dq_subcommands[] = {
	&cmd_dq_checks, &cmd_dq_scan, &cmd_dq_report, NULL,
};

const struct command cmd_dq = {
	.name = "dq",
	.summary = "data quality of CRM exports: checks, scans, duplicates, trends",
	.usage = "dq checks|scan|report ...",
	.subcommands = dq_subcommands,
};
