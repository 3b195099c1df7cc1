#include "jobs.h"

#include <pthread.h>

struct pool {
	pthread_mutex_t lock;
	size_t next, njobs;         /* next job to start (under the lock) */
	jobs_fn fn;
	void *arg;
};

struct lane {
	struct pool *pool;
	size_t index;
	pthread_t id;
};

static void *lane_main(void *arg)
{
	struct lane *l = arg;
	struct pool *p = l->pool;
	for (;;) {
		pthread_mutex_lock(&p->lock);
		size_t job = p->next < p->njobs ? p->next++ : p->njobs;
		pthread_mutex_unlock(&p->lock);
		if (job == p->njobs)
			return NULL;
		p->fn(job, l->index, p->arg);
	}
}

void jobs_run(size_t njobs, size_t nlanes, jobs_fn fn, void *arg)
{
	struct pool p = { .njobs = njobs, .fn = fn, .arg = arg };
	pthread_mutex_init(&p.lock, NULL);
	if (nlanes > JOBS_MAX_LANES)
		nlanes = JOBS_MAX_LANES;
	if (nlanes > njobs)
		nlanes = njobs;
	struct lane lanes[JOBS_MAX_LANES];
	size_t started = 1;
	for (size_t i = 1; i < nlanes; i++) {
		lanes[i] = (struct lane){ &p, i, 0 };
		if (pthread_create(&lanes[i].id, NULL, lane_main, &lanes[i]) != 0)
			break;
		started++;
	}
	lanes[0] = (struct lane){ &p, 0, 0 };
	lane_main(&lanes[0]);
	for (size_t i = 1; i < started; i++)
		pthread_join(lanes[i].id, NULL);
	pthread_mutex_destroy(&p.lock);
}
