/* Private to the HTML report (report_html.c, html_*.c). */
#ifndef CRMREADY_HTML_INTERNAL_H
#define CRMREADY_HTML_INTERNAL_H

#include <stdbool.h>
#include <stdio.h>

#include "report.h"

struct html {
	FILE *out;
	const struct report_workbook *m;
	bool fa;
};

/* Raw markup. */
void h_puts(struct html *h, const char *s);
void h_printf(struct html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text with & < > " ' escaped: every string that comes from the user's data
 * goes through here. NULL prints nothing. */
void h_esc(struct html *h, const char *s);
/* The English or Persian text, by the report's language. */
const char *h_t(const struct html *h, const char *en, const char *fa);
/* A number for people: whole numbers without decimals, three significant
 * digits below 1, else one decimal. buf holds at least 32 bytes. */
const char *h_num(double v, char *buf);

/* One decimal always ("54.0"): scores in tables. */
const char *h_num1(double v, char *buf);

/* The background colour of a 0..100 score: red through amber to green. */
void h_score_color(double score, char out[32]);

/* ---- charts, inline SVG (html_charts.c) ---- */

void html_radar(struct html *h, const struct report_xl_assessment *m);
void html_gaps_chart(struct html *h);
void html_gantt(struct html *h);

struct html_series {
	const char *name;
	const char *color;
	size_t n;
	const long *day;          /* day numbers, ascending */
	const double *value;
	bool dashed;
};

/* A time-series line chart: x = dates, y = ymin..ymax, shown as percent
 * when pct. target, when not NULL, is drawn as a dashed horizontal line. */
void html_line_chart(struct html *h, const char *title, const struct html_series *s, size_t ns,
		     double ymin, double ymax, bool pct, const double *target, const char *target_label);

#endif
