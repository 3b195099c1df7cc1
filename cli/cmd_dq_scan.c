/* crmready dq scan FILE.csv: profile an export, store the dq.* metrics,
 * write duplicate clusters and problem rows for cleansing. */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/outfile.h"
#include "../reports/report.h"
#include "cmd_dq.h"

/* Both outputs are written completely before either replaces its file:
 * each is flushed, then the ones written through (a device, a pipe,
 * standard output, which can still fail) are copied, the renames last. A
 * failure on one leaves the other's old file as it was. */
static bool commit_outputs(struct outfile *a, struct outfile *b, struct diag *d)
{
	struct outfile *all[] = { a, b };
	for (int i = 0; i < 2; i++)
		if (all[i]->f && (fflush(all[i]->f) != 0 || ferror(all[i]->f))) {
			diag_fail(d, EXIT_IOERR, _("%s: write error: %s"), all[i]->path, i18n_strerror(errno));
			return false;
		}
	for (int through = 1; through >= 0; through--)
		for (int i = 0; i < 2; i++)
			if (all[i]->tmp && all[i]->through == through && !outfile_commit(all[i], d))
				return false;
	return true;
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
		return cli_usage_error(cli, _("--entity: found '%s', expected a name of letters, digits, "
					      "'-', '_' or '.'"), entity_opt);
	const char *date_format_spec = cli_opt(cli, "date-format");
	struct timex_format date_format;
	if (date_format_spec) {
		const char *why;
		size_t at;
		if (!timex_format_compile(&date_format, date_format_spec, &why, &at))
			return cli_usage_error(cli, _("--date-format '%s': %s (at character %zu)"),
					       date_format_spec, why, at + 1);
	}
	const char *clusters = cli_opt(cli, "clusters-out"), *rows = cli_opt(cli, "rows-out");
	/* "-": standard output holds that CSV alone, without the summary */
	bool csv_stdout = (clusters && outfile_is_stdout(clusters)) || (rows && outfile_is_stdout(rows));
	if (clusters && rows && outfile_is_stdout(clusters) && outfile_is_stdout(rows))
		return cli_usage_error(cli, "%s", _("--clusters-out and --rows-out cannot both be - "
					     "(standard output): give one of them a file name"));
	const char *checks = cli_opt(cli, "checks");
	const struct cli_output outs[] = { { "--clusters-out", clusters }, { "--rows-out", rows } };
	/* --checks names a file or a shipped set: only a file is an input */
	const char *inputs[] = { file, checks && access(checks, F_OK) == 0 ? checks : NULL };
	if (!cli_outputs_distinct(cli, outs, 2, inputs, 2))
		return cli_finish(cli);
	struct registry_text src;
	struct dq_checks c;
	if (!dq_checks_find(cli->store, checks, &c, &src, &cli->diag))
		return cli_finish(cli);
	const char *entity = dq_scan_entity(&c, entity_opt);

	struct outfile co = { .slot = -1 }, ro = { .slot = -1 };
	struct dq_result res;
	memset(&res, 0, sizeof res);
	bool ok = (!clusters || outfile_open(&co, clusters, _("clusters file"), &cli->diag)) &&
		  (!rows || outfile_open(&ro, rows, _("rows file"), &cli->diag));
	if (ok && ro.f)
		dq_rows_out_header(ro.f);
	char *label = xasprintf(_("scanning %s"), file);
	struct dq_scan_opts opts = { date, co.f, ro.f, cli->tty_err ? cli_progress : NULL, label,
				     date_format_spec ? &date_format : NULL };
	char *shown = text_sanitize(file);
	cli_oom_context(_("scanning %s (the scan keeps about %s bytes a record: give it more memory, "
			  "or scan the export in parts)"), shown,
			clusters ? DQ_BYTES_PER_RECORD_CLUSTERS : DQ_BYTES_PER_RECORD);
	free(shown);
	ok = ok && dq_scan(&c, file, &opts, &res, &cli->diag);
	free(label);
	if (cli->tty_err)
		fprintf(stderr, "\r\033[K");
	struct store *st = NULL;
	if (ok) {
		st = cli->store;
		ok = store_begin(st, &cli->diag);
		ok = ok && dq_save(st, &c, &res, entity, date, file, &cli->diag);
		ok = ok && commit_outputs(&co, &ro, &cli->diag);
		if (ok)
			ok = store_commit(st, &cli->diag);
		else if (st)
			store_rollback(st);
	}
	outfile_abort(&co);
	outfile_abort(&ro);
	if (ok && !csv_stdout) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_dq_scan_json(&c, &res, file, entity, date);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (!cli->quiet) {
			report_dq_scan_text(stdout, &c, &res, file, entity, date, cli->lang);
		}
	}
	dq_result_release(&res);
	dq_checks_release(&c);
	registry_text_release(&src);
	return cli_finish(cli);
}

static const struct cli_option scan_options[] = {
	{ "checks", 'c', "ID|FILE", N_("checks to apply (default salesforce-contact)") },
	{ "entity", 'e', "NAME", N_("the metrics' scope entity=NAME (default: the checks' entity)") },
	{ "date", 'd', "YYYY-MM-DD", N_("date of the figures and of freshness (default today)") },
	{ "clusters-out", 0, "F.csv", N_("write duplicate clusters: cluster,row,id,match,keys (- stdout)") },
	{ "rows-out", 0, "F.csv", N_("write every problem: row,line,id,column,problem,value (- stdout)") },
	{ "date-format", 0, "LAYOUT", N_("dates as a report writes them, strptime-style (e.g. "
	  "'%m/%d/%Y' or '%d/%m/%Y %H:%M'), read besides ISO 8601") },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

const struct command cmd_dq_scan = {
	.name = "scan",
	.summary = N_("profile a CRM export: completeness, validity, duplicates, freshness"),
	.usage = "dq scan FILE.csv [--checks ID|FILE] [--entity NAME] [--date D] "
		 "[--clusters-out F.csv] [--rows-out F.csv] [--date-format LAYOUT]"
		 CLI_INPUT_USAGE,
	.description =
		/* the metric names written out: a translator's tools read the
		 * message whole */
		N_("Streams the CSV through the checks and prints a profile per field\n"
		   "(filled, valid, distinct, examples of problems with row numbers), the\n"
		   "duplicate clusters found by the exact and fuzzy rules (joined by\n"
		   "union-find), freshness and dq.score. Stores dq.completeness.FIELD,\n"
		   "dq.validity.FIELD, dq.completeness, dq.validity, dq.duplicate_rate,\n"
		   "dq.freshness and dq.score with scope entity=NAME, dated --date, in one\n"
		   "transaction; nothing is stored when the file has an error. Columns the\n"
		   "checks name that the file lacks are not checked (listed, no metric, no\n"
		   "weight in the score); only a missing record id column stops the scan.\n"
		   "E-mail domains of free mail and internet providers (the shipped list, or\n"
		   "shared by contacts of many accounts) are listed and never block.\n"
		   "Out of memory: exit 71, nothing stored."),
	.options = scan_options,
	.formats = FORMAT_JSON,
	.min_args = 1,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = run_scan,
};
