/* yamlx: libyaml into a tree of nodes that keep their line and column, plus
 * the checks every validator needs (keys, types, ranges, ids, texts), each
 * reporting FILE:LINE:COL with a close match where one exists.
 *
 * Limits (each a clear error, never a crash): file size, nesting depth,
 * scalar length, total nodes, and alias expansion (no billion laughs).
 */
#ifndef CRMREADY_YAMLX_H
#define CRMREADY_YAMLX_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "diag.h"
#include "text.h"

enum { YX_MAX_FILE = 8 * 1024 * 1024, YX_MAX_DEPTH = 64,
       YX_MAX_SCALAR = 64 * 1024, YX_MAX_NODES = 500000 };

enum yx_kind { YX_SCALAR, YX_SEQ, YX_MAP };

struct yx_node {
	enum yx_kind kind;
	int line, col;          /* 1-based */
	bool plain;             /* scalar written without quotes */
	const char *str;        /* scalar text (NUL-terminated) */
	size_t len;
	struct yx_node **items; /* seq: n items; map: keys and values alternate */
	size_t n;               /* seq: items; map: pairs */
	size_t weight;          /* nodes in this subtree, aliases expanded */
	int dup_of;             /* a duplicate key: line of the first one, else 0 */
	bool checked;           /* seen by the loader's key check (aliases share nodes) */
};

struct yx_doc {
	const char *file;       /* as given, for messages */
	struct yx_node *root;   /* NULL for an empty document */
	struct arena arena;
	char *source;           /* the file's bytes, NUL-terminated */
	size_t source_len;
};

/* Parse buf (len bytes) named file. Returns false (with errors in d) on a
 * syntax error or a limit exceeded. The doc must be released either way. */
bool yx_load_buffer(struct yx_doc *doc, const char *file, const char *buf,
		    size_t len, struct diag *d);

/* Read and parse a file: a missing or unreadable file is exit 66. */
bool yx_load_file(struct yx_doc *doc, const char *path, struct diag *d);

void yx_release(struct yx_doc *doc);

/* Map access. */
static inline struct yx_node *yx_key(const struct yx_node *m, size_t i) { return m->items[2 * i]; }
static inline struct yx_node *yx_val(const struct yx_node *m, size_t i) { return m->items[2 * i + 1]; }
struct yx_node *yx_get(const struct yx_node *map, const char *key);

/* "a mapping", "a list", "a string", "a number", "true/false", "null". */
const char *yx_describe(const struct yx_node *n);   /* in the language in use */

/* Checks. Each reports its own error (naming what) and returns false. */
bool yx_want_map(const struct yx_doc *doc, const struct yx_node *n, const char *what, struct diag *d);
bool yx_want_seq(const struct yx_doc *doc, const struct yx_node *n, const char *what, struct diag *d);
bool yx_want_scalar(const struct yx_doc *doc, const struct yx_node *n, const char *what, struct diag *d);

/* Unknown keys (with a close match among allowed, NULL-terminated) and keys
 * in required (NULL-terminated, may be NULL) that are missing. */
bool yx_check_keys(const struct yx_doc *doc, const struct yx_node *map,
		   const char *const *allowed, const char *const *required,
		   const char *what, struct diag *d);

bool yx_int(const struct yx_doc *doc, const struct yx_node *n, long min,
	    long max, long *out, const char *what, struct diag *d);
bool yx_num(const struct yx_doc *doc, const struct yx_node *n, double min,
	    double max, double *out, const char *what, struct diag *d);
bool yx_bool(const struct yx_doc *doc, const struct yx_node *n, bool *out,
	     const char *what, struct diag *d);
/* A non-empty string (any scalar that is not null). */
bool yx_str(const struct yx_doc *doc, const struct yx_node *n,
	    const char **out, const char *what, struct diag *d);
/* An id: [a-z0-9-]+ */
bool yx_id(const struct yx_doc *doc, const struct yx_node *n,
	   const char **out, const char *what, struct diag *d);
/* A text: a string (English) or a map {en: ..., fa: ...}; en required. */
bool yx_text(const struct yx_doc *doc, const struct yx_node *n,
	     struct text *out, const char *what, struct diag *d);

/* Report an error at n's position. */
void yx_error(const struct yx_doc *doc, const struct yx_node *n, struct diag *d,
	      const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Report an unknown id at n, suggesting the closest of cands (n of them). */
void yx_unknown(const struct yx_doc *doc, const struct yx_node *n,
		const char *what, const char *const *cands, size_t ncands,
		struct diag *d);

/* True when a scalar is YAML null (~, null, empty plain). */
bool yx_is_null(const struct yx_node *n);

#endif
