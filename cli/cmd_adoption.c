/* crmready adoption import FILE.csv | adoption report */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "../core/csvx.h"
#include "../core/outfile.h"
#include "../adoption/adoption.h"
#include "../reports/report.h"
#include "commands.h"
#include "licence_cli.h"
#include "plan_cli.h"

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct progress {
	double start;
	bool shown;
};

/* "\r  1,234,567 rows  312.4 MB/s  42% ETA 0:05" on a terminal. */
static void show_progress(uint64_t done, uint64_t total, long rows, void *arg)
{
	struct progress *p = arg;
	double el = now_seconds() - p->start;
	if (el < 0.5 && !p->shown)
		return;
	double mbs = el > 0 ? (double)done / 1e6 / el : 0;
	fputs("\r\033[K", stderr);
	tfprintf(stderr, _("  %ld rows  %.1f MB/s"), rows, mbs);
	if (total && done <= total && mbs > 0) {
		double eta = (double)(total - done) / 1e6 / mbs;
		tfprintf(stderr, _("  %d%%  ETA %d:%02d"), (int)(100.0 * (double)done / (double)total),
			 (int)eta / 60, (int)eta % 60);
	}
	p->shown = true;
}

/* --unknown-out, opened before the import and written inside its
 * transaction: an output that cannot be written leaves the workspace as
 * it was. */
static bool write_unknown(const struct adoption_import_result *r, void *arg, struct diag *d)
{
	struct outfile *out = arg;
	const char *head[] = { "user", "logins" };
	csvx_write_row(out->f, head, 2);
	for (size_t i = 0; i < r->nunknown; i++) {
		char n[32];
		snprintf(n, sizeof n, "%ld", r->unknown[i].logins);
		const char *row[] = { r->unknown[i].id, n };
		csvx_write_row(out->f, row, 2);
	}
	return outfile_commit(out, d);
}

/* --time-format and --timezone into times (0), or a usage error (64). */
static int import_times(struct cli *cli, struct adoption_times *times,
			struct timex_format *format, struct timex_zone *zone)
{
	const char *tz = cli_opt(cli, "timezone");
	if (times->format_spec) {
		const char *why;
		size_t at;
		if (!timex_format_compile(format, times->format_spec, &why, &at))
			return cli_usage_error(cli, _("--time-format '%s': %s (at character %zu)"),
					       times->format_spec, why, at + 1);
		if (!format->has_offset && !tz)
			return cli_usage_error(cli, _("--time-format '%s' has no UTC offset (%%z): give "
						      "--timezone ZONE for its times (e.g. --timezone "
						      "America/New_York, or UTC)"), times->format_spec);
		times->format = format;
	}
	if (tz) {
		char why[512];
		if (!timex_zone_load(zone, tz, why, sizeof why))
			return cli_usage_error(cli, _("--timezone: %s"), why);
		times->zone = zone;
	}
	return 0;
}

static int run_import(struct cli *cli)
{
	if (!cli_input_format(cli) || !cli_input_readable(cli, cli->args[0]))
		return cli_finish(cli);
	/* The layout and the zone are checked before the workspace is opened. */
	struct timex_format format;
	struct timex_zone zone = {0};
	struct adoption_times times = { cli_opt(cli, "time-format"), NULL, NULL };
	int urc = import_times(cli, &times, &format, &zone);
	if (urc) {
		timex_zone_release(&zone);
		return urc;
	}
	const char *unknown_out = cli_opt(cli, "unknown-out");
	struct cli_output target = { "--unknown-out", unknown_out };
	const char *input = cli->args[0];
	struct outfile out = { .slot = -1 };
	if (!cli_outputs_distinct(cli, &target, 1, &input, 1) ||
	    (unknown_out && !outfile_open(&out, unknown_out, _("list of unknown users"), &cli->diag))) {
		timex_zone_release(&zone);
		return cli_finish(cli);
	}
	struct store *st = cli->store;
	struct progress p = { now_seconds(), false };
	struct adoption_progress prog = { show_progress, &p };
	struct adoption_commit_hook hook = { write_unknown, &out };
	struct adoption_import_result res;
	struct adoption_log_kind kind = { cli_opt(cli, "object"), cli_opt(cli, "action") };
	bool ok = adoption_activity_import(st, cli->args[0], cli_opt(cli, "map"), &times, &kind,
					   cli->tty_err ? &prog : NULL, unknown_out ? &hook : NULL,
					   &res, &cli->diag);
	outfile_abort(&out);
	if (p.shown)
		fputs("\r\033[K", stderr);
	/* "-": standard output holds the list alone */
	if (ok && !(unknown_out && outfile_is_stdout(unknown_out))) {
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_adoption_import_json(cli->args[0], &res, &times);
			report_json_print(j, stdout);
			json_decref(j);
		} else if (!cli->quiet) {
			report_adoption_import_text(stdout, cli->args[0], &res, &times,
						    unknown_out != NULL);
		}
		if (res.nunknown)
			diag_at(&cli->diag, DIAG_WARNING, 0, NULL, 0, 0,
				trn("%zu user in the log is not in the roster",
				    "%zu users in the log are not in the roster", res.nunknown),
				res.nunknown);
	}
	adoption_import_result_release(&res);
	timex_zone_release(&zone);
	return cli_finish(cli);
}

static const struct cli_option import_options[] = {
	{ "map", 0, "KEY=COL,...", N_("columns of another layout: user=COL,time=COL[,event=COL]"
	  "[,status=COL]; an activity log's action=COL and object=COL: each row an action of "
	  "that kind (a login when its action is login), kept apart from others in its second") },
	{ "object", 0, "NAME", N_("an activity log of one object without an object column (e.g. "
	  "Opportunity for an opportunity export)") },
	{ "action", 0, "NAME", N_("the action of every row when the log has no action column "
	  "(e.g. created for a record-creation export, updated for a field-history export)") },
	{ "unknown-out", 0, "FILE", N_("write every log user missing from the roster to FILE (CSV; - stdout)") },
	{ "time-format", 0, "LAYOUT", N_("times as the report writes them, strptime-style (e.g. "
	  "'%m/%d/%Y, %I:%M %p' for 12/3/2026, 8:47 AM); without %z it needs --timezone") },
	{ "timezone", 0, "ZONE", N_("the IANA time zone (e.g. America/New_York, Europe/Berlin, UTC) "
	  "of times written without an offset") },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

static const struct command cmd_adoption_import = {
	.name = "import",
	.summary = N_("import login activity (Salesforce LoginHistory or mapped columns)"),
	.usage = "adoption import FILE.csv [--map user=COL,time=COL[,event=COL][,status=COL]] "
		 "[--map ...,action=COL,object=COL] [--object NAME] [--action NAME] "
		 "[--unknown-out FILE] [--time-format LAYOUT] [--timezone ZONE]"
		 CLI_INPUT_USAGE,
	.description =
		N_("A Salesforce LoginHistory export (UserId, LoginTime, Status, ...) is recognised by its "
		"header; only Status = Success counts. Other layouts name their columns with --map; "
		"with a status column, success/succeeded/ok/true/yes/1 count. Times are ISO 8601 with Z "
		"or an offset (+03:30, -05:00, +0000), fractions of a second allowed; times written "
		"otherwise are read with --time-format (%Y %m %d %H %I %M %S %p %b %z ...: see the "
		"README), and times without an offset as wall clock in --timezone (the system's tz "
		"database; each time gets the offset in force then, across DST changes: a time that "
		"happens twice is its first occurrence). An event is its "
		"user and its time to the second, so importing the same or an overlapping export again "
		"adds nothing. Users missing from the roster are counted and listed, their logins kept "
		"for when the roster has them. The file streams through in bounded memory; bad rows "
		"(the first 20, by row and column) make it exit 65 with nothing written. The weekly "
		"figures of the weeks that gained logins are recomputed. Each import is kept with how "
		"far its log reaches (its latest row's time, failed logins included): a week the logs "
		"do not cover to Sunday 23:59:59 UTC is in progress, listed but not judged."),
	.options = import_options,
	.formats = FORMAT_TEXT | FORMAT_JSON,
	.min_args = 1,
	.max_args = 1,
	.workspace = CLI_WORKSPACE_WRITE,
	.run = run_import,
};

/* ---- report ---- */

/* --table NAME: one of report_adoption_tables, and only with CSV (text and
 * JSON hold every table). */
static bool report_adoption_table_opt(struct cli *cli, const char *table)
{
	if (!table)
		return true;
	size_t i = 0;
	while (report_adoption_tables[i] && strcmp(report_adoption_tables[i], table))
		i++;
	if (!report_adoption_tables[i]) {
		cli_usage_error(cli, _("--table: found '%s', expected weeks, stickiness, dormant, "
				       "never, licences, cohorts or teams"), table);
		return false;
	}
	if (cli->format != FORMAT_CSV) {
		cli_usage_error(cli, _("--table goes with --format csv (text and JSON show every "
				       "table)"));
		return false;
	}
	return true;
}

static int run_report(struct cli *cli)
{
	const char *by = cli_opt(cli, "by");
	if (by && !adoption_by_find(by))
		return cli_usage_error(cli, _("--by: found '%s', expected department, wave or role"), by);
	const char *cohorts_by = cli_opt(cli, "cohorts");
	if (cohorts_by && !adoption_cohort_kind_find(cohorts_by))
		return cli_usage_error(cli, _("--cohorts: found '%s', expected wave or month"),
				       cohorts_by);
	long weeks = 12;
	if (!cli_opt_long(cli, "weeks", 0, 10000, &weeks))
		return EXIT_USAGE;
	struct adoption_usage_opts uo;
	const char *table = cli_opt(cli, "table");
	if (!cli_licence_opts(cli, &uo) || !report_adoption_table_opt(cli, table))
		return EXIT_USAGE;
	char today_s[11];
	long today;
	if (!plan_cli_today(cli, today_s, &today))
		return EXIT_USAGE;
	struct store *st = cli->store;
	struct adoption_report r;
	struct adoption_usage u = { 0 };
	struct goal_rows goals = { 0 };
	struct goal_family family = { METRIC_FAMILY_ADOPTION, NULL };
	long min_group;
	if (!cli_min_group(cli, st, &min_group))
		return EXIT_USAGE;
	struct adoption_cohorts cohorts = { 0 };
	struct adoption_teams teams = { 0 };
	bool ok = adoption_report_load(st, by, weeks, &r, &cli->diag) &&
		  goal_rows_load(st, today, goal_in_family, &family, &goals, &cli->diag) &&
		  adoption_usage_load(st, &uo, &u, &cli->diag) &&
		  adoption_cohorts_load(st, cohorts_by, weeks, min_group, &cohorts, &cli->diag) &&
		  adoption_teams_load(st, r.week, r.week_in_progress, min_group, &teams,
				      &cli->diag);
	if (ok) {
		adoption_report_min_group(&r, min_group);
		adoption_usage_min_group(&u, min_group);
		r.cohorts = &cohorts;
		r.teams = &teams;
	}
	if (ok && table && (!strcmp(table, "cohorts") || !strcmp(table, "teams"))) {
		if (!strcmp(table, "cohorts"))
			report_adoption_cohorts_csv(stdout, &cohorts);
		else
			report_adoption_teams_csv(stdout, &teams);
	} else if (ok) {
		struct report_options o = { cli->lang, cli->color_out };
		if (cli->format == FORMAT_JSON) {
			json_t *j = report_adoption_json(&r, &goals, today_s);
			json_object_set_new(j, "licences", report_adoption_usage_json(&u));
			report_json_print(j, stdout);
			json_decref(j);
		} else if (cli->format == FORMAT_CSV) {
			report_adoption_csv_table(stdout, table, &r, &u, &goals);
		} else {
			report_adoption_text(stdout, &r, &goals, today_s, &o);
			report_adoption_usage_text(stdout, &r, &u);
		}
	}
	adoption_usage_release(&u);
	goal_rows_release(&goals);
	adoption_cohorts_release(&cohorts);
	adoption_teams_release(&teams);
	adoption_report_release(&r);
	return cli_finish(cli);
}

static const struct cli_option report_options[] = {
	{ "by", 0, "department|wave|role", N_("break the figures down by department (default), wave or role") },
	{ "min-group", 0, "N", N_("show groups of at least N licensed users (default: the engagement's, 5)") },
	{ "weeks", 0, "N", N_("the last N weeks, and cohort ages 0..N-1 (default 12; 0 = all)") },
	{ "cohorts", 0, "wave|month", N_("go-live cohorts by wave (default: weeks since the wave's "
	  "go-live) or licence-start month (weeks since each user's licence start)") },
	{ "today", 0, "YYYY-MM-DD", N_("judge the adoption goals as of this day (default today)") },
	{ "table", 0, "weeks|stickiness|dormant|never|licences|cohorts|teams", N_("with --format "
	  "csv: the table to write (default weeks: the weekly figures and goals)") },
	CLI_LICENCE_OPTIONS,
	{ 0 },
};

static const struct command cmd_adoption_report = {
	.name = "report",
	.summary = N_("weekly active rate overall and by department, wave or role, go-live cohorts, "
		      "the team league, who never logged in"),
	.usage = "adoption report [--by department|wave|role] [--weeks N] [--today D] "
		 "[--min-group N] [--cohorts wave|month] [--format json|csv] [--table NAME]"
		 CLI_LICENCE_USAGE,
	.description =
		N_("Weekly figures (ISO weeks, UTC, dated by Monday): licensed users (licence start on or "
		"before the week's Sunday), active users (at least one successful login that week), "
		"active rate and logins per active user; text bars and sparklines per group, the "
		"least-adopting groups (below the organisation's rate) called out, and the licensed "
		"users who never logged in. A week the imported logs do not cover to its Sunday "
		"23:59:59 UTC is in progress: it is listed and marked (JSON in_progress, CSV "
		"in_progress), but groups and the least adopting are judged on the last complete "
		"week, as goals and findings are. Then the goals on adoption.* metrics with their status "
		"on --today, judged as 'crmready status' judges them. CSV: one row per scope and "
		"week, then one row per goal (its scope in the scope column, the goal columns "
		"goal_id..status filled). Anonymity: a group whose report week counts fewer than "
		"--min-group licensed users (default: the engagement's, 5) shows no figure; its users "
		"count in \"other\" (scope other), joined by the next smallest groups while other "
		"has fewer than N (else the organisation minus the groups shown would give it away); "
		"other shows figures when it has at least N, and may be least adopting. With no "
		"complete week yet, no group is called least adopting. Stickiness: weekly active "
		"users / users active in the 28 days to the week's Sunday (adoption.stickiness, per "
		"week and group). Licences, as of the last day the logs reach: licensed users "
		"(roster, licence start..end, not excluded) with logins but none in the last "
		"--dormant-days days (dormant), and those who never logged in, per department, wave "
		"and role, listed by name for licence management; with --licence-cost, what they "
		"cost a month and a year. Go-live cohorts: the active "
		"rate by age, weeks since each wave's go-live (the week its first user's licence "
		"starts; with --cohorts month, since each user's own licence start, grouped by its "
		"month), week 0, 1, 2, ... so that waves are compared at the same age; complete "
		"weeks only. Team league (when the roster has a manager column): each manager's "
		"direct reports in the groups' week, most adopting first; teams of fewer than "
		"--min-group licensed users fold into \"other\". --format csv --table NAME writes one "
		"table: weeks (default), stickiness, dormant, never, licences, cohorts or teams."),
	.options = report_options,
	.formats = FORMAT_TEXT | FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 0,
	.workspace = CLI_WORKSPACE_READ,
	.run = run_report,
};

static const struct command *const adoption_subcommands[] = {
	&cmd_adoption_import,
	&cmd_adoption_report,
	&cmd_adoption_core_actions,
	NULL,
};

const struct command cmd_adoption = {
	.name = "adoption",
	.summary = N_("user adoption: import login logs, weekly active rates"),
	.usage = "adoption import|report ...",
	.subcommands = adoption_subcommands,
};
