/* crmready help [COMMAND [SUBCOMMAND]] */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "manual.h"

static const struct cli_option help_options[] = {
	{ "man", 0, NULL, N_("print the manual page crmready(1) in roff (man -l - reads it)") },
	{ "completion", 0, "bash|zsh", N_("print the shell completion script") },
	{ 0 },
};

static int run_help(struct cli *cli)
{
	if (cli_flag(cli, "man") || cli_opt(cli, "completion")) {
		if (cli->nargs)
			return cli_usage_error(cli, "%s", _("--man and --completion take no command"));
		if (cli_flag(cli, "man")) {
			cli_manual(stdout);
			return 0;
		}
		if (!cli_completion_script(stdout, cli_opt(cli, "completion")))
			return cli_usage_error(cli, _("--completion: found '%s', expected bash or zsh"),
					       cli_opt(cli, "completion"));
		return 0;
	}
	if (cli->nargs == 0) {
		cli_print_help(stdout, NULL, NULL);
		return 0;
	}
	/* Down the words given: a command, then subcommands of groups. */
	char path[64] = "";
	const struct command *cmd = cli_find(cli_commands, cli->args[0]);
	if (!cmd)
		return cli_usage_error(cli, _("unknown command '%s'"), cli->args[0]);
	for (int i = 1; i < cli->nargs; i++) {
		if (!cmd->subcommands)
			return cli_usage_error(cli, _("'%s' has no subcommands"), cmd->name);
		const struct command *sub = cli_find(cmd->subcommands, cli->args[i]);
		if (!sub)
			return cli_usage_error(cli, _("unknown subcommand '%s %s'"), cmd->name, cli->args[i]);
		size_t len = strlen(path);
		snprintf(path + len, sizeof path - len, "%s%s", len ? " " : "", cmd->name);
		cmd = sub;
	}
	cli_print_help(stdout, path, cmd);
	return 0;
}

const struct command cmd_help = {
	.name = "help",
	.summary = N_("show help for a command"),
	.usage = "help [COMMAND [SUBCOMMAND...]] | help --man | help --completion bash|zsh",
	.description =
		N_("The manual page and the shell completion are generated from the same command\n"
		"table as this help, so they always match the binary. 'make install' installs\n"
		"both; by hand:\n"
		"  crmready help --man > crmready.1 && man -l crmready.1\n"
		"  source <(crmready help --completion bash)"),
	.options = help_options,
	.min_args = 0,
	.max_args = 3,
	.run = run_help,
};
