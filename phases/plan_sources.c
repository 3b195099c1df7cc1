/* Where an initiative comes from, as the workspace keeps it: its sources
 * as JSON in every language, told later in the reader's. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "plan.h"

static json_t *text_json(const struct text *t)
{
	json_t *o = json_object();
	for (size_t l = 0; l < lang_count(); l++)
		if (t->v[l])
			json_object_set_new(o, lang_code((lang_id)l), json_string(t->v[l]));
	return o;
}

json_t *plan_sources_to_json(const struct sources *s)
{
	json_t *a = json_array();
	for (size_t i = 0; i < s->n; i++) {
		const struct source_ref *r = &s->v[i];
		json_t *o = json_object();
		if (r->doc != SOURCE_TEXT)
			json_object_set_new(o, "doc", json_string(source_doc_key(r->doc)));
		if (r->point.v[LANG_EN])
			json_object_set_new(o, "point", text_json(&r->point));
		json_array_append_new(a, o);
	}
	return a;
}

char *plan_sources_json(const struct sources *s)
{
	if (!s->n)
		return xstrdup("");
	json_t *a = plan_sources_to_json(s);
	char *out = json_dumps(a, JSON_COMPACT);
	json_decref(a);
	return out ? out : xstrdup("");
}

/* The stored sources back into a struct sources pointing into root. */
static void read_back(const json_t *root, struct sources *out)
{
	out->n = json_array_size(root);
	out->v = xcalloc(out->n ? out->n : 1, sizeof *out->v);
	for (size_t i = 0; i < out->n; i++) {
		const json_t *o = json_array_get(root, i);
		struct source_ref *r = &out->v[i];
		const char *doc = json_string_value(json_object_get(o, "doc"));
		if (!doc || !source_doc_find(doc, &r->doc))
			r->doc = SOURCE_TEXT;
		const json_t *point = json_object_get(o, "point");
		for (size_t l = 0; point && l < lang_count(); l++)
			r->point.v[l] = json_string_value(json_object_get(point, lang_code((lang_id)l)));
	}
}

char *plan_sources_told(const char *stored, lang_id lang)
{
	json_t *root = stored && *stored ? json_loads(stored, 0, NULL) : NULL;
	if (!json_is_array(root)) {
		json_decref(root);
		return xstrdup("");
	}
	struct sources s;
	read_back(root, &s);
	char *told = sources_text(&s, lang);
	free(s.v);
	json_decref(root);
	return told;
}
