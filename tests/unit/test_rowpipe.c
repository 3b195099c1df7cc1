/* Unit tests of core/rowpipe (rows to worker threads in batches) and
 * core/jobs (independent jobs on a few threads). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/jobs.h"
#include "../../core/rowpipe.h"

/* What one worker saw: a checksum of every row, in the order seen. */
struct seen {
	size_t rows;
	int in_order;              /* 1 while seq, row and line numbers matched */
	uint64_t sum;
};

static uint64_t mix(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
	return (h ^ n) * 0x100000001b3ull;
}

static void see_row(const struct csvx_row *r, size_t seq, void *arg)
{
	struct seen *s = arg;
	if (seq != s->rows || r->row != (long)seq + 1 || r->line != (long)seq * 2 + 2)
		s->in_order = 0;
	for (size_t i = 0; i < r->n; i++) {
		if (strlen(r->cells[i]) != r->lens[i])
			s->in_order = 0; /* not NUL-terminated at its length */
		s->sum = mix(s->sum, r->cells[i], r->lens[i]);
	}
	s->sum = mix(s->sum, "|", 1);
	s->rows++;
}

/* Push nrows rows of varying widths; cells lie in one buffer, in order
 * (as csvx gives them) or, every seventh row, scattered. */
static uint64_t push_rows(struct rowpipe *p, size_t nrows)
{
	uint64_t sum = 0;
	char buf[256], far_cells[4][16];
	for (size_t k = 0; k < nrows; k++) {
		char *cells[4];
		size_t lens[4], n = 1 + k % 4, at = 0;
		for (size_t i = 0; i < n; i++) {
			char *dst = k % 7 == 3 ? far_cells[n - 1 - i] : buf + at;
			int len = snprintf(dst, 16, "r%zuc%zu%s", k, i, k % 5 ? "" : "xxxxxx");
			cells[i] = dst;
			lens[i] = (size_t)len;
			at += (size_t)len + 3; /* gaps, as quotes and commas leave */
			sum = mix(sum, dst, lens[i]);
		}
		sum = mix(sum, "|", 1);
		struct csvx_row r = { cells, lens, n, (long)k + 1, (long)k * 2 + 2 };
		rowpipe_push(p, &r);
	}
	return sum;
}

static void rowpipe__many_batches__every_worker_sees_every_row_in_order(void **state)
{
	(void)state;
	/* Batch sizes that divide the row count exactly and that do not, and
	 * fewer rows than one batch. */
	const size_t cases[][2] = { { 10000, 7 }, { 4096, 2048 }, { 5, 2048 }, { 0, 3 } };
	for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
		struct seen a = { 0, 1, 0 }, b = { 0, 1, 0 };
		const struct rowpipe_worker w[] = { { see_row, &a }, { see_row, &b } };
		struct rowpipe *p = rowpipe_start(w, 2, cases[c][1]);
		assert_non_null(p);
		uint64_t sum = push_rows(p, cases[c][0]);
		rowpipe_finish(p);
		assert_int_equal(a.rows, cases[c][0]);
		assert_int_equal(b.rows, cases[c][0]);
		assert_true(a.in_order);
		assert_true(b.in_order);
		assert_true(a.sum == sum);
		assert_true(b.sum == sum);
	}
}

static void rowpipe_start__no_workers__refused(void **state)
{
	(void)state;
	assert_null(rowpipe_start(NULL, 0, 0));
	rowpipe_finish(NULL); /* allowed */
}

struct tally {
	int runs[100];
	size_t lanes[100];
};

static void count_job(size_t job, size_t lane, void *arg)
{
	struct tally *t = arg;
	t->runs[job]++;
	t->lanes[job] = lane;
}

static void jobs_run__many_jobs__each_runs_once_on_a_lane(void **state)
{
	(void)state;
	for (size_t lanes = 1; lanes <= 3; lanes++) {
		struct tally t;
		memset(&t, 0, sizeof t);
		jobs_run(100, lanes, count_job, &t);
		for (size_t i = 0; i < 100; i++) {
			assert_int_equal(t.runs[i], 1);
			assert_true(t.lanes[i] < lanes);
		}
	}
	jobs_run(0, 2, count_job, NULL); /* nothing to do */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rowpipe__many_batches__every_worker_sees_every_row_in_order),
		cmocka_unit_test(rowpipe_start__no_workers__refused),
		cmocka_unit_test(jobs_run__many_jobs__each_runs_once_on_a_lane),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
