/* Private to reports/report_documents.c and report_show_*.c: the show of
 * each kind of document. */
#ifndef CRMREADY_REPORT_DOCUMENTS_INTERNAL_H
#define CRMREADY_REPORT_DOCUMENTS_INTERNAL_H

#include <stdbool.h>
#include <stdio.h>

#include <jansson.h>

#include "../core/text.h"

struct questionnaire;
struct rule_set;
struct catalogue;

/* A text in both languages: {"en": ..., "fa": ...} ("fa" only when set). */
json_t *report_text_json(const struct text *t);

json_t *report_questionnaire_json(const struct questionnaire *q);
void report_questionnaire_text(const struct questionnaire *q, lang_id lang, bool color,
			       FILE *out);
json_t *report_rules_json(const struct rule_set *s);
void report_rules_text(const struct rule_set *s, lang_id lang, bool color, FILE *out);
json_t *report_catalogue_json(const struct catalogue *c, lang_id lang);
void report_catalogue_text(const struct catalogue *c, lang_id lang, FILE *out);

#endif
