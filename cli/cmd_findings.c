/* crmready findings: evaluate every rules set against the workspace. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "../reports/report.h"
#include "../rules/rules.h"
#include "commands.h"

static json_t *value_json(const struct expr_evidence *x)
{
	if (!x->has_value)
		return json_null();
	switch (x->value.type) {
	case EXPR_STRING: return json_string(x->value.str);
	case EXPR_BOOL: return json_boolean(x->value.b);
	default: return json_real(x->value.num);
	}
}

static const char *severity_color(enum severity s)
{
	static const char *const c[] = { "\033[2m", "\033[36m", "\033[33m", "\033[31m",
					 "\033[1;31m" };
	return c[s];
}

static void print_text(const struct rule_findings *f, size_t nsets, enum lang lang, bool color)
{
	bool fa = lang == LANG_FA;
	const char *bold = color ? "\033[1m" : "", *dim = color ? "\033[2m" : "",
		   *reset = color ? "\033[0m" : "";
	if (fa)
		printf("%sیافته‌ها%s: %zu مورد، %zu ارزیابی‌نشده، %zu بدون مشکل (%zu مجموعه قاعده)\n",
		       bold, reset, f->nfired, f->nnot_evaluated, f->passed, nsets);
	else
		printf("%sFindings%s: %zu fired, %zu not evaluated, %zu passed (%zu rules set%s)\n",
		       bold, reset, f->nfired, f->nnot_evaluated, f->passed, nsets,
		       nsets == 1 ? "" : "s");
	for (size_t i = 0; i < f->nfired; i++) {
		const struct rule_finding *x = &f->fired[i];
		const struct rule *r = x->rule;
		char *title = text_sanitize(text_get(&r->title, lang));
		const char *sev = severity_label(r->severity, lang);
		/* pad by columns, not bytes: Persian labels are two bytes a letter */
		int pad = 8 - (int)utf8_width(sev);
		printf("\n%s%s%s%*s  %s%s%s  %s%s%s\n", color ? severity_color(r->severity) : "",
		       sev, reset, pad > 0 ? pad : 0, "", bold, title, reset, dim, r->id, reset);
		free(title);
		char *ev = report_finding_evidence(&x->result, lang);
		char *clean = text_sanitize(ev);
		printf("  %s%s:%s %s\n", dim, fa ? "شواهد" : "evidence", reset, clean);
		free(clean);
		free(ev);
		char *rec = text_sanitize(text_get(&r->recommendation, lang));
		printf("  %s%s:%s %s\n", dim, fa ? "توصیه" : "recommendation", reset, rec);
		free(rec);
		if (r->ninitiatives) {
			printf("  %s%s:%s ", dim, fa ? "اقدام‌ها" : "initiatives", reset);
			for (size_t k = 0; k < r->ninitiatives; k++)
				printf("%s%s", k ? ", " : "", r->initiatives[k]);
			printf("\n");
		}
		if (r->source) {
			char *src = text_sanitize(r->source);
			printf("  %s%s:%s %s\n", dim, fa ? "منبع" : "source", reset, src);
			free(src);
		}
	}
	if (f->nnot_evaluated) {
		printf("\n%s%s%s\n", bold, fa ? "ارزیابی‌نشده (داده کافی نیست)" :
		       "Not evaluated (no data)", reset);
		int w = 0;
		for (size_t i = 0; i < f->nnot_evaluated; i++) {
			int l = (int)strlen(f->not_evaluated[i].rule->id);
			if (l > w)
				w = l;
		}
		for (size_t i = 0; i < f->nnot_evaluated; i++) {
			const struct rule_finding *x = &f->not_evaluated[i];
			char *why = report_finding_reason(x->result.reason, lang);
			char *clean = text_sanitize(why);
			printf("  %-*s  %s%s%s\n", w, x->rule->id, dim, clean, reset);
			free(clean);
			free(why);
		}
	}
	if (f->passed) {
		/* what each passed rule read, so a pass is never silent */
		printf("\n%s%s%s\n", bold, fa ? "بدون مشکل" : "Passed", reset);
		int w = 0;
		for (size_t i = 0; i < f->passed; i++) {
			int l = (int)strlen(f->passing[i].rule->id);
			if (l > w)
				w = l;
		}
		for (size_t i = 0; i < f->passed; i++) {
			const struct rule_finding *x = &f->passing[i];
			char *ev = report_finding_evidence(&x->result, lang);
			char *clean = text_sanitize(ev);
			printf("  %-*s  %s%s%s\n", w, x->rule->id, dim, clean, reset);
			free(clean);
			free(ev);
		}
	}
}

static json_t *evidence_json(const struct expr_result *res)
{
	json_t *ev = json_object();
	for (size_t k = 0; k < res->nevidence; k++)
		json_object_set_new(ev, res->evidence[k].text, value_json(&res->evidence[k]));
	return ev;
}

static void print_json(const struct rule_findings *f, enum lang lang)
{
	json_t *fired = json_array();
	for (size_t i = 0; i < f->nfired; i++) {
		const struct rule_finding *x = &f->fired[i];
		const struct rule *r = x->rule;
		json_t *ev = evidence_json(&x->result);
		json_t *inits = json_array();
		for (size_t k = 0; k < r->ninitiatives; k++)
			json_array_append_new(inits, json_string(r->initiatives[k]));
		json_array_append_new(fired, json_pack("{s:s, s:s, s:s, s:o, s:s, s:o, s:o}",
			"rule", r->id, "severity", severity_name(r->severity),
			"title", text_get(&r->title, lang), "evidence", ev,
			"recommendation", text_get(&r->recommendation, lang),
			"initiatives", inits,
			"source", r->source ? json_string(r->source) : json_null()));
	}
	json_t *not = json_array();
	for (size_t i = 0; i < f->nnot_evaluated; i++)
		json_array_append_new(not, json_pack("{s:s, s:s}", "rule",
			f->not_evaluated[i].rule->id, "reason", f->not_evaluated[i].result.reason));
	json_t *passed = json_array();
	for (size_t i = 0; i < f->passed; i++) {
		const struct rule *r = f->passing[i].rule;
		json_array_append_new(passed, json_pack("{s:s, s:s, s:s, s:o}", "rule", r->id,
			"severity", severity_name(r->severity), "title",
			text_get(&r->title, lang), "evidence", evidence_json(&f->passing[i].result)));
	}
	json_t *root = json_pack("{s:o, s:o, s:o}", "findings", fired, "not_evaluated", not,
				 "passed", passed);
	json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15));
	fputc('\n', stdout);
	json_decref(root);
}

static void csv_row(const struct rule_finding *x, const char *status, enum lang lang)
{
	const struct rule *r = x->rule;
	struct sbuf ev, inits;
	sbuf_init(&ev);
	sbuf_init(&inits);
	for (size_t k = 0; k < x->result.nevidence; k++) {
		const struct expr_evidence *e = &x->result.evidence[k];
		char *v;
		if (!e->has_value)
			v = xstrdup("");
		else if (e->value.type == EXPR_STRING)
			v = xasprintf("\"%s\"", e->value.str);
		else if (e->value.type == EXPR_BOOL)
			v = xstrdup(e->value.b ? "true" : "false");
		else
			v = xasprintf("%.15g", e->value.num);
		sbuf_addf(&ev, "%s%s=%s", k ? "; " : "", e->text, v);
		free(v);
	}
	for (size_t k = 0; k < r->ninitiatives; k++)
		sbuf_addf(&inits, "%s%s", k ? ";" : "", r->initiatives[k]);
	const char *row[] = {
		status, r->id, severity_name(r->severity),
		text_get(&r->title, lang), ev.s ? ev.s : "",
		text_get(&r->recommendation, lang), inits.s ? inits.s : "",
		r->source ? r->source : "", x->result.reason ? x->result.reason : "",
	};
	csvx_write_row(stdout, row, 9);
	sbuf_release(&ev);
	sbuf_release(&inits);
}

static void print_csv(const struct rule_findings *f, enum lang lang)
{
	const char *h[] = { "status", "rule", "severity", "title", "evidence", "recommendation",
			    "initiatives", "source", "reason" };
	csvx_write_row(stdout, h, 9);
	for (size_t i = 0; i < f->nfired; i++)
		csv_row(&f->fired[i], "fired", lang);
	for (size_t i = 0; i < f->nnot_evaluated; i++)
		csv_row(&f->not_evaluated[i], "not evaluated", lang);
	for (size_t i = 0; i < f->passed; i++)
		csv_row(&f->passing[i], "passed", lang);
}

static bool severity_opt(struct cli *cli, const char *name, enum severity *out)
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	if (severity_parse(v, out))
		return true;
	cli_usage_error(cli, "--%s: unknown severity '%s'; expected info, low, medium, high or "
			"critical", name, v);
	return false;
}

static int run_findings(struct cli *cli)
{
	enum severity min = SEVERITY_INFO, fail_on = SEVERITY_INFO;
	if (!severity_opt(cli, "min-severity", &min) || !severity_opt(cli, "fail-on", &fail_on))
		return EXIT_USAGE;
	bool want_fail = cli_opt(cli, "fail-on") != NULL;
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	int rc = EXIT_OK;
	struct rule_engagement e;
	if (!rule_engagement_evaluate(st, &e, &cli->diag))
		goto out;
	struct rule_findings all_f = e.findings;
	size_t nsets = e.nsets;
	/* Everything is evaluated: --fail-on looks at every fired finding, the
	 * output only at those at or above --min-severity. */
	bool failed = false;
	for (size_t i = 0; i < all_f.nfired; i++)
		failed |= all_f.fired[i].rule->severity >= fail_on;
	struct rule_findings shown = all_f;
	struct rule_finding *fired = xcalloc(all_f.nfired + 1, sizeof *fired);
	struct rule_finding *not = xcalloc(all_f.nnot_evaluated + 1, sizeof *not);
	struct rule_finding *passing = xcalloc(all_f.passed + 1, sizeof *passing);
	shown.fired = fired;
	shown.not_evaluated = not;
	shown.passing = passing;
	shown.nfired = shown.nnot_evaluated = shown.passed = 0;
	for (size_t i = 0; i < all_f.nfired; i++)
		if (all_f.fired[i].rule->severity >= min)
			fired[shown.nfired++] = all_f.fired[i];
	for (size_t i = 0; i < all_f.nnot_evaluated; i++)
		if (all_f.not_evaluated[i].rule->severity >= min)
			not[shown.nnot_evaluated++] = all_f.not_evaluated[i];
	for (size_t i = 0; i < all_f.passed; i++)
		if (all_f.passing[i].rule->severity >= min)
			passing[shown.passed++] = all_f.passing[i];
	if (!diag_has_errors(&cli->diag) || nsets) {
		if (cli->format == FORMAT_JSON)
			print_json(&shown, cli->lang);
		else if (cli->format == FORMAT_CSV)
			print_csv(&shown, cli->lang);
		else
			print_text(&shown, nsets, cli->lang, cli->color_out);
	}
	free(fired);
	free(not);
	free(passing);
	if (want_fail && failed)
		rc = EXIT_STATUS;
out:
	rule_engagement_release(&e);
	store_close(st);
	int drc = cli_finish(cli);
	return drc ? drc : rc;
}

static const struct cli_option findings_options[] = {
	{ "min-severity", 0, "SEVERITY", "show only findings at or above SEVERITY "
	  "(info, low, medium, high, critical)" },
	{ "fail-on", 0, "SEVERITY", "exit 1 when a finding at or above SEVERITY fires" },
	{ 0 },
};

const struct command cmd_findings = {
	.name = "findings",
	.summary = "evaluate the rules: findings with evidence, recommendations and initiatives",
	.usage = "findings [--min-severity S] [--fail-on S] [--format json|csv] [--lang en|fa]",
	.description = "Evaluates every rules set in the workspace together with the shipped\n"
		       "crm-default against the survey answers and metrics. Fired findings come\n"
		       "first, most severe first, each with the values that made it fire; then the\n"
		       "rules that could not be evaluated (no data, division by zero) and why: such\n"
		       "a rule never fires; last the rules that passed, with the values they read.\n"
		       "With --fail-on SEVERITY the exit code is 1 when any\n"
		       "finding at or above SEVERITY fires (whatever --min-severity shows).",
	.options = findings_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_findings,
};
