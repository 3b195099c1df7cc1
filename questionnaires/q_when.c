/* q_when: the `when:` conditions of questions, in the expression language
 * of rules (core/expr.h).
 *
 * A condition may only look at answers given before the question: it can
 * read earlier questions through answer(ID) (the score, or the raw answer
 * when compared with a string) and share(ID, "value") (1 when this
 * respondent gave that answer, else 0). Anything the respondent has not
 * answered is "no data", and a condition without data does not hold. */
#include <stdlib.h>
#include <string.h>

#include "../core/expr.h"
#include "../core/xalloc.h"
#include "q_internal.h"

enum { WHEN_ANSWER, WHEN_SHARE };

static const struct expr_func WHEN_FUNCS[] = {
	[WHEN_ANSWER] = { .name = "answer", .min_args = 1, .max_args = 1,
			  .arg_types = { EXPR_STRING }, .result = EXPR_NUMBER,
			  .string_when_compared = true, .usage = "answer(QUESTION)" },
	[WHEN_SHARE] = { .name = "share", .min_args = 2, .max_args = 2,
			 .arg_types = { EXPR_STRING, EXPR_STRING }, .result = EXPR_NUMBER,
			 .usage = "share(QUESTION, VALUE)" },
};

struct check_ctx {
	const struct questionnaire *q;
	size_t index;   /* the question whose `when` this is */
};

static char *check_call(void *arg, const struct expr_call *call, int *at)
{
	const struct check_ctx *c = arg;
	const char *id = call->args[0].str;
	*at = 0;
	long k = q_find_question(c->q, id);
	if (k < 0) {
		const char **ids = xmalloc((c->q->nquestions + 1) * sizeof *ids);
		for (size_t j = 0; j < c->q->nquestions; j++)
			ids[j] = c->q->questions[j].id;
		const char *close = text_closest(id, ids, c->q->nquestions);
		char *msg = close ? tfmt(_("when: unknown question '%s' (did you mean '%s'?)"), id,
					      close)
				  : tfmt(_("when: unknown question '%s'"), id);
		free(ids);
		return msg;
	}
	if ((size_t)k >= c->index)
		return xasprintf((size_t)k == c->index
				 ? _("when: question '%s' is asked here; a condition may only refer "
				     "to earlier questions")
				 : _("when: question '%s' is asked later; a condition may only refer "
				     "to earlier questions"), id);
	return NULL;
}

/* The YAML node of question i's when, for positions. */
static const struct yx_node *when_node(const struct questionnaire *q, size_t i)
{
	const struct yx_node *qs = yx_get(q->doc.root, "questions");
	if (!qs || qs->kind != YX_SEQ)
		return NULL;
	for (size_t k = 0; k < qs->n; k++) {
		const struct yx_node *id = yx_get(qs->items[k], "id");
		if (id && id->kind == YX_SCALAR && !strcmp(id->str, q->questions[i].id))
			return yx_get(qs->items[k], "when");
	}
	return NULL;
}

void q_when_compile(struct questionnaire *q, struct diag *d)
{
	for (size_t i = 0; i < q->nquestions; i++) {
		struct q_question *qq = &q->questions[i];
		if (!qq->when_src)
			continue;
		struct check_ctx ctx = { q, i };
		struct expr_env env = { WHEN_FUNCS, sizeof WHEN_FUNCS / sizeof *WHEN_FUNCS,
					EXPR_BOOL, check_call, &ctx, NULL };
		const struct yx_node *n = when_node(q, i);
		struct expr_loc loc = { q->doc.file, n ? n->line : qq->line, n ? n->col : qq->col,
					n ? q->doc.source : NULL };
		qq->when = expr_parse(qq->when_src, &env, &loc, d);
	}
}

void q_when_release(struct questionnaire *q)
{
	for (size_t i = 0; i < q->nquestions; i++) {
		expr_free(q->questions[i].when);
		q->questions[i].when = NULL;
	}
}

struct eval_ctx {
	const struct questionnaire *q;
	const char *const *values;
};

/* True when the canonical answer raw holds value (multi answers are
 * ';'-separated option ids). */
static bool answer_holds(const char *raw, const char *value)
{
	size_t n = strlen(value);
	for (const char *p = raw; p && *p;) {
		const char *end = strchr(p, ';');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && !strncmp(p, value, n))
			return true;
		p = end ? end + 1 : NULL;
	}
	return false;
}

static bool when_value(void *arg, const struct expr_call *call, struct expr_value *out,
		       char **why)
{
	const struct eval_ctx *c = arg;
	long k = q_find_question(c->q, call->args[0].str);
	const char *raw = k >= 0 ? c->values[k] : NULL;
	(void)why;
	if (!raw || !*raw || !strcmp(raw, "na"))
		return false;
	if (call->func_index == WHEN_SHARE) {
		out->type = EXPR_NUMBER;
		out->num = answer_holds(raw, call->args[1].str) ? 1 : 0;
		return true;
	}
	if (call->as_string) {
		out->type = EXPR_STRING;
		out->str = xstrdup(raw);
		return true;
	}
	struct q_answer a;
	char *err = NULL;
	bool ok = q_answer_parse(c->q, &c->q->questions[k], raw, &a, &err);
	free(err);
	if (!ok)
		return false;
	bool has = a.kind == Q_ANSWER_SCORED || a.kind == Q_ANSWER_LEVEL;
	out->type = EXPR_NUMBER;
	out->num = a.kind == Q_ANSWER_LEVEL ? a.level : a.score;
	q_answer_release(&a);
	return has;
}

bool q_when_applies(const struct questionnaire *q, const struct q_question *qq,
		    const char *const *values)
{
	if (!qq->when)
		return true;
	struct eval_ctx ctx = { q, values };
	struct expr_result r;
	expr_eval(qq->when, when_value, &ctx, &r);
	bool applies = expr_result_true(&r);
	expr_result_release(&r);
	return applies;
}
