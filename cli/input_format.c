/* --encoding and --delimiter: how the commands that read a CSV take it,
 * and the check that the file can be read at all. */
#include <errno.h>
#include <string.h>

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

bool cli_input_readable(struct cli *cli, const char *path)
{
	if (!strcmp(path, "-"))
		return true;
	FILE *f = fopen(path, "rb");
	if (!f) {
		diag_fail(&cli->diag, EXIT_NOINPUT, "%s: cannot open: %s", path, strerror(errno));
		return false;
	}
	fclose(f);
	return true;
}
