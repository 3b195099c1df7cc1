/* q_import: answers collected elsewhere, from CSV or YAML, into the
 * workspace. Streams the file once inside one transaction: every row is
 * checked, rows are written while all is well, and any error rolls the
 * whole import back, so nothing is imported unless every row is valid.
 * The readers (q_import_csv.c, q_import_yaml.c) hand each row's cells to
 * the checks here. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../store/store.h"
#include "q_internal.h"

void q_import_error(struct q_importer *im, const struct q_cell_pos *p, const char *qid,
		    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = tvfmt(fmt, ap);
	va_end(ap);
	if (im->res->yaml)
		diag_err(im->d, im->o->file, (int)p->line, p->col, "%s%s%s", qid ? qid : "",
			 qid ? ": " : "", msg);
	else
		diag_row(im->d, EXIT_DATAERR, im->o->file, p->row, p->line, p->column, qid,
			 "%s", msg);
	free(msg);
	im->writing = false;
}

void q_import_reset_row(struct q_importer *im)
{
	for (size_t i = 0; i < im->q->nquestions; i++) {
		free(im->cells[i].owned);
		im->cells[i].owned = NULL;
		im->values[i] = NULL;
		im->cells[i].bad = false;
	}
}

void q_import_answer(struct q_importer *im, size_t qi, const char *raw, const struct q_cell_pos *p)
{
	const struct q_question *qq = &im->q->questions[qi];
	struct q_parse_cache *pc = &im->cells[qi].cache;
	im->cells[qi].pos = *p;
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
		const struct q_column *col = !im->res->yaml && p->column > 0
					     ? &im->res->cols[p->column - 1] : NULL;
		char *labels = col && col->how == Q_HOW_TEXT
			       ? q_match_answer_error(im->q, qq, raw, col->text_lang)
			       : NULL;
		q_import_error(im, p, qq->id, "%s", labels ? labels : err);
		free(labels);
		free(err);
		im->cells[qi].bad = true;
		return;
	}
	if (a.kind == Q_ANSWER_EMPTY) {
		q_answer_release(&a);
		a.canonical = NULL;
	}
	/* Free text is rarely given twice: not worth a slot. */
	if (pc->n < Q_CACHE_SLOTS && q_type_info(qq->type)->scored) {
		pc->raw[pc->n] = xstrdup(raw);
		pc->canonical[pc->n++] = a.canonical;   /* the cache owns it */
		im->values[qi] = a.canonical;
		return;
	}
	free(im->cells[qi].owned);
	im->cells[qi].owned = a.canonical;   /* ownership moves */
	im->values[qi] = a.canonical;
}

/* The respondent who of this row, seen before or not: false when this row
 * is an older answer than one kept already (--keep latest), so it is not
 * written. */
static bool check_respondent(struct q_importer *im, const char *who,
			     const struct q_cell_pos *name_pos, bool *older)
{
	*older = false;
	long here = name_pos->row ? name_pos->row : name_pos->line;
	size_t k = q_str_map_get(&im->names, who);
	if (k == SIZE_MAX) {
		k = im->names.n;
		if (k >= im->name_cap) {
			im->name_cap = im->name_cap ? im->name_cap * 2 : 64;
			im->name_rows = xrealloc(im->name_rows, im->name_cap * sizeof *im->name_rows);
			im->name_times = xrealloc(im->name_times, im->name_cap * sizeof *im->name_times);
		}
		q_str_map_put(&im->names, who, k);
		im->name_rows[k] = here;
		im->name_times[k] = im->row_time;
		return true;
	}
	long first = im->name_rows[k];
	bool yaml = im->res->yaml;
	char *safe = text_sanitize(who);
	if (!im->o->keep_latest) {
		q_import_error(im, name_pos, "respondent",
			       yaml ? _("respondent '%s' appears twice: lines %ld and %ld (a form "
					"submitted again?); keep the latest answers with --keep latest")
				    : _("respondent '%s' appears twice: rows %ld and %ld (a form "
					"submitted again?); keep the latest answers with --keep latest"),
			       safe, first, here);
		free(safe);
		return true;
	}
	/* The later by the form's timestamp, else by file order. */
	int64_t t0 = im->name_times[k], t1 = im->row_time;
	bool timed = t0 != INT64_MIN && t1 != INT64_MIN;
	*older = timed && t1 < t0;
	if (!timed)
		im->repeats_by_file = true;
	if (im->res->repeats < 5) {
		char *one = tfmt(yaml ? _("%s (lines %ld and %ld: %ld kept)")
				      : _("%s (rows %ld and %ld: %ld kept)"),
				 safe, first, here, *older ? first : here);
		sbuf_addf(&im->repeated, "%s%s", im->res->repeats ? _(", ") : "", one);
		free(one);
	}
	im->res->repeats++;
	if (!*older) {
		im->name_rows[k] = here;
		im->name_times[k] = t1;
	}
	free(safe);
	return true;
}

/* The CSV column of question i, for a message about a missing answer. */
static int question_column(const struct q_importer *im, size_t i)
{
	int column = 0;
	for (size_t c = 0; !im->res->yaml && c < im->res->ncols; c++)
		if (im->col_question[c] == (long)i)
			column = (int)c + 1;
	return column;
}

void q_import_finish_row(struct q_importer *im, const char *name, const char *department,
			 const char *role, const struct q_cell_pos *name_pos,
			 const struct q_cell_pos *row_pos)
{
	const struct questionnaire *q = im->q;
	/* One respondent whatever the case and spaces of an e-mail address. */
	char *who = name ? q_respondent_key(name) : NULL;
	bool older = false;       /* an earlier answer than one kept already */
	if (!who || !*who)
		q_import_error(im, name_pos, "respondent", _("expected the respondent's name, found an empty cell"));
	else
		check_respondent(im, who, name_pos, &older);
	if (!department || !*department)
		q_import_error(im, row_pos, "department", _("expected a department, found an empty cell"));
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
			q_import_error(im, &im->cells[i].pos, qq->id, _("answered, but this respondent is not "
				       "asked the question: its condition %s does not hold; leave the "
				       "cell empty"), src);
			free(src);
			im->cells[i].bad = true;
		}
		im->values[i] = NULL;
	}
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		if (qq->required && !im->values[i] && !im->cells[i].bad &&
		    q_when_applies(q, qq, (const char *const *)im->values)) {
			struct q_cell_pos p = *row_pos;
			int column = question_column(im, i);
			if (column)
				p.column = column;
			q_import_error(im, &p, qq->id, _("the question is required, found no answer"));
		}
	}
	im->res->rows++;
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
	if (!store_respondent_put(im->sv, who, department, role ? role : "",
				  im->qidx, im->qvals, n, im->o->date, im->d))
		im->writing = false;
	free(who);
}


static bool is_yaml(const char *path)
{
	size_t n = strlen(path);
	return (n > 5 && !strcmp(path + n - 5, ".yaml")) || (n > 4 && !strcmp(path + n - 4, ".yml"));
}

/* What an import that held says besides its counts. */
static void import_notes(const struct q_importer *im, struct diag *d)
{
	const struct q_import_result *res = im->res;
	if (res->repeats)
		diag_at(d, DIAG_NOTE, 0, im->o->file, 0, 0,
			trn("%ld row repeated a respondent (--keep latest): kept the latest "
			    "answers by %s: %s%s",
			    "%ld rows repeated a respondent (--keep latest): kept the latest "
			    "answers by %s: %s%s", (unsigned long)res->repeats), res->repeats,
			im->repeats_by_file ? _("file order (no readable timestamp column)")
					    : _("the timestamp column"),
			im->repeated.s, res->repeats > 5 ? _(", ...") : "");
	size_t skipped = 0;
	for (size_t c = 0; c < res->ncols; c++)
		skipped += res->cols[c].how == Q_HOW_IGNORE_UNKNOWN;
	if (skipped)
		diag_at(d, DIAG_NOTE, 0, im->o->file, 1, 0,
			trn("skipped %zu column that matches no question (--ignore-unknown)",
			    "skipped %zu columns that match no question (--ignore-unknown)", skipped),
			skipped);
}

static void importer_release(struct q_importer *im)
{
	store_survey_close(im->sv);
	free(im->values);
	for (size_t i = 0; im->cells && i < im->q->nquestions; i++) {
		struct q_parse_cache *pc = &im->cells[i].cache;
		for (size_t k = 0; k < pc->n; k++) {
			free(pc->raw[k]);
			free(pc->canonical[k]);
		}
	}
	free(im->cells);
	free(im->qidx);
	free(im->qvals);
	free(im->col_question);
	q_str_map_release(&im->names);
	free(im->name_rows);
	free(im->name_times);
	sbuf_release(&im->repeated);
}

bool q_survey_import(struct store *st, const struct questionnaire *q,
		     const struct q_import_opts *o, struct q_import_result *res, struct diag *d)
{
	memset(res, 0, sizeof *res);
	res->yaml = is_yaml(o->file);
	struct q_importer im = { .q = q, .o = o, .res = res, .d = d, .writing = true,
				 .row_time = INT64_MIN, .col_time = -1 };
	sbuf_init(&im.repeated);
	bool ok = false;
	if (!store_begin(st, d))
		goto out;
	const char **ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	im.sv = store_survey_open(st, q->id, ids, q->nquestions, true, d);
	free(ids);
	long round = im.sv ? q_round_for_answers(st, q, o->round, o->date, d) : -1;
	if (round < 0) {
		store_rollback(st);
		goto out;
	}
	store_survey_set_round(im.sv, round);
	long before = store_survey_count(im.sv, d);
	im.values = xcalloc(q->nquestions + 1, sizeof *im.values);
	im.cells = xcalloc(q->nquestions + 1, sizeof *im.cells);
	im.qidx = xcalloc(q->nquestions + 1, sizeof *im.qidx);
	im.qvals = xcalloc(q->nquestions + 1, sizeof *im.qvals);
	if (res->yaml)
		q_import_yaml(&im);
	else
		q_import_csv(&im);
	q_import_reset_row(&im);
	long after = im.writing ? store_survey_count(im.sv, d) : -1;
	/* Rows that did not add a respondent (nor repeat one of this file)
	 * replaced one. */
	res->rows -= res->repeats;
	res->replaced = res->rows - (after - before);
	if (before >= 0 && after >= 0 && im.writing && !diag_has_errors(d) && store_commit(st, d)) {
		import_notes(&im, d);
		ok = true;
	} else {
		store_rollback(st);
		if (diag_has_errors(d))
			diag_at(d, DIAG_NOTE, 0, NULL, 0, 0,
				_("nothing imported: fix the errors above and import %s again"), o->file);
	}
out:
	importer_release(&im);
	return ok;
}

void q_import_result_release(struct q_import_result *r)
{
	for (size_t c = 0; r->headers && c < r->ncols; c++)
		free(r->headers[c]);
	free(r->headers);
	free(r->cols);
	memset(r, 0, sizeof *r);
}
