/* crmready survey import: answers collected elsewhere, from CSV or YAML
 * (q_survey_import does the checking and the transaction); this file reads
 * the options and shows what was imported and how the columns were read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "cmd_survey.h"

int survey_import(struct cli *cli)
{
	const char *round;
	if (!cli_round_opt(cli, &round))
		return EXIT_USAGE;
	if (!cli_input_format(cli))
		return cli_finish(cli);
	struct store *st = cli->store;
	const char *file = cli->args[1];
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	struct q_form_map map = {0};
	char today[11];
	cli_today(today);
	char *label = xasprintf(_("importing %s"), file);
	struct q_import_opts o = {
		.file = file, .date = today, .round = round, .keep_latest = cli_opt(cli, "keep") != NULL,
		.form = { .file = file, .respondent_column = cli_opt(cli, "respondent-column"),
			  .ignore_unknown = cli_flag(cli, "ignore-unknown") },
		.progress = cli->tty_err ? cli_progress : NULL, .progress_arg = label,
	};
	if (q && cli_opt(cli, "map")) {
		if (q_form_map_load(q, cli_opt(cli, "map"), &map, &cli->diag))
			o.form.map = &map;
		else
			q_free(q), q = NULL;
	}
	const char *keep = cli_opt(cli, "keep");
	if (keep && strcmp(keep, "latest")) {
		char *safe = text_sanitize(keep);
		diag_fail(&cli->diag, EXIT_USAGE, _("--keep: expected 'latest', found '%s'"), safe);
		free(safe);
		q_free(q);
		q = NULL;
	}
	struct q_import_result res = {0};
	bool ok = q && q_survey_import(st, q, &o, &res, &cli->diag);
	if (q && !res.yaml && cli->tty_err)
		fprintf(stderr, "\r\033[K");
	if (ok && !cli->quiet && !res.yaml)
		report_survey_import_mapping(stdout, &res, q, file, cli->lang);
	if (ok && !cli->quiet)
		tfprintf(stdout, trn("imported %ld respondent into %s (%ld replaced)\n",
				     "imported %ld respondents into %s (%ld replaced)\n",
				     (unsigned long)res.rows), res.rows, q->id, res.replaced);
	if (ok && !cli->quiet) {
		char *safe = text_sanitize(round ? round : today);
		printf(_("survey round %s\n"), safe);
		free(safe);
	}
	q_import_result_release(&res);
	q_form_map_release(&map);
	q_free(q);
	free(label);
	return cli_finish(cli);
}
