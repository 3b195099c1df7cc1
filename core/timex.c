#include "timex.h"

#include <string.h>

#include "i18n.h"



/* Howard Hinnant's civil-calendar algorithms: exact, branch-light, no tables. */
int64_t timex_days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const int64_t yoe = y - era * 400;
	const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void timex_civil_from_days(int64_t day, int *y, int *m, int *d)
{
	int64_t z = day + 719468;
	const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	const int64_t doe = z - era * 146097;
	const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const int64_t mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

bool timex_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int timex_days_in_month(int y, int m)
{
	static const int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	return m == 2 && timex_is_leap(y) ? 29 : DAYS[m - 1];
}

static bool digits(const char *s, size_t n, int *out)
{
	int v = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned c = (unsigned char)s[i] - '0';
		if (c > 9)
			return false;
		v = v * 10 + (int)c;
	}
	*out = v;
	return true;
}

static enum timex_err date_part(const char *s, size_t n, int64_t *out)
{
	int y, m, d;
	if (n != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4, &y) ||
	    !digits(s + 5, 2, &m) || !digits(s + 8, 2, &d))
		return TIMEX_SYNTAX;
	if (y < TIMEX_MIN_YEAR)
		return TIMEX_YEAR;
	if (m < 1 || m > 12)
		return TIMEX_MONTH;
	if (d < 1 || d > timex_days_in_month(y, m))
		return TIMEX_DAY;
	*out = timex_days_from_civil(y, m, d);
	return TIMEX_OK;
}

enum timex_err timex_parse_date(const char *s, size_t n, int64_t *out)
{
	return date_part(s, n, out);
}

enum timex_err timex_parse_time(const char *s, size_t n, int64_t *out)
{
	return timex_parse_time_cached(s, n, NULL, out);
}

enum timex_err timex_parse_time_cached(const char *s, size_t n, struct timex_day_cache *cache,
				       int64_t *out)
{
	if (n < 16)
		return TIMEX_SYNTAX;
	int64_t day;
	if (cache && cache->set && !memcmp(s, cache->date, 10)) {
		day = cache->day;
	} else {
		enum timex_err e = date_part(s, 10, &day);
		if (e)
			return e;
		if (cache) {
			memcpy(cache->date, s, 10);
			cache->day = day;
			cache->set = true;
		}
	}
	if (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
		return TIMEX_SYNTAX;
	int hh, mi, ss = 0;
	if (!digits(s + 11, 2, &hh) || s[13] != ':' || !digits(s + 14, 2, &mi))
		return TIMEX_SYNTAX;
	size_t i = 16;
	if (i < n && s[i] == ':') {
		if (i + 3 > n || !digits(s + i + 1, 2, &ss))
			return TIMEX_SYNTAX;
		i += 3;
		if (i < n && (s[i] == '.' || s[i] == ',')) {
			size_t f = ++i;
			while (i < n && (unsigned)(s[i] - '0') <= 9)
				i++;
			if (i == f)
				return TIMEX_SYNTAX;
		}
	}
	if (hh > 23)
		return TIMEX_HOUR;
	if (mi > 59)
		return TIMEX_MINUTE;
	if (ss > 59)
		return TIMEX_SECOND;
	int off = 0;
	if (i == n) {
		*out = day * 86400 + hh * 3600 + mi * 60 + ss;
		return TIMEX_NO_OFFSET;
	}
	if ((s[i] == 'Z' || s[i] == 'z') && i + 1 == n) {
		off = 0;
	} else if (s[i] == '+' || s[i] == '-') {
		int oh, om;
		size_t rest = n - i - 1;
		const char *o = s + i + 1;
		if (rest == 5 && o[2] == ':' && digits(o, 2, &oh) && digits(o + 3, 2, &om))
			;
		else if (rest == 4 && digits(o, 2, &oh) && digits(o + 2, 2, &om))
			;
		else if (rest == 2 && digits(o, 2, &oh))
			om = 0;
		else
			return TIMEX_SYNTAX;
		if (om > 59 || oh * 60 + om > 18 * 60)
			return TIMEX_OFFSET;
		off = (oh * 60 + om) * 60;
		if (s[i] == '-')
			off = -off;
	} else {
		return TIMEX_SYNTAX;
	}
	*out = day * 86400 + hh * 3600 + mi * 60 + ss - off;
	return TIMEX_OK;
}

/* The years are written out so the catalogue can carry the message. */
_Static_assert(TIMEX_MIN_YEAR == 1900 && TIMEX_MAX_YEAR == 9999, "timex_strerror's years");

static const char *timex_err_text(enum timex_err e)
{
	switch (e) {
	case TIMEX_OK: return N_("valid");
	case TIMEX_SYNTAX: return N_("expected an ISO 8601 time such as 2025-03-14T09:30:00Z, "
				     "2025-03-14T09:30:00+03:30 or 2025-03-14T09:30:00.000+0000");
	case TIMEX_YEAR: return N_("the year must be between 1900 and 9999");
	case TIMEX_MONTH: return N_("the month must be 01 to 12");
	case TIMEX_DAY: return N_("that day does not exist in that month");
	case TIMEX_HOUR: return N_("the hour must be 00 to 23");
	case TIMEX_MINUTE: return N_("the minute must be 00 to 59");
	case TIMEX_SECOND: return N_("the second must be 00 to 59");
	case TIMEX_NO_OFFSET: return N_("the time has no UTC offset; add Z or an offset such as +03:30");
	case TIMEX_OFFSET: return N_("the UTC offset must be within -18:00 and +18:00");
	case TIMEX_HOUR12: return N_("the hour must be 1 to 12 with AM/PM");
	}
	return N_("invalid time");
}

const char *timex_strerror(enum timex_err e)
{
	return _(timex_err_text(e));
}

int64_t timex_day_of(int64_t secs)
{
	return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

int64_t timex_week_monday(int64_t day)
{
	/* 1970-01-01 was a Thursday: day 0 has weekday index 3 (Monday = 0). */
	int64_t wd = (day + 3) % 7;
	if (wd < 0)
		wd += 7;
	return day - wd;
}

void timex_iso_week(int64_t day, int *year, int *week)
{
	/* The ISO year is the year of the week's Thursday. */
	int64_t thursday = timex_week_monday(day) + 3;
	int y, m, d;
	timex_civil_from_days(thursday, &y, &m, &d);
	int64_t jan1 = timex_days_from_civil(y, 1, 1);
	*year = y;
	*week = (int)((thursday - jan1) / 7 + 1);
}

void timex_format_date(int64_t day, char out[11])
{
	int y, m, d;
	timex_civil_from_days(day, &y, &m, &d);
	/* Digits by hand: years outside 0..9999 never reach here (parsers
	 * refuse them) and are clamped rather than overflow the 11 bytes. */
	unsigned yy = y < 0 ? 0 : y > 9999 ? 9999 : (unsigned)y;
	out[0] = (char)('0' + yy / 1000);
	out[1] = (char)('0' + yy / 100 % 10);
	out[2] = (char)('0' + yy / 10 % 10);
	out[3] = (char)('0' + yy % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}
