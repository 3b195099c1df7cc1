/* --encoding and --delimiter: how the commands that read a CSV take it. */
#include "../core/csvx.h"
#include "cli.h"

bool cli_input_format(struct cli *cli)
{
	static struct csvx_format fmt;
	if (!csvx_format_check(cli_opt(cli, "encoding"), cli_opt(cli, "delimiter"), &fmt,
			       &cli->diag))
		return false;
	csvx_input_format(&fmt);
	return true;
}
