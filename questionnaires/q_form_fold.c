/* q_form_fold: the looser matching of form headers (after text_match_key
 * finds nothing) and what identifies a form's respondent and time. See
 * questionnaire.h. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/text.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "questionnaire.h"

/* An Arabic-script letter (Persian and Arabic): U+0600..U+06FF, two bytes
 * in UTF-8 starting 0xD8..0xDB. */
static bool arabic_at(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char)s[i];
	return i + 1 < n && c >= 0xD8 && c <= 0xDB;
}

static bool arabic_before(const char *s, size_t i)
{
	return i >= 2 && (unsigned char)s[i - 2] >= 0xD8 && (unsigned char)s[i - 2] <= 0xDB;
}

static bool ends_with(const char *w, size_t n, const char *suffix, size_t *stem)
{
	size_t k = strlen(suffix);
	if (n < k || memcmp(w + n - k, suffix, k))
		return false;
	*stem = n - k;
	return true;
}

/* One ASCII word, lower case, in the US spelling: -ise/-isation as -ize,
 * -our as -or, -yse as -yze and a few words of their own. Both sides of a
 * comparison go through it, so a word folded that needed no folding
 * (promise -> promize) still compares equal to itself. */
static void fold_word(struct sbuf *out, const char *w, size_t n)
{
	static const char *const words[][2] = {
		{ "programme", "program" }, { "programmes", "programs" }, { "centre", "center" },
		{ "centres", "centers" }, { "catalogue", "catalog" }, { "licence", "license" },
		{ "defence", "defense" }, { "dialogue", "dialog" }, { "enrol", "enroll" },
		{ "fulfil", "fulfill" }, { "judgement", "judgment" },
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strlen(words[i][0]) == n && !memcmp(w, words[i][0], n)) {
			sbuf_adds(out, words[i][1]);
			return;
		}
	static const char *const endings[] = {
		"isations", "isation", "ising", "ised", "ises", "iser", "isers", "ise",
		"yses", "ysed", "ysing", "yse",
	};
	size_t stem;
	for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
		if (ends_with(w, n, endings[i], &stem) && stem >= 3) {
			sbuf_add(out, w, stem + 1);      /* up to the i or y */
			sbuf_addc(out, 'z');
			sbuf_adds(out, endings[i] + 2);
			return;
		}
	/* behaviour, colour, favourite, labourers: "our" after 3+ letters. */
	for (size_t i = 3; i + 3 <= n; i++)
		if (!memcmp(w + i, "our", 3)) {
			sbuf_add(out, w, i);
			sbuf_addc(out, 'o');
			sbuf_add(out, w + i + 2, n - i - 2);
			return;
		}
	sbuf_add(out, w, n);
}

/* "1. ", "Q1) ", "12- ", "3: " at the start of a key: its length. */
static size_t question_number(const char *k)
{
	size_t i = 0;
	if (k[i] == 'q')
		i++;
	size_t digits = 0;
	while (isdigit((unsigned char)k[i]) && digits < 3) {
		i++;
		digits++;
	}
	if (!digits)
		return 0;
	if (k[i] == ' ')
		i++;
	if (k[i] != '.' && k[i] != ')' && k[i] != '-' && k[i] != ':')
		return 0;
	i++;
	if (k[i] != ' ')
		return 0;
	return i + 1;
}

char *q_match_loose_key(const char *s)
{
	char *key = text_match_key(s);
	size_t n = strlen(key);
	struct sbuf out;
	sbuf_init(&out);
	for (size_t i = question_number(key); i < n;) {
		unsigned char c = (unsigned char)key[i];
		/* Curly quotes as straight ones. */
		if (c == 0xE2 && i + 2 < n && (unsigned char)key[i + 1] == 0x80) {
			unsigned char t = (unsigned char)key[i + 2];
			if (t == 0x98 || t == 0x99) {
				sbuf_addc(&out, '\'');
				i += 3;
				continue;
			}
			if (t == 0x9C || t == 0x9D) {
				sbuf_addc(&out, '"');
				i += 3;
				continue;
			}
		}
		/* A space between Persian letters is a ZWNJ typed as a space, or
		 * none at all (text_match_key drops ZWNJ): the words are joined. */
		if (c == ' ' && arabic_before(key, i) && arabic_at(key, i + 1, n)) {
			i++;
			continue;
		}
		if (islower(c)) {
			size_t j = i;
			while (j < n && islower((unsigned char)key[j]))
				j++;
			/* A whole ASCII word only (not the end of an accented one). */
			if ((i == 0 || (unsigned char)key[i - 1] < 0x80) &&
			    (j == n || (unsigned char)key[j] < 0x80))
				fold_word(&out, key + i, j - i);
			else
				sbuf_add(&out, key + i, j - i);
			i = j;
			continue;
		}
		sbuf_addc(&out, (char)c);
		i++;
	}
	free(key);
	char *r = sbuf_detach(&out);
	return r ? r : xstrdup("");
}

long q_form_closest(const struct questionnaire *q, const char *header)
{
	char *key = q_match_loose_key(header);
	size_t len = utf8_len(key);
	/* A quarter of the text may differ: a word reworded or mistyped. */
	size_t limit = len / 4 < 2 ? 2 : len / 4;
	long best = -1;
	size_t best_d = limit + 1;
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct text *t = &q->questions[i].text;
		size_t nl = lang_count();
		for (size_t k = 0; k <= nl; k++) {
			const char *s = k < nl ? t->v[k] : q->questions[i].id;
			if (!s)
				continue;
			char *qk = q_match_loose_key(s);
			size_t d = text_distance(key, qk, best_d - 1 < limit ? best_d - 1 : limit);
			free(qk);
			if (d < best_d) {
				best_d = d;
				best = (long)i;
			}
		}
	}
	free(key);
	return best;
}

char *q_respondent_key(const char *name)
{
	size_t n = strlen(name);
	while (n && isspace((unsigned char)*name)) {
		name++;
		n--;
	}
	while (n && isspace((unsigned char)name[n - 1]))
		n--;
	char *k = xstrndup(name, n);
	/* An e-mail address: the same mailbox in any case. */
	if (strchr(k, '@') && !strchr(k, ' '))
		for (char *p = k; *p; p++)
			*p = (char)tolower((unsigned char)*p);
	return k;
}

bool q_form_is_time_column(const char *header)
{
	static const char *const names[] = {
		"timestamp", "completion time", "end", "submission time", "_submission_time",
		/* Persian and Arabic form exports' names (input, not messages) */
		"مهر زمان", "مهر زمانی", "زمان تکمیل", "زمان پایان",
		"الطابع الزمني", "طابع زمني", "وقت الإكمال", "وقت الانتهاء", NULL,
	};
	char *key = text_match_key(header);
	bool is = false;
	for (size_t i = 0; names[i] && !is; i++) {
		char *k = text_match_key(names[i]);
		is = !strcmp(key, k);
		free(k);
	}
	free(key);
	return is;
}

bool q_form_time(const char *s, int64_t *out)
{
	int64_t t;
	enum timex_err e = timex_parse_time(s, strlen(s), &t);
	if (e == TIMEX_OK || e == TIMEX_NO_OFFSET) {
		*out = t;
		return true;
	}
	/* Google Forms "2026/11/10 9:00:03 AM GMT+3:30", Microsoft Forms
	 * "11/10/26 9:00:00": the form's own zone throughout, so the wall
	 * time orders its rows. */
	long v[6] = {0};
	int nv = 0;
	const char *p = s;
	while (*p && nv < 6) {
		if (!isdigit((unsigned char)*p)) {
			if (!strncmp(p, "GMT", 3) || !strncmp(p, "UTC", 3))
				break;
			p++;
			continue;
		}
		char *end;
		v[nv++] = strtol(p, &end, 10);
		p = end;
	}
	if (nv < 5)
		return false;
	long y, m, d;
	if (v[0] > 31) {
		y = v[0], m = v[1], d = v[2];
	} else {
		m = v[0], d = v[1], y = v[2] < 100 ? 2000 + v[2] : v[2];
	}
	long hour = v[3];
	bool pm = strstr(s, "PM") || strstr(s, "pm") || strstr(s, "ب.ظ");
	bool am = strstr(s, "AM") || strstr(s, "am") || strstr(s, "ق.ظ");
	if ((pm || am) && hour == 12)
		hour = 0;
	if (pm)
		hour += 12;
	/* The date through the one date check; a year too long to print is no year. */
	char date[16];
	int64_t day;
	if (y < 0 || y > 99999 || m < 0 || m > 99 || d < 0 || d > 99)
		return false;
	snprintf(date, sizeof date, "%04ld-%02ld-%02ld", y, m, d);
	if (timex_parse_date(date, strlen(date), &day) != TIMEX_OK || hour > 23 || v[4] > 59 ||
	    v[5] > 60)
		return false;
	*out = day * 86400 + hour * 3600 + v[4] * 60 + v[5];
	return true;
}

/* The question whose text (English, then the other languages) has key as
 * its loose key. */
static long loose_find_key(const struct questionnaire *q, char **cache, const char *key,
			   lang_id *lang)
{
	if (!*key)
		return -1;
	size_t nl = lang_count();
	for (size_t i = 0; i < q->nquestions; i++)
		for (size_t k = 0; k < nl; k++) {
			const char *t = q->questions[i].text.v[k];
			if (!t)
				continue;
			char **c = &cache[LANG_MAX * i + k];
			if (!*c)
				*c = q_match_loose_key(t);
			if (!strcmp(*c, key)) {
				*lang = (lang_id)k;
				return (long)i;
			}
		}
	return -1;
}

long q_form_loose_find(const struct questionnaire *q, char **cache, const char *header,
		       lang_id *lang)
{
	char *key = q_match_loose_key(header);
	long found = loose_find_key(q, cache, key, lang);
	free(key);
	/* A Google Forms grid: "Title [Row]", one column per row: the row
	 * is the question, or the title and the row together are. */
	size_t n = strlen(header);
	const char *open = n && header[n - 1] == ']' ? strrchr(header, '[') : NULL;
	if (found < 0 && open && open > header) {
		char *row = xstrndup(open + 1, (size_t)(header + n - 1 - (open + 1)));
		key = q_match_loose_key(row);
		found = loose_find_key(q, cache, key, lang);
		free(key);
		if (found < 0) {
			char *whole = xasprintf("%.*s %s", (int)(open - header), header, row);
			key = q_match_loose_key(whole);
			found = loose_find_key(q, cache, key, lang);
			free(key);
			free(whole);
		}
		free(row);
	}
	return found;
}
