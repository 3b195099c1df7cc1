/* crmready dq checks add|validate|list|show: data-quality checks files
 * (cmd_documents.c). */
#include "../registry/registry.h"
#include "cmd_documents.h"
#include "cmd_dq.h"

static const struct document_group checks_files = { REGISTRY_CHECKS, true };

static const struct command checks_add = {
	.name = "add",
	.summary = N_("store a checks file in the workspace, or upgrade it to a higher version"),
	.usage = "dq checks add FILE.yaml",
	.description = N_("The file is validated in full first; nothing is written when it has an error.\n"
		       "A workspace file with the id of a shipped one is used instead of it."),
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_WRITE,
	.data = &checks_files, .run = documents_add,
};
static const struct command checks_validate = {
	.name = "validate",
	.summary = N_("check checks files and report every error with FILE:LINE:COL"),
	.usage = "dq checks validate FILE.yaml...",
	.description = N_("Exit 0 when every file is valid, 65 when any has an error."),
	.min_args = 1, .max_args = -1, .workspace = CLI_WORKSPACE_NONE,
	.data = &checks_files, .run = documents_validate,
};
static const struct command checks_list = {
	.name = "list",
	.summary = N_("list the checks available (shipped and in the workspace)"),
	.usage = "dq checks list [--format json]",
	.formats = FORMAT_JSON,
	.min_args = 0, .max_args = 0, .workspace = CLI_WORKSPACE_READ,
	.data = &checks_files, .run = documents_list,
};
static const struct command checks_show = {
	.name = "show",
	.summary = N_("print a checks file's YAML (whose it is on stderr)"),
	.usage = "dq checks show ID|FILE",
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_READ,
	.data = &checks_files, .run = documents_show,
};

static const struct command *const checks_subcommands[] = {
	&checks_add, &checks_validate, &checks_list, &checks_show, NULL,
};

const struct command cmd_dq_checks = {
	.name = "checks",
	.summary = N_("add, validate, list or show data-quality checks files"),
	.usage = "dq checks add|validate|list|show ...",
	.description =
		N_("Checks say which fields of an export to profile and how: required,\n"
		"format (email, phone, date), allowed values, pattern, length, exact and\n"
		"fuzzy duplicate rules, freshness, and the weights of dq.score.\n"
		"'add' stores a file in the workspace (a workspace file with the id of a\n"
		"shipped one is used instead of it); 'validate' only checks files and\n"
		"reports every error with FILE:LINE:COL; 'list' shows the workspace and\n"
		"shipped checks; 'show' prints one's YAML."),
	.subcommands = checks_subcommands,
};
