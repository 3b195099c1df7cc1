/* report_findings_text: 'crmready findings' in the terminal, JSON and CSV,
 * and a rule's recommendation, initiatives and source as both findings
 * and 'rules show' print them. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../store/store.h"
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

/* The waiver of a waived finding, or the note on a fired one whose waiver
 * expired (x->waiver, judged by where x is listed). */
static void waiver_line(FILE *out, const struct style *s, const struct rule_finding *x,
			bool expired)
{
	char until[TIMEX_SHOW_MAX];
	timex_show(x->waiver->until, until);
	char *who = text_sanitize(x->waiver->who), *reason = text_sanitize(x->waiver->reason);
	char *t = expired ? tfmt(_("fires again: its waiver expired on %s (%s: %s)"), until, who,
				 reason)
			  : tfmt(_("until %s, owner %s: %s"), until, who, reason);
	labelled(out, s, expired ? _("note") : _("waiver"), t);
	free(t);
	free(who);
	free(reason);
}

static void finding_text(FILE *out, const struct rule_finding *x, bool waived,
			 const struct report_options *o)
{
	struct style s = style_of(o->color);
	const struct rule *r = x->rule;
	char *title = text_sanitize(text_get(&r->title, o->lang));
	const char *sev = severity_label(r->severity);
	/* pad by columns, not bytes: Persian labels are two bytes a letter */
	int pad = 8 - (int)utf8_width(sev);
	fprintf(out, "\n%s%s%s%*s  %s%s%s  %s%s%s\n",
		o->color && !waived ? severity_color(r->severity) : "", sev, s.reset,
		pad > 0 ? pad : 0, "", s.bold, title, s.reset, s.dim, r->id, s.reset);
	free(title);
	if (x->waiver)
		waiver_line(out, &s, x, !waived);
	char *ev = report_finding_evidence(&x->result, o->lang);
	labelled_as(out, &s, _("evidence"), ev, true);
	free(ev);
	report_rule_details(out, r, o);
}

void report_findings_text(FILE *out, const struct rule_findings *f, size_t nsets,
			  const struct report_options *o)
{
	struct style s = style_of(o->color);
	char *sets = tfmt(trn("%zu rules set", "%zu rules sets", nsets), nsets);
	tfprintf(out, _("%sFindings%s: %zu fired, %zu not evaluated, %zu passed (%s)\n"), s.bold,
		 s.reset, f->nfired, f->nnot_evaluated, f->passed, sets);
	free(sets);
	if (f->nwaived)
		tfprintf(out, trn("(%zu more finding waived: listed after the fired ones, not counted "
				  "as fired)\n", "(%zu more findings waived: listed after the fired ones, "
				  "not counted as fired)\n", f->nwaived), f->nwaived);
	for (size_t i = 0; i < f->nfired; i++)
		finding_text(out, &f->fired[i], false, o);
	if (f->nwaived) {
		fprintf(out, "\n%s%s%s\n", s.bold, _("Waived (accepted until their waiver ends)"),
			s.reset);
		for (size_t i = 0; i < f->nwaived; i++)
			finding_text(out, &f->waived[i], true, o);
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

/* A finding's waiver: the one that holds (waived) or the one that expired
 * (fired again); null when it has none. */
static json_t *waiver_json(const struct rule_finding *x, bool waived)
{
	if (!x->waiver)
		return json_null();
	return json_pack("{s:s, s:s, s:s, s:s, s:s}", "state", waived ? "active" : "expired",
			 "by", x->waiver->who, "reason", x->waiver->reason, "until", x->waiver->until,
			 "set_on", x->waiver->set_on);
}

static json_t *findings_array_json(const struct rule_finding *v, size_t n, bool waived,
				   lang_id lang)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		const struct rule_finding *x = &v[i];
		const struct rule *r = x->rule;
		json_t *inits = json_array();
		for (size_t k = 0; k < r->ninitiatives; k++)
			json_array_append_new(inits, json_string(r->initiatives[k]));
		char *src = sources_text(&r->source, lang);
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:o, s:s, s:o, s:o, s:o, s:o}",
			"rule", r->id, "severity", severity_name(r->severity),
			"title", text_get(&r->title, lang), "evidence", evidence_json(&x->result),
			"recommendation", text_get(&r->recommendation, lang),
			"initiatives", inits,
			"source", r->source.n ? json_string(src) : json_null(),
			"sources", plan_sources_to_json(&r->source),
			"waiver", waiver_json(x, waived)));
		free(src);
	}
	return a;
}

json_t *report_findings_json(const struct rule_findings *f, lang_id lang)
{
	json_t *fired = findings_array_json(f->fired, f->nfired, false, lang);
	json_t *waived = findings_array_json(f->waived, f->nwaived, true, lang);
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
	return json_pack("{s:o, s:o, s:o, s:o}", "findings", fired, "waived", waived,
			 "not_evaluated", not, "passed", passed);
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
		x->waiver ? x->waiver->who : "", x->waiver ? x->waiver->until : "",
		x->waiver ? x->waiver->reason : "",
	};
	csvx_write_row(out, row, 12);
	free(src);
	sbuf_release(&ev);
	sbuf_release(&inits);
}

void report_findings_csv(FILE *out, const struct rule_findings *f, lang_id lang)
{
	const char *h[] = { "status", "rule", "severity", "title", "evidence", "recommendation",
			    "initiatives", "source", "reason", "waiver_by", "waiver_until",
			    "waiver_reason" };
	csvx_write_row(out, h, 12);
	/* a fired finding with waiver fields fires again: its waiver expired */
	for (size_t i = 0; i < f->nfired; i++)
		csv_row(out, &f->fired[i], "fired", lang);
	for (size_t i = 0; i < f->nwaived; i++)
		csv_row(out, &f->waived[i], "waived", lang);
	for (size_t i = 0; i < f->nnot_evaluated; i++)
		csv_row(out, &f->not_evaluated[i], "not evaluated", lang);
	for (size_t i = 0; i < f->passed; i++)
		csv_row(out, &f->passing[i], "passed", lang);
}
