/* Private to the data-quality files of metrics/: the per-record key store
 * and the duplicate finders. */
#ifndef CRMREADY_DQ_INTERNAL_H
#define CRMREADY_DQ_INTERNAL_H

#include "metrics.h"

/* One string per record (possibly empty), by record number. */
struct dq_keys {
	struct sbuf buf;
	uint64_t *off;
	uint32_t *len;
	size_t n, cap;
};
void dq_keys_init(struct dq_keys *k);
void dq_keys_release(struct dq_keys *k);
void dq_keys_push(struct dq_keys *k, const char *s, size_t n);
static inline const char *dq_keys_at(const struct dq_keys *k, size_t i, size_t *len)
{
	*len = k->len[i];
	return k->buf.s + k->off[i];
}

uint64_t dq_hash(const char *s, size_t n, uint64_t seed);

/* Join records with equal non-empty keys; set bit in masks of every record
 * joined. Returns the number of joins made. */
size_t dq_dedupe_exact(const struct dq_keys *keys, struct dq_uf *uf, uint32_t *masks,
		       uint32_t bit);

/* Join records whose name keys are within max_distance edits (exact
 * below min_length code points) and that share a block value: blocks[b][i]
 * is record i's hash in block b (0 = none). Never compares all pairs: a
 * block of up to 64 distinct names compares its pairs; a larger one finds
 * candidates through shared one-deletion variants. */
size_t dq_dedupe_fuzzy(const struct dq_keys *names, uint64_t *const *blocks, size_t nblocks,
		       unsigned max_distance, unsigned min_length, struct dq_uf *uf,
		       uint32_t *masks, uint32_t bit);

#endif
