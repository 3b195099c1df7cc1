/* The licence-use options shared by adoption report, status, export and
 * report: how long without a login makes a licence dormant, what a
 * licence costs, in which currency (cli/licence_cli.c). */
#ifndef CRMREADY_LICENCE_CLI_H
#define CRMREADY_LICENCE_CLI_H

#include "../adoption/adoption.h"
#include "cli.h"

#define CLI_LICENCE_OPTIONS                                                                     \
	{ "dormant-days", 0, "N", N_("a licence with no login in the last N days is dormant "     \
	  "(default 30)") },                                                                     \
	{ "licence-cost", 0, "AMOUNT[/month|/year]", N_("what one licence costs (a month unless " \
	  "/year): the cost of dormant and never-used licences is shown") },                      \
	{ "currency", 0, "CODE", N_("the ISO 4217 code shown with the cost (e.g. EUR)") }
#define CLI_LICENCE_USAGE " [--dormant-days N] [--licence-cost AMOUNT[/month|/year]] [--currency CODE]"

/* The options into o (defaults: 30 days, no cost, no currency); false
 * after a usage error (64) naming the option. */
bool cli_licence_opts(struct cli *cli, struct adoption_usage_opts *o);

#endif
