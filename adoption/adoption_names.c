/* Department and wave names written more than one way: grouped by
 * text_match_key ("Sales", "sales " and "SALES" are one department), named
 * as first seen (the workspace's name first, then the file's, trimmed); the
 * groups with other spellings are reported (adoption_roster_result). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/hash.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "adoption_internal.h"

struct adoption_spelling_group {
	char *key;
	struct adoption_spelling s;
};

static size_t spelling_find(struct adoption_spellings *sp, const char *key, bool *added)
{
	if ((sp->n + 1) * 2 > sp->nslots) {
		free(sp->slot);
		sp->nslots = sp->nslots ? sp->nslots * 2 : 64;
		sp->slot = xcalloc(sp->nslots, sizeof *sp->slot);
		for (size_t i = 0; i < sp->n; i++) {
			size_t k = hash_bytes(sp->g[i].key, strlen(sp->g[i].key)) & (sp->nslots - 1);
			while (sp->slot[k])
				k = (k + 1) & (sp->nslots - 1);
			sp->slot[k] = (uint32_t)i + 1;
		}
	}
	size_t k = hash_bytes(key, strlen(key)) & (sp->nslots - 1);
	for (; sp->slot[k]; k = (k + 1) & (sp->nslots - 1))
		if (!strcmp(sp->g[sp->slot[k] - 1].key, key)) {
			*added = false;
			return sp->slot[k] - 1;
		}
	XGROW(sp->g, sp->cap, sp->n + 1);
	sp->g[sp->n] = (struct adoption_spelling_group){ .key = xstrdup(key) };
	sp->slot[k] = (uint32_t)sp->n + 1;
	*added = true;
	return sp->n++;
}

/* s without the spaces (U+00A0 and U+202F too) at either end. */
static char *trim_spaces(const char *s)
{
	size_t n = strlen(s);
	for (;;) {
		if (*s == ' ' || *s == '\t')
			s++, n--;
		else if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
			s += 2, n -= 2;
		else if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
			 (unsigned char)s[2] == 0xAF)
			s += 3, n -= 3;
		else
			break;
	}
	for (;;) {
		if (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xA0)
			n -= 2;
		else if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
			 (unsigned char)s[n - 1] == 0xAF)
			n -= 3;
		else
			break;
	}
	return xstrndup(s, n);
}

void adoption_spelling_known(struct adoption_spellings *sp, const char *name)
{
	char *key = text_match_key(name);
	bool added;
	size_t i = spelling_find(sp, key, &added);
	if (added)
		sp->g[i].s.name = xstrdup(name);
	free(key);
}

void adoption_spelling_use(struct adoption_spellings *sp, char **cell)
{
	char *key = text_match_key(*cell);
	if (!*key) {
		free(key);
		free(*cell);
		*cell = xstrdup("");
		return;
	}
	bool added;
	size_t i = spelling_find(sp, key, &added);
	free(key);
	struct adoption_spelling *g = &sp->g[i].s;
	char *t = trim_spaces(*cell);
	free(*cell);
	if (added) {
		g->name = t;
		*cell = xstrdup(t);
		return;
	}
	if (strcmp(t, g->name)) {
		size_t k = 0;
		while (k < g->nalso && strcmp(g->also[k], t))
			k++;
		if (k < g->nalso)
			free(t);
		else if (g->nalso < ADOPTION_ROSTER_EXAMPLES)
			g->also[g->nalso++] = t;
		else {
			g->more = true;
			free(t);
		}
	} else {
		free(t);
	}
	*cell = xstrdup(g->name);
}

void adoption_spellings_done(struct adoption_spellings *sp, bool wave,
			     struct adoption_roster_result *res)
{
	for (size_t i = 0; i < sp->n; i++) {
		struct adoption_spelling *g = &sp->g[i].s;
		free(sp->g[i].key);
		if (!g->nalso) {
			free(g->name);
			continue;
		}
		res->merged = xrealloc(res->merged, (res->nmerged + 1) * sizeof *res->merged);
		g->wave = wave;
		res->merged[res->nmerged++] = *g;
	}
	free(sp->g);
	free(sp->slot);
	memset(sp, 0, sizeof *sp);
}

void adoption_roster_result_release(struct adoption_roster_result *r)
{
	for (size_t i = 0; i < r->nmerged; i++) {
		free(r->merged[i].name);
		for (size_t k = 0; k < r->merged[i].nalso; k++)
			free(r->merged[i].also[k]);
	}
	free(r->merged);
	r->merged = NULL;
	r->nmerged = 0;
}
