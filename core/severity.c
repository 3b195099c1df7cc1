/* The one table of severities: the id and the words for people. */
#include <string.h>

#include "severity.h"

/* The ids, which are also the English words. */
static const char *const SEVERITIES[SEVERITY_COUNT] = {
	[SEVERITY_INFO] = "info",
	[SEVERITY_LOW] = "low",
	[SEVERITY_MEDIUM] = "medium",
	[SEVERITY_HIGH] = "high",
	[SEVERITY_CRITICAL] = "critical",
};

const char *severity_name(enum severity s)
{
	return SEVERITIES[s];
}

const char *severity_label(enum severity s)
{
	/* Each word spelled out for the catalogue's extraction (the context
	 * keeps "high" apart from other highs). */
	switch (s) {
	case SEVERITY_INFO: return trc("severity", "info");
	case SEVERITY_LOW: return trc("severity", "low");
	case SEVERITY_MEDIUM: return trc("severity", "medium");
	case SEVERITY_HIGH: return trc("severity", "high");
	default: return trc("severity", "critical");
	}
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
