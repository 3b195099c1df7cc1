/* The one table of severities: the id and the words for people. */
#include <string.h>

#include "severity.h"

static const struct {
	const char *name;       /* also the English word */
	const char *label_fa;
} SEVERITIES[SEVERITY_COUNT] = {
	[SEVERITY_INFO] = { "info", "اطلاع" },
	[SEVERITY_LOW] = { "low", "کم" },
	[SEVERITY_MEDIUM] = { "medium", "متوسط" },
	[SEVERITY_HIGH] = { "high", "زیاد" },
	[SEVERITY_CRITICAL] = { "critical", "بحرانی" },
};

const char *severity_name(enum severity s)
{
	return SEVERITIES[s].name;
}

const char *severity_label(enum severity s, lang_id lang)
{
	return lang == LANG_FA ? SEVERITIES[s].label_fa : SEVERITIES[s].name;
}

bool severity_parse(const char *s, enum severity *out)
{
	for (enum severity i = SEVERITY_INFO; i < SEVERITY_COUNT; i++)
		if (!strcmp(s, SEVERITIES[i].name)) {
			*out = i;
			return true;
		}
	return false;
}
