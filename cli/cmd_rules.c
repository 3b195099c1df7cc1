/* crmready rules add|validate|list|show */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "../reports/report.h"
#include "../rules/rules.h"
#include "commands.h"

static const size_t JSON_FLAGS = JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15);

static int run_add(struct cli *cli)
{
	/* Validate against what the workspace knows before creating it. */
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct rule_refs *refs = rule_refs_new(st);
	struct rule_set *s = rule_load_file(cli->args[0], refs, &cli->diag);
	rule_refs_free(refs);
	store_close(st);
	st = s ? cli_open_store(cli, STORE_WRITE) : NULL;
	bool unchanged;
	if (st && store_begin(st, &cli->diag)) {
		if (rule_register(st, s, s->doc.source, cli->args[0], &unchanged, &cli->diag) &&
		    store_commit(st, &cli->diag)) {
			if (unchanged)
				printf("rules set %s version %ld is already known; nothing changed\n",
				       s->id, s->version);
			else
				printf("added rules set %s version %ld (%zu rules)\n", s->id,
				       s->version, s->nrules);
		} else {
			store_rollback(st);
		}
	}
	rule_set_free(s);
	store_close(st);
	return cli_finish(cli);
}

static int run_validate(struct cli *cli)
{
	/* Ids are checked against the workspace's questionnaires when there is
	 * one, else the shipped ones; nothing is created. */
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct rule_refs *refs = rule_refs_new(st);
	for (int i = 0; i < cli->nargs; i++) {
		size_t before = cli->diag.errors;
		struct rule_set *s = rule_load_file(cli->args[i], refs, &cli->diag);
		if (s && cli->diag.errors == before)
			printf("%s: ok: rules set %s version %ld, %zu rules\n", cli->args[i], s->id,
			       s->version, s->nrules);
		rule_set_free(s);
	}
	rule_refs_free(refs);
	store_close(st);
	if (cli->diag.errors && !cli->quiet) {
		int rc = cli_finish(cli);
		fprintf(stderr, "%zu error%s\n", cli->diag.errors, cli->diag.errors == 1 ? "" : "s");
		return rc;
	}
	return cli_finish(cli);
}

static int run_list(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct rule_refs *refs = rule_refs_new(st);
	struct rule_listing *all = NULL;
	size_t n = 0;
	if (!rule_list_all(st, &all, &n, &cli->diag))
		goto out;
	json_t *arr = cli->format == FORMAT_JSON ? json_array() : NULL;
	if (cli->format == FORMAT_TEXT)
		printf("%-24s %7s %5s  %s\n", "ID", "VERSION", "RULES", "TITLE");
	if (cli->format == FORMAT_CSV) {
		const char *h[] = { "id", "version", "title", "rules", "questionnaire",
				    "capabilities", "origin" };
		csvx_write_row(stdout, h, 7);
	}
	for (size_t i = 0; i < n; i++) {
		struct diag d;
		diag_init(&d);
		struct rule_set *s = rule_lookup(st, refs, all[i].id, &d);
		if (!s) {
			/* A broken workspace copy: say so, list the rest. */
			diag_merge(&cli->diag, &d);
			continue;
		}
		diag_release(&d);
		const char *title = text_get(&s->title, cli->lang);
		if (arr) {
			json_array_append_new(arr, json_pack("{s:s, s:I, s:s, s:I, s:s, s:s, s:s}",
				"id", s->id, "version", (json_int_t)s->version, "title", title,
				"rules", (json_int_t)s->nrules, "questionnaire", s->questionnaire,
				"capabilities", s->capabilities, "origin", all[i].origin));
		} else if (cli->format == FORMAT_CSV) {
			char v[24], nr[24];
			snprintf(v, sizeof v, "%ld", s->version);
			snprintf(nr, sizeof nr, "%zu", s->nrules);
			const char *row[] = { s->id, v, title, nr, s->questionnaire, s->capabilities,
					      all[i].origin };
			csvx_write_row(stdout, row, 7);
		} else {
			char *clean = text_sanitize(title);
			printf("%-24s %7ld %5zu  %s%s\n", s->id, s->version, s->nrules, clean,
			       all[i].in_workspace ? "" : "  (shipped)");
			free(clean);
		}
		rule_set_free(s);
	}
	if (arr) {
		json_t *root = json_pack("{s:o}", "rules", arr);
		json_dumpf(root, stdout, JSON_FLAGS);
		fputc('\n', stdout);
		json_decref(root);
	}
out:
	rule_listing_free(all, n);
	rule_refs_free(refs);
	store_close(st);
	return cli_finish(cli);
}

static json_t *text_json(const struct text *t)
{
	json_t *o = json_object();
	json_object_set_new(o, "en", json_string(t->en ? t->en : ""));
	if (t->fa)
		json_object_set_new(o, "fa", json_string(t->fa));
	return o;
}

static json_t *show_json(const struct rule_set *s)
{
	json_t *rules = json_array();
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		json_t *inits = json_array();
		for (size_t k = 0; k < r->ninitiatives; k++)
			json_array_append_new(inits, json_string(r->initiatives[k]));
		json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:o, s:o}", "id", r->id, "when",
				      r->when_src, "severity", rule_severity_name(r->severity),
				      "title", text_json(&r->title), "recommendation",
				      text_json(&r->recommendation), "initiatives", inits);
		json_object_set_new(o, "source", r->source ? json_string(r->source) : json_null());
		json_array_append_new(rules, o);
	}
	return json_pack("{s:s, s:I, s:o, s:s, s:s, s:o}", "id", s->id, "version",
			 (json_int_t)s->version, "title", text_json(&s->title), "questionnaire",
			 s->questionnaire, "capabilities", s->capabilities, "rules", rules);
}

static void show_text(const struct rule_set *s, enum lang lang, bool color)
{
	const char *bold = color ? "\033[1m" : "", *dim = color ? "\033[2m" : "",
		   *reset = color ? "\033[0m" : "";
	bool fa = lang == LANG_FA;
	char *title = text_sanitize(text_get(&s->title, lang));
	printf("%s%s%s  (%s, %s %ld; %s %s, %s)\n", bold, *title ? title : s->id, reset, s->id,
	       fa ? "نسخه" : "version", s->version, fa ? "بر پایه" : "reads", s->questionnaire,
	       s->capabilities);
	free(title);
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		char *t = text_sanitize(text_get(&r->title, lang));
		char *when = text_sanitize(r->when_src);
		const char *sev = rule_severity_label(r->severity, lang);
		int pad = 8 - (int)utf8_width(sev);
		printf("\n%s%s%s%*s %s%s%s  %s\n", bold, sev, reset, pad > 0 ? pad : 0, "", bold,
		       r->id, reset, t);
		printf("  %s%s:%s %s\n", dim, fa ? "شرط" : "when", reset, when);
		free(when);
		free(t);
		report_rule_details(stdout, r, &(struct report_options){ lang, color });
	}
}

static int run_show(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct rule_refs *refs = rule_refs_new(st);
	struct rule_set *s = rule_lookup(st, refs, cli->args[0], &cli->diag);
	if (s) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = show_json(s);
			json_dumpf(j, stdout, JSON_FLAGS);
			fputc('\n', stdout);
			json_decref(j);
		} else {
			show_text(s, cli->lang, cli->color_out);
		}
	}
	rule_set_free(s);
	rule_refs_free(refs);
	store_close(st);
	return cli_finish(cli);
}

static const struct command rules_add = {
	.name = "add",
	.summary = "register a rules set in the workspace, or upgrade it to a higher version",
	.usage = "rules add FILE.yaml",
	.description = "The file is validated in full first (every id in every condition is checked\n"
		       "against the questionnaires it names); nothing is written when it has an\n"
		       "error. A set with the id of one already known is accepted only with a\n"
		       "higher 'version'. 'crmready findings' evaluates every set in the workspace\n"
		       "together with the shipped crm-default.",
	.min_args = 1, .max_args = 1, .run = run_add,
};
static const struct command rules_validate = {
	.name = "validate",
	.summary = "check rules files and report every error with its position",
	.usage = "rules validate FILE.yaml...",
	.description = "Exit 0 when every file is valid, 65 when any has an error. A condition's\n"
		       "error shows the expression with a caret under the offending token.",
	.min_args = 1, .max_args = -1, .run = run_validate,
};
static const struct command rules_list = {
	.name = "list",
	.summary = "list the rules sets available (shipped and in the workspace)",
	.usage = "rules list [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .run = run_list,
};
static const struct command rules_show = {
	.name = "show",
	.summary = "print a rules set: each rule's condition, severity and recommendation",
	.usage = "rules show ID|FILE [--format json] [--lang en|fa]",
	.formats = FORMAT_JSON,
	.min_args = 1, .max_args = 1, .run = run_show,
};

static const struct command *const rules_subcommands[] = {
	&rules_add, &rules_validate, &rules_list, &rules_show, NULL,
};

const struct command cmd_rules = {
	.name = "rules",
	.summary = "add, validate, list and show rules sets",
	.usage = "rules add|validate|list|show ...",
	.description = "A rules file (SPEC §5) turns assessment results and metrics into findings:\n"
		       "  rules:\n"
		       "    - id: no-executive-sponsor\n"
		       "      when: score(\"leadership\") < 50\n"
		       "      severity: critical          # info | low | medium | high | critical\n"
		       "      title: {en: No committed executive sponsor}\n"
		       "      recommendation: {en: Secure a named sponsor first.}\n"
		       "      source: IBM six-step CRM rollout\n"
		       "      initiatives: [executive-sponsorship]\n"
		       "Functions: score(DIM[, BY, GROUP]), index(), answer(Q), share(Q, VALUE),\n"
		       "respondents(), gap(CAP), current(CAP), spread(DIM), perception_gap(DIM, BY),\n"
		       "metric(NAME[, SCOPE]), metric_min(NAME, KIND), metric_max(NAME, KIND).",
	.subcommands = rules_subcommands,
	.run = NULL,
};
