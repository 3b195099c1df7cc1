/* report_findings_text: 'crmready findings' in the terminal, JSON and CSV,
 * and a rule's recommendation, initiatives and source as both findings
 * and 'rules show' print them. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "report.h"

struct style {
	const char *bold, *dim, *reset;
};

static struct style style_of(bool color)
{
	return color ? (struct style){ "\033[1m", "\033[2m", "\033[0m" }
		     : (struct style){ "", "", "" };
}

/* "  label: text", the label dimmed; text is sanitised, and isolated when
 * it is a left-to-right expression (report_isolate). */
static void labelled_as(FILE *out, const struct style *s, const char *label, const char *text,
			bool expression)
{
	char *clean = text_sanitize(text);
	char *shown = expression ? report_isolate(clean) : xstrdup(clean);
	fprintf(out, "  %s%s:%s %s\n", s->dim, label, s->reset, shown);
	free(shown);
	free(clean);
}

static void labelled(FILE *out, const struct style *s, const char *label, const char *text)
{
	labelled_as(out, s, label, text, false);
}

void report_rule_details(FILE *out, const struct rule *r, const struct report_options *o)
{
	struct style s = style_of(o->color);
	labelled(out, &s, _("recommendation"), text_get(&r->recommendation, o->lang));
	if (r->ninitiatives) {
		fprintf(out, "  %s%s:%s ", s.dim, _("initiatives"), s.reset);
		for (size_t k = 0; k < r->ninitiatives; k++)
			fprintf(out, "%s%s", k ? report_list_sep() : "", r->initiatives[k]);
		fputc('\n', out);
	}
	if (r->source.n) {
		char *src = sources_text(&r->source, o->lang);
		labelled(out, &s, _("source"), src);
		free(src);
	}
}

static const char *severity_color(enum severity s)
{
	static const char *const c[] = { "\033[2m", "\033[36m", "\033[33m", "\033[31m",
					 "\033[1;31m" };
	return c[s];
}

/* Rules not fired, one line each: the id, then what it read or why it
 * was not evaluated, dimmed. */
static void rule_lines(FILE *out, const struct rule_finding *x, size_t n, bool evidence,
		       const struct report_options *o)
{
	struct report_table *t = report_table_new(2);
	if (evidence)   /* what the rule read: its expressions, left to right */
		report_table_isolate(t, 1);
	for (size_t i = 0; i < n; i++) {
		char *why = evidence ? report_finding_evidence(&x[i].result, o->lang)
				     : rule_reason_text(x[i].result.reason);
		const char *cell[] = { x[i].rule->id, why };
		report_table_row(t, cell);
		report_table_color(t, 1, "2");
		free(why);
	}
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
}

void report_findings_text(FILE *out, const struct rule_findings *f, size_t nsets,
			  const struct report_options *o)
{
	struct style s = style_of(o->color);
	char *sets = tfmt(trn("%zu rules set", "%zu rules sets", nsets), nsets);
	tfprintf(out, _("%sFindings%s: %zu fired, %zu not evaluated, %zu passed (%s)\n"), s.bold,
		 s.reset, f->nfired, f->nnot_evaluated, f->passed, sets);
	free(sets);
	for (size_t i = 0; i < f->nfired; i++) {
		const struct rule_finding *x = &f->fired[i];
		const struct rule *r = x->rule;
		char *title = text_sanitize(text_get(&r->title, o->lang));
		const char *sev = severity_label(r->severity);
		/* pad by columns, not bytes: Persian labels are two bytes a letter */
		int pad = 8 - (int)utf8_width(sev);
		fprintf(out, "\n%s%s%s%*s  %s%s%s  %s%s%s\n",
			o->color ? severity_color(r->severity) : "", sev, s.reset, pad > 0 ? pad : 0,
			"", s.bold, title, s.reset, s.dim, r->id, s.reset);
		free(title);
		char *ev = report_finding_evidence(&x->result, o->lang);
		labelled_as(out, &s, _("evidence"), ev, true);
		free(ev);
		report_rule_details(out, r, o);
	}
	if (f->nnot_evaluated) {
		fprintf(out, "\n%s%s%s\n", s.bold, _("Not evaluated (no data)"), s.reset);
		rule_lines(out, f->not_evaluated, f->nnot_evaluated, false, o);
	}
	if (f->passed) {
		/* what each passed rule read, so a pass is never silent */
		fprintf(out, "\n%s%s%s\n", s.bold, _("Passed"), s.reset);
		rule_lines(out, f->passing, f->passed, true, o);
	}
}

static json_t *value_json(const struct expr_evidence *x)
{
	if (!x->has_value)
		return json_null();
	switch (x->value.type) {
	case EXPR_STRING: return json_string(x->value.str);
	case EXPR_BOOL: return json_boolean(x->value.b);
	default: return json_real(x->value.num);
	}
}

static json_t *evidence_json(const struct expr_result *res)
{
	json_t *ev = json_object();
	for (size_t k = 0; k < res->nevidence; k++)
		json_object_set_new(ev, res->evidence[k].text, value_json(&res->evidence[k]));
	return ev;
}

json_t *report_findings_json(const struct rule_findings *f, lang_id lang)
{
	json_t *fired = json_array();
	for (size_t i = 0; i < f->nfired; i++) {
		const struct rule_finding *x = &f->fired[i];
		const struct rule *r = x->rule;
		json_t *inits = json_array();
		for (size_t k = 0; k < r->ninitiatives; k++)
			json_array_append_new(inits, json_string(r->initiatives[k]));
		char *src = sources_text(&r->source, lang);
		json_array_append_new(fired, json_pack("{s:s, s:s, s:s, s:o, s:s, s:o, s:o, s:o}",
			"rule", r->id, "severity", severity_name(r->severity),
			"title", text_get(&r->title, lang), "evidence", evidence_json(&x->result),
			"recommendation", text_get(&r->recommendation, lang),
			"initiatives", inits,
			"source", r->source.n ? json_string(src) : json_null(),
			"sources", plan_sources_to_json(&r->source)));
		free(src);
	}
	json_t *not = json_array();
	for (size_t i = 0; i < f->nnot_evaluated; i++)
		json_array_append_new(not, json_pack("{s:s, s:s}", "rule",
			f->not_evaluated[i].rule->id, "reason", f->not_evaluated[i].result.reason));
	json_t *passed = json_array();
	for (size_t i = 0; i < f->passed; i++) {
		const struct rule *r = f->passing[i].rule;
		json_array_append_new(passed, json_pack("{s:s, s:s, s:s, s:o}", "rule", r->id,
			"severity", severity_name(r->severity), "title",
			text_get(&r->title, lang), "evidence", evidence_json(&f->passing[i].result)));
	}
	return json_pack("{s:o, s:o, s:o}", "findings", fired, "not_evaluated", not,
			 "passed", passed);
}

static void csv_row(FILE *out, const struct rule_finding *x, const char *status, lang_id lang)
{
	const struct rule *r = x->rule;
	struct sbuf ev, inits;
	sbuf_init(&ev);
	sbuf_init(&inits);
	for (size_t k = 0; k < x->result.nevidence; k++) {
		const struct expr_evidence *e = &x->result.evidence[k];
		char *v;
		if (!e->has_value)
			v = xstrdup("");
		else if (e->value.type == EXPR_STRING)
			v = xasprintf("\"%s\"", e->value.str);
		else if (e->value.type == EXPR_BOOL)
			v = xstrdup(e->value.b ? "true" : "false");
		else
			v = xasprintf("%.15g", e->value.num);
		sbuf_addf(&ev, "%s%s=%s", k ? "; " : "", e->text, v);
		free(v);
	}
	for (size_t k = 0; k < r->ninitiatives; k++)
		sbuf_addf(&inits, "%s%s", k ? ";" : "", r->initiatives[k]);
	char *src = sources_text(&r->source, lang);
	const char *row[] = {
		status, r->id, severity_name(r->severity),
		text_get(&r->title, lang), ev.s ? ev.s : "",
		text_get(&r->recommendation, lang), inits.s ? inits.s : "",
		src, x->result.reason ? x->result.reason : "",
	};
	csvx_write_row(out, row, 9);
	free(src);
	sbuf_release(&ev);
	sbuf_release(&inits);
}

void report_findings_csv(FILE *out, const struct rule_findings *f, lang_id lang)
{
	const char *h[] = { "status", "rule", "severity", "title", "evidence", "recommendation",
			    "initiatives", "source", "reason" };
	csvx_write_row(out, h, 9);
	for (size_t i = 0; i < f->nfired; i++)
		csv_row(out, &f->fired[i], "fired", lang);
	for (size_t i = 0; i < f->nnot_evaluated; i++)
		csv_row(out, &f->not_evaluated[i], "not evaluated", lang);
	for (size_t i = 0; i < f->passed; i++)
		csv_row(out, &f->passing[i], "passed", lang);
}
