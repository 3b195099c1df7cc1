/* jobs: run a list of independent jobs on a few threads.
 *
 * Jobs start in index order (put the long ones first), each exactly once,
 * on one of nlanes threads; the caller's thread is lane 0 and takes part.
 * A job knows its lane, so it can write into per-lane state without
 * locks. When threads cannot be started everything runs on lane 0. */
#ifndef CRMREADY_JOBS_H
#define CRMREADY_JOBS_H

#include <stddef.h>

enum { JOBS_MAX_LANES = 8 };

typedef void (*jobs_fn)(size_t job, size_t lane, void *arg);

/* Returns when every job is done; what they wrote is visible then. */
void jobs_run(size_t njobs, size_t nlanes, jobs_fn fn, void *arg);

#endif
