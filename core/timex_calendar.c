/* Calendars: which one dates are shown and typed in, the day numbers of its
 * dates, and the one reading of a date the user typed.
 *
 * The Solar Hijri arithmetic is ICU's (ucal), not ours: its leap years
 * follow a 33-year cycle fitted to the vernal equinox, which hand-written
 * converters get subtly wrong (a rule that is right for 1403 and off by a
 * day in 1404 passes a few spot checks), and ICU is the implementation
 * CLDR and the platforms a Persian reader's other software use, tested
 * against the official calendar. The same library already gives the
 * languages' digits, so the calendar costs no new dependency. Gregorian
 * days keep timex's own exact arithmetic: ICU's "gregorian" is Julian
 * before 1582 and we need neither that nor its cost. */
#include "timex.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucal.h>

#include "i18n.h"
#include "text.h"

/* The calendars crmready writes and reads. Each writes its dates
 * YYYY{sep}MM{sep}DD. Another ICU calendar is one more row only if its
 * years, months and days read that way (no eras, twelve numbered months),
 * and one more rule in timex_parse_user_date only if its typed years
 * cannot be taken for another calendar's (Hijri 14xx years would be
 * Solar Hijri ones). */
static const struct calendar {
	const char *name;         /* ICU's name, as --calendar takes it */
	char sep;
	bool icu;                 /* converted by ICU (else timex's Gregorian) */
} calendars[] = {
	{ "gregorian", '-', false },
	{ "persian", '/', true },
};
#define NCALENDARS (sizeof calendars / sizeof calendars[0])

/* -1: the language's calendar. */
static int chosen = -1;

/* One UCalendar per ICU calendar, opened on first use and shared under the
 * lock (a UCalendar is not thread-safe; the conversion is short). */
static UCalendar *icu_cal[NCALENDARS];
static pthread_mutex_t icu_lock = PTHREAD_MUTEX_INITIALIZER;

static int calendar_index(const char *name)
{
	for (size_t i = 0; i < NCALENDARS; i++)
		if (!strcasecmp(name, calendars[i].name))
			return (int)i;
	return -1;
}

bool timex_use_calendar(const char *name)
{
	if (!name) {
		chosen = -1;
		return true;
	}
	int i = calendar_index(name);
	if (i < 0)
		return false;
	chosen = i;
	return true;
}

/* The calendar in use: --calendar's, else the language's when we know it,
 * else Gregorian. */
static const struct calendar *in_use(void)
{
	if (chosen >= 0)
		return &calendars[chosen];
	int i = calendar_index(lang_calendar(i18n_lang()));
	return &calendars[i < 0 ? 0 : i];
}

const char *timex_calendar(void)
{
	return in_use()->name;
}

static char names[64];
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void list_names(void)
{
	for (size_t i = 0; i < NCALENDARS; i++) {
		if (i)
			strcat(names, ", ");
		strcat(names, calendars[i].name);
	}
}

const char *timex_calendar_names(void)
{
	pthread_once(&names_once, list_names);
	return names;
}

/* The UCalendar of calendars[i], in UTC, strict; NULL when ICU cannot open
 * it. Called with icu_lock held. */
static UCalendar *icu_open(size_t i)
{
	if (icu_cal[i])
		return icu_cal[i];
	char locale[64] = "@calendar=";
	strcat(locale, calendars[i].name);
	static const UChar utc[] = { 'U', 'T', 'C', 0 };
	UErrorCode st = U_ZERO_ERROR;
	UCalendar *c = ucal_open(utc, -1, locale, UCAL_DEFAULT, &st);
	if (U_FAILURE(st) || !c)
		return NULL;
	/* An ICU without that calendar's data falls back to Gregorian
	 * silently: better no date than a Gregorian one called Solar Hijri. */
	const char *type = ucal_getType(c, &st);
	if (U_FAILURE(st) || !type || strcmp(type, calendars[i].name)) {
		ucal_close(c);
		return NULL;
	}
	ucal_setAttribute(c, UCAL_LENIENT, 0);
	return icu_cal[i] = c;
}

#define MS_PER_DAY 86400000.0

static bool icu_fields(size_t i, int64_t day, int *y, int *m, int *d)
{
	pthread_mutex_lock(&icu_lock);
	UCalendar *c = icu_open(i);
	UErrorCode st = U_ZERO_ERROR;
	if (c) {
		ucal_setMillis(c, (UDate)day * MS_PER_DAY, &st);
		*y = ucal_get(c, UCAL_YEAR, &st);
		*m = ucal_get(c, UCAL_MONTH, &st) + 1;
		*d = ucal_get(c, UCAL_DATE, &st);
	}
	pthread_mutex_unlock(&icu_lock);
	return c && U_SUCCESS(st);
}

/* The day of y/m/d in calendars[i], checking the month and the day against
 * that calendar's own lengths (Esfand's 29 or 30 days). */
static enum timex_err icu_day(size_t i, int y, int m, int d, int64_t *out)
{
	if (m < 1 || m > 12)
		return TIMEX_MONTH;
	pthread_mutex_lock(&icu_lock);
	UCalendar *c = icu_open(i);
	UErrorCode st = U_ZERO_ERROR;
	enum timex_err e = TIMEX_SYNTAX;
	if (c) {
		ucal_clear(c);
		ucal_setDate(c, y, m - 1, 1, &st);
		int32_t last = ucal_getLimit(c, UCAL_DATE, UCAL_ACTUAL_MAXIMUM, &st);
		if (U_SUCCESS(st) && (d < 1 || d > last)) {
			e = TIMEX_DAY;
		} else if (U_SUCCESS(st)) {
			ucal_setDate(c, y, m - 1, d, &st);
			UDate ms = ucal_getMillis(c, &st);
			if (U_SUCCESS(st)) {
				*out = (int64_t)floor(ms / MS_PER_DAY);
				e = TIMEX_OK;
			}
		}
	}
	pthread_mutex_unlock(&icu_lock);
	return e;
}

bool timex_to_calendar(const char *calendar, int64_t day, int *y, int *m, int *d)
{
	int i = calendar_index(calendar);
	if (i < 0)
		return false;
	if (!calendars[i].icu) {
		timex_civil_from_days(day, y, m, d);
		return true;
	}
	return icu_fields((size_t)i, day, y, m, d);
}

enum timex_err timex_from_calendar(const char *calendar, int y, int m, int d, int64_t *day)
{
	int i = calendar_index(calendar);
	if (i < 0)
		return TIMEX_SYNTAX;
	if (calendars[i].icu)
		return icu_day((size_t)i, y, m, d, day);
	if (y < TIMEX_MIN_YEAR || y > TIMEX_MAX_YEAR)
		return TIMEX_YEAR;
	if (m < 1 || m > 12)
		return TIMEX_MONTH;
	if (d < 1 || d > timex_days_in_month(y, m))
		return TIMEX_DAY;
	*day = timex_days_from_civil(y, m, d);
	return TIMEX_OK;
}

bool timex_calendar_date(const char *calendar, int64_t day, char out[TIMEX_CALENDAR_DATE_MAX])
{
	int i = calendar_index(calendar);
	int y, m, d;
	if (i < 0 || !timex_to_calendar(calendar, day, &y, &m, &d) || y < 0 || y > 9999)
		return false;
	char sep = calendars[i].sep;
	snprintf(out, TIMEX_CALENDAR_DATE_MAX, "%04d%c%02d%c%02d", y, sep, m, sep, d);
	return true;
}

/* ---- dates typed by the user ---- */

/* 1..max digits at *p into *v, advancing *p. */
static bool number(const char **p, size_t min, size_t max, int *v)
{
	size_t k = 0;
	*v = 0;
	while (k < max && (*p)[k] >= '0' && (*p)[k] <= '9')
		*v = *v * 10 + ((*p)[k++] - '0');
	*p += k;
	return k >= min && !((*p)[0] >= '0' && (*p)[0] <= '9');
}

/* YYYY/M/D or YYYY-M-D (one separator for both, months and days of one or
 * two digits) as a Solar Hijri date. */
static enum timex_err solar_hijri(const char *s, int64_t *day)
{
	const char *p = s;
	int y, m, d;
	if (!number(&p, 4, 4, &y) || (*p != '/' && *p != '-'))
		return TIMEX_SYNTAX;
	char sep = *p++;
	if (!number(&p, 1, 2, &m) || *p++ != sep || !number(&p, 1, 2, &d) || *p)
		return TIMEX_SYNTAX;
	if (y < TIMEX_SOLAR_MIN_YEAR || y > TIMEX_SOLAR_MAX_YEAR)
		return TIMEX_YEAR;
	return timex_from_calendar("persian", y, m, d, day);
}

enum timex_err timex_parse_user_date(const char *s, int64_t *day, const char **calendar)
{
	/* 16 bytes hold every date either calendar writes; longer is wrong. */
	char a[16];
	bool persian = !strcmp(timex_calendar(), "persian");
	*calendar = persian ? "persian" : "gregorian";
	char *folded = text_fold_digits(s);
	bool fits = strlen(folded) < sizeof a;
	if (fits)
		strcpy(a, folded);
	free(folded);
	if (!fits)
		return TIMEX_SYNTAX;
	/* The year says which calendar: a Gregorian year is 1900 or later, so
	 * any year below is Solar Hijri under the persian calendar, and 13xx
	 * and 14xx (1921..2121) are under any calendar; other years keep
	 * Gregorian's message. */
	int y;
	const char *p = a;
	bool has_year = number(&p, 4, 4, &y);
	bool solar = has_year && ((persian && y < TIMEX_MIN_YEAR) ||
				  (y >= TIMEX_SOLAR_MIN_YEAR && y <= TIMEX_SOLAR_MAX_YEAR));
	if (solar) {
		*calendar = "persian";
		return solar_hijri(a, day);
	}
	if (has_year)
		*calendar = "gregorian";
	return timex_parse_date(a, strlen(a), day);
}
