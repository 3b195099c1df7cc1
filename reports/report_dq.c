/* report_dq: the data-quality scan's summary ('crmready dq scan') and the
 * latest scan with the trend ('crmready dq report'), in the terminal, JSON
 * and CSV; the words they share in both languages. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

/* A row of a scan's profile table: one field. */
struct profile_row {
	const char *field;       /* as in the file (the table sanitises it) */
	const char *filled, *valid;
	long distinct, problems;
};

/* A fraction as a percentage with one decimal ("93.3%", in the language's
 * digits and percent sign), into buf. */
enum { PCT_LEN = 48 };
static const char *pct(char buf[PCT_LEN], double v)
{
	char *s = tfmt("%.1f%%", v * 100.0);
	snprintf(buf, PCT_LEN, "%s", s);
	free(s);
	return buf;
}

/* A count in the language's digits, into buf. */
static const char *count(char buf[PCT_LEN], long n)
{
	char *s = tfmt("%ld", n);
	snprintf(buf, PCT_LEN, "%s", s);
	free(s);
	return buf;
}

/* A word of the data-quality reports (a column heading, a part of the
 * score, a problem found in a cell) in the language in use: the problems
 * come from the scan in English (as JSON and CSV keep them), so every one
 * the scan writes is named here for the catalogue. */
static const char *word(const char *en, lang_id lang)
{
	const struct { const char *en, *shown; } words[] = {
		{ "field", trc("data quality", "field") },
		{ "filled", trc("data quality", "filled") },
		{ "valid", trc("data quality", "valid") },
		{ "distinct", trc("data quality", "distinct") },
		{ "problems", trc("data quality", "problems") },
		{ "trend", trc("data quality", "trend") },
		{ "score", trc("data quality", "score") },
		{ "duplicates", trc("data quality", "duplicates") },
		{ "missing", trc("data quality", "missing") },
		{ "not an e-mail address", trc("data quality", "not an e-mail address") },
		{ "not a phone number", trc("data quality", "not a phone number") },
		{ "not a date", trc("data quality", "not a date") },
		{ "not an allowed value", trc("data quality", "not an allowed value") },
		{ "does not match the pattern", trc("data quality", "does not match the pattern") },
		{ "too short", trc("data quality", "too short") },
		{ "too long", trc("data quality", "too long") },
		{ "not checked", trc("data quality", "not checked") },
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcmp(words[i].en, en))
			return words[i].shown;
	return en;
}

/* A part of the data-quality score (METRIC_DQ_*) as the metric table
 * names it, so the reports, the workbook and the HTML say it one way. */
static const char *part_label(const char *metric, lang_id lang)
{
	return metric_def_label(metric_def_find(metric));
}

static void print_profile(FILE *out, const struct profile_row *rows, size_t n, lang_id lang)
{
	static const char *const cols[] = { "field", "filled", "valid", "distinct", "problems" };
	static const size_t widths[] = { 0, 7, 7, 9, 8 };
	struct report_table *t = report_table_new(5);
	report_table_plain_header(t);
	for (size_t k = 0; k < 5; k++) {
		report_table_column(t, k, word(cols[k], lang), k ? REPORT_RIGHT : REPORT_LEFT);
		report_table_width(t, k, widths[k], k > 0);
	}
	for (size_t i = 0; i < n; i++) {
		char distinct[PCT_LEN], problems[PCT_LEN];
		count(distinct, rows[i].distinct);
		count(problems, rows[i].problems);
		const char *cell[] = { rows[i].field, rows[i].filled, rows[i].valid, distinct,
				       problems };
		report_table_row(t, cell);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
}

/* The line naming the columns a scan could not check (nothing when n is 0). */
static void print_unchecked(FILE *out, const char *const *columns, size_t n, lang_id lang)
{
	if (!n)
		return;
	fputs(_("\nnot checked (columns not in the file): "), out);
	for (size_t i = 0; i < n; i++) {
		char *c = text_sanitize(columns[i]);
		fprintf(out, "%s%s", i ? report_list_sep() : "", c);
		free(c);
	}
	fputc('\n', out);
}


/* The e-mail domains treated as public (they blocked nothing), most
 * contacts first; the first ten named, the rest counted. */
static void print_public(FILE *out, const struct dq_result *r, lang_id lang)
{
	enum { SHOWN = 10 };
	if (!r->npublic)
		return;
	tfprintf(out, _("  public e-mail domains (not treated as a company): %zu\n"), r->npublic);
	struct report_table *t = report_table_new(3);
	report_table_width(t, 0, 24, true);
	report_table_column(t, 1, NULL, REPORT_RIGHT);
	report_table_width(t, 1, 7, true);
	report_table_gap(t, 1, " ");
	report_table_gap(t, 2, " ");
	for (size_t i = 0; i < r->npublic && i < SHOWN; i++) {
		const struct dq_public_domain *p = &r->public_domains[i];
		char contacts[PCT_LEN], *what;
		count(contacts, p->contacts);
		if (p->listed)
			what = xstrdup(trn("contacts (listed)", "contacts (listed)",
					    (unsigned long)p->contacts));
		else
			what = tfmt(trn("contacts at %ld accounts", "contacts at %ld accounts",
					(unsigned long)p->contacts), p->accounts);
		const char *cell[] = { p->domain, contacts, what };
		report_table_row(t, cell);
		free(what);
	}
	report_table_print(t, out, 4, false);
	report_table_free(t);
	if (r->npublic > SHOWN)
		tfprintf(out, _("    and %zu more (--format json lists them all)\n"), r->npublic - SHOWN);
}

/* Each duplicate rule: its name, exact or fuzzy, and the records it joined. */
static void print_rules(FILE *out, const struct dq_checks *c, const struct dq_result *r,
			lang_id lang)
{
	struct report_table *t = report_table_new(2);
	report_table_width(t, 0, 12, true);
	report_table_gap(t, 1, " ");
	for (size_t i = 0; i < c->nrules; i++) {
		bool exact = c->rules[i].match == DQ_MATCH_EXACT;
		char *what;
		if (r->rule_checked[i])
			what = tfmt(exact ? _("exact match: %ld records") : _("fuzzy match: %ld records"),
				    r->rule_matches[i]);
		else
			what = xstrdup(exact ? _("exact match: not checked")
					     : _("fuzzy match: not checked"));
		const char *cell[] = { c->rules[i].name, what };
		report_table_row(t, cell);
		free(what);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
}

void report_dq_scan_text(FILE *out, const struct dq_checks *c, const struct dq_result *r,
			 const char *file, const char *entity, const char *date, lang_id lang)
{
	char a[PCT_LEN], b[PCT_LEN], day[TIMEX_SHOW_MAX];
	char *f = text_sanitize(file);
	timex_show(date, day);
	tfprintf(out, _("%s: %ld records, checks %s, entity %s, dated %s\n\n"), f, r->records, c->id,
		 entity, day);
	free(f);
	struct profile_row *rows = xcalloc(r->nfields + 1, sizeof *rows);
	char (*pcts)[2][PCT_LEN] = xcalloc(r->nfields + 1, sizeof *pcts);
	size_t nrows = 0;
	for (size_t i = 0; i < r->nfields; i++) {
		const struct dq_field_profile *p = &r->fields[i];
		if (p->absent)
			continue;
		rows[nrows++] = (struct profile_row){
			p->column, pct(pcts[i][0], (double)p->filled / (double)r->records),
			c->fields[i].has_validity && p->checked
				? pct(pcts[i][1], (double)p->valid / (double)p->checked) : "-",
			p->distinct, p->problems };
	}
	print_profile(out, rows, nrows, lang);
	print_unchecked(out, r->unchecked, r->nunchecked, lang);
	free(rows);
	free(pcts);
	bool any = false;
	for (size_t i = 0; i < r->nfields; i++) {
		const struct dq_field_profile *p = &r->fields[i];
		if (!p->nexamples)
			continue;
		if (!any)
			fputs(_("\nexamples of problems:\n"), out);
		any = true;
		for (size_t j = 0; j < p->nexamples; j++) {
			char *problem = *p->examples[j].value
				? xasprintf("%s '%s'", word(p->examples[j].problem, lang),
					    p->examples[j].value)
				: xstrdup(word(p->examples[j].problem, lang));
			tfprintf(out, _("  %s row %ld: %s\n"), p->column, p->examples[j].row, problem);
			free(problem);
		}
		long more = p->problems - (long)p->nexamples;
		if (more > 0)
			tfprintf(out, trn("  %s: %ld more\n", "  %s: %ld more\n", (unsigned long)more),
				 p->column, more);
	}
	if (r->has_duplicates) {
		tfprintf(out, _("\nduplicates: %ld clusters holding %ld records, %ld redundant (%s)\n"),
			 r->clusters, r->in_clusters, r->redundant, pct(a, r->duplicate_rate));
		print_rules(out, c, r, lang);
	}
	print_public(out, r, lang);
	if (r->has_freshness)
		tfprintf(out, _("\n%s: %ld of %ld records modified within %ld days of %s (%s)\n"),
			 part_label(METRIC_DQ_FRESHNESS, lang), r->fresh, r->records, c->fresh_days, day,
			 pct(a, r->freshness));
	fprintf(out, "\n%s %s", part_label(METRIC_DQ_COMPLETENESS, lang), pct(a, r->completeness));
	if (r->has_validity)
		fprintf(out, "  %s %s", part_label(METRIC_DQ_VALIDITY, lang), pct(a, r->validity));
	if (r->has_duplicates)
		fprintf(out, "  %s %s", part_label(METRIC_DQ_DUPLICATE_RATE, lang), pct(a, r->duplicate_rate));
	if (r->has_freshness)
		fprintf(out, "  %s %s", part_label(METRIC_DQ_FRESHNESS, lang), pct(a, r->freshness));
	fprintf(out, "  %s %s\n", word("score", lang), pct(b, r->score));
}

json_t *report_dq_scan_json(const struct dq_checks *c, const struct dq_result *r,
			    const char *file, const char *entity, const char *date)
{
	json_t *fields = json_array();
	for (size_t i = 0; i < r->nfields; i++) {
		const struct dq_field_profile *p = &r->fields[i];
		if (p->absent)
			continue;
		json_t *ex = json_array();
		for (size_t j = 0; j < p->nexamples; j++)
			json_array_append_new(ex, json_pack("{s:I, s:s, s:s}", "row",
							    (json_int_t)p->examples[j].row, "problem",
							    p->examples[j].problem, "value",
							    p->examples[j].value));
		json_t *o = json_pack("{s:s, s:I, s:f}", "field", p->column, "filled",
				      (json_int_t)p->filled, "completeness",
				      (double)p->filled / (double)r->records);
		if (c->fields[i].has_validity && p->checked) {
			json_object_set_new(o, "checked", json_integer(p->checked));
			json_object_set_new(o, "valid", json_integer(p->valid));
			json_object_set_new(o, "validity", json_real((double)p->valid / (double)p->checked));
		}
		json_object_set_new(o, "distinct", json_integer(p->distinct));
		json_object_set_new(o, "problems", json_integer(p->problems));
		json_object_set_new(o, "examples", ex);
		json_array_append_new(fields, o);
	}
	json_t *rules = json_array();
	for (size_t i = 0; i < c->nrules; i++)
		json_array_append_new(rules, json_pack("{s:s, s:s, s:b, s:o}", "name", c->rules[i].name,
						       "match", c->rules[i].match == DQ_MATCH_EXACT ? "exact" : "fuzzy",
						       "checked", r->rule_checked[i], "records",
						       r->rule_checked[i] ? json_integer(r->rule_matches[i]) : json_null()));
	json_t *pub = json_array();
	for (size_t i = 0; i < r->npublic; i++) {
		const struct dq_public_domain *p = &r->public_domains[i];
		json_t *x = json_pack("{s:s, s:I, s:s}", "domain", p->domain, "contacts",
				      (json_int_t)p->contacts, "why", p->listed ? "listed" : "accounts");
		json_object_set_new(x, "accounts", p->listed ? json_null() : json_integer(p->accounts));
		json_array_append_new(pub, x);
	}
	json_t *unchecked = json_array();
	for (size_t i = 0; i < r->nunchecked; i++)
		json_array_append_new(unchecked, json_string(r->unchecked[i]));
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:I, s:f}", "file", file, "checks", c->id,
			      "entity", entity, "date", date, "records", (json_int_t)r->records,
			      "completeness", r->completeness);
	json_object_set_new(o, "validity", r->has_validity ? json_real(r->validity) : json_null());
	json_object_set_new(o, "duplicate_rate", r->has_duplicates ? json_real(r->duplicate_rate) : json_null());
	json_object_set_new(o, "freshness", r->has_freshness ? json_real(r->freshness) : json_null());
	json_object_set_new(o, "score", json_real(r->score));
	json_object_set_new(o, "clusters", json_integer(r->clusters));
	json_object_set_new(o, "redundant", json_integer(r->redundant));
	json_object_set_new(o, "duplicate_rules", rules);
	json_object_set_new(o, "fields", fields);
	json_object_set_new(o, "not_checked", unchecked);
	json_object_set_new(o, "public_domains", pub);
	return o;
}

/* The parts in the order of struct dq_trend_point's values, as JSON keys
 * and CSV headings name them. */
static const char *const PART[REPORT_DQ_NPARTS] = { "score", "completeness", "validity",
						    "duplicate_rate", "freshness" };

static json_t *num_or_null(double v)
{
	return isnan(v) ? json_null() : json_real(v);
}

static json_t *examples(const char *text)
{
	json_error_t err;
	json_t *a = json_loads(text, 0, &err);
	return a ? a : json_array();
}

static json_t *latest_json(const struct report_dq *r)
{
	const struct store_dq_scan *s = r->scan;
	json_t *fields = json_array();
	for (size_t i = 0; i < r->nfields; i++) {
		const struct store_dq_field *f = &r->fields[i];
		json_t *x = json_pack("{s:s, s:I, s:f}", "field", f->field, "filled",
				      (json_int_t)f->filled, "completeness",
				      s->records ? (double)f->filled / (double)s->records : 0.0);
		json_object_set_new(x, "checked", json_integer(f->checked));
		json_object_set_new(x, "valid", json_integer(f->valid));
		json_object_set_new(x, "validity", f->checked
			? json_real((double)f->valid / (double)f->checked) : json_null());
		json_object_set_new(x, "distinct", json_integer(f->distinct));
		json_object_set_new(x, "problems", json_integer(f->problems));
		json_object_set_new(x, "examples", examples(f->examples));
		json_array_append_new(fields, x);
	}
	json_t *l = json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:f}", "date", s->date, "file",
			      s->file, "checks", s->checks, "records", (json_int_t)s->records,
			      "clusters", (json_int_t)s->clusters, "redundant",
			      (json_int_t)s->redundant, "completeness", s->completeness);
	json_object_set_new(l, "validity", s->has_validity ? json_real(s->validity) : json_null());
	json_object_set_new(l, "duplicate_rate",
			    s->has_duplicates ? json_real(s->duplicate_rate) : json_null());
	json_object_set_new(l, "freshness", s->has_freshness ? json_real(s->freshness) : json_null());
	json_object_set_new(l, "score", json_real(s->score));
	json_object_set_new(l, "scanned_at", json_string(s->scanned_at));
	json_object_set_new(l, "fields", fields);
	json_t *u = json_array();
	for (size_t i = 0; i < r->nunchecked; i++)
		json_array_append_new(u, json_string(r->unchecked[i]));
	json_object_set_new(l, "not_checked", u);
	return l;
}

json_t *report_dq_json(const struct report_dq *r)
{
	json_t *o = json_object();
	json_object_set_new(o, "entity", r->entity ? json_string(r->entity) : json_null());
	json_object_set_new(o, "latest", r->scan ? latest_json(r) : json_null());
	json_t *tr = json_array();
	for (size_t i = 0; i < r->ntrend; i++) {
		json_t *x = json_pack("{s:s}", "date", r->trend[i].date);
		for (size_t k = 0; k < REPORT_DQ_NPARTS; k++)
			json_object_set_new(x, PART[k], num_or_null(r->trend[i].v[k]));
		json_array_append_new(tr, x);
	}
	json_object_set_new(o, "trend", tr);
	json_object_set_new(o, "today", json_string(r->today));
	json_object_set_new(o, "goals", report_goals_json(r->goals));
	return o;
}

enum { CSV_OWN = 2 + REPORT_DQ_NPARTS, CSV_ALL = CSV_OWN + REPORT_GOAL_CSV };

void report_dq_csv(FILE *out, const struct report_dq *r)
{
	const char *entity = r->entity ? r->entity : "";
	const char *header[CSV_ALL] = { "entity", "date" };
	memcpy(header + 2, PART, sizeof PART);
	memcpy(header + CSV_OWN, report_goal_csv_head, sizeof report_goal_csv_head);
	csvx_write_row(out, header, CSV_ALL);
	for (size_t i = 0; i < r->ntrend; i++) {
		char buf[REPORT_DQ_NPARTS][32];
		const char *cells[CSV_ALL] = { entity, r->trend[i].date };
		for (size_t k = 0; k < REPORT_DQ_NPARTS; k++) {
			if (isnan(r->trend[i].v[k]))
				buf[k][0] = '\0';
			else
				snprintf(buf[k], sizeof buf[k], "%.17g", r->trend[i].v[k]);
			cells[2 + k] = buf[k];
		}
		for (size_t k = CSV_OWN; k < CSV_ALL; k++)
			cells[k] = "";
		csvx_write_row(out, cells, CSV_ALL);
	}
	/* a goal's row: its entity (from its scope), the goal columns */
	for (size_t i = 0; i < r->goals->n; i++) {
		const struct goal_row *g = &r->goals->v[i];
		struct report_goal_cells c;
		report_goal_cells(g, &c);
		const char *cells[CSV_ALL] = {
			!strncmp(g->scope, "entity=", 7) ? g->scope + 7 : g->scope,
			"", "", "", "", "", "" };
		memcpy(cells + CSV_OWN, c.cell, sizeof c.cell);
		csvx_write_row(out, cells, CSV_ALL);
	}
}

/* v in 0..1 as width characters: '#' filled, '.' not. */
static char *hash_bar(double v, int width)
{
	int full = (int)lround(v * width);
	char *s = xmalloc((size_t)width + 1);
	for (int i = 0; i < width; i++)
		s[i] = i < full ? '#' : '.';
	s[width] = '\0';
	return s;
}

static void print_trend(FILE *out, const struct report_dq *r, lang_id lang)
{
	/* a word of these reports, or a part's metric (its label) */
	static const char *const head[] = { "trend", "score", "", METRIC_DQ_COMPLETENESS,
					    METRIC_DQ_VALIDITY, "duplicates", METRIC_DQ_FRESHNESS };
	static const size_t width[] = { 10, 6, 24, 12, 8, 10, 9 };
	enum { NCOLS = 7, BAR = 2 };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	for (size_t k = 0; k < NCOLS; k++) {
		const char *h = !*head[k] ? ""
			: metric_def_find(head[k]) ? part_label(head[k], lang) : word(head[k], lang);
		report_table_column(t, k, h,
				    k == 0 || k == BAR ? REPORT_LEFT : REPORT_RIGHT);
		report_table_width(t, k, width[k], true);
		report_table_gap(t, k, k <= BAR + 1 ? " " : "  ");
	}
	for (size_t i = 0; i < r->ntrend; i++) {
		const double *v = r->trend[i].v;
		char p[REPORT_DQ_NPARTS][PCT_LEN];
		for (size_t k = 0; k < REPORT_DQ_NPARTS; k++)
			if (isnan(v[k]))
				strcpy(p[k], "-");
			else
				pct(p[k], v[k]);
		char *bar = hash_bar(isnan(v[0]) ? 0 : v[0], 24);
		char day[TIMEX_SHOW_MAX];
		const char *cell[NCOLS] = { timex_show(r->trend[i].date, day), p[0], bar, p[1], p[2],
					    p[3], p[4] };
		report_table_row(t, cell);
		free(bar);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
}

void report_dq_text(FILE *out, const struct report_dq *r, const struct report_options *o)
{
	const struct store_dq_scan *s = r->scan;
	if (s) {
		char *file = text_sanitize(s->file);
		char day[TIMEX_SHOW_MAX];
		tfprintf(out, _("data quality of %s: latest scan %s of %s (%ld records, checks %s)\n\n"),
			 r->entity, timex_show(s->date, day), file, s->records, s->checks);
		free(file);
		struct profile_row *rows = xcalloc(r->nfields + 1, sizeof *rows);
		char (*pcts)[2][PCT_LEN] = xcalloc(r->nfields + 1, sizeof *pcts);
		for (size_t i = 0; i < r->nfields; i++) {
			const struct store_dq_field *f = &r->fields[i];
			rows[i] = (struct profile_row){
				f->field,
				pct(pcts[i][0], s->records ? (double)f->filled / (double)s->records : 0),
				f->checked ? pct(pcts[i][1], (double)f->valid / (double)f->checked) : "-",
				f->distinct, f->problems };
		}
		print_profile(out, rows, r->nfields, o->lang);
		free(rows);
		free(pcts);
		print_unchecked(out, (const char *const *)r->unchecked, r->nunchecked, o->lang);
		tfprintf(out, _("\nduplicates: %ld clusters, %ld redundant records\n"), s->clusters,
			 s->redundant);
		fputc('\n', out);
		print_trend(out, r, o->lang);
	}
	report_goals_text(out, r->goals, METRIC_FAMILY_DQ ".", r->today, o);
}
