/* Shell completion, answered by the binary from its command table.
 *
 * The bash and zsh scripts (`crmready help --completion bash|zsh`) only
 * pass the words typed so far to the hidden command
 *
 *     crmready __complete -- WORD... CURRENT
 *
 * which prints one candidate a line ("word<TAB>description") or the line
 * "__files__" when a file name is expected. Commands, subcommands and
 * options come from the table; positional arguments from each command's
 * usage string (QUESTIONNAIRE: the questionnaire ids of the workspace named
 * by --db or CRMREADY_DB, and the shipped ones; FILE: files; a|b: words),
 * so completion cannot drift from the code. The descriptions are in the
 * language in use (CRMREADY_LANG); the scripts are installed, and English.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "commands.h"
#include "manual.h"

struct completion {
	const char *cur;          /* the word being completed */
	const char *db;           /* --db given on the line, or NULL */
	bool files;               /* file names are expected too */
};

static void candidate(struct completion *c, const char *word, const char *desc)
{
	if (strncmp(word, c->cur, strlen(c->cur)))
		return;
	if (desc)
		printf("%s\t%s\n", word, desc);
	else
		printf("%s\n", word);
}

static void questionnaire_ids(struct completion *c)
{
	struct diag d;
	diag_init(&d);
	struct store *st = store_open(cli_db_path(c->db), STORE_READ, &d);
	struct q_listing *l = NULL;
	size_t n = 0;
	/* A workspace that cannot be read still has the shipped questionnaires. */
	if (!q_list_all(st, &l, &n, &d))
		q_list_all(NULL, &l, &n, &d);
	for (size_t i = 0; i < n; i++)
		candidate(c, l[i].id, l[i].in_workspace ? _("questionnaire (workspace)") : _("questionnaire"));
	q_listing_free(l, n);
	if (st)
		store_close(st);
	diag_release(&d);
}

static void capability_ids(struct completion *c)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_lookup(NULL, "crm-capabilities", &d);
	for (size_t i = 0; q && i < q->ncapabilities; i++)
		candidate(c, q->capabilities[i].id, _("capability"));
	q_free(q);
	diag_release(&d);
}

static bool is_literal(const char *s, size_t n)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-' || (s[i] >= '0' && s[i] <= '9')))
			return false;
	return true;
}

/* Candidates for one placeholder of a usage string or option argument:
 * "ID|FILE", "text|json", "LANG", "QUESTIONNAIRE", "FILE.csv|FILE.yaml"... sub is the
 * command chosen so far for SUBCOMMAND. */
static void placeholder(struct completion *c, const char *ph, const struct command *group,
			const struct command *cmd, const char *option, const char *first_arg)
{
	const char *p = ph;
	while (*p) {
		size_t n = strcspn(p, "|");
		char *part = xstrndup(p, n);
		if (is_literal(part, n)) {
			if (!(option && !strcmp(option, "format") && cmd &&
			      ((!strcmp(part, "json") && !(cmd->formats & FORMAT_JSON)) ||
			       (!strcmp(part, "csv") && !(cmd->formats & FORMAT_CSV)))))
				candidate(c, part, NULL);
		} else if (strstr(part, "QUESTIONNAIRE") ||
			   (!strcmp(part, "ID") && ((option && !strcmp(option, "questionnaire")) ||
						    (group && !strcmp(group->name, "questionnaire"))))) {
			questionnaire_ids(c);
		} else if (strstr(part, "CAPABILITY")) {
			capability_ids(c);
		} else if (!strcmp(part, "LANG")) {
			for (size_t l = 0; l < lang_count(); l++)
				candidate(c, lang_code((lang_id)l), lang_name((lang_id)l));
		} else if (!strcmp(part, "NAME") && option && !strcmp(option, "calendar")) {
			candidate(c, "gregorian", NULL);
			candidate(c, "persian", NULL);
		} else if (!strcmp(part, "COMMAND")) {
			for (int i = 0; cli_commands[i]; i++)
				if (!CLI_HIDDEN(cli_commands[i]))
					candidate(c, cli_commands[i]->name, _(cli_commands[i]->summary));
		} else if (!strcmp(part, "SUBCOMMAND")) {
			const struct command *g = first_arg ? cli_find(cli_commands, first_arg) : NULL;
			for (int i = 0; g && g->subcommands && g->subcommands[i]; i++)
				candidate(c, g->subcommands[i]->name, _(g->subcommands[i]->summary));
		} else if (strstr(part, "FILE") || strstr(part, "PATH") || strstr(part, "DIR")) {
			c->files = true;
		}
		free(part);
		p += n + (p[n] == '|');
	}
}

/* The positional placeholder at index want of one alternative of a usage
 * string (tokens [from, to)), given the words typed before it: literal
 * words in the usage must match what was typed. */
static void alternative(struct completion *c, char **tok, size_t from, size_t to,
			const struct command *group, const struct command *cmd,
			char **typed, size_t want)
{
	size_t pos = 0;
	const char *repeat = NULL;
	for (size_t i = from; i < to && pos <= want; i++) {
		const char *t = tok[i];
		if (t[0] == '-' || (t[0] == '[' && t[1] == '-')) {
			if (t[0] == '[') { /* skip to the matching ']' */
				int depth = 0;
				for (; i < to; i++) {
					for (const char *q = tok[i]; *q; q++)
						depth += (*q == '[') - (*q == ']');
					if (depth <= 0)
						break;
				}
			} else if (i + 1 < to && tok[i + 1][0] != '-' && tok[i + 1][0] != '[') {
				i++;
			}
			continue;
		}
		char *ph = xstrdup(t + strspn(t, "["));
		ph[strcspn(ph, "]")] = '\0';
		size_t len = strlen(ph);
		bool many = len > 3 && !strcmp(ph + len - 3, "...");
		if (many)
			ph[len - 3] = '\0';
		if (pos == want) {
			placeholder(c, ph, group, cmd, NULL, want ? typed[0] : NULL);
			free(ph);
			return;
		}
		bool literal = is_literal(ph, strlen(ph));
		bool match = !literal || !strcmp(ph, typed[pos]);
		if (many)
			repeat = t;
		free(ph);
		if (!match)
			return;
		pos++;
	}
	if (repeat && pos <= want) {
		char *ph = xstrdup(repeat + strspn(repeat, "["));
		ph[strcspn(ph, "].")] = '\0';
		placeholder(c, ph, group, cmd, NULL, typed[0]);
		free(ph);
	}
}

static void positional(struct completion *c, const struct command *group,
		       const struct command *cmd, char **typed, size_t ntyped)
{
	char *usage = xstrdup(cmd->usage);
	char *tok[64];
	size_t n = 0;
	for (char *s = strtok(usage, " "); s && n < 64; s = strtok(NULL, " "))
		tok[n++] = s;
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && strcmp(tok[i], "|"))
			continue;
		size_t from = start;
		/* An alternative starts with the command's own names. */
		if (group && from < i && !strcmp(tok[from], group->name))
			from++;
		if (from < i && !strcmp(tok[from], cmd->name))
			from++;
		alternative(c, tok, from, i, group, cmd, typed, ntyped);
		start = i + 1;
	}
	free(usage);
}

static const struct cli_option *find_option(const struct command *cmd, const char *word)
{
	if (word[0] != '-')
		return NULL;
	const struct cli_option *lists[2] = { cmd ? cmd->options : NULL, cli_global_options };
	for (int l = 0; l < 2; l++)
		for (int i = 0; lists[l] && lists[l][i].name; i++) {
			const struct cli_option *o = &lists[l][i];
			if ((word[1] == '-' && !strcmp(word + 2, o->name)) ||
			    (word[1] == o->short_name && word[1] && !word[2]))
				return o;
		}
	return NULL;
}

static void options(struct completion *c, const struct command *cmd)
{
	char word[96];
	const struct cli_option *lists[2] = { cmd ? cmd->options : NULL, cli_global_options };
	for (int l = 0; l < 2; l++)
		for (int i = 0; lists[l] && lists[l][i].name; i++) {
			const struct cli_option *o = &lists[l][i];
			if (!strcmp(o->name, "format") && l == 1 && cmd && !cmd->formats)
				continue;
			snprintf(word, sizeof word, "--%s", o->name);
			candidate(c, word, _(o->help));
		}
	if (!cmd)
		candidate(c, "--version", _("print the version"));
}

static int run_complete(struct cli *cli)
{
	char **w = cli->args;
	size_t n = (size_t)cli->nargs;
	if (!n)
		return 0;
	struct completion c = { .cur = w[n - 1] };
	const struct command *cmd = NULL, *group = NULL;
	char **typed = xcalloc(n + 1, sizeof *typed);
	size_t ntyped = 0;
	const struct cli_option *pending = NULL;  /* an option waiting for its value */
	bool only_args = false;
	for (size_t i = 0; i + 1 < n; i++) {
		const char *t = w[i];
		if (pending) {
			if (!strcmp(t, "="))     /* bash splits --db=x into --db = x */
				continue;
			if (!strcmp(pending->name, "db"))
				c.db = t;
			pending = NULL;
			continue;
		}
		if (!only_args && !strcmp(t, "--")) {
			only_args = true;
			continue;
		}
		if (!only_args && t[0] == '-' && t[1]) {
			const struct cli_option *o = find_option(cmd, t);
			if (o && o->arg && !strchr(t, '='))
				pending = o;
			else if (!strncmp(t, "--db=", 5))
				c.db = t + 5;
			continue;
		}
		if (!cmd) {
			cmd = cli_find(cli_commands, t);
			if (!cmd)
				goto out;
		} else if (cmd->subcommands) {
			const struct command *sub = cli_find(cmd->subcommands, t);
			if (!sub)
				goto out;
			group = cmd;
			cmd = sub;
		} else {
			typed[ntyped++] = w[i];
		}
	}
	if (!strcmp(c.cur, "=") && pending)
		c.cur = "";
	if (pending) {
		placeholder(&c, pending->arg, group, cmd, pending->name, NULL);
	} else if (!only_args && c.cur[0] == '-') {
		/* a command that also runs by itself ("findings") has options of its own */
		options(&c, cmd && (cmd->run || !cmd->subcommands) ? cmd : NULL);
	} else if (!cmd) {
		for (int i = 0; cli_commands[i]; i++)
			if (!CLI_HIDDEN(cli_commands[i]))
				candidate(&c, cli_commands[i]->name, cli_commands[i]->summary);
	} else if (cmd->subcommands) {
		for (int i = 0; cmd->subcommands[i]; i++)
			candidate(&c, cmd->subcommands[i]->name, cmd->subcommands[i]->summary);
	} else {
		positional(&c, group, cmd, typed, ntyped);
	}
	if (c.files)
		printf("__files__\n");
out:
	free(typed);
	return 0;
}

const struct command cmd_complete = {
	.name = "__complete",
	.summary = "print the completions of a command line (used by the shell scripts)",
	.usage = "__complete -- WORD... CURRENT",
	.min_args = 0,
	.max_args = -1,
	.run = run_complete,
};

static const char bash_script[] =
	"# bash completion for crmready, generated by 'crmready help --completion bash'.\n"
	"# The binary answers from its command table: crmready __complete -- WORDS...\n"
	"_crmready()\n"
	"{\n"
	"\tlocal cur=${COMP_WORDS[COMP_CWORD]} line IFS=$'\\n'\n"
	"\tlocal -a words=()\n"
	"\tCOMPREPLY=()\n"
	"\t[[ $cur == = ]] && cur=\n"
	"\tlocal files=0\n"
	"\twhile IFS= read -r line; do\n"
	"\t\tif [[ $line == __files__ ]]; then files=1; else words+=(\"${line%%$'\\t'*}\"); fi\n"
	"\tdone < <(\"${COMP_WORDS[0]}\" __complete -- \"${COMP_WORDS[@]:1:COMP_CWORD}\" 2>/dev/null)\n"
	"\tCOMPREPLY=(\"${words[@]}\")\n"
	"\tif ((files)); then\n"
	"\t\tCOMPREPLY+=($(compgen -f -- \"$cur\"))\n"
	"\t\tcompopt -o filenames 2>/dev/null\n"
	"\tfi\n"
	"\treturn 0\n"
	"}\n"
	"complete -F _crmready crmready\n";

static const char zsh_script[] =
	"#compdef crmready\n"
	"# zsh completion for crmready, generated by 'crmready help --completion zsh'.\n"
	"# The binary answers from its command table: crmready __complete -- WORDS...\n"
	"_crmready() {\n"
	"  local -a lines described plain\n"
	"  local line files=0\n"
	"  lines=(\"${(@f)$(${words[1]} __complete -- \"${(@)words[2,CURRENT]}\" 2>/dev/null)}\")\n"
	"  for line in $lines; do\n"
	"    [[ -z $line ]] && continue\n"
	"    if [[ $line == __files__ ]]; then files=1\n"
	"    elif [[ $line == *$'\\t'* ]]; then described+=(\"${${line%%$'\\t'*}//:/\\\\:}:${line#*$'\\t'}\")\n"
	"    else plain+=(\"$line\"); fi\n"
	"  done\n"
	"  (( ${#described} )) && _describe -t crmready 'crmready' described\n"
	"  (( ${#plain} )) && compadd -a plain\n"
	"  (( files )) && _files\n"
	"  return 0\n"
	"}\n"
	"if [[ $zsh_eval_context[-1] == loadautofunc ]]; then\n"
	"  _crmready \"$@\"\n"
	"else\n"
	"  compdef _crmready crmready\n"
	"fi\n";

bool cli_completion_script(FILE *out, const char *shell)
{
	if (!strcmp(shell, "bash"))
		fputs(bash_script, out);
	else if (!strcmp(shell, "zsh"))
		fputs(zsh_script, out);
	else
		return false;
	return true;
}
