/* The HTML report's markup helpers: raw output, escaping of the user's
 * text, numbers and dates for people, isolation of mixed-direction text,
 * sections and notes. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/timex.h"
#include "html_markup.h"

void h_puts(struct html *h, const char *s)
{
	fputs(s, h->out);
}

void h_printf(struct html *h, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(h->out, fmt, ap);
	va_end(ap);
}

void h_esc(struct html *h, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", h->out); break;
		case '<': fputs("&lt;", h->out); break;
		case '>': fputs("&gt;", h->out); break;
		case '"': fputs("&quot;", h->out); break;
		case '\'': fputs("&#39;", h->out); break;
		default:
			/* Control characters other than tab and newline are dropped
			 * (C0, DEL and the two-byte C1 U+0080..U+009F), and so are bidi
			 * embeddings, overrides and isolates: a name must not reorder
			 * the text around it. */
			if (text_bidi_control(s))
				s += 2;
			else if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] >= 0x80 &&
				 (unsigned char)s[1] <= 0x9F)
				s += 1;
			else if (((unsigned char)*s >= 0x20 && *s != 0x7F) || *s == '\t' || *s == '\n')
				fputc(*s, h->out);
		}
	}
}

void h_text(struct html *h, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = tvfmt(fmt, ap);
	va_end(ap);
	h_esc(h, s);
	free(s);
}

/* buf holds a Latin figure: rewrite it in the language's digits. */
static const char *localised(char buf[H_NUM_MAX])
{
	char *s = i18n_digits(buf);
	snprintf(buf, H_NUM_MAX, "%s", s);
	free(s);
	return buf;
}

const char *h_num(double v, char buf[H_NUM_MAX])
{
	char plain[TEXT_NUMBER_LEN];
	snprintf(buf, H_NUM_MAX, "%s", text_number(v, plain));
	return localised(buf);
}

const char *h_num1(double v, char buf[H_NUM_MAX])
{
	snprintf(buf, H_NUM_MAX, "%.1f", v);
	return localised(buf);
}

const char *h_int(long v, char buf[H_NUM_MAX])
{
	snprintf(buf, H_NUM_MAX, "%ld", v);
	return localised(buf);
}

const char *h_day(const struct html *h, const char *iso, char out[H_DAY_MAX])
{
	char shown[TIMEX_SHOW_MAX];
	timex_show(iso ? iso : "", shown);
	snprintf(out, H_DAY_MAX, "%s%s", h->rtl && *shown ? "\xe2\x80\x8e" : "", shown);
	return out;
}

void h_date(struct html *h, const char *iso)
{
	char day[H_DAY_MAX];
	h_esc(h, h_day(h, iso, day));
}

void h_bdi(struct html *h, const char *s)
{
	if (h->rtl)
		h_esc_in(h, "<bdi>", s, "</bdi>");
	else
		h_esc(h, s);
}

void h_ltr(struct html *h, bool open)
{
	if (h->rtl)
		h_puts(h, open ? "<bdi dir=\"ltr\">" : "</bdi>");
}

void h_score_color(double score, char out[32])
{
	double s = score < 0 ? 0 : score > 100 ? 100 : score;
	/* Hue 0 (red) at 20 and below to 120 (green) at 85 and above. */
	double hue = s <= 20 ? 0 : s >= 85 ? 120 : (s - 20) / 65 * 120;
	snprintf(out, 32, "hsl(%.0f,65%%,78%%)", hue);
}

void h_missing(struct html *h, const char *note)
{
	h_puts(h, "<p class=\"missing\">");
	h_esc(h, note);
	h_puts(h, "</p>\n");
}

void h_section(struct html *h, const char *id, const char *title)
{
	h_printf(h, "<section id=\"%s\">\n<h2>", id);
	h_esc(h, title);
	h_puts(h, "</h2>\n");
}

void h_esc_in(struct html *h, const char *open, const char *s, const char *close)
{
	h_puts(h, open);
	h_esc(h, s);
	h_puts(h, close);
}
