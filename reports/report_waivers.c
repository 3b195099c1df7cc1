/* report_waivers: 'crmready findings waivers', each waiver with its state
 * (active: it holds today; expired: its finding fires again). */
#include <stdlib.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "report.h"

static const char *state_name(const struct store_waiver *w, const char *today)
{
	return rule_waiver_holds(w, today) ? "active" : "expired";
}

void report_waivers_text(FILE *out, const struct store_waiver *w, size_t n, const char *today,
			 const struct report_options *o)
{
	if (!n) {
		fputs(_("No waivers: every finding that fires counts ('crmready findings waive RULE "
			"--until D --reason TEXT' accepts one).\n"), out);
		return;
	}
	struct report_table *t = report_table_new(6);
	report_table_column(t, 0, trc("waiver table", "rule"), REPORT_LEFT);
	report_table_column(t, 1, trc("waiver table", "state"), REPORT_LEFT);
	report_table_column(t, 2, trc("waiver table", "until"), REPORT_LEFT);
	report_table_column(t, 3, trc("waiver table", "owner"), REPORT_LEFT);
	report_table_column(t, 4, trc("waiver table", "given on"), REPORT_LEFT);
	report_table_column(t, 5, trc("waiver table", "reason"), REPORT_LEFT);
	for (size_t i = 0; i < n; i++) {
		bool holds = rule_waiver_holds(&w[i], today);
		char until[TIMEX_SHOW_MAX], on[TIMEX_SHOW_MAX];
		const char *cell[] = { w[i].rule, holds ? trc("waiver", "active") : trc("waiver", "expired"),
				       timex_show(w[i].until, until), w[i].who,
				       timex_show(w[i].set_on, on), w[i].reason };
		report_table_row(t, cell);
		if (!holds)
			report_table_color(t, 1, "31");
	}
	report_table_print(t, out, 0, o->color);
	report_table_free(t);
}

json_t *report_waivers_json(const struct store_waiver *w, size_t n, const char *today)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s}", "rule", w[i].rule,
			"state", state_name(&w[i], today), "until", w[i].until, "by", w[i].who,
			"reason", w[i].reason, "set_on", w[i].set_on));
	return json_pack("{s:s, s:o}", "today", today, "waivers", a);
}

void report_waivers_csv(FILE *out, const struct store_waiver *w, size_t n, const char *today)
{
	const char *h[] = { "rule", "state", "until", "by", "reason", "set_on" };
	csvx_write_row(out, h, 6);
	for (size_t i = 0; i < n; i++) {
		const char *row[] = { w[i].rule, state_name(&w[i], today), w[i].until, w[i].who,
				      w[i].reason, w[i].set_on };
		csvx_write_row(out, row, 6);
	}
}
