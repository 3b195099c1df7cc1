/* What export and report share: the period (--from, --to), the output
 * opened (never the workspace itself), the minimum group, and the one
 * model both the workbook and the HTML page are written from. */
#include <string.h>

#include "../core/outfile.h"
#include "../reports/report.h"
#include "cli.h"
#include "licence_cli.h"

int cli_leadership_gather(struct cli *cli, const char *noun, const char *the_noun,
			  struct outfile *out, struct report_workbook *w)
{
	const char *path = cli->args[0];
	char from[11], to[11];
	bool has_from = cli_opt(cli, "from") != NULL, has_to = cli_opt(cli, "to") != NULL;
	if (!cli_opt_date(cli, "from", from) || !cli_opt_date(cli, "to", to))
		return EXIT_USAGE;
	char from_shown[TIMEX_SHOW_MAX], to_shown[TIMEX_SHOW_MAX];
	if (has_from && has_to && strcmp(from, to) > 0)
		return cli_usage_error(cli, _("--from %s is after --to %s"), timex_show(from, from_shown),
				       timex_show(to, to_shown));
	struct adoption_usage_opts usage;
	if (!cli_licence_opts(cli, &usage))
		return EXIT_USAGE;
	struct cli_output target = { the_noun, path };
	if (!cli_outputs_distinct(cli, &target, 1, NULL, 0) ||
	    !outfile_open(out, path, noun, &cli->diag))
		return cli_finish(cli);
	struct store *st = cli->store;
	w->workspace = store_path(st);
	long min_group;
	if (!cli_min_group(cli, st, &min_group)) {
		cli_finish(cli);
		return EXIT_USAGE;
	}
	w->min_group = min_group;
	w->only = cli_opt(cli, "questionnaire");
	if (!report_workbook_gather_metrics(w, st, has_from ? from : NULL, has_to ? to : NULL,
					    &cli->diag) ||
	    !report_workbook_gather_usage(w, st, &usage, &cli->diag) ||
	    !report_workbook_gather_plan(w, st, &cli->diag) ||
	    !report_workbook_gather_assessment(w, st, &cli->diag) ||
	    !report_workbook_gather_changes(w, st, &cli->diag))
		return cli_finish(cli);
	return CLI_GO_ON;
}
