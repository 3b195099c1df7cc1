#include "text.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "xalloc.h"

const char *text_get(const struct text *t, lang_id lang)
{
	if (!t)
		return "";
	if (lang < LANG_MAX && t->v[lang] && *t->v[lang])
		return t->v[lang];
	return t->v[LANG_EN] ? t->v[LANG_EN] : "";
}

bool utf8_valid(const char *s, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < n) {
		/* Eight ASCII bytes, none of them NUL, at a time. */
		while (n - i >= 8) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if (((w - 0x0101010101010101ULL) | w) & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i == n)
			break;
		if (p[i] == 0)
			goto fail;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0)
			goto fail;
		i += (size_t)k;
	}
	return true;
fail:
	if (bad)
		*bad = i;
	return false;
}

size_t utf8_len(const char *s)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p & 0xC0) != 0x80)
			n++;
	return n;
}

/* Decode one code point; invalid bytes count as one column each. */
static utf8proc_int32_t next_cp(const char **s)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)*s, -1, &cp);
	if (k <= 0) {
		(*s)++;
		return '?';
	}
	*s += k;
	return cp;
}

/* Combining marks (Arabic harakat, the shadda) sit on the letter before
 * them and format characters (ZWNJ, ZWJ, the direction marks and isolates)
 * are not drawn: neither takes a column, whatever utf8proc version is
 * linked. The soft hyphen is the one format character terminals draw. */
static int cp_width(utf8proc_int32_t cp)
{
	utf8proc_category_t cat = utf8proc_category(cp);
	if ((cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_ME ||
	     cat == UTF8PROC_CATEGORY_CF) && cp != 0x00AD)
		return 0;
	int w = utf8proc_charwidth(cp);
	return w < 0 ? 0 : w;
}

size_t utf8_width(const char *s)
{
	size_t w = 0;
	while (*s)
		w += (size_t)cp_width(next_cp(&s));
	return w;
}

size_t utf8_prefix_for_width(const char *s, size_t cols)
{
	const char *start = s;
	size_t w = 0;
	while (*s) {
		const char *p = s;
		int cw = cp_width(next_cp(&p));
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		s = p;
	}
	return (size_t)(s - start);
}

bool utf8_caseless(const char *s)
{
	while (*s)
		if (utf8proc_category(next_cp(&s)) == UTF8PROC_CATEGORY_LO)
			return true;
	return false;
}

static size_t decode_all(const char *s, utf8proc_int32_t **out)
{
	size_t n = utf8_len(s), i = 0;
	*out = xmalloc((n + 1) * sizeof **out);
	while (*s && i < n)
		(*out)[i++] = next_cp(&s);
	return i;
}

size_t text_distance(const char *a, const char *b, size_t limit)
{
	utf8proc_int32_t *x, *y;
	size_t n = decode_all(a, &x), m = decode_all(b, &y);
	size_t result;
	if ((n > m ? n - m : m - n) > limit) {
		result = limit + 1;
		goto done;
	}
	/* Optimal string alignment: a swap of two neighbours is one edit, so
	 * "hlep" is one step from "help". Three rows: before, previous, current. */
	size_t *pp = xmalloc((m + 1) * sizeof *pp);
	size_t *prev = xmalloc((m + 1) * sizeof *prev);
	size_t *cur = xmalloc((m + 1) * sizeof *cur);
	for (size_t j = 0; j <= m; j++)
		prev[j] = j;
	result = 0;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = i;
		size_t row_min = cur[0];
		for (size_t j = 1; j <= m; j++) {
			size_t sub = prev[j - 1] + (x[i - 1] != y[j - 1]);
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
			size_t v = sub < del ? sub : del;
			v = v < ins ? v : ins;
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			cur[j] = v;
			if (cur[j] < row_min)
				row_min = cur[j];
		}
		size_t *t = pp;
		pp = prev;
		prev = cur;
		cur = t;
		if (row_min > limit) {
			result = limit + 1;
			break;
		}
	}
	if (!result)
		result = prev[m] > limit ? limit + 1 : prev[m];
	free(pp);
	free(prev);
	free(cur);
done:
	free(x);
	free(y);
	return result;
}

const char *text_closest(const char *word, const char *const *cands, size_t n)
{
	size_t len = utf8_len(word);
	/* A third of the word, at least 1 and at most 3 edits: "sponser" finds
	 * "sponsor", "x" does not find "q". */
	size_t limit = len / 3;
	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	const char *best = NULL;
	size_t best_d = limit + 1;
	for (size_t i = 0; i < n && cands[i]; i++) {
		if (!strcasecmp(cands[i], word))
			return cands[i];
		size_t d = text_distance(word, cands[i], limit);
		if (d < best_d) {
			best_d = d;
			best = cands[i];
		}
	}
	/* A candidate that starts with the word ("lead" -> "leadership"). */
	if (!best && len >= 3)
		for (size_t i = 0; i < n && cands[i]; i++)
			if (!strncmp(cands[i], word, strlen(word)))
				return cands[i];
	return best;
}

size_t text_bidi_control(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	if (p[0] != 0xE2)
		return 0;
	/* U+202A..U+202E: LRE RLE PDF LRO RLO; U+2066..U+2069: LRI RLI FSI PDI */
	if ((p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE) ||
	    (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9))
		return 3;
	return 0;
}

char *text_without_bidi(const char *s)
{
	const char *p = s;
	while (*p && !text_bidi_control(p))
		p++;
	if (!*p)
		return NULL;
	struct sbuf b;
	sbuf_init(&b);
	sbuf_add(&b, s, (size_t)(p - s));
	while (*p) {
		size_t n = text_bidi_control(p);
		if (n)
			p += n;
		else
			sbuf_addc(&b, *p++);
	}
	return sbuf_detach(&b);
}

static char *sanitize(const char *s, bool keep_newlines)
{
	struct sbuf b;
	sbuf_init(&b);
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		if (*p == 0x1B) {
			/* ESC: skip a CSI/OSC sequence or a two-byte escape. */
			p++;
			if (*p == '[') {
				p++;
				while (*p && !(*p >= 0x40 && *p <= 0x7E))
					p++;
				if (*p)
					p++;
			} else if (*p == ']') {
				p++;
				while (*p && *p != 0x07 && !(p[0] == 0x1B && p[1] == '\\'))
					p++;
				if (*p == 0x07)
					p++;
				else if (*p)
					p += 2;
			} else if (*p) {
				p++;
			}
			continue;
		}
		if (*p == '\t') {
			/* a tab would shift the columns of a table: one space */
			sbuf_addc(&b, ' ');
			p++;
			continue;
		}
		if ((*p < 0x20 && !(keep_newlines && *p == '\n')) || *p == 0x7F) {
			p++;
			continue;
		}
		if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			p += 2; /* C1 control */
			continue;
		}
		if (text_bidi_control((const char *)p)) {
			p += 3;
			continue;
		}
		sbuf_addc(&b, (char)*p++);
	}
	return sbuf_detach(&b);
}

char *text_sanitize(const char *s)
{
	return sanitize(s, false);
}

char *text_sanitize_lines(const char *s)
{
	return sanitize(s, true);
}

bool text_is_id(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
			return false;
	return true;
}

/* strtod and strtol take leading spaces, hex, "inf", "nan" and (strtol)
 * clamp on overflow: user numbers are plain decimals, checked here. */
static bool plain_decimal(const char *s, bool integer)
{
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	size_t digits = 0;
	while (*p >= '0' && *p <= '9')
		p++, digits++;
	if (!integer && *p == '.') {
		p++;
		while (*p >= '0' && *p <= '9')
			p++, digits++;
	}
	if (!digits)
		return false;
	if (!integer && (*p == 'e' || *p == 'E')) {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return false;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return !*p;
}

/* Values one decimal cannot show: non-finite, or 1e15 and more. */
static bool number_huge(double v, char out[TEXT_NUMBER_LEN])
{
	if (isfinite(v) && fabs(v) < 1e15)
		return false;
	snprintf(out, TEXT_NUMBER_LEN, "%.4g", v);
	return true;
}

const char *text_number(double v, char out[TEXT_NUMBER_LEN])
{
	if (number_huge(v, out))
		return out;
	if (v == floor(v))
		snprintf(out, TEXT_NUMBER_LEN, "%.0f", v);
	else if (fabs(v) < 1)
		snprintf(out, TEXT_NUMBER_LEN, "%.3g", v);
	else
		snprintf(out, TEXT_NUMBER_LEN, "%.1f", v);
	return out;
}

const char *text_number_small(double v, char out[TEXT_NUMBER_LEN])
{
	if (number_huge(v, out))
		return out;
	if (fabs(v) < 10 && v != round(v))
		snprintf(out, TEXT_NUMBER_LEN, "%.3g", v);
	else
		snprintf(out, TEXT_NUMBER_LEN, "%.1f", v);
	return out;
}

const char *text_number_beside(double v, double ref, char out[TEXT_NUMBER_LEN])
{
	char r[TEXT_NUMBER_LEN];
	text_number_small(v, out);
	if (v == ref || !isfinite(v) || !isfinite(ref) || strcmp(out, text_number_small(ref, r)))
		return out;
	/* The format text_number_small chose for v, with more digits. */
	bool sig = !(fabs(v) < 1e15) || (fabs(v) < 10 && v != round(v));
	for (int p = sig ? 4 : 2; p <= 17; p++) {
		snprintf(out, TEXT_NUMBER_LEN, sig ? "%.*g" : "%.*f", p, v);
		snprintf(r, TEXT_NUMBER_LEN, sig ? "%.*g" : "%.*f", p, ref);
		if (strcmp(out, r))
			break;
	}
	return out;
}

int text_decimals_apart(double v, double ref, int min)
{
	if (v == ref || !isfinite(v) || !isfinite(ref) || fabs(v) > TEXT_MAX_NUMBER ||
	    fabs(ref) > TEXT_MAX_NUMBER)
		return min;
	char a[400], b[400];   /* "%.15f" of 1e300: 316 bytes */
	int d = min;
	for (; d < 15; d++) {
		snprintf(a, sizeof a, "%.*f", d, v);
		snprintf(b, sizeof b, "%.*f", d, ref);
		if (strcmp(a, b))
			break;
	}
	return d;
}

char *text_fold_digits(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		if (p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9) {          /* U+06F0..9 */
			*o++ = (char)('0' + p[1] - 0xB0);
			p += 2;
		} else if (p[0] == 0xD9 && p[1] >= 0xA0 && p[1] <= 0xAC) {   /* U+0660..U+066C */
			if (p[1] <= 0xA9)
				*o++ = (char)('0' + p[1] - 0xA0);
			else if (p[1] == 0xAA)
				*o++ = '%';
			else if (p[1] == 0xAB)
				*o++ = '.';
			p += 2;                                               /* U+066C: dropped */
		} else {
			*o++ = (char)*p++;
		}
	}
	*o = '\0';
	return out;
}

static bool parse_number_ascii(const char *s, double *out)
{
	if (!plain_decimal(s, false))
		return false;
	errno = 0;
	double x = strtod(s, NULL);
	if (errno == ERANGE && fabs(x) > 1.0)
		return false;     /* 1e999 */
	if (!isfinite(x) || fabs(x) > TEXT_MAX_NUMBER)
		return false;
	*out = x == 0.0 ? 0.0 : x;   /* -0 reads as 0; 1e-999 underflows to 0 */
	return true;
}

bool text_parse_number(const char *s, double *out)
{
	if (!s)
		return false;
	char *a = text_fold_digits(s);
	bool ok = parse_number_ascii(a, out);
	free(a);
	return ok;
}

static bool parse_long_ascii(const char *s, long min, long max, long *out)
{
	if (!plain_decimal(s, true))
		return false;
	errno = 0;
	long x = strtol(s, NULL, 10);
	if (errno == ERANGE || x < min || x > max)
		return false;
	*out = x;
	return true;
}

bool text_parse_long(const char *s, long min, long max, long *out)
{
	if (!s)
		return false;
	char *a = text_fold_digits(s);
	bool ok = parse_long_ascii(a, min, max, out);
	free(a);
	return ok;
}

/* ---- keys texts are matched on (text_match_key) ---- */

static bool key_space_cp(int32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	       utf8proc_category(c) == UTF8PROC_CATEGORY_ZS;
}

/* Punctuation a form adds or drops at the end of a question or label. */
static bool key_trailing_punct(int32_t c)
{
	return c == '?' || c == '.' || c == ':' || c == '!' || c == '*' || c == ';' || c == ',' ||
	       c == 0x061F /* ؟ */ || c == 0x060C /* ، */ || c == 0x061B /* ؛ */ ||
	       c == 0x06D4 /* ۔ */ || key_space_cp(c);
}

static int32_t key_unify(int32_t c)
{
	switch (c) {
	case 0x064A:            /* Arabic yeh */
	case 0x0649:            /* alef maksura */
		return 0x06CC;  /* Persian yeh */
	case 0x0643:            /* Arabic kaf */
		return 0x06A9;  /* Persian keheh */
	default:
		if (c >= 0x06F0 && c <= 0x06F9)
			return '0' + (c - 0x06F0);
		if (c >= 0x0660 && c <= 0x0669)
			return '0' + (c - 0x0660);
		return c;
	}
}

/* Marks that Persian and Arabic text carries or leaves out at will. */
static bool key_dropped(int32_t c)
{
	return c == 0x0640 /* tatweel */ || (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
	       c == 0x200C || c == 0x200D || c == 0xFEFF;
}

char *text_match_key(const char *s)
{
	utf8proc_uint8_t *folded = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, 0, &folded,
					    UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
					    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
	if (len < 0) {
		free(folded);
		return xstrdup(s);
	}
	struct sbuf out;
	sbuf_init(&out);
	bool gap = false;
	size_t keep = 0;          /* out.len without the trailing punctuation */
	for (utf8proc_ssize_t i = 0; i < len;) {
		int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(folded + i, len - i, &c);
		if (k <= 0)
			break;
		i += k;
		if (key_dropped(c))
			continue;
		if (key_space_cp(c)) {
			gap = out.len > 0;
			continue;
		}
		c = key_unify(c);
		if (gap)
			sbuf_addc(&out, ' ');
		gap = false;
		utf8proc_uint8_t buf[4];
		utf8proc_ssize_t n = utf8proc_encode_char(c, buf);
		sbuf_add(&out, (const char *)buf, (size_t)n);
		if (!key_trailing_punct(c))
			keep = out.len;
	}
	free(folded);
	char *key = sbuf_detach(&out);
	if (!key)
		return xstrdup("");
	key[keep] = '\0';
	return key;
}
