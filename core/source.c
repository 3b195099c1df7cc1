/* source: where a piece of content comes from (see source.h). */
#include <string.h>

#include "source.h"
#include "xalloc.h"

static const char *const KEYS[SOURCE_NDOCS] = {
	"", "KSF", "READY", "PRACTICE", "IBM", "MENDOZA", "practice",
};

static const char *const TITLES[SOURCE_NDOCS] = {
	"",
	N_("Key success factors for a CRM strategy"),
	N_("CRM readiness"),
	N_("Practical advice for implementing CRM"),
	N_("IBM's CRM transformation (Kumar and Reinartz)"),
	N_("Mendoza et al. (2007), critical success factors for CRM"),
	N_("general practice, not from a published source"),
};

const char *source_doc_key(enum source_doc doc)
{
	return doc < SOURCE_NDOCS ? KEYS[doc] : "";
}

const char *source_doc_title(enum source_doc doc)
{
	return doc > SOURCE_TEXT && doc < SOURCE_NDOCS ? _(TITLES[doc]) : "";
}

bool source_doc_find(const char *key, enum source_doc *out)
{
	for (int i = SOURCE_TEXT + 1; i < SOURCE_NDOCS; i++)
		if (!strcmp(key, KEYS[i])) {
			*out = (enum source_doc)i;
			return true;
		}
	return false;
}

/* One {doc:, point:} mapping. */
static bool one_ref(const struct yx_doc *doc, const struct yx_node *n, struct source_ref *out,
		    const char *what, struct diag *d)
{
	static const char *const keys[] = { "doc", "point", NULL };
	static const char *const req[] = { "doc", NULL };
	if (!yx_check_keys(doc, n, keys, req, what, d))
		return false;
	const struct yx_node *k = yx_get(n, "doc");
	if (!yx_want_scalar(doc, k, what, d))
		return false;
	if (!source_doc_find(k->str, &out->doc)) {
		yx_unknown(doc, k, _("source document"), KEYS + 1, SOURCE_NDOCS - 1, d);
		return false;
	}
	const struct yx_node *p = yx_get(n, "point");
	if (p)
		return yx_text(doc, p, &out->point, what, d);
	if (out->doc != SOURCE_EXPERIENCE) {
		yx_error(doc, n, d, _("%s: a source in a document names the point it comes from "
				      "(point: ...)"), what);
		return false;
	}
	return true;
}

/* "practice", alone or in a list: general experience, no document. */
static bool is_experience(const struct yx_node *n)
{
	return n && n->kind == YX_SCALAR && !strcmp(n->str, KEYS[SOURCE_EXPERIENCE]);
}

/* One entry of a list: {doc:, point:} or "practice". */
static bool list_item(const struct yx_doc *doc, const struct yx_node *n, struct source_ref *out,
		      const char *what, struct diag *d)
{
	if (is_experience(n)) {
		out->doc = SOURCE_EXPERIENCE;
		return true;
	}
	return yx_want_map(doc, n, what, d) && one_ref(doc, n, out, what, d);
}

bool yx_sources(const struct yx_doc *doc, struct arena *arena, const struct yx_node *n,
		struct sources *out, const char *what, struct diag *d)
{
	memset(out, 0, sizeof *out);
	if (n && n->kind == YX_SEQ) {
		if (n->n == 0) {
			yx_error(doc, n, d, _("%s: an empty list; name at least one source"), what);
			return false;
		}
		out->v = arena_alloc(arena, n->n * sizeof *out->v);
		out->n = n->n;
		bool ok = true;
		for (size_t i = 0; i < n->n; i++)
			if (!list_item(doc, n->items[i], &out->v[i], what, d))
				ok = false;
		return ok;
	}
	out->v = arena_alloc(arena, sizeof *out->v);
	out->n = 1;
	if (is_experience(n)) {
		out->v[0].doc = SOURCE_EXPERIENCE;
		return true;
	}
	/* a mapping that names a document or a point is a source, not a text */
	if (n && n->kind == YX_MAP && (yx_get(n, "doc") || yx_get(n, "point")))
		return one_ref(doc, n, &out->v[0], what, d);
	/* an older free text */
	out->v[0].doc = SOURCE_TEXT;
	return yx_text(doc, n, &out->v[0].point, what, d);
}

char *sources_text(const struct sources *s, lang_id lang)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < s->n; i++) {
		const struct source_ref *r = &s->v[i];
		if (i)
			sbuf_adds(&b, trc("between two sources", "; "));
		const char *point = r->point.v[LANG_EN] ? text_get(&r->point, lang) : "";
		sbuf_adds(&b, source_doc_title(r->doc));
		if (r->doc != SOURCE_TEXT && *point)
			sbuf_adds(&b, trc("between a document and the point in it", ": "));
		sbuf_adds(&b, point);
	}
	return sbuf_detach(&b);
}
