/* Unit tests of adoption/: --map, header lookup, the log reader. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../adoption/adoption.h"
#include "../../adoption/adoption_internal.h"
#include "workspace_fixture.h"

static const char *const KEYS[] = {"user", "time", "event", "status", NULL};

static void metric_map_parse__pairs__looked_up(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct metric_map m;
	assert_true(metric_map_parse("user=Login Name,time=When", KEYS, &m, &d));
	assert_string_equal(metric_map_get(&m, "user"), "Login Name");
	assert_string_equal(metric_map_get(&m, "time"), "When");
	assert_null(metric_map_get(&m, "status"));
	metric_map_release(&m);
	diag_release(&d);
}

static void metric_map_parse__bad_key_or_form__usage_errors(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct metric_map m;
	assert_false(metric_map_parse("usr=A", KEYS, &m, &d));
	assert_int_equal(diag_exit_code(&d), 64);
	assert_non_null(strstr(d.msgs[0].text, "did you mean 'user'"));
	diag_release(&d);
	diag_init(&d);
	assert_false(metric_map_parse("user", KEYS, &m, &d));
	assert_false(metric_map_parse("user=A,user=B", KEYS, &m, &d));
	assert_false(metric_map_parse("time=", KEYS, &m, &d));
	assert_int_equal(d.errors, 3);
	diag_release(&d);
}

static void metric_header_find__spec_matching__case_and_separators_ignored(void **state)
{
	(void)state;
	const char *hdr[] = {"Id", "Full Name", "Department", "License Start", "WAVE"};
	const char *const id[] = {"id", NULL}, *const lic[] = {"license_start", NULL},
			  *const wave[] = {"wave", NULL}, *const role[] = {"role", NULL};
	assert_int_equal(metric_header_find(hdr, 5, NULL, "id", id), 0);
	assert_int_equal(metric_header_find(hdr, 5, NULL, "license_start", lic), 3);
	assert_int_equal(metric_header_find(hdr, 5, NULL, "wave", wave), 4);
	assert_int_equal(metric_header_find(hdr, 5, NULL, "role", role), -1);
	struct diag d;
	diag_init(&d);
	struct metric_map m;
	assert_true(metric_map_parse("role=Full Name", (const char *const[]){"role", NULL}, &m, &d));
	assert_int_equal(metric_header_find(hdr, 5, &m, "role", role), 1);
	metric_map_release(&m);
	diag_release(&d);
}

static int read_all(const char *text, char out[][64], size_t *ncells, long *lines, size_t max)
{
	FILE *f = fmemopen((void *)text, strlen(text), "r");
	struct adoption_csv r;
	struct diag d;
	diag_init(&d);
	adoption_csv_init(&r, "t.csv", f);
	int rows = 0, got;
	size_t k = 0;
	while ((got = adoption_csv_next(&r, &d)) > 0) {
		ncells[rows] = r.ncells;
		lines[rows] = r.line;
		for (size_t i = 0; i < r.ncells && k < max; i++, k++)
			snprintf(out[k], 64, "%.*s", (int)r.cells[i].len, r.cells[i].s);
		rows++;
	}
	if (got < 0)
		rows = -1 - (int)d.errors;
	adoption_csv_release(&r);
	fclose(f);
	diag_release(&d);
	return rows;
}

static void adoption_csv_next__quotes_newlines_bom_crlf__split_right(void **state)
{
	(void)state;
	char cells[16][64];
	size_t n[8];
	long lines[8];
	const char *text = "\xEF\xBB\xBF" "a,\"b\"\r\n\r\n\"x \"\"q\"\"\",\"two\nlines\"\n3,\n";
	assert_int_equal(read_all(text, cells, n, lines, 16), 3);
	assert_string_equal(cells[0], "a");
	assert_string_equal(cells[1], "b");
	assert_string_equal(cells[2], "x \"q\"");
	assert_string_equal(cells[3], "two\nlines");
	assert_string_equal(cells[4], "3");
	assert_string_equal(cells[5], "");
	assert_int_equal(lines[1], 3);
	assert_int_equal(lines[2], 5);   /* after a cell holding a newline */
}

static void adoption_csv_next__malformed__error(void **state)
{
	(void)state;
	char cells[16][64];
	size_t n[8];
	long lines[8];
	assert_true(read_all("a,b\"c\n", cells, n, lines, 16) < 0);
	assert_true(read_all("a,\"b\"c\n", cells, n, lines, 16) < 0);
	assert_true(read_all("a,\"never closed\n", cells, n, lines, 16) < 0);
	assert_int_equal(read_all("no,newline,at,end", cells, n, lines, 16), 1);
	assert_int_equal(n[0], 4);
}

static void adoption_csv_next__record_across_window__whole(void **state)
{
	(void)state;
	/* Records longer than the 1 MB window and cut at its edge. */
	size_t big = (1 << 20) + 100;
	char *text = malloc(big * 2 + 64);
	char *p = text;
	p += sprintf(p, "h1,h2\n\"");
	for (size_t i = 0; i < big; i++)
		*p++ = i % 1000 == 0 ? '\n' : 'x';
	p += sprintf(p, "\",\"a\"\"b\"\nlast,row\n");
	*p = 0;
	FILE *f = fmemopen(text, strlen(text), "r");
	struct adoption_csv r;
	struct diag d;
	diag_init(&d);
	adoption_csv_init(&r, "t.csv", f);
	assert_int_equal(adoption_csv_next(&r, &d), 1);
	assert_int_equal(adoption_csv_next(&r, &d), 1);
	assert_int_equal(r.cells[0].len, big);
	assert_int_equal(r.cells[1].len, 3);
	assert_memory_equal(r.cells[1].s, "a\"b", 3);
	assert_int_equal(adoption_csv_next(&r, &d), 1);
	assert_memory_equal(r.cells[0].s, "last", 4);
	assert_int_equal(r.line, 3 + (long)(big + 999) / 1000);
	assert_int_equal(adoption_csv_next(&r, &d), 0);
	adoption_csv_release(&r);
	fclose(f);
	diag_release(&d);
	free(text);
}


/* Everything one reader makes of a text: records, cells, lines, messages. */
static void transcript(const char *text, size_t n, bool scalar, uint64_t want,
		       struct sbuf *out)
{
	FILE *f = fmemopen((void *)text, n, "r");
	struct adoption_csv r;
	struct diag d;
	diag_init(&d);
	adoption_csv_init(&r, "t.csv", f);
	r.scalar = scalar;
	r.want = want;
	int got;
	sbuf_reset(out);
	while ((got = adoption_csv_next(&r, &d)) > 0) {
		sbuf_addf(out, "row %ld line %ld cells %zu:", r.row, r.line, r.ncells);
		for (size_t i = 0; i < r.ncells; i++) {
			if (want && (i >= 64 || !(want >> i & 1)))
				continue;
			sbuf_addc(out, '[');
			sbuf_add(out, r.cells[i].s, r.cells[i].len);
			sbuf_addc(out, ']');
		}
		sbuf_addf(out, " at %llu\n", (unsigned long long)adoption_csv_offset(&r));
	}
	sbuf_addf(out, "end %d\n", got);
	for (size_t i = 0; i < d.n; i++)
		sbuf_addf(out, "%s: %s\n", d.msgs[i].where ? d.msgs[i].where : "", d.msgs[i].text);
	adoption_csv_release(&r);
	fclose(f);
	diag_release(&d);
}

static void adoption_csv_next__fast_path__same_as_byte_by_byte(void **state)
{
	(void)state;
	/* Random texts over the bytes that matter, mostly well-formed rows of
	 * quoted and bare cells (the fast path's case) with a stray quote, CR,
	 * doubled quote or newline in a cell now and then, and lines that cross
	 * 64-byte blocks: every record, line number, offset and message must
	 * be the byte-by-byte reader's. */
	static const char *const pieces[] = {
		"\"0050000000003uTAAA\"", "\"2025-01-06T00:00:00.096+0000\"", "\"Success\"", "\"\"",
		"plain", "", "x", "\"a\"\"b\"", "\"two\nlines\"", "a\"b", "\"a\"b", "\"open",
		"\r", "\"\xC3\xA9t\xC3\xA9\"", "0123456789012345678901234567890123456789",
	};
	enum { NP = sizeof pieces / sizeof *pieces };
	struct sbuf text, a, b;
	sbuf_init(&text);
	sbuf_init(&a);
	sbuf_init(&b);
	unsigned seed = 12345;
	for (int round = 0; round < 3000; round++) {
		sbuf_reset(&text);
		int rows = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 12;
		for (int i = 0; i < rows; i++) {
			int cells = 1 + (int)((seed = seed * 1103515245u + 12345u) >> 16) % 9;
			for (int c = 0; c < cells; c++) {
				unsigned k = (seed = seed * 1103515245u + 12345u) >> 16;
				unsigned j = (seed = seed * 1103515245u + 12345u) >> 16;
				/* Nine times in ten one of the well-formed pieces. */
				unsigned pick = k % 10 ? j % 7 : j % NP;
				if (pick == 1 && j % 3 == 0)
					pick = NP - 1;   /* long cells too */
				if (c)
					sbuf_addc(&text, ',');
				sbuf_adds(&text, pieces[pick]);
			}
			unsigned e = (seed = seed * 1103515245u + 12345u) >> 16;
			if (i + 1 < rows || e % 4)
				sbuf_adds(&text, e % 5 == 0 ? "\r\n" : "\n");
		}
		/* Every cell, then only some (as the log import asks). */
		uint64_t want = round % 2 ? 0 : (uint64_t)0x4006 << (round % 3);
		transcript(text.s, text.len, true, want, &a);
		transcript(text.s, text.len, false, want, &b);
		if (strcmp(a.s, b.s))
			fail_msg("input:\n%s\nbyte by byte:\n%s\nfast:\n%s", text.s, a.s, b.s);
	}
	sbuf_release(&text);
	sbuf_release(&a);
	sbuf_release(&b);
}

static void adoption_rows__long_user_ids__chunks_stay_small(void **state)
{
	(void)state;
	/* 100 logins whose user ids are 64 KB each: the reader hands them over
	 * in chunks of about 1 MB of ids, not all at once (the ring holds 16
	 * chunks, so memory must not grow with the ids' length). */
	enum { ROWS = 100, ID = 64 * 1024 };
	struct sbuf text;
	sbuf_init(&text);
	sbuf_adds(&text, "UserId,LoginTime\n");
	for (int i = 0; i < ROWS; i++) {
		for (int k = 0; k < ID; k++)
			sbuf_addc(&text, (char)('a' + (i + k) % 26));
		sbuf_adds(&text, ",2025-03-18T08:00:00Z\n");
	}
	FILE *f = fmemopen(text.s, text.len, "r");
	struct diag d;
	diag_init(&d);
	struct adoption_csv r;
	adoption_csv_init(&r, "t.csv", f);
	assert_int_equal(adoption_csv_next(&r, &d), 1);
	struct adoption_columns c = { .user = 0, .time = 1, .event = -1, .status = -1, .action = -1,
				      .object = -1, .need = 2 };
	struct adoption_rows *rows;
	assert_true(adoption_rows_start(&rows, &r, &c, NULL, 0, &d));
	size_t logins = 0, chunks = 0;
	const struct adoption_chunk *ch;
	while ((ch = adoption_rows_next(rows))) {
		assert_true(ch->ids_len <= (1u << 20) + ID);
		for (size_t i = 0; i < ch->n; i++)
			assert_int_equal(ch->logins[i].id_len, ID);
		logins += ch->n;
		chunks++;
		adoption_rows_release_chunk(rows);
	}
	struct adoption_row_counts counts;
	assert_true(adoption_rows_finish(rows, &counts, &d));
	assert_int_equal(logins, ROWS);
	assert_int_equal(counts.successes, ROWS);
	assert_true(chunks >= ROWS * ID / (1 << 20));
	adoption_csv_release(&r);
	fclose(f);
	diag_release(&d);
	sbuf_release(&text);
}

/* Licensed in a week: started by its Sunday, not ended by its Monday, not
 * excluded. Week of Monday 2026-11-16 = day 20773 (python: date(2026,11,16)
 * - date(1970,1,1)); user 1 ends Wednesday 11-18, user 2 on Monday 11-16,
 * user 3 starts in that week (licence_monday 20773), user 4 is excluded. */
static void adoption_users_licensed__start_end_excluded__by_week(void **state)
{
	(void)state;
	bool in_roster[5] = { false, true, true, true, true };
	int64_t monday = 20773;
	int64_t start[5] = { INT64_MIN, INT64_MIN, INT64_MIN, monday, INT64_MIN };
	int64_t end[5] = { INT64_MAX, monday + 2, monday, INT64_MAX, INT64_MIN };
	struct adoption_users u = { .in_roster = in_roster, .licence_monday = start,
				    .licence_end = end, .cap = 5 };
	assert_true(adoption_users_licensed(&u, 1, monday));          /* Mon, Tue licensed */
	assert_false(adoption_users_licensed(&u, 1, monday + 7));     /* the week after */
	assert_true(adoption_users_licensed(&u, 1, monday - 7));      /* the week before */
	assert_false(adoption_users_licensed(&u, 2, monday));         /* ended on the Monday */
	assert_true(adoption_users_licensed(&u, 2, monday - 7));
	assert_true(adoption_users_licensed(&u, 3, monday));
	assert_false(adoption_users_licensed(&u, 3, monday - 7));     /* not yet */
	assert_false(adoption_users_licensed(&u, 4, monday));         /* excluded */
	assert_false(adoption_users_licensed(&u, 4, monday - 700));
}

/* The checksum of Salesforce's documentation example and of ids whose
 * case differs; a wrong checksum or a non-id has no other form. */
static void adoption_sfid_other__15_and_18__both_ways(void **state)
{
	(void)state;
	char alt[19];
	assert_int_equal(adoption_sfid_other("001A0000006Vm9r", 15, alt), 18);
	assert_string_equal(alt, "001A0000006Vm9rIAC");
	assert_int_equal(adoption_sfid_other("005Dm000001AbCdIAK", 18, alt), 15);
	assert_string_equal(alt, "005Dm000001AbCd");
	assert_int_equal(adoption_sfid_other("005dm000001abcd", 15, alt), 18);
	assert_string_equal(alt, "005dm000001abcdAAA");
	assert_int_equal(adoption_sfid_other("005Dm000001AbCdAAA", 18, alt), 0);
	assert_int_equal(adoption_sfid_other("005Dm000001AbC", 14, alt), 0);
	assert_int_equal(adoption_sfid_other("005Dm000001Ab-d", 15, alt), 0);
}

static bool hook_says(const struct adoption_import_result *res, void *arg, struct diag *d)
{
	bool *ok = arg;
	assert_int_equal(res->nunknown, 1);       /* the result is complete when called */
	if (!*ok)
		diag_fail(d, EXIT_IOERR, "out.csv: write error: No space left on device");
	return *ok;
}

static void adoption_log_import__hook_fails__nothing_stored(void **state)
{
	(void)state;
	struct workspace_fixture *f = workspace_fixture_new();
	char *log = xasprintf("%s/log.csv", f->dir);
	FILE *out = fopen(log, "w");
	assert_non_null(out);
	fputs("UserId,LoginTime,Status\n005A,2026-09-21T08:00:00Z,Success\n"
	      "005A,2026-09-22T08:00:00Z,Success\n", out);
	fclose(out);
	bool ok = false;
	struct adoption_commit_hook hook = { hook_says, &ok };
	struct adoption_import_result res;
	assert_false(adoption_log_import(f->st, log, NULL, NULL, NULL, &hook, &res, &f->d));
	assert_int_equal(diag_exit_code(&f->d), 74);
	adoption_import_result_release(&res);
	diag_release(&f->d);
	diag_init(&f->d);
	ok = true;
	assert_true(adoption_log_import(f->st, log, NULL, NULL, NULL, &hook, &res, &f->d));
	assert_int_equal(res.added, 2);           /* the failed import kept none */
	adoption_import_result_release(&res);
	free(log);
	workspace_fixture_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(metric_map_parse__pairs__looked_up),
		cmocka_unit_test(adoption_sfid_other__15_and_18__both_ways),
		cmocka_unit_test(adoption_log_import__hook_fails__nothing_stored),
		cmocka_unit_test(metric_map_parse__bad_key_or_form__usage_errors),
		cmocka_unit_test(metric_header_find__spec_matching__case_and_separators_ignored),
		cmocka_unit_test(adoption_csv_next__quotes_newlines_bom_crlf__split_right),
		cmocka_unit_test(adoption_csv_next__malformed__error),
		cmocka_unit_test(adoption_csv_next__record_across_window__whole),
		cmocka_unit_test(adoption_csv_next__fast_path__same_as_byte_by_byte),
		cmocka_unit_test(adoption_rows__long_user_ids__chunks_stay_small),
		cmocka_unit_test(adoption_users_licensed__start_end_excluded__by_week),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
