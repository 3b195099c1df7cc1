/* The HTML report's baseline section: the plan against the latest
 * baseline (the phases and initiatives that moved, with their slips and
 * why) and the phase reviews with their gate decisions. */
#include <stdlib.h>

#include "../core/xalloc.h"
#include "html_internal.h"

static void day_cell(struct html *h, bool has, long day)
{
	char iso[11];
	h_puts(h, "<td class=\"nw\">");
	if (has) {
		plan_date_format(day, iso);
		h_date(h, iso);
	} else {
		h_puts(h, "–");
	}
	h_puts(h, "</td>");
}

static void slip_cell(struct html *h, bool has, long days)
{
	h_puts(h, "<td class=\"n nw\">");
	if (has) {
		char *s = report_slip_days(days);
		h_esc(h, s);
		free(s);
	} else {
		h_puts(h, "–");
	}
	h_puts(h, "</td>");
}

/* The rows that moved (a slip, added or dropped): what leaders read. */
static void slips(struct html *h, const struct plan_vs *v)
{
	size_t moved = 0, total = v->nitems + v->nphases;
	for (size_t i = 0; i < total; i++)
		moved += v->slips[i].why != SLIP_WHY_NONE;
	h_puts(h, "<p class=\"meta\">");
	char saved[H_DAY_MAX];
	h_text(h, _("Against baseline %s, saved on %s by %s"), v->base->name,
	       h_day(h, v->base->saved_on, saved), v->base->who);
	h_puts(h, "</p>\n");
	if (!moved) {
		h_missing(h, _("Every phase and initiative is on its baseline dates."));
		return;
	}
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th>%s</th><th class=\"n\">%s</th>"
		 "<th class=\"n\">%s</th><th>%s</th></tr>\n", _("Phase or initiative"),
		 _("Baseline end"), _("End now"),
		 trc("slip table", "start slip"), trc("slip table", "end slip"), _("Why"));
	/* phases first, then the initiatives */
	for (size_t k = 0; k < total; k++) {
		size_t i = k < v->nphases ? v->nitems + k : k - v->nphases;
		const struct plan_slip *s = &v->slips[i];
		if (s->why == SLIP_WHY_NONE)
			continue;
		bool both = s->in_plan && s->in_baseline;
		h_printf(h, "<tr%s><td>", s->is_phase ? "" : " class=\"sub\"");
		h_bdi(h, s->id);
		h_puts(h, "</td>");
		day_cell(h, s->in_baseline, s->base_end);
		day_cell(h, s->in_plan, s->end);
		slip_cell(h, both, s->start_days);
		slip_cell(h, both, s->end_days);
		char *why = report_slip_reason(s, v->plan, true);
		h_puts(h, "<td>");
		h_bdi(h, why);
		h_puts(h, "</td></tr>\n");
		free(why);
	}
	h_puts(h, "</table>\n");
}

static void reviews(struct html *h, const struct plan_reviews *rv)
{
	h_printf(h, "<h3>%s</h3>\n<table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>\n",
		 _("Phase reviews"), _("Phase"), _("Goals"), _("Verdict"), _("Gate"));
	for (size_t p = 0; p < rv->n; p++) {
		const struct phase_review *pr = &rv->v[p];
		char *tally = goal_tally_text(pr->ngoals, pr->counts);
		h_puts(h, "<tr><td>");
		h_bdi(h, pr->phase);
		h_puts(h, "</td><td>");
		h_esc(h, tally);
		h_puts(h, "</td><td>");
		h_esc(h, phase_verdict_label(pr->verdict));
		h_puts(h, "</td><td>");
		if (pr->gate) {
			enum gate_decision g = GATE_HOLD;
			gate_decision_parse(pr->gate->decision, &g);
			h_esc(h, gate_decision_label(g));
			h_puts(h, " <span class=\"meta\">");
			h_date(h, pr->gate->day);
			h_puts(h, " · ");
			h_bdi(h, pr->gate->who);
			if (*pr->gate->note) {
				h_puts(h, " · ");
				h_bdi(h, pr->gate->note);
			}
			h_puts(h, "</span>");
		} else {
			h_esc(h, _("no decision yet"));
		}
		h_puts(h, "</td></tr>\n");
		free(tally);
	}
	h_puts(h, "</table>\n");
}

void html_baseline(struct html *h)
{
	const struct report_workbook *m = h->m;
	if (!m->has_plan)
		return;
	h_section(h, "baseline", _("The plan against its baseline, and phase reviews"));
	if (m->vs)
		slips(h, m->vs);
	else
		h_missing(h, _("No baseline saved yet: 'crmready plan baseline save NAME' keeps the "
			       "plan to compare with."));
	if (m->reviews && m->reviews->n)
		reviews(h, m->reviews);
	h_puts(h, "</section>\n");
}
