/* rule_lookup: where rules sets come from — a file, the workspace (kind
 * "rules" in the documents table) or the content shipped in the binary —
 * and registering new ones. */
#include <stdlib.h>
#include <string.h>

#include "../core/embedded.h"
#include "../core/xalloc.h"
#include "../store/store.h"
#include "rule_internal.h"

static const char KIND[] = "rules";
static const char PREFIX[] = "rules/";

static bool is_path(const char *ref)
{
	size_t n = strlen(ref);
	return strchr(ref, '/') || (n > 5 && !strcmp(ref + n - 5, ".yaml")) ||
	       (n > 4 && !strcmp(ref + n - 4, ".yml"));
}

static const struct embedded_file *shipped(const char *id)
{
	char *name = xasprintf("%s%s.yaml", PREFIX, id);
	const struct embedded_file *f = content_find(name);
	free(name);
	return f;
}

struct rule_set *rule_lookup(struct store *st, struct rule_refs *refs, const char *ref,
			     struct diag *d)
{
	if (is_path(ref))
		return rule_load_file(ref, refs, d);
	struct store_document doc;
	int found = st ? store_document_get(st, KIND, ref, &doc, d) : 0;
	if (found < 0)
		return NULL;
	if (found) {
		char *name = xasprintf("%s (workspace copy of %s)", ref, doc.origin);
		struct rule_set *s = rule_load_buffer(name, doc.source, strlen(doc.source), refs, d);
		free(name);
		store_document_release(&doc);
		return s;
	}
	const struct embedded_file *f = shipped(ref);
	if (f) {
		char *name = xasprintf("<shipped>/%s%s.yaml", PREFIX, ref);
		struct rule_set *s = rule_load_buffer(name, f->data, f->len, refs, d);
		free(name);
		return s;
	}
	struct rule_listing *all;
	size_t n;
	if (!rule_list_all(st, &all, &n, d))
		return NULL;
	const char **ids = xmalloc((n + 1) * sizeof *ids);
	for (size_t i = 0; i < n; i++)
		ids[i] = all[i].id;
	const char *close = text_closest(ref, ids, n);
	if (close)
		diag_fail(d, EXIT_USAGE, "unknown rules set '%s' (did you mean '%s'?)", ref, close);
	else
		diag_fail(d, EXIT_USAGE, "unknown rules set '%s'; 'crmready rules list' shows those "
			  "available", ref);
	free(ids);
	rule_listing_free(all, n);
	return NULL;
}

static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct rule_listing *)a)->id, ((const struct rule_listing *)b)->id);
}

/* The version a shipped file declares, read without a full load. */
static long shipped_version(const struct embedded_file *f)
{
	struct diag d;
	diag_init(&d);
	struct yx_doc doc;
	long v = RULE_DEFAULT_VERSION;
	if (yx_load_buffer(&doc, f->name, f->data, f->len, &d)) {
		struct yx_node *n = yx_get(doc.root, "version");
		if (n && n->kind == YX_SCALAR)
			v = atol(n->str);
	}
	yx_release(&doc);
	diag_release(&d);
	return v;
}

bool rule_list_all(struct store *st, struct rule_listing **out, size_t *n, struct diag *d)
{
	struct store_document *docs = NULL;
	size_t ndocs = 0, cap = 0;
	*out = NULL;
	*n = 0;
	if (st && !store_document_list(st, KIND, &docs, &ndocs, d))
		return false;
	for (size_t i = 0; i < ndocs; i++) {
		XGROW(*out, cap, *n + 1);
		(*out)[(*n)++] = (struct rule_listing){ xstrdup(docs[i].id), docs[i].version,
						       xstrdup(docs[i].origin), true };
	}
	size_t plen = strlen(PREFIX);
	for (const struct embedded_file *f = content_files; f->name; f++) {
		size_t len = strlen(f->name);
		if (strncmp(f->name, PREFIX, plen) || len < plen + 6 ||
		    strcmp(f->name + len - 5, ".yaml"))
			continue;
		char *id = xstrndup(f->name + plen, len - plen - 5);
		bool overridden = false;
		for (size_t i = 0; i < ndocs; i++)
			overridden |= !strcmp(docs[i].id, id);
		if (overridden) {
			free(id);
			continue;
		}
		XGROW(*out, cap, *n + 1);
		(*out)[(*n)++] = (struct rule_listing){ id, shipped_version(f), xstrdup("shipped"),
						       false };
	}
	for (size_t i = 0; i < ndocs; i++)
		store_document_release(&docs[i]);
	free(docs);
	qsort(*out, *n, sizeof **out, by_id);
	return true;
}

void rule_listing_free(struct rule_listing *l, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(l[i].id);
		free(l[i].origin);
	}
	free(l);
}

bool rule_register(struct store *st, const struct rule_set *s, const char *src,
		   const char *origin, const char *now, struct diag *d)
{
	struct store_document old;
	int found = store_document_get(st, KIND, s->id, &old, d);
	if (found < 0)
		return false;
	long current = 0;
	const char *where = NULL;
	if (found) {
		current = old.version;
		where = "the workspace";
		bool same = !strcmp(old.source, src);
		store_document_release(&old);
		if (same && current == s->version)
			return true; /* already there, unchanged */
	} else {
		const struct embedded_file *f = shipped(s->id);
		if (f) {
			current = shipped_version(f);
			where = "the shipped content";
		}
	}
	if (where && s->version <= current) {
		diag_fail(d, EXIT_DATAERR,
			  "%s: rules set '%s' version %ld is already in %s with version %ld; "
			  "raise 'version' to upgrade it", origin, s->id, s->version, where, current);
		return false;
	}
	struct store_document doc = { .kind = (char *)KIND, .id = (char *)s->id,
				      .version = s->version, .source = (char *)src,
				      .origin = (char *)origin, .added_at = (char *)now };
	return store_document_put(st, &doc, d);
}
