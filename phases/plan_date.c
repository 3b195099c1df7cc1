/* Dates of plans and goals: YYYY-MM-DD <-> day numbers (days since
 * 1970-01-01); the calendar itself is core/timex. */
#include <stdio.h>
#include <string.h>

#include "../core/timex.h"
#include "plan.h"

bool plan_date_parse(const char *s, long *days)
{
	int64_t day;
	if (!s || timex_parse_date(s, strlen(s), &day) != TIMEX_OK)
		return false;
	*days = (long)day;
	return true;
}

void plan_date_format(long days, char out[11])
{
	timex_format_date(days, out);
}

int plan_date_weekday(long days)
{
	return (int)(days - timex_week_monday(days)) + 1;
}

long plan_next_monday(long days)
{
	return days + (8 - plan_date_weekday(days));
}

long plan_default_start(long today)
{
	return plan_next_monday(today);
}
