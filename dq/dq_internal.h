/* Private to the data-quality files of dq/: the per-record key store
 * and the duplicate finders. */
#ifndef CRMREADY_DQ_INTERNAL_H
#define CRMREADY_DQ_INTERNAL_H

#include "dq.h"

/* One string per record (possibly empty), by record number: 8 bytes a
 * record besides the text, its offset (40 bits) and length (24 bits; a
 * longer key is cut). */
enum { DQ_KEY_LEN_BITS = 24 };
#define DQ_KEY_MAX_LEN (((size_t)1 << DQ_KEY_LEN_BITS) - 1)
struct dq_keys {
	struct sbuf buf;
	uint64_t *at;
	size_t n, cap;
};
void dq_keys_init(struct dq_keys *k);
void dq_keys_release(struct dq_keys *k);
void dq_keys_push(struct dq_keys *k, const char *s, size_t n);
/* Room for n keys in all, and for their text at the length of those so far. */
void dq_keys_reserve(struct dq_keys *k, size_t n);
static inline size_t dq_keys_len(const struct dq_keys *k, size_t i)
{
	return (size_t)(k->at[i] & DQ_KEY_MAX_LEN);
}
static inline const char *dq_keys_at(const struct dq_keys *k, size_t i, size_t *len)
{
	*len = dq_keys_len(k, i);
	return k->buf.s + (k->at[i] >> DQ_KEY_LEN_BITS);
}

uint64_t dq_hash(const char *s, size_t n, uint64_t seed);

/* Sort n 64-bit values ascending (LSD radix, 16 bits a pass). */
void dq_sort_u64(uint64_t *v, size_t n);

/* Insertion sort of v[0..n) on a uint64_t member: the radix sorts' base
 * case for short runs. */
#define DQ_INSERTION_SORT(type, member, v, n)                                     \
	for (size_t i_ = 1; i_ < (n); i_++) {                                     \
		type x_ = (v)[i_];                                                \
		size_t j_ = i_;                                                   \
		while (j_ > 0 && (v)[j_ - 1].member > x_.member) {                \
			(v)[j_] = (v)[j_ - 1];                                    \
			j_--;                                                     \
		}                                                                 \
		(v)[j_] = x_;                                                     \
	}

/* A radix sort on a uint64_t member of a struct: stable, 4 passes of 16
 * bits, through a scratch array of the same size. */
#define DQ_RADIX_SORT(fname, type, member)                                        \
	static void fname(type *v, size_t n)                                      \
	{                                                                         \
		if (n < 64) {                                                     \
			DQ_INSERTION_SORT(type, member, v, n);                    \
			return;                                                   \
		}                                                                 \
		type *tmp = xmalloc(n * sizeof *tmp);                             \
		size_t *count = xmalloc(65536 * sizeof *count);                   \
		type *src = v, *dst = tmp;                                        \
		for (int pass = 0; pass < 4; pass++) {                            \
			int shift = pass * 16;                                    \
			memset(count, 0, 65536 * sizeof *count);                  \
			for (size_t i = 0; i < n; i++)                            \
				count[(src[i].member >> shift) & 0xFFFF]++;       \
			size_t sum = 0;                                           \
			for (size_t i = 0; i < 65536; i++) {                      \
				size_t c = count[i];                              \
				count[i] = sum;                                   \
				sum += c;                                         \
			}                                                         \
			for (size_t i = 0; i < n; i++)                            \
				dst[count[(src[i].member >> shift) & 0xFFFF]++] = src[i]; \
			type *t = src;                                            \
			src = dst;                                                \
			dst = t;                                                  \
		}                                                                 \
		free(tmp);                                                        \
		free(count);                                                      \
	}

/* An in-place sort on a uint64_t member of a struct (MSD radix, a byte at a
 * time, American flag permutation): no scratch array, not stable. */
#define DQ_INPLACE_SORT(fname, type, member)                                      \
	static void fname##_from(type *v, size_t n, int shift)                    \
	{                                                                         \
		if (n < 64) {                                                     \
			DQ_INSERTION_SORT(type, member, v, n);                    \
			return;                                                   \
		}                                                                 \
		size_t count[256] = { 0 }, start[256], next[256];                 \
		for (size_t i = 0; i < n; i++)                                    \
			count[(v[i].member >> shift) & 0xFF]++;                   \
		size_t sum = 0;                                                   \
		for (int d = 0; d < 256; d++) {                                   \
			start[d] = next[d] = sum;                                 \
			sum += count[d];                                          \
		}                                                                 \
		for (int d = 0; d < 256; d++)                                     \
			while (next[d] < start[d] + count[d]) {                   \
				type x = v[next[d]];                              \
				int xd = (int)((x.member >> shift) & 0xFF);       \
				while (xd != d) { /* follow the cycle back to d */ \
					type y = v[next[xd]];                     \
					v[next[xd]++] = x;                        \
					x = y;                                    \
					xd = (int)((x.member >> shift) & 0xFF);   \
				}                                                 \
				v[next[d]++] = x;                                 \
			}                                                         \
		if (shift == 0)                                                   \
			return;                                                   \
		for (int d = 0; d < 256; d++)                                     \
			if (count[d] > 1)                                         \
				fname##_from(v + start[d], count[d], shift - 8);  \
	}                                                                         \
	static void fname(type *v, size_t n)                                      \
	{                                                                         \
		fname##_from(v, n, 56);                                           \
	}

/* Join records with equal non-empty keys; set bit in masks of every record
 * joined. Returns the number of joins made. */
size_t dq_dedupe_exact(const struct dq_keys *keys, struct dq_uf *uf, uint32_t *masks,
		       uint32_t bit);
/* The same on the keys' 64-bit hashes (n records, 0 = no key). */
size_t dq_dedupe_exact_hashes(const uint64_t *hashes, size_t n, struct dq_uf *uf,
			      uint32_t *masks, uint32_t bit);

/* Join records whose name keys are within max_distance edits (exact
 * below min_length code points) and that share a block value: blocks[b][i]
 * is record i's hash in block b (0 = none). Never compares all pairs: a
 * block of up to 64 distinct names compares its pairs; a larger one finds
 * candidates through shared one-deletion variants. */
size_t dq_dedupe_fuzzy(const struct dq_keys *names, uint64_t *const *blocks, size_t nblocks,
		       unsigned max_distance, unsigned min_length, struct dq_uf *uf,
		       uint32_t *masks, uint32_t bit);
/* A block whose value may be public (an e-mail domain shared by people of
 * many accounts, not one company's): a group of the block is public when
 * its records hold at least min_accounts distinct non-zero accounts[rec]
 * and at least min_share times as many as its records with an account.
 * A public group compares nothing; its block value is added to found. */
struct dq_public_test {
	const uint64_t *accounts;   /* per record; NULL: no test on this block */
	long min_accounts;
	double min_share;
	struct dq_public_found {
		uint64_t block;
		long records, accounts;
	} *found;
	size_t nfound, capfound;
};

/* What else decides a fuzzy rule's pairs (dq_dedupe_fuzzy_blocks' more;
 * NULL: nothing else):
 * - swapped: per record, a 32-bit hash of the name's words in sorted
 *   order (0 = none): names of the same words in another order ("Hannah
 *   Kowalski", "Kowalski Hannah") in one block are joined as equal names;
 * - veto: per block (accounts NULL: none), pairs never joined in it: of
 *   different accounts (both non-zero) with conflicting evidence, that is
 *   some evidence column holding different values in both records and
 *   none holding the same (32-bit hashes per record, 0 = empty); alike
 *   (per column, NULL: none) holds a second value that agrees when equal
 *   (an address's name form: giulia.rossi and g.rossi agree). */
struct dq_veto {
	const uint64_t *accounts;
	const uint32_t *const *evidence;
	const uint32_t *const *alike;
	size_t nevidence;
};
struct dq_fuzzy_more {
	const uint32_t *swapped;
	const struct dq_veto *veto;
};
bool dq_vetoed(const struct dq_veto *v, uint32_t a, uint32_t b);

/* The same for blocks [from, to) only; pub (NULL, or one per block)
 * tests groups for public block values. With one edit allowed (the
 * distance is cheaper than remembering) blocks are independent: each may
 * go to its own call, on its own union-find, and the joins merged. */
size_t dq_dedupe_fuzzy_blocks(const struct dq_keys *names, uint64_t *const *blocks, size_t from,
			      size_t to, unsigned max_distance, unsigned min_length,
			      struct dq_public_test *pub, const struct dq_fuzzy_more *more,
			      struct dq_uf *uf, uint32_t *masks, uint32_t bit);

/* -- public e-mail domains (dq_public.c) -- */

/* The shipped list of public domains: n strings, the array and each
 * malloc'd. "brand.*" stands for the brand's domain in every country. */
char **dq_public_list(size_t *n);

/* The distinct values of a domain block met in a scan, with their count
 * (to name the public ones): 24 bytes a slot plus the text, per distinct
 * domain, not per record. */
struct dq_domain_slot {
	uint64_t h;                 /* dq_hash of the domain; 0 = empty slot */
	uint32_t off, contacts;
	uint16_t len;
	bool listed;                /* in the shipped list or the block's ignore */
};
struct dq_domtab {
	struct dq_domain_slot *slots;
	size_t n, cap;
	struct sbuf text;
};
void dq_domtab_init(struct dq_domtab *t);
void dq_domtab_release(struct dq_domtab *t);
/* One more record with domain s (n bytes) of hash h. */
void dq_domtab_count(struct dq_domtab *t, uint64_t h, const char *s, size_t n, bool listed);
const struct dq_domain_slot *dq_domtab_find(const struct dq_domtab *t, uint64_t h);

#endif
