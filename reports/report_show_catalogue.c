/* report_show_catalogue: `catalogue show` — the phases with their goals and
 * the initiatives, for people and as JSON. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../phases/plan.h"
#include "report.h"
#include "report_documents_internal.h"

static json_t *goal_json(const struct catalogue_goal *g)
{
	json_t *subs = json_array();
	for (size_t i = 0; i < g->nsub_goals; i++)
		json_array_append_new(subs, goal_json(&g->sub_goals[i]));
	return json_pack("{s:s, s:s, s:s, s:f, s:o, s:o}", "metric", g->metric, "scope", g->scope,
			 "op", goal_op_name(g->op), "target", g->target, "source",
			 plan_sources_to_json(&g->source), "sub_goals", subs);
}

/* "source: ..." under an entry, indented by indent (nothing without one). */
static void print_source(FILE *out, int indent, const struct sources *src, lang_id lang)
{
	if (!src->n)
		return;
	char *told = sources_text(src, lang), *clean = text_sanitize(told);
	fprintf(out, "%*s%s %s\n", indent, "", _("source:"), clean);
	free(clean);
	free(told);
}

static void print_goal(FILE *out, const struct catalogue_goal *g, int depth, lang_id lang)
{
	char t[REPORT_NUMBER_LEN];
	report_number(t, g->target);
	char *scope = text_sanitize(g->scope);
	char *goal = xasprintf("%s %s %s%s%s%s", g->metric, goal_op_name(g->op), t,
			       *scope ? " (" : "", scope, *scope ? ")" : "");
	char *shown = report_isolate(goal);
	fprintf(out, "    %*s%s\n", depth * 2, "", shown);
	print_source(out, 6 + depth * 2, &g->source, lang);
	free(shown);
	free(goal);
	free(scope);
	for (size_t i = 0; i < g->nsub_goals; i++)
		print_goal(out, &g->sub_goals[i], depth + 1, lang);
}

json_t *report_catalogue_json(const struct catalogue *c, lang_id lang)
{
	json_t *phases = json_array(), *inits = json_array();
	for (size_t p = 0; p < c->nphases; p++) {
		const struct catalogue_phase *ph = &c->phases[p];
		json_t *goals = json_array();
		for (size_t g = 0; g < ph->ngoals; g++)
			json_array_append_new(goals, goal_json(&ph->goals[g]));
		json_array_append_new(phases, json_pack(
			"{s:s, s:s, s:I, s:f, s:o}", "id", ph->id, "title",
			text_get(&ph->title, lang), "duration", (json_int_t)ph->duration,
			"capacity", ph->capacity, "goals", goals));
	}
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *it = &c->initiatives[i];
		json_t *addr = json_array(), *deps = json_array();
		for (size_t k = 0; k < it->naddresses; k++)
			json_array_append_new(addr, json_string(it->addresses[k]));
		for (size_t k = 0; k < it->ndepends; k++)
			json_array_append_new(deps, json_string(it->depends_on[k]));
		json_array_append_new(inits, json_pack(
			"{s:s, s:s, s:s, s:o, s:f, s:I, s:I, s:I, s:o, s:o, s:o}", "id", it->id, "title",
			text_get(&it->title, lang), "phase", c->phases[it->phase].id,
			"addresses", addr, "effort", it->effort, "duration",
			(json_int_t)it->duration, "impact", (json_int_t)it->impact, "risk",
			(json_int_t)it->risk, "depends_on", deps, "step",
			it->step ? json_string(plan_step_id(it->step)) : json_null(), "source",
			plan_sources_to_json(&it->source)));
	}
	return json_pack("{s:s, s:I, s:s, s:f, s:o, s:o}", "id", c->id, "version",
			 (json_int_t)c->version, "title", text_get(&c->title, lang),
			 "dimension_below", c->dimension_below, "phases", phases,
			 "initiatives", inits);
}

/* A phase's line: its number, id, title and size. Fixed widths, so each
 * phase's one-row table lines up with the others between their goals. */
static void print_phase(FILE *out, size_t p, const struct catalogue_phase *ph, lang_id lang)
{
	static const size_t width[] = { 0, 12, 28, 0 };
	struct report_table *t = report_table_new(4);
	for (size_t k = 0; k < 4; k++) {
		report_table_column(t, k, NULL, REPORT_LEFT);
		report_table_width(t, k, width[k], true);
		report_table_gap(t, k, " ");
	}
	char *size = tfmt(_("%3ld weeks, capacity %.1f person-weeks"), ph->duration, ph->capacity);
	char *num = tfmt("%zu.", p + 1);
	const char *cell[] = { num, ph->id, text_get(&ph->title, lang), size };
	report_table_row(t, cell);
	report_table_print(t, out, 2, false);
	report_table_free(t);
	free(size);
	free(num);
}

/* Each initiative's step of the six and where it comes from. */
static void print_steps_and_sources(const struct catalogue *c, lang_id lang, FILE *out)
{
	bool any = false;
	for (size_t i = 0; i < c->ninitiatives; i++)
		any |= c->initiatives[i].step || c->initiatives[i].source.n;
	if (!any)
		return;
	fputs(_("\ninitiatives' steps and sources:\n"), out);
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *it = &c->initiatives[i];
		char *label = plan_step_label(it->step);
		fprintf(out, "  %s%s%s\n", it->id, it->step ? "  " : "", label);
		free(label);
		print_source(out, 6, &it->source, lang);
	}
}

void report_catalogue_text(const struct catalogue *c, lang_id lang, FILE *out)
{
	char *t = text_sanitize(text_get(&c->title, lang));
	tfprintf(out, _("%s (version %ld): %s\n"), c->id, c->version, t);
	free(t);
	tfprintf(out, _("Selects initiatives for findings, dimensions scoring below %.1f and "
			"capabilities with a gap.\n\nphases:\n"), c->dimension_below);
	for (size_t p = 0; p < c->nphases; p++) {
		const struct catalogue_phase *ph = &c->phases[p];
		print_phase(out, p, ph, lang);
		for (size_t g = 0; g < ph->ngoals; g++)
			print_goal(out, &ph->goals[g], 0, lang);
	}
	fputs(_("\ninitiatives:\n"), out);
	const char *const head[] = {
		trc("initiative table", "id"), trc("initiative table", "phase"),
		trc("initiative table", "effort"), trc("initiative table", "weeks"),
		trc("initiative table", "impact"), trc("initiative table", "risk"),
		trc("initiative table", "depends on"),
	};
	static const size_t width[] = { 30, 11, 6, 5, 6, 4, 0 };
	enum { NCOLS = 7, DEPENDS = 6 };
	struct report_table *tab = report_table_new(NCOLS);
	report_table_plain_header(tab);
	for (size_t k = 0; k < NCOLS; k++) {
		report_table_column(tab, k, head[k], k < 2 || k == DEPENDS ? REPORT_LEFT : REPORT_RIGHT);
		report_table_width(tab, k, width[k], true);
		report_table_gap(tab, k, k == DEPENDS ? "  " : " ");
	}
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *it = &c->initiatives[i];
		struct sbuf deps;
		sbuf_init(&deps);
		for (size_t k = 0; k < it->ndepends; k++)
			sbuf_addf(&deps, "%s%s", k ? report_list_sep() : "", it->depends_on[k]);
		char *row = tfmt("%s\t%s\t%.1f\t%ld\t%ld\t%ld\t%s", it->id, c->phases[it->phase].id,
				 it->effort, it->duration, it->impact, it->risk, deps.s ? deps.s : "-");
		report_table_rowf(tab, "%s", row);
		free(row);
		sbuf_release(&deps);
	}
	report_table_print(tab, out, 2, false);
	report_table_free(tab);
	print_steps_and_sources(c, lang, out);
}
