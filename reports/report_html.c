/* The report for the browser: one self-contained HTML file (no script, no
 * network, inline SVG charts, CSS for screen and print) with the content of
 * the leadership workbook, from the same gathered model (struct
 * report_workbook): summary, readiness (heat map and radar), capability
 * gaps, findings, the plan (Gantt), goals, adoption and data quality.
 * Every string from the user's data is HTML-escaped (h_esc). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/i18n.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "../phases/plan.h"
#include "html_internal.h"

static const char CSS[] =
	":root{--ink:#1d2733;--muted:#5b6673;--line:#d5dbe1;--accent:#1f5fa8;--soft:#eef3f8}\n"
	"*{box-sizing:border-box}\n"
	"body{font-family:system-ui,-apple-system,'Segoe UI',Vazirmatn,Tahoma,'DejaVu Sans',sans-serif;"
	"color:var(--ink);margin:0 auto;max-width:1040px;padding:24px 28px;line-height:1.45;font-size:14px}\n"
	"header{border-bottom:3px solid var(--accent);padding-bottom:10px;margin-bottom:14px}\n"
	"h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;color:var(--accent);"
	"border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}\n"
	".meta{color:var(--muted);font-size:13px}\n"
	"nav{font-size:13px;margin:8px 0 4px}nav a{color:var(--accent);text-decoration:none;margin-inline-end:14px}\n"
	".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:10px;margin:12px 0}\n"
	".card{background:var(--soft);border-radius:6px;padding:10px 12px}.card .v{unicode-bidi:plaintext}\n"
	".card .v{font-size:22px;font-weight:600}.card .k{color:var(--muted);font-size:12px}\n"
	".partial{color:var(--muted);font-size:12px;font-style:italic}\n"
	"table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:.93em}\n"
	"th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:start;vertical-align:top}\n"
	"td.n,td.nw{white-space:nowrap}\n"
	"th{background:var(--soft);font-weight:600}td.n,th.n{text-align:end;font-variant-numeric:tabular-nums}\n"
	"table.heat td.n{text-align:center}table.heat td.n.nodata{color:var(--muted)}\n"
	".sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;color:#fff;font-weight:600}\n"
	".sev.critical{background:#b71c1c}.sev.high{background:#e65100}.sev.medium{background:#f9a825;color:#222}"
	".sev.low{background:#7cb342}.sev.info{background:#78909c}\n"
	".status{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;white-space:nowrap}\n"
	".status.achieved{background:#c8e6c9}.status.on-track{background:#dcedc8}.status.at-risk{background:#ffe0b2}"
	".status.missed{background:#ffcdd2}.status.no-data{background:#eceff1;color:var(--muted)}"
	".status.too-early{background:#ddebf7}\n"
	".finding{border-inline-start:4px solid var(--line);padding:4px 10px;margin:8px 0;break-inside:avoid}\n"
	".finding.critical{border-color:#b71c1c}.finding.high{border-color:#e65100}.finding.medium{border-color:#f9a825}\n"
	".finding p{margin:3px 0}.finding .ev{color:var(--muted);font-size:12px;direction:ltr;unicode-bidi:embed}\n"
	".missing{color:var(--muted);font-style:italic;background:var(--soft);padding:8px 10px;border-radius:4px}\n"
	"figure.chart{margin:8px 0;break-inside:avoid}figure.narrow{max-width:760px}svg{width:100%;height:auto;direction:ltr;"
	"font-family:inherit}\n"
	"svg .grid{fill:none;stroke:#dfe4ea;stroke-width:1}svg .axis{stroke:#c3cbd4}"
	"svg .tick{font-size:10px;fill:var(--muted)}svg .label{font-size:11px;fill:var(--ink)}\n"
	"svg .area{fill:rgba(31,95,168,.22);stroke:var(--accent);stroke-width:2}svg .dot{fill:var(--accent)}\n"
	"svg .current{fill:#4f86c6}svg .gap{fill:#f4b183}svg .target{stroke:#222;stroke-width:2}"
	"svg .value{font-size:10px;fill:var(--ink)}\n"
	"svg .band{fill:#f3f6f9}svg .phase{font-size:11px;font-weight:600;fill:var(--ink)}"
	"svg .phasebar{fill:#9fb9d9}svg .bar{fill:#4f86c6}\n"
	"svg .actual{fill:#2e7d32}svg .forecast{fill:#a5d6a7}svg .late{fill:#c62828}"
	"svg .latemark{font-size:11px;font-weight:700;fill:#c62828}td.late{color:#c62828}\n"
	"svg .today{stroke:#c62828;stroke-width:1.5;stroke-dasharray:4 3}svg .todaylabel{font-size:9px;fill:#c62828}\n"
	"svg .series{fill:none;stroke-width:2.2}svg .dashed{stroke-dasharray:5 4}"
	"svg .targetline{stroke:#c62828;stroke-width:1.5;stroke-dasharray:6 4}\n"
	".two{display:grid;grid-template-columns:1fr 1fr;gap:16px;align-items:start}\n"
	"details summary{cursor:pointer;color:var(--muted)}\n"
	"footer{margin-top:30px;border-top:1px solid var(--line);padding-top:6px;color:var(--muted);font-size:12px}\n"
	".sub td:first-child{padding-inline-start:22px}\n"
	"@page{size:A4;margin:14mm}\n"
	"@media print{body{max-width:none;padding:0;font-size:11px}nav{display:none}"
	"section{break-before:page}section#summary{break-before:auto}h2{break-after:avoid}"
	"tr,figure{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
	"@media (max-width:700px){.two{grid-template-columns:1fr}}\n";

/* Right to left: a finding's evidence is written in the report's language
 * (each line takes the direction of its first letter); the fonts of the
 * Arabic script first. */
static const char CSS_RTL[] =
	"body{font-family:Vazirmatn,'Noto Sans Arabic','Noto Naskh Arabic',Tahoma,'DejaVu Sans',sans-serif}\n"
	".finding .ev{direction:rtl;unicode-bidi:plaintext}\n";

/* A goal's state, worded as the terminal and the workbook word it, in a
 * badge whose class is the state's name ("at-risk"). */
static void status_badge(struct html *h, enum goal_state s)
{
	char cls[32];
	snprintf(cls, sizeof cls, "%s", goal_state_name(s));
	for (char *p = cls; *p; p++)
		if (*p == ' ')
			*p = '-';
	h_printf(h, "<span class=\"status %s\">", cls);
	h_esc(h, goal_state_label(s));
	h_puts(h, "</span>");
}

/* A metric's value as people read it: fractions (the metric table's unit)
 * as percent. */
static bool is_fraction(const char *metric)
{
	const struct metric_def *def = metric_def_find(metric);
	return def && def->unit == METRIC_FRACTION;
}

static void value(struct html *h, const char *metric, double v)
{
	char buf[H_NUM_MAX];
	if (is_fraction(metric) && fabs(v) <= 1)
		h_text(h, "%s%%", h_num1(v * 100, buf));
	else
		h_puts(h, h_num(v, buf));
}

/* A goal's target or latest value beside the other: a fraction's
 * percentage with the decimals that tell the two apart, others with the
 * digits that do (text_decimals_apart, text_number_beside), so a latest
 * value never reads as the target unless it is. */
static void goal_value(struct html *h, const char *metric, double v, double other)
{
	char buf[TEXT_NUMBER_LEN], plain[TEXT_NUMBER_LEN];
	bool pct = is_fraction(metric) && fabs(v) <= 1 && fabs(other) <= 1;
	bool close = pct ? text_decimals_apart(v * 100, other * 100, 1) > 1
			 : strcmp(text_number_beside(v, other, buf), text_number_small(v, plain)) != 0;
	if (!close)
		value(h, metric, v);   /* as everywhere else */
	else if (pct)
		h_text(h, "%.*f%%", text_decimals_apart(v * 100, other * 100, 1), v * 100);
	else
		h_text(h, "%s", text_number_beside(v, other, buf));
}

/* A goal's comparison and target ("at least 75%"): the comparison as the
 * language words it (report_goal_op), an expression in symbols kept left
 * to right inside right-to-left text. */
static void goal_target(struct html *h, const struct report_xl_goal *g)
{
	const char *op = report_goal_op(g->op);
	bool symbols = op && *op && !((unsigned char)*op & 0x80);
	if (symbols)
		h_ltr(h, true);
	h_esc(h, op);
	h_puts(h, " ");
	if (g->has_latest)
		goal_value(h, g->metric, g->target, g->latest);
	else
		value(h, g->metric, g->target);
	if (symbols)
		h_ltr(h, false);
}

/* In place of a figure of a group of fewer than min_group people. */
static const char *fewer(const struct html *h, char *buf, size_t n)
{
	return anonymity_fewer_label(h->m->min_group, buf, n);
}

/* A summary card: its figure v (tfmt'ed: the language's digits) and what
 * it counts. */
static void card(struct html *h, char *v, const char *what)
{
	h_esc_in(h, "<div class=\"card\"><div class=\"v\">", v, "</div><div class=\"k\">");
	h_esc(h, what);
	h_puts(h, "</div></div>\n");
	free(v);
}

/* A date range for a card, each date as the reader's calendar writes it;
 * right to left, the dash between RIGHT-TO-LEFT MARKs, so the first date
 * stands on the right, where the reader starts. */
static char *date_range(const struct html *h, const char *from, const char *to)
{
	char a[H_DAY_MAX], b[H_DAY_MAX];
	return xasprintf(h->rtl ? "\xe2\x80\x8f%s\xe2\x80\x8f – \xe2\x80\x8f%s" : "%s – %s", h_day(h, from, a),
			 h_day(h, to, b));
}

static void summary(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "summary", _("Summary"));
	h_puts(h, "<div class=\"cards\">\n");
	const struct report_xl_assessment *a = &m->primary;
	if (m->has_assessment && a->has_index) {
		card(h, tfmt("%.1f / %d", a->index, 100), _("readiness index"));
		card(h, xstrdup(a->level ? a->level : ""), _("readiness level"));
		/* a heading here, the count's unit elsewhere ("60 respondents") */
		card(h, tfmt("%ld", a->respondents), trc("summary card", "respondents"));
	}
	if (m->has_findings) {
		size_t fired = 0, serious = 0;
		for (size_t i = 0; i < m->nfindings; i++)
			if (m->findings[i].evaluated) {
				fired++;
				serious += m->findings[i].severity >= SEVERITY_HIGH;
			}
		card(h, tfmt(_("%zu (%zu high or critical)"), fired, serious), _("findings"));
		if (m->nwaived)
			card(h, tfmt("%zu", m->nwaived), _("findings waived"));
	}
	if (m->has_plan && m->nphases) {
		card(h, date_range(h, m->phases[0].start, m->phases[m->nphases - 1].end), _("rollout plan"));
		card(h, tfmt("%zu / %zu", m->nphases, m->ninitiatives), _("phases / initiatives"));
	}
	if (m->ngoals) {
		const size_t *n = m->goal_counts;
		card(h, tfmt("%zu / %zu", n[GOAL_ACHIEVED] + n[GOAL_ON_TRACK], m->ngoals),
		     _("goals achieved or on track"));
		char *what = tfmt(_("goals %s"), goal_attention_label());
		card(h, tfmt("%zu", goal_counts_at_least(n, GOAL_AT_RISK)), what);
		free(what);
	}
	/* The last complete week (README: Incomplete weeks). */
	const struct report_xl_week *partial, *wk = report_workbook_adoption_week(m, &partial);
	if (wk) {
		char day[H_DAY_MAX];
		char *what = tfmt(wk->in_progress ? _("active users, week of %s (in progress)")
						  : _("active users, week of %s (the last complete week)"),
				  h_day(h, wk->date, day));
		char nb[H_NUM_MAX];
		card(h, tfmt("%s%%", h_num(round(wk->rate * 1000) / 10, nb)), what);
		free(what);
	}
	for (size_t i = m->ndq; i-- > 0;)
		if (m->dq[i].has[REPORT_XL_DQ_SCORE]) {
			double v = m->dq[i].value[REPORT_XL_DQ_SCORE];
			char num[H_NUM_MAX];
			h_num(round((v <= 1 ? v * 100 : v) * 10) / 10, num);
			char *figure = v <= 1 ? tfmt("%s%%", num) : xstrdup(num);
			char unchecked[160];
			size_t nu = report_dq_unchecked(m, m->dq[i].entity, unchecked, sizeof unchecked);
			if (nu) {
				char *what = tfmt(trn("data quality score (latest; %zu column not checked: %s)",
						      "data quality score (latest; %zu columns not checked: %s)", nu),
						  nu, unchecked);
				card(h, figure, what);
				free(what);
			} else
				card(h, figure, _("data quality score (latest)"));
			break;
		}
	h_puts(h, "</div>\n");
	if (!m->has_assessment && !m->has_plan && !m->ngoals && !m->nweeks && !m->ndq)
		h_missing(h, _("This workspace holds no survey answers, plan or figures yet: run 'crmready init' "
			"for the steps, or 'crmready demo' to see a sample engagement."));
	h_puts(h, "</section>\n");
}

/* Answers to open questions, grouped by question, with the respondent's
 * department (never a name; none when it would name fewer than min_group). */
static void open_answers(struct html *h)
{
	const struct report_workbook *m = h->m;
	char buf[48];
	if (!m->ncomments)
		return;
	h_printf(h, "<h3 id=\"open-answers\">%s</h3>\n", _("Open answers"));
	for (size_t i = 0; i < m->ncomments; i++) {
		const struct report_xl_comment *c = &m->comments[i];
		if (!i || strcmp(c->question, m->comments[i - 1].question) ||
		    strcmp(c->questionnaire, m->comments[i - 1].questionnaire)) {
			if (i)
				h_puts(h, "</table>\n");
			h_esc_in(h, "<p><b><bdi>", c->question, "</bdi></b></p>\n<table class=\"answers\">");
			h_printf(h, "<tr><th>%s</th><th>%s</th></tr>\n", _("Department"),
				 _("Answer"));
		}
		h_puts(h, "<tr><td class=\"nw\">");
		if (c->group)
			h_bdi(h, c->group);
		else
			h_printf(h, "<span class=\"meta\">(%s)</span>", fewer(h, buf, sizeof buf));
		h_esc_in(h, "</td><td><bdi>", c->text, "</bdi></td></tr>\n");
	}
	h_puts(h, "</table>\n");
}

/* One questionnaire's readiness: dimensions, radar, the heat map of the
 * departments of at least min_group respondents and "other". */
static void assessment(struct html *h, const struct report_xl_assessment *m)
{
	char buf[H_NUM_MAX], color[32];
	if (m->title) {
		h_esc_in(h, "<h3><bdi>", m->title, "</bdi></h3>\n");
	}
	h_printf(h, "<p class=\"meta\">%s <b><bdi>", _("Questionnaire"));
	h_esc(h, m->questionnaire);
	h_printf(h, "</bdi></b>%s ", _(","));
	/* English said "1 respondents" before the catalogue: kept byte for byte */
	h_text(h, trn("%ld respondents", "%ld respondents", (unsigned long)m->respondents), m->respondents);
	h_puts(h, ".</p>\n<div class=\"two\"><div>\n");
	h_printf(h, "<table><tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 _("Dimension"), _("Score"), _("Spread"),
		 _("Respondents"));
	for (size_t i = 0; i < m->ndimensions; i++) {
		const struct report_xl_dimension *d = &m->dimensions[i];
		h_puts(h, "<tr><td>");
		h_bdi(h, d->title);
		if (d->has_score) {
			h_score_color(d->score, color);
			h_printf(h, "</td><td class=\"n\" style=\"background:%s\">%s</td>", color,
				 h_num1(d->score, buf));
			h_printf(h, "<td class=\"n\">%s</td>", h_num1(d->spread, buf));
		} else {
			h_printf(h, "</td><td class=\"n\">–</td><td class=\"n\">–</td>");
		}
		h_printf(h, "<td class=\"n\">%s</td></tr>\n", h_int(d->respondents, buf));
	}
	h_puts(h, "</table>\n</div><div>\n");
	html_radar(h, m);
	h_puts(h, "</div></div>\n");
	if (m->ngroups) {
		h_printf(h, "<h3>%s</h3>\n<table class=\"heat\"><tr><th>%s</th>",
			 _("Heat map: dimension by department"),
			 _("Dimension"));
		for (size_t g = 0; g < m->ngroups; g++) {
			h_puts(h, "<th class=\"n\">");
			h_bdi(h, m->groups[g].name);
			if (m->groups[g].compared)
				h_printf(h, " <span class=\"meta\">(%s)</span></th>", h_int(m->groups[g].respondents, buf));
			else
				h_printf(h, " <span class=\"meta\">(%s)</span></th>", fewer(h, buf, sizeof buf));
		}
		h_puts(h, "</tr>\n");
		for (size_t i = 0; i < m->ndimensions; i++) {
			h_puts(h, "<tr><td>");
			h_bdi(h, m->dimensions[i].title);
			h_puts(h, "</td>");
			for (size_t g = 0; g < m->ngroups; g++) {
				if (!m->groups[g].has_score[i]) {
					h_puts(h, "<td class=\"n nodata\">–</td>");
					continue;
				}
				h_score_color(m->groups[g].score[i], color);
				h_printf(h, "<td class=\"n\" style=\"background:%s\">%s</td>", color,
					 h_num1(m->groups[g].score[i], buf));
			}
			h_puts(h, "</tr>\n");
		}
		h_printf(h, "<tr><th>%s</th>", _("Index"));
		for (size_t g = 0; g < m->ngroups; g++)
			if (m->groups[g].has_index)
				h_printf(h, "<th class=\"n\">%s</th>", h_num1(m->groups[g].index, buf));
			else
				h_puts(h, "<th class=\"n\">–</th>");
		h_puts(h, "</tr></table>\n");
	}
	if (m->small_groups) {
		h_puts(h, "<p class=\"meta\">");
		h_text(h, _("Anonymity: departments of fewer than %ld respondents show no figure and count together "
			    "in “other”, with the next smallest while “other” would have fewer:"), h->m->min_group);
		h_puts(h, " ");
		h_bdi(h, m->small_groups);
		h_puts(h, ".</p>\n");
	}
}

static void readiness(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "readiness", _("Readiness"));
	if (!m->has_assessment || !m->primary.ndimensions) {
		h_missing(h, _("No readiness assessment yet: import or run the survey ('crmready survey import "
			"crm-readiness FILE.csv')."));
		h_puts(h, "</section>\n");
		return;
	}
	assessment(h, &m->primary);
	if (m->has_rounds)
		html_rounds(h);
	for (size_t i = 0; i < m->nmore; i++)
		assessment(h, &m->more[i]);
	open_answers(h);
	h_puts(h, "</section>\n");
}

static void gaps(struct html *h)
{
	const struct report_workbook *m = h->m;
	char a[H_NUM_MAX], b[H_NUM_MAX], c[H_NUM_MAX], p[H_NUM_MAX], n[H_NUM_MAX];
	h_section(h, "gaps", _("Capability gaps"));
	if (!m->ncapabilities) {
		h_missing(h, _("No capability answers yet: import the capability survey ('crmready survey import "
			"crm-capabilities FILE.csv')."));
		h_puts(h, "</section>\n");
		return;
	}
	html_gaps_chart(h);
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
		 "<th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 _("Capability"), _("Area"), _("Current"),
		 _("Target"), _("Gap"), _("Importance"),
		 _("Priority"));
	for (size_t i = 0; i < m->ncapabilities; i++) {
		const struct report_xl_capability *x = &m->capabilities[i];
		h_puts(h, "<tr><td>");
		h_bdi(h, x->title);
		h_puts(h, "</td><td>");
		h_bdi(h, x->area);
		if (x->has_current)
			h_printf(h, "</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
				 "<td class=\"n\">%s</td><td class=\"n\">%s</td></tr>\n",
				 /* one decimal as 'crmready gaps' prints it (round() and
				  * printf disagree on 2.05: the table said 2.1, the bar 2.0) */
				 h_num1(x->current, a), h_num(x->target, b),
				 h_num1(x->gap, c), h_int(x->importance, n), h_num1(x->priority, p));
		else
			h_printf(h, "</td><td class=\"n\">–</td><td class=\"n\">%s</td><td class=\"n\">–</td>"
				 "<td class=\"n\">%s</td><td class=\"n\">–</td></tr>\n", h_num(x->target, b),
				 h_int(x->importance, n));
	}
	h_puts(h, "</table>\n</section>\n");
}

/* A finding's evidence: its items ("answer(x) = 42.1; metric(y) = 0.8",
 * joined by the language's "; ") each isolated, so that in right-to-left
 * text the separator stays between them and does not join the number
 * before it (left-to-right text needs no isolates). */
static void evidence(struct html *h, const char *ev)
{
	const char *sep = trc("list", "; ");
	size_t seplen = strlen(sep);
	if (!lang_rtl(i18n_lang()) || !seplen || !strstr(ev, sep)) {
		h_esc(h, ev);
		return;
	}
	for (const char *p = ev;;) {
		const char *end = strstr(p, sep);
		char *item = xstrndup(p, end ? (size_t)(end - p) : strlen(p));
		h_bdi(h, item);
		free(item);
		if (!end)
			break;
		h_esc(h, sep);
		p = end + seplen;
	}
}

static void findings(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "findings", _("Findings and recommendations"));
	size_t fired = 0;
	for (size_t i = 0; i < m->nfindings; i++)
		fired += m->findings[i].evaluated;
	if (!m->has_findings || !fired)
		h_missing(h, m->has_findings ? _("No rule fired: nothing stands in the way that the rules know of.")
					   : _("No findings yet: they follow from the survey answers and metrics."));
	for (size_t i = 0; i < m->nfindings; i++) {
		const struct report_xl_finding *f = &m->findings[i];
		if (!f->evaluated)
			continue;
		const char *sev = severity_name(f->severity);
		h_printf(h, "<div class=\"finding %s\"><p><span class=\"sev %s\">%s</span> <b>", sev, sev,
			 severity_label(f->severity));
		h_bdi(h, f->title);
		h_puts(h, "</b> <span class=\"meta\">(");
		h_bdi(h, f->rule);
		h_puts(h, ")</span></p>\n");
		html_waiver_expired(h, f);
		h_puts(h, "<p class=\"ev\">");
		evidence(h, f->evidence);
		h_printf(h, "</p>\n<p>%s ", _("Recommendation:"));
		h_esc(h, f->recommendation);
		h_puts(h, "</p>\n");
		if (f->initiatives && *f->initiatives) {
			h_printf(h, "<p class=\"meta\">%s ", _("Initiatives:"));
			h_bdi(h, f->initiatives);
			h_puts(h, "</p>\n");
		}
		if (f->source && *f->source) {
			h_printf(h, "<p class=\"meta\">%s ", _("Source:"));
			h_esc(h, f->source);
			h_puts(h, "</p>\n");
		}
		h_puts(h, "</div>\n");
	}
	html_waived_findings(h);
	if (fired < m->nfindings) {
		h_puts(h, "<details><summary>");
		h_text(h, trn("%zu rules not evaluated (no data yet)", "%zu rules not evaluated (no data yet)",
			      m->nfindings - fired), m->nfindings - fired);
		h_puts(h, "</summary>\n<table>");
		for (size_t i = 0; i < m->nfindings; i++) {
			const struct report_xl_finding *f = &m->findings[i];
			if (f->evaluated)
				continue;
			h_puts(h, "<tr><td>");
			h_bdi(h, f->title);
			h_puts(h, "</td><td class=\"meta\">");
			evidence(h, f->evidence);
			h_puts(h, "</td></tr>\n");
		}
		h_puts(h, "</table></details>\n");
	}
	h_puts(h, "</section>\n");
}

static void plan(struct html *h)
{
	const struct report_workbook *m = h->m;
	char buf[H_NUM_MAX], cap[H_NUM_MAX], n[H_NUM_MAX];
	h_section(h, "plan", _("Phased rollout plan"));
	if (!m->has_plan || !m->nphases) {
		h_missing(h, _("No plan yet: 'crmready plan build --start YYYY-MM-DD' builds it from the findings "
			"and gaps."));
		h_puts(h, "</section>\n");
		return;
	}
	html_gantt(h);
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 _("Phase"), _("Start"), _("End"),
		 _("Load (person-weeks)"), _("Initiatives"));
	for (size_t p = 0; p < m->nphases; p++) {
		const struct report_xl_phase *ph = &m->phases[p];
		long count = 0;
		for (size_t i = 0; i < m->ninitiatives; i++)
			count += !strcmp(m->initiatives[i].phase, ph->id);
		h_puts(h, "<tr><td>");
		h_bdi(h, ph->title);
		h_puts(h, "</td><td>");
		h_date(h, ph->start);
		h_puts(h, "</td><td>");
		h_date(h, ph->end);
		h_printf(h, "</td><td class=\"n\">%s / %s</td><td class=\"n\">%s</td></tr>\n", h_num(ph->load, buf),
			 h_num(ph->capacity, cap), h_int(count, n));
	}
	h_puts(h, "</table>\n");
	html_plan_execution(h);
	html_plan_steps(h);
	h_puts(h, "</section>\n");
}

static void goal_row(struct html *h, const struct report_xl_goal *g, bool sub)
{
	h_printf(h, "<tr%s><td>", sub ? " class=\"sub\"" : "");
	h_bdi(h, g->metric);
	const struct metric_def *def = metric_def_find(g->metric);
	if (def) {   /* what the name means, in the report's language (the metric table) */
		h_puts(h, " <span class=\"meta\">(");
		char *label = i18n_digits(metric_def_label(def));   /* "(1-5)" in the reader's digits */
		h_bdi(h, label);
		free(label);
		h_puts(h, ")</span>");
	}
	if (g->scope && *g->scope) {
		h_puts(h, " <span class=\"meta\">");
		h_bdi(h, g->scope);
		h_puts(h, "</span>");
	}
	h_puts(h, "</td><td>");
	h_bdi(h, g->phase);
	h_puts(h, "</td><td class=\"n\">");
	goal_target(h, g);
	h_puts(h, "</td><td class=\"nw\">");
	h_date(h, g->due);
	h_puts(h, "</td><td class=\"n\">");
	if (g->has_latest) {
		goal_value(h, g->metric, g->latest, g->target);
		h_puts(h, " <span class=\"meta\">");
		h_date(h, g->latest_date);
		h_puts(h, "</span>");
	} else {
		h_puts(h, "–");
	}
	h_puts(h, "</td><td>");
	status_badge(h, g->state);
	h_puts(h, "</td><td class=\"nw\">");
	h_date(h, g->judged_at);
	/* right to left the note goes under the date: the column is the
	 * table's last, at the page's left edge, where it would be cut */
	h_printf(h, "%s%s</td></tr>\n", g->settled && h->rtl ? "<br>" : "", g->settled ? _(" (settled)") : "");
}

static void goals(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "goals", _("Goals and their status"));
	if (!m->ngoals) {
		h_missing(h, _("No goals yet: 'crmready plan build' sets each phase's goals; 'crmready goal add' adds more."));
		h_puts(h, "</section>\n");
		return;
	}
	h_puts(h, "<p class=\"meta\">");
	char day[H_DAY_MAX];
	h_text(h, _("Status on %s."), h_day(h, m->today, day));
	h_puts(h, "</p>\n");
	char tally[320];
	h_printf(h, "<p class=\"tally\">%s</p>\n",
		 report_goal_tally_format(m->ngoals, m->goal_counts, m->lang, tally, sizeof tally));
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th>%s</th><th class=\"n\">%s</th>"
		 "<th>%s</th><th>%s</th></tr>\n", _("Metric"), _("Phase"),
		 _("Target"), _("Due"), _("Latest"),
		 _("Status"), _("Judged on"));
	for (size_t i = 0; i < m->ngoals; i++) {
		const struct report_xl_goal *g = &m->goals[i];
		if (g->parent && *g->parent)
			continue;
		goal_row(h, g, false);
		for (size_t k = 0; k < m->ngoals; k++)
			if (m->goals[k].parent && !strcmp(m->goals[k].parent, g->id))
				goal_row(h, &m->goals[k], true);
	}
	h_puts(h, "</table>\n</section>\n");
}

static void adoption(struct html *h)
{
	const struct report_workbook *m = h->m;
	char buf[H_NUM_MAX];
	h_section(h, "adoption", _("User adoption"));
	if (!m->nweeks && !m->nadoption_groups) {
		h_missing(h, _("No adoption figures yet: import the user roster ('crmready roster import') and the "
			"login logs ('crmready adoption import')."));
		h_puts(h, "</section>\n");
		return;
	}
	long *days = xcalloc(m->nweeks + 1, sizeof *days);
	double *rate = xcalloc(m->nweeks + 1, sizeof *rate);
	size_t n = 0;
	/* Complete weeks only: a week in progress would draw a drop that has
	 * not happened (the table below lists it, labelled). */
	for (size_t i = 0; i < m->nweeks; i++)
		if (m->weeks[i].has_rate && !m->weeks[i].in_progress &&
		    plan_date_parse(m->weeks[i].date, &days[n]))
			rate[n++] = m->weeks[i].rate;
	struct html_series s = { _("active rate"), "#1f5fa8", n, days, rate, false };
	const struct report_xl_goal *goal = report_workbook_rate_goal(m);
	html_line_chart(h, _("Weekly active rate"), &s, 1, 0, 1, true,
			goal ? &goal->target : NULL, _("target"));
	free(days);
	free(rate);
	if (m->nweeks) {
		h_printf(h, "<table><tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
			 "<th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n", _("Week"), _("Active rate"),
			 _("Active users"), _("Licensed users"),
			 _("Logins per active user"), _("Stickiness (weekly / monthly active)"));
		for (size_t i = 0; i < m->nweeks; i++) {
			const struct report_xl_week *w = &m->weeks[i];
			h_puts(h, "<tr><td>");
			h_date(h, w->date);
			if (w->in_progress)
				h_printf(h, " <span class=\"partial\">%s</span>",
					 _("in progress"));
			h_puts(h, "</td><td class=\"n\">");
			if (w->has_rate)
				value(h, METRIC_ACTIVE_RATE, w->rate);
			h_printf(h, "</td><td class=\"n\">%s</td>", w->has_active ? h_num(w->active, buf) : "");
			h_printf(h, "<td class=\"n\">%s</td>", w->has_licensed ? h_num(w->licensed, buf) : "");
			h_printf(h, "<td class=\"n\">%s</td>", w->has_logins ? h_num(round(w->logins * 10) / 10, buf) : "");
			h_puts(h, "<td class=\"n\">");
			if (w->has_stickiness)
				value(h, METRIC_STICKINESS, w->stickiness);
			h_puts(h, "</td></tr>\n");
		}
		h_puts(h, "</table>\n");
		html_adoption_core_weeks(h);
		bool partial = false;
		for (size_t i = 0; i < m->nweeks; i++)
			partial |= m->weeks[i].in_progress;
		if (partial && m->logs_reach) {
			h_puts(h, "<p class=\"meta\">");
			char reach[H_DAY_MAX];
			h_text(h, _("The logs reach %s UTC: a week they do not cover to its Sunday "
				    "is in progress, listed but not judged."), h_day(h, m->logs_reach, reach));
			h_puts(h, "</p>\n");
		}
	}
	if (m->nadoption_groups) {
		h_printf(h, "<h3>%s</h3>\n<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
			 "<th class=\"n\">%s</th></tr>\n", _("By department and wave (last complete week)"),
			 _("Group"), _("Week"), _("Active rate"),
			 _("Active"), _("Licensed"));
		for (size_t i = 0; i < m->nadoption_groups; i++) {
			const struct report_xl_adoption_group *g = &m->adoption_groups[i];
			char name[160];
			h_puts(h, "<tr><td>");
			h_bdi(h, report_scope_text(g->scope, name, sizeof name));
			h_puts(h, "</td><td>");
			h_date(h, g->date);
			if (g->in_progress)
				h_printf(h, " <span class=\"partial\">%s</span>",
					 _("in progress"));
			h_puts(h, "</td><td class=\"n\">");
			if (g->small)   /* fewer than min_group licensed users: no figure */
				h_printf(h, "<span class=\"meta\">%s</span>", fewer(h, buf, sizeof buf));
			else if (g->has_rate)
				value(h, METRIC_ACTIVE_RATE, g->rate);
			h_printf(h, "</td><td class=\"n\">%s</td>", g->has_active ? h_num(g->active, buf) : "");
			h_printf(h, "<td class=\"n\">%s</td></tr>\n", g->has_licensed ? h_num(g->licensed, buf) : "");
		}
		h_puts(h, "</table>\n");
	}
	html_licences(h);
	html_adoption_series(h);
	h_puts(h, "</section>\n");
}

static void data_quality(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "data-quality", _("Data quality"));
	if (!m->ndq) {
		h_missing(h, _("No data-quality scans yet: 'crmready dq scan contacts.csv' profiles a CRM export."));
		h_puts(h, "</section>\n");
		return;
	}
	/* the score's parts as the metric table names them (REPORT_XL_DQ_*) */
	static const char *const part_metric[] = { METRIC_DQ_SCORE, METRIC_DQ_COMPLETENESS,
						   METRIC_DQ_DUPLICATE_RATE, METRIC_DQ_FRESHNESS };
	const char *part[REPORT_XL_DQ_PARTS];
	for (int p = 0; p < REPORT_XL_DQ_PARTS; p++)
		part[p] = p == REPORT_XL_DQ_SCORE ? _("score")
			: metric_def_label(metric_def_find(part_metric[p]));
	static const char *const colors[] = { "#1f5fa8", "#2e7d32", "#c62828", "#f9a825" };
	/* One chart per entity: its parts over the scans. */
	for (size_t i = 0; i < m->ndq;) {
		size_t end = i;
		while (end < m->ndq && !strcmp(m->dq[end].entity, m->dq[i].entity))
			end++;
		size_t n = end - i;
		long *days = xcalloc(REPORT_XL_DQ_PARTS * n + 1, sizeof *days);
		double *vals = xcalloc(REPORT_XL_DQ_PARTS * n + 1, sizeof *vals);
		struct html_series s[REPORT_XL_DQ_PARTS];
		size_t ns = 0;
		bool pct = true;
		for (size_t k = i; k < end; k++)
			if (m->dq[k].has[REPORT_XL_DQ_SCORE] && m->dq[k].value[REPORT_XL_DQ_SCORE] > 1)
				pct = false;
		for (int p = 0; p < REPORT_XL_DQ_PARTS; p++) {
			size_t c = 0;
			long *pd = days + (size_t)p * n;
			double *pv = vals + (size_t)p * n;
			for (size_t k = i; k < end; k++)
				if (m->dq[k].has[p] && plan_date_parse(m->dq[k].date, &pd[c])) {
					double v = m->dq[k].value[p];
					pv[c++] = p == REPORT_XL_DQ_SCORE && !pct ? v / 100 : v;
				}
			if (c)
				s[ns++] = (struct html_series){ part[p], colors[p], c, pd, pv,
								p == REPORT_XL_DQ_DUPLICATES };
		}
		h_puts(h, "<h3>");
		h_bdi(h, m->dq[i].entity);
		h_puts(h, "</h3>\n");
		html_line_chart(h, m->dq[i].entity, s, ns, 0, 1, true, NULL, NULL);
		h_printf(h, "<table><tr><th>%s</th>", _("Scan date"));
		for (int p = 0; p < REPORT_XL_DQ_PARTS; p++)
			h_printf(h, "<th class=\"n\">%s</th>", part[p]);
		h_puts(h, "</tr>\n");
		for (size_t k = i; k < end; k++) {
			h_puts(h, "<tr><td>");
			h_date(h, m->dq[k].date);
			h_puts(h, "</td>");
			for (int p = 0; p < REPORT_XL_DQ_PARTS; p++) {
				h_puts(h, "<td class=\"n\">");
				if (m->dq[k].has[p])
					value(h, METRIC_DQ_SCORE, m->dq[k].value[p]);  /* every part is a fraction */
				h_puts(h, "</td>");
			}
			h_puts(h, "</tr>\n");
		}
		h_puts(h, "</table>\n");
		free(days);
		free(vals);
		i = end;
	}
	if (m->ndq_fields) {
		h_printf(h, "<h3>%s</h3>\n<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
			 _("Fields (latest scan)"), _("Entity"),
			 _("Field"), _("Completeness"), _("Validity"));
		for (size_t i = 0; i < m->ndq_fields; i++) {
			const struct report_xl_dq_field *f = &m->dq_fields[i];
			h_puts(h, "<tr><td>");
			h_bdi(h, f->entity);
			h_puts(h, "</td><td>");
			h_bdi(h, f->field);
			h_puts(h, "</td><td class=\"n\">");
			if (f->not_checked)
				h_puts(h, _("not checked"));
			else if (f->has_completeness)
				value(h, METRIC_DQ_COMPLETENESS, f->completeness);
			h_puts(h, "</td><td class=\"n\">");
			if (f->has_validity)
				value(h, METRIC_DQ_VALIDITY, f->validity);
			h_puts(h, "</td></tr>\n");
		}
		h_puts(h, "</table>\n");
	}
	h_puts(h, "</section>\n");
}

bool report_html_write(const struct report_workbook *m, const char *organisation, const char *version,
		       FILE *out)
{
	struct html h = { out, m, lang_rtl(m->lang) };
	h_printf(&h, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		 "<meta name=\"generator\" content=\"crmready %s\">\n<title>",
		 lang_code(m->lang), h.rtl ? "rtl" : "ltr", version);
	h_esc(&h, _("CRM readiness and rollout report"));
	if (organisation) {
		h_puts(&h, " — ");
		h_esc(&h, organisation);
	}
	h_printf(&h, "</title>\n<style>\n%s%s</style>\n</head>\n<body>\n<header>\n<h1>", CSS, h.rtl ? CSS_RTL : "");
	h_esc(&h, _("CRM readiness and rollout report"));
	h_puts(&h, "</h1>\n<div class=\"meta\">");
	if (organisation) {
		h_puts(&h, "<b>");
		h_bdi(&h, organisation);
		h_puts(&h, "</b> · ");
	}
	h_date(&h, m->today);
	if (m->from || m->to) {
		h_printf(&h, " · %s ", _("trends"));
		h_date(&h, m->from ? m->from : "…");
		h_puts(&h, " – ");
		h_date(&h, m->to ? m->to : "…");
	}
	h_puts(&h, "</div>\n<nav>");
	static const char *const ids[] = { "summary", "readiness", "gaps", "findings", "plan", "goals",
					    "adoption", "data-quality", "changes" };
	static const char *const en[] = { N_("Summary"), N_("Readiness"), N_("Gaps"), N_("Findings"), N_("Plan"), N_("Goals"),
					   N_("Adoption"), N_("Data quality"), N_("Changes") };
	for (int i = 0; i < 9; i++)
		h_printf(&h, "<a href=\"#%s\">%s</a>", ids[i], _(en[i]));
	h_puts(&h, "</nav>\n</header>\n<main>\n");
	summary(&h);
	readiness(&h);
	gaps(&h);
	findings(&h);
	plan(&h);
	html_baseline(&h);
	goals(&h);
	adoption(&h);
	data_quality(&h);
	html_changes(&h);
	h_printf(&h, "</main>\n<footer>%s crmready %s", _("Written by"), version);
	if (m->workspace) {
		h_printf(&h, " %s ", _("from"));
		h_bdi(&h, m->workspace);
	}
	h_puts(&h, "</footer>\n</body>\n</html>\n");
	return !ferror(out);
}
