/* Unit tests of adoption/'s core actions: the YAML (validation with
 * positions), matching kinds, the shipped default, and an activity log's
 * events kept apart by kind in the same second. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../adoption/adoption.h"
#include "../../adoption/adoption_internal.h"
#include "workspace_fixture.h"

static bool parse(const char *yaml, struct adoption_core *c, struct diag *d)
{
	return adoption_core_parse(c, "core.yaml", yaml, strlen(yaml), d);
}

static void adoption_core_parse__objects_and_actions__matched_as_headers(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct adoption_core c;
	assert_true(parse("core-actions:\n"
			  "  - object: Opportunity\n    actions: [created, updated]\n"
			  "  - object: [Task, Event]\n"
			  "  - object: '*'\n    actions: converted\n", &c, &d));
	assert_int_equal(c.n, 3);
	assert_true(adoption_core_matches(&c, "opportunity", "Created"));
	assert_true(adoption_core_matches(&c, "Opportunity", "up_dated"));
	assert_false(adoption_core_matches(&c, "Opportunity", "deleted"));
	/* no actions: every action on the object */
	assert_true(adoption_core_matches(&c, "Event", "deleted"));
	assert_true(adoption_core_matches(&c, "Lead", "converted"));
	assert_false(adoption_core_matches(&c, "Lead", "updated"));
	adoption_core_release(&c);
	assert_int_equal(d.errors, 0);
	diag_release(&d);
}

static void adoption_core_parse__mistakes__each_at_its_position(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct adoption_core c;
	assert_false(parse("core-actions:\n"
			   "  - object: Case\n    action: [created]\n"   /* 3:5 unknown key */
			   "  - object: []\n"                             /* 4:13 empty list */
			   "  - object: Task\n    actions: a, b\n",       /* 6:14 one name */
			   &c, &d));
	adoption_core_release(&c);
	assert_int_equal(d.errors, 3);
	assert_int_equal(diag_exit_code(&d), 65);
	assert_string_equal(d.msgs[0].where, "core.yaml:3:5");
	assert_non_null(strstr(d.msgs[0].text, "did you mean 'actions'"));
	assert_string_equal(d.msgs[1].where, "core.yaml:4:13");
	assert_string_equal(d.msgs[2].where, "core.yaml:6:14");
	diag_release(&d);

	diag_init(&d);
	assert_false(parse("core-actions: []\n", &c, &d));
	adoption_core_release(&c);
	assert_false(parse("other: 1\n", &c, &d));
	adoption_core_release(&c);
	assert_false(parse("", &c, &d));
	adoption_core_release(&c);
	assert_int_equal(diag_exit_code(&d), 65);
	diag_release(&d);
}

static void adoption_core_load__no_file_set__shipped_salesforce_default(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	struct adoption_core c;
	assert_true(adoption_core_load(f->st, &c, &f->d));
	assert_true(c.shipped);
	assert_true(adoption_core_matches(&c, "Opportunity", "created"));
	assert_true(adoption_core_matches(&c, "Task", "updated"));
	assert_true(adoption_core_matches(&c, "Case", "updated"));
	assert_false(adoption_core_matches(&c, "Account", "updated"));
	assert_false(adoption_core_matches(&c, "Opportunity", "deleted"));
	adoption_core_release(&c);
	workspace_fixture_free(f);
}

static void adoption_action_is_login__spellings__logins_only(void **state)
{
	(void)state;
	assert_true(adoption_action_is_login("Login", 5));
	assert_true(adoption_action_is_login("LOGGED IN", 9));
	assert_false(adoption_action_is_login("logout", 6));
	assert_false(adoption_action_is_login("", 0));
}

/* One user, one second: a login, an update and a creation are three events
 * (a login and two actions); the same creation twice is one. */
static void adoption_activity_import__same_second_kinds__kept_apart(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	char *log = xasprintf("%s/activity.csv", f->dir);
	FILE *out = fopen(log, "w");
	assert_non_null(out);
	fputs("who,when,obj,what\n"
	      "u1,2026-11-02T09:00:00Z,,login\n"
	      "u1,2026-11-02T09:00:00Z,Opportunity,updated\n"
	      "u1,2026-11-02T09:00:00Z,Opportunity,created\n"
	      "u1,2026-11-02T09:00:00Z,Opportunity,created\n", out);
	fclose(out);
	struct adoption_import_result res;
	assert_true(adoption_activity_import(f->st, log, "user=who,time=when,object=obj,action=what",
					     NULL, NULL, NULL, NULL, &res, &f->d));
	assert_true(res.activity);
	assert_int_equal(res.added, 1);
	assert_int_equal(res.actions_added, 2);
	assert_int_equal(res.action_duplicates, 1);
	assert_int_equal(res.kinds_added, 2);
	adoption_import_result_release(&res);
	/* again: all known */
	assert_true(adoption_activity_import(f->st, log, "user=who,time=when,object=obj,action=what",
					     NULL, NULL, NULL, NULL, &res, &f->d));
	assert_int_equal(res.added, 0);
	assert_int_equal(res.actions_added, 0);
	assert_int_equal(res.action_duplicates, 3);
	assert_int_equal(res.kinds_added, 0);
	adoption_import_result_release(&res);
	free(log);
	workspace_fixture_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(adoption_core_parse__objects_and_actions__matched_as_headers),
		cmocka_unit_test(adoption_core_parse__mistakes__each_at_its_position),
		cmocka_unit_test(adoption_core_load__no_file_set__shipped_salesforce_default),
		cmocka_unit_test(adoption_action_is_login__spellings__logins_only),
		cmocka_unit_test(adoption_activity_import__same_second_kinds__kept_apart),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
