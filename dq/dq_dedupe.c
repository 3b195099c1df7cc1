/* Data quality: union-find clustering and the duplicate finders (exact on
 * normalised keys, fuzzy on names within blocks). Nothing here is
 * quadratic in the number of records. */
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "dq_internal.h"

/* ---- union-find ---- */

void dq_uf_init(struct dq_uf *uf)
{
	memset(uf, 0, sizeof *uf);
}

void dq_uf_release(struct dq_uf *uf)
{
	free(uf->parent);
	free(uf->rank);
	memset(uf, 0, sizeof *uf);
}

void dq_uf_grow(struct dq_uf *uf, size_t n)
{
	if (n <= uf->n)
		return;
	if (n > uf->cap) {
		size_t cap = uf->cap ? uf->cap : 1024;
		while (cap < n)
			cap *= 2;
		uf->parent = xrealloc(uf->parent, cap * sizeof *uf->parent);
		uf->rank = xrealloc(uf->rank, cap * sizeof *uf->rank);
		uf->cap = cap;
	}
	for (size_t i = uf->n; i < n; i++) {
		uf->parent[i] = (uint32_t)i;
		uf->rank[i] = 0;
	}
	uf->n = n;
}

uint32_t dq_uf_find(struct dq_uf *uf, uint32_t x)
{
	uint32_t root = x;
	while (uf->parent[root] != root)
		root = uf->parent[root];
	while (uf->parent[x] != root) { /* path compression */
		uint32_t next = uf->parent[x];
		uf->parent[x] = root;
		x = next;
	}
	return root;
}

bool dq_uf_union(struct dq_uf *uf, uint32_t a, uint32_t b)
{
	a = dq_uf_find(uf, a);
	b = dq_uf_find(uf, b);
	if (a == b)
		return false;
	if (uf->rank[a] < uf->rank[b]) {
		uint32_t t = a;
		a = b;
		b = t;
	}
	uf->parent[b] = a;
	if (uf->rank[a] == uf->rank[b])
		uf->rank[a]++;
	return true;
}

/* ---- keys ---- */

void dq_keys_init(struct dq_keys *k)
{
	memset(k, 0, sizeof *k);
	sbuf_init(&k->buf);
	sbuf_addc(&k->buf, '\0'); /* offset 0 is the empty key */
}

void dq_keys_release(struct dq_keys *k)
{
	sbuf_release(&k->buf);
	free(k->at);
	memset(k, 0, sizeof *k);
}

void dq_keys_reserve(struct dq_keys *k, size_t n)
{
	if (n > k->cap) {
		k->cap = n;
		k->at = xrealloc(k->at, k->cap * sizeof *k->at);
	}
	if (k->n) {
		size_t bytes = k->buf.len / k->n * n + k->buf.len / k->n * n / 8 + 4096;
		if (bytes > k->buf.cap)
			XGROW(k->buf.s, k->buf.cap, bytes);
	}
}

void dq_keys_push(struct dq_keys *k, const char *s, size_t n)
{
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 4096;
		k->at = xrealloc(k->at, k->cap * sizeof *k->at);
	}
	if (n == 0) {
		k->at[k->n++] = 0;
		return;
	}
	if (n > DQ_KEY_MAX_LEN)
		n = DQ_KEY_MAX_LEN;
	k->at[k->n++] = (uint64_t)k->buf.len << DQ_KEY_LEN_BITS | n;
	sbuf_add(&k->buf, s, n);
	sbuf_addc(&k->buf, '\0');
}

uint64_t dq_hash(const char *s, size_t n, uint64_t seed)
{
	/* FNV-1a with a final mix: good enough spread for sorting and sets. */
	uint64_t h = 0xcbf29ce484222325ull ^ seed;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ull;
	}
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	return h ? h : 1;
}

/* ---- exact ---- */

struct hrec {
	uint64_t h;
	uint32_t rec;
};

/* Records are added in order, so the stable radix sort keeps them in
 * record order within a key. */
DQ_RADIX_SORT(sort_hrec, struct hrec, h)
DQ_INPLACE_SORT(sort_hrec_in_place, struct hrec, h)

struct u64 {
	uint64_t v;
};
DQ_RADIX_SORT(sort_plain, struct u64, v)

void dq_sort_u64(uint64_t *v, size_t n)
{
	sort_plain((struct u64 *)v, n);
}

static bool same_key(const struct dq_keys *k, uint32_t a, uint32_t b)
{
	size_t la, lb;
	const char *sa = dq_keys_at(k, a, &la), *sb = dq_keys_at(k, b, &lb);
	return la == lb && !memcmp(sa, sb, la);
}

static bool join(struct dq_uf *uf, uint32_t *masks, uint32_t bit, uint32_t a, uint32_t b)
{
	masks[a] |= bit;
	masks[b] |= bit;
	return dq_uf_union(uf, a, b);
}

size_t dq_dedupe_exact(const struct dq_keys *keys, struct dq_uf *uf, uint32_t *masks,
		       uint32_t bit)
{
	struct hrec *v = xmalloc((keys->n + 1) * sizeof *v);
	size_t n = 0, joins = 0;
	for (size_t i = 0; i < keys->n; i++)
		if (dq_keys_len(keys, i)) {
			size_t len;
			const char *key = dq_keys_at(keys, i, &len);
			v[n++] = (struct hrec){ dq_hash(key, len, 0), (uint32_t)i };
		}
	sort_hrec(v, n);
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && v[j].h == v[i].h)
			j++;
		for (size_t k = i + 1; k < j; k++)
			if (same_key(keys, v[i].rec, v[k].rec))
				joins += join(uf, masks, bit, v[i].rec, v[k].rec);
		i = j;
	}
	free(v);
	return joins;
}

size_t dq_dedupe_exact_hashes(const uint64_t *hashes, size_t n, struct dq_uf *uf,
			      uint32_t *masks, uint32_t bit)
{
	struct hrec *v = xmalloc((n + 1) * sizeof *v);
	size_t m = 0, joins = 0;
	for (size_t i = 0; i < n; i++)
		if (hashes[i])
			v[m++] = (struct hrec){ hashes[i], (uint32_t)i };
	sort_hrec_in_place(v, m);
	for (size_t i = 0; i < m;) {
		size_t j = i + 1;
		while (j < m && v[j].h == v[i].h)
			joins += join(uf, masks, bit, v[i].rec, v[j++].rec);
		i = j;
	}
	free(v);
	return joins;
}

/* ---- fuzzy ---- */

/* 16 bytes a record: the block value, a 32-bit hash of the name (equal
 * hashes are checked on the text) and the record. */
struct brec {
	uint64_t block;
	uint32_t name, rec;
};

static int cmp_brec_name(const void *a, const void *b)
{
	const struct brec *x = a, *y = b;
	if (x->name != y->name)
		return x->name < y->name ? -1 : 1;
	return x->rec < y->rec ? -1 : x->rec > y->rec;
}

/* Sort by block in place (MSD radix, a byte at a time, American flag
 * permutation): no scratch array of the records' size, which the two
 * threads' jobs would each need at the scan's peak of memory. Not stable:
 * for the fuzzy blocks sort_group orders each block after, and exact joins
 * do not depend on the order. */
DQ_INPLACE_SORT(sort_brec, struct brec, block)

bool dq_vetoed(const struct dq_veto *v, uint32_t a, uint32_t b)
{
	if (!v || !v->accounts)
		return false;
	uint64_t x = v->accounts[a], y = v->accounts[b];
	if (!x || !y || x == y)
		return false;
	bool conflict = false;
	for (size_t i = 0; i < v->nevidence; i++) {
		uint32_t p = v->evidence[i][a], q = v->evidence[i][b];
		if (!p || !q)
			continue;
		const uint32_t *alike = v->alike ? v->alike[i] : NULL;
		if (p == q || (alike && alike[a] && alike[a] == alike[b]))
			return false; /* some evidence agrees */
		conflict = true;
	}
	return conflict;
}

struct fuzzy {
	const struct dq_veto *veto; /* of the current block, or NULL */
	const struct dq_keys *names;
	unsigned max_distance, min_length;
	struct dq_uf *uf;
	uint32_t *masks, bit;
	size_t joins;
	struct hrec *vars;
	size_t nvars, cap;
	/* With more than one edit allowed, pairs met in an earlier block are
	 * not compared again: bit b - from of small[r] says record r's group
	 * in block b compared all its pairs (32 blocks from the first are
	 * remembered). */
	uint64_t *const *blocks;
	uint32_t *small;
	size_t from, block;
};

static bool compared_before(const struct fuzzy *F, uint32_t a, uint32_t b)
{
	uint32_t both = F->small[a] & F->small[b];
	for (size_t k = F->from; both && k < F->block; k++, both >>= 1)
		if ((both & 1) && F->blocks[k][a] == F->blocks[k][b])
			return true;
	return false;
}

/* Sort a block's group by name hash, then record: insertion for the small
 * groups that are the rule in CRM data, qsort for the rest. */
static void sort_group(struct brec *v, size_t n)
{
	if (n > 32) {
		qsort(v, n, sizeof *v, cmp_brec_name);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		struct brec x = v[i];
		size_t j = i;
		while (j > 0 && cmp_brec_name(&v[j - 1], &x) > 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
}

static size_t cp_count(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

/* A group's distinct name, gathered once so that comparing its pairs
 * reads nothing outside the group. */
struct cand {
	const char *s;
	uint32_t len, cps, rec;
};

static void gather(const struct fuzzy *F, const uint32_t *reps, size_t k, struct cand *out)
{
	for (size_t i = 0; i < k; i++) {
		size_t len;
		const char *s = dq_keys_at(F->names, reps[i], &len);
		out[i] = (struct cand){ s, (uint32_t)len, (uint32_t)cp_count(s, len), reps[i] };
	}
}

/* Join a and b when their names are within the distance. Joins are
 * idempotent and the clusters are the connected parts of all joins, so
 * skipping a pair decided before only saves time: with one edit allowed
 * the distance is cheaper than looking that up, with more it is not. */
static void compare(struct fuzzy *F, const struct cand *x, const struct cand *y)
{
	uint32_t diff = x->len > y->len ? x->len - y->len : y->len - x->len;
	if (diff > 4 * F->max_distance)
		return; /* more code points apart than allowed */
	if ((x->cps < y->cps ? x->cps : y->cps) < F->min_length)
		return; /* short names only match exactly (done already) */
	uint32_t a = x->rec, b = y->rec;
	if (F->max_distance > 1) {
		if ((F->masks[a] & F->masks[b] & F->bit) &&
		    dq_uf_find(F->uf, a) == dq_uf_find(F->uf, b))
			return; /* joined by this rule already */
		if (compared_before(F, a, b))
			return; /* the same names met in an earlier block: same verdict */
	}
	if (dq_distance(x->s, x->len, y->s, y->len, F->max_distance) <= F->max_distance &&
	    !dq_vetoed(F->veto, a, b))
		F->joins += join(F->uf, F->masks, F->bit, a, b);
}

/* Candidates of a large block: names sharing a variant with one code point
 * deleted (or none) are within two edits; compare() decides. */
static void large_block(struct fuzzy *F, const struct cand *reps, size_t k)
{
	F->nvars = 0;
	struct sbuf tmp;
	sbuf_init(&tmp);
	for (size_t r = 0; r < k; r++) {
		size_t len = reps[r].len;
		const char *s = reps[r].s;
		XGROW(F->vars, F->cap, F->nvars + len + 1);
		F->vars[F->nvars++] = (struct hrec){ dq_hash(s, len, 7), (uint32_t)r };
		for (size_t i = 0; i < len;) {
			size_t step = 1;
			while (i + step < len && ((unsigned char)s[i + step] & 0xC0) == 0x80)
				step++;
			sbuf_reset(&tmp);
			sbuf_add(&tmp, s, i);
			sbuf_add(&tmp, s + i + step, len - i - step);
			F->vars[F->nvars++] = (struct hrec){ dq_hash(tmp.s, tmp.len, 7), (uint32_t)r };
			i += step;
		}
	}
	sbuf_release(&tmp);
	sort_hrec(F->vars, F->nvars);
	enum { WINDOW = 16 };
	for (size_t i = 0; i < F->nvars;) {
		size_t j = i + 1;
		while (j < F->nvars && F->vars[j].h == F->vars[i].h)
			j++;
		for (size_t a = i; a < j; a++)
			for (size_t b = a + 1; b < j && b <= a + WINDOW; b++)
				if (F->vars[a].rec != F->vars[b].rec)
					compare(F, &reps[F->vars[a].rec], &reps[F->vars[b].rec]);
		i = j;
	}
}

size_t dq_dedupe_fuzzy(const struct dq_keys *names, uint64_t *const *blocks, size_t nblocks,
		       unsigned max_distance, unsigned min_length, struct dq_uf *uf,
		       uint32_t *masks, uint32_t bit)
{
	return dq_dedupe_fuzzy_blocks(names, blocks, 0, nblocks, max_distance, min_length, NULL,
				      NULL, uf, masks, bit);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Whether the group v[0..n) of one block value is public by pub's test
 * (recorded in pub->found when it is). Distinct accounts are counted by
 * sorting the group's account hashes: the group is what the block
 * compares anyway, so this adds no pass over the records. */
static bool public_group(struct dq_public_test *pub, const struct brec *v, size_t n,
			 uint64_t **scratch, size_t *cap)
{
	if (!pub || !pub->accounts || n < (size_t)pub->min_accounts)
		return false;
	XGROW(*scratch, *cap, n);
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (pub->accounts[v[i].rec])
			(*scratch)[m++] = pub->accounts[v[i].rec];
	qsort(*scratch, m, sizeof **scratch, cmp_u64);
	long distinct = 0;
	for (size_t i = 0; i < m; i++)
		distinct += i == 0 || (*scratch)[i] != (*scratch)[i - 1];
	if (distinct < pub->min_accounts || (double)distinct < pub->min_share * (double)m)
		return false;
	XGROW(pub->found, pub->capfound, pub->nfound + 1);
	pub->found[pub->nfound++] = (struct dq_public_found){ v[0].block, (long)m, distinct };
	return true;
}

/* Names of the same words in another order in one group: equal sorted
 * words join like equal names (never across a veto). */
static size_t swapped_names(const struct fuzzy *F, const uint32_t *swapped, const struct brec *v,
			    size_t n, struct hrec **scratch, size_t *cap)
{
	XGROW(*scratch, *cap, n);
	size_t m = 0, joins = 0;
	for (size_t i = 0; i < n; i++)
		if (swapped[v[i].rec])
			(*scratch)[m++] = (struct hrec){ swapped[v[i].rec], v[i].rec };
	sort_hrec(*scratch, m);
	for (size_t i = 0; i < m;) {
		size_t j = i + 1;
		while (j < m && (*scratch)[j].h == (*scratch)[i].h)
			j++;
		for (size_t a = i; a < j; a++)
			for (size_t c = a + 1; c < j && c <= a + 16; c++)
				if (!dq_vetoed(F->veto, (*scratch)[a].rec, (*scratch)[c].rec))
					joins += join(F->uf, F->masks, F->bit, (*scratch)[a].rec,
						      (*scratch)[c].rec);
		i = j;
	}
	return joins;
}

size_t dq_dedupe_fuzzy_blocks(const struct dq_keys *names, uint64_t *const *blocks, size_t from,
			      size_t to, unsigned max_distance, unsigned min_length,
			      struct dq_public_test *pub, const struct dq_fuzzy_more *more,
			      struct dq_uf *uf, uint32_t *masks, uint32_t bit)
{
	uint64_t *accounts = NULL;
	size_t accounts_cap = 0;
	bool remember = max_distance > 1;
	struct hrec *swaps = NULL;
	size_t swaps_cap = 0;
	struct fuzzy F = { NULL, names, max_distance, min_length, uf, masks, bit, 0, NULL, 0, 0,
			   blocks, remember ? xcalloc(names->n + 1, sizeof(uint32_t)) : NULL, from,
			   from };
	struct brec *v = xmalloc((names->n + 1) * sizeof *v);
	uint32_t *reps = NULL;
	size_t reps_cap = 0;
	struct cand *cands = NULL;
	size_t cands_cap = 0;
	uint32_t *name_hash = xmalloc((names->n + 1) * sizeof *name_hash);
	for (size_t i = 0; i < names->n; i++) {
		size_t len;
		const char *name = dq_keys_at(names, i, &len);
		name_hash[i] = len ? (uint32_t)(dq_hash(name, len, 0) >> 32) : 0;
	}
	for (size_t b = from; b < to; b++) {
		F.block = b;
		F.veto = more && more->veto && more->veto[b].accounts ? &more->veto[b] : NULL;
		size_t n = 0;
		for (size_t i = 0; i < names->n; i++)
			if (blocks[b][i] && dq_keys_len(names, i))
				v[n++] = (struct brec){ blocks[b][i], name_hash[i], (uint32_t)i };
		sort_brec(v, n);
		for (size_t i = 0; i < n;) {
			size_t j = i + 1;
			while (j < n && v[j].block == v[i].block)
				j++;
			if (public_group(pub ? &pub[b] : NULL, v + i, j - i, &accounts, &accounts_cap)) {
				i = j;
				continue;
			}
			if (j - i > 1)
				sort_group(v + i, j - i);
			/* Equal names in the block join at once; one representative
			 * of each distinct name goes on. */
			size_t k = 0;
			for (size_t a = i; a < j;) {
				size_t e = a + 1;
				while (e < j && v[e].name == v[a].name)
					e++;
				XGROW(reps, reps_cap, k + (e - a));
				/* Names of one hash: each joins the representative
				 * of its text, or is one (a hash collision). */
				size_t first = k;
				for (size_t x = a; x < e; x++) {
					size_t r = first;
					while (r < k && !same_key(names, reps[r], v[x].rec))
						r++;
					if (r < k && !dq_vetoed(F.veto, reps[r], v[x].rec))
						F.joins += join(uf, masks, bit, reps[r], v[x].rec);
					else
						reps[k++] = v[x].rec;
				}
				a = e;
			}
			/* Every pair of a group of up to 64 names is decided here:
			 * equal names joined, the others compared. */
			if (remember && k <= 64 && b - from < 32)
				for (size_t a = i; a < j; a++)
					F.small[v[a].rec] |= (uint32_t)1 << (b - from);
			if (max_distance > 0 && k > 1) {
				XGROW(cands, cands_cap, k);
				gather(&F, reps, k, cands);
				if (k <= 64) {
					for (size_t a = 0; a < k; a++)
						for (size_t c = a + 1; c < k; c++)
							compare(&F, &cands[a], &cands[c]);
				} else {
					large_block(&F, cands, k);
				}
			}
			if (more && more->swapped && j - i > 1)
				F.joins += swapped_names(&F, more->swapped, v + i, j - i, &swaps,
							 &swaps_cap);
			i = j;
		}
	}
	free(swaps);
	free(v);
	free(reps);
	free(cands);
	free(F.vars);
	free(F.small);
	free(name_hash);
	free(accounts);
	return F.joins;
}
