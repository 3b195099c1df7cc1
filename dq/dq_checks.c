/* Data quality: the checks file (YAML) into struct dq_checks, validated
 * with every error reported at FILE:LINE:COL. The format is documented in
 * docs/dq-checks.md. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/i18n.h"
#include "../core/yamlx.h"
#include "dq.h"

static const char *const TOP_KEYS[] = { "id", "version", "title", "entity", "record_id",
					"fields", "duplicates", "freshness", "score", NULL };
static const char *const TOP_REQUIRED[] = { "id", "fields", NULL };
static const char *const FIELD_KEYS[] = { "column", "required", "format", "country", "values",
					  "ignore_case", "pattern", "length", NULL };
static const char *const FIELD_REQUIRED[] = { "column", NULL };
static const char *const LENGTH_KEYS[] = { "min", "max", NULL };
static const char *const RULE_KEYS[] = { "name", "match", "columns", "max_distance",
					 "min_length", "blocks", "shared", NULL };
static const char *const SHARED_KEYS[] = { "local_parts", "names", NULL };
static const char *const CONFLICT_KEYS[] = { "accounts", "columns", NULL };
static const char *const RULE_REQUIRED[] = { "name", "match", "columns", NULL };
static const char *const BLOCK_KEYS[] = { "column", "part", "ignore", "public", "conflicts",
					  NULL };
static const char *const PUBLIC_KEYS[] = { "list", "accounts", "min_accounts", "min_share",
					   NULL };
static const char *const BLOCK_REQUIRED[] = { "column", NULL };
static const char *const FRESH_KEYS[] = { "column", "days", NULL };
static const char *const SCORE_KEYS[] = { "completeness", "validity", "uniqueness",
					  "freshness", NULL };
static const char *const FORMATS[] = { "email", "phone", "date", "text", NULL };
static const char *const MATCHES[] = { "exact", "fuzzy", NULL };
static const char *const PARTS[] = { "value", "domain", NULL };

struct loader {
	struct yx_doc *doc;
	struct diag *d;
	bool ok;
};

/* A list of non-empty strings (or one string) into a NULL-terminated array. */
static const char *const *string_list(struct loader *L, const struct yx_node *n,
				      const char *what, size_t *count)
{
	*count = 0;
	if (n && n->kind == YX_SCALAR && !yx_is_null(n)) {
		const char **v = xcalloc(2, sizeof *v);
		v[0] = n->str;
		*count = 1;
		return v;
	}
	if (!yx_want_seq(L->doc, n, what, L->d)) {
		L->ok = false;
		return NULL;
	}
	const char **v = xcalloc(n->n + 1, sizeof *v);
	for (size_t i = 0; i < n->n; i++) {
		const char *s;
		if (!yx_str(L->doc, n->items[i], &s, what, L->d)) {
			L->ok = false;
			continue;
		}
		v[(*count)++] = s;
	}
	if (n->n == 0) {
		yx_error(L->doc, n, L->d, _("%s: the list is empty"), what);
		L->ok = false;
	}
	return v;
}

static void compile_pattern(struct loader *L, struct dq_field *f, const struct yx_node *n)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)f->pattern, PCRE2_ZERO_TERMINATED,
				       PCRE2_UTF, &err, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[160];
		pcre2_get_error_message(err, msg, sizeof msg);
		/* Point at the offending character when the pattern sits on one line. */
		int col = n->col + (int)off + (n->plain ? 0 : 1);
		diag_err(L->d, L->doc->file, n->line, col,
			 _("pattern: %s at character %zu of the regular expression"), (const char *)msg,
			 (size_t)off + 1);
		L->ok = false;
		return;
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
	f->re = re;
	f->re_match = pcre2_match_data_create_from_pattern(re, NULL);
}

static void load_field(struct loader *L, struct dq_checks *c, const struct yx_node *n,
		       struct dq_field *f)
{
	f->min_length = f->max_length = -1;
	f->line = n->line;
	f->col = n->col;
	if (!yx_want_map(L->doc, n, _("a field"), L->d)) {
		L->ok = false;
		return;
	}
	if (!yx_check_keys(L->doc, n, FIELD_KEYS, FIELD_REQUIRED, _("a field"), L->d))
		L->ok = false;
	struct yx_node *v;
	if ((v = yx_get(n, "column")) && !yx_str(L->doc, v, &f->column, "column", L->d))
		L->ok = false;
	if ((v = yx_get(n, "required")) && !yx_bool(L->doc, v, &f->required, "required", L->d))
		L->ok = false;
	if ((v = yx_get(n, "format"))) {
		const char *s = NULL;
		if (!yx_str(L->doc, v, &s, "format", L->d)) {
			L->ok = false;
		} else if (!strcmp(s, "email")) {
			f->format = DQ_FMT_EMAIL;
		} else if (!strcmp(s, "phone")) {
			f->format = DQ_FMT_PHONE;
		} else if (!strcmp(s, "date")) {
			f->format = DQ_FMT_DATE;
		} else if (!strcmp(s, "text")) {
			f->format = DQ_FMT_NONE;
		} else {
			yx_unknown(L->doc, v, "format", FORMATS, (size_t)-1, L->d);
			L->ok = false;
		}
	}
	if ((v = yx_get(n, "country"))) {
		const char *s = NULL;
		if (!yx_str(L->doc, v, &s, "country", L->d)) {
			L->ok = false;
		} else if (strspn(s, "0123456789") != strlen(s) || strlen(s) > 3) {
			yx_error(L->doc, v, L->d, _("country: found '%s', expected a country calling "
				 "code of 1 to 3 digits (e.g. 98 or 1)"), s);
			L->ok = false;
		} else if (f->format != DQ_FMT_PHONE) {
			yx_error(L->doc, v, L->d, _("country: only a field with format: phone has a "
				 "country"));
			L->ok = false;
		} else {
			f->country = s;
		}
	}
	if ((v = yx_get(n, "values"))) {
		f->values = string_list(L, v, "values", &f->nvalues);
		f->has_validity = true;
	}
	if ((v = yx_get(n, "ignore_case")) && !yx_bool(L->doc, v, &f->ignore_case, "ignore_case", L->d))
		L->ok = false;
	if ((v = yx_get(n, "pattern"))) {
		if (!yx_str(L->doc, v, &f->pattern, "pattern", L->d))
			L->ok = false;
		else
			compile_pattern(L, f, v);
		f->has_validity = true;
	}
	if ((v = yx_get(n, "length"))) {
		if (!yx_want_map(L->doc, v, "length", L->d)) {
			L->ok = false;
		} else {
			if (!yx_check_keys(L->doc, v, LENGTH_KEYS, NULL, "length", L->d))
				L->ok = false;
			struct yx_node *x;
			if ((x = yx_get(v, "min")) && !yx_int(L->doc, x, 0, 1000000, &f->min_length, "length min", L->d))
				L->ok = false;
			if ((x = yx_get(v, "max")) && !yx_int(L->doc, x, 1, 1000000, &f->max_length, "length max", L->d))
				L->ok = false;
			if (f->min_length >= 0 && f->max_length >= 0 && f->min_length > f->max_length) {
				yx_error(L->doc, v, L->d, _("length: min %ld is above max %ld"),
					 f->min_length, f->max_length);
				L->ok = false;
			}
			if (!yx_get(v, "min") && !yx_get(v, "max")) {
				yx_error(L->doc, v, L->d, _("length: give min, max or both"));
				L->ok = false;
			}
		}
		f->has_validity = true;
	}
	if (f->format != DQ_FMT_NONE)
		f->has_validity = true;
	(void)c;
}

static void load_conflicts(struct loader *L, const struct yx_node *v, struct dq_block *b);

static void load_block(struct loader *L, const struct yx_node *n, struct dq_block *b)
{
	if (!yx_want_map(L->doc, n, _("a block"), L->d)) {
		L->ok = false;
		return;
	}
	if (!yx_check_keys(L->doc, n, BLOCK_KEYS, BLOCK_REQUIRED, _("a block"), L->d))
		L->ok = false;
	struct yx_node *v;
	if ((v = yx_get(n, "column")) && !yx_str(L->doc, v, &b->column, "block column", L->d))
		L->ok = false;
	if ((v = yx_get(n, "part"))) {
		const char *s = NULL;
		if (!yx_str(L->doc, v, &s, "part", L->d)) {
			L->ok = false;
		} else if (!strcmp(s, "domain")) {
			b->part = DQ_PART_DOMAIN;
		} else if (strcmp(s, "value")) {
			yx_unknown(L->doc, v, _("block part"), PARTS, (size_t)-1, L->d);
			L->ok = false;
		}
	}
	if ((v = yx_get(n, "ignore")))
		b->ignore = string_list(L, v, "ignore", &b->nignore);
	b->public_min_accounts = 3;
	b->public_min_share = 0.5;
	if ((v = yx_get(n, "conflicts")))
		load_conflicts(L, v, b);
	if ((v = yx_get(n, "public"))) {
		b->public_line = v->line;
		b->public_col = v->col;
		struct yx_node *p;
		if (b->part != DQ_PART_DOMAIN) {
			yx_error(L->doc, v, L->d, _("public: only a block with part: domain has public "
				 "values (e-mail domains)"));
			L->ok = false;
		} else if (!yx_want_map(L->doc, v, "public", L->d) ||
			   !yx_check_keys(L->doc, v, PUBLIC_KEYS, NULL, "public", L->d)) {
			L->ok = false;
		} else {
			b->public_list = true;
			if ((p = yx_get(v, "list")) && !yx_bool(L->doc, p, &b->public_list, "list", L->d))
				L->ok = false;
			if ((p = yx_get(v, "accounts")) &&
			    !yx_str(L->doc, p, &b->public_accounts, "public accounts", L->d))
				L->ok = false;
			if ((p = yx_get(v, "min_accounts")) &&
			    !yx_int(L->doc, p, 2, 1000000, &b->public_min_accounts, "min_accounts", L->d))
				L->ok = false;
			if ((p = yx_get(v, "min_share")) &&
			    !yx_num(L->doc, p, 0, 1, &b->public_min_share, "min_share", L->d))
				L->ok = false;
		}
	}
}

/* The accounts that make a domain public, or a pair's accounts different,
 * are read from another block of the rule (the account block already
 * holds every record's account). */
static void check_accounts(struct loader *L, const struct yx_node *n, const struct dq_rule *r,
			   const char *accounts, const char *key)
{
	if (!accounts)
		return;
	for (size_t k = 0; k < r->nblocks; k++)
		if (r->blocks[k].part == DQ_PART_VALUE && r->blocks[k].column &&
		    csvx_header_eq(r->blocks[k].column, accounts))
			return;
	const struct yx_node *p = yx_get(yx_get(n, key), "accounts");
	yx_error(L->doc, p ? p : n, L->d, _("%s accounts: '%s' is not a block of this rule "
		 "(add {column: %s} to its blocks)"), key, accounts, accounts);
	L->ok = false;
}

static void check_public_accounts(struct loader *L, const struct yx_node *n,
				  const struct dq_rule *r, const struct dq_block *b)
{
	check_accounts(L, n, r, b->public_accounts, "public");
	check_accounts(L, n, r, b->conflict_accounts, "conflicts");
}

static void load_conflicts(struct loader *L, const struct yx_node *v, struct dq_block *b)
{
	if (!yx_want_map(L->doc, v, "conflicts", L->d) ||
	    !yx_check_keys(L->doc, v, CONFLICT_KEYS, CONFLICT_KEYS, "conflicts", L->d)) {
		L->ok = false;
		return;
	}
	struct yx_node *p;
	if ((p = yx_get(v, "accounts")) &&
	    !yx_str(L->doc, p, &b->conflict_accounts, "conflicts accounts", L->d))
		L->ok = false;
	if ((p = yx_get(v, "columns")))
		b->conflict_columns = string_list(L, p, "conflicts columns", &b->nconflict_columns);
}

static void load_shared(struct loader *L, const struct yx_node *v, struct dq_rule *r)
{
	if (r->match != DQ_MATCH_EXACT) {
		yx_error(L->doc, v, L->d, _("shared: only an exact rule on an e-mail column has "
			 "shared mailboxes"));
		L->ok = false;
		return;
	}
	if (!yx_want_map(L->doc, v, "shared", L->d) ||
	    !yx_check_keys(L->doc, v, SHARED_KEYS, SHARED_KEYS, "shared", L->d)) {
		L->ok = false;
		return;
	}
	struct yx_node *p;
	if ((p = yx_get(v, "local_parts")))
		r->shared_local = string_list(L, p, "shared local_parts", &r->nshared_local);
	if ((p = yx_get(v, "names")))
		r->shared_names = string_list(L, p, "shared names", &r->nshared_names);
}

static void load_rule(struct loader *L, const struct yx_node *n, struct dq_rule *r)
{
	r->max_distance = 1;
	r->min_length = 5;
	if (!yx_want_map(L->doc, n, _("a duplicate rule"), L->d)) {
		L->ok = false;
		return;
	}
	if (!yx_check_keys(L->doc, n, RULE_KEYS, RULE_REQUIRED, _("a duplicate rule"), L->d))
		L->ok = false;
	struct yx_node *v;
	if ((v = yx_get(n, "name")) && !yx_id(L->doc, v, &r->name, "name", L->d))
		L->ok = false;
	if ((v = yx_get(n, "match"))) {
		const char *s = NULL;
		if (!yx_str(L->doc, v, &s, "match", L->d)) {
			L->ok = false;
		} else if (!strcmp(s, "fuzzy")) {
			r->match = DQ_MATCH_FUZZY;
		} else if (strcmp(s, "exact")) {
			yx_unknown(L->doc, v, "match", MATCHES, (size_t)-1, L->d);
			L->ok = false;
		}
	}
	if ((v = yx_get(n, "columns")))
		r->columns = string_list(L, v, "columns", &r->ncolumns);
	long x;
	if ((v = yx_get(n, "max_distance"))) {
		if (!yx_int(L->doc, v, 0, 3, &x, "max_distance", L->d))
			L->ok = false;
		else
			r->max_distance = (unsigned)x;
	}
	if ((v = yx_get(n, "min_length"))) {
		if (!yx_int(L->doc, v, 0, 100, &x, "min_length", L->d))
			L->ok = false;
		else
			r->min_length = (unsigned)x;
	}
	if ((v = yx_get(n, "shared")))
		load_shared(L, v, r);
	v = yx_get(n, "blocks");
	if (r->match == DQ_MATCH_EXACT && v) {
		yx_error(L->doc, v, L->d, _("blocks: only a fuzzy rule has blocks (an exact rule "
			 "compares whole keys)"));
		L->ok = false;
	} else if (r->match == DQ_MATCH_FUZZY) {
		if (!v) {
			yx_error(L->doc, n, L->d, _("a fuzzy rule needs blocks (records are only compared "
				 "within a block, e.g. [{column: AccountId}])"));
			L->ok = false;
		} else if (!yx_want_seq(L->doc, v, "blocks", L->d)) {
			L->ok = false;
		} else {
			r->blocks = xcalloc(v->n + 1, sizeof *r->blocks);
			r->nblocks = v->n;
			for (size_t i = 0; i < v->n; i++)
				load_block(L, v->items[i], &r->blocks[i]);
			for (size_t i = 0; i < v->n; i++)
				check_public_accounts(L, v->items[i], r, &r->blocks[i]);
			if (!v->n) {
				yx_error(L->doc, v, L->d, _("blocks: the list is empty"));
				L->ok = false;
			}
		}
	}
}

static void load_score(struct loader *L, struct dq_checks *c, const struct yx_node *n)
{
	if (!yx_want_map(L->doc, n, "score", L->d)) {
		L->ok = false;
		return;
	}
	if (!yx_check_keys(L->doc, n, SCORE_KEYS, NULL, "score", L->d))
		L->ok = false;
	double *w[] = { &c->w_completeness, &c->w_validity, &c->w_uniqueness, &c->w_freshness };
	for (size_t i = 0; i < 4; i++) {
		struct yx_node *v = yx_get(n, SCORE_KEYS[i]);
		if (v && !yx_num(L->doc, v, 0, 1000, w[i], _("score weight"), L->d))
			L->ok = false;
	}
	if (L->ok && c->w_completeness + c->w_validity + c->w_uniqueness + c->w_freshness <= 0) {
		yx_error(L->doc, n, L->d, _("score: at least one weight must be above 0"));
		L->ok = false;
	}
}

/* Shared mailboxes are local parts of an address: the rule needs a column
 * the fields give format: email. */
static void check_shared(struct loader *L, const struct dq_checks *c, const struct yx_node *n,
			 const struct dq_rule *r)
{
	if (!r->nshared_local)
		return;
	for (size_t j = 0; j < r->ncolumns; j++) {
		const struct dq_field *f = r->columns[j] ? dq_checks_field(c, r->columns[j]) : NULL;
		if (f && f->format == DQ_FMT_EMAIL)
			return;
	}
	yx_error(L->doc, yx_get(n, "shared"), L->d, _("shared: none of the rule's columns is a field "
		 "with format: email (shared mailboxes are e-mail addresses)"));
	L->ok = false;
}

bool dq_entity_valid(const char *s)
{
	if (!*s || strlen(s) > 100)
		return false;
	for (const char *p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      *p == '-' || *p == '_' || *p == '.'))
			return false;
	return true;
}

bool dq_checks_load(struct dq_checks *c, const char *file, const char *buf,
		    size_t len, struct diag *d)
{
	memset(c, 0, sizeof *c);
	struct yx_doc *doc = xcalloc(1, sizeof *doc);
	c->priv = doc;
	c->w_completeness = 0.3;
	c->w_validity = 0.3;
	c->w_uniqueness = 0.25;
	c->w_freshness = 0.15;
	c->version = 1;
	struct loader L = { doc, d, true };
	if (!yx_load_buffer(doc, file, buf, len, d))
		goto fail;
	struct yx_node *root = doc->root;
	if (!root || root->kind != YX_MAP) {
		yx_error(doc, root, d, _("checks: found %s, expected a mapping with id and fields"),
			 yx_describe(root));
		goto fail;
	}
	if (!yx_check_keys(doc, root, TOP_KEYS, TOP_REQUIRED, _("the checks"), d))
		L.ok = false;
	struct yx_node *v;
	if ((v = yx_get(root, "id")) && !yx_id(doc, v, &c->id, "id", d))
		L.ok = false;
	if ((v = yx_get(root, "version")) && !yx_int(doc, v, 1, 1000000, &c->version, "version", d))
		L.ok = false;
	if ((v = yx_get(root, "title")) && !yx_text(doc, v, &c->title, "title", d))
		L.ok = false;
	if ((v = yx_get(root, "entity")) && !yx_str(doc, v, &c->entity, "entity", d))
		L.ok = false;
	else if (v && !dq_entity_valid(c->entity)) {
		yx_error(doc, v, d, _("entity: found '%s', expected a name of letters, digits, '-', "
			 "'_' or '.' (at most 100), e.g. Contact"), c->entity);
		L.ok = false;
	}
	if ((v = yx_get(root, "record_id")) && !yx_str(doc, v, &c->record_id, "record_id", d))
		L.ok = false;
	if ((v = yx_get(root, "fields"))) {
		if (!yx_want_seq(doc, v, "fields", d)) {
			L.ok = false;
		} else {
			c->fields = xcalloc(v->n + 1, sizeof *c->fields);
			c->nfields = v->n;
			for (size_t i = 0; i < v->n; i++) {
				load_field(&L, c, v->items[i], &c->fields[i]);
				for (size_t j = 0; j < i && c->fields[i].column; j++)
					if (c->fields[j].column &&
					    csvx_header_eq(c->fields[j].column, c->fields[i].column)) {
						yx_error(doc, yx_get(v->items[i], "column"), d,
							 _("column '%s' is already listed (line %d)"),
							 c->fields[i].column, c->fields[j].line);
						L.ok = false;
					}
			}
			if (!v->n) {
				yx_error(doc, v, d, _("fields: the list is empty"));
				L.ok = false;
			}
		}
	}
	if ((v = yx_get(root, "duplicates"))) {
		if (!yx_want_seq(doc, v, "duplicates", d)) {
			L.ok = false;
		} else {
			c->rules = xcalloc(v->n + 1, sizeof *c->rules);
			c->nrules = v->n;
			if (v->n > 30) {
				yx_error(doc, v, d, _("duplicates: at most 30 rules"));
				L.ok = false;
			}
			for (size_t i = 0; i < v->n; i++) {
				load_rule(&L, v->items[i], &c->rules[i]);
				check_shared(&L, c, v->items[i], &c->rules[i]);
				for (size_t j = 0; j < i && c->rules[i].name; j++)
					if (c->rules[j].name && !strcmp(c->rules[j].name, c->rules[i].name)) {
						yx_error(doc, yx_get(v->items[i], "name"), d,
							 _("duplicate rule name '%s'"), c->rules[i].name);
						L.ok = false;
					}
			}
		}
	}
	if ((v = yx_get(root, "freshness"))) {
		if (!yx_want_map(doc, v, "freshness", d)) {
			L.ok = false;
		} else {
			if (!yx_check_keys(doc, v, FRESH_KEYS, FRESH_KEYS, "freshness", d))
				L.ok = false;
			struct yx_node *x;
			if ((x = yx_get(v, "column")) && !yx_str(doc, x, &c->fresh_column, "freshness column", d))
				L.ok = false;
			if ((x = yx_get(v, "days")) && !yx_int(doc, x, 0, 100000, &c->fresh_days, "freshness days", d))
				L.ok = false;
		}
	}
	if ((v = yx_get(root, "score")))
		load_score(&L, c, v);
	if (L.ok)
		return true;
fail:
	dq_checks_release(c);
	return false;
}

void dq_checks_release(struct dq_checks *c)
{
	for (size_t i = 0; i < c->nfields; i++) {
		free((void *)c->fields[i].values);
		if (c->fields[i].re_match)
			pcre2_match_data_free(c->fields[i].re_match);
		if (c->fields[i].re)
			pcre2_code_free(c->fields[i].re);
	}
	free(c->fields);
	for (size_t i = 0; i < c->nrules; i++) {
		free((void *)c->rules[i].columns);
		free((void *)c->rules[i].shared_local);
		free((void *)c->rules[i].shared_names);
		for (size_t j = 0; j < c->rules[i].nblocks; j++) {
			free((void *)c->rules[i].blocks[j].ignore);
			free((void *)c->rules[i].blocks[j].conflict_columns);
		}
		free(c->rules[i].blocks);
	}
	free(c->rules);
	if (c->priv) {
		yx_release(c->priv);
		free(c->priv);
	}
	memset(c, 0, sizeof *c);
}

const struct dq_field *dq_checks_field(const struct dq_checks *c, const char *column)
{
	for (size_t i = 0; i < c->nfields; i++)
		if (c->fields[i].column && csvx_header_eq(c->fields[i].column, column))
			return &c->fields[i];
	return NULL;
}
