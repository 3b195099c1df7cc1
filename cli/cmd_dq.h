/* Private to cli/cmd_dq*.c: what the data-quality commands share. */
#ifndef CRMREADY_CMD_DQ_H
#define CRMREADY_CMD_DQ_H

#include "../core/csvx.h"
#include "../dq/dq.h"
#include "../registry/registry.h"
#include "cli.h"

#define DQ_DEFAULT_CHECKS "salesforce-contact"

/* Find checks by file name or id (workspace first, then the shipped
 * ones) and load them. False with errors in cli->diag. */
bool dq_find_checks(struct cli *cli, const char *spec, struct dq_checks *c,
		    struct registry_text *s);

/* A fraction as a percentage with one decimal ("93.3%"), into buf. */
const char *dq_pct(char buf[16], double v);

/* A word of the data-quality reports (a column heading, a part of the score,
 * a problem found in a cell) in the language asked; en itself in English or
 * when it has no translation. */
const char *dq_word(const char *en, enum lang lang);

/* The profile table of a scan: one row per field. */
struct dq_profile_row {
	const char *field;       /* as in the file (sanitised by the printer) */
	const char *filled, *valid;
	long distinct, problems;
};
void dq_print_profile(const struct dq_profile_row *rows, size_t n, enum lang lang);

/* The line naming the columns a scan could not check (nothing when n is 0). */
void dq_print_unchecked(const char *const *columns, size_t n, enum lang lang);

extern const struct command cmd_dq_checks, cmd_dq_scan, cmd_dq_report;

#endif
