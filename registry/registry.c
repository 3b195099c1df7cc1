#include "registry.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../core/embedded.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "../core/yamlx.h"
#include "../store/store.h"

static const struct {
	const char *kind;     /* documents.kind in the workspace */
	const char *folder;   /* content/<folder>/<id>.yaml */
	const char *noun;
	const char *list_cmd;
} KINDS[] = {
	[REGISTRY_QUESTIONNAIRE] = { "questionnaire", "questionnaires/", NC_("document", "questionnaire"),
				     "crmready questionnaire list" },
	[REGISTRY_RULES] = { "rules", "rules/", NC_("document", "rules set"), "crmready rules list" },
	[REGISTRY_CATALOGUE] = { "catalogue", "plans/", NC_("document", "catalogue"),
				 "crmready catalogue list" },
	[REGISTRY_CHECKS] = { "checks", "checks/", NC_("document", "checks"), "crmready dq checks list" },
};

const char *registry_noun(enum registry_kind kind)
{
	return KINDS[kind].noun;
}

/* The noun in the language in use (the catalogue has it under the context
 * "document", as the commands say it). */
static const char *noun(enum registry_kind kind)
{
	return trc("document", KINDS[kind].noun);
}

bool registry_is_path(const char *ref)
{
	size_t n = strlen(ref);
	return strchr(ref, '/') || (n > 5 && !strcmp(ref + n - 5, ".yaml")) ||
	       (n > 4 && !strcmp(ref + n - 4, ".yml"));
}

void registry_text_release(struct registry_text *t)
{
	free(t->name);
	free(t->text);
	memset(t, 0, sizeof *t);
}

static const struct embedded_file *shipped(enum registry_kind kind, const char *id)
{
	char *name = xasprintf("%s%s.yaml", KINDS[kind].folder, id);
	const struct embedded_file *f = content_find(name);
	free(name);
	return f;
}

/* The version a document declares, read without validating the rest. */
static long declared_version(const char *name, const char *text, size_t len)
{
	struct diag d;
	diag_init(&d);
	struct yx_doc doc;
	long v = 0;
	if (yx_load_buffer(&doc, name, text, len, &d)) {
		struct yx_node *n = yx_get(doc.root, "version");
		if (n && n->kind == YX_SCALAR)
			v = atol(n->str);
	}
	yx_release(&doc);
	diag_release(&d);
	return v;
}

static bool read_file(const char *path, struct registry_text *out, struct diag *d)
{
	FILE *f = fopen(path, "rb");
	struct stat sb;
	if (!f || fstat(fileno(f), &sb) != 0 || S_ISDIR(sb.st_mode)) {
		diag_fail(d, EXIT_NOINPUT, _("%s: cannot read: %s"), path,
			  f ? _("it is a directory") : i18n_strerror(errno));
		if (f)
			fclose(f);
		return false;
	}
	struct sbuf b;
	sbuf_init(&b);
	char chunk[65536];
	size_t got;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		sbuf_add(&b, chunk, got);
		if (b.len > YX_MAX_FILE)
			break; /* the YAML loader says how large is too large */
	}
	bool failed = ferror(f);
	fclose(f);
	if (failed) {
		diag_fail(d, EXIT_NOINPUT, _("%s: cannot read: %s"), path, i18n_strerror(errno));
		sbuf_release(&b);
		return false;
	}
	out->len = b.len;
	out->text = sbuf_detach(&b);
	out->name = xstrdup(path);
	out->origin = REGISTRY_FILE;
	return true;
}

static void unknown(struct store *st, enum registry_kind kind, const char *ref, struct diag *d)
{
	struct registry_entry *all = NULL;
	size_t n = 0;
	struct diag ignored;
	diag_init(&ignored);
	registry_list(st, kind, &all, &n, &ignored);
	diag_release(&ignored);
	const char **ids = xmalloc((n + 1) * sizeof *ids);
	for (size_t i = 0; i < n; i++)
		ids[i] = all[i].id;
	const char *close = text_closest(ref, ids, n);
	char *shown = text_sanitize(ref);
	if (close)
		diag_fail(d, EXIT_USAGE, _("unknown %s '%s' (did you mean '%s'?)"), noun(kind),
			  shown, close);
	else
		diag_fail(d, EXIT_USAGE, _("unknown %s '%s'; '%s' shows those available"),
			  noun(kind), shown, KINDS[kind].list_cmd);
	free(shown);
	free(ids);
	registry_list_free(all, n);
}

bool registry_find(struct store *st, enum registry_kind kind, const char *ref,
		   struct registry_text *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	if (registry_is_path(ref))
		return read_file(ref, out, d);
	if (st) {
		struct store_document doc;
		int found = store_document_get(st, KINDS[kind].kind, ref, &doc, d);
		if (found < 0)
			return false;
		if (found) {
			out->name = tfmt(_("%s (workspace copy of %s)"), ref, doc.origin);
			out->len = strlen(doc.source);
			out->text = doc.source;
			out->origin = REGISTRY_WORKSPACE;
			doc.source = NULL;
			store_document_release(&doc);
			return true;
		}
	}
	const struct embedded_file *f = text_is_id(ref) ? shipped(kind, ref) : NULL;
	if (f) {
		out->name = xasprintf("<shipped>/%s", f->name);
		out->text = xstrndup(f->data, f->len);
		out->len = f->len;
		out->origin = REGISTRY_SHIPPED;
		return true;
	}
	unknown(st, kind, ref, d);
	return false;
}

static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct registry_entry *)a)->id, ((const struct registry_entry *)b)->id);
}

bool registry_list(struct store *st, enum registry_kind kind, struct registry_entry **out,
		   size_t *n, struct diag *d)
{
	struct store_document *docs = NULL;
	size_t ndocs = 0, cap = 0;
	*out = NULL;
	*n = 0;
	if (st && !store_document_list(st, KINDS[kind].kind, &docs, &ndocs, d))
		return false;
	for (size_t i = 0; i < ndocs; i++) {
		XGROW(*out, cap, *n + 1);
		struct registry_entry *e = &(*out)[(*n)++];
		*e = (struct registry_entry){ .id = docs[i].id, .version = docs[i].version,
					      .origin = docs[i].origin, .in_workspace = true };
		e->doc.name = tfmt(_("%s (workspace copy of %s)"), docs[i].id, docs[i].origin);
		e->doc.len = strlen(docs[i].source);
		e->doc.text = docs[i].source;
		e->doc.origin = REGISTRY_WORKSPACE;
		docs[i].id = docs[i].origin = docs[i].source = NULL;
		store_document_release(&docs[i]);
	}
	free(docs);
	size_t flen = strlen(KINDS[kind].folder);
	for (const struct embedded_file *f = content_files; f->name; f++) {
		size_t len = strlen(f->name);
		if (strncmp(f->name, KINDS[kind].folder, flen) || len < flen + 6 ||
		    strcmp(f->name + len - 5, ".yaml"))
			continue;
		char *id = xstrndup(f->name + flen, len - flen - 5);
		bool overridden = false;
		for (size_t i = 0; i < *n && !overridden; i++)
			overridden = (*out)[i].in_workspace && !strcmp((*out)[i].id, id);
		if (overridden) {
			free(id);
			continue;
		}
		XGROW(*out, cap, *n + 1);
		struct registry_entry *e = &(*out)[(*n)++];
		*e = (struct registry_entry){ .id = id, .origin = xstrdup("shipped") };
		e->doc.name = xasprintf("<shipped>/%s", f->name);
		e->doc.text = xstrndup(f->data, f->len);
		e->doc.len = f->len;
		e->doc.origin = REGISTRY_SHIPPED;
		e->version = declared_version(e->doc.name, f->data, f->len);
	}
	if (*n)
		qsort(*out, *n, sizeof **out, by_id);
	return true;
}

void registry_list_free(struct registry_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(e[i].id);
		free(e[i].origin);
		registry_text_release(&e[i].doc);
	}
	free(e);
}

bool registry_add(struct store *st, enum registry_kind kind, const char *id, long version,
		  const char *text, const char *origin, bool *unchanged, struct diag *d)
{
	*unchanged = false;
	struct store_document old;
	int found = store_document_get(st, KINDS[kind].kind, id, &old, d);
	if (found < 0)
		return false;
	long current = 0;
	const char *where = NULL;
	if (found) {
		current = old.version;
		where = _("the workspace");
		*unchanged = !strcmp(old.source, text);
		store_document_release(&old);
		if (*unchanged)
			return true;
	} else {
		const struct embedded_file *f = shipped(kind, id);
		if (f && f->len == strlen(text) && !memcmp(f->data, text, f->len)) {
			*unchanged = true; /* the shipped document itself */
			return true;
		}
		if (f) {
			current = declared_version(f->name, f->data, f->len);
			where = _("the shipped content");
		}
	}
	if (where && version <= current) {
		diag_fail(d, EXIT_DATAERR,
			  _("%s: %s '%s' version %ld is already in %s with version %ld; raise "
			  "'version' above %ld to upgrade it"), origin, noun(kind), id, version,
			  where, current, current);
		return false;
	}
	char now[21];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(now, sizeof now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	struct store_document doc = { .kind = (char *)KINDS[kind].kind, .id = (char *)id,
				      .version = version, .source = (char *)text,
				      .origin = (char *)origin, .added_at = now };
	return store_document_put(st, &doc, d);
}
