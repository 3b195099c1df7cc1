/* crmready catalogue add|validate|list|show: initiative catalogues with
 * phase templates (cmd_documents.c). */
#include "cmd_documents.h"
#include "commands.h"

static const struct document_group catalogues = { REGISTRY_CATALOGUE, false };

static const struct command cmd_catalogue_add = {
	.name = "add",
	.summary = N_("validate a catalogue file and register it in the workspace"),
	.usage = "catalogue add FILE.yaml",
	.description = N_("The same id with a higher 'version' upgrades the registered one; "
		       "a registered catalogue\ntakes the place of a shipped one with the same id."),
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_WRITE,
	.data = &catalogues, .run = documents_add,
};
static const struct command cmd_catalogue_validate = {
	.name = "validate",
	.summary = N_("check catalogue files without registering them"),
	.usage = "catalogue validate FILE.yaml...",
	.description = N_("Exit 0 when every file is valid, 65 with every error found (file:line:col)."),
	.min_args = 1, .max_args = -1, .workspace = CLI_WORKSPACE_NONE,
	.data = &catalogues, .run = documents_validate,
};
static const struct command cmd_catalogue_list = {
	.name = "list",
	.summary = N_("list the catalogues: registered in the workspace and shipped"),
	.usage = "catalogue list [--format json]",
	.formats = FORMAT_JSON, .min_args = 0, .max_args = 0, .workspace = CLI_WORKSPACE_READ,
	.data = &catalogues, .run = documents_list,
};
static const struct command cmd_catalogue_show = {
	.name = "show",
	.summary = N_("show a catalogue's phases, goals and initiatives"),
	.usage = "catalogue show ID|FILE.yaml [--format json]",
	.formats = FORMAT_JSON, .min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_READ,
	.data = &catalogues, .run = documents_show,
};
static const struct command *const catalogue_subcommands[] = {
	&cmd_catalogue_add, &cmd_catalogue_validate, &cmd_catalogue_list, &cmd_catalogue_show, NULL,
};
const struct command cmd_catalogue = {
	.name = "catalogue",
	.summary = N_("initiative catalogues with phase templates: add, validate, list, show"),
	.usage = "catalogue add|validate|list|show ...",
	.description = N_("A catalogue lists the initiatives a rollout may need (effort, duration, "
		       "impact, risk,\ndependencies, earliest phase) and the phases with their "
		       "capacity and goals.\nShipped: crm-default-plan."),
	.subcommands = catalogue_subcommands,
};
