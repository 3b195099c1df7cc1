/* timex: strict ISO 8601 dates and times as integer days and seconds (UTC),
 * without sscanf, mktime or the C library's time zone state.
 *
 * Days count from 1970-01-01 (day 0); seconds from 1970-01-01T00:00:00Z.
 * Weeks are ISO weeks (Monday to Sunday); a week is named by its Monday.
 */
#ifndef CRMREADY_TIMEX_H
#define CRMREADY_TIMEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum timex_err {
	TIMEX_OK = 0,
	TIMEX_SYNTAX,      /* not YYYY-MM-DDTHH:MM[:SS[.fff]](Z|+HH:MM|+HHMM) */
	TIMEX_YEAR,        /* outside 1000..9999 */
	TIMEX_MONTH,       /* month 0 or above 12 */
	TIMEX_DAY,         /* day not in that month (Feb 30, Apr 31, Feb 29 in 2025) */
	TIMEX_HOUR,        /* hour above 23 (24:00 is refused too) */
	TIMEX_MINUTE,      /* minute above 59 */
	TIMEX_SECOND,      /* second above 59 (leap seconds are refused) */
	TIMEX_NO_OFFSET,   /* no Z or offset: local time is ambiguous */
	TIMEX_OFFSET,      /* offset beyond +-18:00 or minutes above 59 */
};

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
int64_t timex_days_from_civil(int y, int m, int d);
/* The civil date of a day number. */
void timex_civil_from_days(int64_t day, int *y, int *m, int *d);
bool timex_is_leap(int y);
int timex_days_in_month(int y, int m);

/* Parse an ISO 8601 time with a UTC designator or offset into seconds since
 * the epoch (UTC), fractional seconds dropped. s need not be NUL-terminated. */
enum timex_err timex_parse_time(const char *s, size_t n, int64_t *out);
/* The same for a stream of times that share dates (a log in time order):
 * the day of the last date seen is kept in *cache (zeroed to start). */
struct timex_day_cache {
	char date[10];
	int64_t day;
	bool set;
};
enum timex_err timex_parse_time_cached(const char *s, size_t n, struct timex_day_cache *cache,
				       int64_t *out);
/* Parse YYYY-MM-DD into a day number. */
enum timex_err timex_parse_date(const char *s, size_t n, int64_t *out);
/* What an error means, for messages ("February 30 does not exist" needs the
 * input: the message is a general phrase). */
const char *timex_strerror(enum timex_err e);

/* Floor division of seconds into days, correct for times before 1970. */
int64_t timex_day_of(int64_t secs);
/* The Monday of the ISO week holding day. */
int64_t timex_week_monday(int64_t day);
/* ISO week-numbering year and week (1..53) of a day. */
void timex_iso_week(int64_t day, int *year, int *week);
/* Day as YYYY-MM-DD into out (11 bytes). */
void timex_format_date(int64_t day, char out[11]);

#endif
