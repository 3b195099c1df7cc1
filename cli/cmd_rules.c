/* crmready rules add|validate|list|show (cmd_documents.c). Validating
 * reads the workspace: a set's ids are checked against its questionnaires
 * and catalogues. */
#include "cmd_documents.h"
#include "commands.h"

static const struct document_group rules_sets = { REGISTRY_RULES, false };

static const struct command rules_add = {
	.name = "add",
	.summary = N_("register a rules set in the workspace, or upgrade it to a higher version"),
	.usage = "rules add FILE.yaml",
	.description = N_("The file is validated in full first (every id in every condition is checked\n"
		       "against the questionnaires it names); nothing is written when it has an\n"
		       "error. A set with the id of one already known is accepted only with a\n"
		       "higher 'version'. 'crmready findings' evaluates every set in the workspace\n"
		       "together with the shipped crm-default."),
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_WRITE,
	.data = &rules_sets, .run = documents_add,
};
static const struct command rules_validate = {
	.name = "validate",
	.summary = N_("check rules files and report every error with its position"),
	.usage = "rules validate FILE.yaml...",
	.description = N_("Exit 0 when every file is valid, 65 when any has an error. A condition's\n"
		       "error shows the expression with a caret under the offending token."),
	.min_args = 1, .max_args = -1, .workspace = CLI_WORKSPACE_READ,
	.data = &rules_sets, .run = documents_validate,
};
static const struct command rules_list = {
	.name = "list",
	.summary = N_("list the rules sets available (shipped and in the workspace)"),
	.usage = "rules list [--format json|csv]",
	.formats = FORMAT_JSON | FORMAT_CSV,
	.min_args = 0, .max_args = 0, .workspace = CLI_WORKSPACE_READ,
	.data = &rules_sets, .run = documents_list,
};
static const struct command rules_show = {
	.name = "show",
	.summary = N_("print a rules set: each rule's condition, severity and recommendation"),
	.usage = "rules show ID|FILE [--format json] [--lang LANG]",
	.formats = FORMAT_JSON,
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_READ,
	.data = &rules_sets, .run = documents_show,
};

static const struct command *const rules_subcommands[] = {
	&rules_add, &rules_validate, &rules_list, &rules_show, NULL,
};

const struct command cmd_rules = {
	.name = "rules",
	.summary = N_("add, validate, list and show rules sets"),
	.usage = "rules add|validate|list|show ...",
	.description = N_("A rules file turns assessment results and metrics into findings:\n"
		       "  rules:\n"
		       "    - id: no-executive-sponsor\n"
		       "      when: score(\"leadership\") < 50\n"
		       "      severity: critical          # info | low | medium | high | critical\n"
		       "      title: {en: No committed executive sponsor}\n"
		       "      recommendation: {en: Secure a named sponsor first.}\n"
		       "      source: {doc: practice, point: {en: a sponsor who owns the outcome}}\n"
		       "      initiatives: [executive-sponsorship]\n"
		       "Functions: score(DIM[, BY, GROUP]), index(), answer(Q), share(Q, VALUE),\n"
		       "respondents(), gap(CAP), current(CAP), spread(DIM), perception_gap(DIM, BY),\n"
		       "metric(NAME[, SCOPE]), metric_min(NAME, KIND), metric_max(NAME, KIND)."),
	.subcommands = rules_subcommands,
};
