/* A fresh workspace in a temporary directory, for unit tests that read and
 * write through store/ (include after cmocka.h). */
#ifndef CRMREADY_TEST_WORKSPACE_FIXTURE_H
#define CRMREADY_TEST_WORKSPACE_FIXTURE_H

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../core/xalloc.h"
#include "../../store/store.h"

struct workspace_fixture {
	char dir[64];
	char *path;               /* dir/w.db */
	struct diag d;
	struct store *st;         /* open for writing */
};

static struct workspace_fixture *workspace_fixture_new(void)
{
	struct workspace_fixture *f = xcalloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/crmready-unit-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->path = xasprintf("%s/w.db", f->dir);
	diag_init(&f->d);
	f->st = store_open(f->path, STORE_WRITE, &f->d);
	assert_non_null(f->st);
	return f;
}

static void workspace_fixture_free(struct workspace_fixture *f)
{
	store_close(f->st);
	diag_release(&f->d);
	char *cmd = xasprintf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(f->path);
	free(f);
}

#endif
