/* crmready survey run|import|list|rm: collecting answers. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "cmd_survey.h"

/* ---- list ---- */

struct list_ctx {
	const struct questionnaire *q;
	struct report_survey_list *list;
};

static bool list_one(const struct store_respondent *r, enum q_progress progress,
		     const struct q_progress_counts *pc, void *arg)
{
	struct list_ctx *c = arg;
	report_survey_list_respondent(c->list, c->q, r, progress, pc);
	return true;
}

static bool list_questionnaire(struct cli *cli, struct store *st, const char *id,
			       struct report_survey_list *list)
{
	report_survey_list_section(list);
	struct questionnaire *q = q_lookup(st, id, &cli->diag);
	if (!q)
		return false;
	struct list_ctx c = { q, list };
	bool ok = q_survey_progress_each(st, q, list_one, &c, &cli->diag);
	report_survey_list_section_end(list, q, ok);
	q_free(q);
	return ok;
}

struct qn_list {
	char **ids;
	size_t n, cap;
};

static bool collect_qn(const char *questionnaire, long respondents, void *arg)
{
	struct qn_list *l = arg;
	(void)respondents;
	XGROW(l->ids, l->cap, l->n + 1);
	l->ids[l->n++] = xstrdup(questionnaire);
	return true;
}

static int run_list(struct cli *cli)
{
	struct store *st = cli->store;
	struct report_options o = { cli->lang, cli->color_out };
	struct report_survey_list *list = report_survey_list_begin(
		stdout, cli->format == FORMAT_JSON ? REPORT_JSON
			: cli->format == FORMAT_CSV ? REPORT_CSV : REPORT_TEXT, &o);
	struct qn_list l = { 0 };
	if (cli->nargs)
		collect_qn(cli->args[0], 0, &l);
	else
		store_survey_counts(st, collect_qn, &l, &cli->diag);
	for (size_t i = 0; i < l.n; i++)
		if (!list_questionnaire(cli, st, l.ids[i], list))
			break;
	report_survey_list_end(list, !diag_has_errors(&cli->diag));
	for (size_t i = 0; i < l.n; i++)
		free(l.ids[i]);
	free(l.ids);
	return cli_finish(cli);
}

/* ---- rm ---- */

static int run_rm(struct cli *cli)
{
	const char *round;
	if (!cli_round_opt(cli, &round))
		return EXIT_USAGE;
	struct store *st = cli->store;
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	if (q && q_respondent_remove(st, q, round, cli->args[1], &cli->diag)) {
		char *safe = text_sanitize(cli->args[1]);
		if (!cli->quiet)
			printf(_("removed respondent %s from %s\n"), safe, q->id);
		free(safe);
	}
	q_free(q);
	return cli_finish(cli);
}

/* ---- the table ---- */

static const struct cli_option run_options[] = {
	{ "respondent", 'r', "NAME", N_("who answers (required)") },
	{ "department", 'd', "D", N_("their department (required for a new respondent)") },
	{ "role", 0, "R", N_("their role, e.g. Executive, Manager, Team lead, Staff") },
	{ "round", 0, "NAME", N_("the survey round answered (default: the latest; a new name "
	  "starts a round)") },
	{ 0 },
};

static const struct command survey_run_cmd = {
	.name = "run",
	.summary = N_("ask one respondent the questions in the terminal, saving every answer"),
	.usage = "survey run QUESTIONNAIRE --respondent NAME --department D [--role R] "
		 "[--round NAME]",
	.description =
		N_("Asks one question at a time with its scale or options. At the prompt:\n"
		"  b  back to the previous question     s  skip (optional questions only)\n"
		"  n  not applicable (where allowed)    ?  help on the question\n"
		"  q  save and quit\n"
		"Choice and multi questions take option numbers or ids ('1;3' or 'erp;billing').\n"
		"Every answer is saved at once; running the same command again resumes at the\n"
		"first unanswered question. Questions with a 'when' are asked only when it holds.\n"
		"Answers may come from a pipe: printf '4\\nyes\\n' | crmready survey run ..."),
	.options = run_options,
	.min_args = 1,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = survey_run,
};

static const struct cli_option import_options[] = {
	{ "respondent-column", 0, "COLUMN", N_("the column naming each respondent in a form export "
	  "(e.g. 'Email address', Email, Name)") },
	{ "map", 0, "FILE", N_("pin the mapping: a CSV column,question (a question id, respondent, "
	  "department, role or skip per column of the export)") },
	{ "ignore-unknown", 0, NULL, N_("skip (and list) columns that match no question") },
	{ "keep", 0, "latest", N_("a respondent on several rows (a form submitted again): keep the "
	  "latest answers, by the form's timestamp column, else the last row (without it such a "
	  "file is refused)") },
	{ "round", 0, "NAME", N_("the survey round the answers belong to (default: a round named for "
	  "today, e.g. 2026-12-03); a new name starts a round, and importing a respondent again "
	  "into a round replaces their answers there") },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

static const struct command survey_import_cmd = {
	.name = "import",
	.summary = N_("import answers collected elsewhere (CSV, form exports or YAML)"),
	.usage = "survey import QUESTIONNAIRE FILE.csv|FILE.yaml [--respondent-column COLUMN] "
		 "[--map FILE] [--ignore-unknown] [--keep latest] [--round NAME] [--encoding NAME] "
		 "[--delimiter C]",
	.description =
		N_("CSV (RFC 4180, UTF-8 with or without BOM, LF or CRLF): a header row\n"
		"respondent,department,role,<question-id>... and one row per respondent. Cells\n"
		"hold the raw answer: 4, yes, an option id, opt-a;opt-b for multi, na, or empty\n"
		"for unanswered. Yes/no cells take yes/no/y/n/true/false/1/0 and بله/خیر.\n"
		"A question with a 'when' that does not hold for the respondent must be left\n"
		"empty (or na): an answer there is a bad cell.\n"
		"Form exports (Google Forms, Microsoft Forms, KoboToolbox/ODK) import as they\n"
		"are: a column may be headed by the question's text in English or Persian\n"
		"(matched ignoring case, spacing, trailing punctuation and Arabic/Persian yeh\n"
		"and kaf) or its XLSForm name; answers may be the scale's or options' labels in\n"
		"either language, several joined by ', ' or ';'. Timestamp, Email, Name, ID\n"
		"and Kobo's _-columns are ignored; --respondent-column names the one holding\n"
		"the respondent. Department/Role columns (or واحد سازمانی/نقش) are read. The\n"
		"mapping used is printed; --map FILE pins it. When that finds nothing, a\n"
		"question number (1. Q1) 1-), curly quotes, a ZWNJ typed as a space, British\n"
		"or US spellings and Google Forms grid columns 'Title [Row]' are tried; a\n"
		"column still unknown gets the closest question. An e-mail respondent is the\n"
		"same in any case; one on two rows (a form sent again) is an error, or with\n"
		"--keep latest the latest answers (by the timestamp, else the row) are kept.\n"
		"YAML: respondents: [{respondent: NAME, department: D, role: R,\n"
		"answers: {QUESTION: ANSWER, ...}}].\n"
		"Every bad cell is reported by row and column; nothing is imported unless every\n"
		"row is valid. Importing a respondent again replaces their answers."),
	.options = import_options,
	.min_args = 2,
	.max_args = 2,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = survey_import,
};

static const struct command survey_list_cmd = {
	.name = "list",
	.summary = N_("respondents with department, role and completion"),
	.usage = "survey list [QUESTIONNAIRE] [--format text|json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_READ,
	.run = run_list,
};

static const struct cli_option rm_options[] = {
	{ "round", 0, "NAME", N_("the survey round to remove them from (default: the latest)") },
	{ 0 },
};

static const struct command survey_rm_cmd = {
	.name = "rm",
	.summary = N_("remove one respondent and their answers"),
	.usage = "survey rm QUESTIONNAIRE RESPONDENT [--round NAME]",
	.options = rm_options,
	.min_args = 2,
	.max_args = 2,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = run_rm,
};

static const struct command survey_rounds_cmd = {
	.name = "rounds",
	.summary = N_("the survey rounds (waves) with their respondents and dates"),
	.usage = "survey rounds [QUESTIONNAIRE] [--format text|json|csv]",
	.description =
		N_("Each round keeps its own answers: 'survey import --round NAME' (default: a\n"
		"round named for today) and 'survey run --round NAME' add to one. The latest\n"
		"round, the one created last, is the one assess, findings, the plan and the\n"
		"reports read; 'assess --round NAME' reads another and 'assess --compare R1 R2'\n"
		"shows what moved between two."),
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_READ,
	.run = survey_rounds,
};

static const struct command *const survey_subcommands[] = {
	&survey_run_cmd, &survey_import_cmd, &survey_list_cmd, &survey_rounds_cmd, &survey_rm_cmd,
	NULL,
};

const struct command cmd_survey = {
	.name = "survey",
	.summary = N_("collect answers: interactive runs, imports, listing"),
	.usage = "survey run|import|list|rounds|rm ...",
	.subcommands = survey_subcommands,
};
