/* cli: the command table, option parsing and what every command shares.
 *
 * A command is data (struct command): name, summary, usage, options and the
 * function that runs it. Help, the manual, completion and "did you mean"
 * are all generated from the table, so they cannot drift from the code.
 */
#ifndef CRMREADY_CLI_H
#define CRMREADY_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../store/store.h"

enum format { FORMAT_TEXT = 1, FORMAT_JSON = 2, FORMAT_CSV = 4 };

struct cli_option {
	const char *name;      /* long name without "--" */
	char short_name;       /* 0 for none */
	const char *arg;       /* argument name for help, NULL for a flag */
	const char *help;
};

struct cli;

/* What a command does with the workspace. The dispatcher opens it so
 * before run() (cli->store), and after run() rolls back any transaction the
 * command left open and closes it; a workspace created for a command that
 * committed nothing is removed, so a failed command leaves none behind.
 * Where a transaction begins and commits stays with the command: its writes
 * are one transaction, but 'survey run' commits each answer as it is given
 * and the imports commit inside the domain (roster, adoption). */
enum cli_workspace {
	CLI_WORKSPACE_NONE,    /* never touches it: cli->store is NULL */
	CLI_WORKSPACE_READ,    /* reads it; a missing one reads as empty, nothing is created */
	CLI_WORKSPACE_WRITE,   /* writes it: created when missing */
};

struct command {
	const char *name;
	const char *summary;            /* one line, lower case, no full stop */
	const char *usage;              /* after "crmready ": "assess [QUESTIONNAIRE] [--by department|role]" */
	const char *description;        /* paragraphs for --help and the manual, may be NULL */
	const struct cli_option *options;       /* terminated by {0} */
	const struct command *const *subcommands; /* a group: NULL-terminated */
	unsigned formats;               /* FORMAT_* accepted by --format; 0 = text only */
	int min_args, max_args;         /* positional arguments; max -1 = any */
	enum cli_workspace workspace;
	/* When set, decides instead of workspace from the options and
	 * arguments: a reading command that writes on request (assess --save). */
	enum cli_workspace (*workspace_for)(const struct cli *cli);
	const void *data;               /* what a shared run function needs (a document kind) */
	int (*run)(struct cli *cli);
};

enum { CLI_MAX_OPTIONS = 48 };

struct cli {
	const char *prog;
	const struct command *cmd;      /* the leaf command running */
	const struct command *group;    /* its group, or NULL */
	char group_path[64];            /* the group's words ("dq checks"), or "" */
	char **args;                    /* positional arguments */
	int nargs;
	/* parsed options of the command (by index in cmd->options) */
	const char *values[CLI_MAX_OPTIONS];
	bool seen[CLI_MAX_OPTIONS];
	/* every value given, in order, for options given more than once */
	struct cli_value { int opt; const char *value; } given[64];
	int ngiven;
	/* global options */
	const char *db_path;            /* resolved: --db > CRMREADY_DB > ./crmready.db */
	lang_id lang;
	const char *calendar_name;      /* the calendar in use (--calendar, else the language's) */
	enum format format;
	bool quiet;
	bool color_out, color_err;      /* ANSI colours allowed on stdout / stderr */
	bool tty_err;                   /* stderr is a terminal: progress allowed */
	struct diag diag;
	/* the workspace, opened by the dispatcher as the command declares
	 * (command.workspace); NULL for CLI_WORKSPACE_NONE */
	struct store *store;
};

/* The value of option name, or NULL when not given. */
const char *cli_opt(const struct cli *cli, const char *name);
/* Every value of a repeatable option, in the order given (up to max);
 * how many. cli_opt gives the last one. */
size_t cli_opt_all(const struct cli *cli, const char *name, const char **out, size_t max);
/* True when option name was given. */
bool cli_flag(const struct cli *cli, const char *name);

/* Option value parsers: report a usage error (64) naming the option. */
bool cli_opt_long(struct cli *cli, const char *name, long min, long max, long *out);
bool cli_opt_double(struct cli *cli, const char *name, double *out);
/* A YYYY-MM-DD date (validated); out is 11 bytes. */
bool cli_opt_date(struct cli *cli, const char *name, char out[11]);

/* The minimum group size (anonymity) for this run: --min-group N, else the
 * engagement's (store_min_group; st may be NULL). A value below 2 is a
 * usage error: a group of one never shows its answers. */
bool cli_min_group(struct cli *cli, struct store *st, long *out);
/* --round NAME checked (q_round_name_valid): *out the name, NULL when not
 * given; false with a usage error (64). */
bool cli_round_opt(struct cli *cli, const char **out);
/* The workspace file: the --db value (flag, NULL when not given) >
 * CRMREADY_DB > STORE_DEFAULT_PATH; shared by the dispatcher and the
 * shell completion. */
const char *cli_db_path(const char *flag);

/* A usage error: prints "crmready CMD: MESSAGE" and the usage line; 64. */
int cli_usage_error(struct cli *cli, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Print collected diagnostics on stderr and return the exit code they
 * imply (0 when there are no errors). */
int cli_finish(struct cli *cli);

/* --encoding and --delimiter of a command reading a CSV (CLI_INPUT_OPTIONS
 * in its options): checked and made the readers' format (csvx_input_format).
 * False with a usage error (64) naming the option. */
bool cli_input_format(struct cli *cli);
/* An input file that cannot be opened (EXIT_NOINPUT in cli->diag), checked
 * before a workspace is created for it; "-" (stdin) always can. */
bool cli_input_readable(struct cli *cli, const char *path);
/* An output of a command: how messages call it ("--rows-out", "the
 * workbook") and the name given. */
struct cli_output {
	const char *label, *path;
};
/* Outputs that would replace the workspace (or its -wal, -shm, -journal),
 * an input of the command, or another of its outputs: false with a usage
 * error (64) naming both, checked before anything is written or stored.
 * Outputs with a NULL path are skipped; "-" never clashes. */
bool cli_outputs_distinct(struct cli *cli, const struct cli_output *outs, size_t nouts,
			  const char *const *inputs, size_t ninputs);
/* What export and report share (cli/leadership.c): --from/--to checked, the
 * output args[0] opened in out (noun "workbook", the_noun "the workbook"),
 * --min-group and --questionnaire applied, and w (initialised by the caller)
 * gathered from the workspace. CLI_GO_ON to write it, else the exit code,
 * the errors printed; the caller aborts out and releases w either way. */
struct outfile;
struct report_workbook;
enum { CLI_GO_ON = -1 };
int cli_leadership_gather(struct cli *cli, const char *noun, const char *the_noun,
			  struct outfile *out, struct report_workbook *w);
#define CLI_INPUT_USAGE " [--encoding NAME] [--delimiter C]"
#define CLI_INPUT_OPTIONS \
	{ "encoding", 0, "NAME", N_("the file's encoding when it is not UTF-8, e.g. windows-1256, " \
	  "windows-1252 (UTF-16 with a BOM is recognised)") }, \
	{ "delimiter", 0, "C", N_("the cell delimiter: , ; | or tab (default: the one the header " \
	  "line uses)") }

/* Print a note to stderr unless --quiet. */
void cli_note(struct cli *cli, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Today's date (UTC) as YYYY-MM-DD, or CRMREADY_TODAY when set (tests). */
void cli_today(char out[11]);

/* What the command is doing, for the message printed when memory runs out
 * ("crmready: out of memory while WHAT: nothing was changed", exit 71);
 * formatted now, since nothing can be allocated then. */
void cli_oom_context(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Progress of a long read on a terminal (a dq_scan_opts or q_import
 * progress callback): arg is the label, e.g. "scanning FILE"; shows
 * "\rLABEL:  42%", or the megabytes read when the size is not known
 * (cli/progress.c). */
void cli_progress(uint64_t done, uint64_t total, void *arg);
/* A domain check's usage error (the first error in d) printed as
 * cli_usage_error prints it, d released: EXIT_USAGE (cli/usage_diag.c). */
int cli_usage_diag(struct cli *cli, struct diag *d);

/* The table. A command whose name starts with '_' is hidden: it is left
 * out of help, the manual, completion and "did you mean" (the shell
 * completion helper __complete). */
extern const struct command *const cli_commands[];
extern const struct cli_option cli_global_options[];
#define CLI_HIDDEN(cmd) ((cmd)->name[0] == '_')
const struct command *cli_find(const struct command *const *table, const char *name);
/* Help: the overview when cmd is NULL; else cmd's, whose group's words
 * (e.g. "dq") are group_path, "" at the top. */
void cli_print_help(FILE *out, const char *group_path, const struct command *cmd);

#endif
