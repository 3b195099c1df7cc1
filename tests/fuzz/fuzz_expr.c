/* libFuzzer target: the expression parser and evaluator (core/expr).
 * Any input must give a tree or errors, never a crash, a leak or a hang;
 * a parsed tree is evaluated with every call answering (or not). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/expr.h"
#include "../../core/xalloc.h"

static const struct expr_func funcs[] = {
	{ "score", 1, 3, { EXPR_STRING, EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false, "score()" },
	{ "index", 0, 0, { 0 }, EXPR_NUMBER, false, "index()" },
	{ "answer", 1, 1, { EXPR_STRING }, EXPR_NUMBER, true, "answer()" },
	{ "metric", 1, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false, "metric()" },
	{ "big", 1, 1, { EXPR_NUMBER }, EXPR_NUMBER, false, "big()" },
};

static char *check(void *ctx, const struct expr_call *call, int *arg)
{
	(void)ctx;
	if (call->nargs && call->args[0].type == EXPR_STRING && !strcmp(call->args[0].str, "bad")) {
		*arg = 0;
		return xstrdup("unknown id 'bad'");
	}
	return NULL;
}

static bool value(void *ctx, const struct expr_call *call, struct expr_value *out, char **why)
{
	(void)ctx;
	size_t h = strlen(call->text);
	if (h % 3 == 0) {
		if (h % 2)
			*why = xstrdup("no data");
		return false;
	}
	if (call->as_string)
		out->str = xstrdup(h % 2 ? "yes" : "no");
	else
		out->num = call->nargs && call->args[0].type == EXPR_NUMBER ? call->args[0].num
									     : (double)h;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *src = malloc(size + 1);
	memcpy(src, data, size);
	src[size] = 0;
	const char *yaml = "rules:\n  - when: \"x\"\n";
	struct expr_env env = { funcs, sizeof funcs / sizeof *funcs,
				size && data[0] % 2 ? EXPR_BOOL : EXPR_ANY, check, NULL, NULL };
	struct expr_loc loc = { "f.yaml", 2, 11, size && data[0] % 3 == 0 ? yaml : NULL };
	struct diag d;
	diag_init(&d);
	struct expr *e = expr_parse(src, &env, &loc, &d);
	if (e) {
		struct expr_result r;
		expr_eval(e, value, NULL, &r);
		expr_result_release(&r);
		free(expr_dump(e));
		expr_free(e);
	}
	diag_release(&d);
	free(src);
	return 0;
}
