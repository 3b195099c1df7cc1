/* The HTML report's charts, as inline SVG (no script, no network): the
 * readiness radar, capability gaps (current vs target), the plan's Gantt
 * view and time-series line charts. Charts read left to right in both
 * languages (dates run forward); their labels follow the report's language. */
#include <math.h>
#include <string.h>

#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "html_internal.h"

static const double PI = 3.14159265358979323846;

/* A label cut to max code points (charts have fixed room); the full text
 * is in the element's <title>. */
static void label(struct html *h, const char *s, size_t max)
{
	size_t cps = 0, i = 0;
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xC0) != 0x80 && cps++ == max)
			break;
	}
	char buf[512];
	size_t n = i < sizeof buf - 4 ? i : sizeof buf - 4;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (s[i])
		strcpy(buf + n, "…");
	h_esc(h, buf);
}

void html_radar(struct html *h, const struct report_xl_assessment *m)
{
	size_t n = m->ndimensions;
	if (n < 3)
		return;
	const double cx = 300, cy = 210, r = 150;
	h_printf(h, "<figure class=\"chart\"><svg class=\"radar\" viewBox=\"0 10 600 400\" role=\"img\" "
		 "aria-label=\"%s\">\n", h_t(h, "Readiness by dimension", "آمادگی به تفکیک بُعد"));
	for (int ring = 1; ring <= 5; ring++) {
		h_puts(h, "<polygon class=\"grid\" points=\"");
		for (size_t i = 0; i < n; i++) {
			double a = -PI / 2 + 2 * PI * (double)i / (double)n;
			h_printf(h, "%.1f,%.1f ", cx + r * ring / 5 * cos(a), cy + r * ring / 5 * sin(a));
		}
		h_puts(h, "\"/>\n");
		if (ring < 5)
			h_printf(h, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%d</text>\n", cx + 3,
				 cy - r * ring / 5 - 2, ring * 20);
	}
	for (size_t i = 0; i < n; i++) {
		double a = -PI / 2 + 2 * PI * (double)i / (double)n;
		double x = cx + r * cos(a), y = cy + r * sin(a);
		h_printf(h, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", cx, cy, x, y);
		double lx = cx + (r + 12) * cos(a), ly = cy + (r + 12) * sin(a) + 4;
		const char *anchor = fabs(cos(a)) < 0.2 ? "middle" : cos(a) > 0 ? "start" : "end";
		if (sin(a) < -0.9)
			ly -= 4;
		else if (sin(a) > 0.9)
			ly += 8;
		h_printf(h, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"><title>", lx, ly, anchor);
		h_esc(h, m->dimensions[i].title);
		h_puts(h, "</title>");
		label(h, m->dimensions[i].title, 30);
		h_puts(h, "</text>\n");
	}
	h_puts(h, "<polygon class=\"area\" points=\"");
	for (size_t i = 0; i < n; i++) {
		double a = -PI / 2 + 2 * PI * (double)i / (double)n;
		double s = m->dimensions[i].has_score ? m->dimensions[i].score : 0;
		h_printf(h, "%.1f,%.1f ", cx + r * s / 100 * cos(a), cy + r * s / 100 * sin(a));
	}
	h_puts(h, "\"/>\n");
	for (size_t i = 0; i < n; i++) {
		if (!m->dimensions[i].has_score)
			continue;
		double a = -PI / 2 + 2 * PI * (double)i / (double)n;
		double s = m->dimensions[i].score;
		char buf[32];
		h_printf(h, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>", cx + r * s / 100 * cos(a),
			 cy + r * s / 100 * sin(a));
		h_esc(h, m->dimensions[i].title);
		h_printf(h, ": %s</title></circle>\n", h_num(round(s * 10) / 10, buf));
	}
	h_puts(h, "</svg></figure>\n");
}

void html_gaps_chart(struct html *h)
{
	const struct report_workbook *m = h->m;
	size_t n = m->ncapabilities;
	if (!n)
		return;
	const double left = 230, width = 340, row = 24, top = 30;
	double height = top + row * (double)n + 30;
	h_printf(h, "<figure class=\"chart narrow\"><svg class=\"bars\" viewBox=\"0 0 640 %.0f\" role=\"img\" "
		 "aria-label=\"%s\">\n", height, h_t(h, "Capability maturity: current and target",
						    "بلوغ قابلیت‌ها: فعلی و هدف"));
	for (int lv = 0; lv <= Q_LEVEL_MAX; lv++) {
		double x = left + width * lv / Q_LEVEL_MAX;
		h_printf(h, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%d</text>\n",
			 x, top - 6, x, top + row * (double)n, x, top - 10, lv);
	}
	for (size_t i = 0; i < n; i++) {
		const struct report_xl_capability *c = &m->capabilities[i];
		double y = top + row * (double)i;
		h_printf(h, "<text class=\"label\" x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\"><title>", left - 8, y + 16);
		h_esc(h, c->title);
		h_puts(h, "</title>");
		label(h, c->title, 32);
		h_puts(h, "</text>\n");
		char a[32], b[32], g[32];
		if (c->has_current) {
			h_printf(h, "<rect class=\"current\" x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"14\">"
				 "<title>%s %s, %s %s, %s %s</title></rect>\n", left, y + 5, width * c->current / Q_LEVEL_MAX,
				 h_t(h, "current", "فعلی"), h_num(round(c->current * 10) / 10, a),
				 h_t(h, "target", "هدف"), h_num(c->target, b), h_t(h, "gap", "شکاف"),
				 h_num(round(c->gap * 10) / 10, g));
			if (c->gap > 0)
				h_printf(h, "<rect class=\"gap\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\"/>\n",
					 left + width * c->current / Q_LEVEL_MAX, y + 5, width * c->gap / Q_LEVEL_MAX);
		}
		h_printf(h, "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
			 left + width * c->target / Q_LEVEL_MAX, y + 2, left + width * c->target / Q_LEVEL_MAX, y + 22);
		if (c->has_current)
			h_printf(h, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>\n",
				 left + width * (c->current > c->target ? c->current : c->target) / Q_LEVEL_MAX + 6,
				 y + 16, h_num1(c->current, a));
	}
	double ly = top + row * (double)n + 20;
	h_printf(h, "<rect class=\"current\" x=\"%.0f\" y=\"%.1f\" width=\"12\" height=\"10\"/>"
		 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\">%s</text>", left, ly - 9, left + 16, ly,
		 h_t(h, "current maturity", "بلوغ فعلی"));
	h_printf(h, "<rect class=\"gap\" x=\"%.0f\" y=\"%.1f\" width=\"12\" height=\"10\"/>"
		 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\">%s</text>", left + 130, ly - 9, left + 146, ly,
		 h_t(h, "gap", "شکاف"));
	h_printf(h, "<line class=\"target\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
		 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\">%s</text>\n", left + 210, ly - 10, left + 210, ly + 1,
		 left + 216, ly, h_t(h, "target", "هدف"));
	h_puts(h, "</svg></figure>\n");
}

static long day_of(const char *date)
{
	long d = 0;
	if (!date || !plan_date_parse(date, &d))
		return 0;
	return d;
}

/* Month ticks (the 1st of each month) between two day numbers. */
static void month_ticks(struct html *h, long from, long to, double left, double width,
			double top, double bottom)
{
	long span = to - from > 0 ? to - from : 1;
	char date[11];
	plan_date_format(from, date);
	int y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
	int mo = (date[5] - '0') * 10 + (date[6] - '0');
	int every = span > 700 ? 3 : span > 365 ? 2 : 1;
	for (int k = 0; k < 60; k++) {
		if (++mo > 12) {
			mo = 1;
			y++;
		}
		char s[32];
		snprintf(s, sizeof s, "%04d-%02d-01", y, mo);
		long d = day_of(s);
		if (d > to)
			break;
		if ((mo - 1) % every)
			continue;
		double x = left + width * (double)(d - from) / (double)span;
		h_printf(h, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\"/>"
			 "<text class=\"tick\" x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%.7s</text>\n",
			 x, top, x, bottom, x, top - 5, s);
	}
}

struct gantt {
	double left, width, row, top;     /* the bars' area and a row's height */
	long from, span;                  /* its first day and its days */
};

/* One row of the Gantt view: a phase or an initiative, its label cut to fit
 * (whole in the <title>) and its bar from start to end. */
static void gantt_row(struct html *h, const struct gantt *g, size_t r, bool phase, const char *title,
		      const char *start, const char *end)
{
	double y = g->top + g->row * (double)r;
	double x0 = g->left + g->width * (double)(day_of(start) - g->from) / (double)g->span;
	double x1 = g->left + g->width * (double)(day_of(end) - g->from + 1) / (double)g->span;
	if (phase)
		h_printf(h, "<rect class=\"band\" x=\"0\" y=\"%.1f\" width=\"960\" height=\"%.0f\"/>", y, g->row);
	h_printf(h, "<text class=\"%s\" x=\"%d\" y=\"%.1f\"><title>", phase ? "phase" : "label", phase ? 4 : 14,
		 y + 12.5);
	h_esc(h, title);
	h_puts(h, "</title>");
	label(h, title, phase ? 40 : 46);
	h_printf(h, "</text><rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" %s><title>",
		 phase ? "phasebar" : "bar", x0, y + (phase ? 3 : 4), x1 - x0 > 1 ? x1 - x0 : 1,
		 phase ? "height=\"11\"" : "height=\"9\" rx=\"2\"");
	h_esc(h, title);
	h_printf(h, ": %s – %s</title></rect>\n", start, end);
}

void html_gantt(struct html *h)
{
	const struct report_workbook *m = h->m;
	if (!m->nphases)
		return;
	long from = day_of(m->phases[0].start), to = day_of(m->phases[0].end);
	for (size_t i = 0; i < m->nphases; i++) {
		long s = day_of(m->phases[i].start), e = day_of(m->phases[i].end);
		from = s < from ? s : from;
		to = e > to ? e : to;
	}
	const struct gantt g = { .left = 300, .width = 640, .row = 17, .top = 26, .from = from,
				 .span = to - from > 0 ? to - from : 1 };
	size_t rows = m->nphases + m->ninitiatives;
	double bottom = g.top + g.row * (double)rows;
	h_printf(h, "<figure class=\"chart gantt\"><svg viewBox=\"0 0 960 %.0f\" role=\"img\" aria-label=\"%s\">\n",
		 bottom + 10, h_t(h, "Rollout plan, Gantt view", "برنامه استقرار، نمای گانت"));
	month_ticks(h, from, to, g.left, g.width, g.top, bottom);
	size_t r = 0;
	for (size_t p = 0; p < m->nphases; p++) {
		const struct report_xl_phase *ph = &m->phases[p];
		gantt_row(h, &g, r++, true, ph->title, ph->start, ph->end);
		for (size_t i = 0; i < m->ninitiatives; i++) {
			const struct report_xl_initiative *it = &m->initiatives[i];
			if (!strcmp(it->phase, ph->id))
				gantt_row(h, &g, r++, false, it->title, it->start, it->end);
		}
	}
	long today = day_of(m->today);
	if (today >= from && today <= to) {
		double x = g.left + g.width * (double)(today - from) / (double)g.span;
		h_printf(h, "<line class=\"today\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			 "<text class=\"todaylabel\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
			 x, g.top, x, bottom, x, bottom + 9, h_t(h, "today", "امروز"));
	}
	h_puts(h, "</svg></figure>\n");
}

void html_line_chart(struct html *h, const char *title, const struct html_series *s, size_t ns,
		     double ymin, double ymax, bool pct, const double *target, const char *target_label)
{
	long from = 0, to = 0;
	bool any = false;
	for (size_t k = 0; k < ns; k++)
		for (size_t i = 0; i < s[k].n; i++) {
			if (!any || s[k].day[i] < from)
				from = s[k].day[i];
			if (!any || s[k].day[i] > to)
				to = s[k].day[i];
			any = true;
		}
	if (!any)
		return;
	if (to == from) {
		from -= 7;
		to += 7;
	}
	const double left = 56, width = 600, top = 16, height = 220;
	double span = (double)(to - from);
	h_printf(h, "<figure class=\"chart\"><svg class=\"line\" viewBox=\"0 0 840 %.0f\" role=\"img\" aria-label=\"",
		 top + height + 40);
	h_esc(h, title);
	h_puts(h, "\">\n");
	for (int t = 0; t <= 4; t++) {
		double v = ymin + (ymax - ymin) * t / 4;
		double y = top + height - height * t / 4;
		char buf[32];
		h_printf(h, "<line class=\"grid\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%s%s</text>\n",
			 left, y, left + width, y, left - 6, y + 4, h_num(pct ? v * 100 : v, buf), pct ? "%" : "");
	}
	/* Date ticks: at most 8, on the series' own dates. */
	size_t longest = 0;
	for (size_t k = 1; k < ns; k++)
		if (s[k].n > s[longest].n)
			longest = k;
	size_t step = s[longest].n > 8 ? (s[longest].n + 7) / 8 : 1;
	for (size_t i = 0; i < s[longest].n; i += step) {
		char date[11];
		plan_date_format(s[longest].day[i], date);
		double x = left + width * (double)(s[longest].day[i] - from) / span;
		h_printf(h, "<text class=\"tick\" x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n",
			 x, top + height + 16, date + 5);
	}
	#define Y(v) (top + height - height * (((v) < ymin ? ymin : (v) > ymax ? ymax : (v)) - ymin) / (ymax - ymin))
	if (target) {
		char buf[32];
		h_printf(h, "<line class=\"targetline\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\">", left, Y(*target), left + width, Y(*target),
			 left + width + 6, Y(*target) + 4);
		h_esc(h, target_label);
		h_printf(h, " %s%s</text>\n", h_num(pct ? *target * 100 : *target, buf), pct ? "%" : "");
	}
	for (size_t k = 0; k < ns; k++) {
		h_printf(h, "<polyline class=\"series%s\" style=\"stroke:%s\" points=\"", s[k].dashed ? " dashed" : "",
			 s[k].color);
		for (size_t i = 0; i < s[k].n; i++)
			h_printf(h, "%.1f,%.1f ", left + width * (double)(s[k].day[i] - from) / span, Y(s[k].value[i]));
		h_puts(h, "\"/>\n");
		for (size_t i = 0; i < s[k].n; i++) {
			char date[11], buf[32];
			plan_date_format(s[k].day[i], date);
			h_printf(h, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" style=\"fill:%s\"><title>",
				 left + width * (double)(s[k].day[i] - from) / span, Y(s[k].value[i]), s[k].color);
			h_esc(h, s[k].name);
			double v = pct ? s[k].value[i] * 100 : s[k].value[i];
			h_printf(h, " %s: %s%s</title></circle>\n", date, h_num(round(v * 10) / 10, buf), pct ? "%" : "");
		}
		/* The legend, at the right. */
		double ly = top + 14 + 18 * (double)k + (target ? 24 : 0);
		h_printf(h, "<line class=\"series%s\" style=\"stroke:%s\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\">", s[k].dashed ? " dashed" : "", s[k].color,
			 left + width + 8, ly, left + width + 26, ly, left + width + 30, ly + 4);
		label(h, s[k].name, 22);
		h_puts(h, "</text>\n");
	}
	#undef Y
	h_puts(h, "</svg></figure>\n");
}
