/* crmready questionnaire|rules|catalogue|dq checks add|validate|list|show:
 * the four verbs, the same for every kind of document. */
#include <stdlib.h>

#include "../documents/documents.h"
#include "../reports/report.h"
#include "cmd_documents.h"

static const struct document_group *group_of(const struct cli *cli)
{
	return cli->cmd->data;
}

/* "questionnaire", "rules set": the registry's noun in the reader's
 * language (a context of its own: "catalogue" is also a word elsewhere). */
static const char *kind_noun(enum registry_kind kind)
{
	return trc("document", registry_noun(kind));
}

static enum report_doc_format doc_format(const struct cli *cli)
{
	return cli->format == FORMAT_JSON ? REPORT_DOC_JSON
	       : cli->format == FORMAT_CSV ? REPORT_DOC_CSV : REPORT_DOC_TEXT;
}

int documents_add(struct cli *cli)
{
	const struct document_group *g = group_of(cli);
	struct store *st = cli->store;
	const char *file = cli->args[0];
	struct document *doc = document_load_file(st, g->kind, file, &cli->diag);
	bool unchanged;
	if (doc && store_begin(st, &cli->diag)) {
		if (document_register(st, doc, file, &unchanged, &cli->diag) &&
		    store_commit(st, &cli->diag)) {
			const char *noun = kind_noun(g->kind);
			if (unchanged) {
				tfprintf(stdout, _("%s %s version %ld is already known; nothing changed\n"),
					 noun, doc->id, doc->version);
			} else {
				char *details = report_document_details(doc);
				tfprintf(stdout, _("added %s %s version %ld (%s)\n"), noun, doc->id,
					 doc->version, details);
				free(details);
			}
		} else {
			store_rollback(st);
		}
	}
	document_free(doc);
	return cli_finish(cli);
}

int documents_validate(struct cli *cli)
{
	const struct document_group *g = group_of(cli);
	for (int i = 0; i < cli->nargs; i++) {
		size_t before = cli->diag.errors;
		struct document *doc = document_load_file(cli->store, g->kind, cli->args[i],
							  &cli->diag);
		if (doc && cli->diag.errors == before) {
			char *details = report_document_details(doc);
			tfprintf(stdout, _("%s: ok: %s %s version %ld, %s\n"), cli->args[i],
				 kind_noun(g->kind), doc->id, doc->version, details);
			free(details);
		}
		document_free(doc);
	}
	if (cli->diag.errors && !cli->quiet) {
		int rc = cli_finish(cli);
		tfprintf(stderr, trn("%zu error\n", "%zu errors\n", cli->diag.errors), cli->diag.errors);
		return rc;
	}
	return cli_finish(cli);
}

int documents_list(struct cli *cli)
{
	const struct document_group *g = group_of(cli);
	struct document **docs;
	size_t n;
	if (document_list(cli->store, g->kind, &docs, &n, &cli->diag)) {
		report_documents_list(g->kind, docs, n, doc_format(cli), cli->lang, stdout);
		document_list_free(docs, n);
	}
	return cli_finish(cli);
}

/* "# shipped checks salesforce-contact version 1": whose the document is,
 * one sentence per origin (each language words it its own way). */
static const char *origin_note(enum registry_origin o)
{
	return o == REGISTRY_FILE ? _("# file %s %s version %ld\n")
	       : o == REGISTRY_WORKSPACE ? _("# workspace %s %s version %ld\n")
	       : _("# shipped %s %s version %ld\n");
}

int documents_show(struct cli *cli)
{
	const struct document_group *g = group_of(cli);
	struct document *doc = document_lookup(cli->store, g->kind, cli->args[0], &cli->diag);
	if (doc) {
		if (g->show_says_origin)
			cli_note(cli, origin_note(doc->origin), kind_noun(g->kind), doc->id,
				 doc->version);
		report_document_show(doc, doc_format(cli), cli->lang, cli->color_out, stdout);
	}
	document_free(doc);
	return cli_finish(cli);
}
