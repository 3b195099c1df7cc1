/* Private to cli/cmd_documents.c and the groups that use it
 * (questionnaire, rules, catalogue, dq checks): add, validate, list and
 * show, written once for every kind of document. A subcommand's data is
 * the struct document_group of its kind. */
#ifndef CRMREADY_CMD_DOCUMENTS_H
#define CRMREADY_CMD_DOCUMENTS_H

#include "../registry/registry.h"
#include "cli.h"

struct document_group {
	enum registry_kind kind;
	/* show prints the document as written: say on stderr whose it is */
	bool show_says_origin;
};

int documents_add(struct cli *cli);
int documents_validate(struct cli *cli);
int documents_list(struct cli *cli);
int documents_show(struct cli *cli);

#endif
