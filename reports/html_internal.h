/* Private to the HTML report (report_html.c, html_*.c): the charts. */
#ifndef CRMREADY_HTML_INTERNAL_H
#define CRMREADY_HTML_INTERNAL_H

#include "html_markup.h"

/* ---- charts, inline SVG (html_charts.c) ---- */

void html_radar(struct html *h, const struct report_xl_assessment *m);
void html_gaps_chart(struct html *h);
void html_gantt(struct html *h);

/* ---- the plan's execution (html_execution.c) ---- */
/* Each initiative's status, planned and actual or forecast end, percent
 * done, lateness and why, when anything was recorded with plan update. */
void html_plan_execution(struct html *h);

/* The latest survey round against the previous (m->has_rounds;
 * html_rounds.c). */
void html_rounds(struct html *h);
/* The plan's initiatives grouped by the six steps, with their sources
 * (html_steps.c). */
void html_plan_steps(struct html *h);

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
/* The same with x an age in weeks (day[] holds 0, 1, 2, ...), y a rate:
 * the go-live cohorts' chart. */
void html_age_chart(struct html *h, const char *title, const struct html_series *s, size_t ns);
/* The weekly series per department, wave and role, the cohorts and the
 * team league of the adoption section (html_adoption_series.c). */
void html_adoption_series(struct html *h);

/* ---- waivers and the history (html_changes.c) ---- */

/* Under a fired finding: the waiver that expired, if it had one. */
void html_waiver_expired(struct html *h, const struct report_xl_finding *f);
/* In Findings: the waived findings with owner, until and reason. */
void html_waived_findings(struct html *h);
/* The Changes section. */
void html_changes(struct html *h);
/* ---- the plan against its baseline, phase reviews (html_baseline.c) ---- */
void html_baseline(struct html *h);
/* The licence use inside the adoption section (html_licences.c). */
void html_licences(struct html *h);

/* The weekly core-active figures, when an activity log was imported
 * (html_adoption_core.c). */
void html_adoption_core_weeks(struct html *h);

#endif
