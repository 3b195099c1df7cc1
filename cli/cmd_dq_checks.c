/* crmready dq checks add|validate|list|show: data-quality checks files,
 * and the lookup every dq command uses (file, workspace, shipped). */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "../registry/registry.h"
#include "../core/yamlx.h"
#include "cmd_dq.h"

static const char *origin_name(enum registry_origin o)
{
	return o == REGISTRY_FILE ? "file" : o == REGISTRY_WORKSPACE ? "workspace" : "built-in";
}

bool dq_find_checks(struct cli *cli, const char *spec, struct dq_checks *c,
		    struct registry_text *s)
{
	memset(s, 0, sizeof *s);
	if (!spec)
		spec = DQ_DEFAULT_CHECKS;
	struct store *st = registry_is_path(spec) ? NULL : cli_open_store(cli, STORE_READ);
	if (!st && !registry_is_path(spec))
		return false;
	bool found = registry_find(st, REGISTRY_CHECKS, spec, s, &cli->diag);
	store_close(st);
	if (!found)
		return false;
	if (!dq_checks_load(c, s->name, s->text, s->len, &cli->diag)) {
		registry_text_release(s);
		return false;
	}
	return true;
}

/* ---- the verbs ---- */

static int checks_validate(struct cli *cli)
{
	if (cli->nargs < 2)
		return cli_usage_error(cli, "validate needs at least one FILE.yaml");
	for (int i = 1; i < cli->nargs; i++) {
		struct registry_text s;
		struct dq_checks c;
		if (!registry_find(NULL, REGISTRY_CHECKS, cli->args[i], &s, &cli->diag))
			continue;
		if (dq_checks_load(&c, s.name, s.text, s.len, &cli->diag)) {
			if (!cli->quiet)
				printf("%s: ok (checks %s, %zu fields, %zu duplicate rules)\n",
				       cli->args[i], c.id, c.nfields, c.nrules);
			dq_checks_release(&c);
		}
		registry_text_release(&s);
	}
	return cli_finish(cli);
}

static int checks_add(struct cli *cli)
{
	if (cli->nargs != 2)
		return cli_usage_error(cli, "add needs exactly one FILE.yaml");
	struct registry_text s;
	struct dq_checks c;
	if (!registry_find(NULL, REGISTRY_CHECKS, cli->args[1], &s, &cli->diag))
		return cli_finish(cli);
	if (!dq_checks_load(&c, s.name, s.text, s.len, &cli->diag)) {
		registry_text_release(&s);
		return cli_finish(cli);
	}
	struct store *st = cli_open_store(cli, STORE_WRITE);
	bool unchanged;
	if (st && store_begin(st, &cli->diag)) {
		if (registry_add(st, REGISTRY_CHECKS, c.id, c.version, s.text, cli->args[1],
				 &unchanged, &cli->diag) && store_commit(st, &cli->diag)) {
			if (!cli->quiet)
				printf(unchanged ? "checks %s version %ld: already known; nothing changed\n"
						 : "added checks %s version %ld (%zu fields, %zu duplicate rules)\n",
				       c.id, c.version, c.nfields, c.nrules);
		} else {
			store_rollback(st);
		}
	}
	store_close(st);
	dq_checks_release(&c);
	registry_text_release(&s);
	return cli_finish(cli);
}

struct listed {
	char *id, *origin, *title;
	long version;
	size_t nfields, nrules;
};

static void list_add(struct listed **v, size_t *n, size_t *cap, const char *id,
		     const char *origin, const char *file, const char *text, size_t len,
		     enum lang lang)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*v)[i].id, id))
			return; /* the workspace one hides the shipped one */
	struct dq_checks c;
	struct diag d;
	diag_init(&d);
	bool ok = dq_checks_load(&c, file, text, len, &d);
	diag_release(&d);
	XGROW(*v, *cap, *n + 1);
	struct listed *l = &(*v)[(*n)++];
	l->id = xstrdup(id);
	l->origin = xstrdup(origin);
	l->title = xstrdup(ok ? text_get(&c.title, lang) : "(does not load)");
	l->version = ok ? c.version : 0;
	l->nfields = ok ? c.nfields : 0;
	l->nrules = ok ? c.nrules : 0;
	if (ok)
		dq_checks_release(&c);
}

static int checks_list(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct registry_entry *all = NULL;
	size_t nall = 0;
	bool ok = registry_list(st, REGISTRY_CHECKS, &all, &nall, &cli->diag);
	store_close(st);
	if (!ok)
		return cli_finish(cli);
	struct listed *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < nall; i++)
		list_add(&v, &n, &cap, all[i].id, origin_name(all[i].doc.origin), all[i].doc.name,
			 all[i].doc.text, all[i].doc.len, cli->lang);
	registry_list_free(all, nall);
	if (cli->format == FORMAT_JSON) {
		json_t *a = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(a, json_pack("{s:s, s:I, s:s, s:s, s:I, s:I}", "id", v[i].id,
							   "version", (json_int_t)v[i].version, "origin",
							   v[i].origin, "title", v[i].title, "fields",
							   (json_int_t)v[i].nfields, "duplicate_rules",
							   (json_int_t)v[i].nrules));
		json_t *o = json_pack("{s:o}", "checks", a);
		json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(o);
	} else {
		printf("%-24s %7s  %-9s  %6s  %5s  %s\n", "id", "version", "origin", "fields", "rules", "title");
		for (size_t i = 0; i < n; i++) {
			char *t = text_sanitize(v[i].title);
			printf("%-24s %7ld  %-9s  %6zu  %5zu  %s\n", v[i].id, v[i].version, v[i].origin,
			       v[i].nfields, v[i].nrules, t);
			free(t);
		}
	}
	for (size_t i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].origin);
		free(v[i].title);
	}
	free(v);
	return cli_finish(cli);
}

static int checks_show(struct cli *cli)
{
	if (cli->nargs != 2)
		return cli_usage_error(cli, "show needs exactly one checks ID");
	struct registry_text s;
	struct dq_checks c;
	if (!dq_find_checks(cli, cli->args[1], &c, &s))
		return cli_finish(cli);
	if (!cli->quiet)
		fprintf(stderr, "# %s checks %s version %ld\n", origin_name(s.origin), c.id, c.version);
	fwrite(s.text, 1, s.len, stdout);
	if (s.len && s.text[s.len - 1] != '\n')
		putchar('\n');
	dq_checks_release(&c);
	registry_text_release(&s);
	return cli_finish(cli);
}

static int run_checks(struct cli *cli)
{
	static const struct { const char *verb; int (*run)(struct cli *); } verbs[] = {
		{ "add", checks_add }, { "validate", checks_validate },
		{ "list", checks_list }, { "show", checks_show } };
	static const char *const names[] = { "add", "validate", "list", "show", NULL };
	if (cli->nargs == 0)
		return cli_usage_error(cli, "say what to do: add, validate, list or show");
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(cli->args[0], verbs[i].verb)) {
			if (cli->format == FORMAT_JSON && verbs[i].run != checks_list)
				return cli_usage_error(cli, "--format json is for 'list'");
			return verbs[i].run(cli);
		}
	const char *close = text_closest(cli->args[0], names, (size_t)-1);
	if (close)
		return cli_usage_error(cli, "unknown action '%s' (did you mean '%s'?)", cli->args[0], close);
	return cli_usage_error(cli, "unknown action '%s': expected add, validate, list or show",
			       cli->args[0]);
}

const struct command cmd_dq_checks = {
	.name = "checks",
	.summary = "add, validate, list or show data-quality checks files",
	.usage = "dq checks add FILE.yaml | validate FILE.yaml... | list | show ID",
	.description =
		"Checks say which fields of an export to profile and how: required,\n"
		"format (email, phone, date), allowed values, pattern, length, exact and\n"
		"fuzzy duplicate rules, freshness, and the weights of dq.score.\n"
		"'add' stores a file in the workspace (a workspace file with the id of a\n"
		"shipped one is used instead of it); 'validate' only checks files and\n"
		"reports every error with FILE:LINE:COL; 'list' shows the workspace and\n"
		"shipped checks; 'show' prints one's YAML.",
	.formats = FORMAT_JSON,
	.min_args = 0,
	.max_args = -1,
	.run = run_checks,
};
