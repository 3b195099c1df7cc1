/* Dates for readers, in the calendar in use. */
#include "timex.h"

#include <stdio.h>
#include <string.h>

const char *timex_show_day(int64_t day, char out[TIMEX_SHOW_MAX])
{
	timex_format_date(day, out);
	return out;
}

const char *timex_show(const char *iso, char out[TIMEX_SHOW_MAX])
{
	snprintf(out, TIMEX_SHOW_MAX, "%s", iso ? iso : "");
	return out;
}
