/* crmready help [COMMAND [SUBCOMMAND]] */
#include <stdio.h>

#include "commands.h"

static int run_help(struct cli *cli)
{
	if (cli->nargs == 0) {
		cli_print_help(stdout, NULL, NULL);
		return 0;
	}
	const struct command *cmd = cli_find(cli_commands, cli->args[0]);
	if (!cmd)
		return cli_usage_error(cli, "unknown command '%s'", cli->args[0]);
	if (cli->nargs == 1) {
		cli_print_help(stdout, NULL, cmd);
		return 0;
	}
	if (!cmd->subcommands)
		return cli_usage_error(cli, "'%s' has no subcommands", cmd->name);
	const struct command *sub = cli_find(cmd->subcommands, cli->args[1]);
	if (!sub)
		return cli_usage_error(cli, "unknown subcommand '%s %s'", cmd->name, cli->args[1]);
	cli_print_help(stdout, cmd, sub);
	return 0;
}

const struct command cmd_help = {
	.name = "help",
	.summary = "show help for a command",
	.usage = "help [COMMAND [SUBCOMMAND]]",
	.min_args = 0,
	.max_args = 2,
	.run = run_help,
};
