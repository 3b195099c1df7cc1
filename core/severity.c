/* The one table of severities: the id and the words for people. */
#include <string.h>

#include "severity.h"

/* The ids, which are also the English words (N_: the catalogue has each
 * under the context "severity"). */
static const char *const SEVERITIES[SEVERITY_COUNT] = {
	[SEVERITY_INFO] = N_("info"),
	[SEVERITY_LOW] = N_("low"),
	[SEVERITY_MEDIUM] = N_("medium"),
	[SEVERITY_HIGH] = N_("high"),
	[SEVERITY_CRITICAL] = N_("critical"),
};

const char *severity_name(enum severity s)
{
	return SEVERITIES[s];
}

const char *severity_label(enum severity s, lang_id lang)
{
	/* The catalogue speaks the language in use, the one every caller
	 * passes; lang stays in the signature for the report code that
	 * passes it. */
	(void)lang;
	return trc("severity", SEVERITIES[s]);
}

bool severity_parse(const char *s, enum severity *out)
{
	for (enum severity i = SEVERITY_INFO; i < SEVERITY_COUNT; i++)
		if (!strcmp(s, SEVERITIES[i])) {
			*out = i;
			return true;
		}
	return false;
}
