/* report_documents: the listings of questionnaires, rules sets, catalogues
 * and checks (text, JSON, CSV), the line that sums one up, and the show of
 * any of them. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "../dq/dq.h"
#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "../rules/rules.h"
#include "report.h"
#include "report_documents_internal.h"

/* What differs between the kinds' listings. The text table shows every
 * count of the kind under these headers except where fewer are named. */
static const struct {
	const char *json_key;
	const char *headers[DOCUMENT_MAX_COUNTS];
	const char *csv_header[7];       /* NULL: no CSV listing */
} LISTS[] = {
	[REGISTRY_QUESTIONNAIRE] = { "questionnaires", { "QUESTIONS", "DIMENSIONS" },
				     { "id", "version", "title", "questions", "dimensions",
				       "capabilities", "origin" } },
	[REGISTRY_RULES] = { "rules", { "RULES" },
			     { "id", "version", "title", "rules", "questionnaire", "capabilities",
			       "origin" } },
	[REGISTRY_CATALOGUE] = { "catalogues", { "INITIATIVES", "PHASES" }, { NULL } },
	[REGISTRY_CHECKS] = { "checks", { "FIELDS", "RULES" }, { NULL } },
};

/* A count's header of LISTS in the reader's language. */
static const char *count_header(const char *head)
{
	const struct { const char *en, *shown; } heads[] = {
		{ "QUESTIONS", trc("document list", "QUESTIONS") },
		{ "DIMENSIONS", trc("document list", "DIMENSIONS") },
		{ "RULES", trc("document list", "RULES") },
		{ "INITIATIVES", trc("document list", "INITIATIVES") },
		{ "PHASES", trc("document list", "PHASES") },
		{ "FIELDS", trc("document list", "FIELDS") },
	};
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++)
		if (!strcmp(heads[k].en, head))
			return heads[k].shown;
	return head;
}

json_t *report_text_json(const struct text *t)
{
	json_t *o = json_object();
	json_object_set_new(o, "en", json_string(t->v[LANG_EN] ? t->v[LANG_EN] : ""));
	for (size_t l = 1; l < lang_count(); l++)
		if (t->v[l])
			json_object_set_new(o, lang_code((lang_id)l), json_string(t->v[l]));
	return o;
}

static const char *where(const struct document *doc)
{
	return doc->origin == REGISTRY_WORKSPACE ? "workspace" : "shipped";
}

/* Where a document comes from, in the reader's language. */
static const char *where_label(const struct document *doc)
{
	return doc->origin == REGISTRY_WORKSPACE ? trc("document origin", "workspace")
						 : trc("document origin", "shipped");
}

/* "12 questions": English says every count in the plural, as the
 * documents' count names are; the other languages by the count. */
static char *count_words(size_t n, const char *name)
{
	if (i18n_lang() == LANG_EN)
		return xasprintf("%zu %s", n, name);
	const struct { const char *name, *format; } words[] = {
		{ "questions", trn("%zu question", "%zu questions", n) },
		{ "dimensions", trn("%zu dimension", "%zu dimensions", n) },
		{ "capabilities", trn("%zu capability", "%zu capabilities", n) },
		{ "rules", trn("%zu rule", "%zu rules", n) },
		{ "initiatives", trn("%zu initiative", "%zu initiatives", n) },
		{ "phases", trn("%zu phase", "%zu phases", n) },
		{ "fields", trn("%zu field", "%zu fields", n) },
		{ "duplicate rules", trn("%zu duplicate rule", "%zu duplicate rules", n) },
	};
	for (size_t k = 0; k < sizeof words / sizeof *words; k++)
		if (!strcmp(words[k].name, name))
			return tfmt(words[k].format, n);
	return xasprintf("%zu %s", n, name);
}

char *report_document_details(const struct document *doc)
{
	size_t n;
	const char *const *names = document_count_names(doc->kind, &n);
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < n; i++) {
		char *words = count_words(doc->counts[i], names[i]);
		sbuf_addf(&b, "%s%s", i ? report_list_sep() : "", words);
		free(words);
	}
	return sbuf_detach(&b);
}

static void list_text(enum registry_kind kind, struct document *const *docs, size_t n,
		      lang_id lang, FILE *out)
{
	size_t ncounts = 0;
	while (ncounts < DOCUMENT_MAX_COUNTS && LISTS[kind].headers[ncounts])
		ncounts++;
	/* the columns every kind has; its counts go between ORIGIN and TITLE,
	 * each as wide as its header */
	const struct {
		const char *header;
		enum report_align align;
		size_t width;
		const char *gap;
	} FIRST[] = { { trc("document list", "ID"), REPORT_LEFT, 24, "" },
		      { trc("document list", "VERSION"), REPORT_RIGHT, 7, " " },
		      { trc("document list", "ORIGIN"), REPORT_LEFT, 9, "  " } };
	size_t ncols = 4 + ncounts, title = ncols - 1;
	struct report_table *t = report_table_new(ncols);
	report_table_plain_header(t);
	for (size_t c = 0; c < 3; c++) {
		report_table_column(t, c, FIRST[c].header, FIRST[c].align);
		report_table_width(t, c, FIRST[c].width, true);
		report_table_gap(t, c, FIRST[c].gap);
	}
	/* the origin as wide as its longest word in the reader's language */
	size_t origin = utf8_width(trc("document origin", "workspace"));
	if (utf8_width(trc("document origin", "shipped")) > origin)
		origin = utf8_width(trc("document origin", "shipped"));
	if (origin > FIRST[2].width)
		report_table_width(t, 2, origin, true);
	for (size_t k = 0; k < ncounts; k++) {
		const char *head = count_header(LISTS[kind].headers[k]);
		report_table_column(t, 3 + k, head, REPORT_RIGHT);
		report_table_width(t, 3 + k, utf8_width(head), true);
		report_table_gap(t, 3 + k, " ");
	}
	report_table_column(t, title, trc("document list", "TITLE"), REPORT_LEFT);
	for (size_t i = 0; i < n; i++) {
		const char *cells[4 + DOCUMENT_MAX_COUNTS];
		char *num[1 + DOCUMENT_MAX_COUNTS] = { tfmt("%ld", docs[i]->version) };
		cells[0] = docs[i]->id;
		cells[1] = num[0];
		cells[2] = where_label(docs[i]);
		for (size_t k = 0; k < ncounts; k++)
			cells[3 + k] = num[1 + k] = tfmt("%zu", docs[i]->counts[k]);
		cells[title] = text_get(docs[i]->title, lang);
		report_table_row(t, cells);
		for (size_t k = 0; k <= ncounts; k++)
			free(num[k]);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
}

static json_t *row_json(const struct document *doc, lang_id lang)
{
	const char *title = text_get(doc->title, lang);
	const size_t *c = doc->counts;
	switch (doc->kind) {
	case REGISTRY_QUESTIONNAIRE:
		return json_pack("{s:s, s:I, s:s, s:I, s:I, s:I, s:s}", "id", doc->id, "version",
				 (json_int_t)doc->version, "title", title, "questions",
				 (json_int_t)c[0], "dimensions", (json_int_t)c[1], "capabilities",
				 (json_int_t)c[2], "origin", doc->added_from);
	case REGISTRY_RULES:
		return json_pack("{s:s, s:I, s:s, s:I, s:s, s:s, s:s}", "id", doc->id, "version",
				 (json_int_t)doc->version, "title", title, "rules", (json_int_t)c[0],
				 "questionnaire", doc->rules->questionnaire, "capabilities",
				 doc->rules->capabilities, "origin", doc->added_from);
	case REGISTRY_CATALOGUE:
		return json_pack("{s:s, s:I, s:s, s:I, s:I, s:s}", "id", doc->id, "version",
				 (json_int_t)doc->version, "origin", where(doc), "initiatives",
				 (json_int_t)c[0], "phases", (json_int_t)c[1], "title", title);
	case REGISTRY_CHECKS:
		return json_pack("{s:s, s:I, s:s, s:s, s:I, s:I}", "id", doc->id, "version",
				 (json_int_t)doc->version, "origin", where(doc), "title", title,
				 "fields", (json_int_t)c[0], "duplicate_rules", (json_int_t)c[1]);
	}
	return json_null();
}

static void list_csv(enum registry_kind kind, struct document *const *docs, size_t n,
		     lang_id lang, FILE *out)
{
	csvx_write_row(out, LISTS[kind].csv_header, 7);
	for (size_t i = 0; i < n; i++) {
		const struct document *doc = docs[i];
		char v[24], c[DOCUMENT_MAX_COUNTS][24];
		snprintf(v, sizeof v, "%ld", doc->version);
		for (size_t k = 0; k < DOCUMENT_MAX_COUNTS; k++)
			snprintf(c[k], sizeof c[k], "%zu", doc->counts[k]);
		const char *title = text_get(doc->title, lang);
		if (kind == REGISTRY_QUESTIONNAIRE) {
			const char *row[] = { doc->id, v, title, c[0], c[1], c[2], doc->added_from };
			csvx_write_row(out, row, 7);
		} else {
			const char *row[] = { doc->id, v, title, c[0], doc->rules->questionnaire,
					      doc->rules->capabilities, doc->added_from };
			csvx_write_row(out, row, 7);
		}
	}
}

void report_documents_list(enum registry_kind kind, struct document *const *docs, size_t n,
			   enum report_doc_format format, lang_id lang, FILE *out)
{
	if (format == REPORT_DOC_CSV && LISTS[kind].csv_header[0]) {
		list_csv(kind, docs, n, lang, out);
	} else if (format == REPORT_DOC_JSON) {
		json_t *arr = json_array();
		for (size_t i = 0; i < n; i++)
			json_array_append_new(arr, row_json(docs[i], lang));
		json_t *root = json_pack("{s:o}", LISTS[kind].json_key, arr);
		report_json_print(root, out);
		json_decref(root);
	} else {
		list_text(kind, docs, n, lang, out);
	}
}

static void report_json_print_free(json_t *v, FILE *out)
{
	report_json_print(v, out);
	json_decref(v);
}

void report_document_show(const struct document *doc, enum report_doc_format format,
			  lang_id lang, bool color, FILE *out)
{
	bool json = format == REPORT_DOC_JSON;
	switch (doc->kind) {
	case REGISTRY_QUESTIONNAIRE:
		if (json)
			report_json_print_free(report_questionnaire_json(doc->questionnaire), out);
		else
			report_questionnaire_text(doc->questionnaire, lang, color, out);
		break;
	case REGISTRY_RULES:
		if (json)
			report_json_print_free(report_rules_json(doc->rules), out);
		else
			report_rules_text(doc->rules, lang, color, out);
		break;
	case REGISTRY_CATALOGUE:
		if (json)
			report_json_print_free(report_catalogue_json(doc->catalogue, lang), out);
		else
			report_catalogue_text(doc->catalogue, lang, out);
		break;
	case REGISTRY_CHECKS:
		/* Checks are shown as they are written. */
		fwrite(doc->source, 1, strlen(doc->source), out);
		if (*doc->source && doc->source[strlen(doc->source) - 1] != '\n')
			fputc('\n', out);
		break;
	}
}

