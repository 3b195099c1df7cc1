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
	h_esc(h, goal_state_label(s, h->m->lang));
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
	char buf[32];
	if (is_fraction(metric) && fabs(v) <= 1)
		h_printf(h, "%s%%", h_num1(v * 100, buf));
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
		h_printf(h, "%.*f%%", text_decimals_apart(v * 100, other * 100, 1), v * 100);
	else
		h_puts(h, text_number_beside(v, other, buf));
}

/* In place of a figure of a group of fewer than min_group people. */
static const char *fewer(const struct html *h, char *buf, size_t n)
{
	return anonymity_fewer_label(h->m->min_group, h->m->lang, buf, n);
}

static void card(struct html *h, const char *v, const char *en, const char *fa)
{
	h_esc_in(h, "<div class=\"card\"><div class=\"v\">", v, "</div><div class=\"k\">");
	h_esc(h, h_t(h, en, fa));
	h_puts(h, "</div></div>\n");
}

static void summary(struct html *h)
{
	const struct report_workbook *m = h->m;
	char buf[64], num[32];
	h_section(h, "summary", "Summary", "خلاصه");
	h_puts(h, "<div class=\"cards\">\n");
	const struct report_xl_assessment *a = &m->primary;
	if (m->has_assessment && a->has_index) {
		snprintf(buf, sizeof buf, "%s / 100", h_num1(a->index, num));
		card(h, buf, "readiness index", "شاخص آمادگی");
		card(h, a->level ? a->level : "", "readiness level", "سطح آمادگی");
		snprintf(buf, sizeof buf, "%ld", a->respondents);
		card(h, buf, "respondents", "پاسخ‌دهندگان");
	}
	if (m->has_findings) {
		size_t fired = 0, serious = 0;
		for (size_t i = 0; i < m->nfindings; i++)
			if (m->findings[i].evaluated) {
				fired++;
				serious += m->findings[i].severity >= SEVERITY_HIGH;
			}
		snprintf(buf, sizeof buf, "%zu (%zu %s)", fired, serious, h_t(h, "high or critical", "زیاد یا بحرانی"));
		card(h, buf, "findings", "یافته‌ها");
	}
	if (m->has_plan && m->nphases) {
		snprintf(buf, sizeof buf, "%s – %s", m->phases[0].start, m->phases[m->nphases - 1].end);
		card(h, buf, "rollout plan", "برنامه استقرار");
		snprintf(buf, sizeof buf, "%zu / %zu", m->nphases, m->ninitiatives);
		card(h, buf, "phases / initiatives", "فازها / اقدامات");
	}
	if (m->ngoals) {
		const size_t *n = m->goal_counts;
		snprintf(buf, sizeof buf, "%zu / %zu", n[GOAL_ACHIEVED] + n[GOAL_ON_TRACK], m->ngoals);
		card(h, buf, "goals achieved or on track", "اهداف محقق یا در مسیر");
		snprintf(buf, sizeof buf, "%zu", goal_counts_at_least(n, GOAL_AT_RISK));
		char *what = xasprintf(h->fa ? "اهداف %s" : "goals %s",
				       goal_attention_label(h->fa ? LANG_FA : LANG_EN));
		card(h, buf, what, what);
		free(what);
	}
	/* The last complete week (README: Incomplete weeks). */
	const struct report_xl_week *partial, *wk = report_workbook_adoption_week(m, &partial);
	if (wk) {
		char en[96], fa[128];
		snprintf(buf, sizeof buf, "%s%%", h_num(round(wk->rate * 1000) / 10, num));
		snprintf(en, sizeof en, "active users, week of %s (%s)", wk->date,
			 wk->in_progress ? "in progress" : "the last complete week");
		snprintf(fa, sizeof fa, "کاربران فعال، هفته‌ی %s (%s)", wk->date,
			 wk->in_progress ? "هفته‌ی ناتمام" : "آخرین هفته‌ی کامل");
		card(h, buf, en, fa);
	}
	for (size_t i = m->ndq; i-- > 0;)
		if (m->dq[i].has[REPORT_XL_DQ_SCORE]) {
			double v = m->dq[i].value[REPORT_XL_DQ_SCORE];
			snprintf(buf, sizeof buf, "%s%s", h_num(round((v <= 1 ? v * 100 : v) * 10) / 10, num),
				 v <= 1 ? "%" : "");
			char unchecked[160], en[256], fa[320];
			size_t nu = report_dq_unchecked(m, m->dq[i].entity, unchecked, sizeof unchecked);
			if (nu) {
				snprintf(en, sizeof en, "data quality score (latest; %zu column%s not checked: %s)",
					 nu, nu == 1 ? "" : "s", unchecked);
				snprintf(fa, sizeof fa, "امتیاز کیفیت داده (آخرین؛ %zu ستون بررسی نشد: %s)", nu,
					 unchecked);
				card(h, buf, en, fa);
			} else
				card(h, buf, "data quality score (latest)", "امتیاز کیفیت داده (آخرین)");
			break;
		}
	h_puts(h, "</div>\n");
	if (!m->has_assessment && !m->has_plan && !m->ngoals && !m->nweeks && !m->ndq)
		h_missing(h, "This workspace holds no survey answers, plan or figures yet: run 'crmready init' "
			"for the steps, or 'crmready demo' to see a sample engagement.",
			"این فضای کار هنوز پاسخ، برنامه یا شاخصی ندارد: برای گام‌ها 'crmready init' و برای "
			"نمونه 'crmready demo' را اجرا کنید.");
	h_puts(h, "</section>\n");
}

/* Answers to open questions, grouped by question, with the respondent's
 * department (never a name; none when it would name fewer than min_group). */
static void open_answers(struct html *h)
{
	const struct report_workbook *m = h->m;
	char buf[32];
	if (!m->ncomments)
		return;
	h_printf(h, "<h3 id=\"open-answers\">%s</h3>\n", h_t(h, "Open answers", "پاسخ‌های باز"));
	for (size_t i = 0; i < m->ncomments; i++) {
		const struct report_xl_comment *c = &m->comments[i];
		if (!i || strcmp(c->question, m->comments[i - 1].question) ||
		    strcmp(c->questionnaire, m->comments[i - 1].questionnaire)) {
			if (i)
				h_puts(h, "</table>\n");
			h_esc_in(h, "<p><b><bdi>", c->question, "</bdi></b></p>\n<table class=\"answers\">");
			h_printf(h, "<tr><th>%s</th><th>%s</th></tr>\n", h_t(h, "Department", "واحد"),
				 h_t(h, "Answer", "پاسخ"));
		}
		h_puts(h, "<tr><td class=\"nw\">");
		if (c->group)
			h_esc(h, c->group);
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
	char buf[32], color[32];
	if (m->title) {
		h_esc_in(h, "<h3><bdi>", m->title, "</bdi></h3>\n");
	}
	h_printf(h, "<p class=\"meta\">%s <b><bdi>", h_t(h, "Questionnaire", "پرسش‌نامه"));
	h_esc(h, m->questionnaire);
	h_printf(h, "</bdi></b>%s %ld %s.</p>\n<div class=\"two\"><div>\n", h_t(h, ",", "،"), m->respondents,
		 h_t(h, "respondents", "پاسخ‌دهنده"));
	h_printf(h, "<table><tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 h_t(h, "Dimension", "بُعد"), h_t(h, "Score", "امتیاز"), h_t(h, "Spread", "پراکندگی"),
		 h_t(h, "Respondents", "پاسخ‌دهندگان"));
	for (size_t i = 0; i < m->ndimensions; i++) {
		const struct report_xl_dimension *d = &m->dimensions[i];
		h_puts(h, "<tr><td>");
		h_esc(h, d->title);
		if (d->has_score) {
			h_score_color(d->score, color);
			h_printf(h, "</td><td class=\"n\" style=\"background:%s\">%s</td>", color,
				 h_num1(d->score, buf));
			h_printf(h, "<td class=\"n\">%s</td>", h_num1(d->spread, buf));
		} else {
			h_printf(h, "</td><td class=\"n\">–</td><td class=\"n\">–</td>");
		}
		h_printf(h, "<td class=\"n\">%ld</td></tr>\n", d->respondents);
	}
	h_puts(h, "</table>\n</div><div>\n");
	html_radar(h, m);
	h_puts(h, "</div></div>\n");
	if (m->ngroups) {
		h_printf(h, "<h3>%s</h3>\n<table class=\"heat\"><tr><th>%s</th>",
			 h_t(h, "Heat map: dimension by department", "نقشه حرارتی: بُعد به تفکیک واحد"),
			 h_t(h, "Dimension", "بُعد"));
		for (size_t g = 0; g < m->ngroups; g++) {
			h_puts(h, "<th class=\"n\">");
			h_esc(h, m->groups[g].name);
			if (m->groups[g].compared)
				h_printf(h, " <span class=\"meta\">(%ld)</span></th>", m->groups[g].respondents);
			else
				h_printf(h, " <span class=\"meta\">(%s)</span></th>", fewer(h, buf, sizeof buf));
		}
		h_puts(h, "</tr>\n");
		for (size_t i = 0; i < m->ndimensions; i++) {
			h_esc_in(h, "<tr><td>", m->dimensions[i].title, "</td>");
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
		h_printf(h, "<tr><th>%s</th>", h_t(h, "Index", "شاخص"));
		for (size_t g = 0; g < m->ngroups; g++)
			if (m->groups[g].has_index)
				h_printf(h, "<th class=\"n\">%s</th>", h_num1(m->groups[g].index, buf));
			else
				h_puts(h, "<th class=\"n\">–</th>");
		h_puts(h, "</tr></table>\n");
	}
	if (m->small_groups) {
		h_printf(h, "<p class=\"meta\">%s %ld %s ", h_t(h, "Anonymity: departments of fewer than",
								"گمنامی: واحدهای کمتر از"),
			 h->m->min_group, h_t(h, "respondents show no figure and count together in “other”, "
						"with the next smallest while “other” would have fewer:",
					     "پاسخ‌دهنده رقمی نشان نمی‌دهند و با هم در «سایر» شمرده می‌شوند، "
					     "همراه با کوچک‌ترین واحد بعدی تا «سایر» کمتر نداشته باشد:"));
		h_esc(h, m->small_groups);
		h_puts(h, ".</p>\n");
	}
}

static void readiness(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "readiness", "Readiness", "آمادگی");
	if (!m->has_assessment || !m->primary.ndimensions) {
		h_missing(h, "No readiness assessment yet: import or run the survey ('crmready survey import "
			"crm-readiness FILE.csv').",
			"هنوز ارزیابی آمادگی نیست: پرسش‌نامه را وارد یا اجرا کنید ('crmready survey import "
			"crm-readiness FILE.csv').");
		h_puts(h, "</section>\n");
		return;
	}
	assessment(h, &m->primary);
	for (size_t i = 0; i < m->nmore; i++)
		assessment(h, &m->more[i]);
	open_answers(h);
	h_puts(h, "</section>\n");
}

static void gaps(struct html *h)
{
	const struct report_workbook *m = h->m;
	char a[32], b[32], c[32], p[32];
	h_section(h, "gaps", "Capability gaps", "شکاف قابلیت‌ها");
	if (!m->ncapabilities) {
		h_missing(h, "No capability answers yet: import the capability survey ('crmready survey import "
			"crm-capabilities FILE.csv').",
			"هنوز پاسخی برای قابلیت‌ها نیست ('crmready survey import crm-capabilities FILE.csv').");
		h_puts(h, "</section>\n");
		return;
	}
	html_gaps_chart(h);
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
		 "<th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 h_t(h, "Capability", "قابلیت"), h_t(h, "Area", "حوزه"), h_t(h, "Current", "فعلی"),
		 h_t(h, "Target", "هدف"), h_t(h, "Gap", "شکاف"), h_t(h, "Importance", "اهمیت"),
		 h_t(h, "Priority", "اولویت"));
	for (size_t i = 0; i < m->ncapabilities; i++) {
		const struct report_xl_capability *x = &m->capabilities[i];
		h_esc_in(h, "<tr><td>", x->title, "</td><td>");
		h_esc(h, x->area);
		if (x->has_current)
			h_printf(h, "</td><td class=\"n\">%s</td><td class=\"n\">%s</td><td class=\"n\">%s</td>"
				 "<td class=\"n\">%ld</td><td class=\"n\">%s</td></tr>\n",
				 /* one decimal as 'crmready gaps' prints it (round() and
				  * printf disagree on 2.05: the table said 2.1, the bar 2.0) */
				 h_num1(x->current, a), h_num(x->target, b),
				 h_num1(x->gap, c), x->importance, h_num1(x->priority, p));
		else
			h_printf(h, "</td><td class=\"n\">–</td><td class=\"n\">%s</td><td class=\"n\">–</td>"
				 "<td class=\"n\">%ld</td><td class=\"n\">–</td></tr>\n", h_num(x->target, b), x->importance);
	}
	h_puts(h, "</table>\n</section>\n");
}

static void findings(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "findings", "Findings and recommendations", "یافته‌ها و توصیه‌ها");
	size_t fired = 0;
	for (size_t i = 0; i < m->nfindings; i++)
		fired += m->findings[i].evaluated;
	if (!m->has_findings || !fired)
		h_missing(h, m->has_findings ? "No rule fired: nothing stands in the way that the rules know of."
					   : "No findings yet: they follow from the survey answers and metrics.",
			m->has_findings ? "هیچ قاعده‌ای فعال نشد." : "هنوز یافته‌ای نیست.");
	for (size_t i = 0; i < m->nfindings; i++) {
		const struct report_xl_finding *f = &m->findings[i];
		if (!f->evaluated)
			continue;
		const char *sev = severity_name(f->severity);
		h_printf(h, "<div class=\"finding %s\"><p><span class=\"sev %s\">%s</span> <b>", sev, sev,
			 severity_label(f->severity, h->m->lang));
		h_esc(h, f->title);
		h_esc_in(h, "</b> <span class=\"meta\">(", f->rule, ")</span></p>\n<p class=\"ev\">");
		h_esc(h, f->evidence);
		h_printf(h, "</p>\n<p>%s ", h_t(h, "Recommendation:", "توصیه:"));
		h_esc(h, f->recommendation);
		h_puts(h, "</p>\n");
		if (f->initiatives && *f->initiatives) {
			h_printf(h, "<p class=\"meta\">%s ", h_t(h, "Initiatives:", "اقدامات:"));
			h_esc(h, f->initiatives);
			h_puts(h, "</p>\n");
		}
		h_puts(h, "</div>\n");
	}
	if (fired < m->nfindings) {
		h_printf(h, "<details><summary>%zu %s</summary>\n<table>", m->nfindings - fired,
			 h_t(h, "rules not evaluated (no data yet)", "قاعدهٔ ارزیابی‌نشده (هنوز بدون داده)"));
		for (size_t i = 0; i < m->nfindings; i++) {
			const struct report_xl_finding *f = &m->findings[i];
			if (f->evaluated)
				continue;
			h_esc_in(h, "<tr><td>", f->title, "</td><td class=\"meta\">");
			h_esc(h, f->evidence);
			h_puts(h, "</td></tr>\n");
		}
		h_puts(h, "</table></details>\n");
	}
	h_puts(h, "</section>\n");
}

static void plan(struct html *h)
{
	const struct report_workbook *m = h->m;
	char buf[32], cap[32];
	h_section(h, "plan", "Phased rollout plan", "برنامه استقرار مرحله‌ای");
	if (!m->has_plan || !m->nphases) {
		h_missing(h, "No plan yet: 'crmready plan build --start YYYY-MM-DD' builds it from the findings "
			"and gaps.", "هنوز برنامه‌ای نیست: 'crmready plan build --start YYYY-MM-DD'.");
		h_puts(h, "</section>\n");
		return;
	}
	html_gantt(h);
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th></tr>\n",
		 h_t(h, "Phase", "فاز"), h_t(h, "Start", "شروع"), h_t(h, "End", "پایان"),
		 h_t(h, "Load (person-weeks)", "بار (نفر-هفته)"), h_t(h, "Initiatives", "اقدامات"));
	for (size_t p = 0; p < m->nphases; p++) {
		const struct report_xl_phase *ph = &m->phases[p];
		size_t n = 0;
		for (size_t i = 0; i < m->ninitiatives; i++)
			n += !strcmp(m->initiatives[i].phase, ph->id);
		h_esc_in(h, "<tr><td>", ph->title, "</td><td>");
		h_esc(h, ph->start);
		h_puts(h, "</td><td>");
		h_esc(h, ph->end);
		h_printf(h, "</td><td class=\"n\">%s / %s</td><td class=\"n\">%zu</td></tr>\n", h_num(ph->load, buf),
			 h_num(ph->capacity, cap), n);
	}
	h_puts(h, "</table>\n</section>\n");
}

static void goal_row(struct html *h, const struct report_xl_goal *g, bool sub)
{
	char buf[32];
	h_printf(h, "<tr%s><td>", sub ? " class=\"sub\"" : "");
	h_esc(h, g->metric);
	const struct metric_def *def = metric_def_find(g->metric);
	if (def) {   /* what the name means, in the report's language (the metric table) */
		h_esc_in(h, " <span class=\"meta\">(", metric_def_label(def, h->fa ? LANG_FA : LANG_EN), ")</span>");
	}
	if (g->scope && *g->scope) {
		h_esc_in(h, " <span class=\"meta\">", g->scope, "</span>");
	}
	h_esc_in(h, "</td><td>", g->phase, "</td><td class=\"n\">");
	h_esc(h, g->op);
	h_puts(h, " ");
	if (g->has_latest)
		goal_value(h, g->metric, g->target, g->latest);
	else
		value(h, g->metric, g->target);
	h_esc_in(h, "</td><td class=\"nw\">", g->due, "</td><td class=\"n\">");
	if (g->has_latest) {
		goal_value(h, g->metric, g->latest, g->target);
		h_esc_in(h, " <span class=\"meta\">", g->latest_date, "</span>");
	} else {
		h_puts(h, "–");
	}
	h_puts(h, "</td><td>");
	status_badge(h, g->state);
	h_printf(h, "</td><td class=\"nw\">%s%s</td></tr>\n", g->judged_at ? g->judged_at : "",
		 g->settled ? h_t(h, " (settled)", " (قطعی)") : "");
	(void)buf;
}

static void goals(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "goals", "Goals and their status", "اهداف و وضعیت آن‌ها");
	if (!m->ngoals) {
		h_missing(h, "No goals yet: 'crmready plan build' sets each phase's goals; 'crmready goal add' adds more.",
			"هنوز هدفی نیست: 'crmready plan build' اهداف هر فاز را تعیین می‌کند.");
		h_puts(h, "</section>\n");
		return;
	}
	h_printf(h, "<p class=\"meta\">%s %s.</p>\n", h_t(h, "Status on", "وضعیت در"), m->today);
	char tally[320];
	h_printf(h, "<p class=\"tally\">%s</p>\n",
		 report_goal_tally_format(m->ngoals, m->goal_counts, m->lang, tally, sizeof tally));
	h_printf(h, "<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th>%s</th><th class=\"n\">%s</th>"
		 "<th>%s</th><th>%s</th></tr>\n", h_t(h, "Metric", "شاخص"), h_t(h, "Phase", "فاز"),
		 h_t(h, "Target", "هدف"), h_t(h, "Due", "موعد"), h_t(h, "Latest", "آخرین مقدار"),
		 h_t(h, "Status", "وضعیت"), h_t(h, "Judged on", "تاریخ داوری"));
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
	char buf[32];
	h_section(h, "adoption", "User adoption", "پذیرش کاربران");
	if (!m->nweeks && !m->nadoption_groups) {
		h_missing(h, "No adoption figures yet: import the user roster ('crmready roster import') and the "
			"login logs ('crmready adoption import').",
			"هنوز آماری از پذیرش نیست: فهرست کاربران و گزارش ورودها را وارد کنید.");
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
	struct html_series s = { h_t(h, "active rate", "نرخ فعال"), "#1f5fa8", n, days, rate, false };
	const struct report_xl_goal *goal = report_workbook_rate_goal(m);
	html_line_chart(h, h_t(h, "Weekly active rate", "نرخ فعال هفتگی"), &s, 1, 0, 1, true,
			goal ? &goal->target : NULL, h_t(h, "target", "هدف"));
	free(days);
	free(rate);
	if (m->nweeks) {
		h_printf(h, "<table><tr><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
			 "<th class=\"n\">%s</th></tr>\n", h_t(h, "Week", "هفته"), h_t(h, "Active rate", "نرخ فعال"),
			 h_t(h, "Active users", "کاربران فعال"), h_t(h, "Licensed users", "کاربران دارای مجوز"),
			 h_t(h, "Logins per active user", "ورود به ازای کاربر فعال"));
		for (size_t i = 0; i < m->nweeks; i++) {
			const struct report_xl_week *w = &m->weeks[i];
			h_printf(h, "<tr><td>%s", w->date);
			if (w->in_progress)
				h_printf(h, " <span class=\"partial\">%s</span>",
					 h_t(h, "in progress", "هفته‌ی ناتمام"));
			h_puts(h, "</td><td class=\"n\">");
			if (w->has_rate)
				value(h, METRIC_ACTIVE_RATE, w->rate);
			h_printf(h, "</td><td class=\"n\">%s</td>", w->has_active ? h_num(w->active, buf) : "");
			h_printf(h, "<td class=\"n\">%s</td>", w->has_licensed ? h_num(w->licensed, buf) : "");
			h_printf(h, "<td class=\"n\">%s</td></tr>\n", w->has_logins ? h_num(round(w->logins * 10) / 10, buf) : "");
		}
		h_puts(h, "</table>\n");
		bool partial = false;
		for (size_t i = 0; i < m->nweeks; i++)
			partial |= m->weeks[i].in_progress;
		if (partial && m->logs_reach) {
			h_puts(h, "<p class=\"meta\">");
			h_printf(h, h_t(h, "The logs reach %s UTC: a week they do not cover to its Sunday "
					"is in progress, listed but not judged.",
					"گزارش‌های ورود تا %s UTC می‌رسند: هفته‌ای که تا یکشنبه‌اش پوشش داده "
					"نشده ناتمام است؛ نشان داده می‌شود ولی داوری نمی‌شود."), m->logs_reach);
			h_puts(h, "</p>\n");
		}
	}
	if (m->nadoption_groups) {
		h_printf(h, "<h3>%s</h3>\n<table><tr><th>%s</th><th>%s</th><th class=\"n\">%s</th><th class=\"n\">%s</th>"
			 "<th class=\"n\">%s</th></tr>\n", h_t(h, "By department and wave (last complete week)",
							 "به تفکیک واحد و موج (آخرین هفته‌ی کامل)"),
			 h_t(h, "Group", "گروه"), h_t(h, "Week", "هفته"), h_t(h, "Active rate", "نرخ فعال"),
			 h_t(h, "Active", "فعال"), h_t(h, "Licensed", "دارای مجوز"));
		for (size_t i = 0; i < m->nadoption_groups; i++) {
			const struct report_xl_adoption_group *g = &m->adoption_groups[i];
			h_esc_in(h, "<tr><td>", g->scope, "</td><td>");
			h_esc(h, g->date);
			if (g->in_progress)
				h_printf(h, " <span class=\"partial\">%s</span>",
					 h_t(h, "in progress", "هفته‌ی ناتمام"));
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
	h_puts(h, "</section>\n");
}

static void data_quality(struct html *h)
{
	const struct report_workbook *m = h->m;
	h_section(h, "data-quality", "Data quality", "کیفیت داده");
	if (!m->ndq) {
		h_missing(h, "No data-quality scans yet: 'crmready dq scan contacts.csv' profiles a CRM export.",
			"هنوز بررسی کیفیت داده‌ای نیست: 'crmready dq scan contacts.csv'.");
		h_puts(h, "</section>\n");
		return;
	}
	/* the score's parts as the metric table names them (REPORT_XL_DQ_*) */
	static const char *const part_metric[] = { METRIC_DQ_SCORE, METRIC_DQ_COMPLETENESS,
						   METRIC_DQ_DUPLICATE_RATE, METRIC_DQ_FRESHNESS };
	const char *part[REPORT_XL_DQ_PARTS];
	for (int p = 0; p < REPORT_XL_DQ_PARTS; p++)
		part[p] = p == REPORT_XL_DQ_SCORE ? h_t(h, "score", "امتیاز")
			: metric_def_label(metric_def_find(part_metric[p]), h->fa ? LANG_FA : LANG_EN);
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
		h_esc_in(h, "<h3>", m->dq[i].entity, "</h3>\n");
		html_line_chart(h, m->dq[i].entity, s, ns, 0, 1, true, NULL, NULL);
		h_printf(h, "<table><tr><th>%s</th>", h_t(h, "Scan date", "تاریخ بررسی"));
		for (int p = 0; p < REPORT_XL_DQ_PARTS; p++)
			h_printf(h, "<th class=\"n\">%s</th>", part[p]);
		h_puts(h, "</tr>\n");
		for (size_t k = i; k < end; k++) {
			h_esc_in(h, "<tr><td>", m->dq[k].date, "</td>");
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
			 h_t(h, "Fields (latest scan)", "فیلدها (آخرین بررسی)"), h_t(h, "Entity", "موجودیت"),
			 h_t(h, "Field", "فیلد"), h_t(h, "Completeness", "کامل بودن"), h_t(h, "Validity", "اعتبار"));
		for (size_t i = 0; i < m->ndq_fields; i++) {
			const struct report_xl_dq_field *f = &m->dq_fields[i];
			h_esc_in(h, "<tr><td>", f->entity, "</td><td>");
			h_esc(h, f->field);
			h_puts(h, "</td><td class=\"n\">");
			if (f->not_checked)
				h_puts(h, h_t(h, "not checked", "بررسی نشد"));
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
	struct html h = { out, m, m->lang == LANG_FA };
	h_printf(&h, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		 "<meta name=\"generator\" content=\"crmready %s\">\n<title>",
		 h.fa ? "fa" : "en", h.fa ? "rtl" : "ltr", version);
	h_esc(&h, h_t(&h, "CRM readiness and rollout report", "گزارش آمادگی و استقرار CRM"));
	if (organisation) {
		h_puts(&h, " — ");
		h_esc(&h, organisation);
	}
	h_printf(&h, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>", CSS);
	h_esc(&h, h_t(&h, "CRM readiness and rollout report", "گزارش آمادگی و استقرار CRM"));
	h_puts(&h, "</h1>\n<div class=\"meta\">");
	if (organisation) {
		h_puts(&h, "<b>");
		h_esc(&h, organisation);
		h_puts(&h, "</b> · ");
	}
	h_esc(&h, m->today);
	if (m->from || m->to) {
		h_printf(&h, " · %s ", h_t(&h, "trends", "روندها"));
		h_esc(&h, m->from ? m->from : "…");
		h_puts(&h, " – ");
		h_esc(&h, m->to ? m->to : "…");
	}
	h_puts(&h, "</div>\n<nav>");
	static const char *const ids[] = { "summary", "readiness", "gaps", "findings", "plan", "goals",
					    "adoption", "data-quality" };
	static const char *const en[] = { "Summary", "Readiness", "Gaps", "Findings", "Plan", "Goals",
					   "Adoption", "Data quality" };
	static const char *const fa[] = { "خلاصه", "آمادگی", "شکاف‌ها", "یافته‌ها", "برنامه", "اهداف",
					   "پذیرش", "کیفیت داده" };
	for (int i = 0; i < 8; i++)
		h_printf(&h, "<a href=\"#%s\">%s</a>", ids[i], h.fa ? fa[i] : en[i]);
	h_puts(&h, "</nav>\n</header>\n<main>\n");
	summary(&h);
	readiness(&h);
	gaps(&h);
	findings(&h);
	plan(&h);
	goals(&h);
	adoption(&h);
	data_quality(&h);
	h_printf(&h, "</main>\n<footer>%s crmready %s", h_t(&h, "Written by", "تهیه‌شده با"), version);
	if (m->workspace) {
		h_printf(&h, " %s ", h_t(&h, "from", "از"));
		h_esc(&h, m->workspace);
	}
	h_puts(&h, "</footer>\n</body>\n</html>\n");
	return !ferror(out);
}
