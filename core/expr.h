/* expr: the small expression language of rules and of questionnaire `when`
 *: a tokenizer, a recursive-descent parser into a tree, load-time
 * checks (functions, argument types, ids, operand types) and evaluation
 * with "no data" propagation.
 *
 * Grammar, loosest binding first, binary operators left-associative:
 *
 *   expr       = or
 *   or         = and { "or" and }
 *   and        = not { "and" not }
 *   not        = "not" not | comparison
 *   comparison = additive [ ("==" | "!=" | "<" | "<=" | ">" | ">=") additive ]
 *   additive   = term { ("+" | "-") term }
 *   term       = unary { ("*" | "/") unary }
 *   unary      = "-" unary | primary
 *   primary    = NUMBER | STRING | "true" | "false" | "(" expr ")"
 *              | NAME "(" [ literal { "," literal } ] ")"
 *   literal    = STRING | [ "-" ] NUMBER
 *
 * Comparisons do not chain (`1 < 2 < 3` is an error). Function arguments are
 * literals: they name dimensions, questions, groups and metrics, and so can
 * be checked when the file is loaded.
 *
 * Types are checked at load time: arithmetic and < <= > >= need numbers,
 * and/or/not need true/false, == and != need the same type on both sides.
 * One exception: a function declared `string_when_compared`
 * (answer(q)) compared with a string takes the string meaning ("the most
 * common raw answer"); the call node records that and the evaluator passes
 * it on to the caller's value function.
 */
#ifndef CRMREADY_EXPR_H
#define CRMREADY_EXPR_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

enum { EXPR_MAX_ARGS = 4, EXPR_MAX_LEN = 4096, EXPR_MAX_DEPTH = 64 };

enum expr_type { EXPR_ANY = 0, EXPR_NUMBER, EXPR_STRING, EXPR_BOOL };

/* "a number", "a string", "true/false". */
const char *expr_type_name(enum expr_type t);

/* A function the caller allows, with its signature. */
struct expr_func {
	const char *name;
	unsigned min_args, max_args;
	enum expr_type arg_types[EXPR_MAX_ARGS]; /* EXPR_NUMBER or EXPR_STRING */
	enum expr_type result;
	bool string_when_compared;  /* == / != with a string: a string result */
	const char *usage;          /* for messages: score(DIMENSION[, BY, GROUP]) */
};

/* One literal argument of a call. */
struct expr_arg {
	enum expr_type type;        /* EXPR_NUMBER or EXPR_STRING */
	const char *str;            /* EXPR_STRING: the unescaped text */
	double num;
	int pos;                    /* byte offset in the expression source */
};

/* A function call as the callbacks see it. */
struct expr_call {
	const struct expr_func *func;
	size_t func_index;          /* in env->funcs */
	struct expr_arg args[EXPR_MAX_ARGS];
	size_t nargs;
	bool as_string;             /* compared with a string: want the string value */
	const char *text;           /* canonical text: score("leadership") */
};

/* What a file may use and how its ids are checked. */
struct expr_env {
	const struct expr_func *funcs;
	size_t nfuncs;
	enum expr_type want;        /* type the whole expression must have; EXPR_ANY: any */
	/* Check the ids in a call's arguments (may be NULL). Returns NULL when
	 * they are fine, else a malloc'd message ("unknown dimension 'x' (did
	 * you mean 'y'?)") with *arg set to the index of the argument at fault
	 * (or -1 for the call as a whole). */
	char *(*check_call)(void *ctx, const struct expr_call *call, int *arg);
	void *ctx;
	/* Like check_call, for what deserves a warning, not an error (a call
	 * that can never have data, say): reported at the argument, the
	 * expression still loads. May be NULL; called when check_call passed. */
	char *(*warn_call)(void *ctx, const struct expr_call *call, int *arg);
};

/* Where the expression text is, for messages. Without yaml: line and col
 * are where its first character is. With yaml (the whole YAML file the
 * expression was read from): line and col are those of the scalar node
 * (its quote or block indicator included), and positions are found by
 * walking the YAML text, so quoted scalars with escapes and folded
 * multi-line scalars still point at the right column. */
struct expr_loc {
	const char *file;
	int line, col;
	const char *yaml;
};

struct expr;

/* Parse and check src. Returns NULL when there is any error; errors are in d
 * as FILE:LINE:COL (the offending token) followed by the expression and a
 * caret under that token. A syntax error stops the parse; every check error
 * (unknown function or id, wrong type) is reported. */
struct expr *expr_parse(const char *src, const struct expr_env *env,
			const struct expr_loc *loc, struct diag *d);
void expr_free(struct expr *e);

/* The tree fully parenthesised, for tests and debugging:
 * "((1 + (2 * 3)) < 4)". Caller frees. */
char *expr_dump(const struct expr *e);

/* Every function call in the expression, in source order. */
size_t expr_ncalls(const struct expr *e);
const struct expr_call *expr_call_at(const struct expr *e, size_t i);

/* ---- evaluation ---- */

struct expr_value {
	enum expr_type type;
	double num;
	bool b;
	const char *str;            /* points into the expr or the result's evidence */
};

/* Computes one call. Return true with *out set (out->str, for a string,
 * malloc'd: the evaluator takes it over), or false for "no data", with an
 * optional malloc'd reason in *why (default: "no data for TEXT"). */
typedef bool (*expr_value_fn)(void *ctx, const struct expr_call *call,
			      struct expr_value *out, char **why);

/* The value of one call, for findings' evidence. */
struct expr_evidence {
	char *text;                 /* the call's canonical text (owned) */
	bool has_value;             /* false: no data */
	struct expr_value value;
	char *owned;                /* a string value the evaluator owns */
};

struct expr_result {
	bool evaluated;             /* false: "not evaluated", see reason */
	struct expr_value value;
	char *reason;               /* when not evaluated: "no data for score(\"x\")" ... */
	struct expr_evidence *evidence;
	size_t nevidence, cap;
};

/* Evaluate e. Never fails on data: a call without data, a division by zero
 * or a non-finite number makes the result not evaluated (with the reasons,
 * joined by "; "), unless the other side of an and/or decides it:
 * and/or follow three-valued logic (`false and <no data>` is false,
 * `true or <no data>` is true, in either order), and both sides are always
 * evaluated so the evidence is complete. Every call is evaluated once per
 * distinct text. Release the result with expr_result_release. */
void expr_eval(const struct expr *e, expr_value_fn fn, void *ctx,
	       struct expr_result *out);
void expr_result_release(struct expr_result *r);

/* True when evaluated and the value is true. */
bool expr_result_true(const struct expr_result *r);

#endif
