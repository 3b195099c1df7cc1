/* rule_reason: why a rule was not evaluated, for a reader of the language
 * in use. The reasons are kept in English (findings' JSON and CSV carry
 * them); the table below names every form they take, so the catalogue
 * can say each. */
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "rules.h"

/* Every reason, as core/expr.c and rule_facts.c write it; %s stands for
 * what varies (an expression, a questionnaire, a group, a number). */
static const char *const REASONS[] = {
	N_("no data for %s"),
	N_("%s is not a finite number"),
	N_("a number out of range"),
	N_("division by zero"),
	N_("no data"),
	N_("no answers to %s"),
	N_("no respondents with department '%s'"),
	N_("no respondents with role '%s'"),
	N_("fewer than two departments with %s or more respondents"),
	N_("fewer than two roles with %s or more respondents"),
	N_("metric %s could not be read"),
	N_("metric %s of %s: fewer than %s licensed users"),
};

enum { MAX_ARGS = 3 };

/* Does s[0..n) read as pattern? Its %s parts into args (malloc'd, *nargs
 * of them). */
static bool match(const char *pattern, const char *s, size_t n, char **args, size_t *nargs)
{
	*nargs = 0;
	const char *p = pattern, *end = s + n;
	for (;;) {
		const char *hole = strstr(p, "%s");
		size_t lit = hole ? (size_t)(hole - p) : strlen(p);
		if ((size_t)(end - s) < lit || memcmp(s, p, lit))
			return false;
		s += lit;
		if (!hole)
			return s == end;
		p = hole + 2;
		/* The part ends where the next literal starts (the last one at
		 * the end of the reason). */
		const char *next = strstr(p, "%s");
		size_t nlit = next ? (size_t)(next - p) : strlen(p);
		const char *stop = NULL;
		if (!next) {
			if ((size_t)(end - s) < nlit || memcmp(end - nlit, p, nlit))
				return false;
			stop = end - nlit;
		} else {
			for (const char *q = s; q + nlit <= end && !stop; q++)
				if (!memcmp(q, p, nlit))
					stop = q;
		}
		if (!stop || stop <= s || *nargs == MAX_ARGS)
			return false;
		args[(*nargs)++] = xstrndup(s, (size_t)(stop - s));
		s = stop;
	}
}

/* One reason in the language in use; a reason of no known form as it is. */
static char *one_reason(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof REASONS / sizeof *REASONS; i++) {
		char *args[MAX_ARGS] = { NULL, NULL, NULL };
		size_t nargs;
		bool ok = match(REASONS[i], s, n, args, &nargs);
		char *out = NULL;
		if (ok) {
			/* A number is written in the language's digits. */
			for (size_t k = 0; k < nargs; k++)
				if (args[k][0] && strspn(args[k], "0123456789") == strlen(args[k])) {
					char *d = i18n_digits(args[k]);
					free(args[k]);
					args[k] = d;
				}
			out = tfmt(_(REASONS[i]), args[0], args[1], args[2]);
		}
		for (size_t k = 0; k < MAX_ARGS; k++)
			free(args[k]);
		if (out)
			return out;
	}
	return xstrndup(s, n);
}

char *rule_reason_text(const char *reason)
{
	struct sbuf b;
	sbuf_init(&b);
	for (const char *p = reason ? reason : ""; *p;) {
		const char *sep = strstr(p, "; ");
		size_t n = sep ? (size_t)(sep - p) : strlen(p);
		char *one = one_reason(p, n);
		sbuf_addf(&b, "%s%s", b.len ? _("; ") : "", one);
		free(one);
		p += n + (sep ? 2 : 0);
	}
	return b.s ? sbuf_detach(&b) : xstrdup("");
}
