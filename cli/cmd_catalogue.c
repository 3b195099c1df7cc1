/* crmready catalogue add|validate|list|show: initiative catalogues with
 * phase templates (SPEC §6, §10). */
#include <stdlib.h>
#include <string.h>

#include "../core/embedded.h"
#include "../core/xalloc.h"
#include "commands.h"
#include "../registry/registry.h"
#include "plan_cli.h"

static int run_validate(struct cli *cli)
{
	size_t bad = 0;
	for (int i = 0; i < cli->nargs; i++) {
		struct catalogue *c = catalogue_load_file(cli->args[i], &cli->diag);
		if (!c) {
			bad++;
			continue;
		}
		if (!cli->quiet)
			printf("%s: ok (catalogue %s version %ld: %zu initiatives, %zu phases)\n",
			       cli->args[i], c->id, c->version, c->ninitiatives, c->nphases);
		catalogue_free(c);
	}
	(void)bad;
	return cli_finish(cli);
}

static int run_add(struct cli *cli)
{
	const char *file = cli->args[0];
	struct catalogue *c = catalogue_load_file(file, &cli->diag);
	if (!c)
		return cli_finish(cli);
	struct store *st = cli_open_store(cli, STORE_WRITE);
	bool unchanged;
	if (st && store_begin(st, &cli->diag)) {
		if (registry_add(st, REGISTRY_CATALOGUE, c->id, c->version, c->doc.source, file,
				 &unchanged, &cli->diag) && store_commit(st, &cli->diag)) {
			if (unchanged)
				printf("catalogue '%s' version %ld is already known; nothing changed\n",
				       c->id, c->version);
			else
				printf("added catalogue '%s' version %ld (%zu initiatives, %zu phases)\n",
				       c->id, c->version, c->ninitiatives, c->nphases);
		} else {
			store_rollback(st);
		}
	}
	store_close(st);
	catalogue_free(c);
	return cli_finish(cli);
}

static int run_list(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct registry_entry *all = NULL;
	size_t n = 0;
	if (!registry_list(st, REGISTRY_CATALOGUE, &all, &n, &cli->diag)) {
		store_close(st);
		return cli_finish(cli);
	}
	store_close(st);
	json_t *arr = json_array();
	if (cli->format == FORMAT_TEXT)
		printf("%-24s %7s  %-9s %11s %6s  %s\n", "id", "version", "origin", "initiatives",
		       "phases", "title");
	for (size_t i = 0; i < n; i++) {
		struct catalogue *c = catalogue_load_buffer(all[i].doc.name, all[i].doc.text,
							    all[i].doc.len, &cli->diag);
		if (!c)
			continue; /* a broken workspace copy: said above, the rest listed */
		const char *origin = all[i].in_workspace ? "workspace" : "shipped";
		if (cli->format == FORMAT_JSON) {
			json_array_append_new(arr, json_pack(
				"{s:s, s:I, s:s, s:I, s:I, s:s}", "id", c->id, "version",
				(json_int_t)c->version, "origin", origin, "initiatives",
				(json_int_t)c->ninitiatives, "phases", (json_int_t)c->nphases,
				"title", text_get(&c->title, cli->lang)));
		} else {
			char *t = text_sanitize(text_get(&c->title, cli->lang));
			printf("%-24s %7ld  %-9s %11zu %6zu  %s\n", c->id, c->version, origin,
			       c->ninitiatives, c->nphases, t);
			free(t);
		}
		catalogue_free(c);
	}
	registry_list_free(all, n);
	if (cli->format == FORMAT_JSON)
		plan_cli_json_print(json_pack("{s:o}", "catalogues", arr));
	else
		json_decref(arr);
	return cli_finish(cli);
}

static json_t *goal_json(const struct catalogue_goal *g)
{
	json_t *subs = json_array();
	for (size_t i = 0; i < g->nsub_goals; i++)
		json_array_append_new(subs, goal_json(&g->sub_goals[i]));
	return json_pack("{s:s, s:s, s:s, s:f, s:o}", "metric", g->metric, "scope", g->scope,
			 "op", goal_op_name(g->op), "target", g->target, "sub_goals", subs);
}

static void print_goal(const struct catalogue_goal *g, int depth)
{
	char t[40];
	plan_cli_num(t, g->target);
	char *scope = text_sanitize(g->scope);
	printf("    %*s%s %s %s%s%s%s\n", depth * 2, "", g->metric, goal_op_name(g->op), t,
	       *scope ? " (" : "", scope, *scope ? ")" : "");
	free(scope);
	for (size_t i = 0; i < g->nsub_goals; i++)
		print_goal(&g->sub_goals[i], depth + 1);
}

static int run_show(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct catalogue *c = catalogue_lookup(st, cli->args[0], &cli->diag);
	if (!c) {
		store_close(st);
		return cli_finish(cli);
	}
	if (cli->format == FORMAT_JSON) {
		json_t *phases = json_array(), *inits = json_array();
		for (size_t p = 0; p < c->nphases; p++) {
			const struct catalogue_phase *ph = &c->phases[p];
			json_t *goals = json_array();
			for (size_t g = 0; g < ph->ngoals; g++)
				json_array_append_new(goals, goal_json(&ph->goals[g]));
			json_array_append_new(phases, json_pack(
				"{s:s, s:s, s:I, s:f, s:o}", "id", ph->id, "title",
				text_get(&ph->title, cli->lang), "duration", (json_int_t)ph->duration,
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
				text_get(&it->title, cli->lang), "phase", c->phases[it->phase].id,
				"addresses", addr, "effort", it->effort, "duration",
				(json_int_t)it->duration, "impact", (json_int_t)it->impact, "risk",
				(json_int_t)it->risk, "depends_on", deps));
		}
		plan_cli_json_print(json_pack("{s:s, s:I, s:s, s:f, s:o, s:o}", "id", c->id,
					      "version", (json_int_t)c->version, "title",
					      text_get(&c->title, cli->lang), "dimension_below",
					      c->dimension_below, "phases", phases,
					      "initiatives", inits));
	} else {
		char *t = text_sanitize(text_get(&c->title, cli->lang));
		printf("%s (version %ld): %s\n", c->id, c->version, t);
		free(t);
		printf("Selects initiatives for findings, dimensions scoring below %.1f and "
		       "capabilities with a gap.\n\nphases:\n", c->dimension_below);
		for (size_t p = 0; p < c->nphases; p++) {
			const struct catalogue_phase *ph = &c->phases[p];
			t = text_sanitize(text_get(&ph->title, cli->lang));
			printf("  %zu. %-12s %-28s %3ld weeks, capacity %.1f person-weeks\n", p + 1,
			       ph->id, t, ph->duration, ph->capacity);
			free(t);
			for (size_t g = 0; g < ph->ngoals; g++)
				print_goal(&ph->goals[g], 0);
		}
		printf("\ninitiatives:\n  %-30s %-11s %6s %5s %6s %4s  %s\n", "id", "phase", "effort",
		       "weeks", "impact", "risk", "depends on");
		for (size_t i = 0; i < c->ninitiatives; i++) {
			const struct catalogue_initiative *it = &c->initiatives[i];
			struct sbuf deps;
			sbuf_init(&deps);
			for (size_t k = 0; k < it->ndepends; k++)
				sbuf_addf(&deps, "%s%s", k ? ", " : "", it->depends_on[k]);
			printf("  %-30s %-11s %6.1f %5ld %6ld %4ld  %s\n", it->id, c->phases[it->phase].id,
			       it->effort, it->duration, it->impact, it->risk, deps.s ? deps.s : "-");
			sbuf_release(&deps);
		}
	}
	catalogue_free(c);
	store_close(st);
	return cli_finish(cli);
}

static const struct command cmd_catalogue_add = {
	.name = "add",
	.summary = "validate a catalogue file and register it in the workspace",
	.usage = "catalogue add FILE.yaml",
	.description = "The same id with a higher 'version' upgrades the registered one; "
		       "a registered catalogue\ntakes the place of a shipped one with the same id.",
	.min_args = 1, .max_args = 1, .run = run_add,
};
static const struct command cmd_catalogue_validate = {
	.name = "validate",
	.summary = "check catalogue files without registering them",
	.usage = "catalogue validate FILE.yaml...",
	.description = "Exit 0 when every file is valid, 65 with every error found (file:line:col).",
	.min_args = 1, .max_args = -1, .run = run_validate,
};
static const struct command cmd_catalogue_list = {
	.name = "list",
	.summary = "list the catalogues: registered in the workspace and shipped",
	.usage = "catalogue list [--format json]",
	.formats = FORMAT_JSON, .min_args = 0, .max_args = 0, .run = run_list,
};
static const struct command cmd_catalogue_show = {
	.name = "show",
	.summary = "show a catalogue's phases, goals and initiatives",
	.usage = "catalogue show ID|FILE.yaml [--format json]",
	.formats = FORMAT_JSON, .min_args = 1, .max_args = 1, .run = run_show,
};
static const struct command *const catalogue_subcommands[] = {
	&cmd_catalogue_add, &cmd_catalogue_validate, &cmd_catalogue_list, &cmd_catalogue_show, NULL,
};
const struct command cmd_catalogue = {
	.name = "catalogue",
	.summary = "initiative catalogues with phase templates: add, validate, list, show",
	.usage = "catalogue add|validate|list|show ...",
	.description = "A catalogue lists the initiatives a rollout may need (effort, duration, "
		       "impact, risk,\ndependencies, earliest phase) and the phases with their "
		       "capacity and goals.\nShipped: crm-default-plan.",
	.subcommands = catalogue_subcommands,
	.run = NULL,
};
