/* libFuzzer target: the strict ISO 8601 time and date parser (core/timex)
 * used by roster and adoption imports. A parsed date formats back to the
 * same day; a parsed time falls on a day whose week Monday is a Monday; a
 * plain date agrees with plan_date_parse (options) where both accept it. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/timex.h"
#include "../../phases/plan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	int64_t t, day;
	if (timex_parse_time(s, size, &t) == TIMEX_OK) {
		int64_t d = timex_day_of(t);
		int64_t monday = timex_week_monday(d);
		if (monday > d || d - monday > 6)
			abort();
		int y, w;
		timex_iso_week(d, &y, &w);
		if (w < 1 || w > 53)
			abort();
	}
	(void)timex_strerror(timex_parse_time(s, size, &t));
	if (timex_parse_date(s, size, &day) == TIMEX_OK) {
		char back[11];
		timex_format_date(day, back);
		int64_t again;
		if (timex_parse_date(back, 10, &again) != TIMEX_OK || again != day)
			abort();
		int y, m, d;
		timex_civil_from_days(day, &y, &m, &d);
		if (timex_days_from_civil(y, m, d) != day || d < 1 || d > timex_days_in_month(y, m))
			abort();
		if (size == 10 && !memchr(s, 0, size)) {
			char z[11];
			memcpy(z, s, 10);
			z[10] = 0;
			long pd;
			if (plan_date_parse(z, &pd) && pd != day)
				abort();
		}
	}
	return 0;
}
