/* Data quality: keys and validators of single values. Fast paths for plain
 * ASCII, utf8proc for everything else. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "../core/timex.h"
#include "dq.h"

int32_t dq_fold_char(int32_t cp)
{
	switch (cp) {
	case 0x0643: return 0x06A9;                 /* Arabic kaf -> keheh */
	case 0x064A: case 0x0649: return 0x06CC;    /* yeh, alef maqsura -> Farsi yeh */
	case 0x0622: case 0x0623: case 0x0625: return 0x0627; /* alef forms */
	case 0x0640: case 0x0670: case 0x200C: case 0x200D: return 0;
	}
	if (cp >= 0x064B && cp <= 0x065F)
		return 0;                           /* harakat */
	if (cp >= 0x0660 && cp <= 0x0669)
		return '0' + (cp - 0x0660);
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return '0' + (cp - 0x06F0);
	return cp;
}

static bool all_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return false;
	return true;
}

static void add_cp(struct sbuf *out, int32_t cp)
{
	utf8proc_uint8_t buf[4];
	utf8proc_ssize_t k = utf8proc_encode_char(cp, buf);
	sbuf_add(out, (const char *)buf, (size_t)k);
}

/* NFKC + case fold into a malloc'd string, or NULL (invalid UTF-8). */
static utf8proc_uint8_t *nfkc_casefold(const char *s, size_t n, utf8proc_ssize_t *len)
{
	utf8proc_uint8_t *dst = NULL;
	*len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
			    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
			    UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
	if (*len < 0) {
		free(dst);
		return NULL;
	}
	return dst;
}

/* The code points of a value after NFKC with case folding (the value as
 * it is when it cannot be normalised) and dq_fold_char, in order: the
 * removed ones skipped, a byte that is not UTF-8 as -1. */
struct folded {
	utf8proc_uint8_t *m;      /* the normalised copy, freed by the caller */
	const utf8proc_uint8_t *p;
	utf8proc_ssize_t len, i;
};

static void folded_init(struct folded *f, const char *s, size_t n)
{
	utf8proc_ssize_t len;
	f->m = nfkc_casefold(s, n, &len);
	f->p = f->m ? f->m : (const utf8proc_uint8_t *)s;
	f->len = f->m ? len : (utf8proc_ssize_t)n;
	f->i = 0;
}

/* The next code point into *cp; false at the end. */
static inline bool folded_next(struct folded *f, int32_t *cp)
{
	while (f->i < f->len) {
		utf8proc_int32_t c;
		utf8proc_ssize_t k = utf8proc_iterate(f->p + f->i, f->len - f->i, &c);
		if (k <= 0) {
			f->i++;
			*cp = -1;
			return true;
		}
		f->i += k;
		if ((c = dq_fold_char(c)) != 0) {
			*cp = c;
			return true;
		}
	}
	return false;
}

/* Diacritics of Latin, Greek and Cyrillic letters: the combining marks
 * their letters decompose into (other scripts' marks are letters' parts). */
static bool diacritic(int32_t cp)
{
	return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
	       (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
	       (cp >= 0xFE20 && cp <= 0xFE2F);
}

/* A case-folded code point as its base letters, into out (up to 8): a
 * Latin, Greek or Cyrillic letter without its diacritics (é -> e, ё -> е),
 * the letters that do not decompose by their usual spelling (ı -> i,
 * ø -> o, æ -> ae, ł -> l, đ ð -> d, þ -> th, œ -> oe, ħ -> h, ŧ -> t), a
 * diacritic alone removed (0 returned); anything else as is. */
static size_t base_letters(int32_t cp, int32_t out[8])
{
	static const struct { int32_t cp; char to[3]; } special[] = {
		{ 0x0131, "i" }, { 0x00F8, "o" }, { 0x00E6, "ae" }, { 0x0142, "l" },
		{ 0x0111, "d" }, { 0x00F0, "d" }, { 0x00FE, "th" }, { 0x0153, "oe" },
		{ 0x0127, "h" }, { 0x0167, "t" },
	};
	if (diacritic(cp))
		return 0;
	for (size_t i = 0; i < sizeof special / sizeof *special; i++)
		if (special[i].cp == cp) {
			size_t k = 0;
			for (const char *c = special[i].to; *c; c++)
				out[k++] = *c;
			return k;
		}
	bool decomposes = (cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x0370 && cp <= 0x04FF) ||
			  (cp >= 0x1E00 && cp <= 0x1FFF);
	if (decomposes) {
		int boundclass = 0;
		utf8proc_int32_t buf[8];
		utf8proc_ssize_t m = utf8proc_decompose_char(cp, buf, 8, UTF8PROC_DECOMPOSE,
							     &boundclass);
		if (m > 0 && m <= 8) {
			size_t k = 0;
			for (utf8proc_ssize_t i = 0; i < m; i++)
				if (!diacritic(buf[i]))
					out[k++] = buf[i];
			if (k)
				return k;
		}
	}
	out[0] = cp;
	return 1;
}

void dq_fold(const char *s, size_t n, unsigned flags, struct sbuf *out)
{
	sbuf_reset(out);
	bool compact = flags & DQ_FOLD_COMPACT;
	bool gap = false; /* a separator is pending */
	if (all_ascii(s, n)) {
		/* At most n + 1 bytes: write in place. */
		XGROW(out->s, out->cap, n + 1);
		char *o = out->s;
		size_t len = 0;
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			if (isalnum(c)) {
				if (gap && len && !compact)
					o[len++] = ' ';
				gap = false;
				o[len++] = (char)tolower(c);
			} else {
				gap = true;
			}
		}
		o[len] = '\0';
		out->len = len;
		return;
	}
	struct folded f;
	folded_init(&f, s, n);
	int32_t cp;
	while (folded_next(&f, &cp)) {
		if (cp < 0) {
			gap = true;
			continue;
		}
		int32_t base[8];
		size_t nbase = base_letters(cp, base);
		for (size_t b = 0; b < nbase; b++) {
			cp = base[b];
			utf8proc_category_t cat = utf8proc_category(cp);
			if (cat == UTF8PROC_CATEGORY_CF)
				continue; /* invisible format characters (LRM, RLM, BOM) */
			bool keep = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO);
			if (!keep) {
				gap = true;
				continue;
			}
			if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME && out->len == 0)
				continue; /* a mark with nothing to sit on */
			if (gap && out->len && !compact)
				sbuf_addc(out, ' ');
			gap = false;
			add_cp(out, cp);
		}
	}
	free(f.m);
	sbuf_addc(out, '\0');
	out->len--;
}

void dq_norm_email(const char *s, size_t n, struct sbuf *out)
{
	sbuf_reset(out);
	if (all_ascii(s, n)) {
		XGROW(out->s, out->cap, n + 1);
		size_t len = 0;
		for (size_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)s[i];
			if (!isspace(c))
				out->s[len++] = (char)tolower(c);
		}
		out->s[len] = '\0';
		out->len = len;
		return;
	}
	struct folded f;
	folded_init(&f, s, n);
	int32_t cp;
	while (folded_next(&f, &cp)) {
		if (cp < 0)
			continue;
		utf8proc_category_t cat = utf8proc_category(cp);
		if (cat == UTF8PROC_CATEGORY_CF || (cat >= UTF8PROC_CATEGORY_ZS && cat <= UTF8PROC_CATEGORY_ZP) ||
		    (cp < 0x80 && isspace(cp)))
			continue;
		add_cp(out, cp);
	}
	free(f.m);
	sbuf_addc(out, '\0');
	out->len--;
}

bool dq_norm_phone(const char *s, size_t n, const char *country, struct sbuf *out)
{
	sbuf_reset(out);
	bool plus = false, ok = true, seen_digit = false;
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = 1;
		if ((unsigned char)s[i] < 0x80)
			cp = (unsigned char)s[i]; /* the common case, without decoding */
		else
			k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
					     (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			ok = false;
			i++;
			continue;
		}
		i += (size_t)k;
		int32_t f = dq_fold_char(cp);
		if (f == 0)
			continue; /* ZWNJ and the like */
		if (f >= '0' && f <= '9') {
			XGROW(out->s, out->cap, out->len + 2);
			out->s[out->len++] = (char)f;
			out->s[out->len] = '\0';
			seen_digit = true;
		} else if (f == '+' && !seen_digit && !plus) {
			plus = true;
		} else if (f == ' ' || f == '-' || f == '.' || f == '(' || f == ')' || f == '/' ||
			   f == '\t' || f == 0xA0 || f == 0x202F || f == 0x200E || f == 0x200F) {
			continue;
		} else {
			ok = false;
		}
	}
	sbuf_addc(out, '\0');
	out->len--;
	if (!ok || out->len == 0)
		return false;
	/* To E.164: "+98 912", "0098 912", "0912" and "912" (with country 98)
	 * are the same number. */
	char *digits = xstrndup(out->s, out->len);
	sbuf_reset(out);
	const char *cc = country ? country : "";
	if (plus)
		sbuf_adds(out, digits);
	else if (!strncmp(digits, "00", 2))
		sbuf_adds(out, digits + 2);
	else if (digits[0] == '0' && *cc) {
		sbuf_adds(out, cc);
		sbuf_adds(out, digits + 1);
	} else if (*cc && strlen(digits) <= 10) {
		sbuf_adds(out, cc);
		sbuf_adds(out, digits);
	} else {
		sbuf_adds(out, digits);
	}
	free(digits);
	return out->len >= 8 && out->len <= 15;
}

/* The length of the country calling code at the start of E.164 digits:
 * the codes are prefix-free, 1 and 7 are one digit, these two digits, and
 * every other code three (ITU-T E.164 assignments). */
static size_t calling_code_len(const char *d)
{
	static const char two[] = "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 "
				  "54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 "
				  "95 98";
	if (d[0] == '1' || d[0] == '7')
		return 1;
	if (!d[0] || !d[1])
		return 0;
	for (const char *p = two; *p; p += p[2] ? 3 : 2)
		if (p[0] == d[0] && p[1] == d[1])
			return 2;
	return d[2] ? 3 : 0;
}

void dq_phone_national(struct sbuf *b)
{
	size_t skip = 0;
	if (b->len && b->s[0] != '0')
		skip = calling_code_len(b->s);
	while (skip < b->len && b->s[skip] == '0')
		skip++; /* a trunk prefix: "+49 (0)171", or no country known */
	if (skip >= b->len)
		return;
	memmove(b->s, b->s + skip, b->len - skip + 1);
	b->len -= skip;
}

bool dq_valid_email(const char *s, size_t n)
{
	if (n < 3 || n > 254)
		return false;
	const char *at = NULL;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '@') {
			if (at)
				return false;
			at = s + i;
		}
	if (!at)
		return false;
	size_t local = (size_t)(at - s), dom = n - local - 1;
	if (local < 1 || local > 64 || dom < 3)
		return false;
	static const char special[] = "!#$%&'*+/=?^_`{|}~.-";
	for (size_t i = 0; i < local; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!(isalnum(c) || (c && strchr(special, c))))
			return false;
		if (c == '.' && (i == 0 || i == local - 1 || s[i + 1] == '.'))
			return false;
	}
	const char *d = at + 1;
	size_t labels = 0, label_len = 0, last_start = 0;
	for (size_t i = 0; i <= dom; i++) {
		if (i == dom || d[i] == '.') {
			if (label_len == 0 || d[i - 1] == '-' || d[last_start] == '-')
				return false;
			labels++;
			if (i < dom)
				last_start = i + 1;
			label_len = 0;
			continue;
		}
		unsigned char c = (unsigned char)d[i];
		if (!(isalnum(c) || c == '-'))
			return false;
		label_len++;
	}
	if (labels < 2 || dom - last_start < 2)
		return false;
	for (size_t i = last_start; i < dom; i++)
		if (!isalpha((unsigned char)d[i]))
			return false;
	return true;
}

static bool digits(const char *s, size_t n, size_t at, size_t k, long *out)
{
	if (at + k > n)
		return false;
	long v = 0;
	for (size_t i = at; i < at + k; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

bool dq_parse_date(const char *s, size_t n, long *days)
{
	int64_t day;
	if (n < 10 || timex_parse_date(s, 10, &day) != TIMEX_OK)
		return false;
	size_t i = 10;
	if (i < n) {
		long hh, mm, ss;
		if ((s[i] != 'T' && s[i] != ' ') || !digits(s, n, i + 1, 2, &hh) ||
		    i + 3 >= n || s[i + 3] != ':' || !digits(s, n, i + 4, 2, &mm) || hh > 23 || mm > 59)
			return false;
		i += 6;
		if (i < n && s[i] == ':') {
			if (!digits(s, n, i + 1, 2, &ss) || ss > 60)
				return false;
			i += 3;
			if (i < n && s[i] == '.') {
				size_t f = ++i;
				while (i < n && s[i] >= '0' && s[i] <= '9')
					i++;
				if (i == f)
					return false;
			}
		}
		if (i < n) {
			if (s[i] == 'Z' && i + 1 == n) {
				i++;
			} else if (s[i] == '+' || s[i] == '-') {
				long oh, om;
				if (!digits(s, n, i + 1, 2, &oh) || oh > 14)
					return false;
				i += 3;
				if (i < n && s[i] == ':')
					i++;
				if (i < n && (!digits(s, n, i, 2, &om) || om > 59))
					return false;
				if (i < n)
					i += 2;
			}
			if (i != n)
				return false;
		}
	}
	if (days)
		*days = (long)day;
	return true;
}

enum { DIST_MAX = 96 };

static size_t decode(const char *s, size_t n, int32_t *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < DIST_MAX;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
							 (utf8proc_ssize_t)(n - i), &cp);
		if (step <= 0) {
			cp = (unsigned char)s[i];
			step = 1;
		}
		out[k++] = cp;
		i += (size_t)step;
	}
	return k;
}

/* Bytes of the code point ending at s[n-1] (n > 0). */
static size_t last_cp_len(const char *s, size_t n)
{
	size_t k = 1;
	while (k < n && ((unsigned char)s[n - k] & 0xC0) == 0x80)
		k++;
	return k;
}

static size_t first_cp_len(const char *s, size_t n)
{
	size_t k = 1;
	while (k < n && ((unsigned char)s[k] & 0xC0) == 0x80)
		k++;
	return k;
}

/* The distance when it is at most 1 (or an adjacent swap), found without
 * decoding: strip the common prefix and suffix (on code point boundaries)
 * and look at what is left. 2 means "more than one". */
static unsigned within_one(const char *a, size_t na, const char *b, size_t nb)
{
	size_t p = 0, lim = na < nb ? na : nb;
	while (p < lim && a[p] == b[p])
		p++;
	while (p > 0 && p < lim &&
	       (((unsigned char)a[p] & 0xC0) == 0x80 || ((unsigned char)b[p] & 0xC0) == 0x80))
		p--; /* back to the start of the differing code point */
	size_t s = 0;
	while (s < lim - p && a[na - 1 - s] == b[nb - 1 - s])
		s++;
	while (s > 0 && ((unsigned char)a[na - s] & 0xC0) == 0x80)
		s--;
	size_t ra = na - p - s, rb = nb - p - s;
	const char *xa = a + p, *xb = b + p;
	if (ra == 0 && rb == 0)
		return 0;
	size_t ca = ra ? first_cp_len(xa, ra) : 0, cb = rb ? first_cp_len(xb, rb) : 0;
	bool one_a = ra == ca, one_b = rb == cb; /* a single code point left */
	if ((ra == 0 && one_b) || (rb == 0 && one_a) || (one_a && one_b))
		return 1;
	/* an adjacent swap: xa = XY, xb = YX */
	if (ra == rb && ra > ca && ra - ca == last_cp_len(xa, ra) && ca == rb - cb &&
	    !memcmp(xa, xb + cb, ca) && !memcmp(xa + ca, xb, cb))
		return 1;
	return 2;
}

unsigned dq_distance(const char *a, size_t na, const char *b, size_t nb, unsigned limit)
{
	if (na == nb && !memcmp(a, b, na))
		return 0;
	if (limit <= 1) {
		unsigned d = within_one(a, na, b, nb);
		return d > limit ? limit + 1 : d;
	}
	int32_t x[DIST_MAX], y[DIST_MAX];
	size_t n = decode(a, na, x), m = decode(b, nb, y);
	if ((n > m ? n - m : m - n) > limit)
		return limit + 1;
	/* Optimal string alignment, three rows, early exit once every cell of
	 * a row is over the limit. */
	unsigned rows[3][DIST_MAX + 1];
	unsigned *pp = rows[0], *prev = rows[1], *cur = rows[2];
	for (size_t j = 0; j <= m; j++)
		prev[j] = (unsigned)j;
	for (size_t i = 1; i <= n; i++) {
		cur[0] = (unsigned)i;
		unsigned row_min = cur[0];
		for (size_t j = 1; j <= m; j++) {
			unsigned v = prev[j - 1] + (x[i - 1] != y[j - 1]);
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1] &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			cur[j] = v;
			if (v < row_min)
				row_min = v;
		}
		if (row_min > limit)
			return limit + 1;
		unsigned *t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[m] > limit ? limit + 1 : prev[m];
}
