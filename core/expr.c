/* expr: tokenizer, recursive-descent parser, load-time checks and
 * evaluation of the expression language (see expr.h for the grammar). */
#include "expr.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "text.h"
#include "xalloc.h"

/* ---- tokens ---- */

enum tok_kind {
	T_END, T_NUM, T_STR, T_NAME, T_TRUE, T_FALSE, T_AND, T_OR, T_NOT,
	T_LP, T_RP, T_COMMA, T_PLUS, T_MINUS, T_STAR, T_SLASH,
	T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE,
};

struct token {
	enum tok_kind kind;
	int pos, len;         /* byte offset and length in the source */
	double num;
	const char *str;      /* T_STR: unescaped; T_NAME: the name */
};

/* ---- the tree ---- */

enum node_op {
	N_NUM, N_STR, N_BOOL, N_CALL, N_NEG, N_NOT,
	N_ADD, N_SUB, N_MUL, N_DIV, N_EQ, N_NE, N_LT, N_LE, N_GT, N_GE,
	N_AND, N_OR,
};

struct expr_node {
	enum node_op op;
	int pos, len;         /* the token that names the node (operator, literal, call name) */
	enum expr_type type;  /* after checking */
	double num;
	bool b;
	const char *str;      /* N_STR: value; N_CALL: function name */
	struct expr_node *l, *r;
	struct expr_call *call;
	int rparen;           /* N_CALL: position of ')' */
	bool args_ok;         /* N_CALL: known function, arity and types fine */
};

struct expr {
	struct arena arena;
	char *src;
	struct expr_node *root;
	struct expr_call **calls;
	size_t ncalls, calls_cap;
};

const char *expr_type_name(enum expr_type t)
{
	switch (t) {
	case EXPR_NUMBER: return _("a number");
	case EXPR_STRING: return _("a string");
	case EXPR_BOOL: return _("true/false");
	case EXPR_ANY: break;
	}
	return _("a value");
}

static const char *const op_text[] = {
	[N_ADD] = "+", [N_SUB] = "-", [N_MUL] = "*", [N_DIV] = "/",
	[N_EQ] = "==", [N_NE] = "!=", [N_LT] = "<", [N_LE] = "<=",
	[N_GT] = ">", [N_GE] = ">=", [N_AND] = "and", [N_OR] = "or",
	[N_NEG] = "-", [N_NOT] = "not",
};

/* ---- messages: FILE:LINE:COL, the expression and a caret ---- */

struct parser {
	struct expr *e;
	const struct expr_env *env;
	const struct expr_loc *loc;
	struct diag *d;
	struct token *toks;
	size_t ntoks, cap, i;
	int depth;
	bool failed;
};

/* Code points in s[0..n). */
static int cp_count(const char *s, size_t n)
{
	int c = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* A printable copy of src[from..to): controls become spaces, so the caret
 * line stays aligned and nothing reaches the terminal as a command. */
static char *printable(const char *src, size_t from, size_t to)
{
	char *s = xstrndup(src + from, to - from);
	for (char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			*p = ' ';
	return s;
}

static bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Step over one byte of YAML text, keeping line and column (columns count
 * characters, as libyaml's do). */
static void yaml_step(const char **p, int *line, int *col)
{
	if (**p == '\n') {
		(*line)++;
		*col = 1;
		(*p)++;
		return;
	}
	(*p)++;
	if (((unsigned char)**p & 0xC0) != 0x80)
		(*col)++;
}

/* The line and column in the YAML text of byte pos of the scalar's value
 * dec, whose node starts at (line, col). False when the text does not
 * match (an escape that changes the value, say): the caller falls back. */
static bool yaml_position(const char *yaml, int line, int col, const char *dec, size_t pos,
			  int *oline, int *ocol)
{
	const char *p = yaml;
	int l = 1, c = 1;
	while (l < line && *p)
		yaml_step(&p, &l, &c);
	while (c < col && *p && *p != '\n')
		yaml_step(&p, &l, &c);
	if (l != line || c != col)
		return false;
	char quote = 0;
	if (*p == '"' || *p == '\'') {
		quote = *p;
		yaml_step(&p, &l, &c);
	} else if (*p == '|' || *p == '>') {
		while (*p && *p != '\n')
			yaml_step(&p, &l, &c);
	}
	for (size_t i = 0;; ) {
		if (i == pos) {
			*oline = l;
			*ocol = c;
			return true;
		}
		/* an escaped character: the escape starts the token as written */
		if (*p && quote == '"' && *p == '\\' && p[1] == dec[i])
			yaml_step(&p, &l, &c);
		else if (*p && quote == '\'' && *p == '\'' && p[1] == '\'' && dec[i] == '\'')
			yaml_step(&p, &l, &c);
		if (!*p || !dec[i])
			return false;
		if (*p == dec[i] || (is_blank(*p) && is_blank(dec[i]))) {
			yaml_step(&p, &l, &c);
			i++;
		} else if (is_blank(*p)) {
			yaml_step(&p, &l, &c);
		} else {
			return false;
		}
	}
}

static void report_at(struct parser *p, enum diag_level level, int pos, int len,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void report_at(struct parser *p, enum diag_level level, int pos, int len,
		      const char *fmt, ...)
{
	const char *src = p->e->src;
	size_t srclen = strlen(src);
	if (pos < 0)
		pos = 0;
	if ((size_t)pos > srclen)
		pos = (int)srclen;
	/* The line of the expression that holds pos (block scalars may span
	 * lines; a `when:` is usually one). */
	size_t ls = 0;
	int line = p->loc ? p->loc->line : 0;
	for (size_t i = 0; i < (size_t)pos; i++)
		if (src[i] == '\n') {
			ls = i + 1;
			line++;
		}
	size_t le = ls;
	while (le < srclen && src[le] != '\n')
		le++;
	int col = cp_count(src + ls, (size_t)pos - ls) +
		  (ls == 0 && p->loc ? p->loc->col : 1);
	if (p->loc && p->loc->yaml &&
	    !yaml_position(p->loc->yaml, p->loc->line, p->loc->col, src, (size_t)pos, &line, &col)) {
		/* Not found in the text: the node's own position is still true. */
		line = p->loc->line;
		col = p->loc->col;
	}
	if (len < 1)
		len = 1;
	if ((size_t)(pos + len) > le)
		len = (int)(le > (size_t)pos ? le - (size_t)pos : 1);

	va_list ap;
	va_start(ap, fmt);
	char *msg = tvfmt(fmt, ap);
	va_end(ap);
	char *text = printable(src, ls, le);
	char *before = printable(src, ls, (size_t)pos);
	char *tok = printable(src, (size_t)pos, (size_t)pos + (size_t)len);
	struct sbuf b;
	sbuf_init(&b);
	sbuf_addf(&b, "%s\n    %s\n    ", msg, text);
	for (size_t w = utf8_width(before); w; w--)
		sbuf_addc(&b, ' ');
	sbuf_addc(&b, '^');
	size_t tw = utf8_width(tok);
	for (size_t w = 1; w < tw; w++)
		sbuf_addc(&b, '~');
	char *full = sbuf_detach(&b);
	if (level == DIAG_ERROR)
		diag_err(p->d, p->loc ? p->loc->file : NULL, line, col, "%s", full);
	else
		diag_at(p->d, level, 0, p->loc ? p->loc->file : NULL, line, col, "%s", full);
	free(full);
	free(tok);
	free(before);
	free(text);
	free(msg);
	p->failed |= level == DIAG_ERROR;
}

#define report(p, ...) report_at(p, DIAG_ERROR, __VA_ARGS__)

/* ---- tokenizer ---- */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_name_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }

static struct token *push_token(struct parser *p, enum tok_kind kind, int pos, int len)
{
	XGROW(p->toks, p->cap, p->ntoks + 1);
	struct token *t = &p->toks[p->ntoks++];
	memset(t, 0, sizeof *t);
	t->kind = kind;
	t->pos = pos;
	t->len = len;
	return t;
}

static bool lex_string(struct parser *p, const char *s, int *i)
{
	int start = *i;
	struct sbuf b;
	sbuf_init(&b);
	int j = start + 1;
	for (;;) {
		char c = s[j];
		if (!c || c == '\n') {
			report(p, start, 1, _("unterminated string: a closing '\"' is missing"));
			sbuf_release(&b);
			return false;
		}
		if (c == '"')
			break;
		if (c == '\\') {
			char n = s[j + 1];
			if (n == '"' || n == '\\') {
				sbuf_addc(&b, n);
				j += 2;
				continue;
			}
			report(p, j, 2, _("unknown escape in a string; only \\\" and \\\\ are allowed"));
			sbuf_release(&b);
			return false;
		}
		sbuf_addc(&b, c);
		j++;
	}
	struct token *t = push_token(p, T_STR, start, j + 1 - start);
	t->str = arena_strndup(&p->e->arena, b.s ? b.s : "", b.len);
	sbuf_release(&b);
	*i = j + 1;
	return true;
}

static bool lex_number(struct parser *p, const char *s, int *i)
{
	int start = *i, j = *i;
	while (is_digit(s[j]))
		j++;
	if (s[j] == '.') {
		j++;
		if (!is_digit(s[j])) {
			report(p, start, j - start, _("malformed number: digits must follow '.'"));
			return false;
		}
		while (is_digit(s[j]))
			j++;
	}
	if (s[j] == 'e' || s[j] == 'E') {
		int k = j + 1;
		if (s[k] == '+' || s[k] == '-')
			k++;
		if (is_digit(s[k])) {
			j = k;
			while (is_digit(s[j]))
				j++;
		}
	}
	if (is_name_char(s[j]) || s[j] == '.') {
		int k = j;
		while (is_name_char(s[k]) || s[k] == '.')
			k++;
		report(p, start, k - start, _("malformed number"));
		return false;
	}
	char *copy = xstrndup(s + start, (size_t)(j - start));
	double v = strtod(copy, NULL);
	free(copy);
	if (!isfinite(v)) {
		report(p, start, j - start, _("number out of range"));
		return false;
	}
	struct token *t = push_token(p, T_NUM, start, j - start);
	t->num = v;
	*i = j;
	return true;
}

static const struct { const char *word; enum tok_kind kind; } keywords[] = {
	{ "true", T_TRUE }, { "false", T_FALSE }, { "and", T_AND },
	{ "or", T_OR }, { "not", T_NOT },
};

static bool tokenize(struct parser *p)
{
	const char *s = p->e->src;
	int i = 0;
	for (;;) {
		char c = s[i];
		if (!c)
			break;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			i++;
			continue;
		}
		if (c == '"') {
			if (!lex_string(p, s, &i))
				return false;
			continue;
		}
		if (is_digit(c) || (c == '.' && is_digit(s[i + 1]))) {
			if (!lex_number(p, s, &i))
				return false;
			continue;
		}
		if (is_name_start(c)) {
			int j = i;
			while (is_name_char(s[j]))
				j++;
			enum tok_kind kind = T_NAME;
			for (size_t k = 0; k < sizeof keywords / sizeof *keywords; k++)
				if ((int)strlen(keywords[k].word) == j - i &&
				    !strncmp(keywords[k].word, s + i, (size_t)(j - i)))
					kind = keywords[k].kind;
			struct token *t = push_token(p, kind, i, j - i);
			if (kind == T_NAME)
				t->str = arena_strndup(&p->e->arena, s + i, (size_t)(j - i));
			i = j;
			continue;
		}
		char n = s[i + 1];
		enum tok_kind kind;
		int len = 1;
		switch (c) {
		case '(': kind = T_LP; break;
		case ')': kind = T_RP; break;
		case ',': kind = T_COMMA; break;
		case '+': kind = T_PLUS; break;
		case '-': kind = T_MINUS; break;
		case '*': kind = T_STAR; break;
		case '/': kind = T_SLASH; break;
		case '<': kind = n == '=' ? T_LE : T_LT; len = n == '=' ? 2 : 1; break;
		case '>': kind = n == '=' ? T_GE : T_GT; len = n == '=' ? 2 : 1; break;
		case '=':
			if (n != '=') {
				report(p, i, 1, _("unexpected '=': write '==' to compare"));
				return false;
			}
			kind = T_EQ;
			len = 2;
			break;
		case '!':
			if (n != '=') {
				report(p, i, 1, _("unexpected '!': write 'not' to negate"));
				return false;
			}
			kind = T_NE;
			len = 2;
			break;
		case '&':
			report(p, i, n == '&' ? 2 : 1, _("unexpected '%s': write 'and'"),
			       n == '&' ? "&&" : "&");
			return false;
		case '|':
			report(p, i, n == '|' ? 2 : 1, _("unexpected '%s': write 'or'"),
			       n == '|' ? "||" : "|");
			return false;
		case '\'':
			report(p, i, 1, _("unexpected \"'\": strings are written in double quotes"));
			return false;
		default: {
			unsigned char u = (unsigned char)c;
			if (u < 0x20 || u == 0x7F) {
				report(p, i, 1, _("unexpected control character (code %d)"), u);
			} else {
				int l = 1;
				while (l < 4 && ((unsigned char)s[i + l] & 0xC0) == 0x80)
					l++;
				report(p, i, l, _("unexpected character '%.*s'"), l, s + i);
			}
			return false;
		}
		}
		push_token(p, kind, i, len);
		i += len;
	}
	push_token(p, T_END, i, 0);
	return true;
}

/* ---- parser ---- */

static struct token *peek(struct parser *p) { return &p->toks[p->i]; }
static struct token *next(struct parser *p) { return &p->toks[p->i++]; }

static const char *tok_desc(const struct token *t)
{
	switch (t->kind) {
	case T_END: return _("the end of the expression");
	case T_NUM: return _("a number");
	case T_STR: return _("a string");
	case T_NAME: return _("a name");
	default: return NULL;
	}
}

/* "found X" for a token: its kind or its text. */
static void unexpected(struct parser *p, const struct token *t, const char *expected)
{
	const char *desc = tok_desc(t);
	if (desc)
		report(p, t->pos, t->len, _("expected %s, found %s"), expected, desc);
	else
		report(p, t->pos, t->len, _("expected %s, found '%.*s'"), expected,
		       t->len, p->e->src + t->pos);
}

static struct expr_node *new_node(struct parser *p, enum node_op op,
				  const struct token *t)
{
	struct expr_node *n = arena_alloc(&p->e->arena, sizeof *n);
	n->op = op;
	n->pos = t->pos;
	n->len = t->len;
	return n;
}

static struct expr_node *parse_or(struct parser *p);

static bool parse_literal_arg(struct parser *p, struct expr_call *call,
			      const char *fname)
{
	struct token *t = peek(p);
	struct expr_arg *a = &call->args[call->nargs];
	if (call->nargs == EXPR_MAX_ARGS) {
		report(p, t->pos, t->len, _("too many arguments to %s()"), fname);
		return false;
	}
	a->pos = t->pos;
	if (t->kind == T_STR) {
		a->type = EXPR_STRING;
		a->str = t->str;
		next(p);
	} else if (t->kind == T_NUM) {
		a->type = EXPR_NUMBER;
		a->num = t->num;
		next(p);
	} else if (t->kind == T_MINUS && p->toks[p->i + 1].kind == T_NUM) {
		next(p);
		a->type = EXPR_NUMBER;
		a->num = -next(p)->num;
	} else if (t->kind == T_NAME || t->kind == T_TRUE || t->kind == T_FALSE ||
		   t->kind == T_AND || t->kind == T_OR || t->kind == T_NOT) {
		report(p, t->pos, t->len,
		       _("ids are written in double quotes: \"%.*s\""), t->len,
		       p->e->src + t->pos);
		return false;
	} else {
		unexpected(p, t, _("a quoted id or a number as argument"));
		return false;
	}
	call->nargs++;
	return true;
}

static void add_call(struct expr *e, struct expr_call *call)
{
	XGROW(e->calls, e->calls_cap, e->ncalls + 1);
	e->calls[e->ncalls++] = call;
}

static struct expr_node *parse_primary(struct parser *p)
{
	struct token *t = next(p);
	struct expr_node *n;
	switch (t->kind) {
	case T_NUM:
		n = new_node(p, N_NUM, t);
		n->num = t->num;
		return n;
	case T_STR:
		n = new_node(p, N_STR, t);
		n->str = t->str;
		return n;
	case T_TRUE:
	case T_FALSE:
		n = new_node(p, N_BOOL, t);
		n->b = t->kind == T_TRUE;
		return n;
	case T_LP: {
		if (++p->depth > EXPR_MAX_DEPTH) {
			report(p, t->pos, 1, _("expression nested too deeply (at most %d levels)"),
			       EXPR_MAX_DEPTH);
			return NULL;
		}
		n = parse_or(p);
		p->depth--;
		if (!n)
			return NULL;
		struct token *r = peek(p);
		if (r->kind != T_RP) {
			unexpected(p, r, _("')' to close the '(' before"));
			return NULL;
		}
		next(p);
		return n;
	}
	case T_NAME: {
		struct token *lp = peek(p);
		if (lp->kind != T_LP) {
			report(p, t->pos, t->len,
			       _("unknown name '%s': expected a number, a \"string\", true, false or a function call such as %s(...)"),
			       t->str, t->str);
			return NULL;
		}
		next(p);
		n = new_node(p, N_CALL, t);
		n->str = t->str;
		struct expr_call *call = arena_alloc(&p->e->arena, sizeof *call);
		n->call = call;
		if (peek(p)->kind != T_RP) {
			for (;;) {
				if (!parse_literal_arg(p, call, t->str))
					return NULL;
				struct token *sep = peek(p);
				if (sep->kind == T_COMMA) {
					next(p);
					continue;
				}
				if (sep->kind == T_RP)
					break;
				unexpected(p, sep, _("',' or ')'"));
				return NULL;
			}
		}
		n->rparen = next(p)->pos;
		/* The canonical text: name("id", 2). */
		struct sbuf b;
		sbuf_init(&b);
		sbuf_addf(&b, "%s(", t->str);
		for (size_t k = 0; k < call->nargs; k++) {
			if (k)
				sbuf_adds(&b, ", ");
			if (call->args[k].type == EXPR_STRING) {
				sbuf_addc(&b, '"');
				for (const char *c = call->args[k].str; *c; c++) {
					if (*c == '"' || *c == '\\')
						sbuf_addc(&b, '\\');
					sbuf_addc(&b, *c);
				}
				sbuf_addc(&b, '"');
			} else {
				sbuf_addf(&b, "%.15g", call->args[k].num);
			}
		}
		sbuf_addc(&b, ')');
		call->text = arena_strndup(&p->e->arena, b.s, b.len);
		sbuf_release(&b);
		add_call(p->e, call);
		return n;
	}
	default:
		p->i--;
		unexpected(p, t, _("a value (a number, a \"string\", true, false, a function call or '(')"));
		return NULL;
	}
}

static struct expr_node *parse_unary(struct parser *p)
{
	struct token *t = peek(p);
	if (t->kind != T_MINUS)
		return parse_primary(p);
	if (++p->depth > EXPR_MAX_DEPTH) {
		report(p, t->pos, 1, _("expression nested too deeply (at most %d levels)"),
		       EXPR_MAX_DEPTH);
		return NULL;
	}
	next(p);
	struct expr_node *operand = parse_unary(p);
	p->depth--;
	if (!operand)
		return NULL;
	struct expr_node *n = new_node(p, N_NEG, t);
	n->l = operand;
	return n;
}

static struct expr_node *binary(struct parser *p, enum node_op op,
				const struct token *t, struct expr_node *l,
				struct expr_node *r)
{
	struct expr_node *n = new_node(p, op, t);
	n->l = l;
	n->r = r;
	return n;
}

static struct expr_node *parse_term(struct parser *p)
{
	struct expr_node *l = parse_unary(p);
	while (l && (peek(p)->kind == T_STAR || peek(p)->kind == T_SLASH)) {
		struct token *t = next(p);
		struct expr_node *r = parse_unary(p);
		if (!r)
			return NULL;
		l = binary(p, t->kind == T_STAR ? N_MUL : N_DIV, t, l, r);
	}
	return l;
}

static struct expr_node *parse_additive(struct parser *p)
{
	struct expr_node *l = parse_term(p);
	while (l && (peek(p)->kind == T_PLUS || peek(p)->kind == T_MINUS)) {
		struct token *t = next(p);
		struct expr_node *r = parse_term(p);
		if (!r)
			return NULL;
		l = binary(p, t->kind == T_PLUS ? N_ADD : N_SUB, t, l, r);
	}
	return l;
}

static bool comparison_op(enum tok_kind k, enum node_op *op)
{
	switch (k) {
	case T_EQ: *op = N_EQ; return true;
	case T_NE: *op = N_NE; return true;
	case T_LT: *op = N_LT; return true;
	case T_LE: *op = N_LE; return true;
	case T_GT: *op = N_GT; return true;
	case T_GE: *op = N_GE; return true;
	default: return false;
	}
}

static struct expr_node *parse_comparison(struct parser *p)
{
	struct expr_node *l = parse_additive(p);
	enum node_op op;
	if (!l || !comparison_op(peek(p)->kind, &op))
		return l;
	struct token *t = next(p);
	struct expr_node *r = parse_additive(p);
	if (!r)
		return NULL;
	enum node_op op2;
	struct token *t2 = peek(p);
	if (comparison_op(t2->kind, &op2)) {
		report(p, t2->pos, t2->len,
		       _("comparisons do not chain: write 'a < b and b < c'"));
		return NULL;
	}
	return binary(p, op, t, l, r);
}

static struct expr_node *parse_not(struct parser *p)
{
	struct token *t = peek(p);
	if (t->kind != T_NOT)
		return parse_comparison(p);
	if (++p->depth > EXPR_MAX_DEPTH) {
		report(p, t->pos, t->len, _("expression nested too deeply (at most %d levels)"),
		       EXPR_MAX_DEPTH);
		return NULL;
	}
	next(p);
	struct expr_node *operand = parse_not(p);
	p->depth--;
	if (!operand)
		return NULL;
	struct expr_node *n = new_node(p, N_NOT, t);
	n->l = operand;
	return n;
}

static struct expr_node *parse_and(struct parser *p)
{
	struct expr_node *l = parse_not(p);
	while (l && peek(p)->kind == T_AND) {
		struct token *t = next(p);
		struct expr_node *r = parse_not(p);
		if (!r)
			return NULL;
		l = binary(p, N_AND, t, l, r);
	}
	return l;
}

static struct expr_node *parse_or(struct parser *p)
{
	struct expr_node *l = parse_and(p);
	while (l && peek(p)->kind == T_OR) {
		struct token *t = next(p);
		struct expr_node *r = parse_and(p);
		if (!r)
			return NULL;
		l = binary(p, N_OR, t, l, r);
	}
	return l;
}

/* ---- load-time checks ---- */

static void check_call(struct parser *p, struct expr_node *n)
{
	const struct expr_env *env = p->env;
	struct expr_call *call = n->call;
	const struct expr_func *f = NULL;
	for (size_t k = 0; env && k < env->nfuncs; k++)
		if (!strcmp(env->funcs[k].name, n->str)) {
			f = &env->funcs[k];
			call->func_index = k;
		}
	n->type = EXPR_ANY;
	if (!f) {
		const char **names = xcalloc(env ? env->nfuncs + 1 : 1, sizeof *names);
		struct sbuf list;
		sbuf_init(&list);
		for (size_t k = 0; env && k < env->nfuncs; k++) {
			names[k] = env->funcs[k].name;
			sbuf_addf(&list, "%s%s()", k ? trc("list", ", ") : "", names[k]);
		}
		const char *close = text_closest(n->str, names, env ? env->nfuncs : 0);
		if (close)
			report(p, n->pos, n->len, _("unknown function '%s' (did you mean '%s'?)"),
			       n->str, close);
		else
			report(p, n->pos, n->len, _("unknown function '%s'; known: %s"),
			       n->str, list.s ? list.s : _("none"));
		sbuf_release(&list);
		free(names);
		return;
	}
	call->func = f;
	n->type = f->result;
	if (call->nargs < f->min_args) {
		report(p, n->rparen, 1, f->min_args == f->max_args
		       ? trn("%s() needs %u argument: %s", "%s() needs %u arguments: %s", f->min_args)
		       : trn("%s() needs at least %u argument: %s",
			     "%s() needs at least %u arguments: %s", f->min_args),
		       f->name, f->min_args, f->usage ? f->usage : f->name);
		return;
	}
	if (call->nargs > f->max_args) {
		const struct expr_arg *a = &call->args[f->max_args];
		int end = n->rparen;
		report(p, a->pos, end - a->pos, f->min_args == f->max_args
		       ? trn("%s() takes %u argument: %s", "%s() takes %u arguments: %s", f->max_args)
		       : trn("%s() takes at most %u argument: %s",
			     "%s() takes at most %u arguments: %s", f->max_args),
		       f->name, f->max_args, f->usage ? f->usage : f->name);
		return;
	}
	bool ok = true;
	for (size_t k = 0; k < call->nargs; k++) {
		const struct expr_arg *a = &call->args[k];
		if (f->arg_types[k] != EXPR_ANY && a->type != f->arg_types[k]) {
			report(p, a->pos, 1, _("argument %zu of %s() must be %s, found %s: %s"),
			       k + 1, f->name, expr_type_name(f->arg_types[k]),
			       expr_type_name(a->type), f->usage ? f->usage : f->name);
			ok = false;
		}
	}
	n->args_ok = ok;
}

/* The ids in a call's arguments, once the types (and so as_string) are
 * known: a second pass so the callback sees the whole call. */
static void check_ids(struct parser *p, struct expr_node *n)
{
	if (!n)
		return;
	check_ids(p, n->l);
	check_ids(p, n->r);
	if (n->op != N_CALL || !n->args_ok || !p->env->check_call)
		return;
	const struct expr_call *call = n->call;
	int which = -1;
	enum diag_level level = DIAG_ERROR;
	char *msg = p->env->check_call(p->env->ctx, call, &which);
	if (!msg && p->env->warn_call) {
		which = -1;
		level = DIAG_WARNING;
		msg = p->env->warn_call(p->env->ctx, call, &which);
	}
	if (!msg)
		return;
	if (which >= 0 && (size_t)which < call->nargs) {
		const struct expr_arg *a = &call->args[which];
		int len = 1;
		if (a->type == EXPR_STRING) {
			/* the quoted literal as written */
			const char *s = p->e->src + a->pos;
			int l = 1;
			while (s[l] && s[l] != '"') {
				if (s[l] == '\\' && s[l + 1])
					l++;
				l++;
			}
			len = l + 1;
		}
		report_at(p, level, a->pos, len, "%s", msg);
	} else {
		report_at(p, level, n->pos, n->len, "%s", msg);
	}
	free(msg);
}

/* A call whose result may be read as a string when compared with one. */
static bool string_call(const struct expr_node *n)
{
	return n->op == N_CALL && n->call->func && n->call->func->string_when_compared;
}

static void check_types(struct parser *p, struct expr_node *n)
{
	switch (n->op) {
	case N_NUM: n->type = EXPR_NUMBER; return;
	case N_STR: n->type = EXPR_STRING; return;
	case N_BOOL: n->type = EXPR_BOOL; return;
	case N_CALL: check_call(p, n); return;
	case N_NEG:
		check_types(p, n->l);
		n->type = EXPR_NUMBER;
		if (n->l->type != EXPR_NUMBER && n->l->type != EXPR_ANY)
			report(p, n->pos, n->len, _("'-' needs a number, found %s"),
			       expr_type_name(n->l->type));
		return;
	case N_NOT:
		check_types(p, n->l);
		n->type = EXPR_BOOL;
		if (n->l->type != EXPR_BOOL && n->l->type != EXPR_ANY)
			report(p, n->pos, n->len, _("'not' needs true/false, found %s"),
			       expr_type_name(n->l->type));
		return;
	default:
		break;
	}
	check_types(p, n->l);
	check_types(p, n->r);
	enum expr_type lt = n->l->type, rt = n->r->type;
	const char *op = op_text[n->op];
	switch (n->op) {
	case N_ADD: case N_SUB: case N_MUL: case N_DIV:
	case N_LT: case N_LE: case N_GT: case N_GE:
		n->type = n->op <= N_DIV ? EXPR_NUMBER : EXPR_BOOL;
		if ((lt != EXPR_NUMBER && lt != EXPR_ANY) ||
		    (rt != EXPR_NUMBER && rt != EXPR_ANY))
			report(p, n->pos, n->len, _("'%s' needs numbers on both sides, found %s and %s"),
			       op, expr_type_name(lt), expr_type_name(rt));
		return;
	case N_AND: case N_OR:
		n->type = EXPR_BOOL;
		if ((lt != EXPR_BOOL && lt != EXPR_ANY) ||
		    (rt != EXPR_BOOL && rt != EXPR_ANY))
			report(p, n->pos, n->len, _("'%s' needs true/false on both sides, found %s and %s"),
			       op, expr_type_name(lt), expr_type_name(rt));
		return;
	case N_EQ: case N_NE:
		n->type = EXPR_BOOL;
		if (lt == EXPR_ANY || rt == EXPR_ANY || lt == rt)
			return;
		if (rt == EXPR_STRING && string_call(n->l)) {
			n->l->call->as_string = true;
			n->l->type = EXPR_STRING;
			return;
		}
		if (lt == EXPR_STRING && string_call(n->r)) {
			n->r->call->as_string = true;
			n->r->type = EXPR_STRING;
			return;
		}
		{
			const struct expr_node *c = n->l->op == N_CALL ? n->l
						  : n->r->op == N_CALL ? n->r : NULL;
			if (c)
				report(p, n->pos, n->len,
				       _("'%s' compares %s with %s: %s gives %s"),
				       op, expr_type_name(lt), expr_type_name(rt),
				       c->call->text, expr_type_name(c->type));
			else
				report(p, n->pos, n->len, _("'%s' compares %s with %s"),
				       op, expr_type_name(lt), expr_type_name(rt));
		}
		return;
	default:
		return;
	}
}

struct expr *expr_parse(const char *src, const struct expr_env *env,
			const struct expr_loc *loc, struct diag *d)
{
	struct expr *e = xcalloc(1, sizeof *e);
	arena_init(&e->arena);
	e->src = xstrdup(src ? src : "");
	struct parser p = { .e = e, .env = env, .loc = loc, .d = d };
	size_t len = strlen(e->src);
	if (len > EXPR_MAX_LEN) {
		report(&p, 0, 1, _("expression too long (%zu bytes; at most %d)"), len,
		       EXPR_MAX_LEN);
		goto fail;
	}
	if (!tokenize(&p))
		goto fail;
	if (p.toks[0].kind == T_END) {
		report(&p, 0, 1, _("empty expression"));
		goto fail;
	}
	e->root = parse_or(&p);
	if (!e->root)
		goto fail;
	if (peek(&p)->kind != T_END) {
		struct token *t = peek(&p);
		if (t->kind == T_RP)
			report(&p, t->pos, t->len, _("unmatched ')'"));
		else if (t->kind == T_LP || t->kind == T_NUM || t->kind == T_STR ||
			 t->kind == T_NAME || t->kind == T_TRUE || t->kind == T_FALSE)
			unexpected(&p, t, _("an operator"));
		else
			unexpected(&p, t, _("the end of the expression"));
		goto fail;
	}
	check_types(&p, e->root);
	check_ids(&p, e->root);
	if (!p.failed && env && env->want != EXPR_ANY && e->root->type != env->want &&
	    e->root->type != EXPR_ANY)
		report(&p, e->root->pos, e->root->len,
		       _("the expression must give %s, found %s%s"),
		       expr_type_name(env->want), expr_type_name(e->root->type),
		       env->want == EXPR_BOOL ? _(" (compare it: score(\"x\") < 50)") : "");
	if (p.failed)
		goto fail;
	free(p.toks);
	return e;
fail:
	free(p.toks);
	expr_free(e);
	return NULL;
}

void expr_free(struct expr *e)
{
	if (!e)
		return;
	free(e->calls);
	free(e->src);
	arena_release(&e->arena);
	free(e);
}

size_t expr_ncalls(const struct expr *e) { return e->ncalls; }
const struct expr_call *expr_call_at(const struct expr *e, size_t i) { return e->calls[i]; }

static void dump_string(struct sbuf *b, const char *s)
{
	sbuf_addc(b, '"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sbuf_addc(b, '\\');
		sbuf_addc(b, *s);
	}
	sbuf_addc(b, '"');
}

static void dump(struct sbuf *b, const struct expr_node *n)
{
	switch (n->op) {
	case N_NUM: sbuf_addf(b, "%.15g", n->num); return;
	case N_STR: dump_string(b, n->str); return;
	case N_BOOL: sbuf_adds(b, n->b ? "true" : "false"); return;
	case N_CALL: sbuf_adds(b, n->call->text); return;
	case N_NEG: sbuf_adds(b, "(-"); dump(b, n->l); sbuf_addc(b, ')'); return;
	case N_NOT: sbuf_adds(b, "(not "); dump(b, n->l); sbuf_addc(b, ')'); return;
	default:
		sbuf_addc(b, '(');
		dump(b, n->l);
		sbuf_addf(b, " %s ", op_text[n->op]);
		dump(b, n->r);
		sbuf_addc(b, ')');
	}
}

char *expr_dump(const struct expr *e)
{
	struct sbuf b;
	sbuf_init(&b);
	dump(&b, e->root);
	return sbuf_detach(&b);
}

/* ---- evaluation ---- */

struct evaluator {
	expr_value_fn fn;
	void *ctx;
	struct expr_result *r;
	char **reasons;
	size_t nreasons, cap;
};

static void add_reason(struct evaluator *ev, char *why)
{
	for (size_t i = 0; i < ev->nreasons; i++)
		if (!strcmp(ev->reasons[i], why)) {
			free(why);
			return;
		}
	XGROW(ev->reasons, ev->cap, ev->nreasons + 1);
	ev->reasons[ev->nreasons++] = why;
}

/* Forget reasons added since mark: the side they came from did not matter. */
static void drop_reasons(struct evaluator *ev, size_t mark)
{
	while (ev->nreasons > mark)
		free(ev->reasons[--ev->nreasons]);
}

static bool eval_call(struct evaluator *ev, const struct expr_call *call,
		      struct expr_value *out)
{
	struct expr_result *r = ev->r;
	for (size_t i = 0; i < r->nevidence; i++) {
		struct expr_evidence *x = &r->evidence[i];
		if (strcmp(x->text, call->text) || (x->value.type == EXPR_STRING) != call->as_string)
			continue;
		if (x->has_value) {
			*out = x->value;
			return true;
		}
		add_reason(ev, xasprintf("no data for %s", call->text));
		return false;
	}
	struct expr_value v = { .type = call->as_string ? EXPR_STRING
					: call->func ? call->func->result : EXPR_NUMBER };
	char *why = NULL;
	bool ok = ev->fn(ev->ctx, call, &v, &why);
	if (ok && v.type == EXPR_NUMBER && !isfinite(v.num)) {
		ok = false;
		free(why);
		why = xasprintf("%s is not a finite number", call->text);
	}
	if (ok && v.type == EXPR_STRING && !v.str) {
		ok = false;
		free(why);
		why = NULL;
	}
	XGROW(r->evidence, r->cap, r->nevidence + 1);
	struct expr_evidence *x = &r->evidence[r->nevidence++];
	memset(x, 0, sizeof *x);
	x->text = xstrdup(call->text);
	x->has_value = ok;
	if (ok) {
		x->value = v;
		if (v.type == EXPR_STRING)
			x->owned = (char *)v.str;
		*out = v;
		free(why);
		return true;
	}
	x->value.type = v.type;
	add_reason(ev, why ? why : xasprintf("no data for %s", call->text));
	return false;
}

static bool nums_equal(double a, double b)
{
	double scale = fmax(1.0, fmax(fabs(a), fabs(b)));
	return fabs(a - b) <= 1e-9 * scale;
}

static bool finite_or_reason(struct evaluator *ev, struct expr_value *out)
{
	if (isfinite(out->num))
		return true;
	add_reason(ev, xstrdup("a number out of range"));
	return false;
}

static bool eval_node(struct evaluator *ev, const struct expr_node *n,
		      struct expr_value *out)
{
	struct expr_value l, r;
	memset(out, 0, sizeof *out);
	out->type = n->type;
	switch (n->op) {
	case N_NUM: out->num = n->num; return true;
	case N_STR: out->str = n->str; return true;
	case N_BOOL: out->b = n->b; return true;
	case N_CALL: return eval_call(ev, n->call, out);
	case N_NEG:
		if (!eval_node(ev, n->l, &l))
			return false;
		out->num = -l.num;
		return true;
	case N_NOT:
		if (!eval_node(ev, n->l, &l))
			return false;
		out->b = !l.b;
		return true;
	case N_AND:
	case N_OR: {
		/* Three-valued: a side without data is overruled by a deciding
		 * other side (false for and, true for or). */
		size_t mark = ev->nreasons;
		bool lok = eval_node(ev, n->l, &l);
		bool rok = eval_node(ev, n->r, &r);
		bool decider = n->op == N_OR;
		if ((lok && l.b == decider) || (rok && r.b == decider)) {
			drop_reasons(ev, mark);
			out->b = decider;
			return true;
		}
		if (!lok || !rok)
			return false;
		out->b = !decider;
		return true;
	}
	default:
		break;
	}
	bool lok = eval_node(ev, n->l, &l);
	bool rok = eval_node(ev, n->r, &r);
	if (!lok || !rok)
		return false;
	switch (n->op) {
	case N_ADD: out->num = l.num + r.num; return finite_or_reason(ev, out);
	case N_SUB: out->num = l.num - r.num; return finite_or_reason(ev, out);
	case N_MUL: out->num = l.num * r.num; return finite_or_reason(ev, out);
	case N_DIV:
		if (r.num == 0) {
			add_reason(ev, xstrdup("division by zero"));
			return false;
		}
		out->num = l.num / r.num;
		return finite_or_reason(ev, out);
	case N_LT: out->b = l.num < r.num && !nums_equal(l.num, r.num); return true;
	case N_LE: out->b = l.num <= r.num || nums_equal(l.num, r.num); return true;
	case N_GT: out->b = l.num > r.num && !nums_equal(l.num, r.num); return true;
	case N_GE: out->b = l.num >= r.num || nums_equal(l.num, r.num); return true;
	case N_EQ:
	case N_NE: {
		bool eq;
		if (l.type == EXPR_STRING)
			eq = !strcmp(l.str, r.str);
		else if (l.type == EXPR_BOOL)
			eq = l.b == r.b;
		else
			eq = nums_equal(l.num, r.num);
		out->b = n->op == N_EQ ? eq : !eq;
		return true;
	}
	default:
		return false;
	}
}

void expr_eval(const struct expr *e, expr_value_fn fn, void *ctx,
	       struct expr_result *out)
{
	memset(out, 0, sizeof *out);
	struct evaluator ev = { .fn = fn, .ctx = ctx, .r = out };
	out->evaluated = eval_node(&ev, e->root, &out->value);
	if (!out->evaluated) {
		struct sbuf b;
		sbuf_init(&b);
		for (size_t i = 0; i < ev.nreasons; i++)
			sbuf_addf(&b, "%s%s", i ? "; " : "", ev.reasons[i]);
		out->reason = ev.nreasons ? sbuf_detach(&b) : xstrdup("no data");
		sbuf_release(&b);
		memset(&out->value, 0, sizeof out->value);
	}
	drop_reasons(&ev, 0);
	free(ev.reasons);
}

void expr_result_release(struct expr_result *r)
{
	for (size_t i = 0; i < r->nevidence; i++) {
		free(r->evidence[i].owned);
		free(r->evidence[i].text);
	}
	free(r->evidence);
	free(r->reason);
	memset(r, 0, sizeof *r);
}

bool expr_result_true(const struct expr_result *r)
{
	return r->evaluated && r->value.type == EXPR_BOOL && r->value.b;
}
