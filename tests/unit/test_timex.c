/* Unit tests of core/timex: ISO 8601 times, dates, ISO weeks. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/timex.h"

static int64_t t(const char *s)
{
	int64_t v = -1;
	assert_int_equal(timex_parse_time(s, strlen(s), &v), TIMEX_OK);
	return v;
}

static enum timex_err bad(const char *s)
{
	int64_t v;
	return timex_parse_time(s, strlen(s), &v);
}

static void timex_parse_time__every_offset_form__same_instant(void **state)
{
	(void)state;
	/* 2025-03-14T09:30:00Z = 20161 days * 86400 + 34200 */
	int64_t z = t("2025-03-14T09:30:00Z");
	assert_int_equal(z, (int64_t)20161 * 86400 + 9 * 3600 + 30 * 60);
	assert_int_equal(t("2025-03-14T13:00:00+03:30"), z);
	assert_int_equal(t("2025-03-14T04:30:00-05:00"), z);
	assert_int_equal(t("2025-03-14T09:30:00.000+0000"), z);
	assert_int_equal(t("2025-03-14T09:30:00.123456Z"), z);
	assert_int_equal(t("2025-03-14 09:30:00Z"), z);
	assert_int_equal(t("2025-03-14T09:30Z"), z);
	assert_int_equal(t("2025-03-14T13:00:00+0330"), z);
	assert_int_equal(t("2025-03-14T11:30:00+02"), z);
}

static void timex_parse_time__offset_crosses_midnight__previous_day(void **state)
{
	(void)state;
	/* 00:30 at +03:30 is 21:00 UTC the day before */
	assert_int_equal(t("2025-01-01T00:30:00+03:30"), t("2024-12-31T21:00:00Z"));
}

static void timex_parse_time__impossible_values__rejected(void **state)
{
	(void)state;
	assert_int_equal(bad("2025-02-30T10:00:00Z"), TIMEX_DAY);
	assert_int_equal(bad("2025-02-29T10:00:00Z"), TIMEX_DAY);
	assert_int_equal(bad("2025-04-31T10:00:00Z"), TIMEX_DAY);
	assert_int_equal(bad("2025-13-01T10:00:00Z"), TIMEX_MONTH);
	assert_int_equal(bad("2025-00-01T10:00:00Z"), TIMEX_MONTH);
	assert_int_equal(bad("2025-01-01T24:00:00Z"), TIMEX_HOUR);
	assert_int_equal(bad("2025-01-01T10:60:00Z"), TIMEX_MINUTE);
	assert_int_equal(bad("2025-01-01T10:00:60Z"), TIMEX_SECOND);
	assert_int_equal(bad("2025-01-01T10:00:00"), TIMEX_NO_OFFSET);
	assert_int_equal(bad("2025-01-01T10:00:00+19:00"), TIMEX_OFFSET);
	assert_int_equal(bad("2025-01-01T10:00:00+03:60"), TIMEX_OFFSET);
	assert_int_equal(bad("2025-01-01T10:00:00+3:30"), TIMEX_SYNTAX);
	assert_int_equal(bad("2025-01-01"), TIMEX_SYNTAX);
	assert_int_equal(bad("01/15/2025 10:00"), TIMEX_SYNTAX);
	assert_int_equal(bad("2025-01-01T10:00:00.Z"), TIMEX_SYNTAX);
	assert_int_equal(bad("2025-01-01T10:00:00Zjunk"), TIMEX_SYNTAX);
	assert_int_equal(bad(""), TIMEX_SYNTAX);
	assert_int_equal(bad("0999-01-01T10:00:00Z"), TIMEX_YEAR);
}

static void timex_parse_date__leap_years__by_the_rules(void **state)
{
	(void)state;
	int64_t d;
	assert_int_equal(timex_parse_date("2024-02-29", 10, &d), TIMEX_OK);
	assert_int_equal(timex_parse_date("2000-02-29", 10, &d), TIMEX_OK);
	assert_int_equal(timex_parse_date("1900-02-29", 10, &d), TIMEX_DAY);
	assert_int_equal(timex_parse_date("2100-02-29", 10, &d), TIMEX_DAY);
	assert_int_equal(timex_parse_date("1970-01-01", 10, &d), TIMEX_OK);
	assert_int_equal(d, 0);
	assert_int_equal(timex_parse_date("2025-1-01", 9, &d), TIMEX_SYNTAX);
}

static void timex_parse_date__year_range__1900_to_9999(void **state)
{
	(void)state;
	int64_t d;
	assert_int_equal(timex_parse_date("1900-01-01", 10, &d), TIMEX_OK);
	assert_int_equal(d, -25567);
	assert_int_equal(timex_parse_date("9999-12-31", 10, &d), TIMEX_OK);
	assert_int_equal(timex_parse_date("1899-12-31", 10, &d), TIMEX_YEAR);
	assert_int_equal(timex_parse_date("1000-01-01", 10, &d), TIMEX_YEAR);
	assert_int_equal(timex_parse_date("2026-+1-01", 10, &d), TIMEX_SYNTAX);
	assert_int_equal(timex_parse_date("2026- 1-01", 10, &d), TIMEX_SYNTAX);
	assert_string_equal(timex_strerror(TIMEX_YEAR), "the year must be between 1900 and 9999");
	/* a time shares the range */
	assert_int_equal(timex_parse_time("1899-12-31T23:00:00Z", 20, &d), TIMEX_YEAR);
	assert_int_equal(timex_parse_time("1900-01-01T00:00:00Z", 20, &d), TIMEX_OK);
}

static void timex_civil__round_trip__every_day_of_four_centuries(void **state)
{
	(void)state;
	for (int64_t day = -200000; day < 200000; day += 7) {
		int y, m, dd;
		timex_civil_from_days(day, &y, &m, &dd);
		assert_int_equal(timex_days_from_civil(y, m, dd), day);
	}
}

static void timex_week_monday__sunday_night_vs_monday_morning__different_weeks(void **state)
{
	(void)state;
	char a[11], b[11];
	/* 2025-03-16 is a Sunday, 2025-03-17 a Monday */
	timex_format_date(timex_week_monday(timex_day_of(t("2025-03-16T23:59:59Z"))), a);
	timex_format_date(timex_week_monday(timex_day_of(t("2025-03-17T00:00:00Z"))), b);
	assert_string_equal(a, "2025-03-10");
	assert_string_equal(b, "2025-03-17");
	/* Monday 01:00 at +03:30 is Sunday 21:30 UTC: the earlier week */
	timex_format_date(timex_week_monday(timex_day_of(t("2025-03-17T01:00:00+03:30"))), a);
	assert_string_equal(a, "2025-03-10");
	/* before 1970: floor division */
	timex_format_date(timex_week_monday(timex_day_of(t("1969-12-31T23:00:00Z"))), a);
	assert_string_equal(a, "1969-12-29");
}

static void timex_iso_week__week_53_and_year_edges(void **state)
{
	(void)state;
	int y, w;
	int64_t d;
	timex_parse_date("2020-12-31", 10, &d);     /* Thursday of 2020-W53 */
	timex_iso_week(d, &y, &w);
	assert_int_equal(y, 2020);
	assert_int_equal(w, 53);
	timex_parse_date("2021-01-03", 10, &d);     /* Sunday, still 2020-W53 */
	timex_iso_week(d, &y, &w);
	assert_int_equal(y, 2020);
	assert_int_equal(w, 53);
	char m[11];
	timex_format_date(timex_week_monday(d), m);
	assert_string_equal(m, "2020-12-28");
	timex_parse_date("2021-01-04", 10, &d);     /* Monday of 2021-W01 */
	timex_iso_week(d, &y, &w);
	assert_int_equal(w, 1);
	timex_parse_date("2024-12-30", 10, &d);     /* Monday, 2025-W01 */
	timex_iso_week(d, &y, &w);
	assert_int_equal(y, 2025);
	assert_int_equal(w, 1);
	timex_parse_date("2026-12-31", 10, &d);     /* Thursday, 2026-W53 */
	timex_iso_week(d, &y, &w);
	assert_int_equal(w, 53);
}

static void timex_parse_time_cached__a_stream_of_times__same_as_uncached(void **state)
{
	(void)state;
	/* Dates repeating, changing, impossible, and a bad date after a good
	 * one with the same first characters. */
	static const char *const times[] = {
		"2024-02-28T23:59:59Z", "2024-02-28T00:00:01+03:30", "2024-02-29T12:00:00-05:00",
		"2024-02-29T12:00:00.5+0000", "2023-02-29T12:00:00Z", "2024-02-29T12:00:00Z",
		"2024-02-2912:00:00Z", "2024-13-01T00:00:00Z", "2024-02-29T25:00:00Z",
		"2024-02-29T23:00:00Z", "2025-01-06T00:00:00.096+0000", "2025-01-06x00:00:00Z",
		"2025-01-06", "2025-01-06T00:00:03.459+0000",
	};
	struct timex_day_cache cache = {0};
	for (size_t i = 0; i < sizeof times / sizeof *times; i++) {
		int64_t a = -1, b = -1;
		enum timex_err ea = timex_parse_time(times[i], strlen(times[i]), &a);
		enum timex_err eb = timex_parse_time_cached(times[i], strlen(times[i]), &cache, &b);
		assert_int_equal(ea, eb);
		if (ea == TIMEX_OK)
			assert_int_equal(a, b);
	}
}

/* ---- layouts (timex_format.c) ---- */

static enum timex_err fmt(const char *spec, const char *s, int64_t *out)
{
	struct timex_format f;
	const char *why;
	size_t at, bad_at;
	char expected[TIMEX_EXPECTED_MAX];
	assert_true(timex_format_compile(&f, spec, &why, &at));
	return timex_format_parse(&f, s, strlen(s), out, &bad_at, expected);
}

static void timex_format_parse__report_layouts__same_wall_time(void **state)
{
	(void)state;
	/* 2026-12-03 08:47 as a wall time: day 20790 (python: date(2026,12,3)
	 * - date(1970,1,1)), 8 * 3600 + 47 * 60 = 31620 seconds */
	int64_t want = (int64_t)20790 * 86400 + 31620, v = 0;
	assert_int_equal(fmt("%m/%d/%Y, %I:%M %p", "12/3/2026, 8:47 AM", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%d/%m/%Y %H:%M", "03/12/2026 08:47", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%Y-%m-%d %H:%M:%S", "2026-12-03 08:47:00", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%Y-%m-%d %H:%M:%S", "2026-12-03 08:47:00.250", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%d %b %Y %H:%M", "3 Dec 2026 08:47", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%A, %B %e, %Y %l:%M %p", "Thursday, December  3, 2026  8:47 am", &v),
			 TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	/* ICU writes U+202F before AM/PM */
	assert_int_equal(fmt("%m/%d/%y, %I:%M %p", "12/3/26, 8:47\xE2\x80\xAF" "AM", &v),
			 TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	/* 12 AM is midnight, 12 PM noon */
	assert_int_equal(fmt("%m/%d/%Y %I:%M %p", "12/3/2026 12:05 AM", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, (int64_t)20790 * 86400 + 300);
	assert_int_equal(fmt("%m/%d/%Y %I:%M %p", "12/3/2026 12:05 PM", &v), TIMEX_NO_OFFSET);
	assert_int_equal(v, (int64_t)20790 * 86400 + 12 * 3600 + 300);
}

/* %S drops a fraction only when the layout does not spell it: %S.%f and
 * %S,%f read the fraction themselves (and %f needs its digits). */
static void timex_format_parse__fraction_after_seconds__read(void **state)
{
	(void)state;
	int64_t want = (int64_t)20790 * 86400 + 31620, v = 0;
	assert_int_equal(fmt("%Y-%m-%d %H:%M:%S.%f", "2026-12-03 08:47:00.250", &v),
			 TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%d.%m.%Y %H:%M:%S,%f", "03.12.2026 08:47:00,123456", &v),
			 TIMEX_NO_OFFSET);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%Y-%m-%d %H:%M:%S.%f%Z", "2026-12-03 08:47:00.5Z", &v), TIMEX_OK);
	assert_int_equal(v, want);
	assert_int_equal(fmt("%Y-%m-%d %H:%M:%S.%f", "2026-12-03 08:47:00", &v), TIMEX_SYNTAX);
}

static void timex_format_parse__offset_in_text__utc(void **state)
{
	(void)state;
	int64_t v = 0;
	/* 08:47 at -05:00 is 13:47 UTC */
	assert_int_equal(fmt("%m/%d/%Y %H:%M %z", "12/03/2026 08:47 -05:00", &v), TIMEX_OK);
	assert_int_equal(v, (int64_t)20790 * 86400 + 13 * 3600 + 47 * 60);
	assert_int_equal(fmt("%m/%d/%Y %H:%M %Z", "12/03/2026 08:47 UTC", &v), TIMEX_OK);
	assert_int_equal(v, (int64_t)20790 * 86400 + 31620);
	assert_int_equal(fmt("%s", "1796305620", &v), TIMEX_OK);
	assert_int_equal(v, 1796305620);
}

static void timex_format_parse__mismatch__position_and_expectation(void **state)
{
	(void)state;
	struct timex_format f;
	const char *why;
	char expected[TIMEX_EXPECTED_MAX];
	size_t at = 99;
	int64_t v;
	assert_true(timex_format_compile(&f, "%m/%d/%Y, %I:%M %p", &why, &at));
	const char *s = "2026-12-03 08:47";
	assert_int_equal(timex_format_parse(&f, s, strlen(s), &v, &at, expected), TIMEX_SYNTAX);
	assert_int_equal(at, 2);
	assert_string_equal(expected, "'/'");
	s = "12/3/2026, 8:47";
	assert_int_equal(timex_format_parse(&f, s, strlen(s), &v, &at, expected), TIMEX_SYNTAX);
	assert_int_equal(at, 15);
	assert_string_equal(expected, "AM or PM (%p)");
	s = "13/3/2026, 8:47 AM";
	assert_int_equal(timex_format_parse(&f, s, strlen(s), &v, &at, expected), TIMEX_MONTH);
	s = "2/29/2026, 8:47 AM";
	assert_int_equal(timex_format_parse(&f, s, strlen(s), &v, &at, expected), TIMEX_DAY);
	s = "2/28/2026, 13:47 AM";
	assert_int_equal(timex_format_parse(&f, s, strlen(s), &v, &at, expected), TIMEX_HOUR12);
	s = "2/28/2026, 1:47 AM extra";
	assert_int_equal(timex_format_parse(&f, s, strlen(s), &v, &at, expected), TIMEX_SYNTAX);
	assert_string_equal(expected, "the end of the time");
}

static void timex_format_compile__incomplete_layouts__refused(void **state)
{
	(void)state;
	struct timex_format f;
	const char *why = NULL;
	size_t at;
	assert_false(timex_format_compile(&f, "%H:%M", &why, &at));
	assert_non_null(strstr(why, "needs a year"));
	assert_false(timex_format_compile(&f, "%m/%d/%Y %I:%M", &why, &at));
	assert_non_null(strstr(why, "needs %p"));
	assert_false(timex_format_compile(&f, "%m/%d/%Y %Q", &why, &at));
	assert_int_equal(at, 9);
	assert_non_null(strstr(why, "unknown conversion"));
	assert_false(timex_format_compile(&f, "%m/%d/%Y %", &why, &at));
}

/* ---- zones (timex_zone.c); expectations from Python's zoneinfo ---- */

static int64_t zoned(const char *zone, const char *local)
{
	struct timex_zone z;
	char why[256];
	assert_true(timex_zone_load(&z, zone, why, sizeof why));
	int64_t v;
	enum timex_err e = timex_parse_time(local, strlen(local), &v);
	assert_int_equal(e, TIMEX_NO_OFFSET);
	int64_t plain = timex_zone_to_utc(&z, v, NULL);
	struct timex_zone_cache c = {0};
	assert_int_equal(timex_zone_to_utc(&z, v, &c), plain);
	assert_int_equal(timex_zone_to_utc(&z, v, &c), plain);   /* from the cache */
	timex_zone_release(&z);
	return plain;
}

static void timex_zone_to_utc__dst_both_hemispheres__as_zoneinfo(void **state)
{
	(void)state;
	assert_int_equal(zoned("America/New_York", "2026-12-03 08:47"), 1796305620);
	assert_int_equal(zoned("America/New_York", "2026-07-01 08:47"), 1782910020);
	/* the spring gap reads with the offset before; the autumn overlap is
	 * its first occurrence */
	assert_int_equal(zoned("America/New_York", "2026-03-08 02:30"), 1772955000);
	assert_int_equal(zoned("America/New_York", "2026-11-01 01:30"), 1793511000);
	assert_int_equal(zoned("Europe/Berlin", "2026-03-29 02:30"), 1774747800);
	assert_int_equal(zoned("Europe/Berlin", "2026-10-25 02:30"), 1792888200);
	assert_int_equal(zoned("Australia/Sydney", "2026-04-05 02:30"), 1775316600);
	assert_int_equal(zoned("Australia/Sydney", "2026-10-04 02:30"), 1791045000);
	/* Iran: DST until 2022, none since */
	assert_int_equal(zoned("Asia/Tehran", "2026-06-01 12:00"), 1780302600);
	assert_int_equal(zoned("Asia/Tehran", "2021-06-01 12:00"), 1622532600);
	/* after the table: the footer's rule */
	assert_int_equal(zoned("America/New_York", "2045-07-04 12:00"), 2382796800);
	assert_int_equal(zoned("UTC", "2026-07-04 12:00"), 1783166400);
	/* names in any case, where only one zone has that name */
	assert_int_equal(zoned("utc", "2026-07-04 12:00"), 1783166400);
	assert_int_equal(zoned("z", "2026-07-04 12:00"), 1783166400);
	assert_int_equal(zoned("america/new_york", "2026-12-03 08:47"), 1796305620);
	assert_int_equal(zoned("ASIA/TEHRAN", "2026-06-01 12:00"), 1780302600);
	assert_int_equal(zoned("+03:30", "2026-06-01 12:00"), 1780302600);
}

static void timex_zone_load__unknown_or_unsafe_names__refused(void **state)
{
	(void)state;
	struct timex_zone z;
	char why[256];
	assert_false(timex_zone_load(&z, "Europe/Berln", why, sizeof why));
	assert_non_null(strstr(why, "no time zone 'Europe/Berln'"));
	assert_false(timex_zone_load(&z, "../../etc/passwd", why, sizeof why));
	assert_non_null(strstr(why, "not a time zone name"));
	assert_false(timex_zone_load(&z, "+25:00", why, sizeof why));
	timex_zone_release(&z);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(timex_parse_time__every_offset_form__same_instant),
		cmocka_unit_test(timex_parse_time__offset_crosses_midnight__previous_day),
		cmocka_unit_test(timex_parse_time__impossible_values__rejected),
		cmocka_unit_test(timex_parse_date__leap_years__by_the_rules),
		cmocka_unit_test(timex_parse_date__year_range__1900_to_9999),
		cmocka_unit_test(timex_civil__round_trip__every_day_of_four_centuries),
		cmocka_unit_test(timex_week_monday__sunday_night_vs_monday_morning__different_weeks),
		cmocka_unit_test(timex_iso_week__week_53_and_year_edges),
		cmocka_unit_test(timex_parse_time_cached__a_stream_of_times__same_as_uncached),
		cmocka_unit_test(timex_format_parse__report_layouts__same_wall_time),
		cmocka_unit_test(timex_format_parse__offset_in_text__utc),
		cmocka_unit_test(timex_format_parse__mismatch__position_and_expectation),
		cmocka_unit_test(timex_format_parse__fraction_after_seconds__read),
		cmocka_unit_test(timex_format_compile__incomplete_layouts__refused),
		cmocka_unit_test(timex_zone_to_utc__dst_both_hemispheres__as_zoneinfo),
		cmocka_unit_test(timex_zone_load__unknown_or_unsafe_names__refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
