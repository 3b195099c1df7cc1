/* Data quality: public e-mail domains (free mail, internet providers),
 * which a fuzzy rule's domain block must not treat as a company. The
 * shipped list (content/dq/public-domains.yaml) and a table of the
 * domains met in a scan, to name those treated as public. */
#include <stdlib.h>
#include <string.h>

#include "../core/embedded.h"
#include "../core/yamlx.h"
#include "dq_internal.h"

char **dq_public_list(size_t *n)
{
	*n = 0;
	const struct embedded_file *f = content_find("dq/public-domains.yaml");
	if (!f)
		return xcalloc(1, sizeof(char *));
	struct yx_doc doc;
	struct diag d;
	diag_init(&d);
	char **out = NULL;
	/* The shipped file is checked by the tests: a failure here would be a
	 * build mistake, and only means no listed domains. */
	if (yx_load_buffer(&doc, f->name, f->data, f->len, &d) && doc.root) {
		const struct yx_node *v = yx_get(doc.root, "domains");
		if (v && v->kind == YX_SEQ) {
			out = xcalloc(v->n + 1, sizeof *out);
			for (size_t i = 0; i < v->n; i++)
				if (v->items[i]->kind == YX_SCALAR && v->items[i]->str)
					out[(*n)++] = xstrdup(v->items[i]->str);
		}
	}
	yx_release(&doc);
	diag_release(&d);
	return out ? out : xcalloc(1, sizeof(char *));
}

void dq_domtab_init(struct dq_domtab *t)
{
	memset(t, 0, sizeof *t);
	sbuf_init(&t->text);
}

void dq_domtab_release(struct dq_domtab *t)
{
	free(t->slots);
	sbuf_release(&t->text);
	memset(t, 0, sizeof *t);
}

static struct dq_domain_slot *slot_of(const struct dq_domtab *t, uint64_t h)
{
	size_t j = h & (t->cap - 1);
	while (t->slots[j].h && t->slots[j].h != h)
		j = (j + 1) & (t->cap - 1);
	return &t->slots[j];
}

void dq_domtab_count(struct dq_domtab *t, uint64_t h, const char *s, size_t n, bool listed)
{
	if ((t->n + 1) * 4 >= t->cap * 3) {
		struct dq_domtab old = *t;
		t->cap = old.cap ? old.cap * 2 : 1024;
		t->slots = xcalloc(t->cap, sizeof *t->slots);
		for (size_t i = 0; i < old.cap; i++)
			if (old.slots[i].h)
				*slot_of(t, old.slots[i].h) = old.slots[i];
		free(old.slots);
	}
	struct dq_domain_slot *e = slot_of(t, h);
	if (!e->h) {
		e->h = h;
		e->off = (uint32_t)t->text.len;
		e->len = n > UINT16_MAX ? UINT16_MAX : (uint16_t)n;
		sbuf_add(&t->text, s, e->len);
		e->listed = listed;
		t->n++;
	}
	if (e->contacts < UINT32_MAX)
		e->contacts++;
}

const struct dq_domain_slot *dq_domtab_find(const struct dq_domtab *t, uint64_t h)
{
	if (!t->cap)
		return NULL;
	const struct dq_domain_slot *e = slot_of(t, h);
	return e->h ? e : NULL;
}
