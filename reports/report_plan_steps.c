/* The plan by the six steps of the transformation, and each initiative's
 * step and sources (plan show --by step, --explain, JSON and CSV). */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "report.h"
#include "report_internal.h"

static const char *item_title(const struct store_plan_item *it, lang_id lang)
{
	return lang < LANG_MAX && it->title_in[lang] && *it->title_in[lang] ? it->title_in[lang]
									    : it->title;
}

/* The step an initiative's stored id names (STEP_NONE for an older plan's ""). */
static enum plan_step step_of(const struct store_plan_item *it)
{
	enum plan_step s = STEP_NONE;
	if (it->step && *it->step)
		plan_step_find(it->step, &s);
	return s;
}

void report_plan_method_json(json_t *item, const struct store_plan_item *it, lang_id lang)
{
	enum plan_step s = step_of(it);
	json_object_set_new(item, "step", s ? json_string(plan_step_id(s)) : json_null());
	json_t *sources = it->sources && *it->sources ? json_loads(it->sources, 0, NULL) : NULL;
	char *told = plan_sources_told(it->sources, lang);
	json_object_set_new(item, "source", *told ? json_string(told) : json_null());
	json_object_set_new(item, "sources", json_is_array(sources) ? sources : json_array());
	if (sources && !json_is_array(sources))
		json_decref(sources);
	free(told);
}

void report_plan_method_text(FILE *out, const struct store_plan_item *it, lang_id lang)
{
	enum plan_step s = step_of(it);
	if (s) {
		char *label = plan_step_label(s);
		fprintf(out, "       %s %s\n", _("step:"), label);
		free(label);
	}
	char *told = plan_sources_told(it->sources, lang);
	if (*told) {
		char *t = text_sanitize(told);
		fprintf(out, "       %s %s\n", _("source:"), t);
		free(t);
	}
	free(told);
}

struct dated {
	const char *start;
	size_t i;
};

static int by_start(const void *a, const void *b)
{
	const struct dated *x = a, *y = b;
	int c = strcmp(x->start, y->start);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

size_t *report_order_by_start(const char *const *starts, size_t n)
{
	struct dated *v = xcalloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++)
		v[i] = (struct dated){ starts[i] ? starts[i] : "", i };
	qsort(v, n, sizeof *v, by_start);
	size_t *order = xcalloc(n ? n : 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = v[i].i;
	free(v);
	return order;
}

/* The stored plan's initiatives by start. */
static size_t *items_by_start(const struct store_plan *sp)
{
	const char **starts = xcalloc(sp->nitems ? sp->nitems : 1, sizeof *starts);
	for (size_t i = 0; i < sp->nitems; i++)
		starts[i] = sp->items[i].start;
	size_t *order = report_order_by_start(starts, sp->nitems);
	free(starts);
	return order;
}

size_t *report_initiatives_by_start(const struct report_workbook *m)
{
	const char **starts = xcalloc(m->ninitiatives ? m->ninitiatives : 1, sizeof *starts);
	for (size_t i = 0; i < m->ninitiatives; i++)
		starts[i] = m->initiatives[i].start;
	size_t *order = report_order_by_start(starts, m->ninitiatives);
	free(starts);
	return order;
}

json_t *report_plan_steps_json(const struct store_plan *sp)
{
	json_t *steps = json_array();
	size_t *order = items_by_start(sp);
	for (int s = STEP_NONE + 1; s <= PLAN_NSTEPS; s++) {
		enum plan_step step = s == PLAN_NSTEPS ? STEP_NONE : (enum plan_step)s;
		json_t *ids = json_array();
		for (size_t k = 0; k < sp->nitems; k++)
			if (step_of(&sp->items[order[k]]) == step)
				json_array_append_new(ids, json_string(sp->items[order[k]].initiative));
		if (step == STEP_NONE && !json_array_size(ids)) {
			json_decref(ids);
			continue;
		}
		json_array_append_new(steps, json_pack("{s:o, s:s, s:o}", "id",
			step ? json_string(plan_step_id(step)) : json_null(), "title",
			plan_step_title(step), "initiatives", ids));
	}
	free(order);
	return steps;
}

void report_plan_steps_text(FILE *out, const struct store_plan *sp, lang_id lang)
{
	fputs(_("The plan by the six steps of the transformation\n"), out);
	size_t *order = items_by_start(sp);
	for (int s = STEP_NONE + 1; s <= PLAN_NSTEPS; s++) {
		enum plan_step step = s == PLAN_NSTEPS ? STEP_NONE : (enum plan_step)s;
		size_t n = 0;
		for (size_t i = 0; i < sp->nitems; i++)
			n += step_of(&sp->items[i]) == step;
		if (step == STEP_NONE && !n)
			continue;
		char *label = plan_step_label(step);
		fprintf(out, "\n%s\n", step ? label : _("Step not given"));
		free(label);
		if (!n) {
			fputs(_("   (no initiatives)\n"), out);
			continue;
		}
		struct report_table *t = report_table_new(4);
		report_table_column(t, 0, _("INITIATIVE"), REPORT_LEFT);
		report_table_column(t, 1, _("PHASE"), REPORT_LEFT);
		report_table_column(t, 2, _("START"), REPORT_LEFT);
		report_table_column(t, 3, _("TITLE"), REPORT_LEFT);
		for (size_t k = 0; k < sp->nitems; k++) {
			const struct store_plan_item *it = &sp->items[order[k]];
			if (step_of(it) != step)
				continue;
			char start[TIMEX_SHOW_MAX];
			const char *cells[] = { it->initiative, it->phase, timex_show(it->start, start),
						item_title(it, lang) };
			report_table_row(t, cells);
		}
		report_table_print(t, out, 3, false);
		report_table_free(t);
	}
	free(order);
}
