/* printf with the language's digits: each conversion is formatted on its
 * own by snprintf, and those that write numbers have their ASCII digits and
 * decimal point replaced by the numbering system's (from ICU). */
#include "i18n.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/unum.h>
#include <unicode/unumsys.h>
#include <unicode/ustring.h>

#include "xalloc.h"

/* The digits, decimal separator and percent sign of the language in use,
 * UTF-8; empty when its digits are Latin. Filled by i18n_format_prepare,
 * which i18n_use calls once before any thread starts. */
static char digit_utf8[10][8];
static char decimal_utf8[16];
static char percent_utf8[16];
static bool ready;

static bool to_utf8(const UChar *s, int32_t n, char *out, size_t cap)
{
	UErrorCode st = U_ZERO_ERROR;
	int32_t len = 0;
	u_strToUTF8(out, (int32_t)cap - 1, &len, s, n, &st);
	if (U_FAILURE(st) || (size_t)len >= cap)
		return false;
	out[len] = '\0';
	return true;
}

/* Drops the direction marks CLDR puts around some symbols (LRM, RLM, ALM):
 * the text around them decides the direction. */
static void strip_marks(char *s)
{
	static const char *const marks[] = { "\u200e", "\u200f", "\u061c" };
	for (size_t m = 0; m < 3; m++) {
		char *p;
		size_t k = strlen(marks[m]);
		while ((p = strstr(s, marks[m])))
			memmove(p, p + k, strlen(p + k) + 1);
	}
}

void i18n_format_prepare(const char *code, const char *digits);
void i18n_format_prepare(const char *code, const char *digits)
{
	ready = false;
	if (!strcmp(digits, "latn"))
		return;
	UErrorCode st = U_ZERO_ERROR;
	UNumberingSystem *ns = unumsys_openByName(digits, &st);
	if (U_FAILURE(st) || !ns)
		return;
	UChar desc[32];
	int32_t n = unumsys_getDescription(ns, desc, 32, &st);
	bool ok = U_SUCCESS(st) && !unumsys_isAlgorithmic(ns) && n == 10;
	unumsys_close(ns);
	if (!ok)
		return;
	for (int i = 0; i < 10; i++)
		if (!to_utf8(desc + i, 1, digit_utf8[i], sizeof digit_utf8[i]))
			return;
	char loc[64];
	snprintf(loc, sizeof loc, "%s@numbers=%s", code, digits);
	st = U_ZERO_ERROR;
	UNumberFormat *nf = unum_open(UNUM_DECIMAL, NULL, 0, loc, NULL, &st);
	strcpy(decimal_utf8, ".");
	strcpy(percent_utf8, "%");
	if (U_SUCCESS(st) && nf) {
		UChar sym[16];
		int32_t k = unum_getSymbol(nf, UNUM_DECIMAL_SEPARATOR_SYMBOL, sym, 16, &st);
		if (U_SUCCESS(st) && k > 0 && to_utf8(sym, k, decimal_utf8, sizeof decimal_utf8))
			strip_marks(decimal_utf8);
		st = U_ZERO_ERROR;
		k = unum_getSymbol(nf, UNUM_PERCENT_SYMBOL, sym, 16, &st);
		if (U_SUCCESS(st) && k > 0 && to_utf8(sym, k, percent_utf8, sizeof percent_utf8))
			strip_marks(percent_utf8);
		unum_close(nf);
	}
	ready = true;
}

const char *i18n_digit(unsigned d, char buf[5])
{
	if (d < 10 && i18n_native_digits())
		strcpy(buf, digit_utf8[d]);
	else {
		buf[0] = (char)('0' + d % 10);
		buf[1] = '\0';
	}
	return buf;
}

struct obuf {
	char *s;
	size_t len, cap;
};

static void put(struct obuf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 64;
		while (cap < b->len + n + 1)
			cap *= 2;
		b->s = xrealloc(b->s, cap);
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

bool i18n_format_ready(void);
bool i18n_format_ready(void)
{
	return ready;
}

static bool localising(void)
{
	return i18n_native_digits();
}

/* s with its digits (and a '.' between digits) localised, appended to b. */
static void put_number(struct obuf *b, const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p >= '0' && *p <= '9')
			put(b, digit_utf8[*p - '0'], strlen(digit_utf8[*p - '0']));
		else if (*p == '.' && p > s && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '9')
			put(b, decimal_utf8, strlen(decimal_utf8));
		else
			put(b, p, 1);
	}
}

char *i18n_digits(const char *s)
{
	if (!localising())
		return xstrdup(s);
	struct obuf b = { 0 };
	put(&b, "", 0);
	put_number(&b, s);
	return b.s;
}

enum argtype { A_NONE, A_INT, A_LONG, A_LLONG, A_SIZE, A_INTMAX, A_PTRDIFF, A_DOUBLE, A_LDOUBLE, A_STR, A_PTR };

union arg {
	long long i;
	unsigned long long u;
	double d;
	long double ld;
	const char *s;
	void *p;
};

struct spec {
	const char *at;           /* the '%' */
	size_t len;               /* through the conversion character */
	int pos;                  /* argument number, 1-based */
	int width_pos, prec_pos;  /* of a '*' width or precision, else 0 */
	char conv;
	enum argtype type;
	bool is_signed;
};

#define MAX_SPECS 32

/* What a format is to the walker: one it can walk, one the C library
 * formats for it (more conversions than it keeps, positional with '*'),
 * or one that is no printf format at all (a stray '%' at the end, an
 * unknown conversion: a translation's typo), shown as it stands. */
enum shape { WALKABLE, UNSUPPORTED, MALFORMED };

/* Parses fmt's conversions into sp (*nsp of them, *nargs arguments). */
static enum shape parse(const char *fmt, struct spec *sp, size_t *nsp, int *nargs)
{
	size_t n = 0;
	int next = 1, maxpos = 0;
	int positional = -1;
	for (const char *p = fmt; *p; p++) {
		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		if (n == MAX_SPECS)
			return UNSUPPORTED;
		struct spec *s = &sp[n];
		memset(s, 0, sizeof *s);
		s->at = p;
		const char *q = p + 1;
		int pos = 0;
		const char *d = q;
		while (*d >= '0' && *d <= '9')
			pos = pos * 10 + (*d++ - '0');
		bool is_pos = d > q && *d == '$';
		if (positional == -1)
			positional = is_pos;
		else if (positional != is_pos)
			return UNSUPPORTED;
		if (is_pos)
			q = d + 1;
		while (*q && strchr("-+ #0'", *q))
			q++;
		if (*q == '*') {
			if (positional)
				return UNSUPPORTED;
			s->width_pos = next++;
			q++;
		} else
			while (*q >= '0' && *q <= '9')
				q++;
		if (*q == '.') {
			q++;
			if (*q == '*') {
				if (positional)
					return UNSUPPORTED;
				s->prec_pos = next++;
				q++;
			} else
				while (*q >= '0' && *q <= '9')
					q++;
		}
		enum argtype t = A_INT;
		if (q[0] == 'h')
			q += q[1] == 'h' ? 2 : 1;
		else if (q[0] == 'l' && q[1] == 'l')
			t = A_LLONG, q += 2;
		else if (q[0] == 'l')
			t = A_LONG, q++;
		else if (q[0] == 'z')
			t = A_SIZE, q++;
		else if (q[0] == 'j')
			t = A_INTMAX, q++;
		else if (q[0] == 't')
			t = A_PTRDIFF, q++;
		else if (q[0] == 'L')
			t = A_LDOUBLE, q++;
		s->conv = *q;
		if (!*q)
			return MALFORMED;   /* a '%' at the end: no conversion */
		switch (*q) {
		case 'd': case 'i':
			s->is_signed = true;
			/* fall through */
		case 'u': case 'x': case 'X': case 'o': case 'c':
			/* %Lc is nothing; %lc takes a wint_t, not a long */
			if (t == A_LDOUBLE || (*q == 'c' && t != A_INT))
				return UNSUPPORTED;
			s->type = t;
			break;
		case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A':
			s->type = t == A_LDOUBLE ? A_LDOUBLE : A_DOUBLE;
			break;
		case 's':
			s->type = A_STR;
			break;
		case 'p':
			s->type = A_PTR;
			break;
		default:
			/* no conversion of ours, and never %n from a catalogue */
			return MALFORMED;
		}
		s->pos = positional ? pos : next++;
		if (s->pos < 1 || s->pos > MAX_SPECS)
			return UNSUPPORTED;
		if (s->pos > maxpos)
			maxpos = s->pos;
		if (s->width_pos > maxpos)
			maxpos = s->width_pos;
		if (s->prec_pos > maxpos)
			maxpos = s->prec_pos;
		s->len = (size_t)(q - p) + 1;
		p = q;
		n++;
	}
	*nsp = n;
	*nargs = maxpos;
	return WALKABLE;
}

/* Fetches the arguments in their order; false when one position has no
 * conversion using it (its type is unknown). */
static bool fetch(const struct spec *sp, size_t n, int nargs, union arg *args, va_list ap)
{
	enum argtype types[MAX_SPECS + 1] = { A_NONE };
	bool is_signed[MAX_SPECS + 1] = { false };
	for (size_t i = 0; i < n; i++) {
		types[sp[i].pos] = sp[i].type;
		is_signed[sp[i].pos] = sp[i].is_signed;
		if (sp[i].width_pos)
			types[sp[i].width_pos] = A_INT, is_signed[sp[i].width_pos] = true;
		if (sp[i].prec_pos)
			types[sp[i].prec_pos] = A_INT, is_signed[sp[i].prec_pos] = true;
	}
	for (int i = 1; i <= nargs; i++) {
		union arg *a = &args[i];
		bool sg = is_signed[i];
		switch (types[i]) {
		case A_NONE: return false;
		case A_INT: if (sg) a->i = va_arg(ap, int); else a->u = va_arg(ap, unsigned); break;
		case A_LONG: if (sg) a->i = va_arg(ap, long); else a->u = va_arg(ap, unsigned long); break;
		case A_LLONG: if (sg) a->i = va_arg(ap, long long); else a->u = va_arg(ap, unsigned long long); break;
		case A_SIZE: if (sg) a->i = (long long)va_arg(ap, ptrdiff_t); else a->u = va_arg(ap, size_t); break;
		case A_INTMAX: if (sg) a->i = va_arg(ap, intmax_t); else a->u = va_arg(ap, uintmax_t); break;
		case A_PTRDIFF: a->i = va_arg(ap, ptrdiff_t); a->u = (unsigned long long)a->i; break;
		case A_DOUBLE: a->d = va_arg(ap, double); break;
		case A_LDOUBLE: a->ld = va_arg(ap, long double); break;
		case A_STR: a->s = va_arg(ap, const char *); break;
		case A_PTR: a->p = va_arg(ap, void *); break;
		}
	}
	return true;
}

/* One conversion formatted by snprintf into a malloc'd string. */
static char *one(const struct spec *s, const union arg *args)
{
	char f[64];
	size_t k = 0;
	f[k++] = '%';
	const char *q = s->at + 1;
	while (*q >= '0' && *q <= '9')
		q++;
	if (*q != '$')
		q = s->at + 1;
	else
		q++;
	size_t rest = (size_t)(s->at + s->len - q);
	if (rest + 2 > sizeof f)
		return xstrdup("");
	memcpy(f + k, q, rest);
	f[k + rest] = '\0';
	int w = s->width_pos ? (int)args[s->width_pos].i : 0;
	int pr = s->prec_pos ? (int)args[s->prec_pos].i : 0;
	const union arg *a = &args[s->pos];
	char *out = NULL;
#define EMIT(v)                                                                       \
	do {                                                                          \
		if (s->width_pos && s->prec_pos) out = xasprintf(f, w, pr, v);       \
		else if (s->width_pos) out = xasprintf(f, w, v);                     \
		else if (s->prec_pos) out = xasprintf(f, pr, v);                     \
		else out = xasprintf(f, v);                                          \
	} while (0)
	_Pragma("GCC diagnostic push")
	_Pragma("GCC diagnostic ignored \"-Wformat-nonliteral\"")
	switch (s->type) {
	case A_INT: if (s->is_signed) EMIT((int)a->i); else EMIT((unsigned)a->u); break;
	case A_LONG: if (s->is_signed) EMIT((long)a->i); else EMIT((unsigned long)a->u); break;
	case A_LLONG: if (s->is_signed) EMIT(a->i); else EMIT(a->u); break;
	case A_SIZE: if (s->is_signed) EMIT((ptrdiff_t)a->i); else EMIT((size_t)a->u); break;
	case A_INTMAX: if (s->is_signed) EMIT((intmax_t)a->i); else EMIT((uintmax_t)a->u); break;
	case A_PTRDIFF: EMIT((ptrdiff_t)a->i); break;
	case A_DOUBLE: EMIT(a->d); break;
	case A_LDOUBLE: EMIT(a->ld); break;
	case A_STR: EMIT(a->s); break;
	case A_PTR: EMIT(a->p); break;
	case A_NONE: break;
	}
	_Pragma("GCC diagnostic pop")
#undef EMIT
	return out ? out : xstrdup("");
}

char *tvfmt(const char *fmt, va_list ap)
{
	struct spec sp[MAX_SPECS];
	size_t n = 0;
	int nargs = 0;
	union arg args[MAX_SPECS + 1];
	va_list cp;
	enum shape shape = parse(fmt, sp, &n, &nargs);
	if (shape == MALFORMED)
		return xstrdup(fmt);
	va_copy(cp, ap);
	bool walk = shape == WALKABLE && localising() && fetch(sp, n, nargs, args, cp);
	va_end(cp);
	if (!walk) {
		_Pragma("GCC diagnostic push")
		_Pragma("GCC diagnostic ignored \"-Wformat-nonliteral\"")
		va_copy(cp, ap);
		int len = vsnprintf(NULL, 0, fmt, cp);
		va_end(cp);
		/* a format the C library still refuses is shown as it stands
		 * rather than taken for a lack of memory */
		if (len < 0)
			return xstrdup(fmt);
		char *out = xmalloc((size_t)len + 1);
		va_copy(cp, ap);
		vsnprintf(out, (size_t)len + 1, fmt, cp);
		va_end(cp);
		_Pragma("GCC diagnostic pop")
		return out;
	}
	struct obuf b = { 0 };
	put(&b, "", 0);
	const char *p = fmt;
	for (size_t i = 0; i <= n; i++) {
		const char *stop = i < n ? sp[i].at : fmt + strlen(fmt);
		/* Literal text, with "%%" as the language's percent sign. */
		while (p < stop) {
			if (p[0] == '%' && p[1] == '%') {
				put(&b, percent_utf8, strlen(percent_utf8));
				p += 2;
			} else
				put(&b, p++, 1);
		}
		if (i == n)
			break;
		char *piece = one(&sp[i], args);
		if (strchr("diufFeEgG", sp[i].conv))
			put_number(&b, piece);
		else
			put(&b, piece, strlen(piece));
		free(piece);
		p = sp[i].at + sp[i].len;
	}
	return b.s;
}

char *tfmt(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = tvfmt(fmt, ap);
	va_end(ap);
	return s;
}

int tvfprintf(FILE *out, const char *fmt, va_list ap)
{
	char *s = tvfmt(fmt, ap);
	int r = fputs(s, out) < 0 ? -1 : (int)strlen(s);
	free(s);
	return r;
}

int tfprintf(FILE *out, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = tvfprintf(out, fmt, ap);
	va_end(ap);
	return r;
}
