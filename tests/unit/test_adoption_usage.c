/* Unit tests of adoption/adoption_usage.c and the stickiness figures of
 * adoption_weekly.c: licence cost and currency parsing, dormant and
 * never-logged-in licences, weekly active / monthly active users. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../adoption/adoption.h"
#include "workspace_fixture.h"

static void adoption_licence_cost_parse__forms__monthly_amount(void **state)
{
	(void)state;
	double m = -1;
	assert_true(adoption_licence_cost_parse("45", &m));
	assert_true(m == 45);
	assert_true(adoption_licence_cost_parse("45.5/month", &m));
	assert_true(m == 45.5);
	assert_true(adoption_licence_cost_parse("540/year", &m));
	assert_true(m == 45);     /* a year's twelfth */
	assert_true(adoption_licence_cost_parse("0", &m));
	assert_true(m == 0);
}

static void adoption_licence_cost_parse__bad__refused(void **state)
{
	(void)state;
	double m;
	const char *bad[] = { "", "abc", "-5", "45/week", "/month", "45/", "45/Month ", "inf",
			      "nan", "1e400" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(adoption_licence_cost_parse(bad[i], &m));
}

static void adoption_currency_parse__codes__upper_case(void **state)
{
	(void)state;
	char c[4];
	assert_true(adoption_currency_parse("eur", c));
	assert_string_equal(c, "EUR");
	assert_true(adoption_currency_parse("IRR", c));
	assert_false(adoption_currency_parse("EURO", c));
	assert_false(adoption_currency_parse("E1R", c));
	assert_false(adoption_currency_parse("", c));
}

static char *write_file(const struct workspace_fixture *f, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", f->dir, name);
	FILE *out = fopen(path, "w");
	assert_non_null(out);
	fputs(text, out);
	fclose(out);
	return path;
}

/* The roster and log of tests/cli/t1420 (its comments hold the hand
 * computation). */
static struct workspace_fixture *crafted(void)
{
	struct workspace_fixture *f = workspace_fixture_new();
	char *roster = write_file(f, "roster.csv",
		"Id,Name,Department,Role,License Start,License End,Wave\n"
		"a1,Ann,Sales,Rep,2026-01-01,,1\n"
		"a2,Bob,Sales,Rep,2026-01-01,,1\n"
		"a3,Cyrus,Service,Agent,2026-01-01,,2\n"
		"a4,Dina,Service,Agent,2026-01-01,,2\n"
		"a5,Eve,Sales,Manager,2026-02-02,,2\n"
		"a6,Farid,Service,Agent,2026-01-01,2026-02-20,1\n");
	char *log = write_file(f, "log.csv",
		"UserId,LoginTime,Status\n"
		"a1,2026-02-03T09:00:00Z,Success\na1,2026-02-25T09:00:00Z,Success\n"
		"a1,2026-03-03T09:00:00Z,Success\na2,2026-02-04T09:00:00Z,Success\n"
		"a2,2026-02-10T09:00:00Z,Success\na3,2026-02-05T09:00:00Z,Success\n"
		"a4,2026-02-26T09:00:00Z,Success\na4,2026-03-08T23:59:59Z,Success\n"
		"a6,2026-02-03T09:00:00Z,Success\n");
	struct adoption_roster_opts ro = { .as_of = "2026-03-10" };
	struct adoption_roster_result rr;
	assert_true(adoption_roster_import(f->st, roster, &ro, &rr, &f->d));
	adoption_roster_result_release(&rr);
	struct adoption_import_result ir;
	assert_true(adoption_log_import(f->st, log, NULL, NULL, NULL, NULL, &ir, &f->d));
	adoption_import_result_release(&ir);
	free(roster);
	free(log);
	return f;
}

struct found {
	const char *scope, *date;
	double value;
	bool has;
};

static bool take(const struct store_metric *m, void *arg)
{
	struct found *x = arg;
	if (!strcmp(m->scope, x->scope) && !strcmp(m->date, x->date)) {
		x->value = m->value;
		x->has = true;
	}
	return true;
}

static double stored(struct workspace_fixture *f, const char *name, const char *scope,
		     const char *date)
{
	struct found x = { scope, date, 0, false };
	assert_true(store_metric_each(f->st, name, scope, take, &x, &f->d));
	assert_true(x.has);
	return x.value;
}

static void adoption_weeks__crafted_log__stickiness_by_hand(void **state)
{
	(void)state;
	struct workspace_fixture *f = crafted();
	/* 02-23: WAU 2 / MAU 4; 03-02: 2 / 3; Service 03-02: 1 / 1. */
	assert_true(stored(f, METRIC_MONTHLY_ACTIVE_USERS, "", "2026-02-23") == 4);
	assert_true(stored(f, METRIC_STICKINESS, "", "2026-02-23") == 0.5);
	assert_true(stored(f, METRIC_MONTHLY_ACTIVE_USERS, "", "2026-03-02") == 3);
	assert_true(stored(f, METRIC_STICKINESS, "", "2026-03-02") == 2.0 / 3);
	assert_true(stored(f, METRIC_STICKINESS, "department=Service", "2026-03-02") == 1);
	assert_true(stored(f, METRIC_STICKINESS, "wave=1", "2026-02-16") == 0);
	workspace_fixture_free(f);
}

static void adoption_usage_load__crafted_log__dormant_and_never(void **state)
{
	(void)state;
	struct workspace_fixture *f = crafted();
	struct adoption_usage_opts o = { .dormant_days = 30 };
	struct adoption_usage u;
	assert_true(adoption_usage_load(f->st, &o, &u, &f->d));
	assert_true(u.known);
	assert_string_equal(u.as_of, "2026-03-08");
	assert_int_equal(u.scopes[0].licensed, 5);     /* a6 ended 02-20 */
	assert_int_equal(u.ndormant, 1);
	assert_string_equal(u.dormant[0].id, "a3");
	assert_int_equal(u.dormant[0].days, 31);
	assert_int_equal(u.nnever, 1);
	assert_string_equal(u.never[0].id, "a5");
	assert_int_equal(u.never[0].days, 34);
	assert_string_equal(u.never[0].last_seen, "");
	adoption_usage_release(&u);
	/* 26 days: a2 (last 02-10) is dormant at 26 and not at 27. */
	o.dormant_days = 26;
	assert_true(adoption_usage_load(f->st, &o, &u, &f->d));
	assert_int_equal(u.ndormant, 2);
	assert_string_equal(u.dormant[1].id, "a2");
	adoption_usage_release(&u);
	o.dormant_days = 27;
	o.has_cost = true;
	o.cost_per_month = 45;
	assert_true(adoption_usage_load(f->st, &o, &u, &f->d));
	assert_int_equal(u.ndormant, 1);
	assert_true(adoption_usage_waste_month(&u, &u.scopes[0]) == 90);
	adoption_usage_min_group(&u, 2);
	for (size_t i = 0; i < u.nscopes; i++)
		assert_true(u.scopes[i].small == !strcmp(u.scopes[i].scope, "role=Manager"));
	adoption_usage_release(&u);
	workspace_fixture_free(f);
}

static void adoption_usage_load__no_logs__unknown(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	struct adoption_usage_opts o = { .dormant_days = 30 };
	struct adoption_usage u;
	assert_true(adoption_usage_load(f->st, &o, &u, &f->d));
	assert_false(u.known);
	assert_int_equal(u.nscopes, 0);
	adoption_usage_release(&u);
	workspace_fixture_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(adoption_licence_cost_parse__forms__monthly_amount),
		cmocka_unit_test(adoption_licence_cost_parse__bad__refused),
		cmocka_unit_test(adoption_currency_parse__codes__upper_case),
		cmocka_unit_test(adoption_weeks__crafted_log__stickiness_by_hand),
		cmocka_unit_test(adoption_usage_load__crafted_log__dormant_and_never),
		cmocka_unit_test(adoption_usage_load__no_logs__unknown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
