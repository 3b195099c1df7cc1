/* main: global options, finding the command, parsing its options, running
 * it. Nothing here knows what any command does. */
#include <ctype.h>
#include <errno.h>
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
	{ "db", 0, "PATH", N_("workspace file (default $CRMREADY_DB, then ./crmready.db)") },
	{ "lang", 0, "LANG", N_("language of texts: en, ar or fa (default $CRMREADY_LANG, then the locale's, then en)") },
	{ "calendar", 0, "NAME", N_("calendar of dates shown and typed: gregorian or persian (default: the language's)") },
	{ "digits", 0, "native|latin", N_("digits of figures in reports (default native: the language's own)") },
	{ "format", 0, "text|json|csv", N_("output format where the command offers it") },
	{ "no-color", 0, NULL, N_("never colour the output (also: NO_COLOR set)") },
	{ "quiet", 'q', NULL, N_("only results and errors") },
	{ "help", 'h', NULL, N_("show help for the command") },
	{ 0 },
};
enum { G_DB, G_LANG, G_CALENDAR, G_DIGITS, G_FORMAT, G_NOCOLOR, G_QUIET, G_HELP, G_COUNT };

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
	fprintf(out, _("usage: %s %s\n"), cli->prog, cli->cmd ? cli->cmd->usage : "COMMAND [OPTIONS]");
}

int cli_usage_error(struct cli *cli, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *raw = tvfmt(fmt, ap);
	va_end(ap);
	/* Usage errors quote what the user typed: no escapes to the terminal. */
	char *msg = text_sanitize(raw);
	free(raw);
	const char *sep = cli->group_path[0] ? " " : "";
	if (cli->cmd)
		fprintf(stderr, "%s %s%s%s: %s\n", cli->prog, cli->group_path, sep, cli->cmd->name, msg);
	else
		fprintf(stderr, "%s: %s\n", cli->prog, msg);
	free(msg);
	print_usage_line(stderr, cli);
	if (cli->cmd)
		fprintf(stderr, _("Try '%s %s%s%s --help' for more.\n"), cli->prog, cli->group_path, sep,
			cli->cmd->name);
	return EXIT_USAGE;
}

bool cli_opt_long(struct cli *cli, const char *name, long min, long max, long *out)
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	long x;
	if (!text_parse_long(v, min, max, &x)) {
		cli_usage_error(cli, _("--%s: found '%s', expected a whole number %ld..%ld"), name, v, min, max);
		return false;
	}
	*out = x;
	return true;
}

const char *cli_db_path(const char *flag)
{
	const char *p = flag ? flag : getenv("CRMREADY_DB");
	return p && *p ? p : STORE_DEFAULT_PATH;
}

bool cli_min_group(struct cli *cli, struct store *st, long *out)
{
	const char *v = cli_opt(cli, "min-group");
	long n;
	if (v && text_parse_long(v, 1, STORE_MIN_GROUP_MAX, &n) && !store_min_group_choose(st, &n, out)) {
		cli_usage_error(cli, _("--min-group: found '%s', expected at least %d: a group of one "
				       "never shows its answers"), v, STORE_MIN_GROUP_MIN);
		return false;
	}
	if (!cli_opt_long(cli, "min-group", STORE_MIN_GROUP_MIN, STORE_MIN_GROUP_MAX, &n))
		return false;
	return store_min_group_choose(st, v ? &n : NULL, out);
}

bool cli_opt_double(struct cli *cli, const char *name, double *out)
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	double x;
	if (!text_parse_number(v, &x)) {
		cli_usage_error(cli, _("--%s: found '%s', expected a number"), name, v);
		return false;
	}
	*out = x;
	return true;
}

/* Every date option: a Gregorian or a Solar Hijri date (timex_parse_user_date
 * decides which), stored and passed on as the ISO Gregorian date. */
bool cli_opt_date(struct cli *cli, const char *name, char out[11])
{
	const char *v = cli_opt(cli, name);
	if (!v)
		return true;
	int64_t day;
	const char *calendar;
	enum timex_err e = timex_parse_user_date(v, &day, &calendar);
	if (e && strcmp(calendar, "gregorian")) {
		if (e != TIMEX_SYNTAX)
			cli_usage_error(cli, _("--%s: found '%s', not a day of the Solar Hijri calendar: "
					       "expected a date YYYY/MM/DD (years %d..%d, months 01..12, "
					       "days 01..31 in months 1 to 6, 01..30 in months 7 to 11, "
					       "01..29 in Esfand or 01..30 in a leap year)"),
					name, v, TIMEX_SOLAR_MIN_YEAR, TIMEX_SOLAR_MAX_YEAR);
		else
			cli_usage_error(cli, _("--%s: found '%s', expected a Solar Hijri date YYYY/MM/DD "
					       "(such as 1405/09/12) or a Gregorian date YYYY-MM-DD"), name, v);
		return false;
	}
	if (e) {
		if (e != TIMEX_SYNTAX)
			cli_usage_error(cli, _("--%s: found '%s', not a day of the calendar: expected "
					       "a date YYYY-MM-DD (years %d..%d, months 01..12, days "
					       "within the month)"), name, v, TIMEX_MIN_YEAR, TIMEX_MAX_YEAR);
		else
			cli_usage_error(cli, _("--%s: found '%s', expected a date YYYY-MM-DD"), name, v);
		return false;
	}
	timex_format_date(day, out);
	return true;
}

void cli_today(char out[11])
{
	const char *fixed = getenv("CRMREADY_TODAY");
	int64_t day;
	if (fixed && timex_parse_date(fixed, strlen(fixed), &day) == TIMEX_OK) {
		memcpy(out, fixed, 11);
		return;
	}
	static bool warned;
	if (fixed && *fixed && !warned) {
		char *shown = text_sanitize(fixed);
		fprintf(stderr, _("crmready: warning: CRMREADY_TODAY='%s' is not a date YYYY-MM-DD; "
				  "using today\n"), shown);
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

void cli_note(struct cli *cli, const char *fmt, ...)
{
	if (cli->quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	tvfprintf(stderr, fmt, ap);
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
		fprintf(out, "  %-28s %s\n", left, _(opts[i].help));
	}
}

void cli_print_help(FILE *out, const char *group_path, const struct command *cmd)
{
	if (!cmd) {
		fprintf(out, _("crmready %s: from \"should we roll out a CRM?\" to \"is the rollout working?\"\n"),
			CRMREADY_VERSION);
		fprintf(out, "\n");
		fprintf(out, _("usage: %s %s\n"), "crmready", "[--db PATH] [--lang LANG] COMMAND [ARGS] [OPTIONS]");
		fprintf(out, "\n%s\n", _("commands:"));
		for (int i = 0; cli_commands[i]; i++)
			if (!CLI_HIDDEN(cli_commands[i]))
				fprintf(out, "  %-14s %s\n", cli_commands[i]->name,
					_(cli_commands[i]->summary));
		fprintf(out, "\n%s\n", _("global options (before or after the command):"));
		print_options(out, cli_global_options);
		fprintf(out, "  %-28s %s\n", "    --version", _("print the version"));
		fprintf(out, "\n%s\n", _("Run 'crmready help COMMAND' or 'crmready COMMAND --help' for a command's options."));
		return;
	}
	fprintf(out, _("usage: %s %s\n"), "crmready", cmd->usage);
	fprintf(out, "\n");
	/* The summary as a sentence: capital first letter, full stop (a
	 * translation's first letter is its own). */
	const char *summary = _(cmd->summary);
	fprintf(out, "%c%s.\n", summary[0] >= 'a' && summary[0] <= 'z'
		? summary[0] - 'a' + 'A' : summary[0], summary + 1);
	if (cmd->description)
		fprintf(out, "\n%s\n", _(cmd->description));
	if (cmd->subcommands) {
		fprintf(out, "\n%s\n", _("subcommands:"));
		for (int i = 0; cmd->subcommands[i]; i++)
			fprintf(out, "  %-14s %s\n", cmd->subcommands[i]->name, _(cmd->subcommands[i]->summary));
		fprintf(out, _("\nRun 'crmready %s%s%s SUBCOMMAND --help' for its options.\n"),
			group_path ? group_path : "", group_path && *group_path ? " " : "", cmd->name);
	}
	if (cmd->options && cmd->options[0].name) {
		fprintf(out, "\n%s\n", _("options:"));
		print_options(out, cmd->options);
	}
	fprintf(out, "\n%s\n", _("global options:"));
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

/* The option name closest to what tok ("--formt=json") spells, or NULL. */
static const char *closest_option(const char *tok, const char **names, size_t n)
{
	char word[64];
	const char *p = tok;
	while (*p == '-')
		p++;
	snprintf(word, sizeof word, "%.*s", (int)strcspn(p, "="), p);
	return text_closest(word, names, n);
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
				fprintf(stderr, _("crmready: option '%s' needs a value\n"), t);
				fprintf(stderr, "%s\n", _("Run 'crmready --help' for the options and commands."));
				return EXIT_USAGE;
			}
			continue;
		}
		const char *names[G_COUNT + 1];
		size_t n = 0;
		for (int k = 0; cli_global_options[k].name; k++)
			names[n++] = cli_global_options[k].name;
		const char *close = t[1] == '-' ? closest_option(t, names, n) : NULL;
		if (close)
			fprintf(stderr, _("crmready: unknown option '%s' (did you mean '--%s'?)\n"), t, close);
		else
			fprintf(stderr, _("crmready: unknown option '%s'\n"), t);
		fprintf(stderr, "%s\n", _("Run 'crmready --help' for the options and commands."));
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
	fprintf(stderr, "%s\n\n", _("crmready: missing command"));
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
			sbuf_addf(&cands, "%s'%s'", nprefix ? trc("list", ", ") : "", table[i]->name);
			nprefix++;
		}
	if (nprefix > 1) {
		fprintf(stderr, _("%s: ambiguous %s '%s': could be %s\n"), prefix, _(kind), name, cands.s);
	} else {
		const char *close = closest_command(table, name);
		char *clean = text_sanitize(name);
		if (close)
			fprintf(stderr, _("%s: unknown %s '%s' (did you mean '%s'?)\n"), prefix, _(kind),
				clean, close);
		else
			fprintf(stderr, _("%s: unknown %s '%s'\n"), prefix, _(kind), clean);
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
	const char *close = closest_option(tok, names, n);
	if (close)
		return cli_usage_error(cli, _("unknown option '%s' (did you mean '--%s'?)"), tok, close);
	return cli_usage_error(cli, _("unknown option '%s'"), tok);
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
	/* A translation is looked up in the embedded catalogue: nothing is
	 * allocated. */
	const char *head = _("crmready: out of memory");
	const char *whilst = _(" while ");
	const char *tail = _(": nothing was changed (the workspace and the output files are "
			     "as they were)\n");
	ssize_t w = write(STDERR_FILENO, head, strlen(head));
	if (oom_what[0]) {
		w = write(STDERR_FILENO, whilst, strlen(whilst));
		w = write(STDERR_FILENO, oom_what, strlen(oom_what));
	}
	w = write(STDERR_FILENO, tail, strlen(tail));
	(void)w;
	outfile_abort_all();
	_exit(EXIT_NOMEM);
}

/* What main reads from the command line beside the command itself. */
struct invocation {
	int argc;
	char **argv;
	int words[8];                  /* argv indexes of the command's words ("dq checks add") */
	int nwords;
	char **rest;                   /* argv without the words: options and arguments */
	int nrest;
	const char *db, *lang, *calendar, *digits, *format;
	bool no_color, help;
};

enum { GO_ON = -1 };   /* a step's result when the command is to run */

/* Every argument is text the tool may store or print: it must be UTF-8
 * (names, departments, scopes, paths alike). */
static int check_utf8(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		size_t bad;
		if (!utf8_valid(argv[i], strlen(argv[i]), &bad)) {
			char *prefix = xstrndup(argv[i], bad);
			char *shown = text_sanitize(prefix);   /* the valid part, printable */
			tfprintf(stderr, _("crmready: argument %d ('%s...') is not UTF-8 text: byte 0x%02X "
					   "at position %zu\n"), i, shown, (unsigned char)argv[i][bad], bad + 1);
			free(prefix);
			free(shown);
			return EXIT_USAGE;
		}
	}
	return 0;
}

/* The locale's language, as gettext programs read it (LANGUAGE's first
 * entry, LC_ALL, LC_MESSAGES, LANG), when it is one crmready speaks:
 * fa_IR.UTF-8 is Persian; C, POSIX or a language without a catalogue is
 * not (NULL, so English). */
static const char *locale_language(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (!v || !*v)
			continue;
		lang_id l;
		/* a set variable decides, known language or not, as for setlocale */
		return lang_parse(v, &l) ? v : NULL;
	}
	return NULL;
}

/* --lang, else CRMREADY_LANG, else the locale's language. */
static const char *chosen_language(const char *given)
{
	if (given)
		return given;
	const char *env = getenv("CRMREADY_LANG");
	return env && *env ? env : locale_language();
}

/* The language of what is said before the options are parsed (help asked
 * for with --help, an unknown command or option): --lang, else
 * CRMREADY_LANG or the locale's, when it names a language, and --digits
 * latin. apply_globals checks both and chooses again. */
static void early_language(int argc, char **argv)
{
	const char *lang = chosen_language(NULL), *digits = NULL;
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strncmp(argv[i], "--lang=", 7))
			lang = argv[i] + 7;
		else if (!strcmp(argv[i], "--lang") && i + 1 < argc)
			lang = argv[++i];
		else if (!strncmp(argv[i], "--digits=", 9))
			digits = argv[i] + 9;
		else if (!strcmp(argv[i], "--digits") && i + 1 < argc)
			digits = argv[++i];
	}
	lang_id l;
	/* A --lang crmready does not speak is refused in the language the
	 * user would have had without it. */
	if (!(lang && *lang && lang_parse(lang, &l))) {
		lang = chosen_language(NULL);
		if (!(lang && *lang && lang_parse(lang, &l)))
			return;
	}
	i18n_use(l, !(digits && !strcmp(digits, "latin")));
}

static bool asks_help(int argc, char **argv)
{
	bool help = false;
	for (int i = 1; i < argc; i++)
		help |= !strcmp(argv[i], "--help") || !strcmp(argv[i], "-h");
	return help;
}

/* A group named without its subcommand: its help, asked for or not. */
static int missing_subcommand(struct cli *cli, const struct command *group, bool help)
{
	const char *sep = cli->group_path[0] ? " " : "";
	if (!help)
		fprintf(stderr, _("crmready %s%s%s: missing subcommand\n\n"), cli->group_path, sep,
			group->name);
	cli_print_help(help ? stdout : stderr, cli->group_path, group);
	return help ? 0 : EXIT_USAGE;
}

/* The command the words of the command line name, down through groups
 * ("dq checks add"), into cli->cmd, cli->group and cli->group_path. */
static int find_command(struct cli *cli, struct invocation *in)
{
	int argc = in->argc;
	char **argv = in->argv;
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
	int rc = check_leading_options(argc, argv, ci);
	if (rc)
		return rc;
	const struct command *cmd = cli_find(cli_commands, argv[ci]);
	if (!cmd)
		return unknown_command(cli_commands, argv[ci], "crmready", N_("command"),
				       _("Run 'crmready --help' for the list of commands."));
	in->words[in->nwords++] = ci;
	while (cmd->subcommands) {
		int si = next_word(argc, argv, ci + 1);
		const struct command *sub = si < 0 ? NULL : cli_find(cmd->subcommands, argv[si]);
		/* A command that runs by itself and has subcommands too ("findings",
		 * "findings waive"): without a subcommand's name it is itself. */
		if (!sub && cmd->run)
			break;
		if (si < 0)
			return missing_subcommand(cli, cmd, asks_help(argc, argv));
		const char *sep = cli->group_path[0] ? " " : "";
		if (!sub) {
			char *prefix = xasprintf("crmready %s%s%s", cli->group_path, sep, cmd->name);
			char *hint = xasprintf(_("Run 'crmready %s%s%s --help' for its subcommands."),
					       cli->group_path, sep, cmd->name);
			int urc = unknown_command(cmd->subcommands, argv[si], prefix, N_("subcommand"), hint);
			free(prefix);
			free(hint);
			return urc;
		}
		size_t len = strlen(cli->group_path);
		snprintf(cli->group_path + len, sizeof cli->group_path - len, "%s%s", sep, cmd->name);
		cli->group = cmd;
		cmd = sub;
		ci = si;
		if (in->nwords < (int)(sizeof in->words / sizeof *in->words))
			in->words[in->nwords++] = si;
	}
	cli->cmd = cmd;
	return GO_ON;
}

static bool is_word(const struct invocation *in, int i)
{
	for (int k = 0; k < in->nwords; k++)
		if (in->words[k] == i)
			return true;
	return false;
}

/* The long and short options getopt is to know: the global ones, then
 * the command's. */
static int option_table(const struct command *cmd, struct option *longs, char shorts[128])
{
	int n = 0;
	/* ':' first: a missing value is reported as ':', not '?'. */
	strcpy(shorts, ":");
	for (int i = 0; cli_global_options[i].name; i++, n++) {
		longs[n] = (struct option){ cli_global_options[i].name,
					    cli_global_options[i].arg ? required_argument : no_argument, NULL, 1000 + i };
		if (cli_global_options[i].short_name) {
			size_t k = strlen(shorts);
			shorts[k] = cli_global_options[i].short_name;
			shorts[k + 1] = '\0';
		}
	}
	for (int i = 0; cmd->options && cmd->options[i].name && i < CLI_MAX_OPTIONS; i++, n++) {
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
	return n;
}

/* getopt's complaint about the token just read, as a usage error. */
static int bad_option(struct cli *cli, struct invocation *in, int c, struct option *longs)
{
	const char *tok = in->rest[optind - 1];
	if (c == ':')
		return cli_usage_error(cli, _("option '%s' needs a value"), tok);
	if (optopt >= 1000 && tok[0] == '-' && tok[1] == '-' && strchr(tok, '='))
		return cli_usage_error(cli, _("option '%.*s' takes no value"),
				       (int)(strchr(tok, '=') - tok), tok);
	if (optopt && optopt < 256) {
		/* a short option, perhaps inside a cluster: tok may be the
		 * argument before it */
		char s[3] = { '-', (char)optopt, 0 };
		return unknown_option(cli, s, longs);
	}
	return unknown_option(cli, tok, longs);
}

/* Everything but the command's words, through getopt_long with the global
 * and the command's options; the rest are its arguments. */
static int parse_options(struct cli *cli, struct invocation *in)
{
	const struct command *cmd = cli->cmd;
	in->rest = xcalloc((size_t)in->argc + 1, sizeof *in->rest);
	in->rest[in->nrest++] = in->argv[0];
	for (int i = 1; i < in->argc; i++)
		if (!is_word(in, i))
			in->rest[in->nrest++] = in->argv[i];
	struct option longs[CLI_MAX_OPTIONS + G_COUNT + 2];
	char shorts[128];
	int n = option_table(cmd, longs, shorts);
	int ncmd = n - G_COUNT;
	hide_numbers(in->rest, in->nrest, longs, shorts);
	opterr = 0;
	optind = 1;
	int c, longindex;
	while ((c = getopt_long(in->nrest, in->rest, shorts, longs, &longindex)) != -1) {
		if (c == '?' || c == ':')
			return bad_option(cli, in, c, longs);
		if (c >= 2000) {
			cli->seen[c - 2000] = true;
			cli->values[c - 2000] = optarg;
			if (optarg && cli->ngiven < (int)(sizeof cli->given / sizeof *cli->given))
				cli->given[cli->ngiven++] = (struct cli_value){ c - 2000, optarg };
		} else if (c == 'h') {
			in->help = true;
		} else if (c == 'q') {
			cli->quiet = true;
		} else if (c < 1000) {
			/* a command's short option */
			for (int i = 0; i < ncmd; i++)
				if (cmd->options[i].short_name == c) {
					cli->seen[i] = true;
					cli->values[i] = optarg;
				}
		} else {
			switch (c - 1000) {
			case G_DB: in->db = optarg; break;
			case G_LANG: in->lang = optarg; break;
			case G_CALENDAR: in->calendar = optarg; break;
			case G_DIGITS: in->digits = optarg; break;
			case G_FORMAT: in->format = optarg; break;
			case G_NOCOLOR: in->no_color = true; break;
			case G_QUIET: cli->quiet = true; break;
			case G_HELP: in->help = true; break;
			}
		}
	}
	if (in->help) {
		cli_print_help(stdout, cli->group_path, cmd);
		return 0;
	}
	cli->args = in->rest + optind;
	cli->nargs = in->nrest - optind;
	unhide_numbers(cli->args, cli->nargs, in->argv, in->argc);
	return GO_ON;
}

static int parse_format(struct cli *cli, const char *name)
{
	static const struct { const char *name; enum format f; } formats[] = {
		{ "text", FORMAT_TEXT }, { "json", FORMAT_JSON }, { "csv", FORMAT_CSV } };
	cli->format = FORMAT_TEXT;
	if (!name)
		return GO_ON;
	bool found = false;
	for (size_t i = 0; i < 3; i++)
		if (!strcmp(name, formats[i].name)) {
			cli->format = formats[i].f;
			found = true;
		}
	unsigned allowed = cli->cmd->formats | FORMAT_TEXT;
	if (found && (allowed & cli->format))
		return GO_ON;
	char list[32] = "text";
	if (allowed & FORMAT_JSON)
		strcat(list, ", json");
	if (allowed & FORMAT_CSV)
		strcat(list, ", csv");
	return cli_usage_error(cli, _("--format: found '%s', expected one of: %s"), name, list);
}

/* The global options: flags > environment > defaults. */
static int apply_globals(struct cli *cli, const struct invocation *in)
{
	cli->db_path = cli_db_path(in->db);
	if (in->db && !*in->db)
		return cli_usage_error(cli, "%s", _("--db needs a file name"));
	const char *lang = chosen_language(in->lang);
	cli->lang = LANG_EN;
	if (lang && *lang && !lang_parse(lang, &cli->lang)) {
		if (in->lang)
			return cli_usage_error(cli, _("--lang: found '%s', expected one of: %s"), lang,
					       lang_codes());
		fprintf(stderr, _("crmready: warning: CRMREADY_LANG='%s' is not one of %s; using en\n"),
			lang, lang_codes());
	}
	bool native_digits = true;
	if (in->digits) {
		if (!strcmp(in->digits, "latin"))
			native_digits = false;
		else if (strcmp(in->digits, "native"))
			return cli_usage_error(cli, _("--digits: found '%s', expected native or latin"),
					       in->digits);
	}
	i18n_use(cli->lang, native_digits);
	const char *calendar = in->calendar ? in->calendar : getenv("CRMREADY_CALENDAR");
	if (calendar && (*calendar || in->calendar) && !timex_use_calendar(calendar)) {
		if (in->calendar)
			return cli_usage_error(cli, _("--calendar: found '%s', expected one of: %s"),
					       calendar, timex_calendar_names());
		fprintf(stderr, _("crmready: warning: CRMREADY_CALENDAR='%s' is not one of %s; "
				  "using the language's calendar\n"), calendar, timex_calendar_names());
	}
	cli->calendar_name = timex_calendar();
	int rc = parse_format(cli, in->format);
	if (rc != GO_ON)
		return rc;
	const char *nc = getenv("NO_COLOR");
	bool colors_allowed = !in->no_color && !(nc && *nc);
	cli->color_out = colors_allowed && isatty(STDOUT_FILENO);
	cli->color_err = colors_allowed && isatty(STDERR_FILENO);
	cli->tty_err = isatty(STDERR_FILENO) && !cli->quiet;
	if (isatty(STDOUT_FILENO))
		csvx_terminal(stdout);
	return GO_ON;
}

/* Open the workspace as the command declares, run it, close the
 * workspace. A transaction the command left open is rolled back; a
 * workspace created for a command that committed nothing is removed
 * (store_close), so a failed command where there was none leaves none. */
static int run_command(struct cli *cli)
{
	const struct command *cmd = cli->cmd;
	if (cli->nargs < cmd->min_args)
		return cli_usage_error(cli, "%s", _("missing argument"));
	if (cmd->max_args >= 0 && cli->nargs > cmd->max_args)
		return cli_usage_error(cli, _("unexpected argument '%s'"), cli->args[cmd->max_args]);
	enum cli_workspace ws = cmd->workspace_for ? cmd->workspace_for(cli) : cmd->workspace;
	if (ws != CLI_WORKSPACE_NONE) {
		cli->store = store_open(cli->db_path, ws == CLI_WORKSPACE_WRITE ? STORE_WRITE : STORE_READ,
					&cli->diag);
		if (!cli->store)
			return cli_finish(cli);
		char today[11];
		cli_today(today);
		store_set_today(cli->store, today);
	}
	int rc = cmd->run(cli);
	if (cli->store) {
		store_rollback(cli->store);
		store_close(cli->store);
		cli->store = NULL;
	}
	return rc;
}

/* Every way out, help and --version included: output that could not be
 * written (a full disk, a closed pipe) is an I/O error, never success. */
static int flush_output(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, _("crmready: error writing the output: %s\n"), i18n_strerror(errno));
		if (rc == EXIT_OK)
			rc = EXIT_IOERR;
	}
	return rc;
}

int main(int argc, char **argv)
{
	xalloc_on_oom(out_of_memory);
	setlocale(LC_CTYPE, "C.UTF-8");
	/* A file size limit (ulimit -f) makes writes fail with EFBIG, reported
	 * like a full disk, instead of killing the command half way. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc >= 2 && !strcmp(argv[1], "--version"))
		return flush_output(version());
	early_language(argc, argv);
	int rc = check_utf8(argc, argv);
	if (rc)
		return rc;
	struct cli cli;
	memset(&cli, 0, sizeof cli);
	cli.prog = "crmready";
	diag_init(&cli.diag);
	struct invocation in = { .argc = argc, .argv = argv };
	rc = find_command(&cli, &in);
	if (rc == GO_ON)
		rc = parse_options(&cli, &in);
	if (rc == GO_ON)
		rc = apply_globals(&cli, &in);
	if (rc == GO_ON)
		rc = run_command(&cli);
	free(in.rest);
	diag_release(&cli.diag);
	return flush_output(rc);
}
