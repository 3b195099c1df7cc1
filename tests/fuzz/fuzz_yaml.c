/* libFuzzer target: core/yamlx (libyaml into nodes, limits) and every
 * generic validator run over every node of the tree. Any input must give a
 * tree or errors, never a crash, a leak or a hang. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../core/diag.h"
#include "../../core/yamlx.h"

static const char *const allowed[] = { "id", "version", "title", "questions", "when", NULL };
static const char *const required[] = { "id", NULL };
static const char *const cands[] = { "alpha", "beta", "gamma" };

static void walk(const struct yx_doc *doc, const struct yx_node *n, int depth, struct diag *d)
{
	if (!n || depth > 200)
		return;
	long l;
	double x;
	bool b;
	const char *s;
	struct text t;
	(void)yx_describe(n);
	(void)yx_is_null(n);
	switch (n->kind) {
	case YX_SCALAR:
		yx_int(doc, n, -1000000, 1000000, &l, "an int", d);
		yx_num(doc, n, -1e9, 1e9, &x, "a number", d);
		yx_bool(doc, n, &b, "a flag", d);
		yx_str(doc, n, &s, "a string", d);
		if (yx_id(doc, n, &s, "an id", d))
			yx_unknown(doc, n, "thing", cands, 3, d);
		yx_text(doc, n, &t, "a text", d);
		break;
	case YX_SEQ:
		yx_want_seq(doc, n, "a list", d);
		for (size_t i = 0; i < n->n; i++)
			walk(doc, n->items[i], depth + 1, d);
		break;
	case YX_MAP:
		yx_want_map(doc, n, "a map", d);
		if (!n->checked)
			yx_check_keys(doc, n, allowed, required, "thing", d);
		yx_text(doc, n, &t, "a text", d);
		(void)yx_get(n, "id");
		for (size_t i = 0; i < n->n; i++) {
			walk(doc, yx_key(n, i), depth + 1, d);
			walk(doc, yx_val(n, i), depth + 1, d);
		}
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d;
	diag_init(&d);
	struct yx_doc doc;
	if (yx_load_buffer(&doc, "f.yaml", (const char *)data, size, &d))
		walk(&doc, doc.root, 0, &d);
	yx_release(&doc);
	diag_release(&d);
	return 0;
}
