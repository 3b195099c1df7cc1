/* embedded: files compiled into the binary (tools/embed.c). */
#ifndef CRMREADY_EMBEDDED_H
#define CRMREADY_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char *name;   /* path below its folder, e.g. "questionnaires/crm-readiness.yaml" */
	const char *data;   /* NUL-terminated */
	size_t len;
};

/* The shipped content (content/), NULL-name terminated. */
extern const struct embedded_file content_files[];
/* The workspace migrations (store/migrations/), in name order. */
extern const struct embedded_file store_migration_files[];

/* The message catalogues (po/LANG.po compiled), named "LANG.mo". */
extern const struct embedded_file catalogue_files[];

/* The content file named name, or NULL. */
const struct embedded_file *content_find(const char *name);

#endif
