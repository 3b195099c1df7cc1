/* q_load: YAML -> struct questionnaire, with every check of the questionnaire format (docs/authoring-questionnaires.md).
 *
 * Validation never stops at the first error: each part is checked and
 * every problem is added to the diag, so a user fixes a file in one pass.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "questionnaire.h"
#include "q_internal.h"

static const char *const TOP_KEYS[] = { "id", "version", "title", "description", "scale",
	"levels", "dimensions", "questions", "capabilities", "measures", NULL };
static const char *const MEASURES[] = { "readiness", "capabilities", NULL };
static const char *const TOP_REQUIRED[] = { "id", "version", "title", "scale", "levels",
	"dimensions", "questions", NULL };
static const char *const SCALE_KEYS[] = { "min", "max", "labels", NULL };
static const char *const SCALE_REQUIRED[] = { "min", "max", NULL };
static const char *const LEVEL_KEYS[] = { "min", "label", NULL };
static const char *const DIM_KEYS[] = { "id", "title", "weight", "description", NULL };
static const char *const DIM_REQUIRED[] = { "id", "title", NULL };
static const char *const Q_KEYS[] = { "id", "dimension", "type", "text", "help", "weight",
	"reverse", "required", "na", "when", "options", "bands", "capability", "source", NULL };
static const char *const Q_REQUIRED[] = { "id", "dimension", "type", "text", NULL };
static const char *const OPT_KEYS[] = { "id", "text", "score", NULL };
static const char *const OPT_REQUIRED[] = { "id", "text", "score", NULL };
static const char *const BAND_KEYS[] = { "max", "score", NULL };
static const char *const BAND_REQUIRED[] = { "score", NULL };
static const char *const CAP_KEYS[] = { "id", "area", "title", "description", "importance",
	"target", "levels", NULL };
static const char *const CAP_REQUIRED[] = { "id", "title", "importance", "target", "levels", NULL };
/* Lists longer than this are refused: no survey has a thousand questions,
 * and the id checks stay cheap on hostile files. */
enum { Q_MAX_LIST = 1000 };

struct loader {
	struct questionnaire *q;
	const struct yx_doc *doc;
	struct diag *d;
	size_t errors_before;
};

static void *alloc_array(struct questionnaire *q, size_t n, size_t size)
{
	return arena_alloc(&q->doc.arena, (n ? n : 1) * size);
}

/* A list of what (a sequence node) within the limit. */
static bool want_list(struct loader *l, const struct yx_node *n, const char *what)
{
	if (!yx_want_seq(l->doc, n, what, l->d))
		return false;
	if (n->n > Q_MAX_LIST) {
		yx_error(l->doc, n, l->d, _("%s: %zu items, more than the limit of %d"), what, n->n,
			 Q_MAX_LIST);
		return false;
	}
	return true;
}

static void load_scale(struct loader *l, const struct yx_node *n)
{
	struct questionnaire *q = l->q;
	if (!yx_want_map(l->doc, n, "scale", l->d))
		return;
	yx_check_keys(l->doc, n, SCALE_KEYS, SCALE_REQUIRED, "scale", l->d);
	bool ok = true;
	struct yx_node *min = yx_get(n, "min"), *max = yx_get(n, "max");
	if (min && !yx_int(l->doc, min, -1000, 1000, &q->scale_min, _("scale min"), l->d))
		ok = false;
	if (max && !yx_int(l->doc, max, -1000, 1000, &q->scale_max, _("scale max"), l->d))
		ok = false;
	if (ok && min && max && q->scale_min >= q->scale_max)
		yx_error(l->doc, max, l->d, _("scale max (%ld) must be greater than min (%ld)"),
			 q->scale_max, q->scale_min);
	struct yx_node *labels = yx_get(n, "labels");
	if (!labels || !yx_want_map(l->doc, labels, _("scale labels"), l->d))
		return;
	q->scale_labels = alloc_array(q, labels->n, sizeof *q->scale_labels);
	for (size_t i = 0; i < labels->n; i++) {
		struct q_scale_label *sl = &q->scale_labels[q->nscale_labels];
		if (!yx_int(l->doc, yx_key(labels, i), q->scale_min, q->scale_max, &sl->value,
			    _("scale label"), l->d))
			continue;
		if (yx_text(l->doc, yx_val(labels, i), &sl->text, _("scale label"), l->d))
			q->nscale_labels++;
	}
}

static void load_levels(struct loader *l, const struct yx_node *n)
{
	struct questionnaire *q = l->q;
	if (!want_list(l, n, "levels"))
		return;
	if (n->n == 0) {
		yx_error(l->doc, n, l->d, _("levels: the list is empty, expected at least one band"));
		return;
	}
	q->levels = alloc_array(q, n->n, sizeof *q->levels);
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *it = n->items[i];
		if (!yx_want_map(l->doc, it, _("level"), l->d))
			continue;
		yx_check_keys(l->doc, it, LEVEL_KEYS, LEVEL_KEYS, _("level"), l->d);
		struct q_level lv = { 0 };
		struct yx_node *min = yx_get(it, "min"), *label = yx_get(it, "label");
		bool ok = min && yx_num(l->doc, min, 0, 100, &lv.min, _("level min"), l->d);
		ok = label && yx_text(l->doc, label, &lv.label, _("level label"), l->d) && ok;
		if (!ok)
			continue;
		if (i == 0 && lv.min != 0)
			yx_error(l->doc, min, l->d, _("the first level must start at min 0, so that "
				 "every index has a level; found %g"), lv.min);
		if (q->nlevels && lv.min <= q->levels[q->nlevels - 1].min)
			yx_error(l->doc, min, l->d,
				 _("levels must be in ascending order of min: %g comes after %g"), lv.min,
				 q->levels[q->nlevels - 1].min);
		q->levels[q->nlevels++] = lv;
	}
}

static void load_dimensions(struct loader *l, const struct yx_node *n)
{
	struct questionnaire *q = l->q;
	if (!want_list(l, n, "dimensions"))
		return;
	if (n->n == 0) {
		yx_error(l->doc, n, l->d, _("dimensions: the list is empty, expected at least one"));
		return;
	}
	q->dimensions = alloc_array(q, n->n, sizeof *q->dimensions);
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *it = n->items[i];
		if (!yx_want_map(l->doc, it, _("dimension"), l->d))
			continue;
		yx_check_keys(l->doc, it, DIM_KEYS, DIM_REQUIRED, _("dimension"), l->d);
		struct q_dimension dim = { .weight = 1 };
		struct yx_node *id = yx_get(it, "id"), *title = yx_get(it, "title"),
			       *weight = yx_get(it, "weight");
		bool id_ok = id && yx_id(l->doc, id, &dim.id, _("dimension id"), l->d);
		if (title)
			yx_text(l->doc, title, &dim.title, _("dimension title"), l->d);
		if (weight)
			yx_num(l->doc, weight, 0, 1000, &dim.weight, _("dimension weight"), l->d);
		/* Kept when only another field is wrong, so that its questions are
		 * not all reported as in an unknown dimension as well. */
		if (!id_ok)
			continue;
		if (q_find_dimension(q, dim.id) >= 0) {
			yx_error(l->doc, id, l->d, _("duplicate dimension id '%s'"), dim.id);
			continue;
		}
		q->dimensions[q->ndimensions++] = dim;
	}
}

static void load_options(struct loader *l, struct q_question *qq, const struct yx_node *n)
{
	if (!want_list(l, n, "options"))
		return;
	if (n->n == 0) {
		yx_error(l->doc, n, l->d, _("question '%s': options: the list is empty, expected "
			 "at least one option"), qq->id);
		return;
	}
	qq->options = alloc_array(l->q, n->n, sizeof *qq->options);
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *it = n->items[i];
		if (!yx_want_map(l->doc, it, _("option"), l->d))
			continue;
		yx_check_keys(l->doc, it, OPT_KEYS, OPT_REQUIRED, _("option"), l->d);
		struct q_option o = { 0 };
		struct yx_node *id = yx_get(it, "id"), *text = yx_get(it, "text"),
			       *score = yx_get(it, "score");
		bool ok = id && yx_id(l->doc, id, &o.id, _("option id"), l->d);
		ok = (!text || yx_text(l->doc, text, &o.text, _("option text"), l->d)) && ok;
		ok = (!score || yx_num(l->doc, score, 0, 100, &o.score, _("option score"), l->d)) && ok;
		if (!ok || !id)
			continue;
		if (!strcmp(o.id, "na")) {
			yx_error(l->doc, id, l->d, _("option id 'na' is reserved for \"not applicable\"; "
				 "use another id"));
			continue;
		}
		if (q_find_option(qq, o.id) >= 0) {
			yx_error(l->doc, id, l->d, _("duplicate option id '%s'"), o.id);
			continue;
		}
		qq->options[qq->noptions++] = o;
	}
}

static void load_bands(struct loader *l, struct q_question *qq, const struct yx_node *n)
{
	if (!want_list(l, n, "bands"))
		return;
	if (n->n == 0) {
		yx_error(l->doc, n, l->d, _("question '%s': bands: the list is empty, expected at "
			 "least one band"), qq->id);
		return;
	}
	qq->bands = alloc_array(l->q, n->n, sizeof *qq->bands);
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *it = n->items[i];
		if (!yx_want_map(l->doc, it, _("band"), l->d))
			continue;
		yx_check_keys(l->doc, it, BAND_KEYS, BAND_REQUIRED, _("band"), l->d);
		struct q_band b = { 0 };
		struct yx_node *max = yx_get(it, "max"), *score = yx_get(it, "score");
		bool ok = !score || yx_num(l->doc, score, 0, 100, &b.score, _("band score"), l->d);
		if (max) {
			ok = yx_num(l->doc, max, -1e15, 1e15, &b.max, _("band max"), l->d) && ok;
			b.has_max = true;
		} else if (i + 1 < n->n) {
			yx_error(l->doc, it, l->d, _("only the last band may omit max"));
			ok = false;
		}
		if (ok && b.has_max && qq->nbands && b.max <= qq->bands[qq->nbands - 1].max)
			yx_error(l->doc, max, l->d, _("band max %g must be greater than the previous "
				 "band's %g"), b.max, qq->bands[qq->nbands - 1].max);
		if (ok)
			qq->bands[qq->nbands++] = b;
	}
}

/* Checks that depend on the type: what it needs, and what it must not have. */
static void check_type_fields(struct loader *l, struct q_question *qq, const struct yx_node *it)
{
	struct yx_node *options = yx_get(it, "options"), *bands = yx_get(it, "bands"),
		       *cap = yx_get(it, "capability"), *reverse = yx_get(it, "reverse");
	const struct q_type_info *t = q_type_info(qq->type);
	if (t->options && !options)
		yx_error(l->doc, it, l->d, _("question '%s' of type %s needs options"), qq->id, t->name);
	if (!t->options && options)
		yx_error(l->doc, options, l->d, _("options only apply to choice and multi questions; "
			 "'%s' is %s"), qq->id, t->name);
	else if (options)
		load_options(l, qq, options);
	if (t->bands && !bands)
		yx_error(l->doc, it, l->d, _("question '%s' of type number needs bands"), qq->id);
	if (!t->bands && bands)
		yx_error(l->doc, bands, l->d, _("bands only apply to number questions; '%s' is %s"),
			 qq->id, t->name);
	else if (bands)
		load_bands(l, qq, bands);
	if (t->capability && !cap)
		yx_error(l->doc, it, l->d, _("question '%s' of type level needs capability: ID"), qq->id);
	if (!t->capability && cap)
		yx_error(l->doc, cap, l->d, _("capability only applies to level questions; '%s' is %s"),
			 qq->id, t->name);
	if (reverse && qq->reverse && !t->reversible)
		yx_error(l->doc, reverse, l->d, _("reverse has no meaning for a %s question"), t->name);
}

static void load_question(struct loader *l, const struct yx_node *it)
{
	struct questionnaire *q = l->q;
	if (!yx_want_map(l->doc, it, _("question"), l->d))
		return;
	yx_check_keys(l->doc, it, Q_KEYS, Q_REQUIRED, _("question"), l->d);
	struct q_question qq = { .weight = 1, .na = true, .capability = -1,
				 .line = it->line, .col = it->col };
	/* A question without a usable id, or with one already taken, is still
	 * checked in full (every error in one pass) but not kept. */
	struct yx_node *id = yx_get(it, "id");
	bool keep = true;
	if (!id || !yx_id(l->doc, id, &qq.id, _("question id"), l->d)) {
		qq.id = "(no id)";
		keep = false;
	} else if (q_find_question(q, qq.id) >= 0) {
		yx_error(l->doc, id, l->d, _("duplicate question id '%s'"), qq.id);
		keep = false;
	}
	bool type_ok = false;
	struct yx_node *n;
	if ((n = yx_get(it, "dimension"))) {
		const char *dim;
		if (yx_id(l->doc, n, &dim, "dimension", l->d)) {
			long k = q_find_dimension(q, dim);
			if (k < 0) {
				const char **ids = xmalloc((q->ndimensions + 1) * sizeof *ids);
				for (size_t i = 0; i < q->ndimensions; i++)
					ids[i] = q->dimensions[i].id;
				yx_unknown(l->doc, n, _("dimension"), ids, q->ndimensions, l->d);
				free(ids);
			} else {
				qq.dimension = (size_t)k;
			}
		}
	}
	if ((n = yx_get(it, "type"))) {
		const char *type;
		bool found = false;
		if (yx_str(l->doc, n, &type, "type", l->d)) {
			found = q_type_find(type, &qq.type);
			if (!found)
				yx_unknown(l->doc, n, _("question type"), q_type_names(), (size_t)-1, l->d);
		}
		type_ok = found;
	}
	if ((n = yx_get(it, "text")))
		yx_text(l->doc, n, &qq.text, _("question text"), l->d);
	if ((n = yx_get(it, "help")))
		yx_text(l->doc, n, &qq.help, _("question help"), l->d);
	if ((n = yx_get(it, "weight")))
		yx_num(l->doc, n, 0, 1000, &qq.weight, "weight", l->d);
	if ((n = yx_get(it, "reverse")))
		yx_bool(l->doc, n, &qq.reverse, "reverse", l->d);
	if ((n = yx_get(it, "required")))
		yx_bool(l->doc, n, &qq.required, "required", l->d);
	if ((n = yx_get(it, "na")))
		yx_bool(l->doc, n, &qq.na, "na", l->d);
	if ((n = yx_get(it, "source")))
		yx_sources(l->doc, &l->q->doc.arena, n, &qq.source, "source", l->d);
	if ((n = yx_get(it, "capability"))) {
		const char *cap;
		if (yx_id(l->doc, n, &cap, "capability", l->d)) {
			qq.capability = q_find_capability(q, cap);
			if (qq.capability < 0) {
				const char **ids = xmalloc((q->ncapabilities + 1) * sizeof *ids);
				for (size_t i = 0; i < q->ncapabilities; i++)
					ids[i] = q->capabilities[i].id;
				yx_unknown(l->doc, n, _("capability"), ids, q->ncapabilities, l->d);
				free(ids);
			}
		}
	}
	if ((n = yx_get(it, "when")))
		yx_str(l->doc, n, &qq.when_src, "when", l->d);
	/* What the type needs is checked whatever else is wrong. */
	if (type_ok)
		check_type_fields(l, &qq, it);
	/* The question is kept even when a part of it is wrong, so later
	 * questions' references to it are not reported as unknown too. */
	if (keep)
		q->questions[q->nquestions++] = qq;
}

static void load_capabilities(struct loader *l, const struct yx_node *n)
{
	struct questionnaire *q = l->q;
	if (!want_list(l, n, "capabilities"))
		return;
	q->capabilities = alloc_array(q, n->n, sizeof *q->capabilities);
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *it = n->items[i];
		if (!yx_want_map(l->doc, it, _("capability"), l->d))
			continue;
		yx_check_keys(l->doc, it, CAP_KEYS, CAP_REQUIRED, _("capability"), l->d);
		struct q_capability c = { .importance = 1, .target = 3 };
		struct yx_node *x;
		bool ok = (x = yx_get(it, "id")) && yx_id(l->doc, x, &c.id, _("capability id"), l->d);
		if ((x = yx_get(it, "area")))
			ok = yx_id(l->doc, x, &c.area, _("capability area"), l->d) && ok;
		if ((x = yx_get(it, "title")))
			ok = yx_text(l->doc, x, &c.title, _("capability title"), l->d) && ok;
		if ((x = yx_get(it, "importance")))
			ok = yx_int(l->doc, x, 1, 3, &c.importance, "importance", l->d) && ok;
		if ((x = yx_get(it, "target")))
			ok = yx_int(l->doc, x, Q_LEVEL_MIN, Q_LEVEL_MAX, &c.target, "target", l->d) && ok;
		if ((x = yx_get(it, "levels")) && yx_want_map(l->doc, x, _("capability levels"), l->d)) {
			bool seen[Q_LEVELS] = { 0 };
			for (size_t k = 0; k < x->n; k++) {
				long lv;
				if (!yx_int(l->doc, yx_key(x, k), Q_LEVEL_MIN, Q_LEVEL_MAX, &lv,
					    _("capability level"), l->d)) {
					ok = false;
					continue;
				}
				seen[lv - Q_LEVEL_MIN] = true;
				ok = yx_text(l->doc, yx_val(x, k), &c.levels[lv - Q_LEVEL_MIN], _("capability level"),
					     l->d) && ok;
			}
			for (int k = 0; k < Q_LEVELS; k++)
				if (!seen[k]) {
					yx_error(l->doc, x, l->d, _("capability levels: level %d is not "
						 "described, expected all of %d..%d"), k + Q_LEVEL_MIN,
						 Q_LEVEL_MIN, Q_LEVEL_MAX);
					ok = false;
				}
		}
		if (!c.id)
			continue;
		if (q_find_capability(q, c.id) >= 0) {
			yx_error(l->doc, yx_get(it, "id"), l->d, _("duplicate capability id '%s'"), c.id);
			continue;
		}
		(void)ok;
		q->capabilities[q->ncapabilities++] = c;
	}
}

static struct questionnaire *load(struct questionnaire *q, struct diag *d)
{
	struct loader l = { .q = q, .doc = &q->doc, .d = d, .errors_before = d->errors };
	const struct yx_node *root = q->doc.root;
	if (!root) {
		diag_err(d, q->doc.file, 0, 0, _("the file is empty, expected a questionnaire"));
		goto fail;
	}
	if (!yx_want_map(&q->doc, root, _("questionnaire"), d))
		goto fail;
	yx_check_keys(&q->doc, root, TOP_KEYS, TOP_REQUIRED, _("questionnaire"), d);
	struct yx_node *n;
	if ((n = yx_get(root, "id")))
		yx_id(&q->doc, n, &q->id, "id", d);
	if ((n = yx_get(root, "version")))
		yx_int(&q->doc, n, 1, 1000000, &q->version, "version", d);
	if ((n = yx_get(root, "title")))
		yx_text(&q->doc, n, &q->title, "title", d);
	if ((n = yx_get(root, "description")))
		yx_text(&q->doc, n, &q->description, "description", d);
	if ((n = yx_get(root, "scale")))
		load_scale(&l, n);
	if ((n = yx_get(root, "levels")))
		load_levels(&l, n);
	if ((n = yx_get(root, "dimensions")))
		load_dimensions(&l, n);
	/* Capabilities before questions: level questions name them. */
	if ((n = yx_get(root, "capabilities")))
		load_capabilities(&l, n);
	if ((n = yx_get(root, "questions")) && want_list(&l, n, "questions")) {
		if (n->n == 0)
			yx_error(&q->doc, n, d, _("questions: the list is empty, expected at least one"));
		q->questions = alloc_array(q, n->n, sizeof *q->questions);
		for (size_t i = 0; i < n->n; i++)
			load_question(&l, n->items[i]);
		q_when_compile(q, d);
	}
	if ((n = yx_get(root, "measures"))) {
		const char *m;
		if (yx_str(&q->doc, n, &m, "measures", d)) {
			if (!strcmp(m, "readiness"))
				q->measures = Q_MEASURES_READINESS;
			else if (!strcmp(m, "capabilities"))
				q->measures = Q_MEASURES_CAPABILITIES;
			else
				yx_unknown(&q->doc, n, "measures", MEASURES, (size_t)-1, d);
			if (q->measures == Q_MEASURES_CAPABILITIES && !yx_get(root, "capabilities"))
				yx_error(&q->doc, n, d, _("measures: capabilities, but the questionnaire has "
					 "no capabilities: list"));
		}
	}
	if (d->errors > l.errors_before)
		goto fail;
	return q;
fail:
	q_free(q);
	return NULL;
}

struct questionnaire *q_load_buffer(const char *file, const char *buf, size_t len,
				    struct diag *d)
{
	struct questionnaire *q = xcalloc(1, sizeof *q);
	if (!yx_load_buffer(&q->doc, file, buf, len, d)) {
		q_free(q);
		return NULL;
	}
	return load(q, d);
}

struct questionnaire *q_load_file(const char *path, struct diag *d)
{
	struct questionnaire *q = xcalloc(1, sizeof *q);
	if (!yx_load_file(&q->doc, path, d)) {
		q_free(q);
		return NULL;
	}
	return load(q, d);
}

void q_free(struct questionnaire *q)
{
	if (!q)
		return;
	q_when_release(q);
	yx_release(&q->doc);
	free(q);
}

long q_find_question(const struct questionnaire *q, const char *id)
{
	for (size_t i = 0; i < q->nquestions; i++)
		if (!strcmp(q->questions[i].id, id))
			return (long)i;
	return -1;
}

long q_find_dimension(const struct questionnaire *q, const char *id)
{
	for (size_t i = 0; i < q->ndimensions; i++)
		if (!strcmp(q->dimensions[i].id, id))
			return (long)i;
	return -1;
}

long q_find_capability(const struct questionnaire *q, const char *id)
{
	for (size_t i = 0; i < q->ncapabilities; i++)
		if (!strcmp(q->capabilities[i].id, id))
			return (long)i;
	return -1;
}

long q_capability_resolve(const struct questionnaire *q, const char *id, struct diag *d)
{
	long c = q_find_capability(q, id);
	if (c >= 0)
		return c;
	const char **ids = xcalloc(q->ncapabilities + 1, sizeof *ids);
	for (size_t i = 0; i < q->ncapabilities; i++)
		ids[i] = q->capabilities[i].id;
	const char *close = text_closest(id, ids, q->ncapabilities);
	char *safe = text_sanitize(id);
	if (close)
		diag_fail(d, EXIT_USAGE, _("unknown capability '%s' in %s (did you mean '%s'?)"), safe,
			  q->id, close);
	else
		diag_fail(d, EXIT_USAGE, _("unknown capability '%s' in %s; 'crmready gaps' lists them"),
			  safe, q->id);
	free(safe);
	free(ids);
	return -1;
}

bool q_capability_model_check(const struct questionnaire *q, struct diag *d)
{
	if (q->ncapabilities)
		return true;
	diag_fail(d, EXIT_DATAERR, _("questionnaire %s has no capability model (capabilities:); "
		  "try crm-capabilities"), q->id);
	return false;
}

long q_find_option(const struct q_question *qq, const char *id)
{
	for (size_t i = 0; i < qq->noptions; i++)
		if (!strcmp(qq->options[i].id, id))
			return (long)i;
	return -1;
}

const struct text *q_scale_label(const struct questionnaire *q, long v)
{
	for (size_t i = 0; i < q->nscale_labels; i++)
		if (q->scale_labels[i].value == v)
			return &q->scale_labels[i].text;
	return NULL;
}

const struct q_level *q_level_for(const struct questionnaire *q, double index)
{
	const struct q_level *best = NULL;
	for (size_t i = 0; i < q->nlevels; i++)
		if (q->levels[i].min <= index)
			best = &q->levels[i];
	return best;
}
