/* Unit tests of metrics/metric_defs.c: the one table of metric definitions
 * and the one check of metric names built on it. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/i18n.h"
#include "../../metrics/metrics.h"
#include "../../phases/plan.h"

static void metric_def_find__names_and_fields__their_definition(void **state)
{
	(void)state;
	const struct metric_def *m = metric_def_find("adoption.active_rate");
	assert_non_null(m);
	assert_string_equal(m->family, "adoption");
	assert_int_equal(m->unit, METRIC_FRACTION);
	assert_float_equal(m->min, 0, 0);
	assert_float_equal(m->max, 1, 0);
	assert_false(m->lower_is_better);
	assert_string_equal(metric_def_label(m), "active rate");
	lang_id fa;
	assert_true(lang_parse("fa", &fa));
	i18n_use(fa, true);
	assert_string_equal(metric_def_label(m), "نرخ کاربران فعال");
	i18n_use(LANG_EN, true);
	/* a field's series has its family's definition */
	m = metric_def_find("dq.completeness.Email");
	assert_non_null(m);
	assert_true(m->per_field);
	assert_int_equal(m->unit, METRIC_FRACTION);
	assert_false(metric_def_find("dq.completeness.") != NULL);
	assert_true(metric_def_find("dq.duplicate_rate")->lower_is_better);
	assert_int_equal(metric_def_find("adoption.active_users")->unit, METRIC_COUNT);
	assert_int_equal(metric_def_find("adoption.logins_per_active_user")->unit, METRIC_RATIO);
	assert_int_equal(metric_def_find("training.completion")->unit, METRIC_FRACTION);
	/* a name outside the table: no definition, an open domain */
	assert_null(metric_def_find("nps.score"));
	assert_float_equal(metric_def_clamp(NULL, -7.5), -7.5, 0);
	assert_true(metric_def_in_domain(NULL, 1e300));
}

static void metric_def_clamp__outside__the_nearest_bound(void **state)
{
	(void)state;
	const struct metric_def *rate = metric_def_find("adoption.active_rate");
	assert_float_equal(metric_def_clamp(rate, 1.35), 1, 0);
	assert_float_equal(metric_def_clamp(rate, -2.26), 0, 0);
	assert_float_equal(metric_def_clamp(rate, 0.4), 0.4, 0);
	assert_false(metric_def_in_domain(rate, 1.0000001));
	const struct metric_def *users = metric_def_find("adoption.active_users");
	assert_float_equal(metric_def_clamp(users, -3), 0, 0);
	assert_float_equal(metric_def_clamp(users, 1e25), 1e25, 0);
	const struct metric_def *csat = metric_def_find("satisfaction.csat");
	assert_float_equal(metric_def_clamp(csat, 5.4), 5, 0);
	assert_float_equal(metric_def_clamp(csat, 0.2), 1, 0);
	assert_string_equal(metric_def_domain(rate), "a fraction from 0 to 1");
	assert_string_equal(metric_def_domain(users), "a count of 0 or more (a whole number)");
}

static void metric_def_in_domain__a_count__whole_numbers_only(void **state)
{
	(void)state;
	const struct metric_def *users = metric_def_find("adoption.active_users");
	assert_true(metric_def_in_domain(users, 50));
	assert_true(metric_def_in_domain(users, 0));
	assert_true(metric_def_in_domain(users, 1e25));
	assert_false(metric_def_in_domain(users, 49.96));
	assert_false(metric_def_in_domain(users, 0.5));
	assert_false(metric_def_whole(users, 49.5));
	assert_true(metric_def_whole(users, -3));      /* whole, though outside the domain */
	const struct metric_def *rate = metric_def_find("adoption.active_rate");
	assert_true(metric_def_whole(rate, 0.8996));   /* only counts are whole */
	assert_true(metric_def_in_domain(rate, 0.8996));
	assert_true(metric_def_whole(NULL, 0.5));
	const struct metric_def *per_user = metric_def_find("adoption.logins_per_active_user");
	assert_true(metric_def_in_domain(per_user, 3.25));
}

static void metric_name_check__families__from_the_table(void **state)
{
	(void)state;
	char *err = NULL;
	/* every name of the table passes, fields of per-field ones too */
	for (size_t i = 0; i < metric_ndefs; i++) {
		char name[128];
		snprintf(name, sizeof name, "%s%s", metric_defs[i].name,
			 metric_defs[i].per_field ? ".Email" : "");
		assert_true(metric_name_check(name, &err));
		assert_true(goal_metric_valid(name, &err));  /* the old name, the same check */
	}
	assert_true(metric_name_check("nps.score", &err));  /* a family of your own */
	assert_false(metric_name_check("adoption.active_rat", &err));
	assert_non_null(strstr(err, "did you mean 'adoption.active_rate'"));
	free(err);
	assert_false(metric_name_check("dq.nothing_like_it", &err));
	assert_non_null(strstr(err, "dq names are: dq.completeness, dq.completeness.FIELD, "
				    "dq.validity, dq.validity.FIELD, dq.duplicate_rate, "
				    "dq.freshness, dq.score"));
	free(err);
	assert_false(metric_name_check("Bad name", &err));
	free(err);
	assert_false(metric_name_check("a..b", &err));
	free(err);
}

/* Targets may lie outside the domain but a count's is whole; recorded
 * values and baselines must lie inside it. */
static void metric_def_check_value__target_and_value__message_names_domain(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	assert_true(metric_def_check_value("adoption.active_users", 12, true, "--target", "12", &d));
	assert_true(metric_def_check_value("adoption.active_rate", 1.5, true, "--target", "1.5", &d));
	assert_true(metric_def_check_value("training.completion", 0.93, false, "VALUE", "0.93", &d));
	assert_true(metric_def_check_value("roi.made_up", -7, false, "VALUE", "-7", &d));
	assert_int_equal(d.n, 0);
	assert_false(metric_def_check_value("adoption.active_users", 2.5, true, "--target", "2.5",
					    &d));
	assert_int_equal(diag_exit_code(&d), EXIT_USAGE);
	assert_string_equal(d.msgs[0].text, "--target: found 2.5, but adoption.active_users is a "
			    "count of 0 or more (a whole number)");
	assert_false(metric_def_check_value("adoption.active_rate", 1.5, false, "--baseline", "1.5",
					    &d));
	assert_string_equal(d.msgs[1].text, "--baseline: found 1.5, but adoption.active_rate is a "
			    "fraction from 0 to 1");
	assert_false(metric_def_check_value("training.completion", 93, false, "VALUE", "93.0", &d));
	assert_string_equal(d.msgs[2].text, "VALUE: found 93.0, but training.completion is a "
			    "fraction from 0 to 1");
	diag_release(&d);
}

static void metric_source_check__200_bytes__the_most(void **state)
{
	(void)state;
	char source[202];
	memset(source, 's', 201);
	source[201] = 0;
	struct diag d;
	diag_init(&d);
	assert_true(metric_source_check(source + 1, "--source", &d));
	assert_false(metric_source_check(source, "--source", &d));
	assert_int_equal(d.n, 1);
	assert_string_equal(d.msgs[0].text, "--source: at most 200 characters");
	assert_int_equal(diag_exit_code(&d), EXIT_USAGE);
	diag_release(&d);
}

/* dq.duplicate_rate is better lower: >= asks it to rise. */
static void goal_op_against_metric__lower_is_better__only_rising_ops(void **state)
{
	(void)state;
	assert_true(goal_op_against_metric(GOAL_GE, "dq.duplicate_rate"));
	assert_true(goal_op_against_metric(GOAL_GT, "dq.duplicate_rate"));
	assert_false(goal_op_against_metric(GOAL_LE, "dq.duplicate_rate"));
	assert_false(goal_op_against_metric(GOAL_EQ, "dq.duplicate_rate"));
	assert_true(goal_op_against_metric(GOAL_LT, "adoption.active_rate"));
	assert_false(goal_op_against_metric(GOAL_LT, "training.made_up"));
}

static void metric_in_family__prefix_and_dot__only(void **state)
{
	(void)state;
	assert_true(metric_in_family(METRIC_ACTIVE_RATE, METRIC_FAMILY_ADOPTION));
	assert_true(metric_in_family("dq.completeness.Email", METRIC_FAMILY_DQ));
	assert_true(metric_in_family("dq.completeness.Email", METRIC_DQ_COMPLETENESS));
	assert_false(metric_in_family(METRIC_DQ_COMPLETENESS, METRIC_DQ_COMPLETENESS));
	assert_false(metric_in_family("adoptionx.rate", METRIC_FAMILY_ADOPTION));
	assert_false(metric_in_family("adoption", METRIC_FAMILY_ADOPTION));
	assert_false(metric_in_family(METRIC_DQ_SCORE, METRIC_FAMILY_ADOPTION));
	/* every name of the table is in its own family */
	for (size_t i = 0; i < metric_ndefs; i++)
		assert_true(metric_in_family(metric_defs[i].name, metric_defs[i].family));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(metric_def_find__names_and_fields__their_definition),
		cmocka_unit_test(metric_def_clamp__outside__the_nearest_bound),
		cmocka_unit_test(metric_def_in_domain__a_count__whole_numbers_only),
		cmocka_unit_test(metric_name_check__families__from_the_table),
		cmocka_unit_test(metric_def_check_value__target_and_value__message_names_domain),
		cmocka_unit_test(goal_op_against_metric__lower_is_better__only_rising_ops),
		cmocka_unit_test(metric_source_check__200_bytes__the_most),
		cmocka_unit_test(metric_in_family__prefix_and_dot__only),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
