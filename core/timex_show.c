/* Dates for readers: the day in the calendar in use (timex_calendar.c),
 * with the language's digits. English with the Gregorian calendar writes
 * the ISO date as it always has, byte for byte. */
#include "timex.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"

/* Appends s to out (holding *len bytes of TIMEX_SHOW_MAX) with the
 * language's digits (i18n_digits), whole characters only: what does not
 * fit is dropped. */
static void put_localised(char out[TIMEX_SHOW_MAX], size_t *len, const char *s)
{
	char *l = i18n_digits(s);
	size_t n = strlen(l);
	if (*len + n >= TIMEX_SHOW_MAX) {
		n = TIMEX_SHOW_MAX - 1 - *len;
		while (n && (l[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(out + *len, l, n);
	*len += n;
	out[*len] = '\0';
	free(l);
}

const char *timex_show_day(int64_t day, char out[TIMEX_SHOW_MAX])
{
	char date[TIMEX_CALENDAR_DATE_MAX];
	if (!timex_calendar_date(timex_calendar(), day, date))
		timex_format_date(day, date);
	/* In Arabic or Persian digits the parts are joined by '/': between
	 * such digits the bidi algorithm keeps '/' (a common separator) in
	 * order, where '-' would let a right-to-left line show the year last. */
	if (i18n_native_digits())
		for (char *p = date; *p; p++)
			if (*p == '-')
				*p = '/';
	size_t len = 0;
	put_localised(out, &len, date);
	return out;
}

const char *timex_show(const char *iso, char out[TIMEX_SHOW_MAX])
{
	int64_t day;
	size_t len = 0;
	out[0] = '\0';
	if (!iso)
		return out;
	bool dated = strlen(iso) >= 10 && !(iso[10] >= '0' && iso[10] <= '9') &&
		     timex_parse_date(iso, 10, &day) == TIMEX_OK;
	if (!dated) {
		/* Not ours to change: copied, cut at a whole character. */
		size_t n = strlen(iso);
		if (n >= TIMEX_SHOW_MAX) {
			n = TIMEX_SHOW_MAX - 1;
			while (n && (iso[n] & 0xC0) == 0x80)
				n--;
		}
		memcpy(out, iso, n);
		out[n] = '\0';
		return out;
	}
	timex_show_day(day, out);
	len = strlen(out);
	put_localised(out, &len, iso + 10);
	return out;
}
