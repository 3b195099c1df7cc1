/* Unit tests of questionnaires/q_score: reading and scoring one answer
 * (docs/assessment.md). Expected scores are worked out by hand in comments. */
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
	"levels: [{min: 0, label: Low}, {min: 50, label: High}]\n"
	"dimensions: [{id: d1, title: D1}]\n"
	"questions:\n"
	"  - {id: lik, dimension: d1, type: likert, text: L}\n"
	"  - {id: rev, dimension: d1, type: likert, text: R, reverse: true}\n"
	"  - {id: yn, dimension: d1, type: yesno, text: Y, na: false}\n"
	"  - id: ch\n    dimension: d1\n    type: choice\n    text: C\n"
	"    options: [{id: low, text: Low, score: 10}, {id: high, text: High, score: 70}]\n"
	"  - id: mu\n    dimension: d1\n    type: multi\n    text: M\n"
	"    options: [{id: erp, text: E, score: 60}, {id: billing, text: B, score: 50},"
	" {id: sso, text: S, score: 5}]\n"
	"  - id: num\n    dimension: d1\n    type: number\n    text: N\n"
	"    bands: [{max: 0, score: 0}, {max: 3, score: 100}, {max: 10, score: 80}]\n"
	"  - id: open\n    dimension: d1\n    type: number\n    text: O\n"
	"    bands: [{max: 1, score: 20}, {score: 90}]\n"
	"  - {id: txt, dimension: d1, type: text, text: T}\n"
	"  - {id: lvl, dimension: d1, type: level, capability: c1, text: V}\n"
	"  - {id: gated, dimension: d1, type: likert, text: G,"
	" when: 'answer(\"yn\") == \"yes\" and (answer(\"lik\") >= 50 or answer(\"ch\") != \"low\")'}\n"
	"capabilities:\n"
	"  - {id: c1, area: sales, title: C1, importance: 3, target: 4,"
	" levels: {1: a, 2: b, 3: c, 4: d, 5: e}}\n";

static int setup(void **state)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer("t.yaml", YAML, strlen(YAML), &d);
	if (!q)
		diag_print(&d, stderr, 0);
	diag_release(&d);
	*state = q;
	return q ? 0 : -1;
}

static int teardown(void **state)
{
	q_free(*state);
	return 0;
}

/* Parse raw for question id; expects success and returns the answer. */
static struct q_answer ok(void **state, const char *id, const char *raw)
{
	struct questionnaire *q = *state;
	struct q_answer a;
	char *err = NULL;
	long k = q_find_question(q, id);
	assert_true(k >= 0);
	if (!q_answer_parse(q, &q->questions[k], raw, &a, &err))
		fail_msg("'%s' for %s: %s", raw, id, err);
	return a;
}

/* Expects a failure whose message contains want. */
static void bad(void **state, const char *id, const char *raw, const char *want)
{
	struct questionnaire *q = *state;
	struct q_answer a;
	char *err = NULL;
	long k = q_find_question(q, id);
	assert_false(q_answer_parse(q, &q->questions[k], raw, &a, &err));
	assert_non_null(err);
	if (!strstr(err, want))
		fail_msg("'%s' for %s: message '%s' lacks '%s'", raw, id, err, want);
	free(err);
}

static void expect_score(void **state, const char *id, const char *raw, double score,
			 const char *canonical)
{
	struct q_answer a = ok(state, id, raw);
	assert_int_equal(a.kind, Q_ANSWER_SCORED);
	assert_float_equal(a.score, score, 1e-9);
	assert_string_equal(a.canonical, canonical);
	q_answer_release(&a);
}

static void q_answer_parse__likert__scales_to_100(void **state)
{
	/* (v - 1) / (5 - 1) * 100: 1 -> 0, 2 -> 25, 4 -> 75, 5 -> 100 */
	expect_score(state, "lik", "1", 0, "1");
	expect_score(state, "lik", "2", 25, "2");
	expect_score(state, "lik", " 4 ", 75, "4");
	expect_score(state, "lik", "5", 100, "5");
	expect_score(state, "lik", "4.0", 75, "4");
}

static void q_answer_parse__persian_digits__read_as_numbers(void **state)
{
	expect_score(state, "lik", "\xdb\xb4", 75, "4");          /* ۴ */
	expect_score(state, "lik", "\xd9\xa2", 25, "2");          /* ٢ */
	expect_score(state, "num", "\xdb\xb2\xd9\xab\xdb\xb5", 100, "2.5"); /* ۲٫۵ */
}

static void q_answer_parse__reverse_likert__flips_score(void **state)
{
	/* 4 is 75, reversed 100 - 75 = 25 */
	expect_score(state, "rev", "4", 25, "4");
	expect_score(state, "rev", "1", 100, "1");
}

static void q_answer_parse__likert_out_of_scale__rejected(void **state)
{
	bad(state, "lik", "6", "expected a whole number 1..5 or na");
	bad(state, "lik", "0", "1..5");
	bad(state, "lik", "3.5", "1..5");
	bad(state, "lik", "agree", "found 'agree'");
}

static void q_answer_parse__yesno_forms__accepted(void **state)
{
	const char *yes[] = { "yes", "Y", "TRUE", "1", "\xd8\xa8\xd9\x84\xd9\x87", NULL };
	const char *no[] = { "no", "n", "False", "0", "\xd8\xae\xdb\x8c\xd8\xb1", NULL };
	for (int i = 0; yes[i]; i++)
		expect_score(state, "yn", yes[i], 100, "yes");
	for (int i = 0; no[i]; i++)
		expect_score(state, "yn", no[i], 0, "no");
	bad(state, "yn", "maybe", "expected yes or no");
}

static void q_answer_parse__na__only_when_allowed(void **state)
{
	struct q_answer a = ok(state, "lik", "NA");
	assert_int_equal(a.kind, Q_ANSWER_NA);
	assert_string_equal(a.canonical, "na");
	q_answer_release(&a);
	a = ok(state, "lik", "n/a");
	assert_int_equal(a.kind, Q_ANSWER_NA);
	q_answer_release(&a);
	bad(state, "yn", "na", "not allowed");
}

static void q_answer_parse__empty__is_unanswered(void **state)
{
	struct q_answer a = ok(state, "yn", "  ");
	assert_int_equal(a.kind, Q_ANSWER_EMPTY);
	assert_string_equal(a.canonical, "");
	q_answer_release(&a);
	a = ok(state, "mu", " ; ");
	assert_int_equal(a.kind, Q_ANSWER_EMPTY);
	q_answer_release(&a);
}

static void q_answer_parse__choice__option_score(void **state)
{
	expect_score(state, "ch", "high", 70, "high");
	expect_score(state, "ch", "LOW", 10, "low");
	bad(state, "ch", "hihg", "unknown option 'hihg' (did you mean 'high'?); expected one of: low, high");
}

static void q_answer_parse__multi__sum_capped_at_100(void **state)
{
	/* 60 + 5 = 65; 60 + 50 = 110 -> 100; canonical in file order */
	expect_score(state, "mu", "sso;erp", 65, "erp;sso");
	expect_score(state, "mu", "erp ; billing", 100, "erp;billing");
	expect_score(state, "mu", "billing;", 50, "billing");
	bad(state, "mu", "erp;erp", "given twice");
	bad(state, "mu", "erp;biling", "did you mean 'billing'");
}

static void q_answer_parse__number__first_band_in_file_order(void **state)
{
	/* bands: <= 0 -> 0, <= 3 -> 100, <= 10 -> 80 */
	expect_score(state, "num", "0", 0, "0");
	expect_score(state, "num", "-2", 0, "-2");
	expect_score(state, "num", "0.5", 100, "0.5");
	expect_score(state, "num", "3", 100, "3");
	expect_score(state, "num", "3.01", 80, "3.01");
	expect_score(state, "num", "10", 80, "10");
	/* last band without max takes everything above */
	expect_score(state, "open", "1", 20, "1");
	expect_score(state, "open", "1000", 90, "1000");
}

static void q_answer_parse__number_above_bands__rejected(void **state)
{
	bad(state, "num", "11", "11 is above every band (the largest is 10)");
	bad(state, "num", "two", "expected a number");
	bad(state, "num", "inf", "expected a number");
}

static void q_answer_parse__text__kept_unscored(void **state)
{
	struct q_answer a = ok(state, "txt", "  Sales won't share data ");
	assert_int_equal(a.kind, Q_ANSWER_UNSCORED);
	assert_string_equal(a.canonical, "Sales won't share data");
	q_answer_release(&a);
}

static void q_answer_parse__level__maturity_1_to_5(void **state)
{
	struct q_answer a = ok(state, "lvl", "3");
	assert_int_equal(a.kind, Q_ANSWER_LEVEL);
	assert_float_equal(a.level, 3, 0);
	assert_float_equal(a.score, 50, 1e-9); /* (3 - 1) / 4 * 100 */
	assert_string_equal(a.canonical, "3");
	q_answer_release(&a);
	bad(state, "lvl", "6", "expected a maturity level 1..5");
	bad(state, "lvl", "0", "1..5");
}

static void q_when_applies__answers__decide(void **state)
{
	struct questionnaire *q = *state;
	const char *values[16] = { 0 };
	long yn = q_find_question(q, "yn"), lik = q_find_question(q, "lik");
	long ch = q_find_question(q, "ch"), gated = q_find_question(q, "gated");
	const struct q_question *g = &q->questions[gated];
	assert_false(q_when_applies(q, g, values));          /* nothing answered */
	values[yn] = "yes";
	values[lik] = "2";
	values[ch] = "low";
	assert_false(q_when_applies(q, g, values));          /* score 25 < 50 and ch == low */
	values[lik] = "4";
	assert_true(q_when_applies(q, g, values));
	values[lik] = "na";
	values[ch] = "high";
	assert_true(q_when_applies(q, g, values));
	values[yn] = "no";
	assert_false(q_when_applies(q, g, values));
	assert_true(q_when_applies(q, &q->questions[lik], values)); /* no when */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(q_answer_parse__likert__scales_to_100),
		cmocka_unit_test(q_answer_parse__persian_digits__read_as_numbers),
		cmocka_unit_test(q_answer_parse__reverse_likert__flips_score),
		cmocka_unit_test(q_answer_parse__likert_out_of_scale__rejected),
		cmocka_unit_test(q_answer_parse__yesno_forms__accepted),
		cmocka_unit_test(q_answer_parse__na__only_when_allowed),
		cmocka_unit_test(q_answer_parse__empty__is_unanswered),
		cmocka_unit_test(q_answer_parse__choice__option_score),
		cmocka_unit_test(q_answer_parse__multi__sum_capped_at_100),
		cmocka_unit_test(q_answer_parse__number__first_band_in_file_order),
		cmocka_unit_test(q_answer_parse__number_above_bands__rejected),
		cmocka_unit_test(q_answer_parse__text__kept_unscored),
		cmocka_unit_test(q_answer_parse__level__maturity_1_to_5),
		cmocka_unit_test(q_when_applies__answers__decide),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
