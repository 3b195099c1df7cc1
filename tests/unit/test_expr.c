/* Unit tests of core/expr: precedence, associativity, every error with its
 * column, type errors, evaluation with hand-computed values and "no data". */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/expr.h"
#include "../../core/xalloc.h"

static const struct expr_func funcs[] = {
	{ "score", 1, 3, { EXPR_STRING, EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false,
	  "score(DIMENSION[, BY, GROUP])" },
	{ "index", 0, 0, { 0 }, EXPR_NUMBER, false, "index()" },
	{ "answer", 1, 1, { EXPR_STRING }, EXPR_NUMBER, true, "answer(QUESTION)" },
	{ "share", 2, 2, { EXPR_STRING, EXPR_STRING }, EXPR_NUMBER, false, "share(QUESTION, VALUE)" },
	{ "big", 1, 1, { EXPR_NUMBER }, EXPR_NUMBER, false, "big(N)" },
	{ "flag", 0, 0, { 0 }, EXPR_BOOL, false, "flag()" },
};

static const char *const dims[] = { "leadership", "culture", "data", NULL };

static char *check_ids(void *ctx, const struct expr_call *call, int *arg)
{
	(void)ctx;
	if (strcmp(call->func->name, "score"))
		return NULL;
	for (size_t i = 0; dims[i]; i++)
		if (!strcmp(dims[i], call->args[0].str))
			return NULL;
	*arg = 0;
	if (!strcmp(call->args[0].str, "leadrship"))
		return xasprintf("unknown dimension '%s' (did you mean 'leadership'?)",
				 call->args[0].str);
	return xasprintf("unknown dimension '%s'", call->args[0].str);
}

static const struct expr_env env_bool = {
	funcs, sizeof funcs / sizeof *funcs, EXPR_BOOL, check_ids, NULL, NULL,
};
static const struct expr_env env_any = {
	funcs, sizeof funcs / sizeof *funcs, EXPR_ANY, check_ids, NULL, NULL,
};

static const struct expr_loc loc = { "rules.yaml", 7, 11, NULL };

/* Parse with env_any and return the fully parenthesised tree. */
static char *dump_of(const char *src)
{
	struct diag d;
	diag_init(&d);
	struct expr *e = expr_parse(src, &env_any, &loc, &d);
	if (!e) {
		for (size_t i = 0; i < d.n; i++)
			fprintf(stderr, "%s: %s\n", d.msgs[i].where, d.msgs[i].text);
		diag_release(&d);
		return xstrdup("<error>");
	}
	char *s = expr_dump(e);
	expr_free(e);
	diag_release(&d);
	return s;
}

#define assert_dump(src, want) do { \
	char *s_ = dump_of(src); \
	assert_string_equal(s_, want); \
	free(s_); \
} while (0)

/* The first error's "where" and text for src under env. */
static void expect_error(const struct expr_env *env, const char *src,
			 const char *where, const char *text)
{
	struct diag d;
	diag_init(&d);
	struct expr *e = expr_parse(src, env, &loc, &d);
	assert_null(e);
	assert_true(d.n >= 1);
	if (strcmp(d.msgs[0].where, where) || strncmp(d.msgs[0].text, text, strlen(text)))
		fprintf(stderr, "src: %s\ngot: %s: %s\n", src, d.msgs[0].where, d.msgs[0].text);
	assert_string_equal(d.msgs[0].where, where);
	assert_memory_equal(d.msgs[0].text, text, strlen(text));
	diag_release(&d);
}

/* warn_call: what it finds is reported at the argument as a warning and the
 * expression still loads. */
static char *warn_culture(void *ctx, const struct expr_call *call, int *arg)
{
	(void)ctx;
	if (strcmp(call->func->name, "score") || strcmp(call->args[0].str, "culture"))
		return NULL;
	*arg = 0;
	return xstrdup("culture is never scored");
}

static void expr_parse__warn_call__warning_and_loads(void **state)
{
	(void)state;
	struct expr_env env = { funcs, sizeof funcs / sizeof *funcs, EXPR_BOOL, check_ids, NULL,
				warn_culture };
	struct diag d;
	diag_init(&d);
	struct expr *e = expr_parse("score(\"data\") < 1 or score(\"culture\") > 2", &env, &loc, &d);
	assert_non_null(e);
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.msgs[0].level, DIAG_WARNING);
	/* the expression starts at column 11; the argument "culture" 27
	 * characters in (score("data") < 1 or score( is 27 long) */
	assert_string_equal(d.msgs[0].where, "rules.yaml:7:38");
	assert_memory_equal(d.msgs[0].text, "culture is never scored", 23);
	expr_free(e);
	diag_release(&d);
	/* an error from check_call still wins */
	expect_error(&env, "score(\"leadrship\") < 1", "rules.yaml:7:17",
		     "unknown dimension 'leadrship'");
}

static void expr_parse__precedence__binds_as_documented(void **state)
{
	(void)state;
	assert_dump("1 + 2 * 3", "(1 + (2 * 3))");
	assert_dump("(1 + 2) * 3", "((1 + 2) * 3)");
	assert_dump("1 + 2 < 4 and 5 > 6 or true", "((((1 + 2) < 4) and (5 > 6)) or true)");
	assert_dump("true or false and false", "(true or (false and false))");
	assert_dump("not 1 < 2 and true", "((not (1 < 2)) and true)");
	assert_dump("-2 * 3", "((-2) * 3)");
	assert_dump("- -2", "(-(-2))");
	assert_dump("not not true", "(not (not true))");
	assert_dump("score(\"data\") / 2 >= index() - 10",
		    "((score(\"data\") / 2) >= (index() - 10))");
}

static void expr_parse__same_level__left_associative(void **state)
{
	(void)state;
	assert_dump("10 - 4 - 3", "((10 - 4) - 3)");
	assert_dump("24 / 4 / 2", "((24 / 4) / 2)");
	assert_dump("1 + 2 - 3 + 4", "(((1 + 2) - 3) + 4)");
	assert_dump("2 * 3 / 4 * 5", "(((2 * 3) / 4) * 5)");
	assert_dump("true and false and true", "((true and false) and true)");
	assert_dump("false or true or false", "((false or true) or false)");
}

static void expr_parse__literals__read(void **state)
{
	(void)state;
	assert_dump("1.5e2 == 150", "(150 == 150)");
	assert_dump(".5 == 0.5", "(0.5 == 0.5)");
	assert_dump("\"a \\\"q\\\" \\\\\" == \"x\"", "(\"a \\\"q\\\" \\\\\" == \"x\")");
	assert_dump("score(\"leadership\", \"department\", \"Sales\") < 50",
		    "(score(\"leadership\", \"department\", \"Sales\") < 50)");
	assert_dump("big(-3) > 0", "(big(-3) > 0)");
	assert_dump("  \tflag()\n", "flag()");
}

/* Columns: the expression starts at column 11 of line 7. */
static void expr_parse__syntax_errors__point_at_token(void **state)
{
	(void)state;
	expect_error(&env_bool, "", "rules.yaml:7:11", "empty expression");
	expect_error(&env_bool, "1 +", "rules.yaml:7:14", "expected a value");
	expect_error(&env_bool, "(1 < 2", "rules.yaml:7:17", "expected ')' to close");
	expect_error(&env_bool, "1 < 2)", "rules.yaml:7:16", "unmatched ')'");
	expect_error(&env_bool, "1 < 2 3", "rules.yaml:7:17", "expected an operator, found a number");
	expect_error(&env_bool, "\"abc", "rules.yaml:7:11", "unterminated string");
	expect_error(&env_bool, "\"a\\n\" == \"b\"", "rules.yaml:7:13", "unknown escape");
	expect_error(&env_bool, "1 = 1", "rules.yaml:7:13", "unexpected '=': write '=='");
	expect_error(&env_bool, "true && false", "rules.yaml:7:16", "unexpected '&&': write 'and'");
	expect_error(&env_bool, "true || false", "rules.yaml:7:16", "unexpected '||': write 'or'");
	expect_error(&env_bool, "!true", "rules.yaml:7:11", "unexpected '!': write 'not'");
	expect_error(&env_bool, "'a' == 'b'", "rules.yaml:7:11", "unexpected \"'\"");
	expect_error(&env_bool, "1 < 2 # c", "rules.yaml:7:17", "unexpected character '#'");
	expect_error(&env_bool, "1 < 1.", "rules.yaml:7:15", "malformed number: digits");
	expect_error(&env_bool, "1 < 12abc", "rules.yaml:7:15", "malformed number");
	expect_error(&env_bool, "1 < 1e999", "rules.yaml:7:15", "number out of range");
	expect_error(&env_bool, "1 < 2 < 3", "rules.yaml:7:17", "comparisons do not chain");
	expect_error(&env_bool, "leadership < 50", "rules.yaml:7:11", "unknown name 'leadership'");
	expect_error(&env_bool, "score(leadership) < 50", "rules.yaml:7:17",
		     "ids are written in double quotes: \"leadership\"");
	expect_error(&env_bool, "score(\"a\" \"b\") < 50", "rules.yaml:7:21", "expected ',' or ')'");
	expect_error(&env_bool, "score(1 + 2) < 50", "rules.yaml:7:19", "expected ',' or ')'");
	expect_error(&env_bool, "score(\"a\", \"b\", \"c\", \"d\", \"e\") < 1", "rules.yaml:7:37",
		     "too many arguments to score()");
	/* a non-ASCII character is named whole and counted as one column */
	expect_error(&env_bool, "\"é\" == ×", "rules.yaml:7:18", "unexpected character '×'");
	expect_error(&env_bool, "1 <\x01 2", "rules.yaml:7:14", "unexpected control character");
}

static void expr_parse__deep_nesting__refused(void **state)
{
	(void)state;
	char src[400];
	size_t n = 0;
	for (int i = 0; i < 100; i++)
		src[n++] = '(';
	src[n++] = '1';
	src[n] = 0;
	expect_error(&env_any, src, "rules.yaml:7:75", "expression nested too deeply");
	char *neg = xmalloc(EXPR_MAX_LEN + 10);
	memset(neg, '-', EXPR_MAX_LEN + 5);
	neg[EXPR_MAX_LEN + 5] = 0;
	expect_error(&env_any, neg, "rules.yaml:7:11", "expression too long");
	neg[200] = 0;
	expect_error(&env_any, neg, "rules.yaml:7:75", "expression nested too deeply");
	free(neg);
}

static void expr_parse__caret__under_token(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	assert_null(expr_parse("score(\"leadrship\") < 50", &env_bool, &loc, &d));
	assert_int_equal(d.n, 1);
	assert_string_equal(d.msgs[0].where, "rules.yaml:7:17");
	assert_string_equal(d.msgs[0].text,
			    "unknown dimension 'leadrship' (did you mean 'leadership'?)\n"
			    "    score(\"leadrship\") < 50\n"
			    "          ^~~~~~~~~~~");
	diag_release(&d);
}

static void expr_parse__unknown_function__close_match(void **state)
{
	(void)state;
	expect_error(&env_bool, "scor(\"data\") < 50", "rules.yaml:7:11",
		     "unknown function 'scor' (did you mean 'score'?)");
	expect_error(&env_bool, "1 < 2 and zzzzzz()", "rules.yaml:7:21",
		     "unknown function 'zzzzzz'; known: score(), index()");
}

static void expr_parse__arity_and_argument_types__checked(void **state)
{
	(void)state;
	expect_error(&env_bool, "score() < 50", "rules.yaml:7:17", "score() needs at least 1 argument");
	expect_error(&env_bool, "index(\"x\") < 50", "rules.yaml:7:17", "index() takes 0 arguments");
	expect_error(&env_bool, "share(\"q\", \"a\", \"b\") > 0", "rules.yaml:7:27",
		     "share() takes 2 arguments");
	expect_error(&env_bool, "score(3) < 50", "rules.yaml:7:17",
		     "argument 1 of score() must be a string, found a number");
	expect_error(&env_bool, "big(\"3\") < 50", "rules.yaml:7:15",
		     "argument 1 of big() must be a number, found a string");
}

static void expr_parse__type_errors__reported(void **state)
{
	(void)state;
	expect_error(&env_bool, "score(\"data\") == \"high\"", "rules.yaml:7:25",
		     "'==' compares a number with a string: score(\"data\") gives a number");
	expect_error(&env_bool, "1 and 2", "rules.yaml:7:13",
		     "'and' needs true/false on both sides, found a number and a number");
	expect_error(&env_bool, "true or 1", "rules.yaml:7:16", "'or' needs true/false");
	expect_error(&env_bool, "\"a\" < \"b\"", "rules.yaml:7:15", "'<' needs numbers");
	expect_error(&env_bool, "true + 1 > 0", "rules.yaml:7:16", "'+' needs numbers");
	expect_error(&env_bool, "-\"a\" == \"b\"", "rules.yaml:7:11", "'-' needs a number");
	expect_error(&env_bool, "not 3", "rules.yaml:7:11", "'not' needs true/false");
	expect_error(&env_bool, "true == 1", "rules.yaml:7:16", "'==' compares true/false with a number");
	expect_error(&env_bool, "score(\"data\") + 1", "rules.yaml:7:25",
		     "the expression must give true/false, found a number");
	/* answer() compared with a string is the most common raw answer */
	struct diag d;
	diag_init(&d);
	struct expr *e = expr_parse("\"yes\" != answer(\"has-crm\")", &env_bool, &loc, &d);
	assert_non_null(e);
	assert_int_equal(expr_ncalls(e), 1);
	assert_true(expr_call_at(e, 0)->as_string);
	expr_free(e);
	e = expr_parse("answer(\"has-crm\") >= 3", &env_bool, &loc, &d);
	assert_non_null(e);
	assert_false(expr_call_at(e, 0)->as_string);
	expr_free(e);
	assert_int_equal(d.n, 0);
	diag_release(&d);
}

static void expr_parse__several_check_errors__all_reported(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	assert_null(expr_parse("score(\"x\") < 1 and scor(\"data\") < 2 or 1 and true",
			       &env_bool, &loc, &d));
	assert_int_equal(d.n, 3);
	/* ids are checked after types: order by position when printing */
	const char *want[] = { "rules.yaml:7:17", "rules.yaml:7:30", "rules.yaml:7:52" };
	for (size_t i = 0; i < 3; i++) {
		bool found = false;
		for (size_t k = 0; k < d.n; k++)
			found |= !strcmp(d.msgs[k].where, want[i]);
		assert_true(found);
	}
	diag_release(&d);
}

static void expr_parse__multiline_source__line_advances(void **state)
{
	(void)state;
	expect_error(&env_bool, "score(\"data\") < 50\n  and scor(\"x\") < 1",
		     "rules.yaml:8:7", "unknown function 'scor'");
}


/* With the YAML text, positions are found in it: escapes and folding. */
static void expr_parse__yaml_scalar__column_in_file(void **state)
{
	(void)state;
	const char *yaml =
		"rules:\n"
		"  - when: \"score(\\\"data\\\") < 1 and scor(\\\"x\\\") < 2\"\n"
		"  - when: score(\"data\") < 50\n"
		"      and scor(\"x\") < 1\n"
		"  - when: 'answer(\"a\") == ''b'' and 1 < \"'\n";
	struct diag d;
	diag_init(&d);
	struct expr_loc l1 = { "f.yaml", 2, 11, yaml };
	assert_null(expr_parse("score(\"data\") < 1 and scor(\"x\") < 2", &env_bool, &l1, &d));
	assert_string_equal(d.msgs[0].where, "f.yaml:2:36");
	struct expr_loc l2 = { "f.yaml", 3, 11, yaml };
	assert_null(expr_parse("score(\"data\") < 50 and scor(\"x\") < 1", &env_bool, &l2, &d));
	assert_string_equal(d.msgs[1].where, "f.yaml:4:11");
	struct expr_loc l3 = { "f.yaml", 5, 11, yaml };
	assert_null(expr_parse("answer(\"a\") == 'b' and 1 < \"", &env_bool, &l3, &d));
	assert_string_equal(d.msgs[2].where, "f.yaml:5:27");
	diag_release(&d);
}

/* ---- evaluation ---- */

struct fake {
	double leadership, culture;
	bool have_culture;
	const char *mode;
	int calls;
};

static bool fake_value(void *ctx, const struct expr_call *call,
		       struct expr_value *out, char **why)
{
	struct fake *f = ctx;
	f->calls++;
	const char *name = call->func->name;
	if (!strcmp(name, "score")) {
		if (!strcmp(call->args[0].str, "leadership")) {
			out->num = f->leadership;
			return true;
		}
		if (!strcmp(call->args[0].str, "culture") && f->have_culture) {
			out->num = f->culture;
			return true;
		}
		return false;
	}
	if (!strcmp(name, "answer")) {
		if (call->as_string) {
			if (!f->mode)
				return false;
			out->str = xstrdup(f->mode);
			return true;
		}
		out->num = 75;
		return true;
	}
	if (!strcmp(name, "index")) {
		*why = xstrdup("no respondents yet");
		return false;
	}
	if (!strcmp(name, "flag")) {
		out->b = true;
		return true;
	}
	out->num = call->args[0].type == EXPR_NUMBER ? call->args[0].num : 0;
	return true;
}

static struct expr *parse_ok(const char *src)
{
	struct diag d;
	diag_init(&d);
	struct expr *e = expr_parse(src, &env_any, &loc, &d);
	if (!e)
		fprintf(stderr, "%s: %s\n", d.msgs[0].where, d.msgs[0].text);
	assert_non_null(e);
	diag_release(&d);
	return e;
}

/* Evaluate src; returns evaluated; *num / *b get the value. */
static bool eval_src(const char *src, struct fake *f, struct expr_result *r)
{
	struct expr *e = parse_ok(src);
	expr_eval(e, fake_value, f, r);
	expr_free(e);
	return r->evaluated;
}

static double eval_num(const char *src, struct fake *f)
{
	struct expr_result r;
	assert_true(eval_src(src, f, &r));
	double v = r.value.num;
	expr_result_release(&r);
	return v;
}

static void expr_eval__arithmetic__hand_computed(void **state)
{
	(void)state;
	struct fake f = { .leadership = 40, .culture = 70, .have_culture = true };
	/* 40 + 70 * 2 = 180; (40 + 70) / 4 = 27.5; 10 - 4 - 3 = 3 */
	assert_float_equal(eval_num("score(\"leadership\") + score(\"culture\") * 2", &f), 180, 1e-12);
	assert_float_equal(eval_num("(score(\"leadership\") + score(\"culture\")) / 4", &f), 27.5, 1e-12);
	assert_float_equal(eval_num("10 - 4 - 3", &f), 3, 0);
	assert_float_equal(eval_num("-score(\"culture\") + 100", &f), 30, 0);
	assert_float_equal(eval_num("24 / 4 / 2", &f), 3, 0);
}

static void expr_eval__comparisons__hand_computed(void **state)
{
	(void)state;
	struct fake f = { .leadership = 40, .culture = 70, .have_culture = true, .mode = "yes" };
	struct expr_result r;
	const struct { const char *src; bool want; } cases[] = {
		{ "score(\"leadership\") < 50", true },
		{ "score(\"leadership\") <= 40", true },
		{ "score(\"leadership\") < 40", false },
		{ "score(\"leadership\") >= 40", true },
		{ "score(\"leadership\") > 40", false },
		{ "score(\"culture\") - score(\"leadership\") == 30", true },
		{ "score(\"culture\") != 70", false },
		{ "0.1 + 0.2 == 0.3", true },
		{ "answer(\"has-crm\") == \"yes\"", true },
		{ "answer(\"has-crm\") != \"yes\"", false },
		{ "answer(\"has-crm\") > 70", true },
		{ "\"a\" == \"a\" and not (\"a\" == \"b\")", true },
		{ "flag() == true", true },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_true(eval_src(cases[i].src, &f, &r));
		assert_int_equal(r.value.type, EXPR_BOOL);
		if (r.value.b != cases[i].want)
			fprintf(stderr, "case: %s\n", cases[i].src);
		assert_int_equal(r.value.b, cases[i].want);
		expr_result_release(&r);
	}
}

static void expr_eval__evidence__every_call_once(void **state)
{
	(void)state;
	struct fake f = { .leadership = 40, .culture = 70, .have_culture = true, .mode = "no" };
	struct expr_result r;
	assert_true(eval_src("score(\"leadership\") < 50 and score(\"leadership\") < score(\"culture\")"
			     " and answer(\"has-crm\") == \"no\"", &f, &r));
	assert_true(expr_result_true(&r));
	assert_int_equal(f.calls, 3);
	assert_int_equal(r.nevidence, 3);
	assert_string_equal(r.evidence[0].text, "score(\"leadership\")");
	assert_float_equal(r.evidence[0].value.num, 40, 0);
	assert_string_equal(r.evidence[1].text, "score(\"culture\")");
	assert_float_equal(r.evidence[1].value.num, 70, 0);
	assert_string_equal(r.evidence[2].text, "answer(\"has-crm\")");
	assert_int_equal(r.evidence[2].value.type, EXPR_STRING);
	assert_string_equal(r.evidence[2].value.str, "no");
	expr_result_release(&r);
}

static void expr_eval__no_data__not_evaluated_with_reason(void **state)
{
	(void)state;
	struct fake f = { .leadership = 40 };
	struct expr_result r;
	assert_false(eval_src("score(\"culture\") < 50", &f, &r));
	assert_string_equal(r.reason, "no data for score(\"culture\")");
	assert_int_equal(r.nevidence, 1);
	assert_false(r.evidence[0].has_value);
	expr_result_release(&r);

	assert_false(eval_src("score(\"leadership\") / (score(\"leadership\") - 40) > 1", &f, &r));
	assert_string_equal(r.reason, "division by zero");
	expr_result_release(&r);

	assert_false(eval_src("index() < 50 or score(\"culture\") + 1 < 2", &f, &r));
	assert_string_equal(r.reason, "no respondents yet; no data for score(\"culture\")");
	expr_result_release(&r);

	assert_false(eval_src("not (score(\"culture\") < 50)", &f, &r));
	expr_result_release(&r);

	assert_false(eval_src("answer(\"x\") == \"yes\"", &f, &r));
	assert_string_equal(r.reason, "no data for answer(\"x\")");
	expr_result_release(&r);

	assert_false(eval_src("big(1e300) * big(1e300) > 0", &f, &r));
	assert_string_equal(r.reason, "a number out of range");
	expr_result_release(&r);
}

/* and/or are three-valued and symmetric: a deciding side wins over a side
 * without data, whichever comes first. */
static void expr_eval__and_or_with_no_data__three_valued(void **state)
{
	(void)state;
	struct fake f = { .leadership = 40 };
	struct expr_result r;
	const struct { const char *src; bool evaluated, value; } cases[] = {
		{ "false and score(\"culture\") < 50", true, false },
		{ "score(\"culture\") < 50 and false", true, false },
		{ "true and score(\"culture\") < 50", false, false },
		{ "score(\"culture\") < 50 and true", false, false },
		{ "true or score(\"culture\") < 50", true, true },
		{ "score(\"culture\") < 50 or score(\"leadership\") < 50", true, true },
		{ "false or score(\"culture\") < 50", false, false },
		{ "score(\"culture\") < 50 or false", false, false },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		if (eval_src(cases[i].src, &f, &r) != cases[i].evaluated)
			fprintf(stderr, "case: %s\n", cases[i].src);
		assert_int_equal(r.evaluated, cases[i].evaluated);
		if (r.evaluated) {
			assert_null(r.reason);
			assert_int_equal(r.value.b, cases[i].value);
		} else {
			assert_string_equal(r.reason, "no data for score(\"culture\")");
		}
		/* both sides were looked at, for the evidence */
		assert_true(r.nevidence >= 1);
		expr_result_release(&r);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(expr_parse__precedence__binds_as_documented),
		cmocka_unit_test(expr_parse__same_level__left_associative),
		cmocka_unit_test(expr_parse__literals__read),
		cmocka_unit_test(expr_parse__syntax_errors__point_at_token),
		cmocka_unit_test(expr_parse__deep_nesting__refused),
		cmocka_unit_test(expr_parse__caret__under_token),
		cmocka_unit_test(expr_parse__unknown_function__close_match),
		cmocka_unit_test(expr_parse__arity_and_argument_types__checked),
		cmocka_unit_test(expr_parse__type_errors__reported),
		cmocka_unit_test(expr_parse__several_check_errors__all_reported),
		cmocka_unit_test(expr_parse__multiline_source__line_advances),
		cmocka_unit_test(expr_parse__yaml_scalar__column_in_file),
		cmocka_unit_test(expr_parse__warn_call__warning_and_loads),
		cmocka_unit_test(expr_eval__arithmetic__hand_computed),
		cmocka_unit_test(expr_eval__comparisons__hand_computed),
		cmocka_unit_test(expr_eval__evidence__every_call_once),
		cmocka_unit_test(expr_eval__no_data__not_evaluated_with_reason),
		cmocka_unit_test(expr_eval__and_or_with_no_data__three_valued),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
