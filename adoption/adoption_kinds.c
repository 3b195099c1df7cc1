/* The kinds of action an activity log names (object, action), numbered in
 * the workspace; and which action cells stand for a login. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/xalloc.h"
#include "adoption_internal.h"

static bool add_known(int64_t id, const char *object, const char *action, void *arg)
{
	struct adoption_kinds *ks = arg;
	XGROW(ks->k, ks->cap, ks->n + 1);
	char *text = xasprintf("%s\x1f%s", object, action);
	ks->k[ks->n++] = (struct adoption_kind_entry){ text, strlen(text), id };
	return true;
}

bool adoption_kinds_load(struct adoption_kinds *ks, struct store *st, struct diag *d)
{
	memset(ks, 0, sizeof *ks);
	return store_adoption_kinds_each(st, add_known, ks, d);
}

int64_t adoption_kinds_id(struct adoption_kinds *ks, struct store *st, const char *text,
			  size_t len, struct diag *d)
{
	if (ks->last < ks->n && ks->k[ks->last].len == len && !memcmp(ks->k[ks->last].text, text, len))
		return ks->k[ks->last].id;
	for (size_t i = 0; i < ks->n; i++)
		if (ks->k[i].len == len && !memcmp(ks->k[i].text, text, len)) {
			ks->last = i;
			return ks->k[i].id;
		}
	const char *sep = memchr(text, '\x1f', len);
	char *object = xstrndup(text, (size_t)(sep - text));
	char *action = xstrndup(sep + 1, len - (size_t)(sep - text) - 1);
	int64_t id = 0;
	if (store_adoption_kind_add(st, object, action, &id, d)) {
		XGROW(ks->k, ks->cap, ks->n + 1);
		ks->k[ks->n] = (struct adoption_kind_entry){ xstrndup(text, len), len, id };
		ks->last = ks->n++;
	}
	free(object);
	free(action);
	return id;
}

void adoption_kinds_release(struct adoption_kinds *ks)
{
	for (size_t i = 0; i < ks->n; i++)
		free(ks->k[i].text);
	free(ks->k);
	memset(ks, 0, sizeof *ks);
}

bool adoption_action_is_login(const char *s, size_t len)
{
	static const char *const LOGIN[] = {"login", "log in", "logged in", "log-in", NULL};
	for (const char *const *w = LOGIN; *w; w++)
		if (strlen(*w) == len && !strncasecmp(*w, s, len))
			return true;
	return false;
}
