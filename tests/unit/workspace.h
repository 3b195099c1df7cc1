/* A workspace in a fresh temporary directory, for the unit tests of domain
 * functions that read one; include after cmocka.h. */
#ifndef CRMREADY_TEST_WORKSPACE_H
#define CRMREADY_TEST_WORKSPACE_H

#include "../../core/xalloc.h"
#include "../../store/store.h"

struct test_workspace {
	char dir[64];
	char *path;
	struct diag d;
	struct store *st;
};

static inline void test_workspace_open(struct test_workspace *w)
{
	strcpy(w->dir, "/tmp/crmready-unit-XXXXXX");
	assert_non_null(mkdtemp(w->dir));
	w->path = xasprintf("%s/w.db", w->dir);
	diag_init(&w->d);
	w->st = store_open(w->path, STORE_WRITE, &w->d);
	assert_non_null(w->st);
}

static inline void test_workspace_close(struct test_workspace *w)
{
	store_close(w->st);
	diag_release(&w->d);
	char *rm = xasprintf("rm -rf '%s'", w->dir);
	assert_int_equal(system(rm), 0);
	free(rm);
	free(w->path);
}

#endif
