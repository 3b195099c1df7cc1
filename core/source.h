/* source: where a piece of shipped or user content comes from.
 *
 * The method behind crmready rests on five documents (docs/method.md); a
 * question, rule, initiative or goal template names the document and the
 * point within it its practice comes from, or says it comes from general
 * experience. In YAML:
 *
 *	source:                  # one mapping, or a list of them
 *	  doc: KSF               # KSF READY PRACTICE IBM MENDOZA, or practice
 *	  point: {en: "...", fa: "..."}   # optional for practice
 *
 * or, for general experience alone, source: practice (also in a list).
 * A plain text (a string or {en: ..., fa: ...}) is still read: content
 * written before the documents were named, with no document (SOURCE_TEXT). */
#ifndef CRMREADY_SOURCE_H
#define CRMREADY_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"
#include "yamlx.h"

enum source_doc {
	SOURCE_TEXT,        /* an older free text: no document named */
	SOURCE_KSF,         /* "Key success factors for a CRM strategy" */
	SOURCE_READY,       /* "CRM readiness" */
	SOURCE_PRACTICE,    /* "Practical advice for implementing CRM" */
	SOURCE_IBM,         /* IBM's CRM transformation (Kumar and Reinartz) */
	SOURCE_MENDOZA,     /* Mendoza, Marius, Pérez and Grimán (2007) */
	SOURCE_EXPERIENCE,  /* general experience, no document */
	SOURCE_NDOCS
};

struct source_ref {
	enum source_doc doc;
	struct text point;  /* where in the document; may be empty */
};

struct sources {
	struct source_ref *v;
	size_t n;
};

/* The key of YAML and JSON: "KSF", ..., "practice"; "" for SOURCE_TEXT. */
const char *source_doc_key(enum source_doc doc);
/* The document's name in the language in use ("" for SOURCE_TEXT). */
const char *source_doc_title(enum source_doc doc);
/* The document whose key is key (exactly); false when none. */
bool source_doc_find(const char *key, enum source_doc *out);

/* Read a source: node (see above) of doc into *out, allocated in arena.
 * false with the error at its position in d (an unknown document with the
 * list of known ones). */
bool yx_sources(const struct yx_doc *doc, struct arena *arena, const struct yx_node *n,
		struct sources *out, const char *what, struct diag *d);

/* The sources told in lang, one line: "Key success factors for a CRM
 * strategy: training; IBM's CRM transformation: pilot first" (malloc'd;
 * "" when there are none). */
char *sources_text(const struct sources *s, lang_id lang);

#endif
