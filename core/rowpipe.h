/* rowpipe: hand CSV rows to worker threads in batches.
 *
 * The reading thread copies each row into the current batch (a few thousand
 * rows, or 4 MB of cells when rows are long); a full batch is published to
 * every worker, and each worker calls its function on every row of every
 * batch, in the order the rows were pushed. Workers run at the same time
 * as the reader and as each other, so what one worker's function writes
 * must be its own: the pipe gives no other guarantee than "all rows, in
 * order, once each, for each worker".
 * A few batches are in flight at once; the reader waits when all are busy.
 *
 * rowpipe_finish publishes what is left and waits for the workers: after
 * it returns everything they wrote is visible to the caller.
 */
#ifndef CRMREADY_ROWPIPE_H
#define CRMREADY_ROWPIPE_H

#include <stddef.h>

#include "csvx.h"

enum { ROWPIPE_MAX_WORKERS = 4 };

/* Called on a worker thread for every row; seq numbers the pushed rows
 * from 0. r and its cells are valid until the function returns. */
typedef void (*rowpipe_fn)(const struct csvx_row *r, size_t seq, void *arg);

struct rowpipe_worker {
	rowpipe_fn fn;
	void *arg;
};

struct rowpipe;

/* Start one thread per worker (at most ROWPIPE_MAX_WORKERS); batch_rows
 * rows a batch (0: a default). NULL when a thread cannot be started. */
struct rowpipe *rowpipe_start(const struct rowpipe_worker *workers, size_t nworkers,
			      size_t batch_rows);

/* Copy r into the current batch (reader thread only). */
void rowpipe_push(struct rowpipe *p, const struct csvx_row *r);

/* Publish the last batch, wait for every worker to finish every row, join
 * the threads and free the pipe. NULL is allowed. */
void rowpipe_finish(struct rowpipe *p);

#endif
