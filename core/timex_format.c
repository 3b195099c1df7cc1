/* strptime-style layouts compiled once and applied to each time of a log
 * (see timex.h). No locale, no C library time functions: the same layout
 * reads the same way on every machine and in every thread. */
#include "timex.h"

#include <stdio.h>
#include <string.h>

enum fop {
	OP_LIT, OP_SPACE, OP_YEAR, OP_YEAR2, OP_MONTH, OP_DAY, OP_HOUR, OP_HOUR12,
	OP_MINUTE, OP_SECOND, OP_FRACTION, OP_MONTH_NAME, OP_WEEKDAY, OP_AMPM, OP_OFFSET,
	OP_ZONE, OP_EPOCH,
};

static const char *const EXPECTED[] = {
[OP_SPACE] = "white space",
	[OP_YEAR] = "a year (%Y)", [OP_YEAR2] = "a two-digit year (%y)",
	[OP_MONTH] = "a month number (%m)", [OP_DAY] = "a day of the month (%d)",
	[OP_HOUR] = "an hour 0-23 (%H)", [OP_HOUR12] = "an hour 1-12 (%I)",
	[OP_MINUTE] = "minutes (%M)", [OP_SECOND] = "seconds (%S)",
	[OP_FRACTION] = "digits of a fraction (%f)", [OP_MONTH_NAME] = "a month name (%b)",
	[OP_WEEKDAY] = "a weekday name (%a)", [OP_AMPM] = "AM or PM (%p)",
	[OP_OFFSET] = "a UTC offset such as +03:30 or Z (%z)",
	[OP_ZONE] = "UTC, GMT or Z (%Z)", [OP_EPOCH] = "seconds since 1970 (%s)",
};

static bool add(struct timex_format *f, enum fop kind, char lit)
{
	if (f->nops == TIMEX_FORMAT_MAX_OPS)
		return false;
	f->ops[f->nops++] = (struct timex_fop){ (unsigned char)kind, lit };
	return true;
}

static bool is_space_char(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool timex_format_compile(struct timex_format *f, const char *spec, const char **why,
			  size_t *at)
{
	memset(f, 0, sizeof *f);
	bool year = false, month = false, day = false, h12 = false, ampm = false, epoch = false;
	for (size_t i = 0; spec[i]; i++) {
		*at = i;
		char c = spec[i];
		bool ok = true;
		if (is_space_char(c)) {
			while (is_space_char(spec[i + 1]))
				i++;
			ok = add(f, OP_SPACE, 0);
		} else if (c != '%') {
			ok = add(f, OP_LIT, c);
		} else {
			char k = spec[++i];
			switch (k) {
			case 'Y': ok = add(f, OP_YEAR, 0); year = true; break;
			case 'y': ok = add(f, OP_YEAR2, 0); year = true; break;
			case 'm': ok = add(f, OP_MONTH, 0); month = true; break;
			case 'b': case 'h': case 'B':
				ok = add(f, OP_MONTH_NAME, 0); month = true; break;
			case 'd': case 'e': ok = add(f, OP_DAY, 0); day = true; break;
			case 'H': case 'k': ok = add(f, OP_HOUR, 0); break;
			case 'I': case 'l': ok = add(f, OP_HOUR12, 0); h12 = true; break;
			case 'M': ok = add(f, OP_MINUTE, 0); break;
			case 'S': ok = add(f, OP_SECOND, 0); break;
			case 'f': ok = add(f, OP_FRACTION, 0); break;
			case 'a': case 'A': ok = add(f, OP_WEEKDAY, 0); break;
			case 'p': case 'P': ok = add(f, OP_AMPM, 0); ampm = true; break;
			case 'z': ok = add(f, OP_OFFSET, 0); f->has_offset = true; break;
			case 'Z': ok = add(f, OP_ZONE, 0); f->has_offset = true; break;
			case 's': ok = add(f, OP_EPOCH, 0); f->has_offset = epoch = true; break;
			case 'T':
				ok = add(f, OP_HOUR, 0) && add(f, OP_LIT, ':') && add(f, OP_MINUTE, 0) &&
				     add(f, OP_LIT, ':') && add(f, OP_SECOND, 0);
				break;
			case 'R':
				ok = add(f, OP_HOUR, 0) && add(f, OP_LIT, ':') && add(f, OP_MINUTE, 0);
				break;
			case 'D':
				ok = add(f, OP_MONTH, 0) && add(f, OP_LIT, '/') && add(f, OP_DAY, 0) &&
				     add(f, OP_LIT, '/') && add(f, OP_YEAR2, 0);
				year = month = day = true;
				break;
			case 'F':
				ok = add(f, OP_YEAR, 0) && add(f, OP_LIT, '-') && add(f, OP_MONTH, 0) &&
				     add(f, OP_LIT, '-') && add(f, OP_DAY, 0);
				year = month = day = true;
				break;
			case 'n': case 't': ok = add(f, OP_SPACE, 0); break;
			case '%': ok = add(f, OP_LIT, '%'); break;
			case '\0':
				*why = "the layout ends with a lone %";
				return false;
			default:
				*why = "unknown conversion (known: %Y %y %m %d %e %H %k %I %l %M %S %f "
				       "%b %B %a %A %p %z %Z %s %T %R %D %F %n %t %%)";
				return false;
			}
		}
		if (!ok) {
			*why = "the layout is too long";
			return false;
		}
	}
	*at = strlen(spec);
	if (epoch && f->nops > 1) {
		*why = "%s (seconds since 1970) must be the whole layout";
		return false;
	}
	if (!epoch && !(year && month && day)) {
		*why = "the layout needs a year (%Y or %y), a month (%m or %b) and a day (%d)";
		return false;
	}
	if (h12 != ampm) {
		*why = h12 ? "%I (hour 1-12) needs %p (AM/PM)" : "%p (AM/PM) needs %I (hour 1-12)";
		return false;
	}
	return true;
}

/* Bytes of white space at s: ASCII, U+00A0 and U+202F (which ICU puts
 * before AM/PM). */
static size_t space_at(const char *s, size_t n)
{
	if (n >= 1 && is_space_char(s[0]))
		return 1;
	if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
		return 2;
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xAF)
		return 3;
	return 0;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Up to max digits (at least one) at s[*i], after any spaces. */
static bool number(const char *s, size_t n, size_t *i, int max, int *out)
{
	size_t k;
	while ((k = space_at(s + *i, n - *i)) != 0)
		*i += k;
	int v = 0, d = 0;
	while (*i < n && d < max && (unsigned)(s[*i] - '0') <= 9) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		d++;
	}
	*out = v;
	return d > 0;
}

/* A name from list (full, or its first three letters) at s[*i]; its index. */
static int name(const char *s, size_t n, size_t *i, const char *const *list)
{
	for (int k = 0; list[k]; k++) {
		size_t full = strlen(list[k]);
		for (size_t len = full;; len = 3) {
			if (n - *i >= len) {
				size_t j = 0;
				while (j < len && lower(s[*i + j]) == list[k][j])
					j++;
				if (j == len) {
					*i += len;
					return k;
				}
			}
			if (len == 3)
				break;
		}
	}
	return -1;
}

static const char *const MONTHS[] = { "january", "february", "march", "april", "may", "june",
				      "july", "august", "september", "october", "november",
				      "december", NULL };
static const char *const WEEKDAYS[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
					"saturday", "sunday", NULL };

/* +hh, +hhmm, +hh:mm or Z at s[*i]: seconds east of UTC. */
static enum timex_err offset(const char *s, size_t n, size_t *i, int *out)
{
	if (*i < n && (s[*i] == 'Z' || s[*i] == 'z')) {
		(*i)++;
		*out = 0;
		return TIMEX_OK;
	}
	if (*i >= n || (s[*i] != '+' && s[*i] != '-'))
		return TIMEX_SYNTAX;
	int sign = s[*i] == '-' ? -1 : 1;
	size_t j = *i + 1;
	int hh = 0, mm = 0;
	if (n - j < 2 || (unsigned)(s[j] - '0') > 9 || (unsigned)(s[j + 1] - '0') > 9)
		return TIMEX_SYNTAX;
	hh = (s[j] - '0') * 10 + (s[j + 1] - '0');
	j += 2;
	if (j < n && s[j] == ':')
		j++;
	if (n - j >= 2 && (unsigned)(s[j] - '0') <= 9 && (unsigned)(s[j + 1] - '0') <= 9) {
		mm = (s[j] - '0') * 10 + (s[j + 1] - '0');
		j += 2;
	} else if (s[j - 1] == ':') {
		return TIMEX_SYNTAX;
	}
	if (mm > 59 || hh * 60 + mm > 18 * 60)
		return TIMEX_OFFSET;
	*i = j;
	*out = sign * (hh * 3600 + mm * 60);
	return TIMEX_OK;
}

/* The layout reads a fraction right after op o: %f, or '.' or ',' then %f. */
static bool fraction_follows(const struct timex_format *f, size_t o)
{
	if (o + 1 < f->nops && f->ops[o + 1].kind == OP_FRACTION)
		return true;
	return o + 2 < f->nops && f->ops[o + 1].kind == OP_LIT &&
	       (f->ops[o + 1].lit == '.' || f->ops[o + 1].lit == ',') &&
	       f->ops[o + 2].kind == OP_FRACTION;
}

enum timex_err timex_format_parse(const struct timex_format *f, const char *s, size_t n,
				  int64_t *out, size_t *at, char expected[TIMEX_EXPECTED_MAX])
{
	int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, off = 0;
	int pm = -1;
	size_t i = 0, k;
	while ((k = space_at(s + i, n - i)) != 0)
		i += k;
	for (size_t o = 0; o < f->nops; o++) {
		enum fop kind = (enum fop)f->ops[o].kind;
		size_t start = i;
		bool ok = true;
		int v = 0;
		switch (kind) {
		case OP_LIT:
			ok = i < n && lower(s[i]) == lower(f->ops[o].lit);
			i += ok;
			break;
		case OP_SPACE:
			while ((k = space_at(s + i, n - i)) != 0)
				i += k;
			break;
		case OP_YEAR: ok = number(s, n, &i, 4, &year); break;
		case OP_YEAR2:
			ok = number(s, n, &i, 2, &v);
			year = v < 69 ? 2000 + v : 1900 + v;
			break;
		case OP_MONTH: ok = number(s, n, &i, 2, &month); break;
		case OP_DAY: ok = number(s, n, &i, 2, &day); break;
		case OP_HOUR: ok = number(s, n, &i, 2, &hour); break;
		case OP_HOUR12:
			ok = number(s, n, &i, 2, &hour);
			if (ok && (hour < 1 || hour > 12))
				return TIMEX_HOUR12;
			break;
		case OP_MINUTE: ok = number(s, n, &i, 2, &minute); break;
		case OP_SECOND:
			ok = number(s, n, &i, 2, &second);
			/* A fraction is dropped unless the layout spells it (%S.%f). */
			if (ok && i + 1 < n && (s[i] == '.' || s[i] == ',') &&
			    (unsigned)(s[i + 1] - '0') <= 9 && !fraction_follows(f, o))
				for (i++; i < n && (unsigned)(s[i] - '0') <= 9; i++)
					;
			break;
		case OP_FRACTION:
			while (i < n && (unsigned)(s[i] - '0') <= 9)
				i++;
			ok = i > start;
			break;
		case OP_MONTH_NAME:
			month = name(s, n, &i, MONTHS) + 1;
			ok = month > 0;
			break;
		case OP_WEEKDAY: ok = name(s, n, &i, WEEKDAYS) >= 0; break;
		case OP_AMPM:
			if (n - i >= 2 && (lower(s[i]) == 'a' || lower(s[i]) == 'p') &&
			    lower(s[i + 1]) == 'm') {
				pm = lower(s[i]) == 'p';
				i += 2;
			} else if (n - i >= 4 && (lower(s[i]) == 'a' || lower(s[i]) == 'p') &&
				   s[i + 1] == '.' && lower(s[i + 2]) == 'm' && s[i + 3] == '.') {
				pm = lower(s[i]) == 'p';
				i += 4;
			} else {
				ok = false;
			}
			break;
		case OP_OFFSET: {
			enum timex_err e = offset(s, n, &i, &off);
			if (e == TIMEX_OFFSET)
				return e;
			ok = e == TIMEX_OK;
			break;
		}
		case OP_ZONE:
			if (n - i >= 3 && (!strncmp(s + i, "UTC", 3) || !strncmp(s + i, "GMT", 3)))
				i += 3;
			else if (i < n && s[i] == 'Z')
				i++;
			else
				ok = false;
			break;
		case OP_EPOCH: {
			bool neg = i < n && s[i] == '-';
			i += neg;
			int64_t e = 0;
			size_t d0 = i;
			while (i < n && i - d0 < 12 && (unsigned)(s[i] - '0') <= 9)
				e = e * 10 + (s[i++] - '0');
			ok = i > d0;
			if (ok) {
				*out = neg ? -e : e;
				int64_t dd = timex_day_of(*out);
				int y, m, d;
				timex_civil_from_days(dd, &y, &m, &d);
				year = y;
				month = m;
				day = d;
			}
			break;
		}
		}
		if (!ok) {
			*at = start;
			if (kind == OP_LIT)
				snprintf(expected, TIMEX_EXPECTED_MAX, "'%c'", f->ops[o].lit);
			else
				snprintf(expected, TIMEX_EXPECTED_MAX, "%s", EXPECTED[kind]);
			return TIMEX_SYNTAX;
		}
	}
	while ((k = space_at(s + i, n - i)) != 0)
		i += k;
	if (i != n) {
		*at = i;
		snprintf(expected, TIMEX_EXPECTED_MAX, "the end of the time");
		return TIMEX_SYNTAX;
	}
	if (year < TIMEX_MIN_YEAR || year > TIMEX_MAX_YEAR)
		return TIMEX_YEAR;
	if (f->nops == 1 && f->ops[0].kind == OP_EPOCH)
		return TIMEX_OK;
	if (month < 1 || month > 12)
		return TIMEX_MONTH;
	if (day < 1 || day > timex_days_in_month(year, month))
		return TIMEX_DAY;
	if (pm >= 0)
		hour = hour % 12 + (pm ? 12 : 0);
	if (hour > 23)
		return TIMEX_HOUR;
	if (minute > 59)
		return TIMEX_MINUTE;
	if (second > 59)
		return TIMEX_SECOND;
	*out = timex_days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 +
	       second - off;
	return f->has_offset ? TIMEX_OK : TIMEX_NO_OFFSET;
}
