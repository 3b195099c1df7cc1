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

/* The years of every date and time crmready reads: dates typed as
 * options, stored, or read from a file, and the times of a login log. */
#define TIMEX_MIN_YEAR 1900
#define TIMEX_MAX_YEAR 9999

enum timex_err {
	TIMEX_OK = 0,
	TIMEX_SYNTAX,      /* not YYYY-MM-DDTHH:MM[:SS[.fff]](Z|+HH:MM|+HHMM) */
	TIMEX_YEAR,        /* outside TIMEX_MIN_YEAR..TIMEX_MAX_YEAR */
	TIMEX_MONTH,       /* month 0 or above 12 */
	TIMEX_DAY,         /* day not in that month (Feb 30, Apr 31, Feb 29 in 2025) */
	TIMEX_HOUR,        /* hour above 23 (24:00 is refused too) */
	TIMEX_MINUTE,      /* minute above 59 */
	TIMEX_SECOND,      /* second above 59 (leap seconds are refused) */
	TIMEX_NO_OFFSET,   /* no Z or offset: local time is ambiguous */
	TIMEX_OFFSET,      /* offset beyond +-18:00 or minutes above 59 */
	TIMEX_HOUR12,      /* an hour with AM/PM outside 1..12 */
};

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
int64_t timex_days_from_civil(int y, int m, int d);
/* The civil date of a day number. */
void timex_civil_from_days(int64_t day, int *y, int *m, int *d);
bool timex_is_leap(int y);
int timex_days_in_month(int y, int m);

/* Parse an ISO 8601 time with a UTC designator or offset into seconds since
 * the epoch (UTC), fractional seconds dropped. s need not be NUL-terminated.
 * A time without an offset gives TIMEX_NO_OFFSET with *out set to its
 * local wall time counted as if it were UTC (see timex_zone_to_utc). */
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
/* Parse YYYY-MM-DD (digits only, a day of the calendar, a year of
 * TIMEX_MIN_YEAR..TIMEX_MAX_YEAR) into a day number: the one date check
 * behind every date option, stored date and date cell. */
enum timex_err timex_parse_date(const char *s, size_t n, int64_t *out);
/* What an error means, for messages ("February 30 does not exist" needs the
 * input: the message is a general phrase), in the language in use. */
const char *timex_strerror(enum timex_err e);

/* ---- strptime-style layouts (timex_format.c) ----
 *
 * A layout such as "%m/%d/%Y, %I:%M %p" compiled once and applied to every
 * time of a log, without the C library (strptime depends on the locale and
 * is slow). Conversions: %Y (1-4 digits) %y (69-99 -> 19xx, else 20xx) %m
 * %d %e %H %k %I %l %M %S (1-2 digits, leading spaces allowed; %S may carry
 * a fraction, dropped) %f (digits, dropped) %b %h %B (English month names,
 * full or abbreviated) %a %A (weekday names, ignored) %p (AM/PM, a.m./p.m.)
 * %z (Z, +hh, +hhmm, +hh:mm) %Z (UTC, GMT or Z only) %s (seconds since the
 * epoch) %T %R %D %F %n %t %%. White space in the layout matches any run of
 * white space (also none, also U+00A0 and U+202F); other characters match
 * themselves, ASCII letters in either case. */
enum { TIMEX_FORMAT_MAX_OPS = 48 };
struct timex_format {
	struct timex_fop {
		unsigned char kind;
		char lit;
	} ops[TIMEX_FORMAT_MAX_OPS];
	size_t nops;
	bool has_offset;          /* %z, %Z or %s: the times name their instant */
};
/* Compile spec. False with *why (a phrase) and *at (the byte of spec). */
bool timex_format_compile(struct timex_format *f, const char *spec, const char **why,
			  size_t *at);
/* Parse s (n bytes, need not be NUL-terminated) by f. TIMEX_OK with UTC
 * seconds when the layout has an offset; TIMEX_NO_OFFSET with the local
 * wall time counted as if UTC when it has none; TIMEX_SYNTAX with *at the
 * byte of s that does not fit and expected what the layout wanted there
 * ("a month number (%m)", "','"); the range errors of timex_parse_time. */
enum { TIMEX_EXPECTED_MAX = 48 };
enum timex_err timex_format_parse(const struct timex_format *f, const char *s, size_t n,
				  int64_t *out, size_t *at, char expected[TIMEX_EXPECTED_MAX]);

/* ---- IANA time zones (timex_zone.c) ----
 *
 * Read from the system's tz database (TZif files under $TZDIR or
 * /usr/share/zoneinfo), including the POSIX rule of a file's footer for
 * times after its last transition. Nothing touches TZ or the C library's
 * time zone state: a loaded zone is read-only and safe to share between
 * threads. "+03:30" or "-05:00" name a fixed offset; "UTC" and "Z" zero. */
struct timex_zone {
	char name[64];
	int64_t *when;            /* transitions, UTC seconds, ascending */
	uint8_t *type;            /* local time type after each transition */
	size_t ntrans;
	int32_t *utoff;           /* per type: seconds east of UTC */
	size_t ntypes;
	bool has_rule;            /* the footer's rule governs after the table */
	struct timex_zone_rule {
		int32_t std_off, dst_off;   /* seconds east of UTC */
		bool has_dst;
		struct timex_zone_date {
			char kind;          /* 'J' (1..365, no Feb 29), 'D' (0..365), 'M' */
			int month, week, wday, day;
			int32_t time;       /* seconds after local midnight */
		} start, end;
	} rule;
};
/* Load a zone by IANA name. False with a message in why. */
bool timex_zone_load(struct timex_zone *z, const char *name, char *why, size_t nwhy);
void timex_zone_release(struct timex_zone *z);
/* The offset (seconds east of UTC) at a UTC time; *lo and *hi (may be NULL)
 * get the span of UTC times [lo, hi) that share it. */
int32_t timex_zone_offset(const struct timex_zone *z, int64_t utc, int64_t *lo, int64_t *hi);
/* A local wall time (counted as if UTC) to UTC. Across a change of offset:
 * a wall time that happens twice (clocks going back) is its first
 * occurrence; one that never happens (clocks going forward) is read with
 * the offset before the change, so 02:30 on a spring-forward night is
 * 03:30 of the new offset. *cache (zeroed to start) keeps the last span, so
 * a log in time order costs one comparison per time. */
struct timex_zone_cache {
	int64_t lo, hi;
	int32_t off;
	bool set;
};
int64_t timex_zone_to_utc(const struct timex_zone *z, int64_t local,
			  struct timex_zone_cache *cache);

/* Floor division of seconds into days, correct for times before 1970. */
int64_t timex_day_of(int64_t secs);
/* The Monday of the ISO week holding day. */
int64_t timex_week_monday(int64_t day);
/* ISO week-numbering year and week (1..53) of a day. */
void timex_iso_week(int64_t day, int *year, int *week);
/* Day as YYYY-MM-DD into out (11 bytes). */
void timex_format_date(int64_t day, char out[11]);

/* ---- calendars (timex_calendar.c) ----
 *
 * Dates are stored, computed and exchanged (JSON, CSV) as Gregorian days;
 * a calendar is how a person sees and types them. The one in use is the
 * language's (its catalogue's X-Crmready-Calendar: persian for Persian)
 * unless timex_use_calendar chose another. Solar Hijri conversions are
 * ICU's. */

/* Solar Hijri years a typed date may have: 1921..2121, so that no typo of
 * a Gregorian year slips through as one. */
#define TIMEX_SOLAR_MIN_YEAR 1300
#define TIMEX_SOLAR_MAX_YEAR 1499

/* Choose the calendar by name (one of timex_calendar_names(), any case);
 * NULL goes back to the language's. False, and nothing changed, when name
 * is not one. */
bool timex_use_calendar(const char *name);
/* The calendar in use: "gregorian" or "persian". */
const char *timex_calendar(void);
/* The names timex_use_calendar takes, as "gregorian, persian". */
const char *timex_calendar_names(void);
/* The year, month (1..12) and day of day in calendar; false when the
 * calendar is unknown or ICU cannot convert. */
bool timex_to_calendar(const char *calendar, int64_t day, int *y, int *m, int *d);
/* The day of y/m/d in calendar: TIMEX_MONTH or TIMEX_DAY when that
 * calendar has no such month or day (Esfand 30 outside a leap year),
 * TIMEX_YEAR for a Gregorian year outside TIMEX_MIN_YEAR..TIMEX_MAX_YEAR,
 * TIMEX_SYNTAX when the calendar is unknown. */
enum timex_err timex_from_calendar(const char *calendar, int y, int m, int d, int64_t *day);
/* day as the calendar writes it, ASCII digits: 2026-12-03 (Gregorian, ISO),
 * 1405/09/12 (Solar Hijri). False when the calendar is unknown. */
#define TIMEX_CALENDAR_DATE_MAX 16
bool timex_calendar_date(const char *calendar, int64_t day, char out[TIMEX_CALENDAR_DATE_MAX]);
/* The one reading of a date typed by the user (every date option): a
 * Gregorian YYYY-MM-DD as timex_parse_date takes it, or a Solar Hijri
 * YYYY/MM/DD or YYYY-MM-DD (months and days of one or two digits) when the
 * calendar in use is persian and the year is below 1900, or under any
 * calendar when the year is TIMEX_SOLAR_MIN_YEAR..TIMEX_SOLAR_MAX_YEAR;
 * Persian (U+06F0..) and Arabic-Indic (U+0660..) digits read as ASCII
 * ones. *calendar is the calendar it was read in, or on an error the one
 * whose rule it broke, for the message. */
enum timex_err timex_parse_user_date(const char *s, int64_t *day, const char **calendar);

/* Dates shown to a reader (terminal text, the workbook's text, HTML; never
 * JSON or CSV): the day in the calendar in use (the language's, or
 * --calendar) with the language's digits, e.g. 1405/09/12 in Persian; in
 * English the ISO date unchanged. timex_show takes an ISO YYYY-MM-DD string
 * (a longer one keeps its tail, "2026-12-03 10:00" -> "1405/09/12 10:00",
 * the tail's digits written like the date's) and copies anything else
 * unchanged. Both return out. */
#define TIMEX_SHOW_MAX 64
const char *timex_show_day(int64_t day, char out[TIMEX_SHOW_MAX]);
const char *timex_show(const char *iso, char out[TIMEX_SHOW_MAX]);

#endif
