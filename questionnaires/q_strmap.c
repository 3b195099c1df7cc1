/* q_strmap: open-addressing map from strings to indices (the assessment's
 * groups and answers, the import's respondents). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "q_internal.h"

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static struct q_str_entry *map_slot(const struct q_str_map *m, const char *key)
{
	size_t i = hash_str(key) & (m->cap - 1);
	while (m->slots[i].key && strcmp(m->slots[i].key, key))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

size_t q_str_map_get(const struct q_str_map *m, const char *key)
{
	if (!m->cap)
		return SIZE_MAX;
	struct q_str_entry *e = map_slot(m, key);
	return e->key ? e->value : SIZE_MAX;
}

void q_str_map_put(struct q_str_map *m, const char *key, size_t value)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct q_str_map bigger = { xcalloc(m->cap ? m->cap * 2 : 16, sizeof *bigger.slots),
					    m->cap ? m->cap * 2 : 16, m->n };
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].key)
				*map_slot(&bigger, m->slots[i].key) = m->slots[i];
		free(m->slots);
		*m = bigger;
	}
	struct q_str_entry *e = map_slot(m, key);
	if (!e->key) {
		e->key = xstrdup(key);
		m->n++;
	}
	e->value = value;
}

void q_str_map_release(struct q_str_map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	memset(m, 0, sizeof *m);
}
