/* report_metrics: 'crmready metric list' in the terminal, JSON and CSV. */
#include <stdlib.h>

#include "../core/anonymity.h"
#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

struct report_metric_list {
	FILE *out;
	enum report_format format;
	lang_id lang;
	struct report_table *table;   /* text */
	json_t *values;               /* JSON */
	size_t n;
};

struct report_metric_list *report_metric_list_begin(FILE *out, enum report_format format,
						    lang_id lang)
{
	struct report_metric_list *l = xcalloc(1, sizeof *l);
	l->out = out;
	l->format = format;
	l->lang = lang;
	if (format == REPORT_CSV) {
		static const char *const h[] = { "name", "scope", "date", "value", "source" };
		csvx_write_row(out, h, 5);
	} else if (format == REPORT_JSON) {
		l->values = json_array();
	} else {
		const char *const head[] = {
			trc("metric table", "name"), trc("metric table", "scope"),
			trc("metric table", "date"), trc("metric table", "value"),
			trc("metric table", "source"),
		};
		static const size_t width[] = { 34, 22, 10, 10, 0 };
		l->table = report_table_new(5);
		report_table_plain_header(l->table);
		for (size_t k = 0; k < 5; k++) {
			report_table_column(l->table, k, head[k], k == 3 ? REPORT_RIGHT : REPORT_LEFT);
			report_table_width(l->table, k, width[k], true);
			report_table_gap(l->table, k, k == 4 ? "  " : " ");
		}
	}
	return l;
}

void report_metric_list_value(struct report_metric_list *l, const struct store_metric *m,
			      const struct report_metric_shown *how)
{
	/* the reader's words; CSV says it in English, as every CSV cell */
	char fewer[TEXT_NUMBER_LEN];
	anonymity_fewer_label(how->min_group, fewer,
			      sizeof fewer);
	l->n++;
	if (l->format == REPORT_JSON) {
		json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:s}", "name", m->name, "scope", m->scope,
				      "date", m->date, "value",
				      how->hidden ? json_null() : json_real(m->value), "source",
				      m->source);
		if (how->hidden)   /* anonymity: the group's week has fewer licensed users */
			json_object_set_new(o, "fewer_than", json_integer(how->min_group));
		if (how->in_progress)
			json_object_set_new(o, "in_progress", json_true());
		json_array_append_new(l->values, o);
	} else if (l->format == REPORT_CSV) {
		char v[REPORT_NUMBER_LEN], en[48];
		report_number(v, m->value);
		snprintf(en, sizeof en, "fewer than %ld", how->min_group);
		const char *row[] = { m->name, m->scope, m->date, how->hidden ? en : v, m->source };
		csvx_write_row(l->out, row, 5);
	} else {
		/* Small fractions (rates 0..1) would all round to 0.0 or 1.0. */
		char number[TEXT_NUMBER_LEN], date[TIMEX_SHOW_MAX];
		char *shown = i18n_digits(text_number_small(m->value, number));
		char *source = xasprintf("%s%s", m->source,
					 how->in_progress ? _("  (week in progress)") : "");
		char *hidden = i18n_digits(fewer);
		const char *row[] = { m->name, m->scope, timex_show(m->date, date),
				      how->hidden ? hidden : shown, source };
		report_table_row(l->table, row);
		free(hidden);
		free(source);
		free(shown);
	}
}

void report_metric_list_end(struct report_metric_list *l, bool workspace)
{
	if (l->format == REPORT_JSON) {
		json_t *o = json_pack("{s:o}", "metrics", l->values);
		report_json_print(o, l->out);
		json_decref(o);
	} else if (l->format == REPORT_TEXT) {
		report_table_print(l->table, l->out, 0, false);
		report_table_free(l->table);
		if (!l->n)
			fputs(workspace ? _("(no values match)\n") : _("(no values: no workspace yet)\n"),
			      l->out);
	}
	free(l);
}
