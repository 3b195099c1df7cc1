/* crmready survey import: answers collected elsewhere, from CSV or YAML
 * (q_survey_import does the checking and the transaction); this file reads
 * the options and shows what was imported and how the columns were read. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "cmd_survey.h"

/* Every column was named exactly (crmready's own layout): no mapping to show. */
static bool mapping_is_plain(const struct q_import_result *r)
{
	for (size_t c = 0; c < r->ncols; c++)
		if (r->cols[c].how != Q_HOW_ID && r->cols[c].how != Q_HOW_HEADER)
			return false;
	return true;
}

/* The mapping used, column by column, for a consultant to check. */
static void print_mapping(const struct q_import_result *r, const struct questionnaire *q,
			  const char *path, enum lang lang)
{
	bool fa = lang == LANG_FA;
	const char *base = strrchr(path, '/');
	char *file = text_sanitize(base ? base + 1 : path);
	printf(fa ? "نگاشت ستون‌های %s (ستون -> پرسش):\n" : "mapping of %s (column -> question):\n",
	       file);
	free(file);
	int width = r->ncols >= 1000 ? 4 : 3;
	for (size_t c = 0; c < r->ncols; c++) {
		const struct q_column *col = &r->cols[c];
		char *h = text_sanitize(r->headers[c]);
		/* Long question texts: the first 50 columns of them. */
		if (utf8_width(h) > 50) {
			size_t cut = utf8_prefix_for_width(h, 49);
			while (cut > 0 && h[cut - 1] == ' ')
				cut--;
			strcpy(h + cut, "\xE2\x80\xA6");
		}
		printf("%*zu %s -> ", width, c + 1, h);
		free(h);
		const char *how = q_column_how_text(col->how, lang);
		bool say_how = col->how != Q_HOW_HEADER;
		switch (col->role) {
		case Q_COLUMN_QUESTION:
			printf("%s (%s)\n", q->questions[col->question].id, how);
			break;
		case Q_COLUMN_RESPONDENT:
		case Q_COLUMN_DEPARTMENT:
		case Q_COLUMN_ROLE:
			printf("%s%s%s%s\n", col->role == Q_COLUMN_RESPONDENT ? "respondent"
			       : col->role == Q_COLUMN_DEPARTMENT ? "department" : "role",
			       say_how ? " (" : "", say_how ? how : "", say_how ? ")" : "");
			break;
		case Q_COLUMN_META:
			printf("%s\n", fa ? "نادیده (ستون خود فرم)" : "ignored (form metadata)");
			break;
		case Q_COLUMN_OPTION:
			printf(fa ? "نادیده (گزینه‌ای از %s)\n" : "ignored (an option of %s)\n",
			       q->questions[col->question].id);
			break;
		case Q_COLUMN_SKIP:
			printf("%s (%s)\n", fa ? "کنار گذاشته شد" : "skipped", how);
			break;
		case Q_COLUMN_UNKNOWN:
			printf("%s\n", fa ? "ناشناخته" : "unknown");
			break;
		}
	}
}

int survey_import(struct cli *cli)
{
	if (!cli_input_format(cli))
		return cli_finish(cli);
	struct store *st = cli_open_store(cli, STORE_WRITE);
	if (!st)
		return cli_finish(cli);
	const char *file = cli->args[1];
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	struct q_form_map map = {0};
	char today[11];
	cli_today(today);
	char *label = xasprintf("importing %s", file);
	struct q_import_opts o = {
		.file = file, .date = today, .keep_latest = cli_opt(cli, "keep") != NULL,
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
		diag_fail(&cli->diag, EXIT_USAGE, "--keep: expected 'latest', found '%s'", safe);
		free(safe);
		q_free(q);
		q = NULL;
	}
	struct q_import_result res = {0};
	bool ok = q && q_survey_import(st, q, &o, &res, &cli->diag);
	if (q && !res.yaml && cli->tty_err)
		fprintf(stderr, "\r\033[K");
	if (ok && !cli->quiet && !res.yaml && !mapping_is_plain(&res))
		print_mapping(&res, q, file, cli->lang);
	if (ok && !cli->quiet)
		printf("imported %ld respondent%s into %s (%ld replaced)\n", res.rows,
		       res.rows == 1 ? "" : "s", q->id, res.replaced);
	q_import_result_release(&res);
	q_form_map_release(&map);
	q_free(q);
	free(label);
	store_close(st);
	return cli_finish(cli);
}
