/* crmready adoption import FILE.csv | adoption report */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/outfile.h"
#include "../core/xalloc.h"
#include "../adoption/adoption.h"
#include "commands.h"
#include "plan_cli.h"

enum { SHOW_UNKNOWN = 5, SHOW_NEVER = 10 };

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
	fprintf(stderr, "\r\033[K  %ld rows  %.1f MB/s", rows, mbs);
	if (total && done <= total && mbs > 0) {
		double eta = (double)(total - done) / 1e6 / mbs;
		fprintf(stderr, "  %d%%  ETA %d:%02d", (int)(100.0 * (double)done / (double)total),
			(int)eta / 60, (int)eta % 60);
	}
	p->shown = true;
}

static bool write_unknown(struct cli *cli, const char *path, const struct adoption_import_result *r)
{
	struct outfile out;
	if (!outfile_open(&out, path, "list of unknown users", &cli->diag))
		return false;
	const char *head[] = { "user", "logins" };
	csvx_write_row(out.f, head, 2);
	for (size_t i = 0; i < r->nunknown; i++) {
		char n[32];
		snprintf(n, sizeof n, "%ld", r->unknown[i].logins);
		const char *row[] = { r->unknown[i].id, n };
		csvx_write_row(out.f, row, 2);
	}
	return outfile_commit(&out, &cli->diag);
}

/* How far logs reach as ISO 8601 ("2026-11-23T08:00:00Z"), or NULL. */
static json_t *reach_json(const struct adoption_reach *r)
{
	char buf[32];
	adoption_reach_format(r, buf);
	if (!*buf)
		return json_null();
	buf[10] = 'T';
	strcat(buf, "Z");
	return json_string(buf);
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
			return cli_usage_error(cli, "--time-format '%s': %s (at character %zu)",
					       times->format_spec, why, at + 1);
		if (!format->has_offset && !tz)
			return cli_usage_error(cli, "--time-format '%s' has no UTC offset (%%z): give "
					       "--timezone ZONE for its times (e.g. --timezone "
					       "America/New_York, or UTC)", times->format_spec);
		times->format = format;
	}
	if (tz) {
		char why[512];
		if (!timex_zone_load(zone, tz, why, sizeof why))
			return cli_usage_error(cli, "--timezone: %s", why);
		times->zone = zone;
	}
	return 0;
}

/* How the times were read, when not as ISO 8601 with offsets. */
static void print_times(const struct adoption_times *t)
{
	if (t->format && t->zone)
		printf("Times read as '%s', wall clock in %s (stored as UTC).\n", t->format_spec,
		       t->zone->name);
	else if (t->format)
		printf("Times read as '%s' (their offsets give UTC).\n", t->format_spec);
	else if (t->zone)
		printf("Times without an offset read as wall clock in %s (stored as UTC).\n",
		       t->zone->name);
}

static void print_import_json(const char *file, const struct adoption_import_result *r,
			      const struct adoption_times *t)
{
	json_t *unknown = json_array();
	for (size_t i = 0; i < r->nunknown; i++)
		json_array_append_new(unknown, json_pack("{s:s, s:I}", "id", r->unknown[i].id,
							 "logins", (json_int_t)r->unknown[i].logins));
	json_t *o = json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:I, s:{s:I, s:I, s:o}, s:I}",
			      "file", file, "layout",
			      r->loginhistory ? "salesforce-loginhistory" : "mapped",
			      "rows", (json_int_t)r->rows, "successful_logins",
			      (json_int_t)r->successes, "not_successful", (json_int_t)r->failures,
			      "added", (json_int_t)r->added, "already_known",
			      (json_int_t)r->duplicates, "unknown_users", "users",
			      (json_int_t)r->nunknown, "logins", (json_int_t)r->unknown_logins,
			      "list", unknown, "weeks_recomputed", (json_int_t)r->weeks);
	if (r->weeks) {
		json_object_set_new(o, "first_week", json_string(r->first_week));
		json_object_set_new(o, "last_week", json_string(r->last_week));
	}
	json_object_set_new(o, "matched_by_id_form",
			    json_pack("{s:I, s:I}", "logins", (json_int_t)r->id_form_logins,
				      "users", (json_int_t)r->id_form_users));
	json_object_set_new(o, "log_reaches", reach_json(&r->file_reach));
	json_object_set_new(o, "logs_reach", reach_json(&r->reach));
	json_object_set_new(o, "week_in_progress",
			    *r->in_progress ? json_string(r->in_progress) : json_null());
	json_object_set_new(o, "time_format",
			    json_string(t->format ? t->format_spec : "iso8601"));
	json_object_set_new(o, "timezone", t->zone ? json_string(t->zone->name) : json_null());
	json_dumpf(o, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	putchar('\n');
	json_decref(o);
}

static void print_import_text(struct cli *cli, const char *file,
			      const struct adoption_import_result *r,
			      const struct adoption_times *t)
{
	printf("Imported %s (%s): %ld rows, %ld successful logins, %ld not successful (ignored).\n",
	       file, r->loginhistory ? "Salesforce LoginHistory" : "mapped columns", r->rows,
	       r->successes, r->failures);
	print_times(t);
	printf("New logins: %ld; already known: %ld.\n", r->added, r->duplicates);
	if (r->weeks)
		printf("Weekly figures recomputed for %zu week%s (%s .. %s).\n", r->weeks,
		       r->weeks == 1 ? "" : "s", r->first_week, r->last_week);
	char end[32], all[32];
	adoption_reach_format(&r->file_reach, end);
	adoption_reach_format(&r->reach, all);
	if (*end) {
		printf("The log reaches %s UTC", end);
		if (strcmp(end, all))
			printf(" (earlier imports reach %s UTC)", all);
		if (*r->in_progress)
			printf(": the week of %s is in progress.\n", r->in_progress);
		else
			printf(": every week up to then is complete.\n");
	}
	if (r->id_form_logins)
		printf("Matched by the other form of a Salesforce id (15 or 18 characters): %ld "
		       "login%s of %ld user%s.\n", r->id_form_logins,
		       r->id_form_logins == 1 ? "" : "s", r->id_form_users,
		       r->id_form_users == 1 ? "" : "s");
	if (r->nunknown) {
		printf("Not in the roster: %zu user%s with %ld successful login%s, kept but not "
		       "counted until the roster has them:", r->nunknown, r->nunknown == 1 ? "" : "s",
		       r->unknown_logins, r->unknown_logins == 1 ? "" : "s");
		for (size_t i = 0; i < r->nunknown && i < SHOW_UNKNOWN; i++) {
			char *id = text_sanitize(r->unknown[i].id);
			printf("%s %s (%ld)", i ? "," : "", id, r->unknown[i].logins);
			free(id);
		}
		printf("%s\n", r->nunknown > SHOW_UNKNOWN ? ", ..." : "");
		if (!cli_opt(cli, "unknown-out"))
			printf("  (--unknown-out FILE lists them all)\n");
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
	/* The layout and the zone are checked before the workspace is opened. */
	struct timex_format format;
	struct timex_zone zone = {0};
	struct adoption_times times = { cli_opt(cli, "time-format"), NULL, NULL };
	int urc = import_times(cli, &times, &format, &zone);
	if (urc) {
		timex_zone_release(&zone);
		return urc;
	}
	struct store *st = cli_open_store(cli, STORE_WRITE);
	if (!st) {
		timex_zone_release(&zone);
		return cli_finish(cli);
	}
	struct progress p = { now_seconds(), false };
	struct adoption_progress prog = { show_progress, &p };
	struct adoption_import_result res;
	bool ok = adoption_log_import(st, cli->args[0], cli_opt(cli, "map"), &times,
				      cli->tty_err ? &prog : NULL, &res, &cli->diag);
	store_close(st);
	if (p.shown)
		fputs("\r\033[K", stderr);
	const char *unknown_out = cli_opt(cli, "unknown-out");
	if (ok && unknown_out)
		write_unknown(cli, unknown_out, &res);
	if (ok) {
		char *file = text_sanitize(cli->args[0]);
		if (cli->format == FORMAT_JSON)
			print_import_json(cli->args[0], &res, &times);
		else if (!cli->quiet)
			print_import_text(cli, file, &res, &times);
		free(file);
		if (res.nunknown)
			diag_at(&cli->diag, DIAG_WARNING, 0, NULL, 0, 0,
				"%zu user%s in the log %s not in the roster", res.nunknown,
				res.nunknown == 1 ? "" : "s", res.nunknown == 1 ? "is" : "are");
	}
	adoption_import_result_release(&res);
	timex_zone_release(&zone);
	return cli_finish(cli);
}

static const struct cli_option import_options[] = {
	{ "map", 0, "KEY=COL,...", "columns of another layout: user=COL,time=COL[,event=COL]"
	  "[,status=COL]" },
	{ "unknown-out", 0, "FILE", "write every log user missing from the roster to FILE (CSV)" },
	{ "time-format", 0, "LAYOUT", "times as the report writes them, strptime-style (e.g. "
	  "'%m/%d/%Y, %I:%M %p' for 12/3/2026, 8:47 AM); without %z it needs --timezone" },
	{ "timezone", 0, "ZONE", "the IANA time zone (e.g. America/New_York, Europe/Berlin, UTC) "
	  "of times written without an offset" },
	CLI_INPUT_OPTIONS,
	{ 0 },
};

static const struct command cmd_adoption_import = {
	.name = "import",
	.summary = "import login activity (Salesforce LoginHistory or mapped columns)",
	.usage = "adoption import FILE.csv [--map user=COL,time=COL[,event=COL][,status=COL]] "
		 "[--unknown-out FILE] [--time-format LAYOUT] [--timezone ZONE]"
		 CLI_INPUT_USAGE,
	.description =
		"A Salesforce LoginHistory export (UserId, LoginTime, Status, ...) is recognised by its "
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
		"do not cover to Sunday 23:59:59 UTC is in progress, listed but not judged.",
	.options = import_options,
	.formats = FORMAT_TEXT | FORMAT_JSON,
	.min_args = 1,
	.max_args = 1,
	.run = run_import,
};

/* ---- report ---- */

static const char *const SPARK[] = { "\u2581", "\u2582", "\u2583", "\u2584", "\u2585",
				     "\u2586", "\u2587", "\u2588" };

/* The trend of complete weeks: a week in progress would draw a drop that
 * has not happened (README: Incomplete weeks); the table lists it. */
static void sparkline(const struct adoption_series *s)
{
	for (size_t i = 0; i < s->n; i++) {
		if (s->weeks[i].in_progress)
			continue;
		if (!s->weeks[i].has_rate) {
			fputs(" ", stdout);
			continue;
		}
		int k = (int)(s->weeks[i].rate * 8);
		fputs(SPARK[k < 0 ? 0 : k > 7 ? 7 : k], stdout);
	}
}

static void bar(double rate, int width)
{
	int full = (int)(rate * width + 0.5);
	for (int i = 0; i < width; i++)
		fputs(i < full ? "\u2588" : "\u2591", stdout);
}

static void print_pad(const char *s, size_t cols)
{
	char *clean = text_sanitize(s);
	cli_pad(clean, cols);
	free(clean);
}

/* "  (week in progress: logs reach 2026-11-23 08:00 UTC)" after a week
 * the logs do not cover to its end (adoption_week_in_progress). */
static void print_in_progress(const struct adoption_report *r, bool fa)
{
	char end[32];
	adoption_reach_format(&r->reach, end);
	end[16] = '\0';   /* to the minute */
	printf(fa ? "  (هفته‌ی ناتمام: گزارش‌ها تا %s UTC)" : "  (week in progress: logs reach %s UTC)",
	       end);
}

/* first (in cols columns), then the Licensed, Active and Rate headings
 * over the figures' columns. */
static void counts_heading(const char *first, size_t cols, bool fa)
{
	print_pad(first, cols);
	fputs("  ", stdout);
	cli_rpad(fa ? "مجوزدار" : "Licensed", 8);
	fputs("  ", stdout);
	cli_rpad(fa ? "فعال" : "Active", 7);
	fputs("  ", stdout);
	cli_rpad(fa ? "نرخ" : "Rate", 6);
}

/* A group's name as shown: the group of users without a department in
 * the reader's language. */
static const char *group_name(const char *name, bool fa)
{
	return fa && !strcmp(name, ADOPTION_NO_DEPARTMENT) ? "(بدون واحد)" : name;
}

static const char *group_word(const char *by, bool fa)
{
	if (!fa)
		return by;
	return !strcmp(by, "wave") ? "موج" : "واحد";
}

static void print_text(const struct cli *cli, const struct adoption_report *r,
		       const struct goal_rows *goals, const char *today)
{
	bool fa = cli->lang == LANG_FA;
	const struct adoption_series *o = &r->overall;
	if (!o->n) {
		printf(fa ? "هنوز رقمی از پذیرش نیست: فهرست کاربران ('crmready roster import') و "
			    "گزارش ورودها ('crmready adoption import') را وارد کنید.\n"
			  : "No adoption figures yet: import a roster ('crmready roster import') and a "
			    "login log ('crmready adoption import').\n");
		plan_cli_goals_text(cli, goals, "adoption.", today);
		return;
	}
	if (fa)
		printf("پذیرش: %zu هفته، %s .. %s (هفته‌های ISO به وقت UTC، با تاریخ دوشنبه)\n\n",
		       o->n, o->weeks[0].date, o->weeks[o->n - 1].date);
	else
		printf("Adoption: %zu week%s, %s .. %s (ISO weeks, UTC, dated by Monday)\n\n", o->n,
		       o->n == 1 ? "" : "s", o->weeks[0].date, o->weeks[o->n - 1].date);
	counts_heading(fa ? "هفته" : "Week", 10, fa);
	printf("  %-20s  %s\n", "", fa ? "ورود به ازای هر فعال" : "Logins/active");
	for (size_t i = 0; i < o->n; i++) {
		const struct adoption_week *w = &o->weeks[i];
		printf("%-10s  %8.0f  %7.0f  ", w->date, w->licensed, w->active);
		if (w->has_rate) {
			printf("%5.1f%%  ", w->rate * 100);
			bar(w->rate, 20);
		} else {
			printf("%6s  %20s", "-", "");
		}
		if (w->has_logins_per_active)
			printf("  %.1f", w->logins_per_active);
		if (w->in_progress) {
			printf("%s", w->has_logins_per_active ? "" : "     ");
			print_in_progress(r, fa);
		}
		putchar('\n');
	}
	printf(fa ? "\nروند نرخ فعال: " : "\nActive rate trend: ");
	sparkline(o);
	for (size_t i = 0; i < o->n; i++)
		if (o->weeks[i].in_progress) {   /* the first week left out, and any later */
			printf(fa ? "  (هفته‌های کامل؛ هفته‌ی ناتمام %s در روند نیست)"
				  : "  (complete weeks; the week of %s, in progress, is left out)",
			       o->weeks[i].date);
			break;
		}
	printf("\n");
	if (r->ngroups) {
		const char *word = group_word(r->by, fa);
		size_t width = utf8_width(word) + 1;
		for (size_t i = 0; i < r->ngroups; i++) {
			size_t w = utf8_width(group_name(r->groups[i].name, fa));
			if (w + 1 > width)
				width = w + 1;
		}
		if (fa)
			printf("\nبر حسب %s (هفته‌ی %s، %s)\n", word, r->week,
			       r->week_in_progress ? "هفته‌ی ناتمام" : "آخرین هفته‌ی کامل");
		else
			printf("\nBy %s (week %s, %s)\n", r->by, r->week,
			       r->week_in_progress ? "in progress" : "the last complete week");
		char head[32];
		snprintf(head, sizeof head, "%c%s", r->by[0] - 32, r->by + 1);
		counts_heading(fa ? word : head, width, fa);
		printf("  %s\n", fa ? "روند" : "Trend");
		for (size_t i = 0; i < r->ngroups; i++) {
			const struct adoption_series *g = &r->groups[i];
			print_pad(g->other ? (fa ? "سایر" : "other") : group_name(g->name, fa), width);
			const struct adoption_week *w = g->has_at ? &g->at : NULL;
			if (w && w->small) {
				char fewer[48];
				snprintf(fewer, sizeof fewer, fa ? "کمتر از %ld" : "fewer than %ld", r->min_group);
				printf("  ");
				cli_rpad(fewer, 25);
				printf("  ");
			} else if (w && w->has_rate)
				printf("  %8.0f  %7.0f  %5.1f%%  ", w->licensed, w->active, w->rate * 100);
			else
				printf("  %8.0f  %7.0f  %6s  ", w ? w->licensed : 0, w ? w->active : 0, "-");
			sparkline(g);
			for (size_t k = 0; k < r->nleast; k++)
				if (r->least[k] == i)
					printf(fa ? "  <- کمترین پذیرش" : "  <- least adopting");
			putchar('\n');
		}
		if (r->nsmall) {
			/* the small groups and, when "other" would still be smaller,
			 * the next smallest (complementary suppression) */
			printf(fa ? "  در «سایر» (کمتر از %ld کاربر مجوزدار، یا تا «سایر» دست‌کم %ld داشته باشد):"
				  : "  in \"other\" (fewer than %ld licensed users, or so that \"other\" has at least %ld):",
			       r->min_group, r->min_group);
			for (size_t k = 0; k < r->nsmall; k++) {
				char *name = text_sanitize(r->small[k]);
				printf("%s%s", k ? (fa ? "، " : ", ") : " ", name);
				free(name);
			}
			putchar('\n');
		}
		if (r->nleast) {
			const struct adoption_week *ow = &o->at;
			if (fa)
				printf("\nکمترین پذیرش (%s): ", word);
			else
				printf("\nLeast adopting %s%s: ", r->by, r->nleast == 1 ? "" : "s");
			for (size_t k = 0; k < r->nleast; k++) {
				const struct adoption_series *g = &r->groups[r->least[k]];
				char *name = text_sanitize(g->other ? (fa ? "سایر" : "other")
							   : group_name(g->name, fa));
				printf("%s%s %.1f%%", k ? (fa ? "، " : ", ") : "", name, g->at.rate * 100);
				free(name);
			}
			if (o->has_at && ow->has_rate)
				printf(fa ? " (کل سازمان %.1f%%)" : " (organisation %.1f%%)", ow->rate * 100);
			printf(".\n");
		} else if (r->week_in_progress) {
			/* nothing is judged on a week in progress (README: Incomplete weeks) */
			printf(fa ? "\nکمترین پذیرش: هنوز هیچ هفته‌ی کاملی نیست.\n"
				  : "\nLeast adopting: no complete week yet.\n");
		}
	}
	long licensed = (long)o->weeks[o->n - 1].licensed;
	if (fa)
		printf("\nهرگز وارد نشده‌اند: %zu از %ld کاربر مجوزدار", r->nnever, licensed);
	else
		printf("\nNever logged in: %zu of %ld licensed user%s", r->nnever, licensed,
		       licensed == 1 ? "" : "s");
	if (licensed > 0)
		printf(" (%.1f%%)", 100.0 * (double)r->nnever / (double)licensed);
	printf("%s\n", r->nnever ? ":" : ".");
	for (size_t i = 0; i < r->nnever && i < SHOW_NEVER; i++) {
		printf("  ");
		print_pad(r->never[i].id, 20);
		printf("  ");
		print_pad(r->never[i].name, 24);
		printf("  ");
		print_pad(group_name(r->never[i].department, fa), 0);
		putchar('\n');
	}
	if (r->nnever > SHOW_NEVER)
		printf(fa ? "  ... و %zu نفر دیگر (--format json همه را فهرست می‌کند)\n"
			  : "  ... and %zu more (--format json lists them all)\n",
		       r->nnever - SHOW_NEVER);
	if (r->unknown_users && fa)
		printf("\nخارج از فهرست کاربران: %ld کاربر با %ld ورود در گزارش‌ها؛ در ارقام بالا "
		       "شمرده نشده‌اند.\n", r->unknown_users, r->unknown_logins);
	else if (r->unknown_users)
		printf("\nNot in the roster: %ld user%s with %ld login%s in the logs, not counted "
		       "above.\n", r->unknown_users, r->unknown_users == 1 ? "" : "s",
		       r->unknown_logins, r->unknown_logins == 1 ? "" : "s");
	plan_cli_goals_text(cli, goals, "adoption.", today);
	printf(fa ? "\nورود نشانه‌ی حضور است، نه استفاده: نرخ‌ها را همراه فهرست کسانی که هرگز "
		    "وارد نشده‌اند بخوانید.\n"
		  : "\nLogins measure presence, not use: read the rates with the never-logged-in "
		    "list.\n");
}

static json_t *weeks_json(const struct adoption_series *s, long min_group)
{
	json_t *a = json_array();
	for (size_t i = 0; i < s->n; i++) {
		const struct adoption_week *w = &s->weeks[i];
		if (w->small) {
			/* fewer than min_group licensed users: no figure (anonymity) */
			json_array_append_new(a, json_pack("{s:s, s:n, s:n, s:I}", "week", w->date,
							   "licensed_users", "active_users", "fewer_than",
							   (json_int_t)min_group));
			continue;
		}
		json_t *o = json_pack("{s:s, s:f, s:f}", "week", w->date, "licensed_users",
				      w->licensed, "active_users", w->active);
		/* counts are whole numbers: give them as integers */
		json_object_set_new(o, "licensed_users", json_integer((json_int_t)w->licensed));
		json_object_set_new(o, "active_users", json_integer((json_int_t)w->active));
		if (w->has_rate)
			json_object_set_new(o, "active_rate", json_real(w->rate));
		if (w->has_logins_per_active)
			json_object_set_new(o, "logins_per_active_user",
					    json_real(w->logins_per_active));
		if (w->in_progress)
			json_object_set_new(o, "in_progress", json_true());
		json_array_append_new(a, o);
	}
	return a;
}

static void print_json(const struct adoption_report *r, const struct goal_rows *goals,
		       const char *today)
{
	json_t *groups = json_array(), *least = json_array(), *never = json_array();
	for (size_t i = 0; i < r->ngroups; i++)
		json_array_append_new(groups, json_pack("{s:o, s:s, s:o}", "name", r->groups[i].other
							? json_null() : json_string(r->groups[i].name),
							"scope", r->groups[i].scope, "weeks",
							weeks_json(&r->groups[i], r->min_group)));
	for (size_t k = 0; k < r->nleast; k++) {
		const struct adoption_series *g = &r->groups[r->least[k]];
		const struct adoption_week *w = &g->at;
		json_array_append_new(least, json_pack("{s:o, s:s, s:s, s:f}", "name",
						       g->other ? json_null() : json_string(g->name),
						       "scope", g->scope, "week", w->date,
						       "active_rate", w->rate));
	}
	for (size_t i = 0; i < r->nnever; i++)
		json_array_append_new(never, json_pack("{s:s, s:s, s:s, s:s}", "id", r->never[i].id,
						       "name", r->never[i].name, "department",
						       r->never[i].department, "wave", r->never[i].wave));
	json_t *o = json_pack("{s:s, s:o, s:o, s:o, s:I, s:{s:I, s:o}, s:{s:I, s:I}}",
			      "by", r->by, "weeks", weeks_json(&r->overall, 0), "groups", groups,
			      "least_adopting", least, "roster_users", (json_int_t)r->roster_users,
			      "never_logged_in", "count", (json_int_t)r->nnever, "users", never,
			      "unknown_users", "users", (json_int_t)r->unknown_users, "logins",
			      (json_int_t)r->unknown_logins);
	json_t *g = json_array();
	for (size_t i = 0; i < goals->n; i++)
		json_array_append_new(g, plan_cli_goal_json(&goals->v[i]));
	json_object_set_new(o, "logs_reach", reach_json(&r->reach));
	if (*r->week) {
		json_object_set_new(o, "groups_week", json_string(r->week));
		json_object_set_new(o, "groups_week_in_progress", json_boolean(r->week_in_progress));
	}
	json_object_set_new(o, "today", json_string(today));
	json_object_set_new(o, "goals", g);
	json_t *small = json_array();
	for (size_t i = 0; i < r->nsmall; i++)
		json_array_append_new(small, json_string(r->small[i]));
	json_object_set_new(o, "min_group", json_integer((json_int_t)r->min_group));
	json_object_set_new(o, "in_other", small);
	json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15) | JSON_PRESERVE_ORDER);
	putchar('\n');
	json_decref(o);
}

enum { CSV_WEEK = 7 };   /* the week columns before the goal columns */

static void csv_series(const struct adoption_series *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct adoption_week *w = &s->weeks[i];
		char lic[32] = "", act[32] = "", rate[40] = "", lpa[40] = "";
		if (!w->small) {   /* fewer than min_group licensed users: no figure */
			snprintf(lic, sizeof lic, "%.0f", w->licensed);
			snprintf(act, sizeof act, "%.0f", w->active);
		}
		if (w->has_rate)
			snprintf(rate, sizeof rate, "%.15g", w->rate);
		if (w->has_logins_per_active)
			snprintf(lpa, sizeof lpa, "%.15g", w->logins_per_active);
		const char *row[CSV_WEEK + PLAN_CLI_GOAL_CSV] = {
			s->scope, w->date, lic, act, rate, lpa, w->in_progress ? "true" : "false" };
		for (size_t k = CSV_WEEK; k < CSV_WEEK + PLAN_CLI_GOAL_CSV; k++)
			row[k] = "";
		csvx_write_row(stdout, row, CSV_WEEK + PLAN_CLI_GOAL_CSV);
	}
}

static void print_csv(const struct adoption_report *r, const struct goal_rows *goals)
{
	const char *head[CSV_WEEK + PLAN_CLI_GOAL_CSV] = { "scope", "week", "licensed_users",
							   "active_users", "active_rate",
							   "logins_per_active_user", "in_progress" };
	memcpy(head + CSV_WEEK, plan_cli_goal_csv_head, sizeof plan_cli_goal_csv_head);
	csvx_write_row(stdout, head, CSV_WEEK + PLAN_CLI_GOAL_CSV);
	csv_series(&r->overall);
	for (size_t i = 0; i < r->ngroups; i++)
		csv_series(&r->groups[i]);
	for (size_t i = 0; i < goals->n; i++) {
		struct plan_cli_goal_cells c;
		plan_cli_goal_cells(&goals->v[i], &c);
		const char *row[CSV_WEEK + PLAN_CLI_GOAL_CSV] = { goals->v[i].scope, "", "", "", "", "",
								  "" };
		memcpy(row + CSV_WEEK, c.cell, sizeof c.cell);
		csvx_write_row(stdout, row, CSV_WEEK + PLAN_CLI_GOAL_CSV);
	}
}

static int run_report(struct cli *cli)
{
	const char *by = cli_opt(cli, "by");
	if (by && strcmp(by, "department") && strcmp(by, "wave"))
		return cli_usage_error(cli, "--by: found '%s', expected department or wave", by);
	long weeks = 12;
	if (!cli_opt_long(cli, "weeks", 0, 10000, &weeks))
		return EXIT_USAGE;
	char today_s[11];
	cli_today(today_s);
	if (!cli_opt_date(cli, "today", today_s))
		return EXIT_USAGE;
	long today;
	plan_date_parse(today_s, &today);
	struct store *st = cli_open_store(cli, STORE_READ);
	if (!st)
		return cli_finish(cli);
	struct adoption_report r;
	struct goal_rows goals = { 0 };
	struct goal_family family = { "adoption.", NULL };
	long min_group;
	if (!cli_min_group(cli, st, &min_group)) {
		store_close(st);
		return EXIT_USAGE;
	}
	bool ok = adoption_report_load(st, by, weeks, &r, &cli->diag) &&
		  goal_rows_load(st, today, goal_in_family, &family, &goals, &cli->diag);
	store_close(st);
	if (ok)
		adoption_report_min_group(&r, min_group);
	if (ok) {
		if (cli->format == FORMAT_JSON)
			print_json(&r, &goals, today_s);
		else if (cli->format == FORMAT_CSV)
			print_csv(&r, &goals);
		else
			print_text(cli, &r, &goals, today_s);
	}
	goal_rows_release(&goals);
	adoption_report_release(&r);
	return cli_finish(cli);
}

static const struct cli_option report_options[] = {
	{ "by", 0, "department|wave", "break the figures down by department (default) or wave" },
	{ "min-group", 0, "N", "show groups of at least N licensed users (default: the engagement's, 5)" },
	{ "weeks", 0, "N", "the last N weeks (default 12; 0 = all)" },
	{ "today", 0, "YYYY-MM-DD", "judge the adoption goals as of this day (default today)" },
	{ 0 },
};

static const struct command cmd_adoption_report = {
	.name = "report",
	.summary = "weekly active rate overall and by department or wave, who never logged in",
	.usage = "adoption report [--by department|wave] [--weeks N] [--today D] "
		 "[--min-group N] [--format json|csv]",
	.description =
		"Weekly figures (ISO weeks, UTC, dated by Monday): licensed users (licence start on or "
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
		"complete week yet, no group is called least adopting.",
	.options = report_options,
	.formats = FORMAT_TEXT | FORMAT_JSON | FORMAT_CSV,
	.min_args = 0,
	.max_args = 0,
	.run = run_report,
};

static const struct command *const adoption_subcommands[] = {
	&cmd_adoption_import,
	&cmd_adoption_report,
	NULL,
};

const struct command cmd_adoption = {
	.name = "adoption",
	.summary = "user adoption: import login logs, weekly active rates",
	.usage = "adoption import|report ...",
	.subcommands = adoption_subcommands,
};
