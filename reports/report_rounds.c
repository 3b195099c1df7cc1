/* report_rounds: the rounds of a survey ('survey rounds') and what moved
 * between two rounds ('assess --compare R1 R2'), in text, JSON and CSV.
 * The figures and the anonymity rule are the domain's (q_delta_*). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report_internal.h"

/* ---- the list of rounds ---- */

json_t *report_rounds_json(const struct report_round *r, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "questionnaire", json_string(r[i].questionnaire));
		json_object_set_new(o, "round", json_string(r[i].name));
		json_object_set_new(o, "created", json_string(r[i].created));
		json_object_set_new(o, "respondents", json_integer(r[i].respondents));
		json_object_set_new(o, "first_answer", *r[i].first ? json_string(r[i].first) : json_null());
		json_object_set_new(o, "last_answer", *r[i].last ? json_string(r[i].last) : json_null());
		json_object_set_new(o, "latest", json_boolean(r[i].latest));
		json_array_append_new(arr, o);
	}
	json_t *root = json_object();
	json_object_set_new(root, "rounds", arr);
	return root;
}

void report_rounds_csv(FILE *out, const struct report_round *r, size_t n)
{
	const char *h[] = { "questionnaire", "round", "created", "respondents", "first_answer",
			    "last_answer", "latest" };
	csvx_write_row(out, h, 7);
	for (size_t i = 0; i < n; i++) {
		char count[24];
		snprintf(count, sizeof count, "%ld", r[i].respondents);
		const char *cells[] = { r[i].questionnaire, r[i].name, r[i].created, count, r[i].first,
					r[i].last, r[i].latest ? "true" : "false" };
		csvx_write_row(out, cells, 7);
	}
}

static char *show_day(const char *day)
{
	char buf[TIMEX_SHOW_MAX];
	return xstrdup(*day ? timex_show(day, buf) : "-");
}

void report_rounds_text(FILE *out, const struct report_round *r, size_t n,
			const struct report_options *o)
{
	if (!n) {
		fprintf(out, "%s\n", _("no survey rounds yet: 'crmready survey import "
				       "QUESTIONNAIRE FILE' adds one"));
		return;
	}
	struct report_table *t = report_table_new(6);
	report_table_column(t, 0, _("Questionnaire"), REPORT_LEFT);
	report_table_column(t, 1, _("Round"), REPORT_LEFT);
	report_table_column(t, 2, _("Created"), REPORT_LEFT);
	report_table_column(t, 3, _("Respondents"), REPORT_RIGHT);
	report_table_column(t, 4, _("Answers from"), REPORT_LEFT);
	report_table_column(t, 5, _("Answers to"), REPORT_LEFT);
	for (size_t i = 0; i < n; i++) {
		char *name = text_sanitize(r[i].name);
		char *label = r[i].latest ? xasprintf(_("%s (latest)"), name) : xstrdup(name);
		char *created = show_day(r[i].created), *first = show_day(r[i].first),
		     *last = show_day(r[i].last);
		char *count = tfmt("%ld", r[i].respondents);
		const char *cells[] = { r[i].questionnaire, label, created, count, first, last };
		report_table_row(t, cells);
		free(name);
		free(label);
		free(created);
		free(first);
		free(last);
		free(count);
	}
	report_table_print(t, out, 0, o->color);
	report_table_free(t);
}

/* ---- two rounds compared ---- */

static json_t *num_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

static json_t *delta_json(const struct q_delta *x)
{
	json_t *o = json_object();
	json_object_set_new(o, "from", num_or_null(x->has_from, x->from));
	json_object_set_new(o, "to", num_or_null(x->has_to, x->to));
	json_object_set_new(o, "delta", num_or_null(x->has_data, x->delta));
	json_object_set_new(o, "respondents_from", json_integer((json_int_t)x->n_from));
	json_object_set_new(o, "respondents_to", json_integer((json_int_t)x->n_to));
	return o;
}

static json_t *group_json(const struct report_round_pair *p, enum q_by by, const char *name)
{
	json_t *o = json_object();
	json_object_set_new(o, "by", json_string(q_by_name(by)));
	json_object_set_new(o, "group", json_string(name));
	struct q_delta x = q_delta_group(p->from, p->to, by, name, -1);
	json_object_set_new(o, "suppressed", json_boolean(x.suppressed));
	if (x.suppressed)
		return o;
	json_object_set_new(o, "index", delta_json(&x));
	json_t *dims = json_array();
	for (size_t d = 0; d < p->to->q->ndimensions; d++) {
		struct q_delta y = q_delta_group(p->from, p->to, by, name, (long)d);
		json_t *dj = delta_json(&y);
		json_object_set_new(dj, "id", json_string(p->to->q->dimensions[d].id));
		json_array_append_new(dims, dj);
	}
	json_object_set_new(o, "dimensions", dims);
	return o;
}

json_t *report_round_compare_json(const struct report_round_pair *p, unsigned by_mask)
{
	const struct questionnaire *q = p->to->q;
	json_t *root = json_object();
	json_object_set_new(root, "questionnaire", json_string(q->id));
	json_object_set_new(root, "from", json_string(p->from_name));
	json_object_set_new(root, "to", json_string(p->to_name));
	json_object_set_new(root, "min_group", json_integer((json_int_t)p->to->min_group));
	struct q_delta x = q_delta_index(p->from, p->to);
	json_object_set_new(root, "index", delta_json(&x));
	json_t *dims = json_array();
	for (size_t d = 0; d < q->ndimensions; d++) {
		struct q_delta y = q_delta_dimension(p->from, p->to, d);
		json_t *o = delta_json(&y);
		json_object_set_new(o, "id", json_string(q->dimensions[d].id));
		json_array_append_new(dims, o);
	}
	json_object_set_new(root, "dimensions", dims);
	json_t *groups = json_array();
	for (int by = 0; by < Q_BY_COUNT; by++) {
		if (!(by_mask & (1u << by)))
			continue;
		size_t n;
		char **names = q_delta_group_names(p->from, p->to, (enum q_by)by, &n);
		for (size_t i = 0; i < n; i++) {
			json_array_append_new(groups, group_json(p, (enum q_by)by, names[i]));
			free(names[i]);
		}
		free(names);
	}
	json_object_set_new(root, "groups", groups);
	json_t *qs = json_array();
	for (size_t i = 0; i < q->nquestions; i++) {
		struct q_delta y = q_delta_question(p->from, p->to, i);
		if (!y.has_from && !y.has_to)
			continue;    /* a text question, or one nobody answered */
		json_t *o = delta_json(&y);
		json_object_set_new(o, "id", json_string(q->questions[i].id));
		json_array_append_new(qs, o);
	}
	json_object_set_new(root, "questions", qs);
	return root;
}

static void csv_num(char *buf, size_t n, bool has, double v)
{
	if (has)
		snprintf(buf, n, "%.17g", v);
	else
		buf[0] = '\0';
}

static void csv_delta_row(FILE *out, const char *scope, const char *by, const char *group,
			  const char *id, const struct q_delta *x)
{
	char f[40], t[40], dl[40], nf[24] = "", nt[24] = "";
	csv_num(f, sizeof f, !x->suppressed && x->has_from, x->from);
	csv_num(t, sizeof t, !x->suppressed && x->has_to, x->to);
	csv_num(dl, sizeof dl, !x->suppressed && x->has_data, x->delta);
	if (!x->suppressed) {
		snprintf(nf, sizeof nf, "%zu", x->n_from);
		snprintf(nt, sizeof nt, "%zu", x->n_to);
	}
	const char *cells[] = { scope, by, group, id, f, t, dl, nf, nt,
				x->suppressed ? "true" : "false" };
	csvx_write_row(out, cells, 10);
}

void report_round_compare_csv(FILE *out, const struct report_round_pair *p, unsigned by_mask)
{
	const struct questionnaire *q = p->to->q;
	const char *h[] = { "scope", "by", "group", "id", "from", "to", "delta",
			    "respondents_from", "respondents_to", "suppressed" };
	csvx_write_row(out, h, 10);
	struct q_delta x = q_delta_index(p->from, p->to);
	csv_delta_row(out, "index", "", "", "", &x);
	for (size_t d = 0; d < q->ndimensions; d++) {
		x = q_delta_dimension(p->from, p->to, d);
		csv_delta_row(out, "dimension", "", "", q->dimensions[d].id, &x);
	}
	for (int by = 0; by < Q_BY_COUNT; by++) {
		if (!(by_mask & (1u << by)))
			continue;
		size_t n;
		char **names = q_delta_group_names(p->from, p->to, (enum q_by)by, &n);
		for (size_t i = 0; i < n; i++) {
			x = q_delta_group(p->from, p->to, (enum q_by)by, names[i], -1);
			csv_delta_row(out, "group", q_by_name((enum q_by)by), names[i], "", &x);
			for (size_t d = 0; d < q->ndimensions && !x.suppressed; d++) {
				struct q_delta y = q_delta_group(p->from, p->to, (enum q_by)by,
								 names[i], (long)d);
				csv_delta_row(out, "group", q_by_name((enum q_by)by), names[i],
					      q->dimensions[d].id, &y);
			}
			free(names[i]);
		}
		free(names);
	}
	for (size_t i = 0; i < q->nquestions; i++) {
		x = q_delta_question(p->from, p->to, i);
		if (x.has_from || x.has_to)
			csv_delta_row(out, "question", "", "", q->questions[i].id, &x);
	}
}

/* A row: label, the figure in each round, the change, the respondents. */
static void text_delta_row(struct report_table *t, const char *label, const struct q_delta *x)
{
	char *f = report_num1(x->has_from, x->from), *to = report_num1(x->has_to, x->to);
	char *c = x->has_data ? tfmt("%+.1f", x->delta) : xstrdup("-");
	char *n = tfmt("%zu → %zu", x->n_from, x->n_to);
	const char *cells[] = { label, f, to, c, n };
	report_table_row(t, cells);
	if (x->has_data && x->delta != 0)
		report_table_color(t, 3, x->delta < 0 ? "31" : "32");
	free(f);
	free(to);
	free(c);
	free(n);
}

static struct report_table *delta_table(const struct report_round_pair *p, const char *first)
{
	struct report_table *t = report_table_new(5);
	char *from = text_sanitize(p->from_name), *to = text_sanitize(p->to_name);
	report_table_column(t, 0, first, REPORT_LEFT);
	report_table_column(t, 1, from, REPORT_RIGHT);
	report_table_column(t, 2, to, REPORT_RIGHT);
	report_table_column(t, 3, _("Change"), REPORT_RIGHT);
	report_table_column(t, 4, _("Respondents"), REPORT_RIGHT);
	free(from);
	free(to);
	return t;
}

static void text_heading(FILE *out, const char *s, bool color)
{
	fprintf(out, color ? "\n\033[1m%s\033[0m\n" : "\n%s\n", s);
}

static void text_groups(FILE *out, const struct report_round_pair *p, enum q_by by,
			const struct report_options *o)
{
	size_t n;
	char **names = q_delta_group_names(p->from, p->to, by, &n);
	if (!n) {
		free(names);
		return;
	}
	text_heading(out, by == Q_BY_DEPARTMENT ? _("Departments") : _("Roles"), o->color);
	struct report_table *t = delta_table(p, _("Group (readiness index)"));
	size_t suppressed = 0;
	for (size_t i = 0; i < n; i++) {
		struct q_delta x = q_delta_group(p->from, p->to, by, names[i], -1);
		char *safe = text_sanitize(names[i]);
		if (x.suppressed) {
			char *why = tfmt(_("fewer than %zu in a round"), p->to->min_group);
			const char *cells[] = { safe, "", "", "-", why };
			report_table_row(t, cells);
			free(why);
			suppressed++;
		} else {
			text_delta_row(t, safe, &x);
		}
		free(safe);
		free(names[i]);
	}
	free(names);
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
	if (suppressed) {
		fputs("  ", out);
		tfprintf(out, trn("a group with fewer than %zu respondents in either round shows "
				  "no change\n",
				  "groups with fewer than %zu respondents in either round show "
				  "no change\n", p->to->min_group), p->to->min_group);
	}
}

void report_round_compare_text(FILE *out, const struct report_round_pair *p, unsigned by_mask,
			       const struct report_options *o)
{
	const struct questionnaire *q = p->to->q;
	lang_id lang = o->lang;
	char *from = text_sanitize(p->from_name), *to = text_sanitize(p->to_name);
	tfprintf(out, _("%s: survey round %s (%zu respondents) to %s (%zu respondents)\n"),
		 text_get(&q->title, lang), from, p->from->respondents, to, p->to->respondents);
	free(from);
	free(to);
	struct report_table *t = delta_table(p, _("Dimension"));
	struct q_delta x = q_delta_index(p->from, p->to);
	text_delta_row(t, _("Readiness index"), &x);
	for (size_t d = 0; d < q->ndimensions; d++) {
		x = q_delta_dimension(p->from, p->to, d);
		text_delta_row(t, text_get(&q->dimensions[d].title, lang), &x);
	}
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
	for (int by = 0; by < Q_BY_COUNT; by++)
		if (by_mask & (1u << by))
			text_groups(out, p, (enum q_by)by, o);
	text_heading(out, _("Questions (mean score)"), o->color);
	t = delta_table(p, _("Question"));
	for (size_t i = 0; i < q->nquestions; i++) {
		x = q_delta_question(p->from, p->to, i);
		if (x.has_from || x.has_to)
			text_delta_row(t, q->questions[i].id, &x);
	}
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
}
