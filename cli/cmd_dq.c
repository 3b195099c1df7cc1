/* crmready dq: the data-quality group (checks, scan, report) and
 * `dq report`: the latest scan and the trend of dq.score and its parts. */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cmd_dq.h"
#include "plan_cli.h"

static const char *const PARTS[] = { METRIC_DQ_SCORE, METRIC_DQ_COMPLETENESS, METRIC_DQ_VALIDITY,
				     METRIC_DQ_DUPLICATE_RATE, METRIC_DQ_FRESHNESS };
enum { NPARTS = 5 };

struct trend_point {
	char *date;
	double v[NPARTS];   /* NAN when absent */
};

struct trend {
	struct trend_point *p;
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
	return strcmp(((const struct trend_point *)a)->date, ((const struct trend_point *)b)->date);
}

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *examples(const char *text)
{
	json_error_t err;
	json_t *a = json_loads(text, 0, &err);
	return a ? a : json_array();
}

static void report_json(const struct store_dq_scan *s, const struct store_dq_field *f,
			size_t nf, char *const *unchecked, size_t nu, const struct trend *t, const char *entity,
			const struct goal_rows *goals, const char *today)
{
	json_t *o = json_object();
	json_object_set_new(o, "entity", entity ? json_string(entity) : json_null());
	if (s) {
		json_t *fields = json_array();
		for (size_t i = 0; i < nf; i++) {
			json_t *x = json_pack("{s:s, s:I, s:f}", "field", f[i].field, "filled",
					      (json_int_t)f[i].filled, "completeness",
					      s->records ? (double)f[i].filled / (double)s->records : 0.0);
			json_object_set_new(x, "checked", json_integer(f[i].checked));
			json_object_set_new(x, "valid", json_integer(f[i].valid));
			json_object_set_new(x, "validity", f[i].checked
				? json_real((double)f[i].valid / (double)f[i].checked) : json_null());
			json_object_set_new(x, "distinct", json_integer(f[i].distinct));
			json_object_set_new(x, "problems", json_integer(f[i].problems));
			json_object_set_new(x, "examples", examples(f[i].examples));
			json_array_append_new(fields, x);
		}
		json_t *l = json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:f}", "date", s->date, "file",
				      s->file, "checks", s->checks, "records", (json_int_t)s->records,
				      "clusters", (json_int_t)s->clusters, "redundant",
				      (json_int_t)s->redundant, "completeness", s->completeness);
		json_object_set_new(l, "validity", s->has_validity ? json_real(s->validity) : json_null());
		json_object_set_new(l, "duplicate_rate",
				    s->has_duplicates ? json_real(s->duplicate_rate) : json_null());
		json_object_set_new(l, "freshness", s->has_freshness ? json_real(s->freshness) : json_null());
		json_object_set_new(l, "score", json_real(s->score));
		json_object_set_new(l, "scanned_at", json_string(s->scanned_at));
		json_object_set_new(l, "fields", fields);
		json_t *u = json_array();
		for (size_t i = 0; i < nu; i++)
			json_array_append_new(u, json_string(unchecked[i]));
		json_object_set_new(l, "not_checked", u);
		json_object_set_new(o, "latest", l);
	} else {
		json_object_set_new(o, "latest", json_null());
	}
	json_t *tr = json_array();
	for (size_t i = 0; i < t->n; i++) {
		json_t *x = json_pack("{s:s}", "date", t->p[i].date);
		for (size_t k = 0; k < NPARTS; k++)
			json_object_set_new(x, PARTS[k] + 3, num_or_null(t->p[i].v[k]));
		json_array_append_new(tr, x);
	}
	json_object_set_new(o, "trend", tr);
	json_t *g = json_array();
	for (size_t i = 0; i < goals->n; i++)
		json_array_append_new(g, plan_cli_goal_json(&goals->v[i]));
	json_object_set_new(o, "today", json_string(today));
	json_object_set_new(o, "goals", g);
	json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15) | JSON_PRESERVE_ORDER);
	putchar('\n');
	json_decref(o);
}

enum { CSV_OWN = 7, CSV_ALL = CSV_OWN + PLAN_CLI_GOAL_CSV };

static void report_csv(const struct trend *t, const char *entity, const struct goal_rows *goals)
{
	const char *header[CSV_ALL] = { "entity", "date", "score", "completeness", "validity",
					"duplicate_rate", "freshness" };
	memcpy(header + CSV_OWN, plan_cli_goal_csv_head, sizeof plan_cli_goal_csv_head);
	csvx_write_row(stdout, header, CSV_ALL);
	for (size_t i = 0; i < t->n; i++) {
		char buf[NPARTS][32];
		const char *cells[CSV_ALL] = { entity, t->p[i].date };
		for (size_t k = 0; k < NPARTS; k++) {
			if (isnan(t->p[i].v[k]))
				buf[k][0] = '\0';
			else
				snprintf(buf[k], sizeof buf[k], "%.17g", t->p[i].v[k]);
			cells[2 + k] = buf[k];
		}
		for (size_t k = CSV_OWN; k < CSV_ALL; k++)
			cells[k] = "";
		csvx_write_row(stdout, cells, CSV_ALL);
	}
	/* a goal's row: its entity (from its scope), the goal columns */
	for (size_t i = 0; i < goals->n; i++) {
		const struct goal_row *r = &goals->v[i];
		struct plan_cli_goal_cells c;
		plan_cli_goal_cells(r, &c);
		const char *cells[CSV_ALL] = {
			!strncmp(r->scope, "entity=", 7) ? r->scope + 7 : r->scope,
			"", "", "", "", "", "" };
		memcpy(cells + CSV_OWN, c.cell, sizeof c.cell);
		csvx_write_row(stdout, cells, CSV_ALL);
	}
}

static void bar(double v, int width)
{
	int full = (int)lround(v * width);
	for (int i = 0; i < width; i++)
		fputs(i < full ? "#" : ".", stdout);
}

static void report_text(const struct store_dq_scan *s, const struct store_dq_field *f,
			size_t nf, char *const *unchecked, size_t nu, const struct trend *t, const char *entity, enum lang lang)
{
	bool fa = lang == LANG_FA;
	char a[16], b[16], c[16], d[16], e[16];
	char *file = text_sanitize(s->file);
	printf(fa ? "کیفیت داده‌ی %s: آخرین بررسی %s از %s (%ld رکورد، بررسی‌های %s)\n\n"
		  : "data quality of %s: latest scan %s of %s (%ld records, checks %s)\n\n",
	       entity, s->date, file, s->records, s->checks);
	free(file);
	struct dq_profile_row *rows = xcalloc(nf + 1, sizeof *rows);
	char (*pct)[2][16] = xcalloc(nf + 1, sizeof *pct);
	for (size_t i = 0; i < nf; i++)
		rows[i] = (struct dq_profile_row){
			f[i].field,
			dq_pct(pct[i][0], s->records ? (double)f[i].filled / (double)s->records : 0),
			f[i].checked ? dq_pct(pct[i][1], (double)f[i].valid / (double)f[i].checked) : "-",
			f[i].distinct, f[i].problems };
	dq_print_profile(rows, nf, lang);
	free(rows);
	free(pct);
	dq_print_unchecked((const char *const *)unchecked, nu, lang);
	printf(fa ? "\nتکرار: %ld گروه، %ld رکورد زائد\n"
		  : "\nduplicates: %ld clusters, %ld redundant records\n", s->clusters, s->redundant);
	putchar('\n');
	cli_pad(dq_word("trend", lang), 10);
	putchar(' ');
	cli_rpad(dq_word("score", lang), 6);
	printf(" %-24s ", "");
	static const char *const parts[] = { "completeness", "validity", "duplicates", "freshness" };
	static const size_t widths[] = { 12, 8, 10, 9 };
	for (size_t k = 0; k < 4; k++) {
		if (k)
			fputs("  ", stdout);
		cli_rpad(dq_word(parts[k], lang), widths[k]);
	}
	putchar('\n');
	for (size_t i = 0; i < t->n; i++) {
		const double *v = t->p[i].v;
		printf("%s %6s ", t->p[i].date, isnan(v[0]) ? "-" : dq_pct(a, v[0]));
		bar(isnan(v[0]) ? 0 : v[0], 24);
		printf(" %12s  %8s  %10s  %9s\n", isnan(v[1]) ? "-" : dq_pct(b, v[1]),
		       isnan(v[2]) ? "-" : dq_pct(c, v[2]), isnan(v[3]) ? "-" : dq_pct(d, v[3]),
		       isnan(v[4]) ? "-" : dq_pct(e, v[4]));
	}
}

static int run_report(struct cli *cli)
{
	const char *entity = cli_opt(cli, "entity");
	char today_s[11];
	long today;
	if (!cli_opt_day(cli, "today", today_s, &today))
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
	struct goal_family family = { METRIC_FAMILY_DQ, goal_scope };
	if (found >= 0 && !goal_rows_load(st, today, goal_in_family, &family, &goals, &cli->diag))
		found = -1;
	free(goal_scope);
	store_close(st);
	if (found >= 0) {
		if (cli->format == FORMAT_JSON) {
			report_json(found ? &scan : NULL, fields, nf, unchecked, nu, &t, ent, &goals, today_s);
		} else if (cli->format == FORMAT_CSV) {
			report_csv(&t, ent ? ent : "", &goals);
		} else {
			if (found)
				report_text(&scan, fields, nf, unchecked, nu, &t, ent, cli->lang);
			else
				cli_note(cli, "no data-quality scan%s%s yet; run 'crmready dq scan "
					 "FILE.csv'\n", entity ? " of " : "", entity ? entity : "");
			plan_cli_goals_text(cli, &goals, METRIC_FAMILY_DQ ".", today_s);
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
