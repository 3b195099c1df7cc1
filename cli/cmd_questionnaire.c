/* crmready questionnaire add|validate|list|show (cmd_documents.c) */
#include "cmd_documents.h"
#include "commands.h"

static const struct document_group questionnaires = { REGISTRY_QUESTIONNAIRE, false };

static const struct command questionnaire_add = {
	.name = "add",
	.summary = N_("register a questionnaire in the workspace, or upgrade it to a higher version"),
	.usage = "questionnaire add FILE.yaml",
	.description = N_("The file is validated in full first; nothing is written when it has an error.\n"
		       "A questionnaire with the id of one already known is accepted only with a\n"
		       "higher 'version'."),
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_WRITE,
	.data = &questionnaires, .run = documents_add,
};
static const struct command questionnaire_validate = {
	.name = "validate",
	.summary = N_("check questionnaire files and report every error with its position"),
	.usage = "questionnaire validate FILE.yaml...",
	.description = N_("Exit 0 when every file is valid, 65 when any has an error."),
	.min_args = 1, .max_args = -1, .workspace = CLI_WORKSPACE_NONE,
	.data = &questionnaires, .run = documents_validate,
};
static const struct command questionnaire_list = {
	.name = "list",
	.summary = N_("list the questionnaires available (shipped and in the workspace)"),
	.usage = "questionnaire list [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .workspace = CLI_WORKSPACE_READ,
	.data = &questionnaires, .run = documents_list,
};
static const struct command questionnaire_show = {
	.name = "show",
	.summary = N_("print a questionnaire: scale, levels, dimensions and questions"),
	.usage = "questionnaire show ID|FILE [--format json] [--lang LANG]",
	.formats = FORMAT_JSON,
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_READ,
	.data = &questionnaires, .run = documents_show,
};

static const struct command *const questionnaire_subcommands[] = {
	&questionnaire_add, &questionnaire_validate, &questionnaire_list, &questionnaire_show, NULL,
};

const struct command cmd_questionnaire = {
	.name = "questionnaire",
	.summary = N_("add, validate, list and show questionnaires"),
	.usage = "questionnaire add|validate|list|show ...",
	.subcommands = questionnaire_subcommands,
};
