#include "yamlx.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "xalloc.h"

struct anchor {
	char *name;
	struct yx_node *node;
};

struct frame {
	struct yx_node *node;
	struct yx_node **items;
	size_t n, cap;
	char *anchor;
};

struct builder {
	struct yx_doc *doc;
	struct diag *d;
	struct frame *stack;
	size_t depth, cap;
	struct anchor *anchors;
	size_t nanchors, anchors_cap;
	size_t total;   /* nodes, aliases expanded */
	bool failed;
};

static void build_error(struct builder *b, int line, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void build_error(struct builder *b, int line, int col, const char *fmt, ...)
{
	char *where = xasprintf("%s:%d:%d", b->doc->file, line, col);
	va_list ap;
	va_start(ap, fmt);
	diag_vat(b->d, DIAG_ERROR, EXIT_DATAERR, where, fmt, ap);
	va_end(ap);
	b->failed = true;
}

static struct yx_node *new_node(struct builder *b, enum yx_kind kind,
				const yaml_mark_t *mark)
{
	struct yx_node *n = arena_alloc(&b->doc->arena, sizeof *n);
	n->kind = kind;
	n->line = (int)mark->line + 1;
	n->col = (int)mark->column + 1;
	n->weight = 1;
	return n;
}

/* Attach a finished node to its parent (or make it the root). */
static void attach(struct builder *b, struct yx_node *n)
{
	if (!b->depth) {
		b->doc->root = n;
		return;
	}
	struct frame *f = &b->stack[b->depth - 1];
	XGROW(f->items, f->cap, f->n + 1);
	f->items[f->n++] = n;
	f->node->weight += n->weight;
}

static void add_anchor(struct builder *b, char *name, struct yx_node *n)
{
	if (!name)
		return;
	XGROW(b->anchors, b->anchors_cap, b->nanchors + 1);
	b->anchors[b->nanchors].name = name;
	b->anchors[b->nanchors].node = n;
	b->nanchors++;
}

static bool count(struct builder *b, size_t weight, const yaml_mark_t *m)
{
	b->total += weight;
	if (b->total > YX_MAX_NODES) {
		build_error(b, (int)m->line + 1, (int)m->column + 1,
			    _("document too large: more than %d nodes once aliases are expanded "
			    "(is this an alias bomb?)"), YX_MAX_NODES);
		return false;
	}
	return true;
}

static bool on_event(struct builder *b, yaml_event_t *ev)
{
	const yaml_mark_t *m = &ev->start_mark;
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (b->doc->root) {
			build_error(b, (int)m->line + 1, (int)m->column + 1,
				    _("found a second YAML document, expected one per file"));
			return false;
		}
		return true;
	case YAML_SCALAR_EVENT: {
		if (ev->data.scalar.length > YX_MAX_SCALAR) {
			build_error(b, (int)m->line + 1, (int)m->column + 1,
				    _("string of %zu bytes is longer than the limit of %d"),
				    ev->data.scalar.length, YX_MAX_SCALAR);
			return false;
		}
		if (!count(b, 1, m))
			return false;
		struct yx_node *n = new_node(b, YX_SCALAR, m);
		n->str = arena_strndup(&b->doc->arena, (const char *)ev->data.scalar.value,
				       ev->data.scalar.length);
		n->len = ev->data.scalar.length;
		if (strlen(n->str) != n->len) {
			build_error(b, n->line, n->col, _("string holds a NUL byte"));
			return false;
		}
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		attach(b, n);
		if (ev->data.scalar.anchor)
			add_anchor(b, xstrdup((const char *)ev->data.scalar.anchor), n);
		return true;
	}
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT: {
		if (b->depth >= YX_MAX_DEPTH) {
			build_error(b, (int)m->line + 1, (int)m->column + 1,
				    _("nesting deeper than %d levels"), YX_MAX_DEPTH);
			return false;
		}
		if (!count(b, 1, m))
			return false;
		bool seq = ev->type == YAML_SEQUENCE_START_EVENT;
		XGROW(b->stack, b->cap, b->depth + 1);
		struct frame *f = &b->stack[b->depth++];
		memset(f, 0, sizeof *f);
		f->node = new_node(b, seq ? YX_SEQ : YX_MAP, m);
		const yaml_char_t *a = seq ? ev->data.sequence_start.anchor
					   : ev->data.mapping_start.anchor;
		f->anchor = a ? xstrdup((const char *)a) : NULL;
		return true;
	}
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT: {
		struct frame f = b->stack[--b->depth];
		struct yx_node *n = f.node;
		n->items = arena_alloc(&b->doc->arena, (f.n ? f.n : 1) * sizeof *n->items);
		if (f.n)
			memcpy(n->items, f.items, f.n * sizeof *n->items);
		n->n = n->kind == YX_MAP ? f.n / 2 : f.n;
		free(f.items);
		attach(b, n);
		add_anchor(b, f.anchor, n);
		return true;
	}
	case YAML_ALIAS_EVENT: {
		const char *name = (const char *)ev->data.alias.anchor;
		for (size_t i = b->nanchors; i-- > 0;)
			if (!strcmp(b->anchors[i].name, name)) {
				struct yx_node *n = b->anchors[i].node;
				if (!count(b, n->weight, m))
					return false;
				attach(b, n);
				return true;
			}
		build_error(b, (int)m->line + 1, (int)m->column + 1,
			    _("alias *%s refers to no earlier anchor"), name);
		return false;
	}
	default:
		return true;
	}
}

/* The problems and contexts libyaml reports (its own English), so that a
 * translation can say them: s in the language in use when it is one of
 * them, else s. */
static const char *libyaml_words(const char *s)
{
	static const char *const WORDS[] = {
		N_("invalid YAML"),
		N_("block sequence entries are not allowed in this context"),
		N_("control characters are not allowed"),
		N_("could not find expected ':'"),
		N_("did not find expected ',' or ']'"),
		N_("did not find expected ',' or '}'"),
		N_("did not find expected '-' indicator"),
		N_("did not find expected <document start>"),
		N_("did not find expected alphabetic or numeric character"),
		N_("did not find expected comment or line break"),
		N_("did not find expected key"),
		N_("did not find expected node content"),
		N_("did not find expected whitespace or line break"),
		N_("found a tab character that violates indentation"),
		N_("found a tab character where an indentation space is expected"),
		N_("found an incorrect leading UTF-8 octet"),
		N_("found an incorrect trailing UTF-8 octet"),
		N_("found character that cannot start any token"),
		N_("found undefined alias"),
		N_("found undefined tag handle"),
		N_("found unexpected ':'"),
		N_("found unexpected document indicator"),
		N_("found unexpected end of stream"),
		N_("found unknown escape character"),
		N_("incomplete UTF-8 octet sequence"),
		N_("input is too long"),
		N_("invalid Unicode character"),
		N_("invalid leading UTF-8 octet"),
		N_("invalid length of a UTF-8 sequence"),
		N_("invalid trailing UTF-8 octet"),
		N_("mapping keys are not allowed in this context"),
		N_("mapping values are not allowed in this context"),
		N_("while parsing a block collection"),
		N_("while parsing a block mapping"),
		N_("while parsing a block node"),
		N_("while parsing a flow mapping"),
		N_("while parsing a flow node"),
		N_("while parsing a flow sequence"),
		N_("while parsing a node"),
		N_("while scanning a block scalar"),
		N_("while scanning a plain scalar"),
		N_("while scanning a quoted scalar"),
		N_("while scanning a simple key"),
		N_("while scanning an alias"),
		N_("while scanning an anchor"),
		N_("while scanning for the next token"),
	};
	for (size_t i = 0; i < sizeof WORDS / sizeof *WORDS; i++)
		if (!strcmp(s, WORDS[i]))
			return _(WORDS[i]);
	return s;
}

/* libyaml leaves problem_mark unset for reader errors (bad UTF-8, control
 * characters): find the line and column from the byte offset instead. */
static void report_parse_error(struct builder *b, const yaml_parser_t *p)
{
	const char *raw = p->problem ? p->problem : N_("invalid YAML");
	const char *problem = libyaml_words(raw);
	const char *context = p->context ? libyaml_words(p->context) : NULL;
	if (p->error == YAML_READER_ERROR) {
		const char *src = b->doc->source;
		size_t off = p->problem_offset < b->doc->source_len ? p->problem_offset
								    : b->doc->source_len;
		int value = p->problem_value;
		/* A bad trailing byte: point at the character it was meant to end. */
		if (strstr(raw, "trailing") && off > 0) {
			size_t k = off - 1;
			while (k > 0 && ((unsigned char)src[k] & 0xC0) == 0x80)
				k--;
			off = k;
			value = (unsigned char)src[k];
		}
		int line = 1, col = 1;
		for (size_t i = 0; i < off; i++) {
			if (src[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)src[i] & 0xC0) != 0x80) {
				col++;
			}
		}
		if (value >= 0)
			build_error(b, line, col, _("%s (byte 0x%02X); the file must be UTF-8 text"),
				    problem, (unsigned)value & 0xFFu);
		else
			build_error(b, line, col, _("%s; the file must be UTF-8 text"), problem);
		return;
	}
	const yaml_mark_t *m = &p->problem_mark;
	if (p->context && p->context_mark.line != p->problem_mark.line)
		build_error(b, (int)m->line + 1, (int)m->column + 1, _("%s %s that started at line %d"),
			    problem, context, (int)p->context_mark.line + 1);
	else if (context)
		build_error(b, (int)m->line + 1, (int)m->column + 1, _("%s %s"), problem, context);
	else
		build_error(b, (int)m->line + 1, (int)m->column + 1, "%s", problem);
}

static int by_key(const void *a, const void *b)
{
	const struct yx_node *x = *(const struct yx_node *const *)a,
			     *y = *(const struct yx_node *const *)b;
	int c = strcmp(x->str, y->str);
	if (c)
		return c;
	/* Equal keys in file order, so the first one is the one kept. */
	return x->line != y->line ? (x->line < y->line ? -1 : 1)
				  : (x->col < y->col ? -1 : x->col > y->col);
}

/* Duplicate keys of a map: sorted, so a map with many keys costs n log n. */
static void check_duplicates(struct builder *b, const struct yx_node *n)
{
	struct yx_node **keys = xmalloc((n->n ? n->n : 1) * sizeof *keys);
	size_t nk = 0;
	for (size_t i = 0; i < n->n; i++)
		if (yx_key(n, i)->kind == YX_SCALAR)
			keys[nk++] = yx_key(n, i);
	qsort(keys, nk, sizeof *keys, by_key);
	/* Report in file order: mark the duplicates, then walk the map. */
	for (size_t i = 1; i < nk; i++) {
		size_t first = i - 1;
		while (i < nk && !strcmp(keys[i]->str, keys[first]->str)) {
			keys[i]->dup_of = keys[first]->line;
			i++;
		}
	}
	free(keys);
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *k = yx_key(n, i);
		if (k->kind == YX_SCALAR && k->dup_of)
			build_error(b, k->line, k->col, _("duplicate key '%s' (first at line %d)"),
				    k->str, k->dup_of);
	}
}

/* Keys must be scalars and unique. A node reached again through an alias
 * is checked once. */
static void check_maps(struct builder *b, const struct yx_node *n, int depth)
{
	if (!n || depth > YX_MAX_DEPTH || n->checked)
		return;
	((struct yx_node *)n)->checked = true;
	if (n->kind == YX_SEQ) {
		for (size_t i = 0; i < n->n; i++)
			check_maps(b, n->items[i], depth + 1);
		return;
	}
	if (n->kind != YX_MAP)
		return;
	for (size_t i = 0; i < n->n; i++) {
		struct yx_node *k = yx_key(n, i);
		if (k->kind != YX_SCALAR)
			build_error(b, k->line, k->col, _("found %s as a key, expected a name"),
				    yx_describe(k));
	}
	check_duplicates(b, n);
	for (size_t i = 0; i < n->n; i++)
		check_maps(b, yx_val(n, i), depth + 1);
}

bool yx_load_buffer(struct yx_doc *doc, const char *file, const char *buf,
		    size_t len, struct diag *d)
{
	memset(doc, 0, sizeof *doc);
	doc->file = file;
	arena_init(&doc->arena);
	if (len > YX_MAX_FILE) {
		diag_at(d, DIAG_ERROR, EXIT_DATAERR, file, 0, 0,
			_("file of %zu bytes is larger than the limit of %d MB"), len,
			YX_MAX_FILE / (1024 * 1024));
		return false;
	}
	/* A byte-order mark (editors on Windows write one) is no content. */
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) {
		buf += 3;
		len -= 3;
	}
	doc->source = xstrndup(buf, len);
	doc->source_len = len;

	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser)) {
		diag_fail(d, EXIT_SOFTWARE, _("cannot start the YAML parser"));
		return false;
	}
	yaml_parser_set_input_string(&parser, (const unsigned char *)doc->source, len);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

	struct builder b = { .doc = doc, .d = d };
	bool done = false;
	while (!done) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev)) {
			report_parse_error(&b, &parser);
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		bool ok = on_event(&b, &ev);
		yaml_event_delete(&ev);
		if (!ok)
			break;
	}
	yaml_parser_delete(&parser);
	while (b.depth) {
		struct frame *f = &b.stack[--b.depth];
		free(f->items);
		free(f->anchor);
	}
	free(b.stack);
	for (size_t i = 0; i < b.nanchors; i++)
		free(b.anchors[i].name);
	free(b.anchors);
	if (!b.failed)
		check_maps(&b, doc->root, 0);
	if (b.failed)
		doc->root = NULL;
	return !b.failed;
}

bool yx_load_file(struct yx_doc *doc, const char *path, struct diag *d)
{
	memset(doc, 0, sizeof *doc);
	doc->file = path;
	arena_init(&doc->arena);
	FILE *f = fopen(path, "rb");
	if (!f) {
		diag_at(d, DIAG_ERROR, EXIT_NOINPUT, path, 0, 0, _("cannot open: %s"),
			i18n_strerror(errno));
		return false;
	}
	struct sbuf s;
	sbuf_init(&s);
	char chunk[65536];
	size_t got;
	bool too_big = false;
	while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
		sbuf_add(&s, chunk, got);
		if (s.len > YX_MAX_FILE) {
			too_big = true;
			break;
		}
	}
	bool read_error = ferror(f);
	fclose(f);
	if (read_error) {
		diag_at(d, DIAG_ERROR, EXIT_NOINPUT, path, 0, 0, _("cannot read: %s"),
			i18n_strerror(errno));
		sbuf_release(&s);
		return false;
	}
	if (too_big) {
		diag_at(d, DIAG_ERROR, EXIT_DATAERR, path, 0, 0,
			_("file is larger than the limit of %d MB"), YX_MAX_FILE / (1024 * 1024));
		sbuf_release(&s);
		return false;
	}
	bool ok = yx_load_buffer(doc, path, s.s ? s.s : "", s.len, d);
	sbuf_release(&s);
	return ok;
}

void yx_release(struct yx_doc *doc)
{
	arena_release(&doc->arena);
	free(doc->source);
	memset(doc, 0, sizeof *doc);
}

struct yx_node *yx_get(const struct yx_node *map, const char *key)
{
	if (!map || map->kind != YX_MAP)
		return NULL;
	for (size_t i = 0; i < map->n; i++) {
		struct yx_node *k = yx_key(map, i);
		if (k->kind == YX_SCALAR && !strcmp(k->str, key))
			return yx_val(map, i);
	}
	return NULL;
}

bool yx_is_null(const struct yx_node *n)
{
	if (!n || n->kind != YX_SCALAR || !n->plain)
		return false;
	return !n->str[0] || !strcmp(n->str, "~") || !strcasecmp(n->str, "null");
}

static bool plain_bool(const struct yx_node *n, bool *v)
{
	static const char *const t[] = { "true", "True", "TRUE", NULL };
	static const char *const f[] = { "false", "False", "FALSE", NULL };
	if (n->kind != YX_SCALAR || !n->plain)
		return false;
	for (int i = 0; t[i]; i++)
		if (!strcmp(n->str, t[i])) {
			*v = true;
			return true;
		}
	for (int i = 0; f[i]; i++)
		if (!strcmp(n->str, f[i])) {
			*v = false;
			return true;
		}
	return false;
}

static bool plain_number(const struct yx_node *n, double *v)
{
	if (n->kind != YX_SCALAR || !n->plain || !n->str[0])
		return false;
	char *end;
	errno = 0;
	double x = strtod(n->str, &end);
	if (*end || errno == ERANGE || !isfinite(x))
		return false;
	/* strtod accepts "nan", "inf", hex: YAML numbers are decimal. */
	for (const char *p = n->str; *p; p++)
		if (!strchr("0123456789+-.eE", *p))
			return false;
	*v = x;
	return true;
}

const char *yx_describe(const struct yx_node *n)
{
	if (!n)
		return _("nothing");
	if (n->kind == YX_MAP)
		return _("a mapping");
	if (n->kind == YX_SEQ)
		return _("a list");
	double x;
	bool b;
	if (yx_is_null(n))
		return "null";
	if (plain_bool(n, &b))
		return _("true/false");
	if (plain_number(n, &x))
		return _("a number");
	return _("a string");
}

void yx_error(const struct yx_doc *doc, const struct yx_node *n, struct diag *d,
	      const char *fmt, ...)
{
	char *where = n ? xasprintf("%s:%d:%d", doc->file, n->line, n->col)
			: xstrdup(doc->file);
	va_list ap;
	va_start(ap, fmt);
	diag_vat(d, DIAG_ERROR, EXIT_DATAERR, where, fmt, ap);
	va_end(ap);
}

/* A short, printable rendering of a scalar for "found ..." messages. */
static char *shown(const struct yx_node *n)
{
	if (n->kind != YX_SCALAR)
		return xstrdup(yx_describe(n));
	size_t cut = utf8_prefix_for_width(n->str, 40);
	char *clean = text_sanitize(n->str);
	char *s;
	if (cut < n->len)
		s = xasprintf(_("'%.*s...'"), (int)utf8_prefix_for_width(clean, 40), clean);
	else
		s = xasprintf(_("'%s'"), clean);
	free(clean);
	return s;
}

void yx_unknown(const struct yx_doc *doc, const struct yx_node *n,
		const char *what, const char *const *cands, size_t ncands,
		struct diag *d)
{
	const char *close = n->kind == YX_SCALAR ? text_closest(n->str, cands, ncands) : NULL;
	char *found = shown(n);
	if (close)
		yx_error(doc, n, d, _("unknown %s %s (did you mean '%s'?)"), what, found, close);
	else
		yx_error(doc, n, d, _("unknown %s %s"), what, found);
	free(found);
}

bool yx_want_map(const struct yx_doc *doc, const struct yx_node *n, const char *what, struct diag *d)
{
	if (n && n->kind == YX_MAP)
		return true;
	yx_error(doc, n, d, _("%s: found %s, expected a mapping"), what, yx_describe(n));
	return false;
}

bool yx_want_seq(const struct yx_doc *doc, const struct yx_node *n, const char *what, struct diag *d)
{
	if (n && n->kind == YX_SEQ)
		return true;
	yx_error(doc, n, d, _("%s: found %s, expected a list"), what, yx_describe(n));
	return false;
}

bool yx_want_scalar(const struct yx_doc *doc, const struct yx_node *n, const char *what, struct diag *d)
{
	if (n && n->kind == YX_SCALAR && !yx_is_null(n))
		return true;
	yx_error(doc, n, d, _("%s: found %s, expected a value"), what, yx_describe(n));
	return false;
}

bool yx_check_keys(const struct yx_doc *doc, const struct yx_node *map,
		   const char *const *allowed, const char *const *required,
		   const char *what, struct diag *d)
{
	bool ok = true;
	size_t nallowed = 0;
	while (allowed[nallowed])
		nallowed++;
	for (size_t i = 0; i < map->n; i++) {
		struct yx_node *k = yx_key(map, i);
		if (k->kind != YX_SCALAR)
			continue; /* reported by the loader */
		bool known = false;
		for (size_t j = 0; j < nallowed; j++)
			if (!strcmp(k->str, allowed[j])) {
				known = true;
				break;
			}
		if (!known && diag_full(d)) {
			yx_error(doc, k, d, _("unknown key"));
			ok = false;
		} else if (!known) {
			const char *close = text_closest(k->str, allowed, nallowed);
			char *found = shown(k);
			if (close)
				yx_error(doc, k, d, _("unknown key %s in %s (did you mean '%s'?)"), found,
					 what, close);
			else
				yx_error(doc, k, d, _("unknown key %s in %s"), found, what);
			free(found);
			ok = false;
		}
	}
	for (size_t j = 0; required && required[j]; j++)
		if (!yx_get(map, required[j])) {
			yx_error(doc, map, d, _("%s is missing the required key '%s'"), what,
				 required[j]);
			ok = false;
		}
	return ok;
}

bool yx_num(const struct yx_doc *doc, const struct yx_node *n, double min,
	    double max, double *out, const char *what, struct diag *d)
{
	double x;
	if (!n || !plain_number(n, &x)) {
		char *found = n ? shown(n) : xstrdup(_("nothing"));
		yx_error(doc, n, d, _("%s: found %s, expected a number"), what, found);
		free(found);
		return false;
	}
	if (x < min || x > max) {
		yx_error(doc, n, d, _("%s: %s is out of range, expected %g..%g"), what,
			 n->str, min, max);
		return false;
	}
	*out = x;
	return true;
}

bool yx_int(const struct yx_doc *doc, const struct yx_node *n, long min,
	    long max, long *out, const char *what, struct diag *d)
{
	double x;
	if (!n || !plain_number(n, &x)) {
		char *found = n ? shown(n) : xstrdup(_("nothing"));
		yx_error(doc, n, d, _("%s: found %s, expected a whole number"), what, found);
		free(found);
		return false;
	}
	if (x < (double)min || x > (double)max) {
		yx_error(doc, n, d, _("%s: %s is out of range, expected %ld..%ld"), what, n->str,
			 min, max);
		return false;
	}
	if (x != floor(x)) {
		yx_error(doc, n, d, _("%s: found %s, expected a whole number"), what, n->str);
		return false;
	}
	*out = (long)x;
	return true;
}

bool yx_bool(const struct yx_doc *doc, const struct yx_node *n, bool *out,
	     const char *what, struct diag *d)
{
	if (n && plain_bool(n, out))
		return true;
	char *found = n ? shown(n) : xstrdup(_("nothing"));
	yx_error(doc, n, d, _("%s: found %s, expected true or false"), what, found);
	free(found);
	return false;
}

bool yx_str(const struct yx_doc *doc, const struct yx_node *n,
	    const char **out, const char *what, struct diag *d)
{
	if (!n || n->kind != YX_SCALAR || yx_is_null(n) || !n->str[0]) {
		yx_error(doc, n, d, _("%s: found %s, expected a non-empty string"), what,
			 n && n->kind == YX_SCALAR && !n->str[0] ? _("an empty string") : yx_describe(n));
		return false;
	}
	*out = n->str;
	return true;
}

bool yx_id(const struct yx_doc *doc, const struct yx_node *n,
	   const char **out, const char *what, struct diag *d)
{
	if (!yx_str(doc, n, out, what, d))
		return false;
	if (!text_is_id(n->str) || n->len > 100) {
		char *found = shown(n);
		yx_error(doc, n, d, _("%s: found %s, expected an id of lower-case letters, "
			 "digits and '-' (at most 100)"), what, found);
		free(found);
		return false;
	}
	return true;
}

bool yx_text(const struct yx_doc *doc, const struct yx_node *n,
	     struct text *out, const char *what, struct diag *d)
{
	memset(out, 0, sizeof *out);
	if (n && n->kind == YX_SCALAR)
		return yx_str(doc, n, &out->v[LANG_EN], what, d);
	if (!n || n->kind != YX_MAP) {
		yx_error(doc, n, d, _("%s: found %s, expected a string or a map of "
			 "language to string ({en: ..., fa: ...})"), what, yx_describe(n));
		return false;
	}
	/* Every language the binary knows is a key; English is required. */
	const char *langs[LANG_MAX + 1];
	size_t nl = lang_count();
	for (size_t i = 0; i < nl; i++)
		langs[i] = lang_code((lang_id)i);
	langs[nl] = NULL;
	static const char *const req[] = { "en", NULL };
	bool ok = yx_check_keys(doc, n, langs, req, what, d);
	for (size_t i = 0; i < nl; i++) {
		struct yx_node *v = yx_get(n, langs[i]);
		if (v && !yx_str(doc, v, &out->v[i], what, d))
			ok = false;
	}
	return ok;
}
