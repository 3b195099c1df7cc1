/* report_show_rules: `rules show` — each rule's condition, severity and
 * recommendation, for people and as JSON. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "../rules/rules.h"
#include "report.h"
#include "report_documents_internal.h"

json_t *report_rules_json(const struct rule_set *s)
{
	json_t *rules = json_array();
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		json_t *inits = json_array();
		for (size_t k = 0; k < r->ninitiatives; k++)
			json_array_append_new(inits, json_string(r->initiatives[k]));
		json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:o, s:o}", "id", r->id, "when",
				      r->when_src, "severity", severity_name(r->severity),
				      "title", report_text_json(&r->title), "recommendation",
				      report_text_json(&r->recommendation), "initiatives", inits);
		json_object_set_new(o, "source", r->source.n ? plan_sources_to_json(&r->source)
							      : json_null());
		json_array_append_new(rules, o);
	}
	return json_pack("{s:s, s:I, s:o, s:s, s:s, s:o}", "id", s->id, "version",
			 (json_int_t)s->version, "title", report_text_json(&s->title), "questionnaire",
			 s->questionnaire, "capabilities", s->capabilities, "rules", rules);
}

void report_rules_text(const struct rule_set *s, lang_id lang, bool color, FILE *out)
{
	const char *bold = color ? "\033[1m" : "", *dim = color ? "\033[2m" : "",
		   *reset = color ? "\033[0m" : "";
	char *title = text_sanitize(text_get(&s->title, lang));
	tfprintf(out, _("%s%s%s  (%s, version %ld; reads %s, %s)\n"), bold, *title ? title : s->id,
		 reset, s->id, s->version, s->questionnaire, s->capabilities);
	free(title);
	for (size_t i = 0; i < s->nrules; i++) {
		const struct rule *r = &s->rules[i];
		char *t = text_sanitize(text_get(&r->title, lang));
		char *clean = text_sanitize(r->when_src);
		char *when = report_isolate(clean);
		free(clean);
		const char *sev = severity_label(r->severity);
		int pad = 8 - (int)utf8_width(sev);
		fprintf(out, "\n%s%s%s%*s %s%s%s  %s\n", bold, sev, reset, pad > 0 ? pad : 0, "", bold,
		       r->id, reset, t);
		fprintf(out, "  %s%s:%s %s\n", dim, _("when"), reset, when);
		free(when);
		free(t);
		report_rule_details(out, r, &(struct report_options){ lang, color });
	}
}

