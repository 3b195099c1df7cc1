/* --round NAME, shared by the survey commands and assess. */
#include <stdlib.h>

#include "../questionnaires/questionnaire.h"
#include "cli.h"

bool cli_round_opt(struct cli *cli, const char **out)
{
	*out = cli_opt(cli, "round");
	if (!*out || q_round_name_valid(*out))
		return true;
	char *safe = text_sanitize(*out);
	cli_usage_error(cli, _("--round: found '%s', expected a round name of 1 to %d characters "
			       "without control characters, '/' or '\\', not starting with '-' "
			       "(e.g. 2026-12-03 or wave-2)"), safe, Q_ROUND_NAME_MAX);
	free(safe);
	return false;
}
