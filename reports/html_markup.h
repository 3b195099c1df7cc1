/* Private to the HTML report (report_html.c, html_*.c): the markup
 * helpers every part writes through (html_markup.c). */
#ifndef CRMREADY_HTML_MARKUP_H
#define CRMREADY_HTML_MARKUP_H

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

/* A section (<section id=...><h2>title</h2>), closed by the caller. */
void h_section(struct html *h, const char *id, const char *en, const char *fa);
/* "What is missing" note, in the report's language. */
void h_missing(struct html *h, const char *en, const char *fa);
/* s escaped between the raw markup open and close ("<td><bdi>", "</bdi></td>"). */
void h_esc_in(struct html *h, const char *open, const char *s, const char *close);

/* The background colour of a 0..100 score: red through amber to green. */
void h_score_color(double score, char out[32]);

#endif
