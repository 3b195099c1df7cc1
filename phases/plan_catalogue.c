/* Initiative catalogues with phase templates: YAML -> struct catalogue with
 * every check of the catalogue format (docs/authoring-catalogues.md), each error at FILE:LINE:COL. */
#include <stdlib.h>
#include <string.h>

#include "../core/embedded.h"
#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "plan.h"

struct loader {
	struct catalogue *c;
	struct yx_doc *doc;
	struct diag *d;
	/* per initiative: its depends_on list node and its effort node */
	const struct yx_node **deps_node, **effort_node;
};

static void *alloc_array(struct loader *L, size_t n, size_t size)
{
	return n ? arena_alloc(&L->doc->arena, n * size) : NULL;
}

static bool load_goal(struct loader *L, const struct yx_node *n, struct catalogue_goal *g,
		      const char *what);

/* The goals of a phase or the sub-goals of a goal (what names one in
 * messages): false when v, under key, is not a list; *ok false when one of
 * them is wrong. */
static bool load_goal_list(struct loader *L, const struct yx_node *v, const char *key,
			   const char *what, struct catalogue_goal **out, size_t *n, bool *ok)
{
	if (!yx_want_seq(L->doc, v, key, L->d))
		return false;
	*out = alloc_array(L, v->n, sizeof **out);
	*n = v->n;
	for (size_t i = 0; i < v->n; i++)
		if (!load_goal(L, v->items[i], &(*out)[i], what))
			*ok = false;
	return true;
}

static bool load_goal(struct loader *L, const struct yx_node *n, struct catalogue_goal *g,
		      const char *what)
{
	static const char *const keys[] = { "metric", "op", "target", "scope", "sub_goals",
					    "source", NULL };
	static const char *const req[] = { "metric", "op", "target", NULL };
	if (!yx_want_map(L->doc, n, what, L->d))
		return false;
	g->line = n->line;
	g->col = n->col;
	g->scope = "";
	bool ok = yx_check_keys(L->doc, n, keys, req, what, L->d);
	const struct yx_node *v;
	if ((v = yx_get(n, "metric"))) {
		char *err = NULL;
		if (!yx_str(L->doc, v, &g->metric, "metric", L->d))
			ok = false;
		else if (!goal_metric_valid(g->metric, &err)) {
			yx_error(L->doc, v, L->d, _("metric '%s': %s"), g->metric, err);
			ok = false;
		}
		free(err);
	}
	if ((v = yx_get(n, "op"))) {
		const char *op;
		if (!yx_str(L->doc, v, &op, "op", L->d))
			ok = false;
		else if (!goal_op_parse(op, &g->op)) {
			static const char *const ops[] = { ">=", "<=", ">", "<", "==", NULL };
			yx_unknown(L->doc, v, _("comparison"), ops,
				   (size_t)-1, L->d);
			ok = false;
		}
	}
	if ((v = yx_get(n, "target")) &&
	    !yx_num(L->doc, v, -1e12, 1e12, &g->target, "target", L->d))
		ok = false;
	else if (v && g->metric && !metric_def_whole(metric_def_find(g->metric), g->target)) {
		/* a count's target is a whole number (the metric table) */
		yx_error(L->doc, v, L->d, _("target: found %s, but %s is %s"), v->str, g->metric,
			 metric_def_domain(metric_def_find(g->metric)));
		ok = false;
	}
	if ((v = yx_get(n, "scope")) && !yx_is_null(v)) {
		char *err = NULL;
		if (v->kind != YX_SCALAR) {
			yx_error(L->doc, v, L->d, _("scope: found %s, expected a string"), yx_describe(v));
			ok = false;
		} else if (!goal_scope_valid(v->str, &err)) {
			yx_error(L->doc, v, L->d, _("scope '%s': %s"), v->str, err);
			ok = false;
		} else {
			g->scope = v->str;
		}
		free(err);
	}
	if ((v = yx_get(n, "source")) &&
	    !yx_sources(L->doc, &L->doc->arena, v, &g->source, "source", L->d))
		ok = false;
	if ((v = yx_get(n, "sub_goals")) && !yx_is_null(v) &&
	    !load_goal_list(L, v, "sub_goals", _("sub-goal"), &g->sub_goals, &g->nsub_goals, &ok))
		return false;
	return ok;
}

/* What a phase and an initiative start with: a map of known keys, its
 * position, an id and a title. */
struct entry {
	const char *what, *id_what;
	const char *const *keys, *const *req;
	const char **id;
	struct text *title;
	int *line, *col;
};

/* false when n is not a map; *ok false when a key or the id or title is
 * wrong. */
static bool load_entry(struct loader *L, const struct yx_node *n, const struct entry *e, bool *ok)
{
	if (!yx_want_map(L->doc, n, e->what, L->d))
		return false;
	*e->line = n->line;
	*e->col = n->col;
	*ok = yx_check_keys(L->doc, n, e->keys, e->req, e->what, L->d);
	const struct yx_node *v;
	if ((v = yx_get(n, "id")) && !yx_id(L->doc, v, e->id, e->id_what, L->d))
		*ok = false;
	if ((v = yx_get(n, "title")) && !yx_text(L->doc, v, e->title, "title", L->d))
		*ok = false;
	return true;
}

static bool load_phase(struct loader *L, const struct yx_node *n, struct catalogue_phase *p)
{
	static const char *const keys[] = { "id", "title", "description", "duration", "capacity",
					    "goals", NULL };
	static const char *const req[] = { "id", "title", "duration", "capacity", NULL };
	struct entry e = { _("phase"), _("phase id"), keys, req, &p->id, &p->title, &p->line, &p->col };
	bool ok;
	if (!load_entry(L, n, &e, &ok))
		return false;
	const struct yx_node *v;
	struct text ignored;
	if ((v = yx_get(n, "description")) && !yx_text(L->doc, v, &ignored, "description", L->d))
		ok = false;
	if ((v = yx_get(n, "duration")) &&
	    !yx_int(L->doc, v, 1, 520, &p->duration, _("duration (weeks)"), L->d))
		ok = false;
	if ((v = yx_get(n, "capacity")) &&
	    !yx_num(L->doc, v, 0.5, 1e6, &p->capacity, _("capacity (person-weeks)"), L->d))
		ok = false;
	if ((v = yx_get(n, "goals")) && !yx_is_null(v) &&
	    !load_goal_list(L, v, "goals", _("goal"), &p->goals, &p->ngoals, &ok))
		return false;
	return ok;
}

/* A list of ids (addresses, depends_on); duplicates are errors. */
static bool load_id_list(struct loader *L, const struct yx_node *v, const char ***out,
			 size_t *nout, const char *what)
{
	*out = NULL;
	*nout = 0;
	if (!v || yx_is_null(v))
		return true;
	if (!yx_want_seq(L->doc, v, what, L->d))
		return false;
	bool ok = true;
	*out = alloc_array(L, v->n, sizeof **out);
	for (size_t i = 0; i < v->n; i++) {
		const char *id;
		if (!yx_id(L->doc, v->items[i], &id, what, L->d)) {
			/* keep the list aligned with its nodes */
			(*out)[(*nout)++] = "";
			ok = false;
			continue;
		}
		for (size_t j = 0; j < *nout; j++)
			if (!strcmp((*out)[j], id)) {
				yx_error(L->doc, v->items[i], L->d, _("%s: '%s' is listed twice"), what, id);
				ok = false;
			}
		(*out)[(*nout)++] = id;
	}
	return ok;
}

/* An initiative's step of the six-step transformation, by its id. */
static bool load_step(struct loader *L, const struct yx_node *v, enum plan_step *out)
{
	const char *id;
	if (!yx_id(L->doc, v, &id, "step", L->d))
		return false;
	if (plan_step_find(id, out))
		return true;
	const char *ids[PLAN_NSTEPS];
	for (int i = STEP_NONE + 1; i < PLAN_NSTEPS; i++)
		ids[i - 1] = plan_step_id((enum plan_step)i);
	yx_unknown(L->doc, v, _("step"), ids, PLAN_NSTEPS - 1, L->d);
	return false;
}

static bool load_initiative(struct loader *L, size_t idx, const struct yx_node *n,
			    const char *const *phase_ids, size_t nphases)
{
	static const char *const keys[] = { "id", "title", "description", "addresses", "effort",
					    "duration", "impact", "risk", "depends_on", "phase",
					    "source", "step", NULL };
	static const char *const req[] = { "id", "title", "effort", "duration", "impact", "risk",
					   "phase", NULL };
	struct catalogue_initiative *it = &L->c->initiatives[idx];
	struct entry e = { _("initiative"), _("initiative id"), keys, req, &it->id, &it->title,
			   &it->line, &it->col };
	bool ok;
	if (!load_entry(L, n, &e, &ok))
		return false;
	const struct yx_node *v;
	if ((v = yx_get(n, "description")) &&
	    !yx_text(L->doc, v, &it->description, "description", L->d))
		ok = false;
	if (!load_id_list(L, yx_get(n, "addresses"), &it->addresses, &it->naddresses, "addresses"))
		ok = false;
	if ((v = yx_get(n, "source")) &&
	    !yx_sources(L->doc, &L->doc->arena, v, &it->source, "source", L->d))
		ok = false;
	if ((v = yx_get(n, "step")) && !load_step(L, v, &it->step))
		ok = false;
	if ((v = yx_get(n, "effort"))) {
		L->effort_node[idx] = v;
		if (!yx_num(L->doc, v, 0.1, 1e6, &it->effort, _("effort (person-weeks)"), L->d))
			ok = false;
	}
	if ((v = yx_get(n, "duration")) &&
	    !yx_int(L->doc, v, 1, 520, &it->duration, _("duration (weeks)"), L->d))
		ok = false;
	if ((v = yx_get(n, "impact")) && !yx_int(L->doc, v, 1, 5, &it->impact, "impact", L->d))
		ok = false;
	if ((v = yx_get(n, "risk")) && !yx_int(L->doc, v, 1, 5, &it->risk, "risk", L->d))
		ok = false;
	L->deps_node[idx] = yx_get(n, "depends_on");
	if (!load_id_list(L, L->deps_node[idx], &it->depends_on, &it->ndepends, "depends_on"))
		ok = false;
	it->phase = (size_t)-1;
	const char *phase;
	if ((v = yx_get(n, "phase"))) {
		if (!yx_id(L->doc, v, &phase, "phase", L->d)) {
			ok = false;
		} else {
			for (size_t i = 0; i < nphases; i++)
				if (phase_ids[i] && !strcmp(phase_ids[i], phase))
					it->phase = i;
			if (it->phase == (size_t)-1) {
				yx_unknown(L->doc, v, _("phase"), phase_ids, nphases, L->d);
				ok = false;
			}
		}
	}
	return ok;
}

/* Resolve depends_on to indexes: unknown ids, self-dependencies and a
 * dependency whose earliest phase comes later are errors. */
static bool resolve_dependencies(struct loader *L, const char *const *ids)
{
	struct catalogue *c = L->c;
	bool ok = true;
	for (size_t i = 0; i < c->ninitiatives; i++) {
		struct catalogue_initiative *it = &c->initiatives[i];
		it->deps = alloc_array(L, it->ndepends, sizeof *it->deps);
		const struct yx_node *list = L->deps_node[i];
		for (size_t k = 0; k < it->ndepends; k++) {
			const struct yx_node *at = list->items[k];
			if (!it->depends_on[k][0])
				continue;  /* not an id: reported already */
			long j = catalogue_find_initiative(c, it->depends_on[k]);
			if (j < 0) {
				yx_unknown(L->doc, at, _("initiative in depends_on"), ids,
					   c->ninitiatives, L->d);
				ok = false;
				continue;
			}
			if ((size_t)j == i) {
				yx_error(L->doc, at, L->d, _("'%s' depends on itself"), it->id);
				ok = false;
				continue;
			}
			const struct catalogue_initiative *dep = &c->initiatives[j];
			if (it->phase != (size_t)-1 && dep->phase != (size_t)-1 &&
			    dep->phase > it->phase) {
				yx_error(L->doc, at, L->d,
					 _("'%s' (earliest phase '%s') depends on '%s', whose earliest "
					   "phase '%s' comes later; move one of them"),
					 it->id, c->phases[it->phase].id, dep->id,
					 c->phases[dep->phase].id);
				ok = false;
			}
			it->deps[k] = (size_t)j;
		}
	}
	return ok;
}

/* An initiative must fit in at least one phase it may be placed in. */
static bool check_sizes(struct loader *L)
{
	struct catalogue *c = L->c;
	bool ok = true;
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *it = &c->initiatives[i];
		if (it->phase == (size_t)-1 || !L->effort_node[i])
			continue;
		size_t best = it->phase;
		for (size_t p = it->phase; p < c->nphases; p++)
			if (c->phases[p].capacity > c->phases[best].capacity)
				best = p;
		if (it->effort > c->phases[best].capacity) {
			yx_error(L->doc, L->effort_node[i], L->d,
				 _("'%s' needs %g person-weeks, more than any phase from '%s' on can "
				   "hold (the largest is '%s' with %g); split it or raise a capacity"),
				 it->id, it->effort, c->phases[it->phase].id, c->phases[best].id,
				 c->phases[best].capacity);
			ok = false;
		}
	}
	return ok;
}

static bool load_root(struct loader *L)
{
	struct yx_doc *doc = L->doc;
	struct catalogue *c = L->c;
	const struct yx_node *root = doc->root;
	static const char *const keys[] = { "id", "version", "title", "description", "selection",
					    "initiatives", "phases", NULL };
	static const char *const req[] = { "id", "version", "title", "initiatives", "phases", NULL };
	if (!root) {
		yx_error(doc, NULL, L->d, _("the file is empty, expected a catalogue "
			 "(id, version, title, initiatives, phases)"));
		return false;
	}
	if (!yx_want_map(doc, root, _("catalogue"), L->d))
		return false;
	bool ok = yx_check_keys(doc, root, keys, req, _("catalogue"), L->d);
	const struct yx_node *v;
	if ((v = yx_get(root, "id")) && !yx_id(doc, v, &c->id, _("catalogue id"), L->d))
		ok = false;
	if ((v = yx_get(root, "version")) &&
	    !yx_int(doc, v, 1, 1000000, &c->version, "version", L->d))
		ok = false;
	if ((v = yx_get(root, "title")) && !yx_text(doc, v, &c->title, "title", L->d))
		ok = false;
	struct text ignored;
	if ((v = yx_get(root, "description")) && !yx_text(doc, v, &ignored, "description", L->d))
		ok = false;
	c->dimension_below = CATALOGUE_DEFAULT_THRESHOLD;
	if ((v = yx_get(root, "selection")) && !yx_is_null(v)) {
		static const char *const skeys[] = { "dimension_below", NULL };
		if (!yx_want_map(doc, v, "selection", L->d))
			ok = false;
		else {
			ok &= yx_check_keys(doc, v, skeys, NULL, "selection", L->d);
			const struct yx_node *t = yx_get(v, "dimension_below");
			if (t && !yx_num(doc, t, 0, 100, &c->dimension_below, "dimension_below", L->d))
				ok = false;
		}
	}

	/* Phases first: initiatives name them. */
	const struct yx_node *ph = yx_get(root, "phases");
	const char **phase_ids = NULL;
	if (ph && yx_want_seq(doc, ph, "phases", L->d)) {
		if (ph->n == 0 || ph->n > CATALOGUE_MAX_PHASES) {
			yx_error(doc, ph, L->d, _("phases: found %zu, expected 1..%d"), ph->n,
				 CATALOGUE_MAX_PHASES);
			ok = false;
		}
		c->nphases = ph->n;
		c->phases = alloc_array(L, ph->n, sizeof *c->phases);
		phase_ids = alloc_array(L, ph->n + 1, sizeof *phase_ids);
		for (size_t i = 0; i < ph->n; i++) {
			if (!load_phase(L, ph->items[i], &c->phases[i]))
				ok = false;
			phase_ids[i] = c->phases[i].id ? c->phases[i].id : "";
			for (size_t j = 0; c->phases[i].id && j < i; j++)
				if (!strcmp(phase_ids[j], c->phases[i].id)) {
					yx_error(doc, yx_get(ph->items[i], "id"), L->d,
						 _("duplicate phase id '%s' (first at line %d)"),
						 c->phases[i].id, c->phases[j].line);
					ok = false;
				}
		}
	} else if (ph) {
		ok = false;
	}

	const struct yx_node *in = yx_get(root, "initiatives");
	if (!in || !yx_want_seq(doc, in, "initiatives", L->d))
		return false;
	if (in->n == 0 || in->n > CATALOGUE_MAX_INITIATIVES) {
		yx_error(doc, in, L->d, _("initiatives: found %zu, expected 1..%d"), in->n,
			 CATALOGUE_MAX_INITIATIVES);
		return false;
	}
	c->ninitiatives = in->n;
	c->initiatives = alloc_array(L, in->n, sizeof *c->initiatives);
	L->deps_node = alloc_array(L, in->n, sizeof *L->deps_node);
	L->effort_node = alloc_array(L, in->n, sizeof *L->effort_node);
	const char **ids = alloc_array(L, in->n + 1, sizeof *ids);
	for (size_t i = 0; i < in->n; i++) {
		if (!load_initiative(L, i, in->items[i], phase_ids, phase_ids ? c->nphases : 0))
			ok = false;
		struct catalogue_initiative *it = &c->initiatives[i];
		ids[i] = it->id ? it->id : "";
		for (size_t j = 0; it->id && j < i; j++)
			if (!strcmp(ids[j], it->id)) {
				yx_error(doc, yx_get(in->items[i], "id"), L->d,
					 _("duplicate initiative id '%s' (first at line %d)"), it->id,
					 c->initiatives[j].line);
				ok = false;
			}
	}
	if (!resolve_dependencies(L, ids) || !ok)
		return false;
	size_t first;
	char *cycle = plan_find_cycle(c, &first);
	if (cycle) {
		const struct catalogue_initiative *it = &c->initiatives[first];
		diag_err(L->d, doc->file, it->line, it->col, _("dependency cycle: %s"), cycle);
		free(cycle);
		return false;
	}
	return check_sizes(L);
}

/* The catalogue of c's document, just read (parsed: without error), or
 * NULL with c freed. */
static struct catalogue *finish_load(struct catalogue *c, bool parsed, size_t before,
				     struct diag *d)
{
	struct loader L = { .c = c, .doc = &c->doc, .d = d };
	if (!parsed || d->errors > before || !load_root(&L) || d->errors > before) {
		catalogue_free(c);
		return NULL;
	}
	return c;
}

struct catalogue *catalogue_load_buffer(const char *file, const char *buf, size_t len,
					struct diag *d)
{
	struct catalogue *c = xcalloc(1, sizeof *c);
	size_t before = d->errors;
	return finish_load(c, yx_load_buffer(&c->doc, file, buf, len, d), before, d);
}

struct catalogue *catalogue_load_file(const char *path, struct diag *d)
{
	struct catalogue *c = xcalloc(1, sizeof *c);
	size_t before = d->errors;
	return finish_load(c, yx_load_file(&c->doc, path, d), before, d);
}

void catalogue_free(struct catalogue *c)
{
	if (!c)
		return;
	yx_release(&c->doc);
	free(c->file_owned);
	free(c);
}

long catalogue_find_initiative(const struct catalogue *c, const char *id)
{
	for (size_t i = 0; i < c->ninitiatives; i++)
		if (c->initiatives[i].id && !strcmp(c->initiatives[i].id, id))
			return (long)i;
	return -1;
}
