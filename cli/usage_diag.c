/* Domain checks fill a struct diag; a mistake in what the user typed is
 * still shown as a usage error, with the command's usage line. */
#include "cli.h"

int cli_usage_diag(struct cli *cli, struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->msgs[i].level == DIAG_ERROR) {
			cli_usage_error(cli, "%s", d->msgs[i].text);
			break;
		}
	diag_release(d);
	return EXIT_USAGE;
}
