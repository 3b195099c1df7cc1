/* registry: the documents crmready knows — questionnaires, rules sets,
 * initiative catalogues, data-quality checks — and where each comes from:
 * a file named on the command line, the workspace (added with `... add`),
 * or the content shipped in the binary. One set of rules for all four:
 *
 *   - a reference with a '/' or ending in .yaml/.yml is a file;
 *   - else an id: the workspace's copy first, then the shipped one;
 *   - an unknown id is a usage error (64) with a close match;
 *   - adding needs a version above the one already known (workspace or
 *     shipped); adding the very same text again changes nothing.
 */
#ifndef CRMREADY_REGISTRY_H
#define CRMREADY_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>

#include "../core/diag.h"

struct store;

enum registry_kind {
	REGISTRY_QUESTIONNAIRE,
	REGISTRY_RULES,
	REGISTRY_CATALOGUE,
	REGISTRY_CHECKS,
};

enum registry_origin { REGISTRY_FILE, REGISTRY_WORKSPACE, REGISTRY_SHIPPED };

/* "questionnaire", "rules set", "catalogue", "checks": English; a message
 * says it as trc("document", registry_noun(kind)). */
const char *registry_noun(enum registry_kind kind);

/* True when ref names a file rather than an id. */
bool registry_is_path(const char *ref);

/* A document's YAML and where it came from. */
struct registry_text {
	char *name;                 /* for messages: the path, or a description */
	char *text;                 /* NUL-terminated */
	size_t len;
	enum registry_origin origin;
};

/* Find ref (st may be NULL: files and shipped content only). false with
 * the error in d: an unreadable file is 66, an unknown id 64. */
bool registry_find(struct store *st, enum registry_kind kind, const char *ref,
		   struct registry_text *out, struct diag *d);
void registry_text_release(struct registry_text *t);

struct registry_entry {
	char *id;
	long version;
	char *origin;               /* "shipped", or the file it was added from */
	bool in_workspace;
	struct registry_text doc;   /* its YAML, for details in listings */
};

/* Every document of a kind: the workspace's, and the shipped ones it does
 * not override; ordered by id. */
bool registry_list(struct store *st, enum registry_kind kind, struct registry_entry **out,
		   size_t *n, struct diag *d);
void registry_list_free(struct registry_entry *e, size_t n);

/* Register text (a validated document with id and version, read from
 * origin) in the workspace, inside the caller's transaction. *unchanged is
 * set when the same text was already there. false with the reason in d
 * (65) when the version is not above the one known. */
bool registry_add(struct store *st, enum registry_kind kind, const char *id, long version,
		  const char *text, const char *origin, bool *unchanged, struct diag *d);

#endif
