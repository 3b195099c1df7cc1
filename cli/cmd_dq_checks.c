/* crmready dq checks add|validate|list|show: data-quality checks files
 * (cmd_documents.c); the lookup of checks every dq command uses (file,
 * workspace, shipped) and what the dq reports share. */
#include <stdlib.h>
#include <string.h>

#include "../registry/registry.h"
#include "cmd_documents.h"
#include "cmd_dq.h"

const char *dq_pct(char buf[16], double v)
{
	snprintf(buf, 16, "%.1f%%", v * 100.0);
	return buf;
}

const char *dq_word(const char *en, enum lang lang)
{
	static const char *const words[][2] = {
		{ "field", "فیلد" },
		{ "filled", "پر" },
		{ "valid", "معتبر" },
		{ "distinct", "یکتا" },
		{ "problems", "مشکل" },
		{ "trend", "روند" },
		{ "score", "امتیاز" },
		{ "completeness", "کامل بودن" },
		{ "validity", "اعتبار" },
		{ "duplicates", "تکرار" },
		{ "duplicate rate", "نرخ تکرار" },
		{ "freshness", "تازگی" },
		{ "exact", "دقیق" },
		{ "fuzzy", "تقریبی" },
		{ "missing", "خالی" },
		{ "not an e-mail address", "نشانی ایمیل نیست" },
		{ "not a phone number", "شماره‌ی تلفن نیست" },
		{ "not a date", "تاریخ نیست" },
		{ "not an allowed value", "از مقدارهای مجاز نیست" },
		{ "does not match the pattern", "با الگو جور نیست" },
		{ "too short", "بیش از حد کوتاه" },
		{ "too long", "بیش از حد بلند" },
		{ "not checked", "بررسی نشد" },
	};
	if (lang != LANG_FA)
		return en;
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (!strcmp(words[i][0], en))
			return words[i][1];
	return en;
}

void dq_print_profile(const struct dq_profile_row *rows, size_t n, enum lang lang)
{
	const char *head = dq_word("field", lang);
	size_t w = utf8_width(head);
	char **names = xmalloc((n ? n : 1) * sizeof *names);
	for (size_t i = 0; i < n; i++) {
		names[i] = text_sanitize(rows[i].field);
		if (utf8_width(names[i]) > w)
			w = utf8_width(names[i]);
	}
	cli_pad(head, w);
	static const char *const cols[] = { "filled", "valid", "distinct", "problems" };
	static const size_t widths[] = { 7, 7, 9, 8 };
	for (size_t k = 0; k < 4; k++) {
		fputs("  ", stdout);
		cli_rpad(dq_word(cols[k], lang), widths[k]);
	}
	putchar('\n');
	for (size_t i = 0; i < n; i++) {
		cli_pad(names[i], w);
		printf("  %7s  %7s  %9ld  %8ld\n", rows[i].filled, rows[i].valid, rows[i].distinct,
		       rows[i].problems);
		free(names[i]);
	}
	free(names);
}

void dq_print_unchecked(const char *const *columns, size_t n, enum lang lang)
{
	if (!n)
		return;
	printf(lang == LANG_FA ? "\nبررسی نشد (این ستون‌ها در فایل نیستند): "
			       : "\nnot checked (columns not in the file): ");
	for (size_t i = 0; i < n; i++) {
		char *c = text_sanitize(columns[i]);
		printf("%s%s", i ? ", " : "", c);
		free(c);
	}
	putchar('\n');
}

bool dq_find_checks(struct cli *cli, const char *spec, struct dq_checks *c,
		    struct registry_text *s)
{
	memset(s, 0, sizeof *s);
	if (!spec)
		spec = DQ_DEFAULT_CHECKS;
	if (!registry_find(cli->store, REGISTRY_CHECKS, spec, s, &cli->diag))
		return false;
	if (!dq_checks_load(c, s->name, s->text, s->len, &cli->diag)) {
		registry_text_release(s);
		return false;
	}
	return true;
}

static const struct document_group checks_files = { REGISTRY_CHECKS, true };

static const struct command checks_add = {
	.name = "add",
	.summary = "store a checks file in the workspace, or upgrade it to a higher version",
	.usage = "dq checks add FILE.yaml",
	.description = "The file is validated in full first; nothing is written when it has an error.\n"
		       "A workspace file with the id of a shipped one is used instead of it.",
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_WRITE,
	.data = &checks_files, .run = documents_add,
};
static const struct command checks_validate = {
	.name = "validate",
	.summary = "check checks files and report every error with FILE:LINE:COL",
	.usage = "dq checks validate FILE.yaml...",
	.description = "Exit 0 when every file is valid, 65 when any has an error.",
	.min_args = 1, .max_args = -1, .workspace = CLI_WORKSPACE_NONE,
	.data = &checks_files, .run = documents_validate,
};
static const struct command checks_list = {
	.name = "list",
	.summary = "list the checks available (shipped and in the workspace)",
	.usage = "dq checks list [--format json]",
	.formats = FORMAT_JSON,
	.min_args = 0, .max_args = 0, .workspace = CLI_WORKSPACE_READ,
	.data = &checks_files, .run = documents_list,
};
static const struct command checks_show = {
	.name = "show",
	.summary = "print a checks file's YAML (whose it is on stderr)",
	.usage = "dq checks show ID|FILE",
	.min_args = 1, .max_args = 1, .workspace = CLI_WORKSPACE_READ,
	.data = &checks_files, .run = documents_show,
};

static const struct command *const checks_subcommands[] = {
	&checks_add, &checks_validate, &checks_list, &checks_show, NULL,
};

const struct command cmd_dq_checks = {
	.name = "checks",
	.summary = "add, validate, list or show data-quality checks files",
	.usage = "dq checks add|validate|list|show ...",
	.description =
		"Checks say which fields of an export to profile and how: required,\n"
		"format (email, phone, date), allowed values, pattern, length, exact and\n"
		"fuzzy duplicate rules, freshness, and the weights of dq.score.\n"
		"'add' stores a file in the workspace (a workspace file with the id of a\n"
		"shipped one is used instead of it); 'validate' only checks files and\n"
		"reports every error with FILE:LINE:COL; 'list' shows the workspace and\n"
		"shipped checks; 'show' prints one's YAML.",
	.subcommands = checks_subcommands,
};
