/* crmready roster import FILE.csv [--map id=COL,...] | roster list */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../adoption/adoption.h"
#include "commands.h"

static const char *users(long n)
{
	return n == 1 ? "user" : "users";
}

/* "a, b, c and 4 more" of the first examples of n. */
static void print_examples(const char *first, size_t size, long n)
{
	for (long k = 0; k < n && k < ADOPTION_ROSTER_EXAMPLES; k++) {
		char *x = text_sanitize(first + (size_t)k * size);
		printf("%s%s", k ? ", " : "", x);
		free(x);
	}
	if (n > ADOPTION_ROSTER_EXAMPLES)
		printf(" and %ld more", n - ADOPTION_ROSTER_EXAMPLES);
}

/* What the import kept, assumed or left out, with the counts. */
static void print_assumed(const struct adoption_roster_result *r,
			  const struct adoption_roster_opts *o)
{
	if (r->no_department)
		printf("Without a department: %ld %s, counted under \"%s\".\n", r->no_department,
		       users(r->no_department), ADOPTION_NO_DEPARTMENT);
	if (r->inactive) {
		printf("Inactive: %ld %s, not counted as licensed from the end of their licence",
		       r->inactive, users(r->inactive));
		if (r->inactive_as_of)
			printf(" (%ld marked inactive without an end date: from %s at the latest, "
			       "the export's date; --as-of DATE sets it)", r->inactive_as_of, o->as_of);
		printf(".\n");
	}
	if (r->excluded) {
		printf("Excluded: %ld %s (--exclude ", r->excluded, users(r->excluded));
		for (size_t k = 0; k < o->nexclude; k++) {
			char *x = text_sanitize(o->exclude[k]);
			printf("%s%s", k ? ", " : "", x);
			free(x);
		}
		printf("), kept out of every figure.\n");
	}
	for (int wave = 0; wave < 2; wave++) {
		bool first = true;
		for (size_t i = 0; i < r->nmerged; i++) {
			const struct adoption_spelling *m = &r->merged[i];
			if (m->wave != wave)
				continue;
			printf("%s", first ? (wave ? "Waves under other spellings, counted as one: "
					      : "Departments under other spellings, counted as one: ")
				     : ", ");
			first = false;
			char *name = text_sanitize(m->name);
			printf("\"%s\" (also ", name);
			free(name);
			for (size_t k = 0; k < m->nalso; k++) {
				char *x = text_sanitize(m->also[k]);
				printf("%s\"%s\"", k ? ", " : "", x);
				free(x);
			}
			printf("%s)", m->more ? " and others" : "");
		}
		if (!first)
			printf(".\n");
	}
	if (r->reactivated) {
		printf("Reactivated: %ld %s whose licence ended on an earlier import %s active in "
		       "this file (", r->reactivated, users(r->reactivated),
		       r->reactivated == 1 ? "is" : "are");
		print_examples(r->reactivated_ids[0], sizeof r->reactivated_ids[0], r->reactivated);
		printf("): the end is removed, so they count as licensed in every week again.\n");
	}
	if (r->reincluded) {
		printf("Counted again: %ld previously excluded %s %s counted again (this import has "
		       "no --exclude matching them; ", r->reincluded, users(r->reincluded),
		       r->reincluded == 1 ? "is" : "are");
		print_examples(r->reincluded_ids[0], sizeof r->reincluded_ids[0], r->reincluded);
		printf(").\n");
	}
}

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
	char as_of[11];
	cli_today(as_of);
	if (!cli_opt_date(cli, "as-of", as_of))
		return EXIT_USAGE;
	const char *exclude[32];
	struct adoption_roster_opts opts = {
		.map = cli_opt(cli, "map"), .exclude = exclude,
		.nexclude = cli_opt_all(cli, "exclude", exclude, 32), .as_of = as_of,
	};
	for (size_t k = 0; k < opts.nexclude; k++)
		if (!strchr(exclude[k], '=') || exclude[k][0] == '=')
			return cli_usage_error(cli, "--exclude: expected COLUMN=VALUE (e.g. --exclude "
					       "UserType=AutomatedProcess), found '%s'", exclude[k]);
	struct timex_format date_format;
	opts.date_format_spec = cli_opt(cli, "date-format");
	if (opts.date_format_spec) {
		const char *why;
		size_t at;
		if (!timex_format_compile(&date_format, opts.date_format_spec, &why, &at))
			return cli_usage_error(cli, "--date-format '%s': %s (at character %zu)",
					       opts.date_format_spec, why, at + 1);
		opts.date_format = &date_format;
	}
	struct store *st = cli_open_store(cli, STORE_WRITE);
	if (!st)
		return cli_finish(cli);
	struct adoption_roster_result res;
	bool ok = adoption_roster_import(st, cli->args[0], &opts, &res, &cli->diag);
	store_close(st);
	if (ok && !cli->quiet) {
		char *file = text_sanitize(cli->args[0]);
		printf("Imported %s: %ld %s (%ld new, %ld updated).\n", file, res.rows, users(res.rows), res.added,
		       res.updated);
		print_assumed(&res, &opts);
		if (res.weeks)
			printf("Weekly adoption figures recomputed for %zu week%s.\n", res.weeks,
			       res.weeks == 1 ? "" : "s");
		free(file);
	}
	adoption_roster_result_release(&res);
	return cli_finish(cli);
}

static const struct cli_option import_options[] = {
	{ "map", 0, "KEY=COL,...", "columns under other names: id, department, name, role, "
	  "license_start, wave, active, license_end (e.g. --map id=Employee,department=Team)" },
	{ "exclude", 0, "COLUMN=VALUE", "keep rows whose COLUMN is VALUE out of every figure "
	  "(repeatable; e.g. --exclude UserType=AutomatedProcess)" },
	{ "date-format", 0, "LAYOUT", "how license_start and license_end read, strptime-style "
	  "as adoption import's --time-format (e.g. '%d/%m/%Y'; default YYYY-MM-DD or ISO 8601)" },
	{ "as-of", 0, "YYYY-MM-DD", "the export's date: users marked inactive without an end "
	  "date stop counting from it (default today)" },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

static const struct command cmd_roster_import = {
	.name = "import",
	.summary = "import or update the licensed users (id, department, name, role, licence start, wave)",
	.usage = "roster import FILE.csv [--map id=COL,department=COL,...] "
		 "[--exclude COLUMN=VALUE]... [--date-format LAYOUT] [--as-of YYYY-MM-DD]"
		 CLI_INPUT_USAGE,
	.description =
		"Reads a CSV with a header. Required columns: id, department; optional: name, role "
		"(or UserRole.Name, Title), license_start and license_end (YYYY-MM-DD or an ISO 8601 "
		"time; --date-format LAYOUT for others, e.g. '%d/%m/%Y'), wave, active (IsActive: "
		"true/false, 1/0, yes/no, active/inactive). Header "
		"names match case-insensitively, ignoring '_', '-' and spaces, so a Salesforce User "
		"export (Id, Name, Department, IsActive, ...) works as is. Extra columns are ignored. "
		"A user with an empty department is kept and counted under \"(no department)\"; "
		"department and wave names written several ways (case, spaces, Arabic/Persian "
		"letters) count as one, named as first seen, and the import lists the spellings. A "
		"user stops counting as licensed from the end of the licence: license_end, or for a "
		"user marked inactive without one the export's date (--as-of, default today; an end "
		"stored by an earlier import stays when earlier); weeks before still count them. "
		"--exclude COLUMN=VALUE (repeatable) keeps matching rows (e.g. integration users, "
		"UserType=AutomatedProcess) out of every figure; their logins are not reported as "
		"unknown users. Users already in the workspace are updated; the import says which it "
		"reactivates (their earlier licence end removed) and which excluded users it counts "
		"again. Every row is checked first: bad cells and short rows (the first 20, by row "
		"and column) make it exit 65 with nothing written. The weekly adoption figures are "
		"recomputed for every week from the first login to the week the logs reach.",
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
	const char *end = u->license_end ? u->license_end : "";
	const char *excl = u->excluded ? u->excluded : "";
	l->n++;
	if (l->cli->format == FORMAT_JSON) {
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:s, s:s?, s:s?}", "id", u->id,
				      "name", u->name, "department", u->department, "role", u->role,
				      "license_start", u->license_start, "wave", u->wave,
				      "license_end", u->license_end, "excluded", *excl ? excl : NULL);
		json_array_append_new(l->users, o);
	} else if (l->cli->format == FORMAT_CSV) {
		const char *cells[] = { u->id, u->name, u->department, u->role, lic, u->wave, end,
					excl };
		csvx_write_row(stdout, cells, 8);
	} else {
		char *id = text_sanitize(u->id), *name = text_sanitize(u->name),
		     *dept = text_sanitize(*u->department ? u->department : ADOPTION_NO_DEPARTMENT),
		     *wave = text_sanitize(u->wave), *x = text_sanitize(excl);
		/* padded by display width: a Persian name is not twice as wide */
		const char *cols[] = { id, name, dept, *lic ? lic : "-" };
		const size_t width[] = { 20, 24, 16, 10 };
		for (int k = 0; k < 4; k++) {
			cli_pad(cols[k], width[k]);
			putchar(' ');
		}
		cli_pad(*wave ? wave : "-", 4);
		if (*x)
			printf(" excluded (%s)", x);
		else if (*end)
			printf(" licence ends %s", end);
		putchar('\n');
		free(x);
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
		const char *head[] = { "id", "name", "department", "role", "license_start", "wave",
				       "license_end", "excluded" };
		csvx_write_row(stdout, head, 8);
	} else if (cli->format == FORMAT_TEXT) {
		printf("%-20s %-24s %-16s %-10s %-4s %s\n", "ID", "NAME", "DEPARTMENT", "LICENCE",
		       "WAVE", "STATUS");
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
