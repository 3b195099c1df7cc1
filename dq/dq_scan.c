/* Data quality: stream a CSV export through the checks, profile every
 * field, find duplicate clusters, compute the §7 figures. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "../core/csvx.h"
#include "../core/hash.h"
#include "../core/i18n.h"
#include "../core/jobs.h"
#include "../core/rowpipe.h"
#include "dq_internal.h"

/* A set of 64-bit hashes (0 is never stored: dq_hash avoids it). */
struct hset {
	uint64_t *slots;
	size_t n, cap;
};

static void hset_release(struct hset *s)
{
	free(s->slots);
	memset(s, 0, sizeof *s);
}

static bool hset_add(struct hset *s, uint64_t h)
{
	if ((s->n + 1) * 4 >= s->cap * 3) {
		size_t cap = s->cap ? s->cap * 2 : 256;
		uint64_t *slots = xcalloc(cap, sizeof *slots);
		for (size_t i = 0; i < s->cap; i++)
			if (s->slots[i]) {
				size_t j = s->slots[i] & (cap - 1);
				while (slots[j])
					j = (j + 1) & (cap - 1);
				slots[j] = s->slots[i];
			}
		free(s->slots);
		s->slots = slots;
		s->cap = cap;
	}
	size_t j = h & (s->cap - 1);
	while (s->slots[j]) {
		if (s->slots[j] == h)
			return false;
		j = (j + 1) & (s->cap - 1);
	}
	s->slots[j] = h;
	s->n++;
	return true;
}

static bool hset_has(const struct hset *s, uint64_t h)
{
	if (!s->cap)
		return false;
	size_t j = h & (s->cap - 1);
	while (s->slots[j]) {
		if (s->slots[j] == h)
			return true;
		j = (j + 1) & (s->cap - 1);
	}
	return false;
}

struct rule_state {
	int *cols;                 /* column index per rule column */
	const struct dq_field **fields;
	struct dq_keys keys;       /* the keys' text: fuzzy rules, and exact ones for
				    * --clusters-out (it prints them) */
	uint64_t *key_hash;        /* an exact rule without --clusters-out: per record,
				    * the key's 64-bit hash (0 = no key) */
	int *block_cols;
	const struct dq_field **block_fields;
	uint64_t **block_hash;     /* per block, per record */
	struct hset *block_ignore; /* listed public values and the block's ignore */
	struct hset *block_brands; /* listed "brand.*" domains: hashes of "brand." */
	struct dq_domtab *domains; /* per domain block: the domains met */
	int *account_block;        /* per block: the block of its public accounts, or -1 */
	struct dq_public_test *pub; /* per block */
	uint32_t *swapped;         /* fuzzy: per record, the sorted words' hash */
	/* per block: the pairs it never joins (dq_veto), from the block of
	 * their accounts (-1: none) and the evidence columns */
	int *conflict_block;
	int **conflict_cols;
	const struct dq_field ***conflict_fields;
	uint32_t ***evidence;      /* per block, per conflict column, per record */
	uint32_t ***alike;         /* the same for e-mail columns: the name form */
	struct dq_veto *veto;
	/* exact: shared mailboxes (local parts' hashes), the rule's e-mail
	 * column (-1: none) and the names added to a shared one's key */
	struct hset shared_local;
	int email_col;
	int *shared_cols;
	const struct dq_field **shared_fields;
};

/* The e-mail or phone key of one cell, made once a row: validity and the
 * duplicate rules and blocks that read the same column share it. */
struct norm_slot {
	long row;
	const struct dq_field *f;
	bool ok;
	struct sbuf key;
};

/* Folded names repeat (first names, family names): the Unicode path of
 * dq_fold is remembered for recent values, in a direct-mapped table. */
enum { FOLD_SLOTS = 4096, FOLD_MAX = 128 };
struct fold_slot {
	uint64_t h;
	unsigned flags;
	struct sbuf raw, out;
};

/* The rows are read on the calling thread and handed in batches to two
 * workers (core/rowpipe.h): the profile worker counts, checks and keeps
 * examples per field; the key worker keeps freshness, ids and the
 * duplicate rules' keys and blocks. Each has its own scratch below, and
 * what they write in struct scan is disjoint (marked per member). */
struct scan;
struct scan_worker {
	struct scan *S;
	struct sbuf a, b, key, words;
	struct norm_slot *norm;    /* per header column */
	struct fold_slot *fold;    /* FOLD_SLOTS */
	long cur_row;
	size_t row_bytes;          /* of the first GUESS_ROWS rows: for pre-sizing */
};

struct scan {
	const struct dq_checks *c;
	const struct dq_scan_opts *opts;
	struct dq_result *res;     /* records: reader; fields: profile; fresh: keys */
	struct diag *d;            /* reader only */
	const char *file;
	uint64_t file_size;        /* 0 when unknown */
	int *field_col;
	uint64_t **distinct;       /* profile: per field, hashes of the non-empty values */
	size_t *ndistinct, *capdistinct;
	bool *dense;               /* profile: per field, values mostly distinct */
	struct hset *allowed;      /* per field with values */
	struct rule_state *rules;  /* keys */
	int fresh_col, id_col;
	long today;
	size_t cap;                /* keys: records the block arrays hold */
	struct dq_keys ids;        /* keys */
	bool header_done;
	size_t ncols;              /* cells in the header */
	struct scan_worker profile, keys;
	struct rowpipe *pipe;
	size_t bad_rows;
};

static void trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t' || **s == '\r' || **s == '\n')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r' ||
		      (*s)[*n - 1] == '\n'))
		(*n)--;
}

static void lower_ascii(struct sbuf *b, const char *s, size_t n)
{
	sbuf_reset(b);
	for (size_t i = 0; i < n; i++)
		sbuf_addc(b, s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i]);
}

static size_t cp_count(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += ((unsigned char)s[i] & 0xC0) != 0x80;
	return k;
}

static bool norm_compute(const struct dq_field *f, const char *v, size_t n, struct sbuf *out)
{
	if (f->format == DQ_FMT_EMAIL) {
		dq_norm_email(v, n, out);
		return true;
	}
	return dq_norm_phone(v, n, f->country, out);
}

/* The key of an e-mail or phone cell into out (may be NULL: only the
 * verdict), from the row's cache when the column was keyed already. */
static bool norm_key(struct scan_worker *W, int col, const struct dq_field *f, const char *v,
		     size_t n, struct sbuf *out)
{
	if (!W->norm || col < 0 || (size_t)col >= W->S->ncols)
		return norm_compute(f, v, n, out ? out : &W->a);
	struct norm_slot *ns = &W->norm[col];
	if (ns->row != W->cur_row || ns->f != f) {
		ns->row = W->cur_row;
		ns->f = f;
		ns->ok = norm_compute(f, v, n, &ns->key);
	}
	if (out && ns->ok) {
		sbuf_reset(out);
		sbuf_add(out, ns->key.s, ns->key.len);
	}
	return ns->ok;
}

static void fold_key(struct scan_worker *W, const char *v, size_t n, unsigned flags,
		     struct sbuf *out)
{
	size_t i = 0;
	while (i < n && (unsigned char)v[i] < 0x80)
		i++;
	if (i == n || n > FOLD_MAX) {
		dq_fold(v, n, flags, out); /* ASCII is quick as it is */
		return;
	}
	if (!W->fold)
		W->fold = xcalloc(FOLD_SLOTS, sizeof *W->fold);
	uint64_t h = dq_hash(v, n, flags);
	struct fold_slot *f = &W->fold[h % FOLD_SLOTS];
	if (f->h != h || f->flags != flags || f->raw.len != n || memcmp(f->raw.s, v, n)) {
		f->h = h;
		f->flags = flags;
		sbuf_reset(&f->raw);
		sbuf_add(&f->raw, v, n);
		dq_fold(v, n, flags, &f->out);
	}
	sbuf_reset(out);
	sbuf_add(out, f->out.s ? f->out.s : "", f->out.len);
}

/* A date cell: ISO 8601, or --date-format's layout. */
static bool scan_date(const struct scan *S, const char *v, size_t n, long *day)
{
	if (dq_parse_date(v, n, day))
		return true;
	const struct timex_format *f = S->opts->date_format;
	if (!f)
		return false;
	int64_t t;
	size_t at;
	char expected[TIMEX_EXPECTED_MAX];
	enum timex_err e = timex_format_parse(f, v, n, &t, &at, expected);
	if (e != TIMEX_OK && e != TIMEX_NO_OFFSET)
		return false;
	if (day)
		*day = (long)timex_day_of(t);
	return true;
}

/* NULL when the value passes every check of its field, else the problem:
 * English, as the problems file and the stored examples keep it (marked N_:
 * the reports translate it for a reader). */
static const char *check_value(struct scan_worker *W, size_t fi, const char *v, size_t n)
{
	struct scan *S = W->S;
	const struct dq_field *f = &S->c->fields[fi];
	switch (f->format) {
	case DQ_FMT_EMAIL:
		if (!dq_valid_email(v, n))
			return N_("not an e-mail address");
		break;
	case DQ_FMT_PHONE:
		if (!norm_key(W, S->field_col[fi], f, v, n, NULL))
			return N_("not a phone number");
		break;
	case DQ_FMT_DATE:
		if (!scan_date(S, v, n, NULL))
			return N_("not a date");
		break;
	case DQ_FMT_NONE:
		break;
	}
	if (f->values) {
		uint64_t h;
		if (f->ignore_case) {
			lower_ascii(&W->a, v, n);
			h = dq_hash(W->a.s, W->a.len, 0);
		} else {
			h = dq_hash(v, n, 0);
		}
		if (!hset_has(&S->allowed[fi], h))
			return N_("not an allowed value");
	}
	if (f->re && pcre2_match(f->re, (PCRE2_SPTR)v, n, 0, PCRE2_NO_UTF_CHECK, f->re_match,
				 NULL) < 0)
		return N_("does not match the pattern");
	if (f->min_length >= 0 || f->max_length >= 0) {
		long len = (long)cp_count(v, n);
		if (f->min_length >= 0 && len < f->min_length)
			return N_("too short");
		if (f->max_length >= 0 && len > f->max_length)
			return N_("too long");
	}
	return NULL;
}

/* The key of one value by its field's format into out; false when none. */
static bool value_key(struct scan_worker *W, int col, const struct dq_field *f, const char *v,
		      size_t n, bool compact, struct sbuf *out)
{
	enum dq_format fmt = f ? f->format : DQ_FMT_NONE;
	if (fmt == DQ_FMT_EMAIL || fmt == DQ_FMT_PHONE) {
		if (!norm_key(W, col, f, v, n, out))
			return false;
		if (fmt == DQ_FMT_PHONE)
			dq_phone_national(out); /* whatever country it was read with */
	} else if (fmt == DQ_FMT_DATE) {
		sbuf_reset(out);
		sbuf_add(out, v, n);
	} else
		fold_key(W, v, n, compact ? DQ_FOLD_COMPACT : 0, out);
	return out->len > 0;
}

static void add_example(struct dq_field_profile *p, long row, const char *v, size_t n,
			const char *problem)
{
	p->problems++;
	if (p->nexamples >= DQ_EXAMPLES)
		return;
	char *raw = xstrndup(v, n);
	char *clean = text_sanitize(raw);
	free(raw);
	size_t cut = utf8_prefix_for_width(clean, 40);
	if (clean[cut]) {
		char *s = xasprintf("%.*s...", (int)cut, clean);
		free(clean);
		clean = s;
	}
	p->examples[p->nexamples++] = (struct dq_example){ row, clean, problem };
}

void dq_rows_out_header(FILE *out)
{
	static const char *const header[] = { "row", "line", "id", "column", "problem", "value" };
	csvx_write_row(out, header, 6);
}

static void write_problem(struct scan *S, const struct csvx_row *r, const char *column,
			  const char *problem, const char *v, size_t n)
{
	FILE *out = S->opts->rows_out;
	if (!out)
		return;
	char row[24], line[24];
	snprintf(row, sizeof row, "%ld", r->row);
	snprintf(line, sizeof line, "%ld", r->line);
	const char *id = S->id_col >= 0 && (size_t)S->id_col < r->n ? r->cells[S->id_col] : "";
	char *value = xstrndup(v, n);
	const char *cells[] = { row, line, id, column, problem, value };
	csvx_write_row(out, cells, 6);
	free(value);
}

static int find_column(const struct csvx_row *r, const char *name)
{
	for (size_t i = 0; i < r->n; i++)
		if (csvx_header_eq(r->cells[i], name))
			return (int)i;
	return -1;
}

/* A header as compared: lower case, without spaces, '_' and '-'. */
static char *header_key(const char *h)
{
	char *k = xmalloc(strlen(h) + 1), *o = k;
	for (; *h; h++)
		if (*h != ' ' && *h != '_' && *h != '-')
			*o++ = (char)tolower((unsigned char)*h);
	*o = '\0';
	return k;
}

static const char *close_column(const struct csvx_row *r, const char *name)
{
	const char **names = xmalloc((r->n + 1) * sizeof *names);
	for (size_t i = 0; i < r->n; i++)
		names[i] = r->cells[i];
	const char *close = text_closest(name, names, r->n);
	free(names);
	if (close)
		return close;
	/* A report's label for the field: "Mobile" for MobilePhone, "Mailing
	 * City/Town" for MailingCity; one starts with the other (4+ letters). */
	char *nk = header_key(name);
	size_t nn = strlen(nk);
	for (size_t i = 0; i < r->n && !close; i++) {
		char *hk = header_key(r->cells[i]);
		size_t hn = strlen(hk);
		if (hn >= 4 && nn >= 4 && (hn < nn ? !strncmp(nk, hk, hn) : !strncmp(hk, nk, nn)))
			close = r->cells[i];
		free(hk);
	}
	free(nk);
	return close;
}

/* The column of a report export (labels as headers) that looks like the
 * record id: "<Entity> ID", "Record ID", "<Entity>Id". */
static const char *likely_id_column(const struct scan *S, const struct csvx_row *r)
{
	const char *entity = S->c->entity ? S->c->entity : "";
	char *want = xasprintf("%sid", entity);
	char *wk = header_key(want);
	const char *found = NULL;
	for (size_t i = 0; i < r->n && !found; i++) {
		char *hk = header_key(r->cells[i]);
		if ((*entity && !strcmp(hk, wk)) || !strcmp(hk, "recordid") ||
		    !strcmp(hk, "18digitid") || !strcmp(hk, "casesafeid"))
			found = r->cells[i];
		free(hk);
	}
	free(wk);
	free(want);
	return found;
}


/* The record id column: without it no record can be named, so its
 * absence is fatal. */
static int need_column(struct scan *S, const struct csvx_row *r, const char *name,
		       const char *needed_by)
{
	int i = find_column(r, name);
	if (i >= 0)
		return i;
	const char *close = close_column(r, name);
	const char *like = close ? NULL : likely_id_column(S, r);
	if (like)
		diag_at(S->d, DIAG_ERROR, EXIT_DATAERR, S->file, (int)r->line, 0,
			_("missing column '%s' needed by %s: the column '%s' looks like it (a report "
			  "export labels its columns); rename it to '%s', or give --checks a file whose "
			  "record_id is '%s'"), name, needed_by, like, name, like);
	else if (close)
		diag_at(S->d, DIAG_ERROR, EXIT_DATAERR, S->file, (int)r->line, 0,
			_("missing column '%s' needed by %s (did you mean '%s'?)"), name, needed_by, close);
	else
		diag_at(S->d, DIAG_ERROR, EXIT_DATAERR, S->file, (int)r->line, 0,
			_("missing column '%s' needed by %s"), name, needed_by);
	return i;
}

/* Any other column: a partial export is scanned with what it has. An
 * absent column is noted once (with a close match, the usual cause being
 * a renamed header) and listed as not checked. */
static int want_column(struct scan *S, const struct csvx_row *r, const char *name)
{
	int i = find_column(r, name);
	if (i >= 0)
		return i;
	/* The missing record id is an error already: no warning besides it. */
	if (S->c->record_id && S->id_col < 0 && csvx_header_eq(name, S->c->record_id))
		return i;
	struct dq_result *res = S->res;
	for (size_t k = 0; k < res->nunchecked; k++)
		if (csvx_header_eq(res->unchecked[k], name))
			return i;
	res->unchecked = xrealloc(res->unchecked, (res->nunchecked + 1) * sizeof *res->unchecked);
	res->unchecked[res->nunchecked++] = name;
	const char *close = close_column(r, name);
	if (close)
		diag_at(S->d, DIAG_WARNING, 0, S->file, (int)r->line, 0,
			_("no column '%s': not checked (did you mean '%s'?)"), name, close);
	else
		diag_at(S->d, DIAG_WARNING, 0, S->file, (int)r->line, 0,
			_("no column '%s': not checked"), name);
	return i;
}

static bool on_header(struct scan *S, const struct csvx_row *r)
{
	const struct dq_checks *c = S->c;
	size_t before = S->d->errors;
	if (c->record_id)
		S->id_col = need_column(S, r, c->record_id, "record_id");
	/* A file that shares no field column with the checks but the id is not
	 * a partial export of the entity but another file. */
	size_t present = 0, named = 0;
	for (size_t i = 0; i < c->nfields; i++) {
		S->field_col[i] = want_column(S, r, c->fields[i].column);
		S->res->fields[i].absent = S->field_col[i] < 0;
		bool is_id = S->id_col >= 0 && S->field_col[i] == S->id_col;
		named += !is_id;
		present += S->field_col[i] >= 0 && !is_id;
	}
	if (!present && S->d->errors == before)
		diag_at(S->d, DIAG_ERROR, EXIT_DATAERR, S->file, (int)r->line, 0,
			S->id_col >= 0
			? _("none of the %zu columns the checks' fields name besides the id is in the "
			    "header (the checks are %s: is this the right file?)")
			: _("none of the %zu columns the checks' fields name is in the header (the "
			    "checks are %s: is this the right file?)"), named, c->id);
	for (size_t i = 0; i < c->nrules; i++) {
		struct rule_state *R = &S->rules[i];
		bool all = true, any_block = false;
		for (size_t j = 0; j < c->rules[i].ncolumns; j++) {
			R->cols[j] = want_column(S, r, c->rules[i].columns[j]);
			R->fields[j] = dq_checks_field(c, c->rules[i].columns[j]);
			all = all && R->cols[j] >= 0;
		}
		for (size_t j = 0; j < c->rules[i].nblocks; j++) {
			const struct dq_block *b = &c->rules[i].blocks[j];
			R->block_cols[j] = want_column(S, r, b->column);
			R->block_fields[j] = dq_checks_field(c, b->column);
			any_block = any_block || R->block_cols[j] >= 0;
		}
		/* Evidence and shared-mailbox names only help: an absent one is
		 * no evidence, and not reported. */
		for (size_t j = 0; j < c->rules[i].nblocks; j++) {
			const struct dq_block *b = &c->rules[i].blocks[j];
			for (size_t k = 0; k < b->nconflict_columns; k++) {
				R->conflict_cols[j][k] = find_column(r, b->conflict_columns[k]);
				R->conflict_fields[j][k] = dq_checks_field(c, b->conflict_columns[k]);
			}
		}
		for (size_t j = 0; j < c->rules[i].nshared_names; j++) {
			R->shared_cols[j] = find_column(r, c->rules[i].shared_names[j]);
			R->shared_fields[j] = dq_checks_field(c, c->rules[i].shared_names[j]);
		}
		/* A rule runs only on all its columns (a name rule on last names
		 * alone would join strangers), and a fuzzy rule needs a block. */
		S->res->rule_checked[i] = all && (!c->rules[i].nblocks || any_block);
		S->res->has_duplicates = S->res->has_duplicates || S->res->rule_checked[i];
	}
	if (c->fresh_column)
		S->fresh_col = want_column(S, r, c->fresh_column);
	S->header_done = true;
	S->ncols = r->n;
	struct scan_worker *workers[] = { &S->profile, &S->keys };
	for (size_t w = 0; w < 2; w++) {
		struct scan_worker *W = workers[w];
		W->norm = xcalloc(r->n + 1, sizeof *W->norm);
		for (size_t i = 0; i < r->n; i++) {
			W->norm[i].row = -1;
			sbuf_init(&W->norm[i].key);
		}
	}
	return S->d->errors == before;
}

/* Per-record arrays are sized once from the file size and the first rows'
 * length rather than doubled and copied as they fill; an estimate short
 * of the truth only falls back to doubling. */
enum { GUESS_ROWS = 1024 };

/* Records the file probably holds, after the worker saw GUESS_ROWS rows
 * (0 when unknown). Overshooting costs address space, not memory: pages
 * never written are never touched. */
static size_t guess_records(const struct scan_worker *W)
{
	uint64_t size = W->S->file_size;
	if (!size || !W->row_bytes)
		return 0;
	uint64_t rows = size * GUESS_ROWS / W->row_bytes;
	rows += rows / 8 + 4096;
	return rows > size / 2 + 1 ? (size_t)(size / 2 + 1) : (size_t)rows;
}

/* Add the row's bytes to the worker's sample; true on the row where the
 * sample is complete. */
static bool sample_row(struct scan_worker *W, const struct csvx_row *r, size_t rec)
{
	if (rec >= GUESS_ROWS)
		return false;
	for (size_t i = 0; i < r->n; i++)
		W->row_bytes += r->lens[i] + 1;
	return rec == GUESS_ROWS - 1;
}

/* An exact rule needs only equal keys found: a 64-bit hash a record
 * instead of the text (two different keys of 22 million share a hash with
 * odds of about 1 in 76,000), unless --clusters-out prints the keys. */
static bool hashed_keys(const struct scan *S, size_t rule)
{
	return S->c->rules[rule].match == DQ_MATCH_EXACT && !S->opts->clusters_out;
}

static void grow_records(struct scan *S, size_t need)
{
	if (need <= S->cap)
		return;
	size_t cap = S->cap ? S->cap * 2 : 4096;
	while (cap < need)
		cap *= 2;
	S->cap = cap;
	for (size_t i = 0; i < S->c->nrules; i++) {
		struct rule_state *R = &S->rules[i];
		for (size_t j = 0; j < S->c->rules[i].nblocks; j++) {
			S->rules[i].block_hash[j] = xrealloc(S->rules[i].block_hash[j],
							     cap * sizeof(uint64_t));
			for (size_t k = 0; R->conflict_block[j] >= 0 &&
					   k < S->c->rules[i].blocks[j].nconflict_columns; k++) {
				R->evidence[j][k] = xrealloc(R->evidence[j][k], cap * sizeof(uint32_t));
				if (R->conflict_fields[j][k] && R->conflict_fields[j][k]->format == DQ_FMT_EMAIL)
					R->alike[j][k] = xrealloc(R->alike[j][k], cap * sizeof(uint32_t));
			}
		}
		if (S->c->rules[i].match == DQ_MATCH_FUZZY)
			R->swapped = xrealloc(R->swapped, cap * sizeof(uint32_t));
		if (hashed_keys(S, i))
			S->rules[i].key_hash = xrealloc(S->rules[i].key_hash, cap * sizeof(uint64_t));
	}
}

static void reserve_records(struct scan *S, size_t records)
{
	if (records <= S->cap)
		return;
	for (size_t i = 0; i < S->c->nrules; i++) {
		struct rule_state *R = &S->rules[i];
		for (size_t j = 0; j < S->c->rules[i].nblocks; j++) {
			S->rules[i].block_hash[j] = xrealloc(S->rules[i].block_hash[j],
							     records * sizeof(uint64_t));
			for (size_t k = 0; R->conflict_block[j] >= 0 &&
					   k < S->c->rules[i].blocks[j].nconflict_columns; k++) {
				R->evidence[j][k] = xrealloc(R->evidence[j][k],
							     records * sizeof(uint32_t));
				if (R->conflict_fields[j][k] && R->conflict_fields[j][k]->format == DQ_FMT_EMAIL)
					R->alike[j][k] = xrealloc(R->alike[j][k], records * sizeof(uint32_t));
			}
		}
		if (S->c->rules[i].match == DQ_MATCH_FUZZY)
			R->swapped = xrealloc(R->swapped, records * sizeof(uint32_t));
		if (hashed_keys(S, i))
			S->rules[i].key_hash = xrealloc(S->rules[i].key_hash,
							records * sizeof(uint64_t));
		else
			dq_keys_reserve(&S->rules[i].keys, records);
	}
	if (S->opts->clusters_out)
		dq_keys_reserve(&S->ids, records);
	S->cap = records;
}

static const char *cell(const struct csvx_row *r, int col, size_t *n)
{
	if (col < 0 || (size_t)col >= r->n) {
		*n = 0;
		return "";
	}
	const char *s = r->cells[col];
	*n = r->lens[col];
	trim(&s, n);
	return s;
}

/* A domain of a listed brand whatever its country ("yahoo.*" lists
 * yahoo.fr, yahoo.co.uk, yahoo.com.br): its first label and dot. */
static bool listed_brand(const struct hset *brands, const char *d, size_t n)
{
	if (!brands->n)
		return false;
	const char *dot = memchr(d, '.', n);
	return dot && hset_has(brands, dq_hash(d, (size_t)(dot + 1 - d), 0));
}

/* An address's name form, as a 32-bit hash (0: none): the digits of its
 * local part and its last run of three or more letters. giulia.rossi and
 * g.rossi share one (forms of one name at a company), reza123 and reza456
 * do not (two numbered mailboxes at a provider). */
static uint32_t name_form(const char *s, size_t n)
{
	const char *at = memchr(s, '@', n);
	size_t local = at ? (size_t)(at - s) : n;
	char digits[32];
	size_t nd = 0, word = 0, word_len = 0;
	for (size_t i = 0; i < local;) {
		unsigned char c = (unsigned char)s[i];
		if (c >= '0' && c <= '9') {
			if (nd < sizeof digits)
				digits[nd++] = (char)c;
			i++;
			continue;
		}
		bool letter = (c >= 'a' && c <= 'z') || c >= 0x80;
		size_t e = i;
		while (e < local && (letter ? ((s[e] >= 'a' && s[e] <= 'z') ||
					       (unsigned char)s[e] >= 0x80) : false))
			e++;
		if (e - i >= 3) {
			word = i;
			word_len = e - i;
		}
		i = e > i ? e : i + 1;
	}
	if (!nd && !word_len)
		return 0;
	uint64_t h = dq_hash(digits, nd, 11);
	h = dq_hash(s + word, word_len, h);
	return (uint32_t)(h >> 32) | 1;
}

/* The 32-bit hash of the worker's words in sorted order, without spaces. */
static uint32_t sorted_words(struct scan_worker *W)
{
	enum { MAX_WORDS = 16 };
	const char *w[MAX_WORDS];
	size_t len[MAX_WORDS], k = 0;
	const char *s = W->words.s;
	size_t n = W->words.len;
	for (size_t i = 0; i < n && k < MAX_WORDS;) {
		size_t e = i;
		while (e < n && s[e] != ' ')
			e++;
		if (e > i) {
			w[k] = s + i;
			len[k++] = e - i;
		}
		i = e + 1;
	}
	for (size_t i = 1; i < k; i++) /* insertion: a name has a few words */
		for (size_t j = i; j > 0; j--) {
			size_t m = len[j - 1] < len[j] ? len[j - 1] : len[j];
			int c = memcmp(w[j - 1], w[j], m);
			if (c < 0 || (c == 0 && len[j - 1] <= len[j]))
				break;
			const char *tw = w[j];
			size_t tl = len[j];
			w[j] = w[j - 1];
			len[j] = len[j - 1];
			w[j - 1] = tw;
			len[j - 1] = tl;
		}
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < k; i++)
		h = dq_hash(w[i], len[i], h);
	return (uint32_t)(h >> 32) | 1;
}

/* An exact key ending in a shared mailbox's address (info@firm): the
 * names join it, so that only the same name at one shared address is the
 * same contact. */
static void shared_mailbox(struct scan_worker *W, struct rule_state *R, const struct dq_rule *rule,
			   const struct csvx_row *r)
{
	const char *at = memchr(W->b.s, '@', W->b.len);
	if (!at || !hset_has(&R->shared_local, dq_hash(W->b.s, (size_t)(at - W->b.s), 0)))
		return;
	sbuf_adds(&W->key, " / shared:");
	for (size_t j = 0; j < rule->nshared_names; j++) {
		size_t n;
		const char *v = cell(r, R->shared_cols[j], &n);
		struct sbuf name;
		sbuf_init(&name);
		if (value_key(W, R->shared_cols[j], R->shared_fields[j], v, n, true, &name))
			sbuf_add(&W->key, name.s, name.len);
		sbuf_release(&name);
	}
}

static void rule_keys(struct scan_worker *W, const struct csvx_row *r, size_t rec)
{
	struct scan *S = W->S;
	const struct dq_checks *c = S->c;
	for (size_t i = 0; i < c->nrules; i++) {
		const struct dq_rule *rule = &c->rules[i];
		struct rule_state *R = &S->rules[i];
		if (!S->res->rule_checked[i])
			continue;
		bool fuzzy = rule->match == DQ_MATCH_FUZZY;
		bool complete = true;
		sbuf_reset(&W->key);
		sbuf_reset(&W->words);
		for (size_t j = 0; j < rule->ncolumns; j++) {
			size_t n;
			const char *v = cell(r, R->cols[j], &n);
			if (!value_key(W, R->cols[j], R->fields[j], v, n, false, &W->b)) {
				complete = false;
				continue;
			}
			if (W->key.len && !fuzzy)
				sbuf_adds(&W->key, " / ");
			if (!fuzzy) {
				sbuf_add(&W->key, W->b.s, W->b.len);
				if (R->email_col == (int)j)
					shared_mailbox(W, R, rule, r);
				continue;
			}
			/* A fuzzy name without spaces ("Anne Marie" = "AnneMarie");
			 * its words kept apart to be sorted. */
			for (size_t q = 0; q < W->b.len; q++)
				if (W->b.s[q] != ' ')
					sbuf_addc(&W->key, W->b.s[q]);
			if (W->words.len)
				sbuf_addc(&W->words, ' ');
			sbuf_add(&W->words, W->b.s, W->b.len);
		}
		/* An exact key needs every part: two records with no account do not
		 * share one. A fuzzy name may lack a part. */
		if (!fuzzy && !complete)
			sbuf_reset(&W->key);
		if (fuzzy)
			R->swapped[rec] = W->key.len ? sorted_words(W) : 0;
		if (hashed_keys(S, i))
			R->key_hash[rec] = W->key.len ? dq_hash(W->key.s, W->key.len, 0) : 0;
		else
			dq_keys_push(&R->keys, W->key.s ? W->key.s : "", W->key.len);
		for (size_t j = 0; j < rule->nblocks; j++) {
			const struct dq_block *b = &rule->blocks[j];
			size_t n;
			const char *v = cell(r, R->block_cols[j], &n);
			uint64_t h = 0;
			if (value_key(W, R->block_cols[j], R->block_fields[j], v, n, false, &W->b)) {
				const char *k = W->b.s;
				size_t kn = W->b.len;
				if (b->part == DQ_PART_DOMAIN) {
					const char *at = NULL;
					for (size_t q = kn; q-- > 0;)
						if (k[q] == '@') {
							at = k + q;
							break;
						}
					kn = at ? kn - (size_t)(at + 1 - k) : 0;
					k = at ? at + 1 : k;
				}
				if (kn) {
					h = dq_hash(k, kn, 0);
					bool listed = hset_has(&R->block_ignore[j], h) ||
						      (b->part == DQ_PART_DOMAIN &&
						       listed_brand(&R->block_brands[j], k, kn));
					if (b->part == DQ_PART_DOMAIN)
						dq_domtab_count(&R->domains[j], h, k, kn, listed);
					if (listed)
						h = 0;
				}
			}
			R->block_hash[j][rec] = h;
			for (size_t k = 0; R->conflict_block[j] >= 0 && k < b->nconflict_columns; k++) {
				int col = R->conflict_cols[j][k];
				v = cell(r, col, &n);
				uint32_t e = 0;
				bool ok = n && value_key(W, col, R->conflict_fields[j][k], v, n, false, &W->b);
				if (ok)
					e = (uint32_t)(dq_hash(W->b.s, W->b.len, 0) >> 32) | 1;
				R->evidence[j][k][rec] = e;
				if (R->alike[j][k])
					R->alike[j][k][rec] = ok ? name_form(W->b.s, W->b.len) : 0;
			}
		}
	}
}

static size_t sort_unique(uint64_t *v, size_t n)
{
	dq_sort_u64(v, n);
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (i == 0 || v[i] != v[k - 1])
			v[k++] = v[i];
	return k;
}

/* A field's value hashes are kept to count its distinct values exactly.
 * When the array is full its hashes are sorted and made unique first, and
 * it grows only when that leaves it more than half full: a field of few
 * values (a country, a city, a first name) keeps a few of them, not one
 * per record. */
static void distinct_room(struct scan *S, size_t i)
{
	enum { COMPACT_FROM = 1 << 16 };
	if (S->capdistinct[i] >= COMPACT_FROM && !S->dense[i]) {
		S->ndistinct[i] = sort_unique(S->distinct[i], S->ndistinct[i]);
		/* Mostly different values (ids, addresses): sorting again would
		 * only cost time. */
		S->dense[i] = S->ndistinct[i] * 4 > S->capdistinct[i] * 3;
	}
	if (S->ndistinct[i] * 2 > S->capdistinct[i] || S->capdistinct[i] < COMPACT_FROM) {
		size_t cap = S->capdistinct[i] ? S->capdistinct[i] * 2 : 4096;
		S->distinct[i] = xrealloc(S->distinct[i], cap * sizeof **S->distinct);
		S->capdistinct[i] = cap;
	}
}

/* The profile worker: filled, distinct, validity, examples and --rows-out
 * for every field of one row. */
static void profile_row(const struct csvx_row *r, size_t rec, void *arg)
{
	struct scan_worker *W = arg;
	struct scan *S = W->S;
	const struct dq_checks *c = S->c;
	W->cur_row = r->row;
	for (size_t i = 0; i < c->nfields; i++) {
		struct dq_field_profile *p = &S->res->fields[i];
		const struct dq_field *f = &c->fields[i];
		if (p->absent)
			continue;
		size_t n;
		const char *v = cell(r, S->field_col[i], &n);
		if (!n) {
			if (f->required) {
				add_example(p, r->row, "", 0, N_("missing"));
				write_problem(S, r, f->column, N_("missing"), "", 0);
			}
			continue;
		}
		p->filled++;
		if (S->ndistinct[i] == S->capdistinct[i])
			distinct_room(S, i);
		S->distinct[i][S->ndistinct[i]++] = hash_bytes(v, n);
		if (!f->has_validity)
			continue;
		p->checked++;
		const char *problem = check_value(W, i, v, n);
		if (!problem) {
			p->valid++;
			continue;
		}
		add_example(p, r->row, v, n, problem);
		write_problem(S, r, f->column, problem, v, n);
	}
}

/* The key worker: freshness, the record's id and its duplicate keys. */
static void key_row(const struct csvx_row *r, size_t rec, void *arg)
{
	struct scan_worker *W = arg;
	struct scan *S = W->S;
	const struct dq_checks *c = S->c;
	if (sample_row(W, r, rec))
		reserve_records(S, guess_records(W));
	grow_records(S, rec + 1);
	W->cur_row = r->row;
	if (S->fresh_col >= 0) {
		size_t n;
		const char *v = cell(r, S->fresh_col, &n);
		long day;
		if (n && scan_date(S, v, n, &day) && day >= S->today - c->fresh_days)
			S->res->fresh++;
	}
	if (S->opts->clusters_out) {
		size_t n;
		const char *v = cell(r, S->id_col, &n);
		dq_keys_push(&S->ids, v, n);
	}
	rule_keys(W, r, rec);
}

/* The reader: the header, and every error about rows, in file order; good
 * rows go to the workers. */
static bool on_row(const struct csvx_row *r, void *arg)
{
	struct scan *S = arg;
	if (r->row == 0)
		return on_header(S, r);
	if (r->n == 1 && r->lens[0] == 0)
		return true; /* an empty line written as "" */
	if (r->n != S->ncols) {
		/* A ragged row: every one is reported, up to a limit. */
		diag_row(S->d, EXIT_DATAERR, S->file, r->row, r->line,
			 (int)(r->n < S->ncols ? r->n : S->ncols) + 1, NULL,
			 _("found %zu cells, expected %zu as in the header"), r->n, S->ncols);
		return ++S->bad_rows < 20;
	}
	if (S->bad_rows)
		return true; /* only looking for more errors now */
	S->res->records++;
	rowpipe_push(S->pipe, r);
	return true;
}

/* ---- clusters ---- */

static void write_clusters(struct scan *S, struct dq_uf *uf, const uint32_t *masks,
			   const uint32_t *size)
{
	FILE *out = S->opts->clusters_out;
	size_t n = (size_t)S->res->records;
	static const char *const header[] = { "cluster", "row", "id", "match", "keys" };
	csvx_write_row(out, header, 5);
	/* Clusters numbered in the order of their first record. */
	uint32_t *number = xcalloc(n + 1, sizeof *number);
	uint32_t next = 0;
	size_t members = 0;
	for (size_t i = 0; i < n; i++) {
		uint32_t root = dq_uf_find(uf, (uint32_t)i);
		if (size[root] < 2)
			continue;
		members++;
		if (!number[root])
			number[root] = ++next;
	}
	/* Counting sort by cluster number, rows ascending within. */
	size_t *start = xcalloc((size_t)next + 2, sizeof *start);
	for (size_t i = 0; i < n; i++) {
		uint32_t root = dq_uf_find(uf, (uint32_t)i);
		if (size[root] >= 2)
			start[number[root] + 1]++;
	}
	for (size_t k = 1; k <= next + 1; k++)
		start[k] += start[k - 1];
	uint32_t *order = xmalloc((members + 1) * sizeof *order);
	for (size_t i = 0; i < n; i++) {
		uint32_t root = dq_uf_find(uf, (uint32_t)i);
		if (size[root] >= 2)
			order[start[number[root]]++] = (uint32_t)i;
	}
	struct sbuf match, keys;
	sbuf_init(&match);
	sbuf_init(&keys);
	for (size_t m = 0; m < members; m++) {
		uint32_t i = order[m];
		char cl[16], row[24];
		snprintf(cl, sizeof cl, "%u", number[dq_uf_find(uf, i)]);
		snprintf(row, sizeof row, "%zu", (size_t)i + 1);
		sbuf_reset(&match);
		sbuf_reset(&keys);
		sbuf_addc(&match, '\0');
		sbuf_addc(&keys, '\0');
		match.len = keys.len = 0;
		for (size_t r = 0; r < S->c->nrules; r++) {
			if (!S->res->rule_checked[r])
				continue;
			size_t kl;
			const char *k = dq_keys_at(&S->rules[r].keys, i, &kl);
			if (masks[i] & (1u << r)) {
				if (match.len)
					sbuf_addc(&match, ';');
				sbuf_adds(&match, S->c->rules[r].name);
			}
			if (kl) {
				if (keys.len)
					sbuf_addc(&keys, ';');
				sbuf_addf(&keys, "%s=%.*s", S->c->rules[r].name, (int)kl, k);
			}
		}
		size_t il;
		const char *id = dq_keys_at(&S->ids, i, &il);
		char *idc = xstrndup(id, il);
		const char *cells[] = { cl, row, idc, match.s, keys.s };
		csvx_write_row(out, cells, 5);
		free(idc);
	}
	sbuf_release(&match);
	sbuf_release(&keys);
	free(order);
	free(start);
	free(number);
}

static void count_distinct(size_t f, size_t lane, void *arg)
{
	struct scan *S = arg;
	S->res->fields[f].distinct = (long)sort_unique(S->distinct[f], S->ndistinct[f]);
	free(S->distinct[f]); /* before the duplicate rules need their memory */
	S->distinct[f] = NULL;
}

/* ---- public domains ---- */

static void add_public(struct dq_result *res, size_t *cap, const struct dq_domtab *t,
		       const struct dq_domain_slot *e, long accounts, bool listed)
{
	for (size_t i = 0; i < res->npublic; i++)
		if (strlen(res->public_domains[i].domain) == e->len &&
		    !memcmp(res->public_domains[i].domain, t->text.s + e->off, e->len))
			return; /* the same domain through another rule */
	XGROW(res->public_domains, *cap, res->npublic + 1);
	res->public_domains[res->npublic++] = (struct dq_public_domain){
		xstrndup(t->text.s + e->off, e->len), (long)e->contacts, accounts, listed };
}

static int cmp_public(const void *a, const void *b)
{
	const struct dq_public_domain *x = a, *y = b;
	if (x->contacts != y->contacts)
		return x->contacts > y->contacts ? -1 : 1;
	return strcmp(x->domain, y->domain);
}

/* The domains that blocked nothing: listed (the shipped list or the
 * block's ignore) and met in the file, or found public in the data. */
static void public_domains(struct scan *S)
{
	const struct dq_checks *c = S->c;
	struct dq_result *res = S->res;
	size_t cap = 0;
	for (size_t i = 0; i < c->nrules; i++) {
		struct rule_state *R = &S->rules[i];
		if (!res->rule_checked[i])
			continue;
		for (size_t j = 0; j < c->rules[i].nblocks; j++) {
			if (c->rules[i].blocks[j].part != DQ_PART_DOMAIN)
				continue;
			const struct dq_domtab *t = &R->domains[j];
			for (size_t k = 0; k < t->cap; k++)
				if (t->slots[k].h && t->slots[k].listed)
					add_public(res, &cap, t, &t->slots[k], -1, true);
			for (size_t k = 0; k < R->pub[j].nfound; k++) {
				const struct dq_domain_slot *e = dq_domtab_find(t, R->pub[j].found[k].block);
				if (e)
					add_public(res, &cap, t, e, R->pub[j].found[k].accounts, false);
			}
		}
	}
	if (res->npublic)
		qsort(res->public_domains, res->npublic, sizeof *res->public_domains, cmp_public);
}

/* The work after the scan runs as jobs on two threads (core/jobs.h):
 * each field's distinct count first, then each fuzzy block (a whole fuzzy
 * rule when it allows more than one edit) and each exact rule. A job
 * joins into its lane's union-find and masks, and the lanes are merged
 * after: the clusters are the connected parts of all joins, and the masks
 * the rules that joined each record, whatever the order. */
enum { LANES = 2 };

struct after_job {
	enum { JOB_FUZZY, JOB_EXACT } kind;
	size_t index;              /* rule */
	size_t from, to;           /* blocks of a fuzzy rule */
};

struct after {
	struct scan *S;
	struct after_job *jobs;
	size_t njobs;
	struct dq_uf uf[LANES];
	uint32_t *masks[LANES];
};

static void run_after_job(size_t job, size_t lane, void *arg)
{
	struct after *A = arg;
	struct scan *S = A->S;
	const struct after_job *J = &A->jobs[job];
	const struct dq_rule *rule = &S->c->rules[J->index];
	struct rule_state *R = &S->rules[J->index];
	uint32_t bit = 1u << J->index;
	struct dq_fuzzy_more more = { R->swapped, R->veto };
	if (J->kind == JOB_EXACT && R->key_hash)
		dq_dedupe_exact_hashes(R->key_hash, (size_t)S->res->records, &A->uf[lane],
				       A->masks[lane], bit);
	else if (J->kind == JOB_EXACT)
		dq_dedupe_exact(&R->keys, &A->uf[lane], A->masks[lane], bit);
	else
		dq_dedupe_fuzzy_blocks(&R->keys, R->block_hash, J->from, J->to, rule->max_distance,
				       rule->min_length, R->pub, &more, &A->uf[lane], A->masks[lane], bit);
}

static void plan_after_jobs(struct after *A)
{
	const struct dq_checks *c = A->S->c;
	size_t most = c->nfields;
	for (size_t i = 0; i < c->nrules; i++)
		most += c->rules[i].nblocks + 1;
	A->jobs = xcalloc(most + 1, sizeof *A->jobs);
	for (size_t i = 0; i < c->nrules; i++) {
		const struct dq_rule *rule = &c->rules[i];
		if (rule->match != DQ_MATCH_FUZZY || !A->S->res->rule_checked[i])
			continue;
		if (rule->max_distance > 1) {
			A->jobs[A->njobs++] = (struct after_job){ JOB_FUZZY, i, 0, rule->nblocks };
			continue;
		}
		for (size_t b = 0; b < rule->nblocks; b++)
			A->jobs[A->njobs++] = (struct after_job){ JOB_FUZZY, i, b, b + 1 };
	}
	for (size_t i = 0; i < c->nrules; i++)
		if (c->rules[i].match == DQ_MATCH_EXACT && A->S->res->rule_checked[i])
			A->jobs[A->njobs++] = (struct after_job){ JOB_EXACT, i, 0, 0 };
}

static void after_scan(struct scan *S)
{
	const struct dq_checks *c = S->c;
	struct dq_result *res = S->res;
	size_t n = (size_t)res->records;
	/* Distinct counts first (their hashes freed), then the duplicate
	 * rules: the two peaks of memory do not add up. */
	jobs_run(c->nfields, LANES, count_distinct, S);
	struct after A = { .S = S };
	for (size_t l = 0; l < LANES; l++) {
		dq_uf_init(&A.uf[l]);
		dq_uf_grow(&A.uf[l], n);
		A.masks[l] = xcalloc(n + 1, sizeof *A.masks[l]);
	}
	for (size_t i = 0; i < c->nrules; i++)
		for (size_t j = 0; j < c->rules[i].nblocks; j++) {
			const struct dq_block *b = &c->rules[i].blocks[j];
			struct rule_state *R = &S->rules[i];
			int k = R->account_block[j];
			R->pub[j] = (struct dq_public_test){
				.accounts = k >= 0 ? R->block_hash[k] : NULL,
				.min_accounts = b->public_min_accounts,
				.min_share = b->public_min_share };
			k = R->conflict_block[j];
			R->veto[j] = (struct dq_veto){ k >= 0 ? R->block_hash[k] : NULL,
						       (const uint32_t *const *)R->evidence[j],
						       (const uint32_t *const *)R->alike[j],
						       k >= 0 ? b->nconflict_columns : 0 };
		}
	plan_after_jobs(&A);
	jobs_run(A.njobs, LANES, run_after_job, &A);
	public_domains(S);
	struct dq_uf *uf = &A.uf[0];
	uint32_t *masks = A.masks[0];
	for (size_t l = 1; l < LANES; l++)
		for (size_t i = 0; i < n; i++) {
			uint32_t root = dq_uf_find(&A.uf[l], (uint32_t)i);
			if (root != i)
				dq_uf_union(uf, (uint32_t)i, root);
			masks[i] |= A.masks[l][i];
		}
	uint32_t *size = xcalloc(n + 1, sizeof *size);
	for (size_t i = 0; i < n; i++)
		size[dq_uf_find(uf, (uint32_t)i)]++;
	for (size_t i = 0; i < n; i++)
		if (size[i] >= 2) {
			res->clusters++;
			res->in_clusters += size[i];
			res->redundant += size[i] - 1;
		}
	for (size_t i = 0; i < n; i++)
		for (size_t r = 0; r < c->nrules; r++)
			if (masks[i] & (1u << r))
				res->rule_matches[r]++;
	if (S->opts->clusters_out)
		write_clusters(S, uf, masks, size);
	free(size);
	for (size_t l = 0; l < LANES; l++) {
		free(A.masks[l]);
		dq_uf_release(&A.uf[l]);
	}
	free(A.jobs);
}

/* ---- figures ---- */

static void figures(const struct dq_checks *c, struct dq_result *res)
{
	/* Parts and fields the file could not be checked on are left out:
	 * the means and the score's weights are over what was checked. */
	double sum = 0, vsum = 0;
	size_t n = 0, vn = 0;
	for (size_t i = 0; i < res->nfields; i++) {
		struct dq_field_profile *p = &res->fields[i];
		if (p->absent)
			continue;
		sum += (double)p->filled / (double)res->records;
		n++;
		if (c->fields[i].has_validity && p->checked > 0) {
			vsum += (double)p->valid / (double)p->checked;
			vn++;
		}
	}
	res->completeness = n ? sum / (double)n : 0;
	res->has_validity = vn > 0;
	res->validity = vn ? vsum / (double)vn : 0;
	res->duplicate_rate = (double)res->redundant / (double)res->records;
	res->freshness = res->has_freshness ? (double)res->fresh / (double)res->records : 0;
	/* dq.score: the weighted mean of the parts that exist. */
	double w = 0, s = 0;
	w += c->w_completeness;
	s += c->w_completeness * res->completeness;
	if (res->has_validity) {
		w += c->w_validity;
		s += c->w_validity * res->validity;
	}
	if (res->has_duplicates) {
		w += c->w_uniqueness;
		s += c->w_uniqueness * (1 - res->duplicate_rate);
	}
	if (res->has_freshness) {
		w += c->w_freshness;
		s += c->w_freshness * res->freshness;
	}
	res->score = w > 0 ? s / w : 0;
}

static void worker_init(struct scan_worker *W, struct scan *S)
{
	memset(W, 0, sizeof *W);
	W->S = S;
	sbuf_init(&W->a);
	sbuf_init(&W->b);
	sbuf_init(&W->key);
	sbuf_init(&W->words);
}

static void worker_release(struct scan_worker *W)
{
	if (W->norm)
		for (size_t i = 0; i < W->S->ncols; i++)
			sbuf_release(&W->norm[i].key);
	free(W->norm);
	if (W->fold)
		for (size_t i = 0; i < FOLD_SLOTS; i++) {
			sbuf_release(&W->fold[i].raw);
			sbuf_release(&W->fold[i].out);
		}
	free(W->fold);
	sbuf_release(&W->a);
	sbuf_release(&W->b);
	sbuf_release(&W->key);
	sbuf_release(&W->words);
}

static void on_progress(uint64_t done, uint64_t total, void *arg)
{
	struct scan *S = arg;
	S->opts->progress(done, total, S->opts->progress_arg);
}

bool dq_scan(const struct dq_checks *c, const char *path,
	     const struct dq_scan_opts *opts, struct dq_result *res, struct diag *d)
{
	memset(res, 0, sizeof *res);
	res->nfields = c->nfields;
	res->fields = xcalloc(c->nfields + 1, sizeof *res->fields);
	res->rule_matches = xcalloc(c->nrules + 1, sizeof *res->rule_matches);
	res->rule_checked = xcalloc(c->nrules + 1, sizeof *res->rule_checked);
	for (size_t i = 0; i < c->nfields; i++)
		res->fields[i].column = c->fields[i].column;

	struct scan S = { .c = c, .opts = opts, .res = res, .d = d, .file = path,
			  .fresh_col = -1, .id_col = -1 };
	if (!dq_parse_date(opts->date, strlen(opts->date), &S.today)) {
		diag_fail(d, EXIT_USAGE, _("the scan date '%s' is not a date YYYY-MM-DD"), opts->date);
		return false;
	}
	S.field_col = xcalloc(c->nfields + 1, sizeof *S.field_col);
	S.distinct = xcalloc(c->nfields + 1, sizeof *S.distinct);
	S.ndistinct = xcalloc(c->nfields + 1, sizeof *S.ndistinct);
	S.capdistinct = xcalloc(c->nfields + 1, sizeof *S.capdistinct);
	S.dense = xcalloc(c->nfields + 1, sizeof *S.dense);
	S.allowed = xcalloc(c->nfields + 1, sizeof *S.allowed);
	struct sbuf tmp;
	sbuf_init(&tmp);
	worker_init(&S.profile, &S);
	worker_init(&S.keys, &S);
	dq_keys_init(&S.ids);
	for (size_t i = 0; i < c->nfields; i++)
		for (size_t j = 0; j < c->fields[i].nvalues; j++) {
			const char *v = c->fields[i].values[j];
			if (c->fields[i].ignore_case) {
				lower_ascii(&tmp, v, strlen(v));
				hset_add(&S.allowed[i], dq_hash(tmp.s, tmp.len, 0));
			} else {
				hset_add(&S.allowed[i], dq_hash(v, strlen(v), 0));
			}
		}
	S.rules = xcalloc(c->nrules + 1, sizeof *S.rules);
	size_t npublic_list = 0;
	char **public_list = dq_public_list(&npublic_list);
	for (size_t i = 0; i < c->nrules; i++) {
		struct rule_state *R = &S.rules[i];
		const struct dq_rule *rule = &c->rules[i];
		R->cols = xcalloc(rule->ncolumns + 1, sizeof *R->cols);
		R->fields = xcalloc(rule->ncolumns + 1, sizeof *R->fields);
		dq_keys_init(&R->keys);
		R->block_cols = xcalloc(rule->nblocks + 1, sizeof *R->block_cols);
		R->block_fields = xcalloc(rule->nblocks + 1, sizeof *R->block_fields);
		R->block_hash = xcalloc(rule->nblocks + 1, sizeof *R->block_hash);
		R->block_ignore = xcalloc(rule->nblocks + 1, sizeof *R->block_ignore);
		R->domains = xcalloc(rule->nblocks + 1, sizeof *R->domains);
		R->block_brands = xcalloc(rule->nblocks + 1, sizeof *R->block_brands);
		R->account_block = xcalloc(rule->nblocks + 1, sizeof *R->account_block);
		R->pub = xcalloc(rule->nblocks + 1, sizeof *R->pub);
		R->conflict_block = xcalloc(rule->nblocks + 1, sizeof *R->conflict_block);
		R->conflict_cols = xcalloc(rule->nblocks + 1, sizeof *R->conflict_cols);
		R->conflict_fields = xcalloc(rule->nblocks + 1, sizeof *R->conflict_fields);
		R->evidence = xcalloc(rule->nblocks + 1, sizeof *R->evidence);
		R->alike = xcalloc(rule->nblocks + 1, sizeof *R->alike);
		R->veto = xcalloc(rule->nblocks + 1, sizeof *R->veto);
		R->shared_cols = xcalloc(rule->nshared_names + 1, sizeof *R->shared_cols);
		R->shared_fields = xcalloc(rule->nshared_names + 1, sizeof *R->shared_fields);
		R->email_col = -1;
		for (size_t j = 0; rule->nshared_local && j < rule->ncolumns; j++) {
			const struct dq_field *f = dq_checks_field(c, rule->columns[j]);
			if (f && f->format == DQ_FMT_EMAIL && R->email_col < 0)
				R->email_col = (int)j;
		}
		for (size_t j = 0; j < rule->nshared_local; j++) {
			const char *v = rule->shared_local[j];
			dq_norm_email(v, strlen(v), &tmp);
			hset_add(&R->shared_local, dq_hash(tmp.s, tmp.len, 0));
		}
		for (size_t j = 0; j < rule->nblocks; j++) {
			const struct dq_block *b = &rule->blocks[j];
			dq_domtab_init(&R->domains[j]);
			R->account_block[j] = -1;
			R->conflict_block[j] = -1;
			for (size_t k = 0; b->conflict_accounts && k < rule->nblocks; k++)
				if (rule->blocks[k].part == DQ_PART_VALUE &&
				    csvx_header_eq(rule->blocks[k].column, b->conflict_accounts))
					R->conflict_block[j] = (int)k;
			R->conflict_cols[j] = xcalloc(b->nconflict_columns + 1, sizeof(int));
			R->conflict_fields[j] = xcalloc(b->nconflict_columns + 1,
							sizeof(const struct dq_field *));
			R->evidence[j] = xcalloc(b->nconflict_columns + 1, sizeof(uint32_t *));
			R->alike[j] = xcalloc(b->nconflict_columns + 1, sizeof(uint32_t *));
			for (size_t k = 0; b->public_accounts && k < rule->nblocks; k++)
				if (rule->blocks[k].part == DQ_PART_VALUE &&
				    csvx_header_eq(rule->blocks[k].column, b->public_accounts))
					R->account_block[j] = (int)k;
			for (size_t k = 0; b->public_list && k < npublic_list; k++) {
				const char *v = public_list[k];
				dq_norm_email(v, strlen(v), &tmp);
				if (tmp.len > 2 && !strcmp(tmp.s + tmp.len - 2, ".*"))
					hset_add(&R->block_brands[j], dq_hash(tmp.s, tmp.len - 1, 0));
				else
					hset_add(&R->block_ignore[j], dq_hash(tmp.s, tmp.len, 0));
			}
		}
		for (size_t j = 0; j < rule->nblocks; j++)
			for (size_t k = 0; k < rule->blocks[j].nignore; k++) {
				const char *v = rule->blocks[j].ignore[k];
				dq_norm_email(v, strlen(v), &tmp);
				hset_add(&R->block_ignore[j], dq_hash(tmp.s, tmp.len, 0));
				dq_fold(v, strlen(v), 0, &tmp);
				hset_add(&R->block_ignore[j], dq_hash(tmp.s, tmp.len, 0));
			}
	}
	sbuf_release(&tmp);
	for (size_t k = 0; k < npublic_list; k++)
		free(public_list[k]);
	free(public_list);

	struct stat sb;
	if (strcmp(path, "-") && stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		S.file_size = (uint64_t)sb.st_size;
	struct csvx_reader reader = { .file = path, .on_row = on_row, .arg = &S,
				      .on_progress = opts->progress ? on_progress : NULL,
				      .check_utf8 = true };
	const struct rowpipe_worker workers[] = { { profile_row, &S.profile },
						  { key_row, &S.keys } };
	bool ok = (S.pipe = rowpipe_start(workers, 2, 0)) != NULL;
	if (!ok)
		diag_fail(d, EXIT_NOMEM, _("%s: cannot start the scan's threads (out of memory): nothing "
			  "was stored"), path);
	ok = ok && csvx_read(&reader, path, d);
	rowpipe_finish(S.pipe); /* on every path: the workers are done after it */
	if (ok && !S.header_done) {
		diag_fail(d, EXIT_DATAERR, _("%s: the file is empty (no header row)"), path);
		ok = false;
	} else if (ok && res->records == 0) {
		diag_fail(d, EXIT_DATAERR, _("%s: no data rows to scan"), path);
		ok = false;
	}
	if (ok) {
		res->has_freshness = S.fresh_col >= 0;
		after_scan(&S);
		figures(c, res);
	}

	for (size_t i = 0; i < c->nrules; i++) {
		struct rule_state *R = &S.rules[i];
		dq_keys_release(&R->keys);
		free(R->key_hash);
		for (size_t j = 0; j < c->rules[i].nblocks; j++) {
			free(R->block_hash[j]);
			hset_release(&R->block_ignore[j]);
			hset_release(&R->block_brands[j]);
			dq_domtab_release(&R->domains[j]);
			free(R->pub[j].found);
			for (size_t k = 0; k < c->rules[i].blocks[j].nconflict_columns; k++) {
				free(R->evidence[j][k]);
				free(R->alike[j][k]);
			}
			free(R->evidence[j]);
			free(R->alike[j]);
			free(R->conflict_cols[j]);
			free(R->conflict_fields[j]);
		}
		free(R->evidence);
		free(R->alike);
		free(R->conflict_cols);
		free(R->conflict_fields);
		free(R->conflict_block);
		free(R->veto);
		free(R->swapped);
		free(R->shared_cols);
		free(R->shared_fields);
		hset_release(&R->shared_local);
		free(R->cols);
		free(R->fields);
		free(R->block_cols);
		free(R->block_fields);
		free(R->block_hash);
		free(R->block_ignore);
		free(R->domains);
		free(R->block_brands);
		free(R->account_block);
		free(R->pub);
	}
	free(S.rules);
	for (size_t i = 0; i < c->nfields; i++) {
		free(S.distinct[i]);
		hset_release(&S.allowed[i]);
	}
	free(S.distinct);
	free(S.ndistinct);
	free(S.capdistinct);
	free(S.dense);
	free(S.allowed);
	free(S.field_col);
	worker_release(&S.profile);
	worker_release(&S.keys);
	dq_keys_release(&S.ids);
	return ok;
}

void dq_result_release(struct dq_result *res)
{
	for (size_t i = 0; i < res->nfields; i++)
		for (size_t j = 0; j < res->fields[i].nexamples; j++)
			free(res->fields[i].examples[j].value);
	free(res->fields);
	free(res->rule_matches);
	free(res->rule_checked);
	free(res->unchecked);
	for (size_t i = 0; i < res->npublic; i++)
		free(res->public_domains[i].domain);
	free(res->public_domains);
	memset(res, 0, sizeof *res);
}
