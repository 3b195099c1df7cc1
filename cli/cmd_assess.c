/* crmready assess: the readiness assessment. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "../reports/report.h"
#include "commands.h"

static const char DEFAULT_QUESTIONNAIRE[] = "crm-readiness";

/* A name a user typed to be a questionnaire: known to the workspace or
 * shipped (asked quietly). */
static bool names_questionnaire(struct store *st, const char *ref)
{
	struct diag quiet = { 0 };
	struct questionnaire *q = q_lookup(st, ref, &quiet);
	diag_release(&quiet);
	q_free(q);
	return q != NULL;
}

/* The questionnaire named (*qref, NULL for the engagement's) and, for
 * --compare R1 R2, the second round (*round2, else NULL): with --compare,
 * an argument that names no questionnaire is the second round; the first
 * of two is the questionnaire. False with a usage error. */
static bool assess_arguments(struct cli *cli, const char **qref, const char **round2)
{
	const char *compare = cli_opt(cli, "compare");
	*qref = cli->nargs ? cli->args[0] : NULL;
	*round2 = NULL;
	if (cli->nargs == 2 && !compare) {
		cli_usage_error(cli, "%s", _("a second argument is the second round of "
					     "--compare R1 R2"));
		return false;
	}
	if (cli->nargs == 2)
		*round2 = cli->args[1];
	else if (cli->nargs == 1 && compare && !names_questionnaire(cli->store, cli->args[0])) {
		*round2 = cli->args[0];
		*qref = NULL;
	}
	if (!*round2)
		return true;
	const char *bad = !q_round_name_valid(compare) ? compare
			  : !q_round_name_valid(*round2) ? *round2 : NULL;
	if (bad) {
		char *safe = text_sanitize(bad);
		cli_usage_error(cli, _("--compare: found '%s', expected a survey round name"), safe);
		free(safe);
		return false;
	}
	if (!strcmp(compare, *round2)) {
		char *safe = text_sanitize(compare);
		cli_usage_error(cli, _("--compare: '%s' twice; name two different rounds "
				       "(--compare R1 R2)"), safe);
		free(safe);
		return false;
	}
	if (cli_opt(cli, "round") || cli_opt(cli, "save")) {
		cli_usage_error(cli, "%s", _("--compare R1 R2 names both rounds: it takes neither "
					     "--round nor --save"));
		return false;
	}
	return true;
}

/* --compare NAME with one name: a snapshot. A round of that name wants
 * its partner: false with a usage error (64) in cli->diag then. */
static bool compare_is_snapshot(struct cli *cli, struct store *st, const struct questionnaire *q,
				const char *name)
{
	char *json = NULL, *saved = NULL;
	struct diag quiet = { 0 };
	int snap = store_snapshot_get(st, q->id, name, &json, &saved, &quiet);
	long round = snap == 0 ? store_round_find(st, q->id, name, &quiet) : 0;
	diag_release(&quiet);
	free(json);
	free(saved);
	if (round <= 0)
		return true;
	char *safe = text_sanitize(name);
	diag_fail(&cli->diag, EXIT_USAGE, _("--compare: '%s' is a survey round; compare it with "
					    "another: --compare %s R2"), safe, safe);
	free(safe);
	return false;
}

/* assess --compare R1 R2: what moved from round R1 to round R2. */
static int assess_rounds(struct cli *cli, const char *qref, const char *r1, const char *r2,
			 unsigned by_mask, size_t min_group)
{
	struct store *st = cli->store;
	char *own = qref ? NULL : q_engagement(st, Q_MEASURES_READINESS, DEFAULT_QUESTIONNAIRE);
	struct questionnaire *q = q_lookup(st, qref ? qref : own, &cli->diag);
	free(own);
	long id1 = q ? q_round_find(st, q, r1, &cli->diag) : -1;
	long id2 = id1 > 0 ? q_round_find(st, q, r2, &cli->diag) : -1;
	struct q_assessment *a1 = id2 > 0 ? q_assess_load_round(st, q, id1, min_group, &cli->diag)
					  : NULL;
	struct q_assessment *a2 = a1 ? q_assess_load_round(st, q, id2, min_group, &cli->diag) : NULL;
	if (a2) {
		struct report_round_pair p = { a1, a2, r1, r2 };
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_round_compare_json(&p, by_mask);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_round_compare_csv(stdout, &p, by_mask);
		} else {
			struct report_options o = { cli->lang, cli->color_out };
			report_round_compare_text(stdout, &p, by_mask, &o);
		}
	}
	q_assess_free(a1);
	q_assess_free(a2);
	q_free(q);
	return cli_finish(cli);
}

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
	const char *round;
	if (!cli_round_opt(cli, &round))
		return EXIT_USAGE;
	struct store *st = cli->store;
	long min_group;
	if (!cli_min_group(cli, st, &min_group))
		return EXIT_USAGE;
	const char *qref, *round2;
	if (!assess_arguments(cli, &qref, &round2))
		return EXIT_USAGE;
	if (round2)
		return assess_rounds(cli, qref, compare, round2, by_mask, (size_t)min_group);
	/* Without one named: the engagement's readiness questionnaire. */
	char *own = qref ? NULL : q_engagement(st, Q_MEASURES_READINESS, DEFAULT_QUESTIONNAIRE);
	struct questionnaire *q = q_lookup(st, qref ? qref : own, &cli->diag);
	free(own);
	long round_id = q && round ? q_round_find(st, q, round, &cli->diag) : 0;
	struct q_assessment *a = q && round_id >= 0
		? q_assess_load_round(st, q, round_id, (size_t)min_group, &cli->diag) : NULL;
	json_t *json = NULL, *cmp = NULL, *snap = NULL;
	char *saved_at = NULL;
	if (!a)
		goto out;
	if (compare && !compare_is_snapshot(cli, st, q, compare))
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
		if (round)   /* the round named; without --round the latest, as before rounds */
			json_object_set_new(json, "round", json_string(round));
		report_json_print(json, stdout);
	} else if (cli->format == FORMAT_CSV) {
		report_assessment_csv(stdout, a, by_mask);
	} else {
		struct report_options o = { cli->lang, cli->color_out };
		if (round) {
			char *safe = text_sanitize(round);
			printf(_("survey round %s\n"), safe);
			free(safe);
		}
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
	{ "round", 0, "NAME", N_("assess this survey round (default: the latest, which findings, the plan and the reports read too)") },
	{ "compare", 0, "SNAPSHOT|R1 R2", N_("show how readiness moved since a saved snapshot, or "
	  "from survey round R1 to R2") },
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
		 "[--format text|json|csv] [--round NAME] [--save NAME] [--compare SNAPSHOT] "
		 "[--compare R1 R2]",
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
	.max_args = 2,
	.workspace_for = assess_workspace,
	.run = run_assess,
};
