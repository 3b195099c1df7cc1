/* The gettext Plural-Forms expression: C's integer expressions over n
 * (?:, ||, &&, comparisons, + - * / %, !, parentheses), evaluated by
 * recursive descent. */
#include "i18n.h"

#include <ctype.h>
#include <stdlib.h>

struct pl {
	const char *p;
	unsigned long n;
	bool bad;
	int depth;                /* frames of ternary() and primary() */
};

/* Frames of ternaries, parentheses and '!': deeper than any language's
 * expression (Arabic's nests five ternaries). */
enum { MAX_DEPTH = 128 };

static void skip(struct pl *s)
{
	while (isspace((unsigned char)*s->p))
		s->p++;
}

static bool eat(struct pl *s, const char *tok)
{
	skip(s);
	size_t i = 0;
	while (tok[i] && s->p[i] == tok[i])
		i++;
	if (tok[i])
		return false;
	/* "=" must not take the first half of "==", "<" of "<=", and so on. */
	if (!tok[1] && (tok[0] == '<' || tok[0] == '>' || tok[0] == '!') && s->p[1] == '=')
		return false;
	if (!tok[1] && (tok[0] == '|' || tok[0] == '&'))
		return false;
	s->p += i;
	return true;
}

static unsigned long ternary(struct pl *s);
static unsigned long ternary_body(struct pl *s);

static unsigned long primary(struct pl *s)
{
	skip(s);
	if (s->bad || ++s->depth > MAX_DEPTH) {
		s->bad = true;
		return 0;
	}
	unsigned long v = 0;
	if (eat(s, "(")) {
		v = ternary(s);
		if (!eat(s, ")"))
			s->bad = true;
	} else if (eat(s, "!")) {
		v = !primary(s);
	} else if (*s->p == 'n') {
		s->p++;
		v = s->n;
	} else if (isdigit((unsigned char)*s->p)) {
		char *end;
		v = strtoul(s->p, &end, 10);
		s->p = end;
	} else {
		s->bad = true;
	}
	s->depth--;
	return v;
}

static unsigned long mul(struct pl *s)
{
	unsigned long v = primary(s);
	for (;;) {
		if (eat(s, "*"))
			v *= primary(s);
		else if (eat(s, "/") || eat(s, "%")) {
			char op = s->p[-1];
			unsigned long r = primary(s);
			if (r == 0) {
				s->bad = true;
				return 0;
			}
			v = op == '/' ? v / r : v % r;
		} else
			return v;
	}
}

static unsigned long add(struct pl *s)
{
	unsigned long v = mul(s);
	for (;;) {
		if (eat(s, "+"))
			v += mul(s);
		else if (eat(s, "-"))
			v -= mul(s);
		else
			return v;
	}
}

static unsigned long rel(struct pl *s)
{
	unsigned long v = add(s);
	for (;;) {
		if (eat(s, "<="))
			v = v <= add(s);
		else if (eat(s, ">="))
			v = v >= add(s);
		else if (eat(s, "<"))
			v = v < add(s);
		else if (eat(s, ">"))
			v = v > add(s);
		else
			return v;
	}
}

static unsigned long eq(struct pl *s)
{
	unsigned long v = rel(s);
	for (;;) {
		if (eat(s, "=="))
			v = v == rel(s);
		else if (eat(s, "!="))
			v = v != rel(s);
		else
			return v;
	}
}

static unsigned long and(struct pl *s)
{
	unsigned long v = eq(s);
	while (eat(s, "&&")) {
		unsigned long r = eq(s);
		v = v && r;
	}
	return v;
}

static unsigned long or(struct pl *s)
{
	unsigned long v = and(s);
	while (eat(s, "||")) {
		unsigned long r = and(s);
		v = v || r;
	}
	return v;
}

static unsigned long ternary(struct pl *s)
{
	if (s->bad || ++s->depth > MAX_DEPTH) {
		s->bad = true;
		return 0;
	}
	unsigned long v = ternary_body(s);
	s->depth--;
	return v;
}

static unsigned long ternary_body(struct pl *s)
{
	unsigned long c = or(s);
	if (!eat(s, "?"))
		return c;
	unsigned long a = ternary(s);
	if (!eat(s, ":")) {
		s->bad = true;
		return 0;
	}
	unsigned long b = ternary(s);
	return c ? a : b;
}

long i18n_plural_eval(const char *expr, unsigned long n)
{
	struct pl s = { expr, n, false, 0 };
	unsigned long v = ternary(&s);
	skip(&s);
	if (s.bad || *s.p)
		return -1;
	return v > 100 ? -1 : (long)v;
}
