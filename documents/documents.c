/* documents: the table of the four kinds of document and what is done with
 * any of them — load, find, list, register. */
#include "documents.h"

#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../dq/dq.h"
#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "../rules/rules.h"

/* A rules set's references (questionnaires, initiatives) are resolved from
 * the workspace: built once for a listing, not once per set. */
struct loader {
	struct store *st;
	struct rule_refs *refs;
};

static void fill_questionnaire(struct document *doc, struct questionnaire *q)
{
	doc->questionnaire = q;
	doc->id = q->id;
	doc->version = q->version;
	doc->title = &q->title;
	doc->source = q->doc.source;
	doc->counts[0] = q->nquestions;
	doc->counts[1] = q->ndimensions;
	doc->counts[2] = q->ncapabilities;
}

static void fill_rules(struct document *doc, struct rule_set *s)
{
	doc->rules = s;
	doc->id = s->id;
	doc->version = s->version;
	doc->title = &s->title;
	doc->source = s->doc.source;
	doc->counts[0] = s->nrules;
}

static void fill_catalogue(struct document *doc, struct catalogue *c)
{
	doc->catalogue = c;
	doc->id = c->id;
	doc->version = c->version;
	doc->title = &c->title;
	doc->source = c->doc.source;
	doc->counts[0] = c->ninitiatives;
	doc->counts[1] = c->nphases;
}

/* Checks keep their text beside them: the document owns it. */
struct checks_document {
	struct document doc;
	struct dq_checks checks;
	struct registry_text text;
};

static struct document *checks_from_text(struct registry_text *t, struct diag *d)
{
	struct checks_document *cd = xcalloc(1, sizeof *cd);
	if (!dq_checks_load(&cd->checks, t->name, t->text, t->len, d)) {
		registry_text_release(t);
		free(cd);
		return NULL;
	}
	cd->text = *t;
	struct document *doc = &cd->doc;
	doc->kind = REGISTRY_CHECKS;
	doc->checks = &cd->checks;
	doc->id = cd->checks.id;
	doc->version = cd->checks.version;
	doc->title = &cd->checks.title;
	doc->source = cd->text.text;
	doc->counts[0] = cd->checks.nfields;
	doc->counts[1] = cd->checks.nrules;
	doc->origin = t->origin;
	return doc;
}

static struct document *wrap(enum registry_kind kind, void *parsed)
{
	if (!parsed)
		return NULL;
	struct document *doc = xcalloc(1, sizeof *doc);
	doc->kind = kind;
	if (kind == REGISTRY_QUESTIONNAIRE)
		fill_questionnaire(doc, parsed);
	else if (kind == REGISTRY_RULES)
		fill_rules(doc, parsed);
	else
		fill_catalogue(doc, parsed);
	return doc;
}

static const char *const COUNT_NAMES[][DOCUMENT_MAX_COUNTS] = {
	[REGISTRY_QUESTIONNAIRE] = { "questions", "dimensions", "capabilities" },
	[REGISTRY_RULES] = { "rules" },
	[REGISTRY_CATALOGUE] = { "initiatives", "phases" },
	[REGISTRY_CHECKS] = { "fields", "duplicate rules" },
};

const char *const *document_count_names(enum registry_kind kind, size_t *n)
{
	*n = 0;
	while (*n < DOCUMENT_MAX_COUNTS && COUNT_NAMES[kind][*n])
		(*n)++;
	return COUNT_NAMES[kind];
}

static struct rule_refs *loader_refs(struct loader *l)
{
	if (!l->refs)
		l->refs = rule_refs_new(l->st);
	return l->refs;
}

struct document *document_load_file(struct store *st, enum registry_kind kind, const char *path,
				    struct diag *d)
{
	struct loader l = { st, NULL };
	struct document *doc = NULL;
	struct registry_text t;
	switch (kind) {
	case REGISTRY_QUESTIONNAIRE:
		doc = wrap(kind, q_load_file(path, d));
		break;
	case REGISTRY_RULES:
		doc = wrap(kind, rule_load_file(path, loader_refs(&l), d));
		break;
	case REGISTRY_CATALOGUE:
		doc = wrap(kind, catalogue_load_file(path, d));
		break;
	case REGISTRY_CHECKS:
		/* Checks have no loader of their own for files: the registry
		 * reads them (a bare word is a shipped id). */
		doc = registry_find(NULL, kind, path, &t, d) ? checks_from_text(&t, d) : NULL;
		break;
	}
	if (l.refs)
		rule_refs_free(l.refs);
	return doc;
}

static struct document *lookup(struct loader *l, enum registry_kind kind, const char *ref,
			       struct diag *d)
{
	struct registry_text t;
	switch (kind) {
	case REGISTRY_QUESTIONNAIRE:
		return wrap(kind, q_lookup(l->st, ref, d));
	case REGISTRY_RULES:
		return wrap(kind, rule_lookup(l->st, loader_refs(l), ref, d));
	case REGISTRY_CATALOGUE:
		return wrap(kind, catalogue_lookup(l->st, ref, d));
	case REGISTRY_CHECKS:
		return registry_find(l->st, kind, ref, &t, d) ? checks_from_text(&t, d) : NULL;
	}
	return NULL;
}

struct document *document_lookup(struct store *st, enum registry_kind kind, const char *ref,
				 struct diag *d)
{
	struct loader l = { st, NULL };
	struct document *doc = lookup(&l, kind, ref, d);
	if (l.refs)
		rule_refs_free(l.refs);
	return doc;
}

bool document_list(struct store *st, enum registry_kind kind, struct document ***out, size_t *n,
		   struct diag *d)
{
	struct registry_entry *all = NULL;
	size_t nall = 0;
	*out = NULL;
	*n = 0;
	if (!registry_list(st, kind, &all, &nall, d))
		return false;
	struct loader l = { st, NULL };
	*out = xcalloc(nall + 1, sizeof **out);
	for (size_t i = 0; i < nall; i++) {
		struct document *doc = lookup(&l, kind, all[i].id, d);
		if (!doc)
			continue;
		doc->origin = all[i].doc.origin;
		doc->added_from = all[i].origin;
		all[i].origin = NULL;
		(*out)[(*n)++] = doc;
	}
	if (l.refs)
		rule_refs_free(l.refs);
	registry_list_free(all, nall);
	return true;
}

void document_list_free(struct document **docs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		document_free(docs[i]);
	free(docs);
}

bool document_register(struct store *st, const struct document *doc, const char *origin,
		       bool *unchanged, struct diag *d)
{
	return registry_add(st, doc->kind, doc->id, doc->version, doc->source, origin, unchanged, d);
}

void document_free(struct document *doc)
{
	if (!doc)
		return;
	free(doc->added_from);
	switch (doc->kind) {
	case REGISTRY_QUESTIONNAIRE:
		q_free(doc->questionnaire);
		break;
	case REGISTRY_RULES:
		rule_set_free(doc->rules);
		break;
	case REGISTRY_CATALOGUE:
		catalogue_free(doc->catalogue);
		break;
	case REGISTRY_CHECKS: {
		struct checks_document *cd = (struct checks_document *)doc;
		dq_checks_release(&cd->checks);
		registry_text_release(&cd->text);
		free(cd);
		return;
	}
	}
	free(doc);
}
