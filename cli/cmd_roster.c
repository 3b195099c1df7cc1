/* crmready roster import FILE.csv [--map id=COL,...] | roster list */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../metrics/metrics.h"
#include "commands.h"

static int run_import(struct cli *cli)
{
	if (!cli_input_format(cli))
		return cli_finish(cli);
	/* An unreadable file is reported before a workspace is created for it. */
	if (strcmp(cli->args[0], "-")) {
		FILE *f = fopen(cli->args[0], "rb");
		if (!f) {
			diag_fail(&cli->diag, EXIT_NOINPUT, "%s: cannot open: %s", cli->args[0],
				  strerror(errno));
			return cli_finish(cli);
		}
		fclose(f);
	}
	struct store *st = cli_open_store(cli, STORE_WRITE);
	if (!st)
		return cli_finish(cli);
	struct adoption_roster_result res;
	bool ok = adoption_roster_import(st, cli->args[0], cli_opt(cli, "map"), &res, &cli->diag);
	store_close(st);
	if (ok && !cli->quiet) {
		char *file = text_sanitize(cli->args[0]);
		printf("Imported %s: %ld users (%ld new, %ld updated).\n", file, res.rows, res.added,
		       res.updated);
		if (res.weeks)
			printf("Weekly adoption figures recomputed for %zu week%s.\n", res.weeks,
			       res.weeks == 1 ? "" : "s");
		free(file);
	}
	return cli_finish(cli);
}

static const struct cli_option import_options[] = {
	{ "map", 0, "KEY=COL,...", "columns under other names: id, department, name, role, "
	  "license_start, wave (e.g. --map id=Employee,department=Team)" },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

static const struct command cmd_roster_import = {
	.name = "import",
	.summary = "import or update the licensed users (id, department, name, role, licence start, wave)",
	.usage = "roster import FILE.csv [--map id=COL,department=COL,...]"
		 CLI_INPUT_USAGE,
	.description =
		"Reads a CSV with a header. Required columns: id, department; optional: name, role, "
		"license_start (YYYY-MM-DD), wave. Header names match case-insensitively, ignoring "
		"'_', '-' and spaces, so a Salesforce User export (Id, Name, Department, ...) works as "
		"is. Extra columns are ignored. Users already in the workspace are updated. Every row "
		"is checked first: bad cells (the first 20, by row and column) make it exit 65 with "
		"nothing written. The weekly adoption figures are recomputed for every week with logins.",
	.options = import_options,
	.min_args = 1,
	.max_args = 1,
	.run = run_import,
};

struct list {
	struct cli *cli;
	json_t *users;
	long n;
};

static bool list_user(const struct store_adoption_user *u, void *arg)
{
	struct list *l = arg;
	const char *lic = u->license_start ? u->license_start : "";
	l->n++;
	if (l->cli->format == FORMAT_JSON) {
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:s}", "id", u->id, "name", u->name,
				      "department", u->department, "role", u->role,
				      "license_start", u->license_start, "wave", u->wave);
		json_array_append_new(l->users, o);
	} else if (l->cli->format == FORMAT_CSV) {
		const char *cells[] = { u->id, u->name, u->department, u->role, lic, u->wave };
		csvx_write_row(stdout, cells, 6);
	} else {
		char *id = text_sanitize(u->id), *name = text_sanitize(u->name),
		     *dept = text_sanitize(u->department), *wave = text_sanitize(u->wave);
		printf("%-20s %-24s %-16s %-10s %s\n", id, name, dept, *lic ? lic : "-",
		       *wave ? wave : "-");
		free(id);
		free(name);
		free(dept);
		free(wave);
	}
	return true;
}

static int run_list(struct cli *cli)
{
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct list l = { cli, json_array(), 0 };
	if (cli->format == FORMAT_CSV) {
		const char *head[] = { "id", "name", "department", "role", "license_start", "wave" };
		csvx_write_row(stdout, head, 6);
	} else if (cli->format == FORMAT_TEXT) {
		printf("%-20s %-24s %-16s %-10s %s\n", "ID", "NAME", "DEPARTMENT", "LICENCE", "WAVE");
	}
	bool ok = store_adoption_roster_each(st, list_user, &l, &cli->diag);
	store_close(st);
	if (ok && cli->format == FORMAT_JSON) {
		json_t *root = json_pack("{s:o}", "users", l.users);
		json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		putchar('\n');
		json_decref(root);
	} else {
		json_decref(l.users);
	}
	if (ok && cli->format == FORMAT_TEXT)
		printf("%ld user%s\n", l.n, l.n == 1 ? "" : "s");
	return cli_finish(cli);
}

static const struct command cmd_roster_list = {
	.name = "list",
	.summary = "list the roster's users by department",
	.usage = "roster list [--format json|csv]",
	.formats = FORMAT_TEXT | FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 0,
	.run = run_list,
};

static const struct command *const roster_subcommands[] = {
	&cmd_roster_import,
	&cmd_roster_list,
	NULL,
};

const struct command cmd_roster = {
	.name = "roster",
	.summary = "the licensed users whose adoption is tracked",
	.usage = "roster import|list ...",
	.subcommands = roster_subcommands,
};
