/* main: global options, finding the command, parsing its options, running
 * it. Nothing here knows what any command does. */
#include <ctype.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "../core/csvx.h"
#include "../core/outfile.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "cli.h"
#include "version.h"

const struct cli_option cli_global_options[] = {
	{ "db", 0, "PATH", "workspace file (default $CRMREADY_DB, then ./crmready.db)" },
	{ "lang", 0, "en|fa", "language of texts (default $CRMREADY_LANG, then en)" },
	{ "format", 0, "text|json|csv", "output format where the command offers it" },
	{ "no-color", 0, NULL, "never colour the output (also: NO_COLOR set)" },
	{ "quiet", 'q', NULL, "only results and errors" },
	{ "help", 'h', NULL, "show help for the command" },
	{ 0 },
};
enum { G_DB, G_LANG, G_FORMAT, G_NOCOLOR, G_QUIET, G_HELP, G_COUNT };

const char *cli_opt(const struct cli *cli, const char *name)
{
	for (int i = 0; cli->cmd->options && cli->cmd->options[i].name; i++)
		if (!strcmp(cli->cmd->options[i].name, name))
			return cli->values[i];
	return NULL;
}

size_t cli_opt_all(const struct cli *cli, const char *name, const char **out, size_t max)
{
	size_t n = 0;
	for (int k = 0; k < cli->ngiven && n < max; k++)
		if (!strcmp(cli->cmd->options[cli->given[k].opt].name, name))
			out[n++] = cli->given[k].value;
	return n;
}

bool cli_flag(const struct cli *cli, const char *name)
{
	for (int i = 0; cli->cmd->options && cli->cmd->options[i].name; i++)
		if (!strcmp(cli->cmd->options[i].name, name))
			return cli->seen[i];
	return false;
}

static void print_usage_line(FILE *out, const struct cli *cli)
{
	fprintf(out, "usage: %s %s\n", cli->prog, cli->cmd ? cli->cmd->usage : "COMMAND [OPTIONS]");
}

int cli_usage_error(struct cli *cli, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *raw = xvasprintf(fmt, ap);
	va_end(ap);
	/* Usage errors quote what the user typed: no escapes to the terminal. */
	char *msg = text_sanitize(raw);
	free(raw);
	if (cli->cmd && cli->group)
		fprintf(stderr, "%s %s %s: %s\n", cli->prog, cli->group->name, cli->cmd->name, msg);
	else if (cli->cmd)
		fprintf(stderr, "%s %s: %s\n", cli->prog, cli->cmd->name, msg);
	else
		fprintf(stderr, "%s: %s\n", cli->prog, msg);
	free(msg);
	print_usage_line(stderr, cli);
	if (cli->cmd)
		fprintf(stderr, "Try '%s %s%s%s --help' for more.\n", cli->prog,
			cli->group ? cli->group->name : "", cli->group ? " " : "", cli->cmd->name);
	return EXIT_USAGE;
}

bool cli_opt_long(struct cli *cli, const char *name, long min, long max, long *out)
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	long x;
	if (!text_parse_long(v, min, max, &x)) {
		cli_usage_error(cli, "--%s: found '%s', expected a whole number %ld..%ld", name, v, min, max);
		return false;
	}
	*out = x;
	return true;
}

bool cli_min_group(struct cli *cli, struct store *st, long *out)
{
	const char *v = cli_opt(cli, "min-group");
	*out = st ? store_min_group(st) : STORE_MIN_GROUP_DEFAULT;
	if (v && text_parse_long(v, 1, STORE_MIN_GROUP_MAX, out) && *out < STORE_MIN_GROUP_MIN) {
		cli_usage_error(cli, "--min-group: found '%s', expected at least %d: a group of one "
				"never shows its answers", v, STORE_MIN_GROUP_MIN);
		return false;
	}
	return cli_opt_long(cli, "min-group", STORE_MIN_GROUP_MIN, STORE_MIN_GROUP_MAX, out);
}

bool cli_opt_double(struct cli *cli, const char *name, double *out)
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	double x;
	if (!text_parse_number(v, &x)) {
		cli_usage_error(cli, "--%s: found '%s', expected a number", name, v);
		return false;
	}
	*out = x;
	return true;
}

static bool valid_date(const char *s)
{
	/* Digits only: sscanf("%2d") would take "+1" or " 1" as a month. */
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
	return y >= 1900 && m >= 1 && m <= 12 && d >= 1 && d <= timex_days_in_month(y, m);
}

bool cli_opt_date(struct cli *cli, const char *name, char out[11])
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	if (!valid_date(v)) {
		bool shaped = strlen(v) == 10 && v[4] == '-' && v[7] == '-' &&
			      strspn(v, "0123456789") == 4 && strspn(v + 5, "0123456789") == 2 &&
			      strspn(v + 8, "0123456789") == 2;
		if (shaped)
			cli_usage_error(cli, "--%s: found '%s', not a day of the calendar: expected "
					"a date YYYY-MM-DD (years 1900..9999, months 01..12, days "
					"within the month)", name, v);
		else
			cli_usage_error(cli, "--%s: found '%s', expected a date YYYY-MM-DD", name, v);
		return false;
	}
	memcpy(out, v, 11);
	return true;
}

void cli_today(char out[11])
{
	const char *fixed = getenv("CRMREADY_TODAY");
	if (fixed && valid_date(fixed)) {
		memcpy(out, fixed, 11);
		return;
	}
	static bool warned;
	if (fixed && *fixed && !warned) {
		char *shown = text_sanitize(fixed);
		fprintf(stderr, "crmready: warning: CRMREADY_TODAY='%s' is not a date YYYY-MM-DD; "
			"using today\n", shown);
		free(shown);
		warned = true;
	}
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

int cli_finish(struct cli *cli)
{
	diag_sort(&cli->diag);
	diag_print(&cli->diag, stderr, cli->color_err);
	return diag_exit_code(&cli->diag);
}

struct store *cli_open_store(struct cli *cli, enum store_mode mode)
{
	return store_open(cli->db_path, mode, &cli->diag);
}

void cli_note(struct cli *cli, const char *fmt, ...)
{
	if (cli->quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
}

/* ---- the table ---- */

const struct command *cli_find(const struct command *const *table, const char *name)
{
	const struct command *prefix = NULL;
	int nprefix = 0;
	for (int i = 0; table[i]; i++) {
		if (!strcmp(table[i]->name, name))
			return table[i];
		if (!CLI_HIDDEN(table[i]) && !strncmp(table[i]->name, name, strlen(name))) {
			prefix = table[i];
			nprefix++;
		}
	}
	return nprefix == 1 ? prefix : NULL;
}

static const char *closest_command(const struct command *const *table, const char *name)
{
	const char *names[128];
	size_t n = 0;
	for (int i = 0; table[i] && n < 128; i++)
		if (!CLI_HIDDEN(table[i]))
			names[n++] = table[i]->name;
	return text_closest(name, names, n);
}

static void print_options(FILE *out, const struct cli_option *opts)
{
	for (int i = 0; opts && opts[i].name; i++) {
		char left[80];
		if (opts[i].short_name)
			snprintf(left, sizeof left, "-%c, --%s%s%s", opts[i].short_name, opts[i].name,
				 opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", opts[i].name,
				 opts[i].arg ? " " : "", opts[i].arg ? opts[i].arg : "");
		fprintf(out, "  %-28s %s\n", left, opts[i].help);
	}
}

void cli_print_help(FILE *out, const struct command *group, const struct command *cmd)
{
	if (!cmd) {
		fprintf(out, "crmready %s: from \"should we roll out a CRM?\" to \"is the rollout working?\"\n\n",
			CRMREADY_VERSION);
		fprintf(out, "usage: crmready [--db PATH] [--lang en|fa] COMMAND [ARGS] [OPTIONS]\n\ncommands:\n");
		for (int i = 0; cli_commands[i]; i++)
			if (!CLI_HIDDEN(cli_commands[i]))
				fprintf(out, "  %-14s %s\n", cli_commands[i]->name,
					cli_commands[i]->summary);
		fprintf(out, "\nglobal options (before or after the command):\n");
		print_options(out, cli_global_options);
		fprintf(out, "      --version                print the version\n");
		fprintf(out, "\nRun 'crmready help COMMAND' or 'crmready COMMAND --help' for a command's options.\n");
		return;
	}
	fprintf(out, "usage: crmready %s\n\n", cmd->usage);
	/* The summary as a sentence: capital first letter, full stop. */
	fprintf(out, "%c%s.\n", cmd->summary[0] >= 'a' && cmd->summary[0] <= 'z'
		? cmd->summary[0] - 'a' + 'A' : cmd->summary[0], cmd->summary + 1);
	(void)group;
	/* the summary follows the name: "assess: score ..." reads oddly; print as sentence */
	if (cmd->description)
		fprintf(out, "\n%s\n", cmd->description);
	if (cmd->subcommands) {
		fprintf(out, "\nsubcommands:\n");
		for (int i = 0; cmd->subcommands[i]; i++)
			fprintf(out, "  %-14s %s\n", cmd->subcommands[i]->name, cmd->subcommands[i]->summary);
		fprintf(out, "\nRun 'crmready %s SUBCOMMAND --help' for its options.\n", cmd->name);
	}
	if (cmd->options && cmd->options[0].name) {
		fprintf(out, "\noptions:\n");
		print_options(out, cmd->options);
	}
	fprintf(out, "\nglobal options:\n");
	print_options(out, cli_global_options);
}

/* ---- parsing ---- */

static bool global_takes_arg(const char *tok)
{
	for (int i = 0; cli_global_options[i].name; i++) {
		size_t n = strlen(cli_global_options[i].name);
		if (!strncmp(tok + 2, cli_global_options[i].name, n) && tok[2 + n] == '\0')
			return cli_global_options[i].arg != NULL;
	}
	return false;
}

/* Index in cli_global_options of the option tok ("--db", "--db=x", "-q"), or -1. */
static int global_index(const char *tok)
{
	for (int i = 0; cli_global_options[i].name; i++) {
		size_t n = strlen(cli_global_options[i].name);
		if (tok[0] == '-' && tok[1] == '-' && !strncmp(tok + 2, cli_global_options[i].name, n) &&
		    (tok[2 + n] == '\0' || (tok[2 + n] == '=' && cli_global_options[i].arg)))
			return i;
		if (tok[0] == '-' && tok[1] && tok[1] == cli_global_options[i].short_name && !tok[2])
			return i;
	}
	return -1;
}

/* The options before the command (argv[1..upto)) must be global ones, with
 * their values: 0 when they are, else the usage error, said. */
static int check_leading_options(int argc, char **argv, int upto)
{
	for (int i = 1; i < upto; i++) {
		const char *t = argv[i];
		if (!strcmp(t, "--"))
			break;
		int g = global_index(t);
		if (g >= 0) {
			if (cli_global_options[g].arg && !strchr(t, '=') && ++i >= argc) {
				fprintf(stderr, "crmready: option '%s' needs a value\n", t);
				fprintf(stderr, "Run 'crmready --help' for the options and commands.\n");
				return EXIT_USAGE;
			}
			continue;
		}
		const char *names[G_COUNT + 1];
		size_t n = 0;
		for (int k = 0; cli_global_options[k].name; k++)
			names[n++] = cli_global_options[k].name;
		char word[64];
		const char *p = t;
		while (*p == '-')
			p++;
		snprintf(word, sizeof word, "%.*s", (int)strcspn(p, "="), p);
		const char *close = t[1] == '-' ? text_closest(word, names, n) : NULL;
		if (close)
			fprintf(stderr, "crmready: unknown option '%s' (did you mean '--%s'?)\n", t, close);
		else
			fprintf(stderr, "crmready: unknown option '%s'\n", t);
		fprintf(stderr, "Run 'crmready --help' for the options and commands.\n");
		return EXIT_USAGE;
	}
	return 0;
}

/* No command was given: say what is wrong with what was given. */
static int no_command(int argc, char **argv)
{
	int rc = check_leading_options(argc, argv, argc);
	if (rc)
		return rc;
	fprintf(stderr, "crmready: missing command\n\n");
	cli_print_help(stderr, NULL, NULL);
	return EXIT_USAGE;
}

/* An unknown or ambiguous (sub)command name: say which, with a close match
 * or the candidates. prefix is "crmready" or "crmready GROUP". */
static int unknown_command(const struct command *const *table, const char *name,
			   const char *prefix, const char *kind, const char *help_hint)
{
	struct sbuf cands;
	sbuf_init(&cands);
	int nprefix = 0;
	for (int i = 0; *name && table[i]; i++)
		if (!CLI_HIDDEN(table[i]) && !strncmp(table[i]->name, name, strlen(name))) {
			sbuf_addf(&cands, "%s'%s'", nprefix ? ", " : "", table[i]->name);
			nprefix++;
		}
	if (nprefix > 1) {
		fprintf(stderr, "%s: ambiguous %s '%s': could be %s\n", prefix, kind, name, cands.s);
	} else {
		const char *close = closest_command(table, name);
		char *clean = text_sanitize(name);
		if (close)
			fprintf(stderr, "%s: unknown %s '%s' (did you mean '%s'?)\n", prefix, kind,
				clean, close);
		else
			fprintf(stderr, "%s: unknown %s '%s'\n", prefix, kind, clean);
		free(clean);
	}
	sbuf_release(&cands);
	fprintf(stderr, "%s\n", help_hint);
	return EXIT_USAGE;
}

/* Index in argv of the first positional token at or after from, skipping
 * global options and their values; -1 when none. */
static int next_word(int argc, char **argv, int from)
{
	for (int i = from; i < argc; i++) {
		const char *t = argv[i];
		if (!strcmp(t, "--"))
			return i + 1 < argc ? i + 1 : -1;
		if (t[0] == '-' && t[1]) {
			if (t[1] == '-' && global_takes_arg(t))
				i++;
			continue;
		}
		return i;
	}
	return -1;
}

static int unknown_option(struct cli *cli, const char *tok, struct option *longs)
{
	const char *names[CLI_MAX_OPTIONS + G_COUNT + 2];
	size_t n = 0;
	for (int i = 0; longs[i].name; i++)
		names[n++] = longs[i].name;
	char word[64];
	const char *p = tok;
	while (*p == '-')
		p++;
	snprintf(word, sizeof word, "%.*s", (int)strcspn(p, "="), p);
	const char *close = text_closest(word, names, n);
	if (close)
		return cli_usage_error(cli, "unknown option '%s' (did you mean '--%s'?)", tok, close);
	return cli_usage_error(cli, "unknown option '%s'", tok);
}

/* A token that starts like a negative number ("-0.5", "-3", "-.5e2"): a value,
 * never an option (no option is a digit). */
static bool looks_numeric(const char *tok)
{
	return tok[0] == '-' && (isdigit((unsigned char)tok[1]) ||
				 (tok[1] == '.' && isdigit((unsigned char)tok[2])));
}

/* Whether the option token tok ("--target", "--tar", "-o") takes its value
 * from the next token. */
static bool option_wants_next(const char *tok, const struct option *longs, const char *shorts)
{
	if (tok[0] != '-' || !tok[1] || looks_numeric(tok))
		return false;
	if (tok[1] != '-') {
		/* a cluster "-ab": the last letter may take the next token */
		const char *c = strchr(shorts + 1, tok[strlen(tok) - 1]);
		return c && c[1] == ':';
	}
	if (strchr(tok, '=') || !tok[2])
		return false;
	const struct option *hit = NULL;
	int prefixes = 0;
	for (int i = 0; longs[i].name; i++) {
		if (!strcmp(longs[i].name, tok + 2))
			return longs[i].has_arg == required_argument;
		if (!strncmp(longs[i].name, tok + 2, strlen(tok + 2))) {
			hit = &longs[i];
			prefixes++;
		}
	}
	return prefixes == 1 && hit->has_arg == required_argument;
}

/* getopt would read "-0.5" as options: every numeric token that is not an
 * option's value is passed as its own tail ("0.5"), which getopt leaves in
 * place, and the '-' is restored afterwards (unhide_numbers). */
static void hide_numbers(char **rest, int nrest, const struct option *longs, const char *shorts)
{
	for (int i = 1; i < nrest; i++) {
		if (!strcmp(rest[i], "--"))
			return;
		if (looks_numeric(rest[i]) && !option_wants_next(rest[i - 1], longs, shorts))
			rest[i]++;
	}
}

static void unhide_numbers(char **args, int nargs, char **argv, int argc)
{
	for (int k = 0; k < nargs; k++)
		for (int i = 1; i < argc; i++)
			if (args[k] == argv[i] + 1 && looks_numeric(argv[i]))
				args[k] = argv[i];
}

static int version(void)
{
	printf("crmready %s\n", CRMREADY_VERSION);
	return 0;
}

static char oom_what[1024];

void cli_oom_context(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(oom_what, sizeof oom_what, fmt, ap);
	va_end(ap);
}

/* Memory ran out (in any thread): nothing may be allocated, so write(2)
 * the message, remove the output temporaries and leave at once. A write
 * transaction not committed is not in the workspace. */
static void out_of_memory(void)
{
	/* Both scan workers may run out at once: one reports, the other waits
	 * for the end. */
	static atomic_flag reporting = ATOMIC_FLAG_INIT;
	if (atomic_flag_test_and_set(&reporting))
		for (;;)
			pause();
	static const char head[] = "crmready: out of memory";
	static const char tail[] = ": nothing was changed (the workspace and the output files are "
				   "as they were)\n";
	ssize_t w = write(STDERR_FILENO, head, sizeof head - 1);
	if (oom_what[0]) {
		w = write(STDERR_FILENO, " while ", 7);
		w = write(STDERR_FILENO, oom_what, strlen(oom_what));
	}
	w = write(STDERR_FILENO, tail, sizeof tail - 1);
	(void)w;
	outfile_abort_all();
	_exit(EXIT_NOMEM);
}

int main(int argc, char **argv)
{
	xalloc_on_oom(out_of_memory);
	setlocale(LC_CTYPE, "C.UTF-8");
	/* A file size limit (ulimit -f) makes writes fail with EFBIG, reported
	 * like a full disk, instead of killing the command half way. */
	signal(SIGXFSZ, SIG_IGN);
	struct cli cli;
	memset(&cli, 0, sizeof cli);
	cli.prog = "crmready";
	diag_init(&cli.diag);
	int rc = EXIT_OK;
	char **rest = NULL;

	if (argc >= 2 && !strcmp(argv[1], "--version"))
		return version();

	/* Every argument is text the tool may store or print: it must be
	 * UTF-8 (names, departments, scopes, paths alike). */
	for (int i = 1; i < argc; i++) {
		size_t bad;
		if (!utf8_valid(argv[i], strlen(argv[i]), &bad)) {
			char *prefix = xstrndup(argv[i], bad);
			char *shown = text_sanitize(prefix);   /* the valid part, printable */
			fprintf(stderr, "crmready: argument %d ('%s...') is not UTF-8 text: byte 0x%02X "
				"at position %zu\n", i, shown, (unsigned char)argv[i][bad], bad + 1);
			free(prefix);
			free(shown);
			return EXIT_USAGE;
		}
	}

	/* The command and, for a group, its subcommand. */
	int ci = next_word(argc, argv, 1);
	if (ci < 0) {
		for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
			if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
				cli_print_help(stdout, NULL, NULL);
				return 0;
			} else if (!strcmp(argv[i], "--version"))
				return version();
		return no_command(argc, argv);
	}
	if ((rc = check_leading_options(argc, argv, ci)))
		return rc;
	const struct command *cmd = cli_find(cli_commands, argv[ci]);
	if (!cmd)
		return unknown_command(cli_commands, argv[ci], "crmready", "command",
				       "Run 'crmready --help' for the list of commands.");
	int si = -1;
	if (cmd->subcommands) {
		si = next_word(argc, argv, ci + 1);
		if (si < 0) {
			bool help = false;
			for (int i = 1; i < argc; i++)
				help |= !strcmp(argv[i], "--help") || !strcmp(argv[i], "-h");
			if (!help)
				fprintf(stderr, "crmready %s: missing subcommand\n\n", cmd->name);
			cli_print_help(help ? stdout : stderr, NULL, cmd);
			return help ? 0 : EXIT_USAGE;
		}
		const struct command *sub = cli_find(cmd->subcommands, argv[si]);
		if (!sub) {
			char *prefix = xasprintf("crmready %s", cmd->name);
			char *hint = xasprintf("Run 'crmready %s --help' for its subcommands.", cmd->name);
			int urc = unknown_command(cmd->subcommands, argv[si], prefix, "subcommand", hint);
			free(prefix);
			free(hint);
			return urc;
		}
		cli.group = cmd;
		cmd = sub;
	}
	cli.cmd = cmd;

	/* Everything else goes through getopt_long with global + command options. */
	rest = xcalloc((size_t)argc + 1, sizeof *rest);
	int nrest = 0;
	rest[nrest++] = argv[0];
	for (int i = 1; i < argc; i++)
		if (i != ci && i != si)
			rest[nrest++] = argv[i];

	struct option longs[CLI_MAX_OPTIONS + G_COUNT + 2];
	int n = 0;
	/* ':' first: a missing value is reported as ':', not '?'. */
	char shorts[128] = ":";
	for (int i = 0; cli_global_options[i].name; i++, n++) {
		longs[n] = (struct option){ cli_global_options[i].name,
					    cli_global_options[i].arg ? required_argument : no_argument, NULL, 1000 + i };
		if (cli_global_options[i].short_name) {
			size_t k = strlen(shorts);
			shorts[k] = cli_global_options[i].short_name;
			shorts[k + 1] = '\0';
		}
	}
	int ncmd = 0;
	for (int i = 0; cmd->options && cmd->options[i].name && i < CLI_MAX_OPTIONS; i++, n++, ncmd++) {
		longs[n] = (struct option){ cmd->options[i].name,
					    cmd->options[i].arg ? required_argument : no_argument, NULL, 2000 + i };
		if (cmd->options[i].short_name) {
			size_t k = strlen(shorts);
			shorts[k] = cmd->options[i].short_name;
			shorts[k + 1] = cmd->options[i].arg ? ':' : '\0';
			shorts[k + 2] = '\0';
		}
	}
	longs[n] = (struct option){ 0 };

	hide_numbers(rest, nrest, longs, shorts);

	const char *opt_db = NULL, *opt_lang = NULL, *opt_format = NULL;
	bool no_color = false, help = false;
	opterr = 0;
	optind = 1;
	int c, longindex;
	while ((c = getopt_long(nrest, rest, shorts, longs, &longindex)) != -1) {
		if (c == '?') {
			const char *tok = rest[optind - 1];
			if (optopt >= 1000 && tok[0] == '-' && tok[1] == '-' && strchr(tok, '=')) {
				rc = cli_usage_error(&cli, "option '%.*s' takes no value",
						     (int)(strchr(tok, '=') - tok), tok);
			} else if (optopt && optopt < 256) {
				/* a short option, perhaps inside a cluster: tok may be
				 * the argument before it */
				char s[3] = { '-', (char)optopt, 0 };
				rc = unknown_option(&cli, s, longs);
			} else {
				rc = unknown_option(&cli, tok, longs);
			}
			goto out;
		}
		if (c == ':') {
			rc = cli_usage_error(&cli, "option '%s' needs a value", rest[optind - 1]);
			goto out;
		}
		if (c == 'h') {
			help = true;
			continue;
		}
		if (c == 'q') {
			cli.quiet = true;
			continue;
		}
		if (c >= 2000) {
			cli.seen[c - 2000] = true;
			cli.values[c - 2000] = optarg;
			if (optarg && cli.ngiven < (int)(sizeof cli.given / sizeof *cli.given))
				cli.given[cli.ngiven++] = (struct cli_value){ c - 2000, optarg };
			continue;
		}
		if (c < 1000 || c >= 2000) {
			/* a command's short option */
			for (int i = 0; i < ncmd; i++)
				if (cmd->options[i].short_name == c) {
					cli.seen[i] = true;
					cli.values[i] = optarg;
				}
			continue;
		}
		switch (c - 1000) {
		case G_DB: opt_db = optarg; break;
		case G_LANG: opt_lang = optarg; break;
		case G_FORMAT: opt_format = optarg; break;
		case G_NOCOLOR: no_color = true; break;
		case G_QUIET: cli.quiet = true; break;
		case G_HELP: help = true; break;
		}
	}
	if (help) {
		cli_print_help(stdout, cli.group, cmd);
		goto out;
	}
	cli.args = rest + optind;
	cli.nargs = nrest - optind;
	unhide_numbers(cli.args, cli.nargs, argv, argc);

	/* Globals: flags > environment > defaults. */
	cli.db_path = opt_db ? opt_db : getenv("CRMREADY_DB");
	if (!cli.db_path || !*cli.db_path)
		cli.db_path = "crmready.db";
	if (opt_db && !*opt_db) {
		rc = cli_usage_error(&cli, "--db needs a file name");
		goto out;
	}
	const char *lang = opt_lang ? opt_lang : getenv("CRMREADY_LANG");
	cli.lang = LANG_EN;
	if (lang && *lang && !lang_parse(lang, &cli.lang)) {
		if (opt_lang) {
			rc = cli_usage_error(&cli, "--lang: found '%s', expected en or fa", lang);
			goto out;
		}
		fprintf(stderr, "crmready: warning: CRMREADY_LANG='%s' is not en or fa; using en\n", lang);
	}
	cli.format = FORMAT_TEXT;
	if (opt_format) {
		static const struct { const char *name; enum format f; } formats[] = {
			{ "text", FORMAT_TEXT }, { "json", FORMAT_JSON }, { "csv", FORMAT_CSV } };
		bool found = false;
		for (size_t i = 0; i < 3; i++)
			if (!strcmp(opt_format, formats[i].name)) {
				cli.format = formats[i].f;
				found = true;
			}
		unsigned allowed = cmd->formats | FORMAT_TEXT;
		if (!found || !(allowed & cli.format)) {
			char list[32] = "text";
			if (allowed & FORMAT_JSON)
				strcat(list, ", json");
			if (allowed & FORMAT_CSV)
				strcat(list, ", csv");
			rc = cli_usage_error(&cli, "--format: found '%s', expected one of: %s", opt_format, list);
			goto out;
		}
	}
	const char *nc = getenv("NO_COLOR");
	bool colors_allowed = !no_color && !(nc && *nc);
	cli.color_out = colors_allowed && isatty(STDOUT_FILENO);
	cli.color_err = colors_allowed && isatty(STDERR_FILENO);
	cli.tty_err = isatty(STDERR_FILENO) && !cli.quiet;
	if (isatty(STDOUT_FILENO))
		csvx_terminal(stdout);

	if (cmd->subcommands) {
		cli_print_help(stderr, NULL, cmd);
		rc = EXIT_USAGE;
		goto out;
	}
	if (cli.nargs < cmd->min_args) {
		rc = cli_usage_error(&cli, "missing argument");
		goto out;
	}
	if (cmd->max_args >= 0 && cli.nargs > cmd->max_args) {
		rc = cli_usage_error(&cli, "unexpected argument '%s'", cli.args[cmd->max_args]);
		goto out;
	}
	rc = cmd->run(&cli);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "crmready: error writing the output\n");
		if (rc == EXIT_OK)
			rc = EXIT_IOERR;
	}
out:
	free(rest);
	diag_release(&cli.diag);
	return rc;
}
