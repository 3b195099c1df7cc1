/* Unit tests of core/timex_calendar.c and core/timex_show.c: Solar Hijri
 * days against known pairs (Nowruz of 1403, 1404, 1405 from the Iranian
 * calendar; the rest counted from them by hand in the comments), the
 * calendar in use, dates for readers and dates typed. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/i18n.h"
#include "../../core/timex.h"

static lang_id lang(const char *code)
{
	lang_id l = LANG_EN;
	assert_true(lang_parse(code, &l));
	return l;
}

static int64_t iso(const char *s)
{
	int64_t day = 0;
	assert_int_equal(timex_parse_date(s, strlen(s), &day), TIMEX_OK);
	return day;
}

/* Every test starts in English with the language's calendar. */
static int reset(void **state)
{
	(void)state;
	i18n_use(LANG_EN, true);
	timex_use_calendar(NULL);
	return 0;
}

static void persian_of(const char *gregorian, int y, int m, int d)
{
	int py = 0, pm = 0, pd = 0;
	assert_true(timex_to_calendar("persian", iso(gregorian), &py, &pm, &pd));
	assert_int_equal(py, y);
	assert_int_equal(pm, m);
	assert_int_equal(pd, d);
	int64_t day = 0;
	assert_int_equal(timex_from_calendar("persian", y, m, d, &day), TIMEX_OK);
	assert_int_equal(day, iso(gregorian));
}

static void timex_to_calendar__known_pairs__both_ways(void **state)
{
	(void)state;
	persian_of("2024-03-20", 1403, 1, 1);    /* Nowruz 1403 */
	persian_of("2025-03-21", 1404, 1, 1);    /* Nowruz 1404 */
	persian_of("2026-03-21", 1405, 1, 1);    /* Nowruz 1405 */
	persian_of("2025-03-20", 1403, 12, 30);  /* 1403 is leap: Esfand has 30 days */
	persian_of("2026-03-20", 1404, 12, 29);  /* 1404 is not: Esfand 29 is its last day */
	persian_of("2021-03-20", 1399, 12, 30);  /* 1399 leap */
	/* 1405/06/31 is day 186 of the year: 2026-03-21 + 185 = 2026-09-22 */
	persian_of("2026-09-22", 1405, 6, 31);
	persian_of("2026-09-23", 1405, 7, 1);
	/* day 186 + 60 + 12 = 258: 2026-09-22 + 72 = 2026-12-03 */
	persian_of("2026-12-03", 1405, 9, 12);
	int y, m, d;
	timex_to_calendar("gregorian", iso("2026-12-03"), &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20261203);
	assert_false(timex_to_calendar("julian", 0, &y, &m, &d));
}

static void timex_from_calendar__days_not_in_the_calendar__refused(void **state)
{
	(void)state;
	int64_t day = -1;
	assert_int_equal(timex_from_calendar("persian", 1404, 12, 30, &day), TIMEX_DAY);
	assert_int_equal(timex_from_calendar("persian", 1405, 7, 31, &day), TIMEX_DAY);
	assert_int_equal(timex_from_calendar("persian", 1405, 1, 32, &day), TIMEX_DAY);
	assert_int_equal(timex_from_calendar("persian", 1405, 1, 0, &day), TIMEX_DAY);
	assert_int_equal(timex_from_calendar("persian", 1405, 13, 1, &day), TIMEX_MONTH);
	assert_int_equal(timex_from_calendar("persian", 1405, 0, 1, &day), TIMEX_MONTH);
	assert_int_equal(day, -1);
	assert_int_equal(timex_from_calendar("gregorian", 2025, 2, 29, &day), TIMEX_DAY);
	assert_int_equal(timex_from_calendar("gregorian", 1899, 12, 31, &day), TIMEX_YEAR);
	assert_int_equal(timex_from_calendar("hebrew", 5787, 1, 1, &day), TIMEX_SYNTAX);
}

/* Each Solar Hijri year of 1300..1499 is 365 days, or 366 when ICU says
 * Esfand has 30 days, and the next year starts the day after: the month
 * lengths ICU gives add up. */
static void timex_from_calendar__years_1300_1499__consecutive(void **state)
{
	(void)state;
	int leaps = 0;
	for (int y = 1300; y < 1499; y++) {
		int64_t first, next, esfand30;
		assert_int_equal(timex_from_calendar("persian", y, 1, 1, &first), TIMEX_OK);
		assert_int_equal(timex_from_calendar("persian", y + 1, 1, 1, &next), TIMEX_OK);
		bool leap = timex_from_calendar("persian", y, 12, 30, &esfand30) == TIMEX_OK;
		assert_int_equal(next - first, leap ? 366 : 365);
		leaps += leap;
	}
	/* 8 leap years in 33: 199 years hold 48 (give or take one) */
	assert_in_range(leaps, 47, 49);
}

static void timex_calendar_date__each_calendar__its_layout(void **state)
{
	(void)state;
	char out[TIMEX_CALENDAR_DATE_MAX];
	assert_true(timex_calendar_date("persian", iso("2026-12-03"), out));
	assert_string_equal(out, "1405/09/12");
	assert_true(timex_calendar_date("gregorian", iso("2026-12-03"), out));
	assert_string_equal(out, "2026-12-03");
	assert_false(timex_calendar_date("islamic", iso("2026-12-03"), out));
}

static void timex_use_calendar__names__checked(void **state)
{
	(void)state;
	assert_string_equal(timex_calendar(), "gregorian");
	i18n_use(lang("fa"), true);
	assert_string_equal(timex_calendar(), "persian");
	i18n_use(lang("ar"), true);
	assert_string_equal(timex_calendar(), "gregorian");
	assert_true(timex_use_calendar("Persian"));
	assert_string_equal(timex_calendar(), "persian");
	assert_false(timex_use_calendar("julian"));
	assert_false(timex_use_calendar(""));
	assert_string_equal(timex_calendar(), "persian");
	assert_true(timex_use_calendar(NULL));
	assert_string_equal(timex_calendar(), "gregorian");
	assert_string_equal(timex_calendar_names(), "gregorian, persian");
}

static void shown(const char *in, const char *want)
{
	char out[TIMEX_SHOW_MAX];
	assert_string_equal(timex_show(in, out), want);
}

static void timex_show__english__iso_unchanged(void **state)
{
	(void)state;
	shown("2026-12-03", "2026-12-03");
	shown("2026-12-03 10:00", "2026-12-03 10:00");
	shown("2026-W49", "2026-W49");
	shown("2026-02-30", "2026-02-30");
	shown("20261203", "20261203");
	shown("", "");
	char out[TIMEX_SHOW_MAX];
	assert_string_equal(timex_show(NULL, out), "");
	assert_string_equal(timex_show_day(iso("2026-12-03"), out), "2026-12-03");
}

static void timex_show__persian__solar_hijri_native_digits(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	shown("2026-12-03", "۱۴۰۵/۰۹/۱۲");
	shown("2025-03-21", "۱۴۰۴/۰۱/۰۱");
	/* the tail stays, its digits the date's */
	shown("2026-12-03 10:00", "۱۴۰۵/۰۹/۱۲ ۱۰:۰۰");
	/* not a date: not ours to change */
	shown("2026-W49", "2026-W49");
	shown("گزارش", "گزارش");
	char out[TIMEX_SHOW_MAX];
	assert_string_equal(timex_show_day(iso("2024-03-20"), out), "۱۴۰۳/۰۱/۰۱");
}

static void timex_show__latin_digits_or_other_calendar__as_asked(void **state)
{
	(void)state;
	i18n_use(lang("fa"), false);                  /* --digits latin */
	shown("2026-12-03", "1405/09/12");
	timex_use_calendar("gregorian");              /* --calendar gregorian */
	shown("2026-12-03", "2026-12-03");
	i18n_use(lang("fa"), true);
	shown("2026-12-03", "۲۰۲۶/۱۲/۰۳");
	i18n_use(lang("ar"), true);
	shown("2026-12-03", "٢٠٢٦/١٢/٠٣");
	timex_use_calendar("persian");
	shown("2026-12-03", "١٤٠٥/٠٩/١٢");
	i18n_use(LANG_EN, true);                      /* --lang en --calendar persian */
	shown("2026-12-03 10:00", "1405/09/12 10:00");
}

static void timex_show__long_tail__cut_at_a_whole_character(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	char in[200] = "2026-12-03 ";
	for (int i = 0; i < 40; i++)
		strcat(in, "۱");                      /* two bytes each */
	char out[TIMEX_SHOW_MAX];
	timex_show(in, out);
	size_t n = strlen(out);
	assert_true(n < TIMEX_SHOW_MAX);
	assert_int_equal(strncmp(out, "۱۴۰۵/۰۹/۱۲ ", strlen("۱۴۰۵/۰۹/۱۲ ")), 0);
	assert_int_equal(((unsigned char)out[n - 1] & 0xC0), 0x80);   /* ends inside no character */
	assert_int_equal((unsigned char)out[n - 2], 0xDB);
}

static enum timex_err typed(const char *s, int64_t *day, const char **calendar)
{
	*day = -1;
	return timex_parse_user_date(s, day, calendar);
}

static void timex_parse_user_date__solar_hijri_forms__read(void **state)
{
	(void)state;
	int64_t day;
	const char *cal;
	int64_t want = iso("2026-12-03");
	const char *forms[] = { "1405/09/12", "1405-09-12", "1405/9/12", "۱۴۰۵/۰۹/۱۲", "١٤٠٥/٠٩/١٢",
				"۱۴۰۵-۹-۱۲" };
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		assert_int_equal(typed(forms[i], &day, &cal), TIMEX_OK);
		assert_int_equal(day, want);
		assert_string_equal(cal, "persian");
	}
	assert_int_equal(typed("1403/12/30", &day, &cal), TIMEX_OK);
	assert_int_equal(day, iso("2025-03-20"));
	/* Gregorian as always, also in Persian digits and under persian */
	assert_int_equal(typed("2026-12-03", &day, &cal), TIMEX_OK);
	assert_int_equal(day, want);
	assert_string_equal(cal, "gregorian");
	timex_use_calendar("persian");
	assert_int_equal(typed("۲۰۲۶-۱۲-۰۳", &day, &cal), TIMEX_OK);
	assert_int_equal(day, want);
	assert_string_equal(cal, "gregorian");
}

static void timex_parse_user_date__bad_input__says_which_calendar(void **state)
{
	(void)state;
	int64_t day;
	const char *cal;
	assert_int_equal(typed("1404/12/30", &day, &cal), TIMEX_DAY);    /* 1404 not leap */
	assert_string_equal(cal, "persian");
	assert_int_equal(day, -1);
	assert_int_equal(typed("1405/07/31", &day, &cal), TIMEX_DAY);
	assert_int_equal(typed("1405/13/01", &day, &cal), TIMEX_MONTH);
	assert_int_equal(typed("1405/09-12", &day, &cal), TIMEX_SYNTAX);  /* two separators */
	assert_int_equal(typed("1405/091/2", &day, &cal), TIMEX_SYNTAX);
	assert_int_equal(typed("1405/09/12x", &day, &cal), TIMEX_SYNTAX);
	assert_int_equal(typed("1405.09.12", &day, &cal), TIMEX_SYNTAX);
	/* below 1300 and under the Gregorian calendar: a Gregorian year too early */
	assert_int_equal(typed("1899-12-31", &day, &cal), TIMEX_YEAR);
	assert_string_equal(cal, "gregorian");
	assert_int_equal(typed("2026/12/03", &day, &cal), TIMEX_SYNTAX);
	assert_string_equal(cal, "gregorian");
	assert_int_equal(typed("", &day, &cal), TIMEX_SYNTAX);
	assert_int_equal(typed("1405/09/12 and much more", &day, &cal), TIMEX_SYNTAX);
	/* under the persian calendar, any year below 1900 is Solar Hijri */
	timex_use_calendar("persian");
	assert_int_equal(typed("1899-12-31", &day, &cal), TIMEX_YEAR);
	assert_string_equal(cal, "persian");
	assert_int_equal(typed("tomorrow", &day, &cal), TIMEX_SYNTAX);
	assert_string_equal(cal, "persian");
}

/* Every day of 2000..2100 written in Solar Hijri reads back as itself. */
static void timex_parse_user_date__shown_days__round_trip(void **state)
{
	(void)state;
	i18n_use(lang("fa"), true);
	for (int64_t day = iso("2000-01-01"); day <= iso("2100-12-31"); day++) {
		char out[TIMEX_SHOW_MAX];
		int64_t back = -1;
		const char *cal;
		assert_int_equal(timex_parse_user_date(timex_show_day(day, out), &back, &cal), TIMEX_OK);
		assert_int_equal(back, day);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(timex_to_calendar__known_pairs__both_ways, reset),
		cmocka_unit_test_setup(timex_from_calendar__days_not_in_the_calendar__refused, reset),
		cmocka_unit_test_setup(timex_from_calendar__years_1300_1499__consecutive, reset),
		cmocka_unit_test_setup(timex_calendar_date__each_calendar__its_layout, reset),
		cmocka_unit_test_setup(timex_use_calendar__names__checked, reset),
		cmocka_unit_test_setup(timex_show__english__iso_unchanged, reset),
		cmocka_unit_test_setup(timex_show__persian__solar_hijri_native_digits, reset),
		cmocka_unit_test_setup(timex_show__latin_digits_or_other_calendar__as_asked, reset),
		cmocka_unit_test_setup(timex_show__long_tail__cut_at_a_whole_character, reset),
		cmocka_unit_test_setup(timex_parse_user_date__solar_hijri_forms__read, reset),
		cmocka_unit_test_setup(timex_parse_user_date__bad_input__says_which_calendar, reset),
		cmocka_unit_test_setup(timex_parse_user_date__shown_days__round_trip, reset),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
