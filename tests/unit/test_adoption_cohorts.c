/* Unit tests of adoption/adoption_cohorts.c and adoption_teams.c: cohorts
 * aligned at week 0 (a wave going live late, licence-start months), the
 * anonymity of cohorts and teams, managers named by id, name or neither. */
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

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* Weeks 2026-01-05 (W1), 01-12 (W2), 01-19 (W3); the log reaches W4's
 * Monday, so W1..W3 are complete. Wave A (a1, a2) goes live in W1, wave B
 * (b1, b2, b3) in W3. m1 manages a1, a2 by id; "Bea Boss" (b1's name)
 * manages b2, b3; "Nobody" (not in the roster) manages m1. */
static struct workspace_fixture *loaded(void)
{
	struct workspace_fixture *f = workspace_fixture_new();
	char *roster = xasprintf("%s/roster.csv", f->dir), *log = xasprintf("%s/log.csv", f->dir);
	write_file(roster, "id,name,department,license_start,wave,manager\n"
		   "a1,Al,Sales,2026-01-05,A,m1\n"
		   "a2,Ada,Sales,2026-01-05,A,m1\n"
		   "b1,Bea Boss,Service,2026-01-19,B,\n"
		   "b2,Ben,Service,2026-01-19,B,bea boss\n"
		   "b3,Bo,Service,2026-01-20,B,Bea Boss\n"
		   "m1,Mo,IT,2026-01-05,,Nobody\n");
	/* W1: a1; W2: a1, a2; W3: a2, b1, b2, b2 again; W4 (in progress): a1 */
	write_file(log, "UserId,LoginTime,Status\n"
		   "a1,2026-01-05T08:00:00Z,Success\n"
		   "a1,2026-01-12T08:00:00Z,Success\n"
		   "a2,2026-01-13T08:00:00Z,Success\n"
		   "a2,2026-01-19T08:00:00Z,Success\n"
		   "b1,2026-01-20T08:00:00Z,Success\n"
		   "b2,2026-01-21T08:00:00Z,Success\n"
		   "b2,2026-01-22T08:00:00Z,Success\n"
		   "a1,2026-01-26T08:00:00Z,Success\n");
	struct adoption_roster_opts o = { .as_of = "2026-01-26" };
	struct adoption_roster_result rr;
	assert_true(adoption_roster_import(f->st, roster, &o, &rr, &f->d));
	assert_int_equal(rr.managers_unknown, 1);
	assert_string_equal(rr.managers_unknown_ids[0], "Nobody");
	adoption_roster_result_release(&rr);
	struct adoption_import_result ir;
	assert_true(adoption_log_import(f->st, log, NULL, NULL, NULL, NULL, &ir, &f->d));
	adoption_import_result_release(&ir);
	free(roster);
	free(log);
	return f;
}

static void adoption_cohorts_load__late_wave__aligned_at_week_0(void **state)
{
	(void)state;
	struct workspace_fixture *f = loaded();
	struct adoption_cohorts c;
	assert_true(adoption_cohorts_load(f->st, "wave", 0, 1, &c, &f->d));
	assert_string_equal(c.last_week, "2026-01-19");
	assert_int_equal(c.n, 2);
	/* A: W1 1 of 2 (a1), W2 2 of 2, W3 1 of 2 (a2) */
	assert_string_equal(c.v[0].name, "A");
	assert_string_equal(c.v[0].start, "2026-01-05");
	assert_int_equal(c.v[0].nages, 3);
	assert_int_equal(c.v[0].ages[0].licensed, 2);
	assert_int_equal(c.v[0].ages[0].active, 1);
	assert_int_equal(c.v[0].ages[1].active, 2);
	assert_int_equal(c.v[0].ages[2].active, 1);
	/* B, two weeks later, at its own week 0: b1, b2 of 3 (b2's second
	 * login counts once) */
	assert_string_equal(c.v[1].name, "B");
	assert_string_equal(c.v[1].start, "2026-01-19");
	assert_int_equal(c.v[1].nages, 1);
	assert_int_equal(c.v[1].ages[0].licensed, 3);
	assert_int_equal(c.v[1].ages[0].active, 2);
	assert_int_equal(c.nages, 3);
	adoption_cohorts_release(&c);
	/* At 3, A (2 users) is left out and named, and B (3) with it: A alone
	 * would be the organisation minus B (complementary suppression) */
	assert_true(adoption_cohorts_load(f->st, "wave", 0, 3, &c, &f->d));
	assert_int_equal(c.n, 0);
	assert_int_equal(c.nhidden, 2);
	assert_string_equal(c.hidden[0], "A");
	assert_string_equal(c.hidden[1], "B");
	adoption_cohorts_release(&c);
	/* At 2, both are shown; A's age 0 of 2 licensed stays, a cell of 1
	 * would not */
	assert_true(adoption_cohorts_load(f->st, "wave", 0, 2, &c, &f->d));
	assert_int_equal(c.n, 2);
	assert_false(c.v[0].ages[0].small);
	adoption_cohorts_release(&c);
	/* ages capped: 1 */
	assert_true(adoption_cohorts_load(f->st, "wave", 1, 1, &c, &f->d));
	assert_int_equal(c.v[0].nages, 1);
	adoption_cohorts_release(&c);
	workspace_fixture_free(f);
}

static void adoption_cohorts_load__month__each_user_from_own_start(void **state)
{
	(void)state;
	struct workspace_fixture *f = loaded();
	struct adoption_cohorts c;
	assert_true(adoption_cohorts_load(f->st, "month", 0, 1, &c, &f->d));
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].name, "2026-01");
	assert_int_equal(c.v[0].users, 6);
	/* age 0: a1, a2, m1 at W1 (a1) + b1, b2, b3 at W3 (b1, b2) = 3 of 6;
	 * age 1: a1, a2, m1 at W2 (a1, a2); the b's' W4 is in progress;
	 * age 2: W3 (a2) */
	assert_int_equal(c.v[0].ages[0].licensed, 6);
	assert_int_equal(c.v[0].ages[0].active, 3);
	assert_int_equal(c.v[0].ages[1].licensed, 3);
	assert_int_equal(c.v[0].ages[1].active, 2);
	assert_int_equal(c.v[0].ages[2].active, 1);
	adoption_cohorts_release(&c);
	workspace_fixture_free(f);
}

static void adoption_teams_load__by_id_name_and_unknown__league(void **state)
{
	(void)state;
	struct workspace_fixture *f = loaded();
	struct adoption_teams t;
	/* W3: m1's team a1, a2 (a2 active) 0.5; b1's team (named "bea boss"
	 * and "Bea Boss": one user's name) b2, b3 (b2) 0.5, tie: by name;
	 * Nobody's team m1 (inactive) 0 */
	assert_true(adoption_teams_load(f->st, "2026-01-19", false, 1, &t, &f->d));
	assert_int_equal(t.n, 3);
	assert_int_equal(t.users, 5);
	assert_string_equal(t.v[0].name, "Bea Boss");
	assert_string_equal(t.v[0].manager, "b1");
	assert_int_equal(t.v[0].size, 2);
	assert_int_equal(t.v[0].active, 1);
	assert_string_equal(t.v[1].name, "Mo");
	assert_string_equal(t.v[2].name, "Nobody");
	assert_int_equal(t.v[2].active, 0);
	assert_int_equal(t.nfolded, 0);
	adoption_teams_release(&t);
	/* At 2: Nobody's (1) folds; other (1) < 2, so the smallest shown
	 * (Bea Boss's, 2, before Mo's by name) joins: other 3, no figure kept
	 * back (3 >= 2) */
	assert_true(adoption_teams_load(f->st, "2026-01-19", false, 2, &t, &f->d));
	assert_int_equal(t.n, 2);
	assert_string_equal(t.v[0].name, "Mo");
	assert_true(t.v[1].other);
	assert_int_equal(t.nfolded, 2);
	assert_int_equal(t.v[1].size, 3);
	assert_int_equal(t.v[1].active, 1);
	assert_false(t.v[1].small);
	adoption_teams_release(&t);
	/* At 7 every team folds and other (5) keeps no figure */
	assert_true(adoption_teams_load(f->st, "2026-01-19", false, 7, &t, &f->d));
	assert_int_equal(t.n, 1);
	assert_true(t.v[0].other && t.v[0].small);
	assert_int_equal(t.v[0].active, 0);
	adoption_teams_release(&t);
	workspace_fixture_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(adoption_cohorts_load__late_wave__aligned_at_week_0),
		cmocka_unit_test(adoption_cohorts_load__month__each_user_from_own_start),
		cmocka_unit_test(adoption_teams_load__by_id_name_and_unknown__league),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
