/* --encoding and --delimiter: how the commands that read a CSV take it,
 * and the check that the file can be read at all. */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	/* Opening a named pipe here would take its data from the import that
	 * opens it next (which then waits for a writer forever): such a file
	 * is only checked for reading. */
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode) && !S_ISDIR(sb.st_mode)) {
		if (access(path, R_OK) == 0)
			return true;
		diag_fail(&cli->diag, EXIT_NOINPUT, _("%s: cannot open: %s"), path, i18n_strerror(errno));
		return false;
	}
	FILE *f = fopen(path, "rb");
	if (!f) {
		diag_fail(&cli->diag, EXIT_NOINPUT, _("%s: cannot open: %s"), path, i18n_strerror(errno));
		return false;
	}
	fclose(f);
	return true;
}
