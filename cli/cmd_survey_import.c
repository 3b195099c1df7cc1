/* crmready survey import: answers collected elsewhere, from CSV (SPEC §4,
 * §10) or YAML. Streams the file once inside one transaction: every row is
 * checked, rows are written while all is well, and any error rolls the
 * whole import back, so nothing is imported unless every row is valid. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "../core/yamlx.h"
#include "../questionnaires/questionnaire.h"
#include "cmd_survey.h"

/* A set of respondent names seen in this file (duplicates are errors). */
struct name_set {
	char **slots;
	long *rows;
	int64_t *times;           /* the row's form timestamp, INT64_MIN: none */
	size_t cap, n;
};

static uint64_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* The slot of name: the earlier one when it was there (*added false),
 * else a new one holding row and time. */
static size_t name_set_add(struct name_set *set, const char *name, long row, int64_t time,
			   bool *added)
{
	if ((set->n + 1) * 2 > set->cap) {
		size_t cap = set->cap ? set->cap * 2 : 64;
		struct name_set big = { xcalloc(cap, sizeof(char *)), xcalloc(cap, sizeof(long)),
					xcalloc(cap, sizeof(int64_t)), cap, set->n };
		for (size_t i = 0; i < set->cap; i++)
			if (set->slots[i]) {
				size_t k = hash_name(set->slots[i]) & (big.cap - 1);
				while (big.slots[k])
					k = (k + 1) & (big.cap - 1);
				big.slots[k] = set->slots[i];
				big.rows[k] = set->rows[i];
				big.times[k] = set->times[i];
			}
		free(set->slots);
		free(set->rows);
		free(set->times);
		*set = big;
	}
	size_t k = hash_name(name) & (set->cap - 1);
	while (set->slots[k]) {
		if (!strcmp(set->slots[k], name)) {
			*added = false;
			return k;
		}
		k = (k + 1) & (set->cap - 1);
	}
	set->slots[k] = xstrdup(name);
	set->rows[k] = row;
	set->times[k] = time;
	set->n++;
	*added = true;
	return k;
}

static void name_set_release(struct name_set *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->slots[i]);
	free(set->slots);
	free(set->rows);
	free(set->times);
}

/* Where a cell is, for messages: CSV (row, line, column) or YAML (line, col). */
struct cell_pos {
	long row, line;
	int column;       /* CSV column (1-based); 0 for YAML */
	int col;          /* YAML column */
};

/* Answers already read for a question: a survey of thousands has a few
 * distinct answers per question, each parsed once. */
enum { CACHE_SLOTS = 24 };
struct parse_cache {
	char *raw[CACHE_SLOTS];
	char *canonical[CACHE_SLOTS];   /* NULL: empty answer */
	size_t n;
};

struct importer {
	struct cli *cli;
	struct store *st;
	struct store_survey *sv;
	const struct questionnaire *q;
	const char *file;
	const char *date;
	bool yaml;
	/* CSV header */
	long col_respondent, col_department, col_role;
	long col_time;            /* the form's timestamp column, -1: none */
	long *col_question;       /* per CSV column: question index or -1 */
	struct q_column *cols;    /* per CSV column: what it is (q_form_columns) */
	char **headers;           /* per CSV column: its header, for the mapping shown */
	size_t ncols;
	bool header_ok;
	const struct q_form_opts *form;
	/* per row */
	const char **values;      /* per question: canonical answer or NULL */
	struct cell_pos *pos;     /* per question: where its answer is */
	bool *bad;                /* per question: the cell had an error */
	struct parse_cache *cache;  /* per question */
	char **owned;             /* canonical strings to free */
	size_t *qidx;
	const char **qvals;
	struct name_set names;
	bool keep_latest;         /* --keep latest */
	long repeats;             /* rows of a respondent seen before (--keep latest) */
	bool repeats_by_file;     /* some were ordered by file order, not by time */
	struct sbuf repeated;     /* the first few of them, for the note */
	int64_t row_time;         /* this row's timestamp, INT64_MIN: none */
	long rows, replaced;
	bool writing;             /* false once any error was found */
};

static void row_error(struct importer *im, const struct cell_pos *p, const char *qid,
		      const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void row_error(struct importer *im, const struct cell_pos *p, const char *qid,
		      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (im->yaml)
		diag_err(&im->cli->diag, im->file, (int)p->line, p->col, "%s%s%s", qid ? qid : "",
			 qid ? ": " : "", msg);
	else
		diag_row(&im->cli->diag, EXIT_DATAERR, im->file, p->row, p->line, p->column, qid,
			 "%s", msg);
	free(msg);
	im->writing = false;
}

static void reset_row(struct importer *im)
{
	for (size_t i = 0; i < im->q->nquestions; i++) {
		free(im->owned[i]);
		im->owned[i] = NULL;
		im->values[i] = NULL;
		im->bad[i] = false;
	}
}

/* Check one answer; keep its canonical form. */
static void take_answer(struct importer *im, size_t qi, const char *raw, const struct cell_pos *p)
{
	const struct q_question *qq = &im->q->questions[qi];
	struct parse_cache *pc = &im->cache[qi];
	im->pos[qi] = *p;
	for (size_t k = 0; k < pc->n; k++)
		if (!strcmp(pc->raw[k], raw)) {
			im->values[qi] = pc->canonical[k];
			return;
		}
	struct q_answer a;
	char *err;
	/* A form tool's label ("Agree", "موافقم", "ERP, Billing") as the answer it stands for. */
	char *label = q_match_answer(im->q, qq, raw);
	bool parsed = q_answer_parse(im->q, qq, label ? label : raw, &a, &err);
	free(label);
	if (!parsed) {
		/* A column headed by the question's text comes from a form:
		 * name the labels it could have held. */
		enum q_column_how how = !im->yaml && p->column > 0 ? im->cols[p->column - 1].how : Q_HOW_NONE;
		char *labels = how == Q_HOW_TEXT_EN || how == Q_HOW_TEXT_FA
			       ? q_match_answer_error(im->q, qq, raw, how == Q_HOW_TEXT_FA ? LANG_FA : LANG_EN)
			       : NULL;
		row_error(im, p, qq->id, "%s", labels ? labels : err);
		free(labels);
		free(err);
		im->bad[qi] = true;
		return;
	}
	if (a.kind == Q_ANSWER_EMPTY) {
		q_answer_release(&a);
		a.canonical = NULL;
	}
	if (pc->n < CACHE_SLOTS && qq->type != Q_TEXT) {
		pc->raw[pc->n] = xstrdup(raw);
		pc->canonical[pc->n++] = a.canonical;   /* the cache owns it */
		im->values[qi] = a.canonical;
		return;
	}
	free(im->owned[qi]);
	im->owned[qi] = a.canonical;   /* ownership moves */
	im->values[qi] = a.canonical;
}

/* After every cell of a row: required answers, then the write. */
static void finish_row(struct importer *im, const char *name, const char *department,
		       const char *role, const struct cell_pos *name_pos,
		       const struct cell_pos *row_pos)
{
	const struct questionnaire *q = im->q;
	/* One respondent whatever the case and spaces of an e-mail address. */
	char *who = name ? q_respondent_key(name) : NULL;
	bool older = false;       /* an earlier answer than one kept already */
	if (!who || !*who) {
		row_error(im, name_pos, "respondent", "expected the respondent's name, found an empty cell");
	} else {
		long here = name_pos->row ? name_pos->row : name_pos->line;
		bool added;
		size_t k = name_set_add(&im->names, who, here, im->row_time, &added);
		long first = im->names.rows[k];
		const char *unit = im->yaml ? "line" : "row";
		char *safe = added ? NULL : text_sanitize(who);
		if (!added && !im->keep_latest) {
			row_error(im, name_pos, "respondent", "respondent '%s' appears twice: %ss %ld and "
				  "%ld (a form submitted again?); keep the latest answers with --keep latest",
				  safe, unit, first, here);
		} else if (!added) {
			/* The later by the form's timestamp, else by file order. */
			int64_t t0 = im->names.times[k], t1 = im->row_time;
			bool timed = t0 != INT64_MIN && t1 != INT64_MIN;
			older = timed && t1 < t0;
			im->repeats_by_file |= !timed;
			if (im->repeats < 5)
				sbuf_addf(&im->repeated, "%s%s (%ss %ld and %ld: %ld kept)",
					  im->repeats ? ", " : "", safe, unit, first, here,
					  older ? first : here);
			im->repeats++;
			if (!older) {
				im->names.rows[k] = here;
				im->names.times[k] = t1;
			}
		}
		free(safe);
	}
	name = who;
	if (!department || !*department)
		row_error(im, row_pos, "department", "expected a department, found an empty cell");
	/* An answer to a question this respondent would not have been asked
	 * is a mistake in the file (a shifted column, a stale export): it
	 * would count in the assessment. "na" there says the same as an empty
	 * cell. In question order, so a condition on a question that was not
	 * asked does not hold either. */
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		if (!im->values[i] || !qq->when ||
		    q_when_applies(q, qq, (const char *const *)im->values))
			continue;
		if (strcmp(im->values[i], "na")) {
			char *src = text_sanitize(qq->when_src);
			row_error(im, &im->pos[i], qq->id, "answered, but this respondent is not asked "
				  "the question: its condition %s does not hold; leave the cell empty",
				  src);
			free(src);
			im->bad[i] = true;
		}
		im->values[i] = NULL;
	}
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		if (qq->required && !im->values[i] && !im->bad[i] &&
		    q_when_applies(q, qq, (const char *const *)im->values)) {
			struct cell_pos p = *row_pos;
			for (size_t c = 0; !im->yaml && c < im->ncols; c++)
				if (im->col_question[c] == (long)i)
					p.column = (int)c + 1;
			row_error(im, &p, qq->id, "the question is required, found no answer");
		}
	}
	im->rows++;
	if (!im->writing || older) {
		free(who);
		return;
	}
	size_t n = 0;
	for (size_t i = 0; i < q->nquestions; i++)
		if (im->values[i]) {
			im->qidx[n] = i;
			im->qvals[n] = im->values[i];
			n++;
		}
	if (!store_respondent_put(im->sv, name, department, role ? role : "",
				  im->qidx, im->qvals, n, im->date, &im->cli->diag))
		im->writing = false;
	free(who);
}

/* ---- CSV ---- */

/* The respondent column a form export lacks: which of its columns could
 * be one (e-mail, name, id), for the message. */
static void no_respondent(struct importer *im, const struct csvx_row *r)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t c = 0; c < r->n; c++)
		if (im->cols[c].identity) {
			char *safe = text_sanitize(r->cells[c]);
			sbuf_addf(&b, "%s'%s'", b.len ? ", " : "", safe);
			free(safe);
		}
	if (b.len)
		diag_err(&im->cli->diag, im->file, (int)r->line, 0,
			 "no respondent column: name one with --respondent-column COLUMN (here: %s)", b.s);
	else
		diag_err(&im->cli->diag, im->file, (int)r->line, 0,
			 "the header needs the columns respondent and department (and optionally "
			 "role), then one column per question; a form export names its respondent "
			 "column with --respondent-column COLUMN");
	sbuf_release(&b);
}

static bool csv_header(struct importer *im, const struct csvx_row *r)
{
	const struct questionnaire *q = im->q;
	im->ncols = r->n;
	im->col_question = xcalloc(r->n + 1, sizeof *im->col_question);
	im->cols = xcalloc(r->n + 1, sizeof *im->cols);
	im->headers = xcalloc(r->n + 1, sizeof *im->headers);
	for (size_t c = 0; c < r->n; c++)
		im->headers[c] = xstrdup(r->cells[c]);
	im->col_respondent = im->col_department = im->col_role = -1;
	if (!q_form_columns(q, (const char *const *)r->cells, r->n, im->form, im->cols,
			    &im->cli->diag))
		return false;
	const char **cands = xcalloc(q->nquestions + 4, sizeof *cands);
	size_t nc = 0;
	cands[nc++] = "respondent";
	cands[nc++] = "department";
	cands[nc++] = "role";
	for (size_t i = 0; i < q->nquestions; i++)
		cands[nc++] = q->questions[i].id;
	size_t *seen = xcalloc(q->nquestions + 1, sizeof *seen);   /* column + 1 */
	im->col_time = -1;
	for (size_t c = 0; c < r->n && im->col_time < 0; c++)
		if (im->cols[c].role == Q_COLUMN_META && q_form_is_time_column(r->cells[c]))
			im->col_time = (long)c;
	struct sbuf unknown;
	sbuf_init(&unknown);
	size_t nunknown = 0;
	bool ok = true;
	for (size_t c = 0; c < r->n; c++) {
		const char *h = r->cells[c];
		const struct q_column *col = &im->cols[c];
		im->col_question[c] = -1;
		long *fixed = col->role == Q_COLUMN_RESPONDENT ? &im->col_respondent
			      : col->role == Q_COLUMN_DEPARTMENT ? &im->col_department
			      : col->role == Q_COLUMN_ROLE ? &im->col_role : NULL;
		if (fixed) {
			if (*fixed >= 0) {
				diag_err(&im->cli->diag, im->file, (int)r->line, 0,
					 "header column %zu: '%s' appears twice", c + 1, h);
				ok = false;
			}
			*fixed = (long)c;
			continue;
		}
		if (col->role == Q_COLUMN_UNKNOWN) {
			char *safe = text_sanitize(h);
			const char *close = text_closest(h, cands, nc);
			if (close)
				diag_err(&im->cli->diag, im->file, (int)r->line, 0,
					 "header column %zu: unknown question '%s' (did you mean '%s'?)",
					 c + 1, safe, close);
			else {
				long near = q_form_closest(q, h);
				sbuf_addf(&unknown, "%scolumn %zu '%s'", nunknown++ ? ", " : "", c + 1, safe);
				if (near >= 0)
					sbuf_addf(&unknown, " (did you mean %s?)", q->questions[near].id);
			}
			free(safe);
			ok = false;
			continue;
		}
		if (col->role != Q_COLUMN_QUESTION)
			continue;
		long k = col->question;
		if (seen[k]) {
			diag_err(&im->cli->diag, im->file, (int)r->line, 0,
				 "header column %zu: question '%s' appears twice: columns %zu and %zu",
				 seen[k], q->questions[k].id, seen[k], c + 1);
			ok = false;
		} else {
			seen[k] = c + 1;
		}
		im->col_question[c] = k;
	}
	if (nunknown)
		diag_err(&im->cli->diag, im->file, (int)r->line, 0,
			 "%zu column%s match%s no question: %s; skip them with --ignore-unknown or "
			 "name them in --map FILE (a question id of %s, respondent, department, role "
			 "or skip)", nunknown, nunknown == 1 ? "" : "s", nunknown == 1 ? "es" : "",
			 unknown.s, q->id);
	sbuf_release(&unknown);
	for (size_t i = 0; i < q->nquestions; i++)
		if (q->questions[i].required && !seen[i]) {
			diag_err(&im->cli->diag, im->file, (int)r->line, 0,
				 "the header has no column for the required question '%s'",
				 q->questions[i].id);
			ok = false;
		}
	if (im->col_respondent < 0) {
		no_respondent(im, r);
		ok = false;
	} else if (im->col_department < 0) {
		diag_err(&im->cli->diag, im->file, (int)r->line, 0,
			 "the header needs the columns respondent and department (and optionally "
			 "role), then one column per question; --map FILE can name a department "
			 "column");
		ok = false;
	}
	free(seen);
	free(cands);
	return ok;
}

/* Every column was named exactly (crmready's own layout): no mapping to show. */
static bool mapping_is_plain(const struct importer *im)
{
	for (size_t c = 0; c < im->ncols; c++)
		if (im->cols[c].how != Q_HOW_ID && im->cols[c].how != Q_HOW_HEADER)
			return false;
	return true;
}

/* Why a column was taken as it was, in Persian (q_column_how_text in English). */
static const char *how_fa(enum q_column_how how)
{
	switch (how) {
	case Q_HOW_ID: return "شناسه پرسش";
	case Q_HOW_NAME: return "نام XLSForm";
	case Q_HOW_TEXT_EN: return "متن پرسش، انگلیسی";
	case Q_HOW_TEXT_FA: return "متن پرسش، فارسی";
	case Q_HOW_IGNORE_UNKNOWN: return "ناشناخته: --ignore-unknown";
	default: return q_column_how_text(how);
	}
}

/* The mapping used, column by column, for a consultant to check. */
static void print_mapping(const struct importer *im)
{
	bool fa = im->cli->lang == LANG_FA;
	const char *base = strrchr(im->file, '/');
	char *file = text_sanitize(base ? base + 1 : im->file);
	printf(fa ? "نگاشت ستون‌های %s (ستون -> پرسش):\n" : "mapping of %s (column -> question):\n",
	       file);
	free(file);
	int width = im->ncols >= 1000 ? 4 : 3;
	for (size_t c = 0; c < im->ncols; c++) {
		const struct q_column *col = &im->cols[c];
		char *h = text_sanitize(im->headers[c]);
		/* Long question texts: the first 50 columns of them. */
		if (utf8_width(h) > 50) {
			size_t cut = utf8_prefix_for_width(h, 49);
			while (cut > 0 && h[cut - 1] == ' ')
				cut--;
			strcpy(h + cut, "\xE2\x80\xA6");
		}
		printf("%*zu %s -> ", width, c + 1, h);
		free(h);
		const char *how = fa ? how_fa(col->how) : q_column_how_text(col->how);
		bool say_how = col->how != Q_HOW_HEADER;
		switch (col->role) {
		case Q_COLUMN_QUESTION:
			printf("%s (%s)\n", im->q->questions[col->question].id, how);
			break;
		case Q_COLUMN_RESPONDENT:
		case Q_COLUMN_DEPARTMENT:
		case Q_COLUMN_ROLE:
			printf("%s%s%s%s\n", col->role == Q_COLUMN_RESPONDENT ? "respondent"
			       : col->role == Q_COLUMN_DEPARTMENT ? "department" : "role",
			       say_how ? " (" : "", say_how ? how : "", say_how ? ")" : "");
			break;
		case Q_COLUMN_META:
			printf("%s\n", fa ? "نادیده (ستون خود فرم)" : "ignored (form metadata)");
			break;
		case Q_COLUMN_OPTION:
			printf(fa ? "نادیده (گزینه‌ای از %s)\n" : "ignored (an option of %s)\n",
			       im->q->questions[col->question].id);
			break;
		case Q_COLUMN_SKIP:
			printf("%s (%s)\n", fa ? "کنار گذاشته شد" : "skipped", how);
			break;
		case Q_COLUMN_UNKNOWN:
			printf("%s\n", fa ? "ناشناخته" : "unknown");
			break;
		}
	}
}

static bool csv_row(const struct csvx_row *r, void *arg)
{
	struct importer *im = arg;
	if (r->row == 0) {
		im->header_ok = csv_header(im, r);
		if (!im->header_ok)
			im->writing = false;
		return im->header_ok;
	}
	if (r->n != im->ncols) {
		struct cell_pos p = { r->row, r->line, 0, 0 };
		row_error(im, &p, NULL, "found %zu cells, expected %zu like the header", r->n, im->ncols);
		return diag_has_errors(&im->cli->diag) ? im->cli->diag.errors < 200 : true;
	}
	reset_row(im);
	for (size_t c = 0; c < r->n; c++)
		if (im->col_question[c] >= 0) {
			struct cell_pos p = { r->row, r->line, (int)c + 1, 0 };
			take_answer(im, (size_t)im->col_question[c], r->cells[c], &p);
		}
	im->row_time = INT64_MIN;
	int64_t t;
	if (im->col_time >= 0 && q_form_time(r->cells[im->col_time], &t))
		im->row_time = t;
	struct cell_pos name_pos = { r->row, r->line, (int)im->col_respondent + 1, 0 };
	struct cell_pos row_pos = { r->row, r->line, (int)im->col_department + 1, 0 };
	finish_row(im, r->cells[im->col_respondent], r->cells[im->col_department],
		   im->col_role >= 0 ? r->cells[im->col_role] : "", &name_pos, &row_pos);
	/* Report every bad cell, within reason. */
	return im->cli->diag.errors < 200;
}

static void progress(uint64_t done, uint64_t total, void *arg)
{
	struct importer *im = arg;
	if (total)
		fprintf(stderr, "\rimporting %s: %3d%%", im->file, (int)(done * 100 / total));
	else
		fprintf(stderr, "\rimporting %s: %llu MB", im->file, (unsigned long long)(done >> 20));
}

/* ---- YAML ---- */

static const char *scalar(const struct yx_node *n)
{
	return n && n->kind == YX_SCALAR && !yx_is_null(n) ? n->str : NULL;
}

static void yaml_import(struct importer *im)
{
	struct diag *d = &im->cli->diag;
	struct yx_doc doc;
	if (!yx_load_file(&doc, im->file, d)) {
		yx_release(&doc);
		im->writing = false;
		return;
	}
	static const char *const top_keys[] = { "questionnaire", "respondents", NULL };
	static const char *const top_req[] = { "respondents", NULL };
	static const char *const keys[] = { "respondent", "department", "role", "answers", NULL };
	static const char *const req[] = { "respondent", "department", NULL };
	if (!doc.root || !yx_want_map(&doc, doc.root, "survey answers", d) ||
	    !yx_check_keys(&doc, doc.root, top_keys, top_req, "survey answers", d)) {
		if (!doc.root)
			diag_err(d, im->file, 1, 1, "empty file: expected 'respondents:'");
		im->writing = false;
		yx_release(&doc);
		return;
	}
	const struct yx_node *qn = yx_get(doc.root, "questionnaire");
	if (qn && scalar(qn) && strcmp(scalar(qn), im->q->id)) {
		yx_error(&doc, qn, d, "answers for questionnaire '%s', expected '%s'", scalar(qn), im->q->id);
		im->writing = false;
	}
	const struct yx_node *list = yx_get(doc.root, "respondents");
	if (!yx_want_seq(&doc, list, "respondents", d)) {
		im->writing = false;
		yx_release(&doc);
		return;
	}
	const char **qids = xcalloc(im->q->nquestions + 1, sizeof *qids);
	for (size_t i = 0; i < im->q->nquestions; i++)
		qids[i] = im->q->questions[i].id;
	for (size_t i = 0; i < list->n; i++) {
		const struct yx_node *it = list->items[i];
		if (!yx_want_map(&doc, it, "respondent", d) ||
		    !yx_check_keys(&doc, it, keys, req, "respondent", d)) {
			im->writing = false;
			continue;
		}
		reset_row(im);
		const struct yx_node *answers = yx_get(it, "answers");
		if (answers && yx_want_map(&doc, answers, "answers", d)) {
			for (size_t k = 0; k < answers->n; k++) {
				const struct yx_node *key = yx_key(answers, k), *val = yx_val(answers, k);
				long qi = q_find_question(im->q, key->str ? key->str : "");
				if (qi < 0) {
					yx_unknown(&doc, key, "question", qids, im->q->nquestions, d);
					im->writing = false;
					continue;
				}
				struct cell_pos p = { 0, val->line, 0, val->col };
				if (val->kind == YX_SEQ) {
					/* multi: a YAML list of option ids */
					struct sbuf b;
					sbuf_init(&b);
					for (size_t j = 0; j < val->n; j++)
						sbuf_addf(&b, "%s%s", j ? ";" : "", scalar(val->items[j]) ? scalar(val->items[j]) : "");
					take_answer(im, (size_t)qi, b.s ? b.s : "", &p);
					sbuf_release(&b);
				} else if (val->kind == YX_SCALAR) {
					take_answer(im, (size_t)qi, scalar(val) ? scalar(val) : "", &p);
				} else {
					yx_error(&doc, val, d, "%s: expected an answer, found %s",
						 key->str, yx_describe(val));
					im->writing = false;
				}
			}
		} else if (answers) {
			im->writing = false;
		}
		const struct yx_node *nn = yx_get(it, "respondent"), *dn = yx_get(it, "department");
		struct cell_pos name_pos = { 0, nn ? nn->line : it->line, 0, nn ? nn->col : it->col };
		struct cell_pos row_pos = { 0, dn ? dn->line : it->line, 0, dn ? dn->col : it->col };
		finish_row(im, scalar(nn), scalar(dn), scalar(yx_get(it, "role")), &name_pos, &row_pos);
	}
	free(qids);
	yx_release(&doc);
}

struct count_ctx {
	const char *questionnaire;
	long n;
};

static bool count_one(const char *questionnaire, long respondents, void *arg)
{
	struct count_ctx *c = arg;
	if (!strcmp(questionnaire, c->questionnaire))
		c->n = respondents;
	return true;
}

/* Respondents of questionnaire id in the workspace, or -1 on error. */
static long respondents_of(struct store *st, const char *id, struct diag *d)
{
	struct count_ctx c = { id, 0 };
	return store_survey_counts(st, count_one, &c, d) ? c.n : -1;
}

static bool is_yaml(const char *path)
{
	size_t n = strlen(path);
	return (n > 5 && !strcmp(path + n - 5, ".yaml")) || (n > 4 && !strcmp(path + n - 4, ".yml"));
}

int survey_import(struct cli *cli)
{
	if (!cli_input_format(cli))
		return cli_finish(cli);
	struct store *st = cli->store;
	struct questionnaire *q = q_lookup(st, cli->args[0], &cli->diag);
	struct q_form_map map = {0};
	struct q_form_opts form = { .file = cli->args[1],
				    .respondent_column = cli_opt(cli, "respondent-column"),
				    .ignore_unknown = cli_flag(cli, "ignore-unknown") };
	if (q && cli_opt(cli, "map")) {
		if (q_form_map_load(q, cli_opt(cli, "map"), &map, &cli->diag))
			form.map = &map;
		else
			q_free(q), q = NULL;
	}
	const char *keep = cli_opt(cli, "keep");
	if (keep && strcmp(keep, "latest")) {
		char *safe = text_sanitize(keep);
		diag_fail(&cli->diag, EXIT_USAGE, "--keep: expected 'latest', found '%s'", safe);
		free(safe);
		q_free(q);
		q = NULL;
	}
	struct importer im = { .cli = cli, .st = st, .q = q, .file = cli->args[1],
			       .yaml = is_yaml(cli->args[1]), .writing = true, .form = &form,
			       .keep_latest = keep != NULL, .row_time = INT64_MIN, .col_time = -1 };
	sbuf_init(&im.repeated);
	char today[11];
	cli_today(today);
	im.date = today;
	const char **ids = NULL;
	if (!q || !store_begin(st, &cli->diag))
		goto out;
	ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	im.sv = store_survey_open(st, q->id, ids, q->nquestions, true, &cli->diag);
	if (!im.sv) {
		store_rollback(st);
		goto out;
	}
	long before = respondents_of(st, q->id, &cli->diag);
	im.values = xcalloc(q->nquestions + 1, sizeof *im.values);
	im.pos = xcalloc(q->nquestions + 1, sizeof *im.pos);
	im.bad = xcalloc(q->nquestions + 1, sizeof *im.bad);
	im.cache = xcalloc(q->nquestions + 1, sizeof *im.cache);
	im.owned = xcalloc(q->nquestions + 1, sizeof *im.owned);
	im.qidx = xcalloc(q->nquestions + 1, sizeof *im.qidx);
	im.qvals = xcalloc(q->nquestions + 1, sizeof *im.qvals);
	if (im.yaml) {
		yaml_import(&im);
	} else {
		struct csvx_reader rd = { .file = im.file, .on_row = csv_row, .arg = &im,
					  .on_progress = cli->tty_err ? progress : NULL,
					  .check_utf8 = true };
		if (!csvx_read(&rd, im.file, &cli->diag))
			im.writing = false;
		if (cli->tty_err)
			fprintf(stderr, "\r\033[K");
		if (!im.header_ok && !diag_has_errors(&cli->diag)) {
			diag_fail(&cli->diag, EXIT_DATAERR, "%s: empty file: expected a header row "
				  "respondent,department,role,<question-id>...", im.file);
			im.writing = false;
		}
	}
	reset_row(&im);
	long after = im.writing ? respondents_of(st, q->id, &cli->diag) : -1;
	/* Rows that did not add a respondent (nor repeat one of this file)
	 * replaced one. */
	im.rows -= im.repeats;
	im.replaced = im.rows - (after - before);
	if (before >= 0 && after >= 0 && im.writing && !diag_has_errors(&cli->diag) &&
	    store_commit(st, &cli->diag)) {
		if (!cli->quiet && !im.yaml && !mapping_is_plain(&im))
			print_mapping(&im);
		if (!cli->quiet)
			printf("imported %ld respondent%s into %s (%ld replaced)\n", im.rows,
			       im.rows == 1 ? "" : "s", q->id, im.replaced);
		if (im.repeats)
			diag_at(&cli->diag, DIAG_NOTE, 0, im.file, 0, 0, "%ld row%s repeated a "
				"respondent (--keep latest): kept the latest answers by %s: %s%s",
				im.repeats, im.repeats == 1 ? "" : "s",
				im.repeats_by_file ? "file order (no readable timestamp column)"
						   : "the timestamp column",
				im.repeated.s, im.repeats > 5 ? ", ..." : "");
		size_t skipped = 0;
		for (size_t c = 0; !im.yaml && c < im.ncols; c++)
			skipped += im.cols[c].how == Q_HOW_IGNORE_UNKNOWN;
		if (skipped)
			diag_at(&cli->diag, DIAG_NOTE, 0, im.file, 1, 0, "skipped %zu column%s that "
				"match%s no question (--ignore-unknown)", skipped, skipped == 1 ? "" : "s",
				skipped == 1 ? "es" : "");
	} else {
		store_rollback(st);
		if (diag_has_errors(&cli->diag))
			diag_at(&cli->diag, DIAG_NOTE, 0, NULL, 0, 0,
				"nothing imported: fix the errors above and import %s again", im.file);
	}
out:
	store_survey_close(im.sv);
	free(im.values);
	free(im.pos);
	free(im.bad);
	for (size_t i = 0; im.cache && i < q->nquestions; i++)
		for (size_t k = 0; k < im.cache[i].n; k++) {
			free(im.cache[i].raw[k]);
			free(im.cache[i].canonical[k]);
		}
	free(im.cache);
	free(im.owned);
	free(im.qidx);
	free(im.qvals);
	free(im.col_question);
	free(im.cols);
	for (size_t c = 0; im.headers && c < im.ncols; c++)
		free(im.headers[c]);
	free(im.headers);
	q_form_map_release(&map);
	name_set_release(&im.names);
	sbuf_release(&im.repeated);
	free(ids);
	q_free(q);
	return cli_finish(cli);
}
