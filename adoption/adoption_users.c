/* The users index, the --map option and header lookup shared by the roster
 * and log imports. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/hash.h"
#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

uint64_t adoption_users_hash(const char *s, size_t n)
{
	return hash_bytes(s, n);
}

/* Salesforce's checksum: per 5 characters, a letter of "A..Z0..5" whose
 * bits say which of them are capitals. */
static void sfid_checksum(const char *id, char out[3])
{
	static const char ALPHA[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
	for (int c = 0; c < 3; c++) {
		unsigned bits = 0;
		for (int j = 0; j < 5; j++)
			if (id[c * 5 + j] >= 'A' && id[c * 5 + j] <= 'Z')
				bits |= 1u << j;
		out[c] = ALPHA[bits];
	}
}

size_t adoption_sfid_other(const char *id, size_t len, char alt[19])
{
	if (len != 15 && len != 18)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'A' && id[i] <= 'Z') ||
		      (id[i] >= 'a' && id[i] <= 'z')))
			return 0;
	char sum[3];
	sfid_checksum(id, sum);
	memcpy(alt, id, 15);
	if (len == 18) {
		if (memcmp(sum, id + 15, 3))
			return 0;
		alt[15] = '\0';
		return 15;
	}
	memcpy(alt + 15, sum, 3);
	alt[18] = '\0';
	return 18;
}

static void grow_arrays(struct adoption_users *u, int64_t num)
{
	if ((size_t)num < u->cap)
		return;
	size_t old = u->cap, cap = old ? old : 1024;
	while (cap <= (size_t)num)
		cap *= 2;
	u->ids = xrealloc(u->ids, cap * sizeof *u->ids);
	u->in_roster = xrealloc(u->in_roster, cap * sizeof *u->in_roster);
	u->dept = xrealloc(u->dept, cap * sizeof *u->dept);
	u->wave = xrealloc(u->wave, cap * sizeof *u->wave);
	u->role = xrealloc(u->role, cap * sizeof *u->role);
	u->licence_monday = xrealloc(u->licence_monday, cap * sizeof *u->licence_monday);
	u->licence_end = xrealloc(u->licence_end, cap * sizeof *u->licence_end);
	for (size_t i = old; i < cap; i++) {
		u->ids[i] = NULL;
		u->in_roster[i] = false;
		u->dept[i] = u->wave[i] = u->role[i] = -1;
		u->licence_monday[i] = INT64_MIN;
		u->licence_end[i] = INT64_MAX;
	}
	u->cap = cap;
}

static void slot_insert(struct adoption_users *u, int64_t num)
{
	const char *id = u->ids[num];
	size_t len = strlen(id);
	uint64_t h = adoption_users_hash(id, len);
	size_t mask = u->nslots - 1, i = h & mask;
	while (u->slots[i].num)
		i = (i + 1) & mask;
	struct adoption_slot *sl = &u->slots[i];
	sl->hash = (uint32_t)(h >> 32);
	sl->num = (uint32_t)num;
	sl->len = len <= sizeof sl->key ? (uint8_t)len : 0;
	if (sl->len)
		memcpy(sl->key, id, len);
}

void adoption_users_add(struct adoption_users *u, int64_t num, const char *id, size_t len)
{
	grow_arrays(u, num);
	if ((u->count + 1) * 3 > u->nslots * 2) {
		free(u->slots);
		u->nslots = u->nslots ? u->nslots * 2 : 4096;
		/* Aligned so that no 32-byte slot straddles two cache lines. */
		u->slots = xcalloc_aligned(64, u->nslots, sizeof *u->slots);
		for (size_t k = 0; k < u->cap; k++)
			if (u->ids[k])
				slot_insert(u, (int64_t)k);
	}
	u->ids[num] = xstrndup(id, len);
	slot_insert(u, num);
	u->count++;
}

void adoption_users_prefetch(const struct adoption_users *u, uint64_t h)
{
	if (u->nslots)
		__builtin_prefetch(&u->slots[h & (u->nslots - 1)]);
}

int64_t adoption_users_find(const struct adoption_users *u, const char *id, size_t len)
{
	return adoption_users_find_hashed(u, id, len, adoption_users_hash(id, len));
}

int64_t adoption_users_find_hashed(const struct adoption_users *u, const char *id, size_t len,
				   uint64_t h)
{
	if (!u->nslots)
		return 0;
	uint32_t tag = (uint32_t)(h >> 32);
	size_t mask = u->nslots - 1, i = h & mask;
	for (; u->slots[i].num; i = (i + 1) & mask) {
		const struct adoption_slot *sl = &u->slots[i];
		if (sl->hash != tag)
			continue;
		if (sl->len ? sl->len == len && !memcmp(sl->key, id, len)
			    : !memcmp(u->ids[sl->num], id, len) && u->ids[sl->num][len] == '\0')
			return sl->num;
	}
	return 0;
}

static int32_t intern(char ***names, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*names)[i], s))
			return (int32_t)i;
	*names = xrealloc(*names, (*n + 1) * sizeof **names);
	(*names)[*n] = xstrdup(s);
	return (int32_t)(*n)++;
}

static bool load_account(int64_t num, const char *id, void *arg)
{
	adoption_users_add(arg, num, id, strlen(id));
	return true;
}

static bool load_roster(const struct store_adoption_user *r, void *arg)
{
	struct adoption_users *u = arg;
	grow_arrays(u, r->num);
	u->in_roster[r->num] = true;
	if (r->excluded && *r->excluded) {
		/* Never counted: no group made for it either. */
		u->licence_end[r->num] = INT64_MIN;
		return true;
	}
	u->dept[r->num] = intern(&u->depts, &u->ndepts,
				 *r->department ? r->department : ADOPTION_NO_DEPARTMENT);
	u->wave[r->num] = r->wave && *r->wave ? intern(&u->waves, &u->nwaves, r->wave) : -1;
	u->role[r->num] = r->role && *r->role ? intern(&u->roles, &u->nroles, r->role) : -1;
	int64_t day;
	if (r->license_start && timex_parse_date(r->license_start, strlen(r->license_start),
						 &day) == TIMEX_OK)
		u->licence_monday[r->num] = timex_week_monday(day);
	if (r->license_end && timex_parse_date(r->license_end, strlen(r->license_end),
					       &day) == TIMEX_OK)
		u->licence_end[r->num] = day;
	return true;
}

bool adoption_users_load(struct adoption_users *u, struct store *st, struct diag *d)
{
	memset(u, 0, sizeof *u);
	return store_adoption_accounts_each(st, load_account, u, d) &&
	       store_adoption_roster_facts_each(st, load_roster, u, d);
}

void adoption_users_release(struct adoption_users *u)
{
	for (size_t i = 0; i < u->cap; i++)
		free(u->ids[i]);
	for (size_t i = 0; i < u->ndepts; i++)
		free(u->depts[i]);
	for (size_t i = 0; i < u->nwaves; i++)
		free(u->waves[i]);
	for (size_t i = 0; i < u->nroles; i++)
		free(u->roles[i]);
	free(u->ids);
	free(u->in_roster);
	free(u->dept);
	free(u->wave);
	free(u->role);
	free(u->licence_monday);
	free(u->licence_end);
	free(u->slots);
	free(u->depts);
	free(u->waves);
	free(u->roles);
	memset(u, 0, sizeof *u);
}

/* The key already given column col (n bytes), out->n when none. */
static size_t map_column_taken(const struct metric_map *m, const char *col, size_t n)
{
	char *c = xstrndup(col, n);
	size_t k = 0;
	while (k < m->n && !csvx_header_eq(m->cols[k], c))
		k++;
	free(c);
	return k;
}

bool metric_map_parse(const char *spec, const char *const *keys, struct metric_map *out,
		      struct diag *d)
{
	memset(out, 0, sizeof *out);
	const char *p = spec;
	bool ok = true;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		const char *eq = memchr(p, '=', len);
		if (!eq || eq == p || eq == p + len - 1) {
			diag_fail(d, EXIT_USAGE, _("--map: expected KEY=COLUMN, found '%.*s'"),
				  (int)len, p);
			ok = false;
		} else {
			char *key = xstrndup(p, (size_t)(eq - p));
			size_t k = 0;
			while (keys[k] && strcmp(keys[k], key))
				k++;
			if (!keys[k]) {
				const char *close = text_closest(key, keys, (size_t)-1);
				if (close)
					diag_fail(d, EXIT_USAGE, _("--map: unknown key '%s'; did you mean "
								   "'%s'?"), key, close);
				else
					diag_fail(d, EXIT_USAGE, _("--map: unknown key '%s'"), key);
				ok = false;
				free(key);
			} else if (metric_map_get(out, key)) {
				diag_fail(d, EXIT_USAGE, _("--map: key '%s' given twice"), key);
				ok = false;
				free(key);
			} else if (out->n == 16) {
				diag_fail(d, EXIT_USAGE, _("--map: too many keys"));
				ok = false;
				free(key);
			} else if ((k = map_column_taken(out, eq + 1, len - (size_t)(eq - p) - 1)) <
				   out->n) {
				diag_fail(d, EXIT_USAGE, _("--map: column '%.*s' given for both '%s' and "
					  "'%s' (one column holds one thing)"),
					  (int)(len - (size_t)(eq - p) - 1), eq + 1, out->keys[k], key);
				ok = false;
				free(key);
			} else {
				out->keys[out->n] = key;
				out->cols[out->n++] = xstrndup(eq + 1, len - (size_t)(eq - p) - 1);
			}
		}
		p += len;
		if (*p == ',')
			p++;
	}
	if (!ok)
		metric_map_release(out);
	return ok;
}

void metric_map_release(struct metric_map *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->keys[i]);
		free(m->cols[i]);
	}
	memset(m, 0, sizeof *m);
}

const char *metric_map_get(const struct metric_map *m, const char *key)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcmp(m->keys[i], key))
			return m->cols[i];
	return NULL;
}

int metric_header_find(const char *const *cells, size_t n, const struct metric_map *map,
		       const char *key, const char *const *names)
{
	const char *mapped = map ? metric_map_get(map, key) : NULL;
	if (mapped) {
		for (size_t i = 0; i < n; i++)
			if (!strcmp(cells[i], mapped))
				return (int)i;
		for (size_t i = 0; i < n; i++)
			if (csvx_header_eq(cells[i], mapped))
				return (int)i;
		return -1;
	}
	for (const char *const *nm = names; *nm; nm++)
		for (size_t i = 0; i < n; i++)
			if (csvx_header_eq(cells[i], *nm))
				return (int)i;
	return -1;
}
