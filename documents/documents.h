/* documents: questionnaires, rules sets, initiative catalogues and
 * data-quality checks as one kind of thing. Each is a YAML document with an
 * id, a version and a title; each is loaded and validated by its own module,
 * found by reference and registered through registry/. What differs between
 * the kinds lives in one table (documents.c), so adding, validating, listing
 * and showing are written once for all four.
 */
#ifndef CRMREADY_DOCUMENTS_H
#define CRMREADY_DOCUMENTS_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"
#include "../core/text.h"
#include "../registry/registry.h"

struct store;
struct questionnaire;
struct rule_set;
struct catalogue;
struct dq_checks;

enum { DOCUMENT_MAX_COUNTS = 3 };

/* One loaded, valid document of any kind. */
struct document {
	enum registry_kind kind;
	const char *id;
	long version;
	const struct text *title;
	const char *source;                 /* its YAML text */
	/* what it holds, named by document_count_names (e.g. questions,
	 * dimensions, capabilities) */
	size_t counts[DOCUMENT_MAX_COUNTS];
	/* the parsed document: the member of its kind is set */
	struct questionnaire *questionnaire;
	struct rule_set *rules;
	struct catalogue *catalogue;
	struct dq_checks *checks;
	/* Where it came from: known in listings, and for checks (whose show
	 * says it); the other kinds' lookups do not tell. */
	enum registry_origin origin;
	char *added_from;                   /* listings: "shipped", or the file it was added from */
};

/* The names of a kind's counts ("questions", "dimensions", "capabilities"
 * for a questionnaire), *n of them. */
const char *const *document_count_names(enum registry_kind kind, size_t *n);

/* Load and validate the file at path. A rules set's references are checked
 * against st's questionnaires and catalogues (st may be NULL: shipped only).
 * NULL with every error in d. */
struct document *document_load_file(struct store *st, enum registry_kind kind, const char *path,
				    struct diag *d);

/* The document ref names: a file, else an id in the workspace (st may be
 * NULL), else a shipped one. NULL with the error in d (an unknown id is a
 * usage error, 64, with a close match). */
struct document *document_lookup(struct store *st, enum registry_kind kind, const char *ref,
				 struct diag *d);

/* Every document of a kind: the workspace's and the shipped ones it does
 * not override, ordered by id. One that does not load (a broken workspace
 * copy) is left out with its errors in d; false only when the workspace
 * cannot be read. */
bool document_list(struct store *st, enum registry_kind kind, struct document ***out, size_t *n,
		   struct diag *d);
void document_list_free(struct document **docs, size_t n);

/* Register doc (read from the file origin) in the workspace, inside the
 * caller's transaction: new, or an upgrade to a higher version; *unchanged
 * when the very same text was already known. False with the reason in d. */
bool document_register(struct store *st, const struct document *doc, const char *origin,
		       bool *unchanged, struct diag *d);

void document_free(struct document *doc);

#endif
