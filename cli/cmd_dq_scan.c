/* crmready dq scan FILE.csv: profile an export, store the dq.* metrics,
 * write duplicate clusters and problem rows for cleansing. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/outfile.h"
#include "cmd_dq.h"

static void progress(uint64_t done, uint64_t total, void *arg)
{
	const char *file = arg;
	if (total)
		fprintf(stderr, "\rscanning %s: %3d%%", file, (int)(done * 100 / total));
	else
		fprintf(stderr, "\rscanning %s: %llu MB", file, (unsigned long long)(done >> 20));
}

/* The e-mail domains treated as public (they blocked nothing), most
 * contacts first; the first ten named, the rest counted. */
static void print_public(const struct dq_result *r, enum lang lang)
{
	enum { SHOWN = 10 };
	if (!r->npublic)
		return;
	bool fa = lang == LANG_FA;
	printf(fa ? "  دامنه‌های عمومی (هیچ‌کدام شرکت شمرده نشد): %zu\n"
		  : "  public e-mail domains (not treated as a company): %zu\n", r->npublic);
	for (size_t i = 0; i < r->npublic && i < SHOWN; i++) {
		const struct dq_public_domain *p = &r->public_domains[i];
		char *d = text_sanitize(p->domain);
		if (p->listed)
			printf(fa ? "    %-24s %7ld مخاطب (فهرست)\n" : "    %-24s %7ld contacts (listed)\n",
			       d, p->contacts);
		else
			printf(fa ? "    %-24s %7ld مخاطب در %ld حساب\n"
				  : "    %-24s %7ld contacts at %ld accounts\n", d, p->contacts, p->accounts);
		free(d);
	}
	if (r->npublic > SHOWN)
		printf(fa ? "    و %zu دامنه‌ی دیگر (--format json همه را دارد)\n"
			  : "    and %zu more (--format json lists them all)\n", r->npublic - SHOWN);
}

static void print_text(const struct dq_checks *c, const struct dq_result *r, const char *file,
		       const char *entity, const char *date, enum lang lang)
{
	bool fa = lang == LANG_FA;
	char a[16], b[16];
	char *f = text_sanitize(file);
	printf(fa ? "%s: %ld رکورد، بررسی‌های %s، موجودیت %s، به تاریخ %s\n\n"
		  : "%s: %ld records, checks %s, entity %s, dated %s\n\n",
	       f, r->records, c->id, entity, date);
	free(f);
	struct dq_profile_row *rows = xcalloc(r->nfields + 1, sizeof *rows);
	char (*pct)[2][16] = xcalloc(r->nfields + 1, sizeof *pct);
	size_t nrows = 0;
	for (size_t i = 0; i < r->nfields; i++) {
		const struct dq_field_profile *p = &r->fields[i];
		if (p->absent)
			continue;
		rows[nrows++] = (struct dq_profile_row){
			p->column, dq_pct(pct[i][0], (double)p->filled / (double)r->records),
			c->fields[i].has_validity && p->checked
				? dq_pct(pct[i][1], (double)p->valid / (double)p->checked) : "-",
			p->distinct, p->problems };
	}
	dq_print_profile(rows, nrows, lang);
	dq_print_unchecked(r->unchecked, r->nunchecked, lang);
	free(rows);
	free(pct);
	bool any = false;
	for (size_t i = 0; i < r->nfields; i++) {
		const struct dq_field_profile *p = &r->fields[i];
		if (!p->nexamples)
			continue;
		if (!any)
			printf(fa ? "\nنمونه‌هایی از مشکل‌ها:\n" : "\nexamples of problems:\n");
		any = true;
		for (size_t j = 0; j < p->nexamples; j++)
			printf(fa ? "  %s ردیف %ld: %s%s%s%s\n" : "  %s row %ld: %s%s%s%s\n", p->column,
			       p->examples[j].row, dq_word(p->examples[j].problem, lang),
			       *p->examples[j].value ? " '" : "", p->examples[j].value,
			       *p->examples[j].value ? "'" : "");
		if (p->problems > (long)p->nexamples)
			printf(fa ? "  %s: %ld مورد دیگر\n" : "  %s: %ld more\n", p->column,
			       p->problems - (long)p->nexamples);
	}
	if (r->has_duplicates) {
		printf(fa ? "\nتکرار: %ld گروه با %ld رکورد، %ld رکورد زائد (%s)\n"
			  : "\nduplicates: %ld clusters holding %ld records, %ld redundant (%s)\n",
		       r->clusters, r->in_clusters, r->redundant, dq_pct(a, r->duplicate_rate));
		for (size_t i = 0; i < c->nrules; i++)
			if (r->rule_checked[i])
				printf(fa ? "  %-12s تطبیق %s: %ld رکورد\n"
					  : "  %-12s %s match: %ld records\n", c->rules[i].name,
				       dq_word(c->rules[i].match == DQ_MATCH_EXACT ? "exact" : "fuzzy", lang),
				       r->rule_matches[i]);
			else
				printf(fa ? "  %-12s تطبیق %s: %s\n" : "  %-12s %s match: %s\n",
				       c->rules[i].name,
				       dq_word(c->rules[i].match == DQ_MATCH_EXACT ? "exact" : "fuzzy", lang),
				       dq_word("not checked", lang));
	}
	print_public(r, lang);
	if (r->has_freshness)
		printf(fa ? "\nتازگی: %ld از %ld رکورد در %ld روزِ تا %s تغییر کرده‌اند (%s)\n"
			  : "\nfreshness: %ld of %ld records modified within %ld days of %s (%s)\n",
		       r->fresh, r->records, c->fresh_days, date, dq_pct(a, r->freshness));
	printf("\n%s %s", dq_word("completeness", lang), dq_pct(a, r->completeness));
	if (r->has_validity)
		printf("  %s %s", dq_word("validity", lang), dq_pct(a, r->validity));
	if (r->has_duplicates)
		printf("  %s %s", dq_word("duplicate rate", lang), dq_pct(a, r->duplicate_rate));
	if (r->has_freshness)
		printf("  %s %s", dq_word("freshness", lang), dq_pct(a, r->freshness));
	printf("  %s %s\n", dq_word("score", lang), dq_pct(b, r->score));
}

static void print_json(const struct dq_checks *c, const struct dq_result *r, const char *file,
		       const char *entity, const char *date)
{
	json_t *fields = json_array();
	for (size_t i = 0; i < r->nfields; i++) {
		const struct dq_field_profile *p = &r->fields[i];
		if (p->absent)
			continue;
		json_t *ex = json_array();
		for (size_t j = 0; j < p->nexamples; j++)
			json_array_append_new(ex, json_pack("{s:I, s:s, s:s}", "row",
							    (json_int_t)p->examples[j].row, "problem",
							    p->examples[j].problem, "value",
							    p->examples[j].value));
		json_t *o = json_pack("{s:s, s:I, s:f}", "field", p->column, "filled",
				      (json_int_t)p->filled, "completeness",
				      (double)p->filled / (double)r->records);
		if (c->fields[i].has_validity && p->checked) {
			json_object_set_new(o, "checked", json_integer(p->checked));
			json_object_set_new(o, "valid", json_integer(p->valid));
			json_object_set_new(o, "validity", json_real((double)p->valid / (double)p->checked));
		}
		json_object_set_new(o, "distinct", json_integer(p->distinct));
		json_object_set_new(o, "problems", json_integer(p->problems));
		json_object_set_new(o, "examples", ex);
		json_array_append_new(fields, o);
	}
	json_t *rules = json_array();
	for (size_t i = 0; i < c->nrules; i++)
		json_array_append_new(rules, json_pack("{s:s, s:s, s:b, s:o}", "name", c->rules[i].name,
						       "match", c->rules[i].match == DQ_MATCH_EXACT ? "exact" : "fuzzy",
						       "checked", r->rule_checked[i], "records",
						       r->rule_checked[i] ? json_integer(r->rule_matches[i]) : json_null()));
	json_t *pub = json_array();
	for (size_t i = 0; i < r->npublic; i++) {
		const struct dq_public_domain *p = &r->public_domains[i];
		json_t *x = json_pack("{s:s, s:I, s:s}", "domain", p->domain, "contacts",
				      (json_int_t)p->contacts, "why", p->listed ? "listed" : "accounts");
		json_object_set_new(x, "accounts", p->listed ? json_null() : json_integer(p->accounts));
		json_array_append_new(pub, x);
	}
	json_t *unchecked = json_array();
	for (size_t i = 0; i < r->nunchecked; i++)
		json_array_append_new(unchecked, json_string(r->unchecked[i]));
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:I, s:f}", "file", file, "checks", c->id,
			      "entity", entity, "date", date, "records", (json_int_t)r->records,
			      "completeness", r->completeness);
	json_object_set_new(o, "validity", r->has_validity ? json_real(r->validity) : json_null());
	json_object_set_new(o, "duplicate_rate", r->has_duplicates ? json_real(r->duplicate_rate) : json_null());
	json_object_set_new(o, "freshness", r->has_freshness ? json_real(r->freshness) : json_null());
	json_object_set_new(o, "score", json_real(r->score));
	json_object_set_new(o, "clusters", json_integer(r->clusters));
	json_object_set_new(o, "redundant", json_integer(r->redundant));
	json_object_set_new(o, "duplicate_rules", rules);
	json_object_set_new(o, "fields", fields);
	json_object_set_new(o, "not_checked", unchecked);
	json_object_set_new(o, "public_domains", pub);
	json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15) | JSON_PRESERVE_ORDER);
	putchar('\n');
	json_decref(o);
}

static int run_scan(struct cli *cli)
{
	if (!cli_input_format(cli))
		return cli_finish(cli);
	const char *file = cli->args[0];
	char date[11];
	cli_today(date);
	if (!cli_opt_date(cli, "date", date))
		return EXIT_USAGE;
	const char *entity_opt = cli_opt(cli, "entity");
	if (entity_opt && !dq_entity_valid(entity_opt))
		return cli_usage_error(cli, "--entity: found '%s', expected a name of letters, digits, "
				       "'-', '_' or '.'", entity_opt);
	const char *date_format_spec = cli_opt(cli, "date-format");
	struct timex_format date_format;
	if (date_format_spec) {
		const char *why;
		size_t at;
		if (!timex_format_compile(&date_format, date_format_spec, &why, &at))
			return cli_usage_error(cli, "--date-format '%s': %s (at character %zu)",
					       date_format_spec, why, at + 1);
	}
	const char *clusters = cli_opt(cli, "clusters-out"), *rows = cli_opt(cli, "rows-out");
	struct registry_text src;
	struct dq_checks c;
	if (!dq_find_checks(cli, cli_opt(cli, "checks"), &c, &src))
		return cli_finish(cli);
	const char *entity = entity_opt ? entity_opt : c.entity ? c.entity : "contact";

	struct outfile co = { .slot = -1 }, ro = { .slot = -1 };
	struct dq_result res;
	memset(&res, 0, sizeof res);
	bool ok = (!clusters || outfile_open(&co, clusters, "clusters file", &cli->diag)) &&
		  (!rows || outfile_open(&ro, rows, "rows file", &cli->diag));
	if (ok && ro.f) {
		static const char *const header[] = { "row", "line", "id", "column", "problem", "value" };
		csvx_write_row(ro.f, header, 6);
	}
	struct dq_scan_opts opts = { date, co.f, ro.f, cli->tty_err ? progress : NULL, (void *)file,
				     date_format_spec ? &date_format : NULL };
	char *shown = text_sanitize(file);
	cli_oom_context("scanning %s (the scan keeps about %s bytes a record: give it more memory, "
			"or scan the export in parts)", shown,
			clusters ? DQ_BYTES_PER_RECORD_CLUSTERS : DQ_BYTES_PER_RECORD);
	free(shown);
	ok = ok && dq_scan(&c, file, &opts, &res, &cli->diag);
	if (cli->tty_err)
		fprintf(stderr, "\r\033[K");
	struct store *st = NULL;
	if (ok) {
		st = cli_open_store(cli, STORE_WRITE);
		ok = st && store_begin(st, &cli->diag);
		ok = ok && dq_save(st, &c, &res, entity, date, file, &cli->diag);
		ok = ok && (!clusters || outfile_commit(&co, &cli->diag)) &&
		     (!rows || outfile_commit(&ro, &cli->diag));
		if (ok)
			ok = store_commit(st, &cli->diag);
		else if (st)
			store_rollback(st);
	}
	outfile_abort(&co);
	outfile_abort(&ro);
	if (st)
		store_close(st);
	if (ok) {
		if (cli->format == FORMAT_JSON)
			print_json(&c, &res, file, entity, date);
		else if (!cli->quiet)
			print_text(&c, &res, file, entity, date, cli->lang);
	}
	dq_result_release(&res);
	dq_checks_release(&c);
	registry_text_release(&src);
	return cli_finish(cli);
}

static const struct cli_option scan_options[] = {
	{ "checks", 'c', "ID|FILE", "checks to apply (default " DQ_DEFAULT_CHECKS ")" },
	{ "entity", 'e', "NAME", "the metrics' scope entity=NAME (default: the checks' entity)" },
	{ "date", 'd', "YYYY-MM-DD", "date of the figures and of freshness (default today)" },
	{ "clusters-out", 0, "F.csv", "write duplicate clusters: cluster,row,id,match,keys" },
	{ "rows-out", 0, "F.csv", "write every problem: row,line,id,column,problem,value" },
	{ "date-format", 0, "LAYOUT", "dates as a report writes them, strptime-style (e.g. "
	  "'%m/%d/%Y' or '%d/%m/%Y %H:%M'), read besides ISO 8601" },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

const struct command cmd_dq_scan = {
	.name = "scan",
	.summary = "profile a CRM export: completeness, validity, duplicates, freshness",
	.usage = "dq scan FILE.csv [--checks ID|FILE] [--entity NAME] [--date D] "
		 "[--clusters-out F.csv] [--rows-out F.csv] [--date-format LAYOUT]"
		 CLI_INPUT_USAGE,
	.description =
		"Streams the CSV through the checks and prints a profile per field\n"
		"(filled, valid, distinct, examples of problems with row numbers), the\n"
		"duplicate clusters found by the exact and fuzzy rules (joined by\n"
		"union-find), freshness and " METRIC_DQ_SCORE ". Stores " METRIC_DQ_COMPLETENESS ".FIELD,\n"
		METRIC_DQ_VALIDITY ".FIELD, " METRIC_DQ_COMPLETENESS ", " METRIC_DQ_VALIDITY ", "
		METRIC_DQ_DUPLICATE_RATE ",\n"
		METRIC_DQ_FRESHNESS " and " METRIC_DQ_SCORE " with scope entity=NAME, dated --date, in one\n"
		"transaction; nothing is stored when the file has an error. Columns the\n"
		"checks name that the file lacks are not checked (listed, no metric, no\n"
		"weight in the score); only a missing record id column stops the scan.\n"
		"E-mail domains of free mail and internet providers (the shipped list, or\n"
		"shared by contacts of many accounts) are listed and never block.\n"
		"Out of memory: exit 71, nothing stored.",
	.options = scan_options,
	.formats = FORMAT_JSON,
	.min_args = 1,
	.max_args = 1,
	.run = run_scan,
};
