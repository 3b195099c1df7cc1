/* report_survey: 'crmready survey list', every respondent's progress per
 * questionnaire, in the terminal, JSON and CSV. */
#include <stdlib.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "report.h"

struct report_survey_list {
	FILE *out;
	enum report_format format;
	struct report_options opt;
	size_t sections;
	struct report_table *table;   /* text: the section's */
	size_t n;                     /* respondents in the section */
	json_t *json;                 /* JSON: every section's */
};

struct report_survey_list *report_survey_list_begin(FILE *out, enum report_format format,
						    const struct report_options *o)
{
	struct report_survey_list *l = xcalloc(1, sizeof *l);
	l->out = out;
	l->format = format;
	l->opt = *o;
	if (format == REPORT_JSON) {
		l->json = json_array();
	} else if (format == REPORT_CSV) {
		const char *h[] = { "questionnaire", "respondent", "department", "role", "answered",
				    "applicable", "required_answered", "required", "completion",
				    "status", "updated" };
		csvx_write_row(out, h, 11);
	}
	return l;
}

void report_survey_list_section(struct report_survey_list *l)
{
	l->n = 0;
	if (l->format != REPORT_TEXT)
		return;
	if (l->sections++)
		fputc('\n', l->out);
	static const char *const head[] = { N_("RESPONDENT"), N_("DEPARTMENT"), N_("ROLE"),
					    N_("ANSWERED"), N_("REQUIRED"), N_("COMPLETE"),
					    N_("STATUS") };
	l->table = report_table_new(7);
	for (size_t k = 0; k < 7; k++)
		report_table_column(l->table, k, _(head[k]),
				    k >= 3 && k <= 5 ? REPORT_RIGHT : REPORT_LEFT);
}

/* A respondent's progress in the reader's language (JSON and CSV keep
 * q_progress_name). */
static const char *progress_label(enum q_progress p)
{
	switch (p) {
	case Q_NOT_STARTED: return trc("survey progress", "not started");
	case Q_IN_PROGRESS: return trc("survey progress", "in progress");
	case Q_COMPLETE: break;
	}
	return trc("survey progress", "complete");
}

void report_survey_list_respondent(struct report_survey_list *l, const struct questionnaire *q,
				   const struct store_respondent *r, enum q_progress progress,
				   const struct q_progress_counts *pc)
{
	double completion = pc->applicable ? (double)pc->answered / (double)pc->applicable : 0;
	const char *status = q_progress_name(progress);
	l->n++;
	if (l->format == REPORT_JSON) {
		json_t *o = json_object();
		json_object_set_new(o, "questionnaire", json_string(q->id));
		json_object_set_new(o, "respondent", json_string(r->name));
		json_object_set_new(o, "department", json_string(r->department));
		json_object_set_new(o, "role", json_string(r->role));
		json_object_set_new(o, "answered", json_integer((json_int_t)pc->answered));
		json_object_set_new(o, "applicable", json_integer((json_int_t)pc->applicable));
		json_object_set_new(o, "required_answered",
				    json_integer((json_int_t)pc->required_answered));
		json_object_set_new(o, "required", json_integer((json_int_t)pc->required));
		json_object_set_new(o, "completion", json_real(completion));
		json_object_set_new(o, "status", json_string(status));
		json_object_set_new(o, "updated", json_string(r->updated_at));
		json_array_append_new(l->json, o);
	} else if (l->format == REPORT_CSV) {
		char a[32], ap[32], rd[32], rq[32], comp[64];
		snprintf(a, sizeof a, "%zu", pc->answered);
		snprintf(ap, sizeof ap, "%zu", pc->applicable);
		snprintf(rd, sizeof rd, "%zu", pc->required_answered);
		snprintf(rq, sizeof rq, "%zu", pc->required);
		snprintf(comp, sizeof comp, "%.17g", completion);
		const char *cells[] = { q->id, r->name, r->department, r->role, a, ap, rd, rq, comp,
					status, r->updated_at };
		csvx_write_row(l->out, cells, 11);
	} else {
		char *answered = tfmt("%zu/%zu", pc->answered, pc->applicable);
		char *required = tfmt("%zu/%zu", pc->required_answered, pc->required);
		char *complete = tfmt("%.0f%%", completion * 100);
		const char *cells[] = { r->name, r->department, r->role, answered, required, complete,
					progress_label(progress) };
		report_table_row(l->table, cells);
		free(answered);
		free(required);
		free(complete);
		if (l->opt.color)
			report_table_color(l->table, 6, progress == Q_COMPLETE ? "32" : "33");
	}
}

void report_survey_list_section_end(struct report_survey_list *l, const struct questionnaire *q,
				    bool complete)
{
	if (l->format != REPORT_TEXT)
		return;
	if (complete) {
		tfprintf(l->out, trn("%s (%s): %zu respondent\n", "%s (%s): %zu respondents\n", l->n),
			 text_get(&q->title, l->opt.lang), q->id, l->n);
		if (l->n)
			report_table_print(l->table, l->out, 2, l->opt.color);
	}
	report_table_free(l->table);
	l->table = NULL;
}

void report_survey_list_end(struct report_survey_list *l, bool complete)
{
	if (l->format == REPORT_JSON && complete) {
		json_t *o = json_pack("{s:o}", "respondents", l->json);
		report_json_print(o, l->out);
		json_decref(o);
	} else if (l->format == REPORT_JSON) {
		json_decref(l->json);
	} else if (l->format == REPORT_TEXT && complete && !l->sections) {
		fputs(_("no survey answers yet: 'crmready survey run' or 'crmready survey import' "
			"collects them\n"), l->out);
	}
	free(l);
}
