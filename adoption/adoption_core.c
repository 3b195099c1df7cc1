/* Core actions: which kinds of action (object, action) count as using the
 * CRM. The engagement's YAML (adoption core-actions FILE, kept in the
 * workspace) or the shipped default, content/adoption/core-actions.yaml:
 *
 *   core-actions:
 *     - object: Opportunity          # or a list; "*" any object
 *       actions: [created, updated]  # absent: every action on it
 *
 * Names compare as column headers do (case, spaces, '_' and '-' ignored). */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/embedded.h"
#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "../core/yamlx.h"
#include "adoption_internal.h"

static const char SHIPPED[] = "adoption/core-actions.yaml";

static char **strings_of(const struct yx_doc *doc, const struct yx_node *n, const char *what,
			 size_t *count, bool *ok, struct diag *d)
{
	*count = 0;
	if (n->kind == YX_SCALAR) {
		const char *s;
		if (!yx_str(doc, n, &s, what, d)) {
			*ok = false;
			return NULL;
		}
		if (n->plain && strchr(s, ',')) {
			/* "created, updated" is one name to YAML: a list was meant. */
			yx_error(doc, n, d, _("%s: '%s' is one name; write a list: [%s]"), what, s, s);
			*ok = false;
			return NULL;
		}
		char **out = xmalloc(sizeof *out);
		out[(*count)++] = xstrdup(s);
		return out;
	}
	if (!yx_want_seq(doc, n, what, d)) {
		*ok = false;
		return NULL;
	}
	if (!n->n) {
		yx_error(doc, n, d, _("%s: an empty list (name at least one)"), what);
		*ok = false;
		return NULL;
	}
	char **out = xcalloc(n->n, sizeof *out);
	for (size_t i = 0; i < n->n; i++) {
		const char *s;
		if (yx_str(doc, n->items[i], &s, what, d))
			out[(*count)++] = xstrdup(s);
		else
			*ok = false;
	}
	return out;
}

static bool parse_rule(const struct yx_doc *doc, const struct yx_node *n,
		       struct adoption_core_rule *rule, struct diag *d)
{
	static const char *const keys[] = {"object", "actions", NULL};
	static const char *const required[] = {"object", NULL};
	if (!yx_want_map(doc, n, "core-actions[]", d) ||
	    !yx_check_keys(doc, n, keys, required, "core-actions[]", d))
		return false;
	bool ok = true;
	rule->objects = strings_of(doc, yx_get(n, "object"), "object", &rule->nobjects, &ok, d);
	const struct yx_node *a = yx_get(n, "actions");
	if (a)
		rule->actions = strings_of(doc, a, "actions", &rule->nactions, &ok, d);
	return ok;
}

bool adoption_core_parse(struct adoption_core *c, const char *file, const char *buf,
			 size_t len, struct diag *d)
{
	memset(c, 0, sizeof *c);
	c->file = xstrdup(file);
	struct yx_doc doc;
	size_t before = d->errors;
	bool ok = yx_load_buffer(&doc, file, buf, len, d);
	if (ok && !doc.root) {
		diag_at(d, DIAG_ERROR, EXIT_DATAERR, file, 1, 1,
			_("the file is empty: expected core-actions: a list of objects and their actions"));
		ok = false;
	}
	static const char *const top[] = {"core-actions", NULL};
	ok = ok && yx_want_map(&doc, doc.root, _("the file"), d) &&
	     yx_check_keys(&doc, doc.root, top, top, _("the file"), d);
	const struct yx_node *list = ok ? yx_get(doc.root, "core-actions") : NULL;
	ok = ok && yx_want_seq(&doc, list, "core-actions", d);
	if (ok && !list->n) {
		yx_error(&doc, list, d, _("%s: an empty list (name at least one)"), "core-actions");
		ok = false;
	}
	if (ok) {
		c->rules = xcalloc(list->n, sizeof *c->rules);
		for (size_t i = 0; i < list->n; i++)
			parse_rule(&doc, list->items[i], &c->rules[c->n++], d);
	}
	yx_release(&doc);
	return ok && d->errors == before;
}

bool adoption_core_load(struct store *st, struct adoption_core *c, struct diag *d)
{
	char *file = NULL, *yaml = NULL;
	int found = store_adoption_core_get(st, &file, &yaml, d);
	if (found < 0)
		return false;
	bool ok;
	if (found) {
		ok = adoption_core_parse(c, file, yaml, strlen(yaml), d);
	} else {
		const struct embedded_file *f = content_find(SHIPPED);
		ok = f && adoption_core_parse(c, f->name, f->data, f->len, d);
		c->shipped = true;
	}
	free(file);
	free(yaml);
	return ok;
}

static bool any_eq(char *const *names, size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(names[i], "*") || csvx_header_eq(names[i], s))
			return true;
	return false;
}

bool adoption_core_matches(const struct adoption_core *c, const char *object,
			   const char *action)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct adoption_core_rule *r = &c->rules[i];
		if (any_eq(r->objects, r->nobjects, object) &&
		    (!r->actions || any_eq(r->actions, r->nactions, action)))
			return true;
	}
	return false;
}

void adoption_core_release(struct adoption_core *c)
{
	for (size_t i = 0; i < c->n; i++) {
		for (size_t k = 0; k < c->rules[i].nobjects; k++)
			free(c->rules[i].objects[k]);
		for (size_t k = 0; k < c->rules[i].nactions; k++)
			free(c->rules[i].actions[k]);
		free(c->rules[i].objects);
		free(c->rules[i].actions);
	}
	free(c->rules);
	free(c->file);
	memset(c, 0, sizeof *c);
}

struct kinds_view {
	const struct adoption_core *core;
	struct adoption_core_view *v;
	size_t cap;
};

static bool view_kind(int64_t id, const char *object, const char *action, void *arg)
{
	struct kinds_view *k = arg;
	struct adoption_core_view *v = k->v;
	XGROW(v->kinds, k->cap, v->nkinds + 1);
	v->kinds[v->nkinds++] = (struct adoption_kind_view){
		id, xstrdup(object), xstrdup(action), adoption_core_matches(k->core, object, action) };
	return true;
}

static bool view_load(struct store *st, struct adoption_core_view *v, struct diag *d)
{
	struct kinds_view k = { &v->core, v, 0 };
	return store_adoption_kinds_each(st, view_kind, &k, d);
}

bool adoption_core_show(struct store *st, struct adoption_core_view *v, struct diag *d)
{
	memset(v, 0, sizeof *v);
	return adoption_core_load(st, &v->core, d) && view_load(st, v, d);
}

bool adoption_core_set(struct store *st, const char *path, struct adoption_core_view *v,
		       struct diag *d)
{
	memset(v, 0, sizeof *v);
	struct yx_doc raw = {0};
	bool ok = true;
	if (path) {
		/* yx_load_file reads (66 when missing) and checks the limits; the
		 * text is kept as written. */
		ok = yx_load_file(&raw, path, d) &&
		     adoption_core_parse(&v->core, path, raw.source, raw.source_len, d);
	} else {
		const struct embedded_file *f = content_find(SHIPPED);
		ok = f && adoption_core_parse(&v->core, f->name, f->data, f->len, d);
		v->core.shipped = true;
	}
	ok = ok && store_begin(st, d);
	if (!ok) {
		yx_release(&raw);
		return false;
	}
	ok = store_adoption_core_put(st, path, path ? raw.source : NULL, d) &&
	     adoption_weeks_recompute_all(st, &v->weeks, d) && view_load(st, v, d);
	yx_release(&raw);
	if (ok)
		return store_commit(st, d);
	store_rollback(st);
	return false;
}

void adoption_core_view_release(struct adoption_core_view *v)
{
	for (size_t i = 0; i < v->nkinds; i++) {
		free(v->kinds[i].object);
		free(v->kinds[i].action);
	}
	free(v->kinds);
	adoption_core_release(&v->core);
	memset(v, 0, sizeof *v);
}
