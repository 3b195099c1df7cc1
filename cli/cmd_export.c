/* crmready export FILE.xlsx: the leadership workbook (SPEC §8).
 *
 * The workbook is written to a temporary file next to the target and
 * renamed over it only when complete, so a failed or interrupted export
 * leaves an existing workbook as it was and no stray file behind. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/xalloc.h"
#include "../reports/report.h"
#include "cli.h"
#include "commands.h"

static const struct cli_option export_options[] = {
	{ "from", 0, "DATE", "trends and raw metrics from this date (YYYY-MM-DD)" },
	{ "to", 0, "DATE", "trends and raw metrics up to this date (YYYY-MM-DD)" },
	{ 0 },
};

/* The temporary file, removed if a signal ends the export. */
static volatile sig_atomic_t have_tmp;
static char tmp_path[4096];

static void on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void catch_signals(void (*handler)(int))
{
	signal(SIGINT, handler);
	signal(SIGTERM, handler);
	signal(SIGHUP, handler);
}

static void show_progress(long rows, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rexporting metrics: %ld rows", rows);
}

/* The directory part of path ("." when none), malloc'd. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

/* Refuse targets that cannot become a workbook before any work is done. */
static bool check_target(struct cli *cli, const char *path, const char *dir)
{
	struct stat stt;
	if (!*path || path[strlen(path) - 1] == '/' || (stat(path, &stt) == 0 && S_ISDIR(stt.st_mode))) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: is a directory, expected a file name such as %s%sworkbook.xlsx",
			  path, path, *path && path[strlen(path) - 1] == '/' ? "" : "/");
		return false;
	}
	if (stat(dir, &stt) != 0) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: cannot create the workbook: directory %s does not exist",
			  path, dir);
		return false;
	}
	if (!S_ISDIR(stt.st_mode)) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: cannot create the workbook: %s is not a directory",
			  path, dir);
		return false;
	}
	return true;
}

static int run_export(struct cli *cli)
{
	const char *path = cli->args[0];
	char from[11], to[11];
	bool has_from = cli_opt(cli, "from") != NULL, has_to = cli_opt(cli, "to") != NULL;
	if (!cli_opt_date(cli, "from", from) || !cli_opt_date(cli, "to", to))
		return EXIT_USAGE;
	if (has_from && has_to && strcmp(from, to) > 0)
		return cli_usage_error(cli, "--from %s is after --to %s", from, to);

	char *dir = dir_of(path);
	struct store *st = NULL;
	struct report_workbook w;
	char today[11];
	cli_today(today);
	report_workbook_init(&w, cli->lang, today);
	int rc = EXIT_OK;
	if (!check_target(cli, path, dir))
		goto out;
	if (!(st = cli_open_store(cli, STORE_READ)))
		goto out;
	w.workspace = store_path(st);
	if (!report_workbook_gather_metrics(&w, st, has_from ? from : NULL, has_to ? to : NULL, &cli->diag) ||
	    !report_workbook_gather_plan(&w, st, &cli->diag) ||
	    !report_workbook_gather_assessment(&w, st, &cli->diag))
		goto out;

	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	int n = snprintf(tmp_path, sizeof tmp_path, "%s/.%s.tmp-XXXXXX", dir, base);
	if (n < 0 || (size_t)n >= sizeof tmp_path) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: path too long", path);
		goto out;
	}
	catch_signals(on_signal);
	int fd = mkstemp(tmp_path);
	if (fd < 0) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: cannot create the workbook: %s", path, strerror(errno));
		goto out;
	}
	have_tmp = 1;
	/* mkstemp makes the file private; a workbook gets the usual mode. */
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || close(fd) != 0) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: cannot create the workbook: %s", path, strerror(errno));
		goto out;
	}
	bool ok = report_xlsx_write(&w, st, tmp_path, cli->tty_err && !cli->quiet ? show_progress : NULL,
				    NULL, &cli->diag);
	if (cli->tty_err && !cli->quiet)
		fprintf(stderr, "\r\033[K");
	if (!ok)
		goto out;
	if (rename(tmp_path, path) != 0) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, "%s: cannot replace the workbook: %s", path, strerror(errno));
		goto out;
	}
	have_tmp = 0;
	cli_note(cli, "wrote %s\n", path);

out:
	if (have_tmp) {
		unlink(tmp_path);
		have_tmp = 0;
	}
	catch_signals(SIG_DFL);
	rc = cli_finish(cli);
	report_workbook_release(&w);
	if (st)
		store_close(st);
	free(dir);
	return rc;
}

const struct command cmd_export = {
	.name = "export",
	.summary = "write the leadership workbook (Excel): readiness, plan, goals, trends",
	.usage = "export FILE.xlsx [--lang en|fa] [--from DATE] [--to DATE]",
	.description =
		"Writes one Excel workbook for leadership: Summary (one printed page), Readiness\n"
		"(heat map and radar chart), Gaps (current vs target chart), Findings, Plan (Gantt\n"
		"view and phase goals), Goals, Adoption (weekly active rate with its target line),\n"
		"Data quality (trend chart) and Metrics (every stored value, for pivot tables).\n"
		"With --lang fa the texts are Persian and the sheets right-to-left. --from and --to\n"
		"limit the trends and the Metrics sheet to a period. A sheet whose data is missing\n"
		"says which command provides it.\n"
		"\n"
		"The file is written under a temporary name in the target directory and renamed\n"
		"when complete: a failed export leaves an existing workbook untouched. Exit 73\n"
		"when the directory does not exist or FILE is a directory.",
	.options = export_options,
	.min_args = 1,
	.max_args = 1,
	.run = run_export,
};
