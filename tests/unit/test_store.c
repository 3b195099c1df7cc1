/* Unit tests of store/: creating and migrating a workspace, refusing what
 * is not one, read mode creating nothing, metrics, documents, the roster
 * readers and readers that find nothing.
 *
 * The test looks inside the connection (store_internal.h) to set up old,
 * foreign and newer files; production code outside store/ never does. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../store/store_internal.h"

struct fixture {
	char dir[64];
	char *path;
	struct diag d;
	struct store *st;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/crmready-store-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->path = xasprintf("%s/w.db", f->dir);
	diag_init(&f->d);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	store_close(f->st);
	diag_release(&f->d);
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(f->path);
	free(f);
	return 0;
}

static bool exists(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0;
}

/* Run sql on a plain SQLite connection to path. */
static void raw(const char *path, const char *sql)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", sql, err);
	sqlite3_close(db);
}

static int pragma(struct store *st, const char *sql)
{
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(st->db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	int v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return v;
}

static void store_open__write_on_missing__creates_current_schema(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_non_null(f->st);
	assert_true(exists(f->path));
	assert_int_equal(pragma(f->st, "PRAGMA user_version"), store_schema_version());
	assert_int_equal(pragma(f->st, "PRAGMA application_id"), 0x43524d52);
	assert_int_equal(pragma(f->st, "PRAGMA foreign_keys"), 1);
	sqlite3_stmt *s;
	sqlite3_prepare_v2(f->st->db, "PRAGMA journal_mode", -1, &s, NULL);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(s, 0), "wal");
	sqlite3_finalize(s);
	assert_true(store_schema_version() >= 1);
}

static void store_open__empty_sqlite_file__migrated(void **state)
{
	struct fixture *f = *state;
	raw(f->path, "PRAGMA user_version = 0");
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_non_null(f->st);
	assert_int_equal(pragma(f->st, "PRAGMA user_version"), store_schema_version());
	assert_int_equal(pragma(f->st, "SELECT count(*) FROM sqlite_master WHERE name = 'metrics'"), 1);
}

static void store_open__existing_workspace__opened_unchanged(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_meta_set(f->st, "engagement", "Acme", &f->d));
	assert_true(store_commit(f->st, &f->d));
	store_close(f->st);
	f->st = store_open(f->path, STORE_READ, &f->d);
	assert_non_null(f->st);
	assert_true(store_exists(f->st));
	char *v = store_meta_get(f->st, "engagement");
	assert_string_equal(v, "Acme");
	free(v);
	assert_null(store_meta_get(f->st, "nothing"));
	assert_int_equal(f->d.n, 0);
}

static void store_open__newer_schema__refused_65(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	store_close(f->st);
	f->st = NULL;
	raw(f->path, "PRAGMA user_version = 999");
	for (int mode = STORE_READ; mode <= STORE_WRITE; mode++) {
		struct diag d;
		diag_init(&d);
		assert_null(store_open(f->path, (enum store_mode)mode, &d));
		assert_int_equal(diag_exit_code(&d), EXIT_DATAERR);
		char *want = xasprintf("%s has workspace schema version 999, newer than this "
				       "crmready understands (%d); use a newer crmready",
				       f->path, store_schema_version());
		assert_string_equal(d.msgs[0].text, want);
		free(want);
		diag_release(&d);
	}
}

static void store_open__not_sqlite__refused_65(void **state)
{
	struct fixture *f = *state;
	FILE *out = fopen(f->path, "w");
	for (int i = 0; i < 200; i++)
		fputs("this is a text file, not a database\n", out);
	fclose(out);
	for (int mode = STORE_READ; mode <= STORE_WRITE; mode++) {
		struct diag d;
		diag_init(&d);
		assert_null(store_open(f->path, (enum store_mode)mode, &d));
		assert_int_equal(diag_exit_code(&d), EXIT_DATAERR);
		char *want = xasprintf("%s is not a crmready workspace (file is not a database)",
				       f->path);
		assert_string_equal(d.msgs[0].text, want);
		free(want);
		diag_release(&d);
	}
}

static void store_open__other_sqlite_database__refused_65(void **state)
{
	struct fixture *f = *state;
	raw(f->path, "CREATE TABLE orders(id INTEGER)");
	assert_null(store_open(f->path, STORE_WRITE, &f->d));
	assert_int_equal(diag_exit_code(&f->d), EXIT_DATAERR);
	char *want = xasprintf("%s is an SQLite database but not a crmready workspace", f->path);
	assert_string_equal(f->d.msgs[0].text, want);
	free(want);
}

static void store_open__read_on_missing__empty_and_creates_nothing(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_READ, &f->d);
	assert_non_null(f->st);
	assert_false(store_exists(f->st));
	struct store_document *docs;
	size_t n;
	assert_true(store_document_list(f->st, "questionnaire", &docs, &n, &f->d));
	assert_int_equal(n, 0);
	free(docs);
	struct store_metric m;
	assert_int_equal(store_metric_latest(f->st, "x", "", &m, &f->d), 0);
	store_close(f->st);
	f->st = NULL;
	assert_false(exists(f->path));
	char *wal = xasprintf("%s-wal", f->path);
	assert_false(exists(wal));
	free(wal);
}

static void store_open__directory__refused(void **state)
{
	struct fixture *f = *state;
	assert_null(store_open(f->dir, STORE_READ, &f->d));
	assert_int_equal(diag_exit_code(&f->d), EXIT_NOINPUT);
	struct diag d;
	diag_init(&d);
	assert_null(store_open(f->dir, STORE_WRITE, &d));
	assert_int_equal(diag_exit_code(&d), EXIT_CANTCREAT);
	diag_release(&d);
}

struct seen {
	struct sbuf s;
};

static bool each(const struct store_metric *m, void *arg)
{
	struct seen *s = arg;
	sbuf_addf(&s->s, "%s|%s|%s|%g|%s\n", m->name, m->scope, m->date, m->value, m->source);
	return true;
}

static bool first_only(const struct store_metric *m, void *arg)
{
	(void)m;
	(*(int *)arg)++;
	return false;
}

static void store_metric__put_latest_each__round_trip(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_metric_put(f->st, "adoption.rate", "", "2026-01-05", 0.25, "log.csv", &f->d));
	assert_true(store_metric_put(f->st, "adoption.rate", "", "2026-01-12", 0.5, NULL, &f->d));
	assert_true(store_metric_put(f->st, "adoption.rate", "department=Sales", "2026-01-12", 0.75,
				     "log.csv", &f->d));
	assert_true(store_metric_put(f->st, "dq.missing", NULL, "2026-01-01", 12, "", &f->d));
	/* the same (name, scope, date) replaces */
	assert_true(store_metric_put(f->st, "adoption.rate", "", "2026-01-05", 0.3, "again", &f->d));
	assert_true(store_commit(f->st, &f->d));

	struct store_metric m;
	assert_int_equal(store_metric_latest(f->st, "adoption.rate", "", &m, &f->d), 1);
	assert_string_equal(m.date, "2026-01-12");
	assert_true(m.value == 0.5);
	assert_string_equal(m.source, "");
	store_metric_release(&m);
	assert_int_equal(store_metric_latest(f->st, "adoption.rate", "wave=1", &m, &f->d), 0);

	struct seen s;
	sbuf_init(&s.s);
	assert_true(store_metric_each(f->st, "adoption.*", NULL, each, &s, &f->d));
	assert_string_equal(s.s.s, "adoption.rate||2026-01-05|0.3|again\n"
				   "adoption.rate||2026-01-12|0.5|\n"
				   "adoption.rate|department=Sales|2026-01-12|0.75|log.csv\n");
	sbuf_reset(&s.s);
	assert_true(store_metric_each(f->st, NULL, "", each, &s, &f->d));
	assert_string_equal(s.s.s, "adoption.rate||2026-01-05|0.3|again\n"
				   "adoption.rate||2026-01-12|0.5|\n"
				   "dq.missing||2026-01-01|12|\n");
	sbuf_release(&s.s);
	int calls = 0;
	assert_true(store_metric_each(f->st, "*", NULL, first_only, &calls, &f->d));
	assert_int_equal(calls, 1);
	assert_int_equal(f->d.n, 0);
}

static void store_document__put_get_list__round_trip(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	struct store_document a = { .kind = "questionnaire", .id = "b-q", .version = 1,
				    .source = "id: b-q\n", .origin = "b.yaml", .added_at = "2026-01-01T00:00:00Z" };
	struct store_document b = { .kind = "questionnaire", .id = "a-q", .version = 2,
				    .source = "id: a-q\n", .origin = "a.yaml", .added_at = "2026-01-02T00:00:00Z" };
	struct store_document r = { .kind = "rules", .id = "r", .version = 1,
				    .source = "rules: []\n", .origin = "r.yaml", .added_at = "2026-01-03T00:00:00Z" };
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_document_put(f->st, &a, &f->d));
	assert_true(store_document_put(f->st, &b, &f->d));
	assert_true(store_document_put(f->st, &r, &f->d));
	a.version = 3;
	a.source = "id: b-q\nversion: 3\n";
	assert_true(store_document_put(f->st, &a, &f->d));
	assert_true(store_commit(f->st, &f->d));

	struct store_document got;
	assert_int_equal(store_document_get(f->st, "questionnaire", "b-q", &got, &f->d), 1);
	assert_int_equal(got.version, 3);
	assert_string_equal(got.source, "id: b-q\nversion: 3\n");
	assert_string_equal(got.origin, "b.yaml");
	store_document_release(&got);
	assert_int_equal(store_document_get(f->st, "questionnaire", "r", &got, &f->d), 0);

	struct store_document *docs;
	size_t n;
	assert_true(store_document_list(f->st, "questionnaire", &docs, &n, &f->d));
	assert_int_equal(n, 2);
	assert_string_equal(docs[0].id, "a-q");
	assert_string_equal(docs[1].id, "b-q");
	for (size_t i = 0; i < n; i++)
		store_document_release(&docs[i]);
	free(docs);
}

static void store_rollback__writes__discarded(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_metric_put(f->st, "m", "", "2026-01-01", 1, "", &f->d));
	store_rollback(f->st);
	struct store_metric m;
	assert_int_equal(store_metric_latest(f->st, "m", "", &m, &f->d), 0);
	/* closing inside a transaction rolls it back too */
	assert_true(store_begin(f->st, &f->d));
	assert_true(store_metric_put(f->st, "m", "", "2026-01-01", 1, "", &f->d));
	store_close(f->st);
	f->st = store_open(f->path, STORE_READ, &f->d);
	assert_int_equal(store_metric_latest(f->st, "m", "", &m, &f->d), 0);
}

/* Roster rows as "id|department|name|wave" (NULL as "-"). */
static bool roster_line(const struct store_adoption_user *u, void *arg)
{
	sbuf_addf(arg, "%s|%s|%s|%s\n", u->id ? u->id : "-", u->department,
		  u->name ? u->name : "-", u->wave);
	return true;
}

static bool roster_first(const struct store_adoption_user *u, void *arg)
{
	roster_line(u, arg);
	return false;
}

static void store_adoption_roster__both_readers__same_users_facts_without_names(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_true(store_begin(f->st, &f->d));
	int64_t ann, bob;
	assert_true(store_adoption_account_add(f->st, "005A", &ann, &f->d));
	assert_true(store_adoption_account_add(f->st, "005B", &bob, &f->d));
	struct store_adoption_user a = { .num = ann, .department = "Sales", .name = "Ann",
					 .license_start = "2026-01-05", .wave = "1" };
	struct store_adoption_user b = { .num = bob, .department = "Ops", .name = "Bob" };
	assert_true(store_adoption_roster_put(f->st, &a, &f->d));
	assert_true(store_adoption_roster_put(f->st, &b, &f->d));
	assert_true(store_commit(f->st, &f->d));

	struct sbuf out;
	sbuf_init(&out);
	/* by department, then id */
	assert_true(store_adoption_roster_each(f->st, roster_line, &out, &f->d));
	assert_string_equal(out.s, "005B|Ops|Bob|\n005A|Sales|Ann|1\n");
	/* table order, no id or name */
	sbuf_reset(&out);
	assert_true(store_adoption_roster_facts_each(f->st, roster_line, &out, &f->d));
	assert_string_equal(out.s, "-|Sales|-|1\n-|Ops|-|\n");
	/* a reader that stops early is no error, and the next read starts over */
	sbuf_reset(&out);
	assert_true(store_adoption_roster_each(f->st, roster_first, &out, &f->d));
	assert_true(store_adoption_roster_each(f->st, roster_first, &out, &f->d));
	assert_string_equal(out.s, "005B|Ops|Bob|\n005B|Ops|Bob|\n");
	sbuf_release(&out);
	assert_int_equal(f->d.n, 0);
}

static void store_readers__empty_workspace__none_found_no_error(void **state)
{
	struct fixture *f = *state;
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	struct store_plan plan;
	assert_int_equal(store_plan_load(f->st, &plan, &f->d), 0);
	assert_int_equal(store_goal_find(f->st, "p1", "adoption.active_rate", "", 0, &f->d), 0);
	struct store_dq_scan scan;
	assert_int_equal(store_dq_scan_latest(f->st, NULL, &scan, &f->d), 0);
	int64_t first = -1, last = -1;
	assert_int_equal(store_adoption_login_span(f->st, &first, &last, &f->d), 0);
	assert_int_equal(store_adoption_imports_reach(f->st, &last, &f->d), 0);
	assert_int_equal(first, -1);
	assert_int_equal(last, -1);
	char *json, *saved_at;
	assert_int_equal(store_snapshot_get(f->st, "q", "s", &json, &saved_at, &f->d), 0);
	assert_int_equal(f->d.n, 0);
}

static void store_fs_is_network__nfs_smb_fuse__yes_local__no(void **state)
{
	(void)state;
	assert_true(store_fs_is_network(0x6969));        /* NFS */
	assert_true(store_fs_is_network(0xFF534D42));    /* CIFS */
	assert_true(store_fs_is_network(0xFE534D42));    /* SMB2 */
	assert_true(store_fs_is_network(0x65735546));    /* FUSE (sshfs) */
	assert_false(store_fs_is_network(0xEF53));       /* ext4 */
	assert_false(store_fs_is_network(0x01021994));   /* tmpfs */
	assert_false(store_fs_is_network(0x58465342));   /* XFS */
	assert_false(store_fs_is_network(0x794C7630));   /* overlayfs */
}

/* init --org: one line of 1 to 200 bytes of UTF-8, not blank. */
static void store_organisation_valid__lengths_lines_encoding__one_message(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	char longest[202];
	memset(longest, 'x', 201);
	longest[201] = 0;
	assert_true(store_organisation_valid("Acme Ltd", "--org", &d));
	assert_true(store_organisation_valid("شرکت نمونه", "--org", &d));
	assert_true(store_organisation_valid(longest + 1, "--org", &d));   /* 200 */
	assert_int_equal(d.n, 0);
	const char *bad[] = { "", " \t ", "two\nlines", "bell\a", "del\x7f", "\xff\xfe",
			      longest };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(store_organisation_valid(bad[i], "--org", &d));
	assert_int_equal(d.n, sizeof bad / sizeof *bad);
	assert_string_equal(d.msgs[0].text, "--org: expected a name of 1 to 200 characters on one "
			    "line (UTF-8)");
	assert_int_equal(diag_exit_code(&d), EXIT_USAGE);
	diag_release(&d);
}

/* metric list --name: longer patterns than SQLite's GLOB takes are refused. */
static void store_metric_glob_valid__1000_characters__the_most(void **state)
{
	(void)state;
	char glob[1002];
	memset(glob, '*', 1001);
	glob[1001] = 0;
	struct diag d;
	diag_init(&d);
	assert_true(store_metric_glob_valid(glob + 1, "--name", &d));
	assert_false(store_metric_glob_valid(glob, "--name", &d));
	assert_int_equal(d.n, 1);
	assert_string_equal(d.msgs[0].text, "--name: the pattern is 1001 characters long; metric "
			    "names are short (at most 1000)");
	assert_int_equal(diag_exit_code(&d), EXIT_USAGE);
	diag_release(&d);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(store_fs_is_network__nfs_smb_fuse__yes_local__no),
		cmocka_unit_test(store_organisation_valid__lengths_lines_encoding__one_message),
		cmocka_unit_test(store_metric_glob_valid__1000_characters__the_most),
		T(store_open__write_on_missing__creates_current_schema),
		T(store_open__empty_sqlite_file__migrated),
		T(store_open__existing_workspace__opened_unchanged),
		T(store_open__newer_schema__refused_65),
		T(store_open__not_sqlite__refused_65),
		T(store_open__other_sqlite_database__refused_65),
		T(store_open__read_on_missing__empty_and_creates_nothing),
		T(store_open__directory__refused),
		T(store_metric__put_latest_each__round_trip),
		T(store_document__put_get_list__round_trip),
		T(store_rollback__writes__discarded),
		T(store_adoption_roster__both_readers__same_users_facts_without_names),
		T(store_readers__empty_workspace__none_found_no_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
