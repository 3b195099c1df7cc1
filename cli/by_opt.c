/* --by NAME: who a hand-made change is recorded under in the history. */
#include "../core/who.h"
#include "commands.h"

const char *cli_by_opt(struct cli *cli)
{
	const char *by = cli_opt(cli, "by");
	if (!by)
		return who_default();
	struct diag d;
	diag_init(&d);
	if (who_valid(by, "--by", &d)) {
		diag_release(&d);
		return by;
	}
	cli_usage_diag(cli, &d);
	return NULL;
}
