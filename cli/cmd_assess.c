/* crmready assess: the readiness assessment. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "commands.h"

static const char DEFAULT_QUESTIONNAIRE[] = "crm-readiness";

static int run_assess(struct cli *cli)
{
	unsigned by_mask = (1u << Q_BY_DEPARTMENT) | (1u << Q_BY_ROLE);
	const char *by = cli_opt(cli, "by");
	if (by) {
		enum q_by b;
		if (!q_by_parse(by, &b))
			return cli_usage_error(cli, _("--by: found '%s', expected department or role"), by);
		by_mask = 1u << b;
	}
	const char *save = cli_opt(cli, "save"), *compare = cli_opt(cli, "compare");
	if (save && !q_snapshot_name_valid(save))
		return cli_usage_error(cli, _("--save: found '%s', expected a name of a-z, 0-9 and '-' "
					      "(e.g. round-1)"), save);
	struct store *st = cli->store;
	long min_group;
	if (!cli_min_group(cli, st, &min_group))
		return EXIT_USAGE;
	/* Without one named: the engagement's readiness questionnaire. */
	char *own = cli->nargs ? NULL : q_engagement(st, Q_MEASURES_READINESS, DEFAULT_QUESTIONNAIRE);
	const char *ref = cli->nargs ? cli->args[0] : own;
	struct questionnaire *q = q_lookup(st, ref, &cli->diag);
	free(own);
	struct q_assessment *a = q ? q_assess_load(st, q, (size_t)min_group, &cli->diag) : NULL;
	json_t *json = NULL, *cmp = NULL, *snap = NULL;
	char *saved_at = NULL;
	if (!a)
		goto out;
	if (compare) {
		snap = q_snapshot_load(st, q->id, compare, &saved_at, &cli->diag);
		if (!snap)
			goto out;
		cmp = report_compare_json(a, snap, compare, saved_at);
	}
	if (save) {
		/* A snapshot always keeps both kinds of groups. */
		json_t *full = report_assessment_json(a, (1u << Q_BY_DEPARTMENT) | (1u << Q_BY_ROLE), LANG_EN);
		char today[11];
		cli_today(today);
		bool saved = q_snapshot_save(st, q->id, save, today, full, &cli->diag);
		json_decref(full);
		if (!saved)
			goto out;
		cli_note(cli, _("saved snapshot %s of %s\n"), save, q->id);
	}
	if (cli->format == FORMAT_JSON) {
		json = report_assessment_json(a, by_mask, cli->lang);
		if (cmp)
			json_object_set(json, "compare", cmp);
		report_json_print(json, stdout);
	} else if (cli->format == FORMAT_CSV) {
		report_assessment_csv(stdout, a, by_mask);
	} else {
		struct report_options o = { cli->lang, cli->color_out };
		report_assessment_text(stdout, a, by_mask, &o);
		if (cmp)
			report_compare_text(stdout, a, cmp, &o);
	}
out:
	json_decref(json);
	json_decref(cmp);
	json_decref(snap);
	free(saved_at);
	q_assess_free(a);
	q_free(q);
	return cli_finish(cli);
}

static const struct cli_option assess_options[] = {
	{ "by", 0, "department|role", N_("group figures and perception gaps by one kind only") },
	{ "min-group", 0, "N", N_("show groups of at least N respondents (default: the engagement's, 5)") },
	{ "save", 0, "NAME", N_("keep this assessment as snapshot NAME") },
	{ "compare", 0, "SNAPSHOT", N_("show how readiness moved since a saved snapshot") },
	{ 0 },
};

/* Assessing reads; saving a snapshot (--save) writes. */
static enum cli_workspace assess_workspace(const struct cli *cli)
{
	return cli_opt(cli, "save") ? CLI_WORKSPACE_WRITE : CLI_WORKSPACE_READ;
}

const struct command cmd_assess = {
	.name = "assess",
	.summary = N_("score the survey: readiness index, dimensions, groups, perception gaps"),
	.usage = "assess [QUESTIONNAIRE] [--by department|role] [--min-group N] "
		 "[--format text|json|csv] [--save NAME] [--compare SNAPSHOT]",
	.description =
		N_("QUESTIONNAIRE defaults to the engagement's readiness questionnaire: the answered\n"
		"one declaring 'measures: readiness' (the most answered), else crm-readiness. A respondent's dimension score is the\n"
		"weighted mean of their scored answers; a group's is the mean of its respondents'\n"
		"scores; the index is the weighted mean of the dimensions with data.\n"
		"Spread is the population standard deviation of respondents' scores. A perception\n"
		"gap is the highest minus the lowest group score among groups whose score rests\n"
		"on at least --min-group respondents. JSON and CSV numbers are unrounded.\n"
		"\n"
		"Anonymity: a group of fewer than --min-group respondents (default: the\n"
		"engagement's, set by 'init --min-group', 5 unless changed; never below 2) is\n"
		"shown as \"fewer than N\" without figures; its respondents count in an \"other\"\n"
		"group instead, shown when it has at least N. While \"other\" would have fewer\n"
		"than N (but some), the next smallest group joins it, so that the whole minus\n"
		"the groups shown never gives a small group away."),
	.options = assess_options,
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 1,
	.workspace_for = assess_workspace,
	.run = run_assess,
};
