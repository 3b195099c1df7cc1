/* Unit tests of goals as the terminal and CSV show them (reports/report_goals.c)
 * and of report_number (reports/report_text.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../reports/report.h"

static void number__tenth__shortest_that_reads_back(void **state)
{
	(void)state;
	char out[REPORT_NUMBER_LEN];
	report_number(out, 0.1);
	assert_string_equal(out, "0.1");
	report_number(out, 0);
	assert_string_equal(out, "0");
	/* 1/3 needs 16 digits to read back as the same double */
	report_number(out, 1.0 / 3);
	assert_string_equal(out, "0.3333333333333333");
}

/* A settled, missed sub-goal of goal 1 with a latest value and no projection. */
static struct goal_row missed_row(void)
{
	struct goal_row r = { .id = 2, .parent = 1, .depth = 1, .phase = "pilot",
			      .metric = "adoption.active_rate", .scope = "department=Sales",
			      .op = ">=", .due = "2026-10-25", .origin = "plan", .target = 0.8 };
	r.status.state = GOAL_MISSED;
	r.status.settled = true;
	r.status.has_latest = true;
	r.status.latest.value = 0.75;
	strcpy(r.latest_date, "2026-10-19");
	strcpy(r.judged_at, "2026-10-25");
	return r;
}

static void goal_cells__settled_sub_goal__ids_numbers_and_state(void **state)
{
	(void)state;
	struct goal_row r = missed_row();
	struct report_goal_cells c;
	report_goal_cells(&r, &c);
	assert_string_equal(c.cell[0], "2");            /* goal_id */
	assert_string_equal(c.cell[1], "1");            /* parent */
	assert_string_equal(c.cell[5], "0.8");          /* target */
	assert_string_equal(c.cell[7], "0.75");         /* latest */
	assert_string_equal(c.cell[9], "");             /* projected: none */
	assert_string_equal(c.cell[11], "missed");
	assert_string_equal(c.cell[12], "2026-10-25");  /* judged_at */
}

static void goals_text__settled_goal__state_coloured_then_when_settled(void **state)
{
	(void)state;
	struct goal_row r = missed_row();
	r.parent = 0;   /* its parent is not shown: not indented */
	struct goal_rows rows = { &r, 1 };
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct report_options o = { LANG_EN, true };
	report_goals_text(f, &rows, "adoption.", "2026-11-23", &o);
	fclose(f);
	/* only the state is in colour, the settled note follows it plainly; the
	 * header is plain; the goal column is as wide as its widest goal */
	assert_string_equal(buf,
		"\nGoals on adoption.* metrics on 2026-11-23\n"
		"goal                                            due          latest on         projected  status\n"
		"adoption.active_rate >= 0.8 (department=Sales)  2026-10-25     0.75 2026-10-19         -  "
		"\033[31mmissed\033[0m (settled on 2026-10-25)\n"
		"1 goal: 0 achieved, 0 on track, 0 at risk, 1 missed, 0 too early, 0 no data\n");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(number__tenth__shortest_that_reads_back),
		cmocka_unit_test(goal_cells__settled_sub_goal__ids_numbers_and_state),
		cmocka_unit_test(goals_text__settled_goal__state_coloured_then_when_settled),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
