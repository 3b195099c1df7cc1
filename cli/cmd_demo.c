/* crmready demo [DIR]: the sample engagement, built anywhere by the binary
 * alone (no source tree): the sample organisation's survey answers (shipped
 * in content/sample/), the assessment, findings, the plan and its goals, a
 * few weeks of figures, adoption from a generated LoginHistory export, two
 * data-quality scans of a sample Contact export, goal status, the workbook
 * and the HTML report.
 *
 * Each step runs this same binary as a child process with the arguments
 * shown, so the demo is exactly what a user would type; `make demo`
 * (scripts/demo.sh) runs this command, so the two cannot drift.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../core/embedded.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "../phases/plan.h"
#include "commands.h"

struct demo {
	struct cli *cli;
	char self[4096];
	const char *dir;
	char *db;
	int failed;               /* exit code of the step that failed, else 0 */
};

static char *in_dir(const struct demo *d, const char *name)
{
	return xasprintf("%s/%s", d->dir, name);
}

/* Run "crmready ARGS... --db DB", after printing the step's heading. In a
 * language other than English every step speaks it too (--lang shown on
 * its line), unless the step names its own. */
static bool step(struct demo *d, const char *title, ...)
{
	const char *argv[40];
	size_t n = 0;
	argv[n++] = d->self;
	va_list ap;
	va_start(ap, title);
	for (const char *a; (a = va_arg(ap, const char *)) && n < 34;)
		argv[n++] = a;
	va_end(ap);
	bool own_lang = false;
	for (size_t i = 1; i < n; i++)
		own_lang |= !strcmp(argv[i], "--lang");
	if (!own_lang && i18n_lang() != LANG_EN) {
		argv[n++] = "--lang";
		argv[n++] = lang_code(i18n_lang());
	}
	argv[n++] = "--db";
	argv[n++] = d->db;
	argv[n] = NULL;
	if (d->failed)
		return false;
	/* A NULL title shows the command line; "" shows nothing. */
	if (!title || *title) {
		printf("\n== %s", title ? title : "crmready");
		if (!title)
			for (size_t i = 1; i + 2 < n; i++)
				printf(" %s", argv[i]);
		printf("\n");
	}
	fflush(stdout);
	fflush(stderr);
	pid_t pid = fork();
	if (pid < 0) {
		diag_fail(&d->cli->diag, EXIT_SOFTWARE, _("demo: cannot start a step: %s"), i18n_strerror(errno));
		d->failed = EXIT_SOFTWARE;
		return false;
	}
	if (pid == 0) {
		/* A step without a heading runs quietly. */
		if (title && !*title && !freopen("/dev/null", "w", stdout))
			_exit(EXIT_SOFTWARE);
		execv(d->self, (char *const *)argv);
		fprintf(stderr, _("crmready demo: cannot run %s: %s\n"), d->self, i18n_strerror(errno));
		_exit(EXIT_SOFTWARE);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	int rc = WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_SOFTWARE;
	if (rc != 0) {
		diag_fail(&d->cli->diag, rc, _("demo: the step 'crmready %s ...' failed (exit %d)"), argv[1], rc);
		d->failed = rc;
		return false;
	}
	return true;
}

static bool write_file(struct demo *d, const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		diag_fail(&d->cli->diag, EXIT_CANTCREAT, _("%s: cannot write: %s"), path, i18n_strerror(errno));
		if (f)
			fclose(f);
		return false;
	}
	return true;
}

/* A shipped sample file copied into the demo folder (its first max_lines
 * lines when max_lines > 0). */
static char *sample(struct demo *d, const char *name, const char *as, int max_lines)
{
	char *key = xasprintf("sample/%s", name);
	const struct embedded_file *f = content_find(key);
	free(key);
	if (!f) {
		diag_fail(&d->cli->diag, EXIT_SOFTWARE, _("demo: sample/%s is not built in"), name);
		return NULL;
	}
	size_t len = f->len;
	if (max_lines > 0) {
		int lines = 0;
		for (len = 0; len < f->len && lines < max_lines; len++)
			lines += f->data[len] == '\n';
	}
	char *path = in_dir(d, as);
	if (!write_file(d, path, (const char *)f->data, len)) {
		free(path);
		return NULL;
	}
	return path;
}

/* The adoption data of the sample organisation, generated deterministically
 * (Park-Miller): a roster of 48 users in three waves, each department a
 * manager over two team leads over the staff, and the Salesforce
 * LoginHistory export of the weeks since each wave's licences started, with
 * adoption rising week by week, a few failed logins and two log users that
 * are not on the roster. today is a day number (phases/plan.h). */
struct rng { unsigned long s; };
static unsigned long rnd(struct rng *r, unsigned long n)
{
	r->s = r->s * 16807 % 2147483647;
	return r->s % n;
}

static const struct { const char *department, *wave; int users, start_weeks_ago; } roster_groups[] = {
	{ "Sales", "pilot", 16, 10 },
	{ "Service", "1", 14, 5 },
	{ "Marketing", "1", 8, 5 },
	{ "Finance", "2", 5, -2 },
	{ "IT", "2", 5, -2 },
};
static const char *const first_names[] = { "Sara", "Reza", "Maryam", "Ali", "Neda", "Omid",
	"Leila", "Kian", "Harper", "James", "Olivia", "Noah", "Shirin", "Babak", "Emma", "Darius" };
static const char *const last_names[] = { "Ahmadi", "Karimi", "Hosseini", "Rahimi", "Moradi",
	"Smith", "Jones", "Taylor", "Brown", "Jafari", "Sadeghi", "Wilson" };

static bool adoption_files(struct demo *d, long today, char **roster, char **logins)
{
	struct sbuf r, l;
	sbuf_init(&r);
	sbuf_init(&l);
	struct rng g = { 20261123 };
	long monday = today - (plan_date_weekday(today) - 1);   /* this ISO week's Monday */
	sbuf_addf(&r, "Id,Name,Department,Role,LicenseStart,Wave,ManagerId\n");
	sbuf_addf(&l, "UserId,LoginTime,SourceIp,LoginType,Status,Application,Browser\n");
	int id = 100;
	char date[11];
	for (size_t k = 0; k < sizeof roster_groups / sizeof *roster_groups; k++) {
		long start = monday - 7L * roster_groups[k].start_weeks_ago;
		int base = id;
		for (int u = 0; u < roster_groups[k].users; u++, id++) {
			plan_date_format(start, date);
			/* the manager heads the two team leads, each lead half the staff */
			char manager[24] = "";
			if (u > 0)
				snprintf(manager, sizeof manager, "005000000000%03d",
					 u < 3 ? base : base + 1 + u % 2);
			sbuf_addf(&r, "005000000000%03d,%s %s,%s,%s,%s,%s,%s\n", id,
				  first_names[rnd(&g, 16)], last_names[rnd(&g, 12)],
				  roster_groups[k].department, u == 0 ? "Manager" : u < 3 ? "Team lead" : "Staff",
				  date, roster_groups[k].wave, manager);
			/* Each user has a habit; the whole wave warms up week by week. */
			int habit = (int)rnd(&g, 30);
			for (long week = start; week + 6 <= today + 6 && week <= today; week += 7) {
				int age = (int)((week - start) / 7);
				int chance = 35 + 7 * age + habit;
				if ((int)rnd(&g, 100) >= (chance > 97 ? 97 : chance))
					continue;
				int count = 1 + (int)rnd(&g, 2 + (unsigned long)age / 2);
				for (int i = 0; i < count; i++) {
					long day = week + (long)rnd(&g, 5);
					if (day > today)
						continue;
					plan_date_format(day, date);
					bool failed = rnd(&g, 25) == 0;
					sbuf_addf(&l, "005000000000%03d,%sT%02lu:%02lu:%02lu.000+0000,10.0.%lu.%lu,"
						  "Application,%s,Browser,Chrome\n", id, date, 6 + rnd(&g, 11),
						  rnd(&g, 60), rnd(&g, 60), rnd(&g, 255), rnd(&g, 255),
						  failed ? "Invalid Password" : "Success");
				}
			}
		}
	}
	/* Two integration users that nobody put on the roster. */
	for (int i = 0; i < 6; i++) {
		plan_date_format(today - 3 - i, date);
		sbuf_addf(&l, "005000000000%03d,%sT03:00:00.000+0000,10.9.0.1,Remote Access 2.0,Success,"
			  "DataLoader,\n", 900 + i % 2, date);
	}
	*roster = in_dir(d, "roster.csv");
	*logins = in_dir(d, "LoginHistory.csv");
	bool ok = write_file(d, *roster, r.s, r.len) && write_file(d, *logins, l.s, l.len);
	sbuf_release(&r);
	sbuf_release(&l);
	return ok;
}

static bool has_command(const char *name)
{
	const struct command *c = cli_find(cli_commands, name);
	return c && !strcmp(c->name, name);
}

static int run_demo(struct cli *cli)
{
	struct demo d = { .cli = cli, .dir = cli->nargs ? cli->args[0] : "crm-demo" };
	char *files[8] = { 0 };
	char *roster = NULL, *logins = NULL, *xlsx = NULL, *xlsx_fa = NULL, *html = NULL, *html_fa = NULL;
	ssize_t n = readlink("/proc/self/exe", d.self, sizeof d.self - 1);
	if (n <= 0 || (size_t)n >= sizeof d.self - 1) {
		diag_fail(&cli->diag, EXIT_SOFTWARE, _("demo: cannot find this program's file: %s"),
			  i18n_strerror(errno));
		return cli_finish(cli);
	}
	d.self[n] = '\0';
	/* The folder's name reaches the demo's own commands inside their file
	 * names: one read as an option there would leave half an engagement. */
	if (!*d.dir)
		return cli_usage_error(cli, "%s", _("the name of the folder is empty: give a folder name, "
					     "or none for crm-demo"));
	if (d.dir[0] == '-')
		return cli_usage_error(cli, _("the folder name '%s' starts with '-': write it ./%s"),
				       d.dir, d.dir);
	if (mkdir(d.dir, 0777) != 0 && errno != EEXIST) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, _("%s: cannot create the folder: %s"), d.dir, i18n_strerror(errno));
		return cli_finish(cli);
	}
	struct stat stt;
	if (stat(d.dir, &stt) != 0 || !S_ISDIR(stt.st_mode)) {
		diag_fail(&cli->diag, EXIT_CANTCREAT, _("%s: is not a folder"), d.dir);
		return cli_finish(cli);
	}
	/* The demo's own workspace, made afresh each time (never --db's). */
	d.db = in_dir(&d, "demo.db");
	const char *suffix[] = { "", "-wal", "-shm" };
	for (int i = 0; i < 3; i++) {
		char *p = xasprintf("%s%s", d.db, suffix[i]);
		unlink(p);
		free(p);
	}

	char today_s[11];
	cli_today(today_s);
	long today;
	plan_date_parse(today_s, &today);
	long monday = today - (plan_date_weekday(today) - 1);
	char start[11], older[11], week[11];
	plan_date_format(monday - 7 * 12, start);      /* the rollout began 12 weeks ago */
	plan_date_format(monday - 7 * 9, older);    /* before the foundation phase ends */

	if (!(files[0] = sample(&d, "readiness-answers.csv", "readiness-answers.csv", 0)) ||
	    !(files[1] = sample(&d, "capabilities-answers.csv", "capabilities-answers.csv", 0)) ||
	    !(files[2] = sample(&d, "contacts.csv", "contacts.csv", 0)) ||
	    !(files[3] = sample(&d, "contacts.csv", "contacts-older.csv", 201)) ||
	    !adoption_files(&d, today, &roster, &logins))
		goto out;
	files[4] = in_dir(&d, "dq-clusters.csv");
	xlsx = in_dir(&d, "leadership.xlsx");
	xlsx_fa = in_dir(&d, "leadership-fa.xlsx");
	html = in_dir(&d, "report.html");
	html_fa = in_dir(&d, "report-fa.html");

	char shown[TIMEX_SHOW_MAX];
	printf(_("crmready demo: the sample engagement in %s (workspace %s, today %s)\n"), d.dir, d.db,
	       timex_show(today_s, shown));
	step(&d, NULL, "init", "--org", "Example Trading Co.", "--quiet", NULL);
	step(&d, NULL, "survey", "import", "crm-readiness", files[0], NULL);
	step(&d, NULL, "survey", "import", "crm-capabilities", files[1], NULL);
	step(&d, NULL, "assess", NULL);
	step(&d, NULL, "gaps", NULL);
	step(&d, NULL, "findings", "--min-severity", "high", NULL);
	step(&d, NULL, "plan", "build", "--start", start, NULL);
	step(&d, NULL, "goal", "list", NULL);

	/* Figures from elsewhere: the learning system and a customer survey. */
	if (!d.failed)
		printf("\n== crmready metric record ... %s\n", _("(training completion, satisfaction, ROI)"));
	for (int w = 0; w < 6 && !d.failed; w++) {
		char v1[16], v2[16];
		plan_date_format(monday - 7 * (5 - w), week);
		snprintf(v1, sizeof v1, "%.2f", 0.55 + 0.07 * w);
		/* wave 1 lags: 0.75 in the last week, so the shipped
		 * low-training-completion rule has something to say */
		snprintf(v2, sizeof v2, "%.2f", 0.20 + 0.11 * w);
		step(&d, "", "metric", "record", METRIC_TRAINING_COMPLETION, v1, "--date", week,
		     "--scope", "wave=pilot", "--source", "LMS", "--quiet", NULL);
		step(&d, "", "metric", "record", METRIC_TRAINING_COMPLETION, v2, "--date", week,
		     "--scope", "wave=1", "--source", "LMS", "--quiet", NULL);
	}
	plan_date_format(monday - 7 * 8, week);
	step(&d, "", "metric", "record", METRIC_CSAT, "3.6", "--date", week, "--source", "survey", "--quiet", NULL);
	step(&d, "", "metric", "record", METRIC_CSAT, "3.9", "--date", today_s, "--source", "survey", "--quiet", NULL);
	step(&d, "", "metric", "record", METRIC_ROI_RATIO, "0.35", "--date", today_s, "--source", "finance", "--quiet", NULL);
	step(&d, NULL, "metric", "list", "--name", METRIC_FAMILY_TRAINING ".*", NULL);

	if (has_command("roster") && has_command("adoption")) {
		step(&d, NULL, "roster", "import", roster, NULL);
		step(&d, NULL, "adoption", "import", logins, NULL);
		step(&d, NULL, "adoption", "report", NULL);
	}

	step(&d, NULL, "dq", "scan", files[3], "--entity", "Contact", "--date", older, "--quiet", NULL);
	step(&d, NULL, "dq", "scan", files[2], "--entity", "Contact", "--date", today_s, "--clusters-out",
	     files[4], NULL);
	step(&d, NULL, "dq", "report", NULL);

	step(&d, NULL, "status", "--today", today_s, NULL);
	step(&d, NULL, "export", xlsx, NULL);
	step(&d, NULL, "export", xlsx_fa, "--lang", "fa", NULL);
	step(&d, NULL, "report", html, NULL);
	step(&d, NULL, "report", html_fa, "--lang", "fa", NULL);
	if (!d.failed)
		printf(_("\nThe sample engagement is in %s:\n"
			 "  workspace         %s   (crmready --db %s status)\n"
			 "  workbook          %s, %s\n"
			 "  report            %s, %s (open in a browser)\n"
			 "  duplicate groups  %s\n"),
		       d.dir, d.db, d.db, xlsx, xlsx_fa, html, html_fa, files[4]);
out:
	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		free(files[i]);
	free(roster);
	free(logins);
	free(xlsx);
	free(xlsx_fa);
	free(html);
	free(html_fa);
	free(d.db);
	return cli_finish(cli);
}

const struct command cmd_demo = {
	.name = "demo",
	.summary = N_("build the sample engagement in a folder, from survey to workbook and report"),
	.usage = "demo [DIR]",
	.description =
		N_("Runs a whole engagement on a sample organisation in DIR (default ./crm-demo),\n"
		"printing each command as it runs it: survey answers of 60 staff in six\n"
		"departments, the assessment and capability gaps, findings, the phased plan\n"
		"with goals starting 12 weeks ago, training and satisfaction figures, adoption\n"
		"from a generated Salesforce LoginHistory export, two data-quality scans of a\n"
		"sample Contact export, goal status, and the workbook and HTML report in\n"
		"English and Persian. Everything it needs is built into the binary.\n"
		"\n"
		"The workspace is DIR/demo.db, made afresh on every run (--db is not used)."),
	.min_args = 0,
	.max_args = 1,
	.run = run_demo,
};
