/* Unit tests of the survey reports: how 'survey import' read the columns,
 * and the heading 'gaps' prints above its table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/embedded.h"
#include "../../reports/report.h"

/* The id of Persian, from its catalogue. */
static lang_id persian(void)
{
	lang_id l = LANG_EN;
	lang_parse("fa", &l);
	return l;
}

static struct questionnaire *shipped(void)
{
	const struct embedded_file *file = content_find("questionnaires/crm-readiness.yaml");
	assert_non_null(file);
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer(file->name, file->data, file->len, &d);
	assert_non_null(q);
	diag_release(&d);
	return q;
}

/* Columns named exactly: nothing to show. Otherwise every column, its
 * header cut to 50 columns of width, and how it was taken. */
static void report_survey_import_mapping__plain_and_matched__as_survey_import_prints(void **state)
{
	(void)state;
	struct questionnaire *q = shipped();
	long vision = q_find_question(q, "crm-vision");
	assert_true(vision >= 0);
	char *headers[] = { "respondent", "crm-vision", "Submitted at",
			    "Our organisation has a written CRM vision that says what will change "
			    "for customers", "colour" };
	struct q_column cols[] = {
		{ Q_COLUMN_RESPONDENT, -1, Q_HOW_HEADER, false, LANG_EN },
		{ Q_COLUMN_QUESTION, vision, Q_HOW_ID, false, LANG_EN },
		{ Q_COLUMN_META, -1, Q_HOW_META, false, LANG_EN },
		{ Q_COLUMN_QUESTION, vision, Q_HOW_TEXT, false, LANG_EN },
		{ Q_COLUMN_UNKNOWN, -1, Q_HOW_NONE, false, LANG_EN },
	};
	struct q_import_result r = { .headers = headers, .cols = cols, .ncols = 2 };
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	report_survey_import_mapping(out, &r, q, "dir/answers.csv", LANG_EN);
	fflush(out);
	assert_int_equal(len, 0);
	r.ncols = 5;
	report_survey_import_mapping(out, &r, q, "dir/answers.csv", LANG_EN);
	fclose(out);
	assert_string_equal(buf,
		"mapping of answers.csv (column -> question):\n"
		"  1 respondent -> respondent\n"
		"  2 crm-vision -> crm-vision (question id)\n"
		"  3 Submitted at -> ignored (form metadata)\n"
		"  4 Our organisation has a written CRM vision that sa\xE2\x80\xA6 -> crm-vision "
		"(question text, en)\n"
		"  5 colour -> unknown\n");
	free(buf);
	q_free(q);
}

static void report_capability_model_heading__counts__singular_and_plural(void **state)
{
	(void)state;
	struct questionnaire *q = shipped();
	struct q_assessment a = { .q = q, .respondents = 1 };
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	report_capability_model_heading(out, &a, LANG_EN);
	a.respondents = 7;
	report_capability_model_heading(out, &a, persian());
	fclose(out);
	assert_string_equal(buf, "CRM readiness (crm-readiness): 1 respondent\n\n"
			    "آمادگی سازمان برای CRM (crm-readiness): 7 respondents\n\n");
	free(buf);
	q_free(q);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(report_survey_import_mapping__plain_and_matched__as_survey_import_prints),
		cmocka_unit_test(report_capability_model_heading__counts__singular_and_plural),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
