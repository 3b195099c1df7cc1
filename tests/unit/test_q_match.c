/* Unit tests of questionnaires/q_match: form exports' headers and labels
 * matched to a questionnaire (issue 17 item 6). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/text.h"

#include "../../questionnaires/questionnaire.h"

/* The id of Persian, from its catalogue. */
static lang_id persian(void)
{
	lang_id l = LANG_EN;
	lang_parse("fa", &l);
	return l;
}

static const char YAML[] =
	"id: t\nversion: 1\ntitle: T\n"
	"scale:\n  min: 1\n  max: 5\n  labels:\n"
	"    1: {en: Strongly disagree, fa: کاملاً مخالفم}\n"
	"    4: {en: Agree, fa: موافقم}\n"
	"levels: [{min: 0, label: Low}]\n"
	"dimensions: [{id: d1, title: D1}]\n"
	"questions:\n"
	"  - id: vision\n    dimension: d1\n    type: likert\n"
	"    text: {en: \"Is there a written CRM vision?\", fa: \"آیا چشم‌انداز مکتوبی برای CRM هست؟\"}\n"
	"  - {id: yn, dimension: d1, type: yesno, text: Pilot}\n"
	"  - id: pay\n    dimension: d1\n    type: choice\n    text: Pay\n"
	"    options:\n"
	"      - {id: mix, text: {en: \"A mix of individual results, team results\", fa: ترکیبی}, score: 50}\n"
	"      - {id: team, text: {en: Team results, fa: نتایج تیمی}, score: 100}\n"
	"  - id: sys\n    dimension: d1\n    type: multi\n    text: Systems\n"
	"    options:\n"
	"      - {id: erp, text: {en: \"ERP, orders\", fa: سامانه مالی}, score: 50}\n"
	"      - {id: billing, text: {en: Billing, fa: صورت‌حساب}, score: 50}\n";

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

static void key_is(const char *s, const char *want)
{
	char *k = text_match_key(s);
	assert_string_equal(k, want);
	free(k);
}

static void text_match_key__case_space_punctuation__folded(void **state)
{
	(void)state;
	key_is("  Is there a  written\tCRM vision? ", "is there a written crm vision");
	key_is("EMAIL ADDRESS:", "email address");
	/* NFKC: the ligature ﬁ and a no-break space. */
	key_is("\xEF\xAC\x81le\xC2\xA0name", "file name");
}

static void text_match_key__arabic_letters__persian(void **state)
{
	(void)state;
	/* يك (Arabic yeh, kaf) is یک; the ZWNJ and tatweel go; ؟ at the end goes. */
	char *a = text_match_key("آيا چشم‌انداز مكتوبـي براي CRM هست؟");
	char *b = text_match_key("آیا چشمانداز مکتوبی برای crm هست");
	assert_string_equal(a, b);
	free(a);
	free(b);
	key_is("۴", "4");
}

static void q_form_columns__form_header__mapped(void **state)
{
	struct questionnaire *q = *state;
	const char *h[] = { "Timestamp", "Email address", "Department",
			    "IS THERE A WRITTEN CRM VISION", "آيا چشم‌انداز مكتوبي براي CRM هست؟",
			    "grp/yn", "grp/sys/erp", "_uuid", "Coffee?" };
	size_t n = sizeof h / sizeof *h;
	struct q_column c[9];
	struct diag d;
	diag_init(&d);
	struct q_form_opts o = { .file = "f.csv", .respondent_column = "email address" };
	assert_true(q_form_columns(q, h, n, &o, c, &d));
	assert_int_equal(c[0].role, Q_COLUMN_META);
	assert_false(c[0].identity);
	assert_int_equal(c[1].role, Q_COLUMN_RESPONDENT);
	assert_int_equal(c[2].role, Q_COLUMN_DEPARTMENT);
	assert_int_equal(c[3].role, Q_COLUMN_QUESTION);
	assert_int_equal(c[3].question, 0);
	lang_id fa;
	assert_true(lang_parse("fa", &fa));
	assert_int_equal(c[3].how, Q_HOW_TEXT);
	assert_int_equal(c[3].text_lang, LANG_EN);
	assert_int_equal(c[4].how, Q_HOW_TEXT);
	assert_int_equal(c[4].text_lang, fa);
	assert_int_equal(c[5].how, Q_HOW_NAME);
	assert_int_equal(c[5].question, 1);
	assert_int_equal(c[6].role, Q_COLUMN_OPTION);
	assert_int_equal(c[7].role, Q_COLUMN_META);
	assert_int_equal(c[8].role, Q_COLUMN_UNKNOWN);
	/* Without --respondent-column, the e-mail column is a candidate. */
	o.respondent_column = NULL;
	o.ignore_unknown = true;
	assert_true(q_form_columns(q, h, n, &o, c, &d));
	assert_int_equal(c[1].role, Q_COLUMN_META);
	assert_true(c[1].identity);
	assert_int_equal(c[8].role, Q_COLUMN_SKIP);
	/* A --respondent-column that is not there. */
	o.respondent_column = "Name";
	assert_false(q_form_columns(q, h, n, &o, c, &d));
	assert_int_equal(d.errors, 1);
	diag_release(&d);
}

static void answer_is(const struct questionnaire *q, const char *id, const char *raw,
		      const char *want)
{
	char *a = q_match_answer(q, &q->questions[q_find_question(q, id)], raw);
	if (!want) {
		assert_null(a);
		return;
	}
	assert_non_null(a);
	assert_string_equal(a, want);
	free(a);
}

static void q_match_answer__labels__values(void **state)
{
	struct questionnaire *q = *state;
	answer_is(q, "vision", "Agree", "4");
	answer_is(q, "vision", "  strongly DISAGREE ", "1");
	answer_is(q, "vision", "موافقم", "4");
	answer_is(q, "vision", "Somewhat agree", NULL);
	answer_is(q, "vision", "4", NULL);       /* read as it is */
	answer_is(q, "yn", "Yes", "yes");
	answer_is(q, "yn", "خير", "no");          /* Arabic yeh */
	/* A label holding ", " is one option, not two. */
	answer_is(q, "pay", "A mix of individual results, team results", "mix");
	answer_is(q, "pay", "نتايج تيمي", "team");
}

static void q_match_answer__multi__joined_labels(void **state)
{
	struct questionnaire *q = *state;
	answer_is(q, "sys", "ERP, orders, Billing", "erp;billing");   /* Google Forms */
	answer_is(q, "sys", "Billing;ERP, orders;", "billing;erp");   /* Microsoft Forms */
	answer_is(q, "sys", "سامانه مالی، صورت‌حساب", "erp;billing");
	answer_is(q, "sys", "erp billing", "erp;billing");             /* Kobo */
	answer_is(q, "sys", "ERP, Payroll", NULL);
}

static void q_match_answer_error__likert__names_labels(void **state)
{
	struct questionnaire *q = *state;
	char *e = q_match_answer_error(q, &q->questions[0], "Somewhat", LANG_EN);
	assert_string_equal(e, "found 'Somewhat', expected a whole number 1..5 or one of the "
			    "scale's labels: Strongly disagree, Agree, or na");
	free(e);
	e = q_match_answer_error(q, &q->questions[2], "x", persian());
	assert_string_equal(e, "found 'x', expected one of the options: 'ترکیبی', 'نتایج تیمی', or na");
	free(e);
}

static void loose_same(const char *a, const char *b)
{
	char *ka = q_match_loose_key(a), *kb = q_match_loose_key(b);
	assert_string_equal(ka, kb);
	free(ka);
	free(kb);
}

static void q_match_loose_key__variants__folded(void **state)
{
	(void)state;
	loose_same("1. Our organisation", "our organization");
	loose_same("Q12) The programme", "the program");
	loose_same("3- Staff behaviour", "staff behavior");
	loose_same("We prioritise data", "we prioritize data");
	loose_same("a customer\xE2\x80\x99s history", "a customer's history");
	loose_same("\xE2\x80\x9Cquoted\xE2\x80\x9D", "\"quoted\"");
	/* ZWNJ, a space and nothing between Persian letters are one. */
	loose_same("چشم\xE2\x80\x8Cانداز", "چشم انداز");
	loose_same("چشم انداز", "چشمانداز");
	/* Latin words keep their spaces; "four" and "your" are not -our words. */
	char *k = q_match_loose_key("four of your colours");
	assert_string_equal(k, "four of your colors");
	free(k);
	/* A number without its separator is text. */
	k = q_match_loose_key("2026 budget");
	assert_string_equal(k, "2026 budget");
	free(k);
}

static void q_form_time__form_layouts__ordered(void **state)
{
	(void)state;
	int64_t a, b, c;
	assert_true(q_form_time("2026/11/10 9:00:03 AM GMT+3:30", &a));
	assert_true(q_form_time("2026/11/10 1:00:00 PM GMT+3:30", &b));
	assert_true(a < b);
	assert_true(q_form_time("2026/11/10 12:30:00 AM GMT+3:30", &c));
	assert_true(c < a);
	assert_true(q_form_time("11/10/26 9:00:00", &c));
	assert_true(q_form_time("11/11/26 9:00:00", &a));
	assert_int_equal(a - c, 86400);
	assert_true(q_form_time("2026-11-20T09:00:00.000+03:30", &a));
	assert_false(q_form_time("yesterday", &a));
}

/* The date of a form's time goes through the one date check: no February
 * 30 rolled into March, the years of TIMEX_MIN_YEAR..TIMEX_MAX_YEAR. */
static void q_form_time__calendar_edges__checked(void **state)
{
	(void)state;
	int64_t a, b;
	assert_true(q_form_time("2/29/28 9:00:00", &a));
	assert_true(q_form_time("3/1/28 9:00:00", &b));
	assert_int_equal(b - a, 86400);
	assert_false(q_form_time("2/29/27 9:00:00", &a));
	assert_false(q_form_time("2/30/28 9:00:00", &a));
	assert_false(q_form_time("4/31/26 9:00:00", &a));
	assert_true(q_form_time("1900/1/1 0:00:00", &a));
	assert_false(q_form_time("1899/12/31 23:59:00", &a));
	assert_true(q_form_time("9999/12/31 23:59:00", &a));
	assert_false(q_form_time("10000/1/1 0:00:00", &a));
	assert_false(q_form_time("2026/11/10 24:00:00", &a));
}

static void q_respondent_key__email__trimmed_lower(void **state)
{
	(void)state;
	char *k = q_respondent_key("  A@X.ir \t");
	assert_string_equal(k, "a@x.ir");
	free(k);
	k = q_respondent_key(" Ana Karimi ");
	assert_string_equal(k, "Ana Karimi");
	free(k);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(q_match_loose_key__variants__folded),
		cmocka_unit_test(q_form_time__form_layouts__ordered),
		cmocka_unit_test(q_form_time__calendar_edges__checked),
		cmocka_unit_test(q_respondent_key__email__trimmed_lower),
		cmocka_unit_test(text_match_key__case_space_punctuation__folded),
		cmocka_unit_test(text_match_key__arabic_letters__persian),
		cmocka_unit_test(q_form_columns__form_header__mapped),
		cmocka_unit_test(q_match_answer__labels__values),
		cmocka_unit_test(q_match_answer__multi__joined_labels),
		cmocka_unit_test(q_match_answer_error__likert__names_labels),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
