/* Dates of plans and goals: YYYY-MM-DD <-> day numbers (days since
 * 1970-01-01); the calendar itself is core/timex. */
#include <stdio.h>
#include <string.h>

#include "../core/timex.h"
#include "plan.h"

bool plan_date_parse(const char *s, long *days)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	long y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	long m = (s[5] - '0') * 10 + (s[6] - '0');
	long d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1900 || m < 1 || m > 12 || d < 1 || d > timex_days_in_month((int)y, (int)m))
		return false;
	*days = (long)timex_days_from_civil((int)y, (int)m, (int)d);
	return true;
}

void plan_date_format(long days, char out[11])
{
	int y, m, d;
	timex_civil_from_days(days, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	char buf[32];
	snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
	memcpy(out, buf, 10);
	out[10] = '\0';
}

int plan_date_weekday(long days)
{
	/* 1970-01-01 was a Thursday (4). */
	long w = (days + 3) % 7;
	if (w < 0)
		w += 7;
	return (int)w + 1;
}

long plan_next_monday(long days)
{
	return days + (8 - plan_date_weekday(days));
}
