/* q_import_yaml: a survey import's YAML: `respondents:`, each with
 * respondent, department, optional role and `answers:` by question id (a
 * multi question's as a list of option ids). */
#include <stdlib.h>
#include <string.h>

#include "q_internal.h"

static const char *scalar(const struct yx_node *n)
{
	return n && n->kind == YX_SCALAR && !yx_is_null(n) ? n->str : NULL;
}

/* One respondent's answers: each checked by q_import_answer. */
static void yaml_answers(struct q_importer *im, const struct yx_doc *doc,
			 const struct yx_node *answers, const char **qids)
{
	struct diag *d = im->d;
	for (size_t k = 0; k < answers->n; k++) {
		const struct yx_node *key = yx_key(answers, k), *val = yx_val(answers, k);
		long qi = q_find_question(im->q, key->str ? key->str : "");
		if (qi < 0) {
			yx_unknown(doc, key, _("question"), qids, im->q->nquestions, d);
			im->writing = false;
			continue;
		}
		struct q_cell_pos p = { 0, val->line, 0, val->col };
		if (val->kind == YX_SEQ) {
			/* multi: a YAML list of option ids */
			struct sbuf b;
			sbuf_init(&b);
			for (size_t j = 0; j < val->n; j++)
				sbuf_addf(&b, "%s%s", j ? ";" : "",
					  scalar(val->items[j]) ? scalar(val->items[j]) : "");
			q_import_answer(im, (size_t)qi, b.s ? b.s : "", &p);
			sbuf_release(&b);
		} else if (val->kind == YX_SCALAR) {
			q_import_answer(im, (size_t)qi, scalar(val) ? scalar(val) : "", &p);
		} else {
			yx_error(doc, val, d, _("%s: expected an answer, found %s"), key->str,
				 yx_describe(val));
			im->writing = false;
		}
	}
}

void q_import_yaml(struct q_importer *im)
{
	struct diag *d = im->d;
	const char *file = im->o->file;
	struct yx_doc doc;
	if (!yx_load_file(&doc, file, d)) {
		yx_release(&doc);
		im->writing = false;
		return;
	}
	static const char *const top_keys[] = { "questionnaire", "respondents", NULL };
	static const char *const top_req[] = { "respondents", NULL };
	static const char *const keys[] = { "respondent", "department", "role", "answers", NULL };
	static const char *const req[] = { "respondent", "department", NULL };
	if (!doc.root || !yx_want_map(&doc, doc.root, _("survey answers"), d) ||
	    !yx_check_keys(&doc, doc.root, top_keys, top_req, _("survey answers"), d)) {
		if (!doc.root)
			diag_err(d, file, 1, 1, _("empty file: expected 'respondents:'"));
		im->writing = false;
		yx_release(&doc);
		return;
	}
	const struct yx_node *qn = yx_get(doc.root, "questionnaire");
	if (qn && scalar(qn) && strcmp(scalar(qn), im->q->id)) {
		yx_error(&doc, qn, d, _("answers for questionnaire '%s', expected '%s'"), scalar(qn), im->q->id);
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
		if (!yx_want_map(&doc, it, _("respondent"), d) ||
		    !yx_check_keys(&doc, it, keys, req, _("respondent"), d)) {
			im->writing = false;
			continue;
		}
		q_import_reset_row(im);
		const struct yx_node *answers = yx_get(it, "answers");
		if (answers && yx_want_map(&doc, answers, "answers", d))
			yaml_answers(im, &doc, answers, qids);
		else if (answers)
			im->writing = false;
		const struct yx_node *nn = yx_get(it, "respondent"), *dn = yx_get(it, "department");
		struct q_cell_pos name_pos = { 0, nn ? nn->line : it->line, 0, nn ? nn->col : it->col };
		struct q_cell_pos row_pos = { 0, dn ? dn->line : it->line, 0, dn ? dn->col : it->col };
		q_import_finish_row(im, scalar(nn), scalar(dn), scalar(yx_get(it, "role")), &name_pos,
				    &row_pos);
	}
	free(qids);
	yx_release(&doc);
}
