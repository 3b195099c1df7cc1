/* q_when_eval: deciding whether a question is asked for one respondent.
 *
 * Evaluates the `when:` forms questionnaires use: comparisons of
 * answer("id") with a "string" or a number (== != < <= > >=), joined with
 * and / or / not and parentheses. The loader has already checked that
 * every answer("id") names an earlier question. A comparison that reads an
 * unanswered (or skipped, or n/a for an ordering) question is false.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../core/expr.h"
#include "../core/xalloc.h"
#include "questionnaire.h"

struct when_parser {
	const struct questionnaire *q;
	const char *const *values;
	const char *p;
	bool bad;
};

/* A value: a string (owned) or nothing (unanswered). */
struct when_value {
	char *s;
	bool present;
};

static void skip_blanks(struct when_parser *w)
{
	while (isspace((unsigned char)*w->p))
		w->p++;
}

static bool accept_word(struct when_parser *w, const char *word)
{
	skip_blanks(w);
	size_t n = strlen(word);
	if (!strncmp(w->p, word, n) && !isalnum((unsigned char)w->p[n]) && w->p[n] != '_') {
		w->p += n;
		return true;
	}
	return false;
}

static bool accept(struct when_parser *w, const char *tok)
{
	skip_blanks(w);
	size_t n = strlen(tok);
	if (!strncmp(w->p, tok, n)) {
		w->p += n;
		return true;
	}
	return false;
}

static char *read_string(struct when_parser *w)
{
	if (*w->p != '"') {
		w->bad = true;
		return NULL;
	}
	const char *start = ++w->p;
	while (*w->p && *w->p != '"')
		w->p++;
	if (!*w->p) {
		w->bad = true;
		return NULL;
	}
	char *s = xstrndup(start, (size_t)(w->p - start));
	w->p++;
	return s;
}

static struct when_value operand(struct when_parser *w)
{
	struct when_value v = { NULL, false };
	skip_blanks(w);
	if (accept_word(w, "answer")) {
		if (!accept(w, "(")) {
			w->bad = true;
			return v;
		}
		skip_blanks(w);
		char *id = read_string(w);
		if (!id || !accept(w, ")")) {
			free(id);
			w->bad = true;
			return v;
		}
		long k = q_find_question(w->q, id);
		free(id);
		const char *ans = k >= 0 ? w->values[k] : NULL;
		if (ans && *ans) {
			v.s = xstrdup(ans);
			v.present = true;
		}
		return v;
	}
	if (*w->p == '"') {
		v.s = read_string(w);
		v.present = v.s != NULL;
		return v;
	}
	const char *start = w->p;
	while (isdigit((unsigned char)*w->p) || *w->p == '.' || *w->p == '-')
		w->p++;
	if (w->p == start) {
		w->bad = true;
		return v;
	}
	v.s = xstrndup(start, (size_t)(w->p - start));
	v.present = true;
	return v;
}

static bool as_number(const char *s, double *out)
{
	char *end;
	*out = strtod(s, &end);
	return *s && !*end;
}

static bool expr_or(struct when_parser *w);

static bool comparison(struct when_parser *w)
{
	skip_blanks(w);
	if (accept(w, "(")) {
		bool v = expr_or(w);
		if (!accept(w, ")"))
			w->bad = true;
		return v;
	}
	if (accept_word(w, "true"))
		return true;
	if (accept_word(w, "false"))
		return false;
	struct when_value a = operand(w);
	static const char *const ops[] = { "==", "!=", "<=", ">=", "<", ">", NULL };
	int op = -1;
	skip_blanks(w);
	for (int i = 0; ops[i] && op < 0; i++)
		if (accept(w, ops[i]))
			op = i;
	if (op < 0) {
		/* A bare value: true when answered. */
		bool r = a.present;
		free(a.s);
		return r;
	}
	struct when_value b = operand(w);
	bool r = false;
	if (a.present && b.present) {
		double x, y;
		bool numeric = as_number(a.s, &x) && as_number(b.s, &y);
		int cmp = numeric ? (x < y ? -1 : x > y) : strcmp(a.s, b.s);
		switch (op) {
		case 0: r = cmp == 0; break;
		case 1: r = cmp != 0; break;
		case 2: r = numeric && cmp <= 0; break;
		case 3: r = numeric && cmp >= 0; break;
		case 4: r = numeric && cmp < 0; break;
		case 5: r = numeric && cmp > 0; break;
		}
	}
	free(a.s);
	free(b.s);
	return r;
}

static bool expr_not(struct when_parser *w)
{
	if (accept_word(w, "not"))
		return !expr_not(w);
	return comparison(w);
}

static bool expr_and(struct when_parser *w)
{
	bool v = expr_not(w);
	while (!w->bad && accept_word(w, "and")) {
		bool r = expr_not(w);
		v = v && r;
	}
	return v;
}

static bool expr_or(struct when_parser *w)
{
	bool v = expr_and(w);
	while (!w->bad && accept_word(w, "or")) {
		bool r = expr_and(w);
		v = v || r;
	}
	return v;
}

/* One respondent's answers as the expression language sees them: answer(q)
 * is the raw answer (a number when it reads as one). */
struct answer_ctx {
	const struct questionnaire *q;
	const char *const *values;
};

static bool answer_value(void *ctx, const struct expr_call *call, struct expr_value *out,
			 char **why)
{
	struct answer_ctx *c = ctx;
	(void)why;
	if (strcmp(call->func->name, "answer") || !call->nargs || call->args[0].type != EXPR_STRING)
		return false;
	long k = q_find_question(c->q, call->args[0].str);
	const char *v = k >= 0 ? c->values[k] : NULL;
	if (!v || !*v || !strcmp(v, "na"))
		return false;
	double num;
	if (!call->as_string && as_number(v, &num)) {
		out->type = EXPR_NUMBER;
		out->num = num;
	} else {
		out->type = EXPR_STRING;
		out->str = xstrdup(v);
	}
	return true;
}

bool q_when_applies(const struct questionnaire *q, const struct q_question *qq,
		    const char *const *values)
{
	if (!qq->when_src)
		return true;
	if (qq->when) {
		/* Compiled by the loader: the expression language proper. */
		struct answer_ctx c = { q, values };
		struct expr_result r;
		expr_eval(qq->when, answer_value, &c, &r);
		bool applies = expr_result_true(&r);
		expr_result_release(&r);
		return applies;
	}
	struct when_parser w = { q, values, qq->when_src, false };
	bool v = expr_or(&w);
	skip_blanks(&w);
	/* A form this evaluator does not know: ask rather than hide. */
	if (w.bad || *w.p)
		return true;
	return v;
}
