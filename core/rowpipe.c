#include "rowpipe.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Three batches: one being filled while the workers are on the other two
 * (a slow worker may be one batch behind a quick one). */
enum { NBATCH = 3, DEFAULT_BATCH_ROWS = 2048 };
/* A batch also goes when its text reaches 4 MB: rows of long cells must not
 * make the batches in flight hold a large part of the file. */
enum { BATCH_BYTES = 4 << 20 };

struct batch_row {
	size_t first, n;            /* cells[first .. first + n) */
	long row, line;
};

struct batch {
	char *text;                 /* the rows' cells, each NUL-terminated */
	size_t len, cap;
	size_t *off, *lens;         /* per cell: offset in text, length */
	size_t ncells, cells_cap;
	char **ptrs;                /* per cell, made when the batch is published */
	size_t ptrs_cap;
	struct batch_row *rows;
	size_t nrows, rows_cap;
	size_t seq0;                /* seq of the first row */
	size_t pending;             /* workers still reading it (under the lock) */
};

struct thread {
	struct rowpipe *p;
	struct rowpipe_worker w;
	pthread_t id;
	size_t next;                /* the batch number it reads next */
};

struct rowpipe {
	pthread_mutex_t lock;
	pthread_cond_t ready;       /* a batch was published, or the pipe closed */
	pthread_cond_t freed;       /* a batch was read by every worker */
	struct batch batch[NBATCH];
	size_t published;           /* batches published so far (under the lock) */
	bool closed;                /* no more batches (under the lock) */
	bool open;                  /* the reader is filling batch[published % NBATCH] */
	size_t batch_rows, seq;
	struct thread thread[ROWPIPE_MAX_WORKERS];
	size_t nthreads;
};

static void run_batch(const struct batch *b, const struct rowpipe_worker *w)
{
	for (size_t i = 0; i < b->nrows; i++) {
		const struct batch_row *br = &b->rows[i];
		struct csvx_row r = { b->ptrs + br->first, b->lens + br->first, br->n, br->row,
				      br->line };
		w->fn(&r, b->seq0 + i, w->arg);
	}
}

static void *worker_main(void *arg)
{
	struct thread *t = arg;
	struct rowpipe *p = t->p;
	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (t->next >= p->published && !p->closed)
			pthread_cond_wait(&p->ready, &p->lock);
		if (t->next >= p->published)
			break; /* closed, and every batch read */
		struct batch *b = &p->batch[t->next % NBATCH];
		pthread_mutex_unlock(&p->lock);
		run_batch(b, &t->w);
		pthread_mutex_lock(&p->lock);
		if (--b->pending == 0)
			pthread_cond_signal(&p->freed);
		t->next++;
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

static void close_and_join(struct rowpipe *p)
{
	pthread_mutex_lock(&p->lock);
	p->closed = true;
	pthread_cond_broadcast(&p->ready);
	pthread_mutex_unlock(&p->lock);
	for (size_t i = 0; i < p->nthreads; i++)
		pthread_join(p->thread[i].id, NULL);
}

static void free_pipe(struct rowpipe *p)
{
	for (size_t i = 0; i < NBATCH; i++) {
		struct batch *b = &p->batch[i];
		free(b->text);
		free(b->off);
		free(b->lens);
		free(b->ptrs);
		free(b->rows);
	}
	pthread_cond_destroy(&p->ready);
	pthread_cond_destroy(&p->freed);
	pthread_mutex_destroy(&p->lock);
	free(p);
}

struct rowpipe *rowpipe_start(const struct rowpipe_worker *workers, size_t nworkers,
			      size_t batch_rows)
{
	if (nworkers == 0 || nworkers > ROWPIPE_MAX_WORKERS)
		return NULL;
	struct rowpipe *p = xcalloc(1, sizeof *p);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->ready, NULL);
	pthread_cond_init(&p->freed, NULL);
	p->batch_rows = batch_rows ? batch_rows : DEFAULT_BATCH_ROWS;
	for (size_t i = 0; i < nworkers; i++) {
		struct thread *t = &p->thread[i];
		t->p = p;
		t->w = workers[i];
		if (pthread_create(&t->id, NULL, worker_main, t) != 0) {
			close_and_join(p);
			free_pipe(p);
			return NULL;
		}
		p->nthreads++;
	}
	return p;
}

/* The batch the reader fills now, once every worker is done with its last
 * use. */
static struct batch *filling(struct rowpipe *p)
{
	struct batch *b = &p->batch[p->published % NBATCH];
	if (!p->open) {
		pthread_mutex_lock(&p->lock);
		while (b->pending)
			pthread_cond_wait(&p->freed, &p->lock);
		pthread_mutex_unlock(&p->lock);
		b->len = b->ncells = b->nrows = 0;
		b->seq0 = p->seq;
		p->open = true;
	}
	return b;
}

static void grow_cells(struct batch *b, size_t need)
{
	if (need <= b->cells_cap)
		return;
	size_t cap = b->cells_cap ? b->cells_cap : 1024;
	while (cap < need)
		cap *= 2;
	b->off = xrealloc(b->off, cap * sizeof *b->off);
	b->lens = xrealloc(b->lens, cap * sizeof *b->lens);
	b->cells_cap = cap;
}

static void publish(struct rowpipe *p, struct batch *b)
{
	XGROW(b->ptrs, b->ptrs_cap, b->ncells + 1);
	for (size_t i = 0; i < b->ncells; i++)
		b->ptrs[i] = b->text + b->off[i];
	p->open = false;
	pthread_mutex_lock(&p->lock);
	b->pending = p->nthreads;
	p->published++;
	pthread_cond_broadcast(&p->ready);
	pthread_mutex_unlock(&p->lock);
}

void rowpipe_push(struct rowpipe *p, const struct csvx_row *r)
{
	struct batch *b = filling(p);
	if (b->nrows == b->rows_cap)
		XGROW(b->rows, b->rows_cap, b->nrows + 1);
	grow_cells(b, b->ncells + r->n);
	/* csvx hands cells in ascending order inside one buffer: copy them in
	 * one piece when they lie close together (they nearly always do). */
	size_t bytes = 0;
	bool ascending = r->n > 0;
	for (size_t i = 0; i < r->n; i++) {
		bytes += r->lens[i] + 1;
		if (i && r->cells[i] < r->cells[i - 1] + r->lens[i - 1] + 1)
			ascending = false;
	}
	size_t span = r->n ? (size_t)(r->cells[r->n - 1] + r->lens[r->n - 1] + 1 - r->cells[0]) : 0;
	bool one_piece = ascending && span <= 2 * bytes + 64;
	size_t need = b->len + (one_piece ? span : bytes);
	if (need > b->cap)
		XGROW(b->text, b->cap, need);
	if (one_piece) {
		memcpy(b->text + b->len, r->cells[0], span);
		for (size_t i = 0; i < r->n; i++) {
			b->off[b->ncells + i] = b->len + (size_t)(r->cells[i] - r->cells[0]);
			b->lens[b->ncells + i] = r->lens[i];
		}
		b->len += span;
	} else {
		for (size_t i = 0; i < r->n; i++) {
			b->off[b->ncells + i] = b->len;
			b->lens[b->ncells + i] = r->lens[i];
			memcpy(b->text + b->len, r->cells[i], r->lens[i]);
			b->text[b->len + r->lens[i]] = '\0';
			b->len += r->lens[i] + 1;
		}
	}
	b->rows[b->nrows++] = (struct batch_row){ b->ncells, r->n, r->row, r->line };
	b->ncells += r->n;
	p->seq++;
	if (b->nrows == p->batch_rows || b->len >= BATCH_BYTES)
		publish(p, b);
}

void rowpipe_finish(struct rowpipe *p)
{
	if (!p)
		return;
	struct batch *b = &p->batch[p->published % NBATCH];
	if (p->open && b->nrows > 0)
		publish(p, b);
	close_and_join(p);
	free_pipe(p);
}
