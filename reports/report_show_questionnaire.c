/* report_show_questionnaire: `questionnaire show` — scale, levels,
 * dimensions, questions and capabilities, for people and as JSON. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "../questionnaires/questionnaire.h"
#include "report.h"
#include "report_documents_internal.h"

json_t *report_questionnaire_json(const struct questionnaire *q)
{
	json_t *labels = json_object();
	for (size_t i = 0; i < q->nscale_labels; i++) {
		char k[24];
		snprintf(k, sizeof k, "%ld", q->scale_labels[i].value);
		json_object_set_new(labels, k, report_text_json(&q->scale_labels[i].text));
	}
	json_t *levels = json_array();
	for (size_t i = 0; i < q->nlevels; i++)
		json_array_append_new(levels, json_pack("{s:f, s:o}", "min", q->levels[i].min,
							"label", report_text_json(&q->levels[i].label)));
	json_t *dims = json_array();
	for (size_t i = 0; i < q->ndimensions; i++)
		json_array_append_new(dims, json_pack("{s:s, s:o, s:f}", "id", q->dimensions[i].id,
						      "title", report_text_json(&q->dimensions[i].title),
						      "weight", q->dimensions[i].weight));
	json_t *qs = json_array();
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:f, s:b, s:b, s:b}", "id", qq->id,
				      "dimension", q->dimensions[qq->dimension].id, "type",
				      q_type_name(qq->type), "text", report_text_json(&qq->text), "weight",
				      qq->weight, "reverse", qq->reverse, "required", qq->required,
				      "na", qq->na);
		if (qq->when_src)
			json_object_set_new(o, "when", json_string(qq->when_src));
		if (qq->noptions) {
			json_t *opts = json_array();
			for (size_t k = 0; k < qq->noptions; k++)
				json_array_append_new(opts, json_pack("{s:s, s:o, s:f}", "id",
					qq->options[k].id, "text", report_text_json(&qq->options[k].text),
					"score", qq->options[k].score));
			json_object_set_new(o, "options", opts);
		}
		if (qq->nbands) {
			json_t *bands = json_array();
			for (size_t k = 0; k < qq->nbands; k++) {
				json_t *b = json_pack("{s:f}", "score", qq->bands[k].score);
				if (qq->bands[k].has_max)
					json_object_set_new(b, "max", json_real(qq->bands[k].max));
				json_array_append_new(bands, b);
			}
			json_object_set_new(o, "bands", bands);
		}
		if (qq->capability >= 0)
			json_object_set_new(o, "capability",
					    json_string(q->capabilities[qq->capability].id));
		if (qq->source.n)
			json_object_set_new(o, "source", plan_sources_to_json(&qq->source));
		json_array_append_new(qs, o);
	}
	json_t *caps = json_array();
	for (size_t i = 0; i < q->ncapabilities; i++) {
		const struct q_capability *c = &q->capabilities[i];
		json_t *lv = json_object();
		for (int k = 0; k < 5; k++) {
			char key[12];
			snprintf(key, sizeof key, "%d", k + 1);
			json_object_set_new(lv, key, report_text_json(&c->levels[k]));
		}
		json_t *o = json_pack("{s:s, s:o, s:I, s:I, s:o}", "id", c->id, "title",
				      report_text_json(&c->title), "importance", (json_int_t)c->importance,
				      "target", (json_int_t)c->target, "levels", lv);
		if (c->area)
			json_object_set_new(o, "area", json_string(c->area));
		json_array_append_new(caps, o);
	}
	return json_pack("{s:s, s:I, s:o, s:{s:I, s:I, s:o}, s:o, s:o, s:o, s:o}", "id", q->id,
			 "version", (json_int_t)q->version, "title", report_text_json(&q->title), "scale",
			 "min", (json_int_t)q->scale_min, "max", (json_int_t)q->scale_max, "labels",
			 labels, "levels", levels, "dimensions", dims, "questions", qs,
			 "capabilities", caps);
}

static void print_wrapped(FILE *out, const char *indent, const char *s)
{
	char *clean = text_sanitize(s);
	fprintf(out, "%s%s\n", indent, clean);
	free(clean);
}

/* A question's type and flags, "(scale, weight 2, required)". */
static char *question_flags(const struct questionnaire *q, const struct q_question *qq)
{
	struct sbuf flags;
	sbuf_init(&flags);
	sbuf_adds(&flags, q_type_name(qq->type));
	if (qq->weight != 1) {
		char *w = tfmt(_(", weight %g"), qq->weight);
		sbuf_adds(&flags, w);
		free(w);
	}
	if (qq->required)
		sbuf_adds(&flags, _(", required"));
	if (qq->reverse)
		sbuf_adds(&flags, _(", reverse"));
	if (!qq->na)
		sbuf_adds(&flags, _(", no n/a"));
	if (qq->when_src) {
		char *clean = text_sanitize(qq->when_src);
		char *when = report_isolate(clean);
		sbuf_addf(&flags, _(", when %s"), when);
		free(when);
		free(clean);
	}
	return sbuf_detach(&flags);
}

static void print_question(FILE *out, const struct questionnaire *q, const struct q_question *qq,
			   lang_id lang, const char *bold, const char *dim, const char *reset)
{
	char *flags = question_flags(q, qq);
	fprintf(out, "  %s%s%s  %s(%s)%s\n", bold, qq->id, reset, dim, flags, reset);
	free(flags);
	print_wrapped(out, "    ", text_get(&qq->text, lang));
	for (size_t k = 0; k < qq->noptions; k++) {
		char *o = text_sanitize(text_get(&qq->options[k].text, lang));
		tfprintf(out, "      - %s: %s %s(%g)%s\n", qq->options[k].id, o, dim,
			 qq->options[k].score, reset);
		free(o);
	}
	for (size_t k = 0; k < qq->nbands; k++) {
		if (qq->bands[k].has_max)
			tfprintf(out, _("      <= %g: %g\n"), qq->bands[k].max, qq->bands[k].score);
		else
			tfprintf(out, _("      above: %g\n"), qq->bands[k].score);
	}
}

void report_questionnaire_text(const struct questionnaire *q, lang_id lang, bool color, FILE *out)
{
	const char *bold = color ? "\033[1m" : "", *dim = color ? "\033[2m" : "",
		   *reset = color ? "\033[0m" : "";
	char *title = text_sanitize(text_get(&q->title, lang));
	tfprintf(out, _("%s%s%s  (%s, version %ld)\n"), bold, title, reset, q->id, q->version);
	free(title);
	tfprintf(out, _("\nScale %ld..%ld:"), q->scale_min, q->scale_max);
	for (size_t i = 0; i < q->nscale_labels; i++) {
		char *l = text_sanitize(text_get(&q->scale_labels[i].text, lang));
		tfprintf(out, "%s %ld = %s", i ? trc("list", ",") : "", q->scale_labels[i].value, l);
		free(l);
	}
	fprintf(out, "\n%s:", _("Levels"));
	for (size_t i = 0; i < q->nlevels; i++) {
		char *l = text_sanitize(text_get(&q->levels[i].label, lang));
		tfprintf(out, "%s %g+ %s", i ? trc("list", ",") : "", q->levels[i].min, l);
		free(l);
	}
	fprintf(out, "\n");
	for (size_t dm = 0; dm < q->ndimensions; dm++) {
		const struct q_dimension *d = &q->dimensions[dm];
		char *t = text_sanitize(text_get(&d->title, lang));
		tfprintf(out, _("\n%s%s%s  %s[%s, weight %g]%s\n"), bold, t, reset, dim, d->id,
			 d->weight, reset);
		free(t);
		for (size_t i = 0; i < q->nquestions; i++)
			if (q->questions[i].dimension == dm)
				print_question(out, q, &q->questions[i], lang, bold, dim, reset);
	}
	if (q->ncapabilities) {
		fprintf(out, "\n%s%s%s\n", bold, _("Capabilities"), reset);
		for (size_t i = 0; i < q->ncapabilities; i++) {
			const struct q_capability *c = &q->capabilities[i];
			char *t = text_sanitize(text_get(&c->title, lang));
			tfprintf(out, _("  %s%s%s  %s  %s(importance %ld, target %ld)%s\n"), bold, c->id,
				 reset, t, dim, c->importance, c->target, reset);
			free(t);
		}
	}
}
