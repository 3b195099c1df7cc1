/* IANA time zones from the system's tz database (RFC 8536 TZif files and
 * the POSIX TZ rule in their footer), read into a plain table: the offset
 * at any instant is a binary search or a rule computed for that year, with
 * no TZ variable, tzset or localtime (their state is global to the
 * process, and the log import runs on two threads). */
#include "timex.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "xalloc.h"

enum { MAX_FILE = 1 << 20 };

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int64_t be64(const unsigned char *p)
{
	return (int64_t)((uint64_t)be32(p) << 32 | be32(p + 4));
}

/* [+-]hh[:mm[:ss]] at *p (hours up to 167): seconds. */
static bool hms(const char **p, int32_t *out)
{
	const char *s = *p;
	int sign = 1;
	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	int32_t v = 0, part = 0;
	int digits = 0;
	while ((unsigned)(*s - '0') <= 9 && digits < 3)
		part = part * 10 + (*s++ - '0'), digits++;
	if (!digits || part > 167)
		return false;
	v = part * 3600;
	for (int mul = 60; mul >= 1 && *s == ':'; mul /= 60) {
		s++;
		if ((unsigned)(s[0] - '0') > 9 || (unsigned)(s[1] - '0') > 9)
			return false;
		part = (s[0] - '0') * 10 + (s[1] - '0');
		if (part > 59)
			return false;
		v += part * mul;
		s += 2;
	}
	*out = sign * v;
	*p = s;
	return true;
}

/* A zone abbreviation: <...> or three or more letters. */
static bool abbreviation(const char **p)
{
	const char *s = *p;
	if (*s == '<') {
		while (*s && *s != '>')
			s++;
		if (*s != '>')
			return false;
		*p = s + 1;
		return true;
	}
	while ((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z'))
		s++;
	if (s - *p < 3)
		return false;
	*p = s;
	return true;
}

static bool rule_date(const char **p, struct timex_zone_date *d)
{
	const char *s = *p;
	memset(d, 0, sizeof *d);
	d->time = 2 * 3600;
	int v = 0, digits = 0;
	if (*s == 'M') {
		d->kind = 'M';
		int *fields[3] = { &d->month, &d->week, &d->wday };
		s++;
		for (int f = 0; f < 3; f++) {
			if (f && *s++ != '.')
				return false;
			v = digits = 0;
			while ((unsigned)(*s - '0') <= 9 && digits < 2)
				v = v * 10 + (*s++ - '0'), digits++;
			if (!digits)
				return false;
			*fields[f] = v;
		}
		if (d->month < 1 || d->month > 12 || d->week < 1 || d->week > 5 || d->wday > 6)
			return false;
	} else {
		d->kind = *s == 'J' ? 'J' : 'D';
		s += *s == 'J';
		while ((unsigned)(*s - '0') <= 9 && digits < 3)
			v = v * 10 + (*s++ - '0'), digits++;
		if (!digits || v > 365 || (d->kind == 'J' && v < 1))
			return false;
		d->day = v;
	}
	if (*s == '/' && (s++, !hms(&s, &d->time)))
		return false;
	*p = s;
	return true;
}

/* "std offset [dst [offset] [,start[/time],end[/time]]]" (POSIX, with the
 * extensions of RFC 8536: <+0330> names, hours up to 167). */
static bool parse_rule(const char *s, struct timex_zone_rule *r)
{
	memset(r, 0, sizeof *r);
	int32_t posix;
	if (!abbreviation(&s) || !hms(&s, &posix))
		return false;
	r->std_off = -posix;
	if (!*s)
		return true;
	if (!abbreviation(&s))
		return false;
	r->has_dst = true;
	r->dst_off = r->std_off + 3600;
	if (*s && *s != ',') {
		if (!hms(&s, &posix))
			return false;
		r->dst_off = -posix;
	}
	if (!*s) {
		/* No rule given: POSIX's default, the US rule. */
		r->start = (struct timex_zone_date){ 'M', 3, 2, 0, 0, 7200 };
		r->end = (struct timex_zone_date){ 'M', 11, 1, 0, 0, 7200 };
		return true;
	}
	if (*s++ != ',' || !rule_date(&s, &r->start) || *s++ != ',' || !rule_date(&s, &r->end))
		return false;
	return !*s;
}

/* The day number of a rule's date in year y. */
static int64_t rule_day(const struct timex_zone_date *d, int y)
{
	int64_t jan1 = timex_days_from_civil(y, 1, 1);
	if (d->kind == 'J')
		return jan1 + d->day - 1 + (timex_is_leap(y) && d->day >= 60);
	if (d->kind == 'D')
		return jan1 + d->day;
	int64_t first = timex_days_from_civil(y, d->month, 1);
	int64_t wd = (first + 4) % 7;   /* 1970-01-01 was a Thursday; 0 = Sunday */
	if (wd < 0)
		wd += 7;
	int64_t day = first + (d->wday - wd + 7) % 7 + (int64_t)(d->week - 1) * 7;
	while (day - first >= timex_days_in_month(y, d->month))
		day -= 7;
	return day;
}

/* The offset of the rule at utc, with the span between its changes. */
static int32_t rule_offset(const struct timex_zone_rule *r, int64_t utc, int64_t *lo,
			   int64_t *hi)
{
	*lo = INT64_MIN;
	*hi = INT64_MAX;
	if (!r->has_dst)
		return r->std_off;
	int y, m, d;
	timex_civil_from_days(timex_day_of(utc), &y, &m, &d);
	/* The changes of three years, in order: DST starts at its local time
	 * in standard time, ends at its local time in DST. */
	int64_t at[6];
	bool dst_after[6];
	int n = 0;
	for (int yy = y - 1; yy <= y + 1; yy++) {
		at[n] = rule_day(&r->start, yy) * 86400 + r->start.time - r->std_off;
		dst_after[n++] = true;
		at[n] = rule_day(&r->end, yy) * 86400 + r->end.time - r->dst_off;
		dst_after[n++] = false;
	}
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && at[j] < at[j - 1]; j--) {
			int64_t t = at[j];
			at[j] = at[j - 1];
			at[j - 1] = t;
			bool b = dst_after[j];
			dst_after[j] = dst_after[j - 1];
			dst_after[j - 1] = b;
		}
	int k = -1;
	while (k + 1 < n && at[k + 1] <= utc)
		k++;
	/* Before the first change of the previous year: the state before it. */
	bool dst = k >= 0 ? dst_after[k] : !dst_after[0];
	if (k >= 0)
		*lo = at[k];
	if (k + 1 < n)
		*hi = at[k + 1];
	return dst ? r->dst_off : r->std_off;
}

int32_t timex_zone_offset(const struct timex_zone *z, int64_t utc, int64_t *lo, int64_t *hi)
{
	int64_t l = INT64_MIN, h = INT64_MAX;
	int32_t off;
	if (!z->ntrans) {
		off = z->has_rule ? rule_offset(&z->rule, utc, &l, &h) : z->ntypes ? z->utoff[0] : 0;
	} else if (utc < z->when[0]) {
		off = z->utoff[0];
		h = z->when[0];
	} else if (utc >= z->when[z->ntrans - 1]) {
		l = z->when[z->ntrans - 1];
		if (z->has_rule) {
			int64_t rl, rh;
			off = rule_offset(&z->rule, utc, &rl, &rh);
			if (rl > l)
				l = rl;
			h = rh;
		} else {
			off = z->utoff[z->type[z->ntrans - 1]];
		}
	} else {
		size_t a = 0, b = z->ntrans - 1;   /* when[a] <= utc < when[b] */
		while (b - a > 1) {
			size_t mid = a + (b - a) / 2;
			if (z->when[mid] <= utc)
				a = mid;
			else
				b = mid;
		}
		off = z->utoff[z->type[a]];
		l = z->when[a];
		h = z->when[b];
	}
	if (lo)
		*lo = l;
	if (hi)
		*hi = h;
	return off;
}

/* Offsets of one zone differ by at most a day (Samoa skipped one): away
 * from a change by more than that, a wall time has one reading. */
enum { MARGIN = 2 * 86400 };

int64_t timex_zone_to_utc(const struct timex_zone *z, int64_t local,
			  struct timex_zone_cache *cache)
{
	if (cache && cache->set) {
		int64_t t = local - cache->off;
		if ((cache->lo == INT64_MIN || t - MARGIN >= cache->lo) &&
		    (cache->hi == INT64_MAX || t + MARGIN < cache->hi))
			return t;
	}
	int32_t before = timex_zone_offset(z, local - 86400, NULL, NULL);
	int32_t after = timex_zone_offset(z, local + 86400, NULL, NULL);
	int64_t t;
	if (before == after) {
		t = local - before;
	} else {
		int64_t ta = local - before, tb = local - after;
		bool va = timex_zone_offset(z, ta, NULL, NULL) == before;
		bool vb = timex_zone_offset(z, tb, NULL, NULL) == after;
		if (va && vb)
			t = ta < tb ? ta : tb;    /* happens twice: the first */
		else if (vb)
			t = tb;
		else
			t = ta;                   /* never happens, or only before */
	}
	if (cache) {
		cache->off = timex_zone_offset(z, t, &cache->lo, &cache->hi);
		cache->set = local - cache->off == t;
	}
	return t;
}

static bool name_ok(const char *name)
{
	size_t n = strlen(name);
	if (!n || n >= 64 || name[0] == '/' || strstr(name, ".."))
		return false;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		      (*p >= '0' && *p <= '9') || *p == '/' || *p == '_' || *p == '-' || *p == '+'))
			return false;
	return true;
}

/* The TZif data block starting at p (end at e): times of width w bytes. */
static bool read_block(struct timex_zone *z, const unsigned char *p, const unsigned char *e,
		       int w, const unsigned char **next)
{
	if (e - p < 44 || memcmp(p, "TZif", 4))
		return false;
	uint32_t isut = be32(p + 20), isstd = be32(p + 24), leap = be32(p + 28),
		 timecnt = be32(p + 32), typecnt = be32(p + 36), charcnt = be32(p + 40);
	if (typecnt == 0 || typecnt > 256 || timecnt > 100000 || charcnt > 100000 ||
	    leap > 100000 || isut > 256 || isstd > 256)
		return false;
	p += 44;
	size_t need = (size_t)timecnt * (size_t)w + timecnt + (size_t)typecnt * 6 + charcnt +
		      (size_t)leap * (size_t)(w + 4) + isstd + isut;
	if ((size_t)(e - p) < need)
		return false;
	free(z->when);
	free(z->type);
	free(z->utoff);
	z->when = xmalloc((timecnt ? timecnt : 1) * sizeof *z->when);
	z->type = xmalloc(timecnt ? timecnt : 1);
	z->utoff = xmalloc(typecnt * sizeof *z->utoff);
	z->ntrans = timecnt;
	z->ntypes = typecnt;
	for (uint32_t i = 0; i < timecnt; i++)
		z->when[i] = w == 8 ? be64(p + 8 * i) : (int32_t)be32(p + 4 * i);
	p += (size_t)timecnt * (size_t)w;
	for (uint32_t i = 0; i < timecnt; i++) {
		if (p[i] >= typecnt)
			return false;
		z->type[i] = p[i];
	}
	p += timecnt;
	for (uint32_t i = 0; i < typecnt; i++)
		z->utoff[i] = (int32_t)be32(p + 6 * i);
	p += (size_t)typecnt * 6 + charcnt + (size_t)leap * (size_t)(w + 4) + isstd + isut;
	for (uint32_t i = 1; i < timecnt; i++)
		if (z->when[i] <= z->when[i - 1])
			return false;
	*next = p;
	return true;
}

static bool parse_tzif(struct timex_zone *z, const unsigned char *buf, size_t len)
{
	const unsigned char *e = buf + len, *next;
	if (!read_block(z, buf, e, 4, &next))
		return false;
	if (buf[4] < '2')
		return true;
	if (!read_block(z, next, e, 8, &next))
		return false;
	/* The footer: "\nRULE\n" (empty when the table is the whole story). */
	if (next < e && *next == '\n') {
		const unsigned char *nl = memchr(next + 1, '\n', (size_t)(e - next - 1));
		if (nl && nl > next + 1) {
			char rule[128];
			size_t n = (size_t)(nl - next - 1);
			if (n >= sizeof rule)
				return false;
			memcpy(rule, next + 1, n);
			rule[n] = '\0';
			if (!parse_rule(rule, &z->rule))
				return false;
			z->has_rule = true;
		}
	}
	return true;
}

/* The zone in name's directory of dir closest to name's last part, as
 * "Area/Name" in out (empty when none is close). */
static void closest_zone(const char *dir, const char *name, char *out, size_t n)
{
	out[0] = '\0';
	const char *slash = strrchr(name, '/');
	char path[4096];
	snprintf(path, sizeof path, "%s/%.*s", dir, slash ? (int)(slash - name) : 0, name);
	DIR *dh = opendir(path);
	if (!dh)
		return;
	char **names = NULL;
	size_t count = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(dh)) && count < 2000)
		if (e->d_name[0] != '.') {
			XGROW(names, cap, count + 1);
			names[count++] = xstrdup(e->d_name);
		}
	closedir(dh);
	const char *best = text_closest(slash ? slash + 1 : name, (const char *const *)names, count);
	if (best)
		snprintf(out, n, "%.*s%s", slash ? (int)(slash - name + 1) : 0, name, best);
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

/* name as the tz database spells it, matched a component at a time without
 * case (utc, america/new_york) where exactly one entry matches; false when
 * none or several do. */
static bool name_nocase(const char *dir, const char *name, char *out, size_t n)
{
	size_t len = 0;
	out[0] = '\0';
	for (const char *p = name; *p;) {
		const char *slash = strchr(p, '/');
		size_t plen = slash ? (size_t)(slash - p) : strlen(p);
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, out);
		DIR *dh = opendir(path);
		if (!dh)
			return false;
		int found = 0;
		struct dirent *e;
		char hit[256] = "";
		while ((e = readdir(dh)))
			if (strlen(e->d_name) == plen && !strncasecmp(e->d_name, p, plen)) {
				snprintf(hit, sizeof hit, "%s", e->d_name);
				found++;
			}
		closedir(dh);
		if (found != 1 || len + plen + 2 > n)
			return false;
		len += (size_t)snprintf(out + len, n - len, "%s%s", len ? "/" : "", hit);
		p += plen + (slash != NULL);
	}
	return len > 0;
}

bool timex_zone_load(struct timex_zone *z, const char *name, char *why, size_t nwhy)
{
	memset(z, 0, sizeof *z);
	snprintf(z->name, sizeof z->name, "%s", name);
	/* A fixed offset, or UTC itself. */
	if (!strcasecmp(name, "UTC") || !strcasecmp(name, "Z")) {
		snprintf(z->name, sizeof z->name, "%s", "UTC");
		z->has_rule = true;
		return true;
	}
	if (name[0] == '+' || name[0] == '-') {
		const char *p = name;
		int32_t off;
		if (!hms(&p, &off) || *p || off > 18 * 3600 || off < -18 * 3600) {
			snprintf(why, nwhy, "'%s' is not an offset such as +03:30 or -05:00", name);
			return false;
		}
		z->has_rule = true;
		z->rule.std_off = off;
		return true;
	}
	const char *dir = getenv("TZDIR");
	if (!dir || !*dir)
		dir = "/usr/share/zoneinfo";
	if (!name_ok(name)) {
		snprintf(why, nwhy, "'%s' is not a time zone name (IANA names such as "
			 "Europe/Berlin, America/New_York or Asia/Tehran)", name);
		return false;
	}
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "rb");
	char exact[64];
	if (!f && errno == ENOENT) {
		if (name_nocase(dir, name, exact, sizeof exact) && name_ok(exact)) {
			snprintf(z->name, sizeof z->name, "%s", exact);
			snprintf(path, sizeof path, "%s/%s", dir, exact);
			f = fopen(path, "rb");
		}
		if (!f) {
			snprintf(path, sizeof path, "%s/%s", dir, name);
			errno = ENOENT;
		}
	}
	if (!f) {
		if (errno == ENOENT || errno == ENOTDIR || errno == EISDIR) {
			char close[128];
			closest_zone(dir, name, close, sizeof close);
			if (*close)
				snprintf(why, nwhy, "no time zone '%s' in %s; did you mean '%s'?", name,
					 dir, close);
			else
				snprintf(why, nwhy, "no time zone '%s' in %s (IANA names such as "
					 "Europe/Berlin, America/New_York or Asia/Tehran)", name, dir);
		}
		else
			snprintf(why, nwhy, "%s: cannot open: %s", path, strerror(errno));
		return false;
	}
	unsigned char *buf = xmalloc(MAX_FILE);
	size_t len = fread(buf, 1, MAX_FILE, f);
	fclose(f);
	bool ok = parse_tzif(z, buf, len);
	free(buf);
	if (!ok) {
		snprintf(why, nwhy, "%s is not a time zone file (TZif) crmready can read", path);
		timex_zone_release(z);
	}
	return ok;
}

void timex_zone_release(struct timex_zone *z)
{
	free(z->when);
	free(z->type);
	free(z->utoff);
	memset(z, 0, sizeof *z);
}
