/* The HTML report's charts, as inline SVG (no script, no network): the
 * readiness radar, capability gaps (current vs target), the plan's Gantt
 * view and time-series line charts. Their labels follow the report's
 * language; in a right-to-left language the charts are mirrored (labels on
 * the right, bars growing leftwards, time running from right to left, as
 * the reader reads) and every label is isolated (FSI ... PDI), so that a
 * title mixing scripts ("تدوین چشم‌انداز CRM و ...") keeps its order inside
 * the SVG, which is laid out left to right. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/timex.h"
#include "../phases/plan.h"
#include "../questionnaires/questionnaire.h"
#include "html_internal.h"

static const double PI = 3.14159265358979323846;

#define FSI "\xe2\x81\xa8"   /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\xe2\x81\xa9"   /* U+2069 POP DIRECTIONAL ISOLATE */

/* x of a chart width w wide, mirrored in a right-to-left report. */
static double mx(const struct html *h, double x, double w)
{
	return h->rtl ? w - x : x;
}

/* The left edge of a bar from x0 to x0 + len, mirrored. */
static double bar_x(const struct html *h, double x0, double len, double w)
{
	return h->rtl ? w - x0 - len : x0;
}

/* The text-anchor attribute of a text anchored at a ("start", "end",
 * "middle"; NULL: no attribute, the start) when read left to right,
 * mirrored in a right-to-left report. */
static const char *anchor(const struct html *h, const char *a)
{
	if (h->rtl && (!a || !strcmp(a, "start")))
		return " text-anchor=\"end\"";
	if (h->rtl && !strcmp(a, "end"))
		return " text-anchor=\"start\"";
	if (!a)
		return "";
	return !strcmp(a, "start") ? " text-anchor=\"start\"" : !strcmp(a, "end") ? " text-anchor=\"end\""
										: " text-anchor=\"middle\"";
}

/* Text of an SVG label: escaped, and isolated in a right-to-left report. */
static void svg_text(struct html *h, const char *s)
{
	if (h->rtl)
		h_puts(h, FSI);
	h_esc(h, s);
	if (h->rtl)
		h_puts(h, PDI);
}

/* A label cut to max code points (charts have fixed room): the logical
 * string is cut and "…" put at its logical end, then the whole isolated,
 * so the ellipsis stands where the text stops in either direction. The
 * full text is in the element's <title>. */
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
	svg_text(h, buf);
}

/* A figure for a chart: in the language's digits, as percent when pct. */
static void figure(struct html *h, double v, bool pct)
{
	char buf[H_NUM_MAX];
	h_text(h, pct ? "%s%%" : "%s", h_num(v, buf));
}

void html_radar(struct html *h, const struct report_xl_assessment *m)
{
	size_t n = m->ndimensions;
	if (n < 3)
		return;
	const double cx = 300, cy = 210, r = 150;
	h_printf(h, "<figure class=\"chart\"><svg class=\"radar\" viewBox=\"0 10 600 400\" role=\"img\" "
		 "aria-label=\"%s\">\n", _("Readiness by dimension"));
	for (int ring = 1; ring <= 5; ring++) {
		h_puts(h, "<polygon class=\"grid\" points=\"");
		for (size_t i = 0; i < n; i++) {
			double a = -PI / 2 + 2 * PI * (double)i / (double)n;
			h_printf(h, "%.1f,%.1f ", cx + r * ring / 5 * cos(a), cy + r * ring / 5 * sin(a));
		}
		h_puts(h, "\"/>\n");
		if (ring < 5) {
			char buf[H_NUM_MAX];
			h_printf(h, "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%s</text>\n", cx + 3,
				 cy - r * ring / 5 - 2, h_int(ring * 20, buf));
		}
	}
	for (size_t i = 0; i < n; i++) {
		double a = -PI / 2 + 2 * PI * (double)i / (double)n;
		double x = cx + r * cos(a), y = cy + r * sin(a);
		h_printf(h, "<line class=\"axis\" x1=\"%.0f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", cx, cy, x, y);
		double lx = cx + (r + 12) * cos(a), ly = cy + (r + 12) * sin(a) + 4;
		const char *anchor_at = fabs(cos(a)) < 0.2 ? "middle" : cos(a) > 0 ? "start" : "end";
		if (sin(a) < -0.9)
			ly -= 4;
		else if (sin(a) > 0.9)
			ly += 8;
		/* the radar is not mirrored: a label's anchor is its side */
		h_printf(h, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\"><title>", lx, ly, anchor_at);
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
		char buf[H_NUM_MAX];
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
	const double W = 640, left = 230, width = 340, row = 24, top = 30;
	double height = top + row * (double)n + 30;
	h_printf(h, "<figure class=\"chart narrow\"><svg class=\"bars\" viewBox=\"0 0 640 %.0f\" role=\"img\" "
		 "aria-label=\"%s\">\n", height, _("Capability maturity: current and target"));
	for (int lv = 0; lv <= Q_LEVEL_MAX; lv++) {
		double x = mx(h, left + width * lv / Q_LEVEL_MAX, W);
		char buf[H_NUM_MAX];
		h_printf(h, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">%s</text>\n",
			 x, top - 6, x, top + row * (double)n, x, top - 10, h_int(lv, buf));
	}
	for (size_t i = 0; i < n; i++) {
		const struct report_xl_capability *c = &m->capabilities[i];
		double y = top + row * (double)i;
		h_printf(h, "<text class=\"label\" x=\"%.0f\" y=\"%.1f\"%s><title>", mx(h, left - 8, W), y + 16,
			 anchor(h, "end"));
		h_esc(h, c->title);
		h_puts(h, "</title>");
		label(h, c->title, 32);
		h_puts(h, "</text>\n");
		char a[H_NUM_MAX], b[H_NUM_MAX], g[H_NUM_MAX];
		if (c->has_current) {
			double len = width * c->current / Q_LEVEL_MAX;
			h_printf(h, "<rect class=\"current\" x=\"%.0f\" y=\"%.1f\" width=\"%.1f\" height=\"14\">"
				 "<title>%s %s, %s %s, %s %s</title></rect>\n", bar_x(h, left, len, W), y + 5, len,
				 _("current"), h_num(round(c->current * 10) / 10, a),
				 _("target"), h_num(c->target, b), _("gap"),
				 h_num(round(c->gap * 10) / 10, g));
			if (c->gap > 0) {
				double glen = width * c->gap / Q_LEVEL_MAX;
				h_printf(h, "<rect class=\"gap\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"14\"/>\n",
					 bar_x(h, left + width * c->current / Q_LEVEL_MAX, glen, W), y + 5, glen);
			}
		}
		double tx = mx(h, left + width * c->target / Q_LEVEL_MAX, W);
		h_printf(h, "<line class=\"target\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
			 tx, y + 2, tx, y + 22);
		if (c->has_current)
			h_printf(h, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\"%s>%s</text>\n",
				 mx(h, left + width * (c->current > c->target ? c->current : c->target) / Q_LEVEL_MAX + 6, W),
				 y + 16, anchor(h, NULL), h_num1(c->current, a));
	}
	/* The legend: a swatch, then its words (after it in the reading
	 * direction). */
	double ly = top + row * (double)n + 20;
	h_printf(h, "<rect class=\"current\" x=\"%.0f\" y=\"%.1f\" width=\"12\" height=\"10\"/>"
		 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\"%s>", bar_x(h, left, 12, W), ly - 9, mx(h, left + 16, W), ly,
		 anchor(h, NULL));
	svg_text(h, _("current maturity"));
	h_printf(h, "</text><rect class=\"gap\" x=\"%.0f\" y=\"%.1f\" width=\"12\" height=\"10\"/>"
		 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\"%s>", bar_x(h, left + 130, 12, W), ly - 9,
		 mx(h, left + 146, W), ly, anchor(h, NULL));
	svg_text(h, _("gap"));
	h_printf(h, "</text><line class=\"target\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
		 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\"%s>", mx(h, left + 210, W), ly - 10, mx(h, left + 210, W),
		 ly + 1, mx(h, left + 216, W), ly, anchor(h, NULL));
	svg_text(h, _("target"));
	h_puts(h, "</text>\n</svg></figure>\n");
}

static long day_of(const char *date)
{
	long d = 0;
	if (!date || !plan_date_parse(date, &d))
		return 0;
	return d;
}

/* Whether the reader's dates are written otherwise than YYYY-MM-DD (another
 * calendar, other digits): the charts' date ticks then show the dates as
 * timex_show writes them. */
static bool dates_shown_otherwise(void)
{
	char shown[TIMEX_SHOW_MAX];
	return strcmp(timex_show("2001-02-03", shown), "2001-02-03") != 0;
}

/* Month ticks (the 1st of each month) between two day numbers: labelled
 * YYYY-MM, or with the whole date as the reader's calendar writes it (its
 * months begin elsewhere). */
static void month_ticks(struct html *h, long from, long to, double left, double width,
			double top, double bottom)
{
	long span = to - from > 0 ? to - from : 1;
	bool shown_dates = dates_shown_otherwise();
	char date[11];
	plan_date_format(from, date);
	int y = (date[0] - '0') * 1000 + (date[1] - '0') * 100 + (date[2] - '0') * 10 + (date[3] - '0');
	int mo = (date[5] - '0') * 10 + (date[6] - '0');
	int every = span > 700 ? 3 : span > 365 ? 2 : 1;
	if (shown_dates && span > 180)
		every++;   /* a whole date is wider than YYYY-MM */
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
		double x = mx(h, left + width * (double)(d - from) / (double)span, 960);
		h_printf(h, "<line class=\"grid\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\"/>"
			 "<text class=\"tick\" x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">",
			 x, top, x, bottom, x, top - 5);
		if (shown_dates) {
			char shown[TIMEX_SHOW_MAX];
			svg_text(h, timex_show(s, shown));
		} else {
			char month[8];
			snprintf(month, sizeof month, "%.7s", s);   /* YYYY-MM */
			char *digits = i18n_digits(month);
			h_puts(h, digits);
			free(digits);
		}
		h_puts(h, "</text>\n");
	}
}

struct gantt {
	double left, width, row, top;     /* the bars' area and a row's height */
	long from, span;                  /* its first day and its days */
};

enum { GANTT_WIDTH = 960 };

/* One row of the Gantt view: a phase or an initiative, its label cut to fit
 * (whole in the <title>) and its bar from start to end. */
static void gantt_row(struct html *h, const struct gantt *g, size_t r, bool phase, const char *title,
		      const char *start, const char *end)
{
	double y = g->top + g->row * (double)r;
	double x0 = g->left + g->width * (double)(day_of(start) - g->from) / (double)g->span;
	double x1 = g->left + g->width * (double)(day_of(end) - g->from + 1) / (double)g->span;
	double len = x1 - x0 > 1 ? x1 - x0 : 1;
	if (phase)
		h_printf(h, "<rect class=\"band\" x=\"0\" y=\"%.1f\" width=\"960\" height=\"%.0f\"/>", y, g->row);
	h_printf(h, "<text class=\"%s\" x=\"%d\" y=\"%.1f\"%s><title>", phase ? "phase" : "label",
		 h->rtl ? GANTT_WIDTH - (phase ? 4 : 14) : phase ? 4 : 14, y + 12.5, anchor(h, NULL));
	h_esc(h, title);
	h_puts(h, "</title>");
	label(h, title, phase ? 40 : 46);
	h_printf(h, "</text><rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" %s><title>",
		 phase ? "phasebar" : "bar", bar_x(h, x0, len, GANTT_WIDTH), y + (phase ? 3 : 4), len,
		 phase ? "height=\"11\"" : "height=\"9\" rx=\"2\"");
	h_esc(h, title);
	char a[H_DAY_MAX], b[H_DAY_MAX];
	h_printf(h, ": %s – %s</title></rect>\n", h_day(h, start, a), h_day(h, end, b));
}

/* Under an initiative's planned bar, what was done and is forecast (plan
 * update): a thin bar from its actual or forecast start to its end, solid
 * where actual, pale where forecast, red when late, with a "!" after a
 * late one. Nothing for a dropped initiative. */
static void gantt_actual(struct html *h, const struct gantt *g, size_t r,
			 const struct report_xl_initiative *it)
{
	if (it->status == PLAN_DROPPED || !it->fc_start || !it->fc_end)
		return;
	double y = g->top + g->row * (double)r;
	double x0 = g->left + g->width * (double)(day_of(it->fc_start) - g->from) / (double)g->span;
	double x1 = g->left + g->width * (double)(day_of(it->fc_end) - g->from + 1) / (double)g->span;
	double len = x1 - x0 > 1 ? x1 - x0 : 1;
	const char *cls = it->late != PLAN_ON_TIME ? "late" : it->end_forecast ? "forecast" : "actual";
	h_printf(h, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"3\"><title>",
		 cls, bar_x(h, x0, len, GANTT_WIDTH), y + 13.5, len);
	h_esc(h, it->title);
	char a[H_DAY_MAX], b[H_DAY_MAX];
	h_printf(h, ": %s%s – %s%s", it->start_forecast ? "~" : "", h_day(h, it->fc_start, a),
		 it->end_forecast ? "~" : "", h_day(h, it->fc_end, b));
	if (it->late_text) {
		h_puts(h, " (");
		h_esc(h, it->late_text);
		h_puts(h, ")");
	}
	h_puts(h, "</title></rect>");
	if (it->late != PLAN_ON_TIME) {
		double x = mx(h, x0 + len + 3, GANTT_WIDTH);
		h_printf(h, "<text class=\"latemark\" x=\"%.1f\" y=\"%.1f\"%s>!</text>", x, y + 12.5,
			 anchor(h, NULL));
	}
	h_puts(h, "\n");
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
	/* the actual and forecast spans fit in the chart too */
	for (size_t i = 0; m->has_execution && i < m->ninitiatives; i++) {
		const struct report_xl_initiative *it = &m->initiatives[i];
		if (it->status == PLAN_DROPPED || !it->fc_start || !it->fc_end)
			continue;
		long s = day_of(it->fc_start), e = day_of(it->fc_end) + 4;  /* room for the "!" */
		from = s < from ? s : from;
		to = e > to ? e : to;
	}
	const struct gantt g = { .left = 300, .width = 640, .row = 17, .top = 26, .from = from,
				 .span = to - from > 0 ? to - from : 1 };
	size_t rows = m->nphases + m->ninitiatives;
	double bottom = g.top + g.row * (double)rows;
	h_printf(h, "<figure class=\"chart gantt\"><svg viewBox=\"0 0 960 %.0f\" role=\"img\" aria-label=\"%s\">\n",
		 bottom + 10, _("Rollout plan, Gantt view"));
	month_ticks(h, from, to, g.left, g.width, g.top, bottom);
	size_t r = 0;
	for (size_t p = 0; p < m->nphases; p++) {
		const struct report_xl_phase *ph = &m->phases[p];
		gantt_row(h, &g, r++, true, ph->title, ph->start, ph->end);
		for (size_t i = 0; i < m->ninitiatives; i++) {
			const struct report_xl_initiative *it = &m->initiatives[i];
			if (strcmp(it->phase, ph->id))
				continue;
			gantt_row(h, &g, r, false, it->title, it->start, it->end);
			if (m->has_execution)
				gantt_actual(h, &g, r, it);
			r++;
		}
	}
	long today = day_of(m->today);
	if (today >= from && today <= to) {
		double x = mx(h, g.left + g.width * (double)(today - from) / (double)g.span, GANTT_WIDTH);
		h_printf(h, "<line class=\"today\" x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			 "<text class=\"todaylabel\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">",
			 x, g.top, x, bottom, x, bottom + 9);
		svg_text(h, _("today"));
		h_puts(h, "</text>\n");
	}
	h_puts(h, "</svg></figure>\n");
}

/* A date tick of a line chart: month and day ("11-23"), or the date as the
 * reader's calendar writes it without its year. */
static void short_date(struct html *h, long day)
{
	char date[11], shown[TIMEX_SHOW_MAX];
	plan_date_format(day, date);
	timex_show(date, shown);
	if (!strcmp(shown, date)) {
		h_puts(h, date + 5);
		return;
	}
	const char *rest = shown + strcspn(shown, "/-.");
	svg_text(h, *rest ? rest + 1 : shown);
}

/* The x of a point as its tick and tooltip say it: a date, or an age
 * (week 0, 1, ...) on an age chart. */
static void x_tick(struct html *h, long x, bool ages)
{
	if (ages)
		figure(h, (double)x, false);
	else
		short_date(h, x);
}

static void line_chart(struct html *h, const char *title, const struct html_series *s, size_t ns,
		       double ymin, double ymax, bool pct, const double *target,
		       const char *target_label, bool ages);

void html_line_chart(struct html *h, const char *title, const struct html_series *s, size_t ns,
		     double ymin, double ymax, bool pct, const double *target, const char *target_label)
{
	line_chart(h, title, s, ns, ymin, ymax, pct, target, target_label, false);
}

void html_age_chart(struct html *h, const char *title, const struct html_series *s, size_t ns)
{
	line_chart(h, title, s, ns, 0, 1, true, NULL, NULL, true);
}

static void line_chart(struct html *h, const char *title, const struct html_series *s, size_t ns,
		       double ymin, double ymax, bool pct, const double *target,
		       const char *target_label, bool ages)
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
		from -= ages ? 1 : 7;
		to += ages ? 1 : 7;
	}
	const double W = 840, left = 56, width = 600, top = 16, height = 220;
	double span = (double)(to - from);
	h_printf(h, "<figure class=\"chart\"><svg class=\"line\" viewBox=\"0 0 840 %.0f\" role=\"img\" aria-label=\"",
		 top + height + 40);
	h_esc(h, title);
	h_puts(h, "\">\n");
	for (int t = 0; t <= 4; t++) {
		double v = ymin + (ymax - ymin) * t / 4;
		double y = top + height - height * t / 4;
		h_printf(h, "<line class=\"grid\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\"%s>",
			 mx(h, left, W), y, mx(h, left + width, W), y, mx(h, left - 6, W), y + 4, anchor(h, "end"));
		figure(h, pct ? v * 100 : v, pct);
		h_puts(h, "</text>\n");
	}
	/* Date ticks: at most 8, on the series' own dates. */
	size_t longest = 0;
	for (size_t k = 1; k < ns; k++)
		if (s[k].n > s[longest].n)
			longest = k;
	size_t step = s[longest].n > 8 ? (s[longest].n + 7) / 8 : 1;
	#define X(day) mx(h, left + width * (double)((day) - from) / span, W)
	for (size_t i = 0; i < s[longest].n; i += step) {
		h_printf(h, "<text class=\"tick\" x=\"%.1f\" y=\"%.0f\" text-anchor=\"middle\">",
			 X(s[longest].day[i]), top + height + 16);
		x_tick(h, s[longest].day[i], ages);
		h_puts(h, "</text>\n");
	}
	#define Y(v) (top + height - height * (((v) < ymin ? ymin : (v) > ymax ? ymax : (v)) - ymin) / (ymax - ymin))
	if (target) {
		h_printf(h, "<line class=\"targetline\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\"%s>", mx(h, left, W), Y(*target),
			 mx(h, left + width, W), Y(*target), mx(h, left + width + 6, W), Y(*target) + 4, anchor(h, NULL));
		if (h->rtl)
			h_puts(h, FSI);
		h_esc(h, target_label);
		h_puts(h, " ");
		figure(h, pct ? *target * 100 : *target, pct);
		if (h->rtl)
			h_puts(h, PDI);
		h_puts(h, "</text>\n");
	}
	for (size_t k = 0; k < ns; k++) {
		h_printf(h, "<polyline class=\"series%s\" style=\"stroke:%s\" points=\"", s[k].dashed ? " dashed" : "",
			 s[k].color);
		for (size_t i = 0; i < s[k].n; i++)
			h_printf(h, "%.1f,%.1f ", X(s[k].day[i]), Y(s[k].value[i]));
		h_puts(h, "\"/>\n");
		for (size_t i = 0; i < s[k].n; i++) {
			char date[11], shown[H_DAY_MAX];
			plan_date_format(s[k].day[i], date);
			h_printf(h, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" style=\"fill:%s\"><title>",
				 X(s[k].day[i]), Y(s[k].value[i]), s[k].color);
			h_esc(h, s[k].name);
			double v = pct ? s[k].value[i] * 100 : s[k].value[i];
			if (ages) {
				char *week = tfmt(_("week %ld"), s[k].day[i]);
				h_puts(h, " ");
				h_esc(h, week);
				h_puts(h, ": ");
				free(week);
			} else {
				h_printf(h, " %s: ", h_day(h, date, shown));
			}
			figure(h, round(v * 10) / 10, pct);
			h_puts(h, "</title></circle>\n");
		}
		/* The legend, after the plot in the reading direction. */
		double ly = top + 14 + 18 * (double)k + (target ? 24 : 0);
		h_printf(h, "<line class=\"series%s\" style=\"stroke:%s\" x1=\"%.0f\" y1=\"%.1f\" x2=\"%.0f\" y2=\"%.1f\"/>"
			 "<text class=\"tick\" x=\"%.0f\" y=\"%.1f\"%s>", s[k].dashed ? " dashed" : "", s[k].color,
			 mx(h, left + width + 8, W), ly, mx(h, left + width + 26, W), ly, mx(h, left + width + 30, W),
			 ly + 4, anchor(h, NULL));
		label(h, s[k].name, 22);
		h_puts(h, "</text>\n");
	}
	#undef X
	#undef Y
	h_puts(h, "</svg></figure>\n");
}
