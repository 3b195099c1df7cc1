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

json_t *report_plan_steps_json(const struct store_plan *sp)
{
	json_t *steps = json_array();
	for (int s = STEP_NONE + 1; s <= PLAN_NSTEPS; s++) {
		enum plan_step step = s == PLAN_NSTEPS ? STEP_NONE : (enum plan_step)s;
		json_t *ids = json_array();
		for (size_t i = 0; i < sp->nitems; i++)
			if (step_of(&sp->items[i]) == step)
				json_array_append_new(ids, json_string(sp->items[i].initiative));
		if (step == STEP_NONE && !json_array_size(ids)) {
			json_decref(ids);
			continue;
		}
		json_array_append_new(steps, json_pack("{s:o, s:s, s:o}", "id",
			step ? json_string(plan_step_id(step)) : json_null(), "title",
			plan_step_title(step), "initiatives", ids));
	}
	return steps;
}

void report_plan_steps_text(FILE *out, const struct store_plan *sp, lang_id lang)
{
	fputs(_("The plan by the six steps of the transformation\n"), out);
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
		for (size_t i = 0; i < sp->nitems; i++) {
			const struct store_plan_item *it = &sp->items[i];
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
}
