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
	bool rtl;                 /* the report's language is written right to left */
};

/* Raw markup. Numbers in the format are markup too (coordinates, sizes):
 * they stay Latin. */
void h_puts(struct html *h, const char *s);
void h_printf(struct html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text with & < > " ' escaped: every string that comes from the user's data
 * goes through here. NULL prints nothing. */
void h_esc(struct html *h, const char *s);
/* Text for the reader: fmt (a translated message) formatted with the
 * language's digits (tfmt), then escaped whole, so its %s arguments may be
 * the user's text. */
void h_text(struct html *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

enum { H_NUM_MAX = 64 };   /* a number for people in the language's digits */
/* A number for people: whole numbers without decimals, three significant
 * digits below 1, else one decimal; in the language's digits. */
const char *h_num(double v, char buf[H_NUM_MAX]);
/* One decimal always ("54.0"): scores in tables. */
const char *h_num1(double v, char buf[H_NUM_MAX]);
/* A count. */
const char *h_int(long v, char buf[H_NUM_MAX]);
/* A date (YYYY-MM-DD) as the reader's calendar and digits write it
 * (timex_show) into out; in a right-to-left report led by a LEFT-TO-RIGHT
 * MARK, so that after Arabic letters "2026-11-23" does not read
 * "23-11-2026" (its digits would take their direction). */
enum { H_DAY_MAX = 72 };
const char *h_day(const struct html *h, const char *iso, char out[H_DAY_MAX]);
/* The same, escaped into the page. */
void h_date(struct html *h, const char *iso);

/* Content text (names, titles, answers: any direction) isolated from the
 * text around it in a right-to-left report, <bdi>s</bdi>, escaped; in a
 * left-to-right one only escaped. */
void h_bdi(struct html *h, const char *s);
/* An expression written left to right ("the target: >= 20%") kept in that
 * order inside right-to-left text: <bdi dir="ltr"> in a right-to-left
 * report: true opens it, false closes it. */
void h_ltr(struct html *h, bool open);

/* A section (<section id=...><h2>title</h2>), closed by the caller; title
 * is translated. */
void h_section(struct html *h, const char *id, const char *title);
/* "What is missing" note (translated). */
void h_missing(struct html *h, const char *note);
/* s escaped between the raw markup open and close ("<td><bdi>", "</bdi></td>"). */
void h_esc_in(struct html *h, const char *open, const char *s, const char *close);

/* The background colour of a 0..100 score: red through amber to green. */
void h_score_color(double score, char out[32]);

#endif
