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
	return json_pack("{s:s, s:s, s:s, s:f, s:o}", "metric", g->metric, "scope", g->scope,
			 "op", goal_op_name(g->op), "target", g->target, "sub_goals", subs);
}

static void print_goal(FILE *out, const struct catalogue_goal *g, int depth)
{
	char t[REPORT_NUMBER_LEN];
	report_number(t, g->target);
	char *scope = text_sanitize(g->scope);
	fprintf(out, "    %*s%s %s %s%s%s%s\n", depth * 2, "", g->metric, goal_op_name(g->op), t,
		*scope ? " (" : "", scope, *scope ? ")" : "");
	free(scope);
	for (size_t i = 0; i < g->nsub_goals; i++)
		print_goal(out, &g->sub_goals[i], depth + 1);
}

json_t *report_catalogue_json(const struct catalogue *c, enum lang lang)
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
			"{s:s, s:s, s:s, s:o, s:f, s:I, s:I, s:I, s:o}", "id", it->id, "title",
			text_get(&it->title, lang), "phase", c->phases[it->phase].id,
			"addresses", addr, "effort", it->effort, "duration",
			(json_int_t)it->duration, "impact", (json_int_t)it->impact, "risk",
			(json_int_t)it->risk, "depends_on", deps));
	}
	return json_pack("{s:s, s:I, s:s, s:f, s:o, s:o}", "id", c->id, "version",
			 (json_int_t)c->version, "title", text_get(&c->title, lang),
			 "dimension_below", c->dimension_below, "phases", phases,
			 "initiatives", inits);
}

void report_catalogue_text(const struct catalogue *c, enum lang lang, FILE *out)
{
	char *t = text_sanitize(text_get(&c->title, lang));
	fprintf(out, "%s (version %ld): %s\n", c->id, c->version, t);
	free(t);
	fprintf(out, "Selects initiatives for findings, dimensions scoring below %.1f and "
		"capabilities with a gap.\n\nphases:\n", c->dimension_below);
	for (size_t p = 0; p < c->nphases; p++) {
		const struct catalogue_phase *ph = &c->phases[p];
		t = text_sanitize(text_get(&ph->title, lang));
		fprintf(out, "  %zu. %-12s %-28s %3ld weeks, capacity %.1f person-weeks\n", p + 1,
			ph->id, t, ph->duration, ph->capacity);
		free(t);
		for (size_t g = 0; g < ph->ngoals; g++)
			print_goal(out, &ph->goals[g], 0);
	}
	fprintf(out, "\ninitiatives:\n  %-30s %-11s %6s %5s %6s %4s  %s\n", "id", "phase", "effort",
		"weeks", "impact", "risk", "depends on");
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *it = &c->initiatives[i];
		struct sbuf deps;
		sbuf_init(&deps);
		for (size_t k = 0; k < it->ndepends; k++)
			sbuf_addf(&deps, "%s%s", k ? ", " : "", it->depends_on[k]);
		fprintf(out, "  %-30s %-11s %6.1f %5ld %6ld %4ld  %s\n", it->id,
			c->phases[it->phase].id, it->effort, it->duration, it->impact, it->risk,
			deps.s ? deps.s : "-");
		sbuf_release(&deps);
	}
}
