/* crmready roster import FILE.csv [--map id=COL,...] | roster list */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "../adoption/adoption.h"
#include "../reports/report.h"
#include "commands.h"

static int run_import(struct cli *cli)
{
	if (!cli_input_format(cli) || !cli_input_readable(cli, cli->args[0]))
		return cli_finish(cli);
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
			return cli_usage_error(cli, _("--exclude: expected COLUMN=VALUE (e.g. --exclude "
						      "UserType=AutomatedProcess), found '%s'"), exclude[k]);
	struct timex_format date_format;
	opts.date_format_spec = cli_opt(cli, "date-format");
	if (opts.date_format_spec) {
		const char *why;
		size_t at;
		if (!timex_format_compile(&date_format, opts.date_format_spec, &why, &at))
			return cli_usage_error(cli, _("--date-format '%s': %s (at character %zu)"),
					       opts.date_format_spec, why, at + 1);
		opts.date_format = &date_format;
	}
	struct store *st = cli->store;
	struct adoption_roster_result res;
	bool ok = adoption_roster_import(st, cli->args[0], &opts, &res, &cli->diag);
	if (ok && !cli->quiet)
		report_roster_import_text(stdout, cli->args[0], &res, &opts);
	if (ok && res.managers_unknown)
		diag_at(&cli->diag, DIAG_WARNING, 0, NULL, 0, 0,
			trn("%ld manager is not in the roster (a team named as written)",
			    "%ld managers are not in the roster (teams named as written)",
			    (unsigned long)res.managers_unknown), res.managers_unknown);
	adoption_roster_result_release(&res);
	return cli_finish(cli);
}

static const struct cli_option import_options[] = {
	{ "map", 0, "KEY=COL,...", N_("columns under other names: id, department, name, role, "
	  "license_start, wave, active, license_end, manager (e.g. --map id=Employee,department=Team)") },
	{ "exclude", 0, "COLUMN=VALUE", N_("keep rows whose COLUMN is VALUE out of every figure "
	  "(repeatable; e.g. --exclude UserType=AutomatedProcess)") },
	{ "date-format", 0, "LAYOUT", N_("how license_start and license_end read, strptime-style "
	  "as adoption import's --time-format (e.g. '%d/%m/%Y'; default YYYY-MM-DD or ISO 8601)") },
	{ "as-of", 0, "YYYY-MM-DD", N_("the export's date: users marked inactive without an end "
	  "date stop counting from it (default today)") },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

static const struct command cmd_roster_import = {
	.name = "import",
	.summary = N_("import or update the licensed users (id, department, name, role, licence start, wave)"),
	.usage = "roster import FILE.csv [--map id=COL,department=COL,...] "
		 "[--exclude COLUMN=VALUE]... [--date-format LAYOUT] [--as-of YYYY-MM-DD]"
		 CLI_INPUT_USAGE,
	.description =
		N_("Reads a CSV with a header. Required columns: id, department; optional: name, role "
		"(or UserRole.Name, Title), license_start and license_end (YYYY-MM-DD or an ISO 8601 "
		"time; --date-format LAYOUT for others, e.g. '%d/%m/%Y'), wave, active (IsActive: "
		"true/false, 1/0, yes/no, active/inactive), manager (a roster user's id or name: "
		"their direct reports are a team in the adoption report's team league; a manager "
		"not in the roster is a warning, the team named as written). Header "
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
		"recomputed for every week from the first login to the week the logs reach."),
	.options = import_options,
	.min_args = 1,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = run_import,
};

static bool list_user(const struct store_adoption_user *u, void *arg)
{
	report_roster_user(arg, u);
	return true;
}

static int run_list(struct cli *cli)
{
	struct store *st = cli->store;
	struct report_roster *l = report_roster_begin(stdout, cli->format == FORMAT_JSON ? REPORT_JSON
							      : cli->format == FORMAT_CSV ? REPORT_CSV
							      : REPORT_TEXT);
	bool ok = store_adoption_roster_each(st, list_user, l, &cli->diag);
	report_roster_end(l, ok);
	return cli_finish(cli);
}

static const struct command cmd_roster_list = {
	.name = "list",
	.summary = N_("list the roster's users by department"),
	.usage = "roster list [--format json|csv]",
	.formats = FORMAT_TEXT | FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 0,
	.workspace = CLI_WORKSPACE_READ,
	.run = run_list,
};

static const struct command *const roster_subcommands[] = {
	&cmd_roster_import,
	&cmd_roster_list,
	NULL,
};

const struct command cmd_roster = {
	.name = "roster",
	.summary = N_("the licensed users whose adoption is tracked"),
	.usage = "roster import|list ...",
	.subcommands = roster_subcommands,
};
