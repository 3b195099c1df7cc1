/* Catalogue lookup and number printing for the plan commands. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/embedded.h"
#include "../core/xalloc.h"
#include "plan_cli.h"

static bool looks_like_file(const char *ref)
{
	size_t n = strlen(ref);
	return strchr(ref, '/') || (n > 5 && !strcmp(ref + n - 5, ".yaml")) ||
	       (n > 4 && !strcmp(ref + n - 4, ".yml"));
}

void plan_cli_known_catalogues(struct store *st, const char ***ids, size_t *n, struct diag *d)
{
	size_t cap = 0;
	*ids = NULL;
	*n = 0;
	if (st) {
		struct store_document *docs = NULL;
		size_t ndocs = 0;
		if (store_document_list(st, "catalogue", &docs, &ndocs, d)) {
			for (size_t i = 0; i < ndocs; i++) {
				XGROW(*ids, cap, *n + 1);
				(*ids)[(*n)++] = xstrdup(docs[i].id);
				store_document_release(&docs[i]);
			}
			free(docs);
		}
	}
	for (const struct embedded_file *f = content_files; f->name; f++) {
		if (strncmp(f->name, "plans/", 6))
			continue;
		const char *base = f->name + 6;
		size_t len = strlen(base);
		if (len > 5 && !strcmp(base + len - 5, ".yaml"))
			len -= 5;
		char *id = xstrndup(base, len);
		bool dup = false;
		for (size_t i = 0; i < *n; i++)
			dup |= !strcmp((*ids)[i], id);
		if (dup) {
			free(id);
			continue;
		}
		XGROW(*ids, cap, *n + 1);
		(*ids)[(*n)++] = id;
	}
}

struct catalogue *plan_cli_catalogue(struct cli *cli, struct store *st, const char *ref)
{
	if (looks_like_file(ref))
		return catalogue_load_file(ref, &cli->diag);
	if (st) {
		struct store_document doc;
		int found = store_document_get(st, "catalogue", ref, &doc, &cli->diag);
		if (found < 0)
			return NULL;
		if (found) {
			char *name = xasprintf("%s (workspace)", doc.origin);
			struct catalogue *c = catalogue_load_buffer(name, doc.source,
								    strlen(doc.source), &cli->diag);
			store_document_release(&doc);
			if (!c)
				free(name);
			else
				c->file_owned = name;
			return c;
		}
	}
	char *path = xasprintf("plans/%s.yaml", ref);
	const struct embedded_file *f = content_find(path);
	free(path);
	if (f)
		return catalogue_load_buffer(f->name, f->data, f->len, &cli->diag);
	const char **ids;
	size_t n;
	plan_cli_known_catalogues(st, &ids, &n, &cli->diag);
	const char *close = text_closest(ref, ids, n);
	if (close)
		diag_fail(&cli->diag, EXIT_DATAERR, "unknown catalogue '%s' (did you mean '%s'?)",
			  ref, close);
	else
		diag_fail(&cli->diag, EXIT_DATAERR, "unknown catalogue '%s'; 'crmready catalogue "
			  "list' shows the known ones", ref);
	for (size_t i = 0; i < n; i++)
		free((char *)ids[i]);
	free(ids);
	return NULL;
}

void plan_cli_num(char out[40], double v)
{
	if (v == 0) {
		strcpy(out, "0");
		return;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(out, 40, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			return;
	}
}

void plan_cli_json_print(json_t *v)
{
	json_dumpf(v, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15) | JSON_PRESERVE_ORDER);
	fputc('\n', stdout);
	json_decref(v);
}
