/* q_import_csv: a survey import's CSV: crmready's own layout
 * (respondent,department,role,<question id>...) or a form tool's export,
 * its header read by q_form_columns; then every row's cells. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "q_internal.h"

/* The respondent column a form export lacks: which of its columns could
 * be one (e-mail, name, id), for the message. */
static void no_respondent(struct q_importer *im, const struct csvx_row *r)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t c = 0; c < r->n; c++)
		if (im->res->cols[c].identity) {
			char *safe = text_sanitize(r->cells[c]);
			char *quoted = xasprintf(_("'%s'"), safe);
			sbuf_addf(&b, "%s%s", b.len ? _(", ") : "", quoted);
			free(quoted);
			free(safe);
		}
	if (b.len)
		diag_err(im->d, im->o->file, (int)r->line, 0,
			 _("no respondent column: name one with --respondent-column COLUMN (here: %s)"), b.s);
	else
		diag_err(im->d, im->o->file, (int)r->line, 0,
			 _("the header needs the columns respondent and department (and optionally "
			 "role), then one column per question; a form export names its respondent "
			 "column with --respondent-column COLUMN"));
	sbuf_release(&b);
}

/* A header cell that names no question: "did you mean" one of the header
 * names or question ids when close, else added to the unknown list. */
static void unknown_column(struct q_importer *im, const struct csvx_row *r, size_t c,
			   const char *const *cands, size_t nc, struct sbuf *unknown,
			   size_t *nunknown)
{
	const char *h = r->cells[c];
	char *safe = text_sanitize(h);
	const char *close = text_closest(h, cands, nc);
	if (close) {
		diag_err(im->d, im->o->file, (int)r->line, 0,
			 _("header column %zu: unknown question '%s' (did you mean '%s'?)"),
			 c + 1, safe, close);
	} else {
		long near = q_form_closest(im->q, h);
		char *one = near >= 0 ? tfmt(_("column %zu '%s' (did you mean %s?)"), c + 1, safe,
					     im->q->questions[near].id)
				      : tfmt(_("column %zu '%s'"), c + 1, safe);
		sbuf_addf(unknown, "%s%s", (*nunknown)++ ? _(", ") : "", one);
		free(one);
	}
	free(safe);
}

/* Every column of the header: what it is, each question at most once,
 * every required question present, a respondent and department column. */
static bool csv_header(struct q_importer *im, const struct csvx_row *r)
{
	const struct questionnaire *q = im->q;
	struct q_import_result *res = im->res;
	res->ncols = r->n;
	im->col_question = xcalloc(r->n + 1, sizeof *im->col_question);
	res->cols = xcalloc(r->n + 1, sizeof *res->cols);
	res->headers = xcalloc(r->n + 1, sizeof *res->headers);
	for (size_t c = 0; c < r->n; c++)
		res->headers[c] = xstrdup(r->cells[c]);
	im->col_respondent = im->col_department = im->col_role = -1;
	if (!q_form_columns(q, (const char *const *)r->cells, r->n, &im->o->form, res->cols, im->d))
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
		if (res->cols[c].role == Q_COLUMN_META && q_form_is_time_column(r->cells[c]))
			im->col_time = (long)c;
	struct sbuf unknown;
	sbuf_init(&unknown);
	size_t nunknown = 0;
	bool ok = true;
	for (size_t c = 0; c < r->n; c++) {
		const struct q_column *col = &res->cols[c];
		im->col_question[c] = -1;
		long *fixed = col->role == Q_COLUMN_RESPONDENT ? &im->col_respondent
			      : col->role == Q_COLUMN_DEPARTMENT ? &im->col_department
			      : col->role == Q_COLUMN_ROLE ? &im->col_role : NULL;
		if (fixed) {
			if (*fixed >= 0) {
				diag_err(im->d, im->o->file, (int)r->line, 0,
					 _("header column %zu: '%s' appears twice"), c + 1, r->cells[c]);
				ok = false;
			}
			*fixed = (long)c;
			continue;
		}
		if (col->role == Q_COLUMN_UNKNOWN) {
			unknown_column(im, r, c, cands, nc, &unknown, &nunknown);
			ok = false;
			continue;
		}
		if (col->role != Q_COLUMN_QUESTION)
			continue;
		long k = col->question;
		if (seen[k]) {
			diag_err(im->d, im->o->file, (int)r->line, 0,
				 _("header column %zu: question '%s' appears twice: columns %zu and %zu"),
				 seen[k], q->questions[k].id, seen[k], c + 1);
			ok = false;
		} else {
			seen[k] = c + 1;
		}
		im->col_question[c] = k;
	}
	if (nunknown)
		diag_err(im->d, im->o->file, (int)r->line, 0,
			 trn("%zu column matches no question: %s; skip them with --ignore-unknown or "
			     "name them in --map FILE (a question id of %s, respondent, department, "
			     "role or skip)",
			     "%zu columns match no question: %s; skip them with --ignore-unknown or "
			     "name them in --map FILE (a question id of %s, respondent, department, "
			     "role or skip)", nunknown),
			 nunknown, unknown.s, q->id);
	sbuf_release(&unknown);
	for (size_t i = 0; i < q->nquestions; i++)
		if (q->questions[i].required && !seen[i]) {
			diag_err(im->d, im->o->file, (int)r->line, 0,
				 _("the header has no column for the required question '%s'"),
				 q->questions[i].id);
			ok = false;
		}
	if (im->col_respondent < 0) {
		no_respondent(im, r);
		ok = false;
	} else if (im->col_department < 0) {
		diag_err(im->d, im->o->file, (int)r->line, 0,
			 _("the header needs the columns respondent and department (and optionally "
			 "role), then one column per question; --map FILE can name a department "
			 "column"));
		ok = false;
	}
	free(seen);
	free(cands);
	return ok;
}

static bool csv_row(const struct csvx_row *r, void *arg)
{
	struct q_importer *im = arg;
	if (r->row == 0) {
		im->header_ok = csv_header(im, r);
		if (!im->header_ok)
			im->writing = false;
		return im->header_ok;
	}
	if (r->n != im->res->ncols) {
		struct q_cell_pos p = { r->row, r->line, 0, 0 };
		q_import_error(im, &p, NULL, _("found %zu cells, expected %zu like the header"), r->n,
			       im->res->ncols);
		return diag_has_errors(im->d) ? im->d->errors < 200 : true;
	}
	q_import_reset_row(im);
	for (size_t c = 0; c < r->n; c++)
		if (im->col_question[c] >= 0) {
			struct q_cell_pos p = { r->row, r->line, (int)c + 1, 0 };
			q_import_answer(im, (size_t)im->col_question[c], r->cells[c], &p);
		}
	im->row_time = INT64_MIN;
	int64_t t;
	if (im->col_time >= 0 && q_form_time(r->cells[im->col_time], &t))
		im->row_time = t;
	struct q_cell_pos name_pos = { r->row, r->line, (int)im->col_respondent + 1, 0 };
	struct q_cell_pos row_pos = { r->row, r->line, (int)im->col_department + 1, 0 };
	q_import_finish_row(im, r->cells[im->col_respondent], r->cells[im->col_department],
			    im->col_role >= 0 ? r->cells[im->col_role] : "", &name_pos, &row_pos);
	/* Report every bad cell, within reason. */
	return im->d->errors < 200;
}

/* The reader hands its own arg to both callbacks: pass progress on. */
static void csv_progress(uint64_t done, uint64_t total, void *arg)
{
	const struct q_importer *im = arg;
	im->o->progress(done, total, im->o->progress_arg);
}

void q_import_csv(struct q_importer *im)
{
	struct csvx_reader rd = { .file = im->o->file, .on_row = csv_row, .arg = im,
				  .on_progress = im->o->progress ? csv_progress : NULL,
				  .check_utf8 = true };
	if (!csvx_read(&rd, im->o->file, im->d))
		im->writing = false;
	if (!im->header_ok && !diag_has_errors(im->d)) {
		diag_fail(im->d, EXIT_DATAERR, _("%s: empty file: expected a header row "
			  "respondent,department,role,<question-id>..."), im->o->file);
		im->writing = false;
	}
}
