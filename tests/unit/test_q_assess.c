/* Unit tests of questionnaires/q_assess: aggregation (docs/assessment.md) against a
 * small survey worked out by hand.
 *
 * Dimensions a (weight 2), b (1), c (1, text only: never has data), m (0,
 * the level question). Questions: a1 likert weight 2; a2 likert weight 1
 * reverse; a3 yesno weight 0; b1 likert; c1 text; l1 level of c1.
 *
 *   R1 Sales/Staff      a1=5 (100) a2=2 (25, reversed 75) a3=yes b1=na l1=2
 *   R2 Sales/Manager    a1=1 (0)   a2=na                 b1=3 (50) l1=3
 *   R3 Exec/Executive   a1=4 (75)  a2=1 (0, reversed 100) b1=5 (100) l1=4
 *   R4 Exec/Manager     a1=5 (100) a2=5 (100, reversed 0) b1=4 (75)
 *   R5 IT/Staff         a3=no (weight 0) c1=text         (nothing scored)
 *
 * Respondent scores in a: R1 (2*100+75)/3 = 91.667, R2 0, R3 (2*75+100)/3 =
 * 83.333, R4 (2*100+0)/3 = 66.667; mean 725/12 = 60.4167; population std
 * dev 36.0242. In b: R2 50, R3 100, R4 75 (R1 only na): mean 75, spread
 * sqrt(1250/3) = 20.4124. Index = (2*60.4167 + 75) / 3 = 65.2778 (c has no
 * data and leaves the index; m has weight 0) -> "Ready with gaps".
 */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../questionnaires/questionnaire.h"

static const char YAML[] =
	"id: t\nversion: 1\ntitle: T\n"
	"scale: {min: 1, max: 5}\n"
	"levels: [{min: 0, label: Not ready}, {min: 40, label: Partially ready},"
	" {min: 60, label: Ready with gaps}, {min: 80, label: Ready}]\n"
	"dimensions: [{id: a, title: A, weight: 2}, {id: b, title: B}, {id: c, title: C},"
	" {id: m, title: M, weight: 0}]\n"
	"questions:\n"
	"  - {id: a1, dimension: a, type: likert, text: x, weight: 2}\n"
	"  - {id: a2, dimension: a, type: likert, text: x, reverse: true}\n"
	"  - {id: a3, dimension: a, type: yesno, text: x, weight: 0}\n"
	"  - {id: b1, dimension: b, type: likert, text: x}\n"
	"  - {id: c1, dimension: c, type: text, text: x}\n"
	"  - {id: l1, dimension: m, type: level, capability: cap, text: x}\n"
	"capabilities:\n"
	"  - {id: cap, area: sales, title: Cap, importance: 3, target: 4,"
	" levels: {1: a, 2: b, 3: c, 4: d, 5: e}}\n";

struct fixture {
	struct questionnaire *q;
	struct q_assessment *a;
};

static struct questionnaire *load(const char *yaml)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer("t.yaml", yaml, strlen(yaml), &d);
	if (!q)
		diag_print(&d, stderr, 0);
	diag_release(&d);
	return q;
}

static void answer(struct q_assessment *a, size_t r, const char *qid, const char *raw)
{
	char *err;
	long k = q_find_question(a->q, qid);
	assert_true(k >= 0);
	if (!q_assess_answer(a, r, (size_t)k, raw, &err))
		fail_msg("%s=%s: %s", qid, raw, err);
}

static struct q_assessment *survey(struct questionnaire *q, size_t min_group, long target)
{
	struct q_assessment *a = q_assess_new(q, min_group);
	size_t r1 = q_assess_respondent(a, "Sales", "Staff");
	size_t r2 = q_assess_respondent(a, "Sales", "Manager");
	size_t r3 = q_assess_respondent(a, "Exec", "Executive");
	size_t r4 = q_assess_respondent(a, "Exec", "Manager");
	size_t r5 = q_assess_respondent(a, "IT", "Staff");
	answer(a, r1, "a1", "5"); answer(a, r1, "a2", "2"); answer(a, r1, "a3", "yes");
	answer(a, r1, "b1", "na"); answer(a, r1, "l1", "2");
	answer(a, r2, "a1", "1"); answer(a, r2, "a2", "na"); answer(a, r2, "b1", "3");
	answer(a, r2, "l1", "3");
	answer(a, r3, "a1", "4"); answer(a, r3, "a2", "1"); answer(a, r3, "b1", "5");
	answer(a, r3, "l1", "4");
	answer(a, r4, "a1", "5"); answer(a, r4, "a2", "5"); answer(a, r4, "b1", "4");
	answer(a, r5, "a3", "N"); answer(a, r5, "c1", "no time"); answer(a, r5, "b1", "");
	if (target)
		q_assess_target(a, 0, target);
	q_assess_finish(a);
	return a;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->q = load(YAML);
	if (!f->q)
		return -1;
	f->a = survey(f->q, 2, 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	q_assess_free(f->a);
	q_free(f->q);
	free(f);
	return 0;
}

static void q_assess__weights_reverse_na__dimension_score(void **state)
{
	struct fixture *f = *state;
	double v;
	assert_true(q_assess_score(f->a, 0, &v));
	assert_float_equal(v, 725.0 / 12.0, 1e-9);
	assert_int_equal(f->a->dims[0].respondents, 4);
	assert_true(q_assess_score(f->a, 1, &v));
	assert_float_equal(v, 75, 1e-9);
	/* R1 answered only na in b and R5 left it empty: neither counts */
	assert_int_equal(f->a->dims[1].respondents, 3);
}

static void q_assess__population_std_dev__spread(void **state)
{
	struct fixture *f = *state;
	double v;
	assert_true(q_assess_spread(f->a, 0, &v));
	assert_float_equal(v, 36.02420097039705, 1e-9);
	assert_true(q_assess_spread(f->a, 1, &v));
	assert_float_equal(v, sqrt(1250.0 / 3.0), 1e-9);
}

static void q_assess__dimension_without_data__leaves_index(void **state)
{
	struct fixture *f = *state;
	double v;
	assert_false(q_assess_score(f->a, 2, &v));   /* c: text only */
	assert_false(f->a->dims[2].has_data);
	assert_true(q_assess_index(f->a, &v));
	assert_float_equal(v, (2 * 725.0 / 12.0 + 75) / 3, 1e-9);
	assert_non_null(f->a->level);
	assert_string_equal(f->a->level->label.v[LANG_EN], "Ready with gaps");
	assert_int_equal(q_assess_respondents(f->a), 5);
}

static void q_assess__weight_zero_question__not_scored(void **state)
{
	struct fixture *f = *state;
	/* a3 (weight 0) is R5's only answer in a: R5 has no score there */
	const struct q_group *it = q_assess_group(f->a, Q_BY_DEPARTMENT, "IT");
	assert_non_null(it);
	assert_int_equal(it->respondents, 1);
	assert_false(it->dims[0].has_data);
	assert_false(it->has_index);
	/* but its answers are counted for share(): yes 1, no 1 */
	double v;
	assert_true(q_assess_share(f->a, 2, "Y", &v));
	assert_float_equal(v, 0.5, 1e-12);
}

static void q_assess__groups__mean_of_respondent_scores(void **state)
{
	struct fixture *f = *state;
	double v;
	/* Sales a: (91.667 + 0) / 2 */
	assert_true(q_assess_group_score(f->a, 0, Q_BY_DEPARTMENT, "Sales", &v));
	assert_float_equal(v, 275.0 / 6.0, 1e-9);
	/* Complementary suppression: other of IT (R5) alone would be the whole
	 * minus the groups shown, so the next smallest, Exec (2, before Sales
	 * by name), joins it: no figure of its own. */
	assert_false(q_assess_group_score(f->a, 0, Q_BY_DEPARTMENT, "exec", &v));
	const struct q_group *ex = q_assess_group(f->a, Q_BY_DEPARTMENT, "Exec");
	assert_true(ex->merged);
	assert_false(ex->compared);
	assert_false(ex->has_index);
	/* other (R3, R4, R5) a: (83.333 + 66.667) / 2 = 75; its b (R3, R4) is
	 * dropped too: Sales's b rests on R2 alone, and the whole minus other
	 * would give R2 away. Index: a only. */
	const struct q_group *other = &f->a->groups[6];
	assert_int_equal(other->respondents, 3);
	assert_true(other->compared);
	assert_float_equal(other->dims[0].score, 75, 1e-9);
	assert_false(other->dims[1].has_data);
	assert_true(other->has_index);
	assert_float_equal(other->index, 75, 1e-9);
	assert_false(q_assess_group_score(f->a, 0, Q_BY_DEPARTMENT, "Nobody", &v));
	/* groups are listed by kind, then name, then the other group of each
	 * kind with a group of fewer than 2 (IT; Executive) */
	assert_int_equal(f->a->ngroups, 8);
	assert_true(f->a->groups[6].other && f->a->groups[6].by == Q_BY_DEPARTMENT);
	assert_true(f->a->groups[7].other && f->a->groups[7].by == Q_BY_ROLE);
	assert_string_equal(f->a->groups[0].name, "Exec");
	assert_string_equal(f->a->groups[2].name, "Sales");
	assert_int_equal(f->a->groups[3].by, Q_BY_ROLE);
	assert_string_equal(f->a->groups[3].name, "Executive");
}

static void q_assess__perception_gap__groups_with_min_respondents(void **state)
{
	struct fixture *f = *state;
	double v;
	/* department a: Exec is in other (complementary suppression), which is
	 * never compared: Sales alone, no gap */
	assert_false(q_assess_perception_gap(f->a, 0, Q_BY_DEPARTMENT, &v));
	assert_false(f->a->gaps[0].has_data);
	/* role a: Manager is in other with Executive; Staff has one score */
	assert_false(q_assess_perception_gap(f->a, 0, Q_BY_ROLE, &v));
	/* department b: Exec 87.5; Sales has one score in b (R2): left out */
	assert_false(q_assess_perception_gap(f->a, 1, Q_BY_DEPARTMENT, &v));
}

static void q_assess__min_group_one__one_person_groups_still_hidden(void **state)
{
	struct fixture *f = *state;
	struct q_assessment *a = survey(f->q, 1, 0);
	double v;
	/* min_group 1 is raised to 2: Executive (R3 alone) shows nothing */
	assert_int_equal(a->min_group, 2);
	const struct q_group *ex = q_assess_group(a, Q_BY_ROLE, "Executive");
	assert_false(ex->compared);
	assert_false(ex->has_index);
	assert_false(q_assess_group_score(a, 0, Q_BY_ROLE, "Executive", &v));
	q_assess_free(a);
	a = survey(f->q, 3, 0);
	assert_false(q_assess_perception_gap(a, 0, Q_BY_DEPARTMENT, &v));
	q_assess_free(a);
}

static void q_assess__small_group__no_figures_merged_into_other(void **state)
{
	struct fixture *f = *state;
	double v;
	/* IT (R5 alone): no figure, no score lookup */
	const struct q_group *it = q_assess_group(f->a, Q_BY_DEPARTMENT, "IT");
	assert_false(it->compared);
	assert_false(it->has_index);
	for (size_t d = 0; d < f->q->ndimensions; d++)
		assert_false(it->dims[d].has_data);
	/* the department other group holds R5 and (so that it is not small)
	 * Exec's R3 and R4 */
	const struct q_group *other = &f->a->groups[6];
	assert_int_equal(other->respondents, 3);
	assert_true(other->compared);
	/* a group of 2 whose dimension b rests on 1 score (Sales: R2) drops it */
	assert_false(q_assess_group_score(f->a, 1, Q_BY_DEPARTMENT, "Sales", &v));
	/* R5's text answer is kept, tied to other (IT is small) */
	assert_int_equal(f->a->ncomments, 1);
	assert_string_equal(f->a->comments[0].text, "no time");
	assert_ptr_equal(f->a->comments[0].group, other);
	/* role Executive (R3) alone -> other, with Manager (R2, R4) */
	assert_int_equal(f->a->groups[7].respondents, 3);
	assert_true(f->a->groups[7].compared);
	assert_true(q_assess_group(f->a, Q_BY_ROLE, "Manager")->merged);
}

static void q_assess__capability__gap_and_priority(void **state)
{
	struct fixture *f = *state;
	double v;
	/* levels 2, 3, 4: current 3; target 4: gap 1, priority 1 * 3 */
	assert_true(q_assess_current(f->a, 0, &v));
	assert_float_equal(v, 3, 1e-12);
	assert_true(q_assess_gap(f->a, 0, &v));
	assert_float_equal(v, 1, 1e-12);
	assert_float_equal(f->a->caps[0].priority, 3, 1e-12);
	assert_false(f->a->caps[0].target_overridden);
}

static void q_assess__target_override__changes_gap(void **state)
{
	struct fixture *f = *state;
	struct q_assessment *a = survey(f->q, 2, 5);
	assert_float_equal(a->caps[0].gap, 2, 1e-12);
	assert_float_equal(a->caps[0].priority, 6, 1e-12);
	assert_true(a->caps[0].target_overridden);
	q_assess_free(a);
	a = survey(f->q, 2, 2);
	assert_float_equal(a->caps[0].gap, 0, 0);       /* max(0, 2 - 3) */
	q_assess_free(a);
}

static void q_assess__answer_stats__mean_and_mode(void **state)
{
	struct fixture *f = *state;
	double v;
	/* a1: 5, 1, 4, 5 -> scores 100, 0, 75, 100: mean 68.75, mode "5" */
	assert_true(q_assess_answer_mean(f->a, 0, &v));
	assert_float_equal(v, 68.75, 1e-12);
	assert_string_equal(q_assess_answer_mode(f->a, 0), "5");
	assert_true(q_assess_share(f->a, 0, "5", &v));
	assert_float_equal(v, 0.5, 1e-12);
	/* a2: 2, na, 1, 5 -> 4 answered, one na */
	assert_int_equal(f->a->questions[1].answered, 4);
	assert_int_equal(f->a->questions[1].na, 1);
	assert_true(q_assess_share(f->a, 1, "na", &v));
	assert_float_equal(v, 0.25, 1e-12);
	/* level question: mean level (2 + 3 + 4) / 3 */
	assert_true(q_assess_answer_mean(f->a, 5, &v));
	assert_float_equal(v, 3, 1e-12);
	/* b1: R5 left it empty: not an answer */
	assert_int_equal(f->a->questions[3].answered, 4);
	assert_false(q_assess_answer_mean(f->a, 4, &v));   /* text */
}

static void q_assess__band_edges__level_is_last_min_reached(void **state)
{
	(void)state;
	static const char Y[] =
		"id: e\nversion: 1\ntitle: E\nscale: {min: 1, max: 5}\n"
		"levels: [{min: 0, label: L0}, {min: 50, label: L50}, {min: 75, label: L75}]\n"
		"dimensions: [{id: d, title: D}]\n"
		"questions: [{id: q, dimension: d, type: likert, text: x}]\n";
	struct questionnaire *q = load(Y);
	assert_non_null(q);
	const char *raw[] = { "1", "3", "4", "5" };
	const char *want[] = { "L0", "L50", "L75", "L75" };
	for (int i = 0; i < 4; i++) {
		struct q_assessment *a = q_assess_new(q, 2);
		size_t r = q_assess_respondent(a, "D", "R");
		answer(a, r, "q", raw[i]);
		q_assess_finish(a);
		assert_string_equal(a->level->label.v[LANG_EN], want[i]);
		q_assess_free(a);
	}
	/* nobody answered: no index, no level */
	struct q_assessment *a = q_assess_new(q, 2);
	q_assess_finish(a);
	double v;
	assert_false(q_assess_index(a, &v));
	assert_null(a->level);
	assert_false(q_assess_score(a, 0, &v));
	q_assess_free(a);
	q_free(q);
}

static void q_respondent_progress__optional_skipped__complete(void **state)
{
	(void)state;
	static const char Y[] =
		"id: p\nversion: 1\ntitle: P\nscale: {min: 1, max: 5}\n"
		"levels: [{min: 0, label: L0}]\n"
		"dimensions: [{id: d, title: D}]\n"
		"questions:\n"
		"  - {id: o1, dimension: d, type: likert, text: x}\n"
		"  - {id: r1, dimension: d, type: likert, text: x, required: true}\n"
		"  - {id: o2, dimension: d, type: text, text: x}\n";
	struct questionnaire *q = load(Y);
	assert_non_null(q);
	struct q_progress_counts c;
	/* required answered, both optional ones left (import) or skipped (run) */
	const char *left[] = { NULL, "3", NULL };
	assert_int_equal(q_respondent_progress(q, left, &c), Q_COMPLETE);
	assert_int_equal(c.applicable, 3);
	assert_int_equal(c.answered, 1);
	assert_int_equal(c.required_answered, 1);
	const char *skipped[] = { "", "3", "" };
	assert_int_equal(q_respondent_progress(q, skipped, &c), Q_COMPLETE);
	assert_int_equal(c.dealt, 3);
	/* the required one open */
	const char *open_req[] = { "4", NULL, "x" };
	assert_int_equal(q_respondent_progress(q, open_req, NULL), Q_IN_PROGRESS);
	const char *none[] = { NULL, NULL, NULL };
	assert_int_equal(q_respondent_progress(q, none, NULL), Q_NOT_STARTED);
	assert_string_equal(q_progress_name(Q_COMPLETE), "complete");
	q_free(q);
}

static void q_assess_answer__invalid_raw__rejected(void **state)
{
	struct fixture *f = *state;
	struct q_assessment *a = q_assess_new(f->q, 2);
	size_t r = q_assess_respondent(a, "D", "R");
	char *err = NULL;
	assert_false(q_assess_answer(a, r, 0, "9", &err));
	assert_non_null(err);
	free(err);
	q_assess_finish(a);
	assert_false(a->dims[0].has_data);
	q_assess_free(a);
}

static void q_by_label__each_kind__its_name_in_the_language(void **state)
{
	(void)state;
	assert_string_equal(q_by_label(Q_BY_DEPARTMENT), "department");
	assert_string_equal(q_by_label(Q_BY_ROLE), "role");
	lang_id fa = LANG_EN, ar = LANG_EN;
	assert_true(lang_parse("fa", &fa) && lang_parse("ar", &ar));
	i18n_use(fa, true);   /* the catalogue of the language in use */
	assert_string_equal(q_by_label(Q_BY_DEPARTMENT), "واحد");
	assert_string_equal(q_by_label(Q_BY_ROLE), "نقش");
	i18n_use(ar, true);
	assert_string_equal(q_by_label(Q_BY_DEPARTMENT), "الإدارة");
	i18n_use(LANG_EN, true);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(q_assess__weights_reverse_na__dimension_score),
		cmocka_unit_test(q_assess__population_std_dev__spread),
		cmocka_unit_test(q_assess__dimension_without_data__leaves_index),
		cmocka_unit_test(q_assess__weight_zero_question__not_scored),
		cmocka_unit_test(q_assess__groups__mean_of_respondent_scores),
		cmocka_unit_test(q_assess__perception_gap__groups_with_min_respondents),
		cmocka_unit_test(q_assess__min_group_one__one_person_groups_still_hidden),
		cmocka_unit_test(q_assess__small_group__no_figures_merged_into_other),
		cmocka_unit_test(q_assess__capability__gap_and_priority),
		cmocka_unit_test(q_assess__target_override__changes_gap),
		cmocka_unit_test(q_assess__answer_stats__mean_and_mode),
		cmocka_unit_test(q_respondent_progress__optional_skipped__complete),
		cmocka_unit_test(q_assess__band_edges__level_is_last_min_reached),
		cmocka_unit_test(q_assess_answer__invalid_raw__rejected),
		cmocka_unit_test(q_by_label__each_kind__its_name_in_the_language),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
