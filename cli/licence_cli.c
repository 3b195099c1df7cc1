/* --dormant-days, --licence-cost, --currency: checked before the workspace
 * is read, so a bad value changes nothing and says which option. */
#include <string.h>

#include "licence_cli.h"

bool cli_licence_opts(struct cli *cli, struct adoption_usage_opts *o)
{
	memset(o, 0, sizeof *o);
	o->dormant_days = ADOPTION_DORMANT_DAYS;
	if (!cli_opt_long(cli, "dormant-days", 1, ADOPTION_DORMANT_DAYS_MAX, &o->dormant_days))
		return false;
	const char *cost = cli_opt(cli, "licence-cost");
	if (cost) {
		if (!adoption_licence_cost_parse(cost, &o->cost_per_month)) {
			cli_usage_error(cli, _("--licence-cost: found '%s', expected an amount of at "
					       "least 0, optionally followed by /month or /year "
					       "(e.g. 45, 45/month, 540/year)"), cost);
			return false;
		}
		o->has_cost = true;
	}
	const char *currency = cli_opt(cli, "currency");
	if (currency && !adoption_currency_parse(currency, o->currency)) {
		cli_usage_error(cli, _("--currency: found '%s', expected a three-letter ISO 4217 "
				       "code (e.g. USD, EUR, IRR)"), currency);
		return false;
	}
	return true;
}
