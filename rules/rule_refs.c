/* rule_refs: the questionnaires and initiative ids a rules file may name,
 * resolved once per command from the workspace and the shipped content. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "../registry/registry.h"
#include "../store/store.h"
#include "rule_internal.h"

struct loaded_q {
	char *id;
	struct questionnaire *q;   /* NULL: unknown or broken */
};

struct rule_refs {
	struct store *st;
	struct loaded_q *qs;
	size_t nqs, qs_cap;
	bool initiatives_read;
	char **initiatives;
	size_t ninitiatives, init_cap;
};

struct rule_refs *rule_refs_new(struct store *st)
{
	struct rule_refs *r = xcalloc(1, sizeof *r);
	r->st = st;
	return r;
}

void rule_refs_free(struct rule_refs *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->nqs; i++) {
		free(r->qs[i].id);
		q_free(r->qs[i].q);
	}
	free(r->qs);
	for (size_t i = 0; i < r->ninitiatives; i++)
		free(r->initiatives[i]);
	free(r->initiatives);
	free(r);
}

const struct questionnaire *rule_refs_questionnaire(struct rule_refs *r, const char *id,
						    struct diag *d)
{
	for (size_t i = 0; i < r->nqs; i++)
		if (!strcmp(r->qs[i].id, id))
			return r->qs[i].q;
	/* An id only: never a path, so a rules file cannot make us read files. */
	struct questionnaire *q = NULL;
	if (text_is_id(id)) {
		struct diag local;
		diag_init(&local);
		q = q_lookup(r->st, id, &local);
		/* "unknown questionnaire" is the caller's to say, at its position;
		 * a broken one is worth passing on. */
		if (!q && local.worst != EXIT_USAGE)
			diag_merge(d, &local);
		diag_release(&local);
	}
	XGROW(r->qs, r->qs_cap, r->nqs + 1);
	r->qs[r->nqs].id = xstrdup(id);
	r->qs[r->nqs].q = q;
	r->nqs++;
	return q;
}

static void add_initiative(struct rule_refs *r, const char *id)
{
	for (size_t i = 0; i < r->ninitiatives; i++)
		if (!strcmp(r->initiatives[i], id))
			return;
	XGROW(r->initiatives, r->init_cap, r->ninitiatives + 1);
	r->initiatives[r->ninitiatives++] = xstrdup(id);
}

/* The ids under `initiatives:` of a catalogue, read leniently: a broken
 * catalogue is reported by its own validator, not here. */
static void read_catalogue(struct rule_refs *r, const char *name, const char *buf, size_t len)
{
	struct diag d;
	diag_init(&d);
	struct yx_doc doc;
	if (yx_load_buffer(&doc, name, buf, len, &d) && doc.root && doc.root->kind == YX_MAP) {
		const struct yx_node *list = yx_get(doc.root, "initiatives");
		for (size_t i = 0; list && list->kind == YX_SEQ && i < list->n; i++) {
			const struct yx_node *it = list->items[i];
			const struct yx_node *id = it->kind == YX_MAP ? yx_get(it, "id") : NULL;
			if (id && id->kind == YX_SCALAR && text_is_id(id->str))
				add_initiative(r, id->str);
		}
	}
	yx_release(&doc);
	diag_release(&d);
}

const char *const *rule_refs_initiatives(struct rule_refs *r, size_t *n, struct diag *d)
{
	if (!r->initiatives_read) {
		r->initiatives_read = true;
		struct registry_entry *all;
		size_t nall;
		if (registry_list(r->st, REGISTRY_CATALOGUE, &all, &nall, d)) {
			for (size_t i = 0; i < nall; i++)
				read_catalogue(r, all[i].doc.name, all[i].doc.text, all[i].doc.len);
			registry_list_free(all, nall);
		}
	}
	*n = r->ninitiatives;
	return (const char *const *)r->initiatives;
}
