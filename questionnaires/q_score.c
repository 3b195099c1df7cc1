/* q_score: reading and scoring one raw answer.
 *
 * The same function serves the interactive survey, the CSV and YAML
 * imports and the assessment, so a cell that imports is always scored the
 * same way it was validated.
 */
#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/xalloc.h"
#include "q_internal.h"

/* Copy of raw without surrounding ASCII blanks, with Persian (U+06F0..9)
 * and Arabic-Indic (U+0660..9) digits turned into ASCII and the Arabic
 * decimal separator U+066B into '.'. Other bytes are kept as they are. */
static char *normalise(const char *raw)
{
	while (*raw == ' ' || *raw == '\t' || *raw == '\r' || *raw == '\n')
		raw++;
	size_t n = strlen(raw);
	while (n > 0 && (raw[n - 1] == ' ' || raw[n - 1] == '\t' || raw[n - 1] == '\r' ||
			 raw[n - 1] == '\n'))
		n--;
	char *out = xmalloc(n + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)raw[i];
		if (i + 1 < n && (c == 0xDB || c == 0xD9)) {
			unsigned char c2 = (unsigned char)raw[i + 1];
			if (c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9) {        /* U+06F0..9 */
				*o++ = (char)('0' + c2 - 0xB0);
				i++;
				continue;
			}
			if (c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9) {        /* U+0660..9 */
				*o++ = (char)('0' + c2 - 0xA0);
				i++;
				continue;
			}
			if (c == 0xD9 && c2 == 0xAB) {                      /* U+066B */
				*o++ = '.';
				i++;
				continue;
			}
		}
		*o++ = (char)c;
	}
	*o = '\0';
	return out;
}

static bool parse_whole(const char *s, long *out)
{
	if (!*s)
		return false;
	char *end;
	long v = strtol(s, &end, 10);
	if (*end == '.') {            /* "4.0" is 4; "4.5" is not whole */
		char *p = end + 1;
		while (*p == '0')
			p++;
		if (p == end + 1 || *p)
			return false;
		end = p;
	}
	if (*end || v == LONG_MIN || v == LONG_MAX)
		return false;
	*out = v;
	return true;
}

static bool parse_number(const char *s, double *out)
{
	if (!*s)
		return false;
	char *end;
	double v = strtod(s, &end);
	if (*end || !isfinite(v))
		return false;
	/* strtod takes "inf", "nan", hex: accept only plain decimals. */
	for (const char *p = s; *p; p++)
		if (!(isdigit((unsigned char)*p) || *p == '.' || *p == '-' || *p == '+' ||
		      *p == 'e' || *p == 'E'))
			return false;
	*out = v;
	return true;
}

static bool is_na(const char *s)
{
	return !strcasecmp(s, "na") || !strcasecmp(s, "n/a");
}

/* 1 yes, 0 no, -1 neither. */
static int parse_yesno(const char *s)
{
	/* Persian بله/خیر and Arabic نعم/لا as typed (input, not messages). */
	static const char *const yes[] = { "yes", "y", "true", "1", "\xd8\xa8\xd9\x84\xd9\x87",
					   "\xd9\x86\xd8\xb9\xd9\x85", NULL };
	static const char *const no[] = { "no", "n", "false", "0", "\xd8\xae\xdb\x8c\xd8\xb1",
					  "\xd9\x84\xd8\xa7", NULL };
	for (int i = 0; yes[i]; i++)
		if (!strcasecmp(s, yes[i]))
			return 1;
	for (int i = 0; no[i]; i++)
		if (!strcasecmp(s, no[i]))
			return 0;
	return -1;
}

static long option_index(const struct q_question *qq, const char *id)
{
	for (size_t i = 0; i < qq->noptions; i++)
		if (!strcasecmp(qq->options[i].id, id))
			return (long)i;
	return -1;
}

static char *unknown_option(const struct q_question *qq, const char *id)
{
	const char **ids = xcalloc(qq->noptions + 1, sizeof *ids);
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < qq->noptions; i++) {
		ids[i] = qq->options[i].id;
		sbuf_addf(&b, "%s%s", i ? _(", ") : "", qq->options[i].id);
	}
	const char *close = text_closest(id, ids, qq->noptions);
	char *safe = text_sanitize(id);
	char *msg = close
		? tfmt(_("unknown option '%s' (did you mean '%s'?); expected one of: %s"), safe,
			    close, b.s)
		: tfmt(_("unknown option '%s'; expected one of: %s"), safe, b.s);
	free(safe);
	free(ids);
	sbuf_release(&b);
	return msg;
}

static double apply_reverse(const struct q_question *qq, double s)
{
	return qq->reverse ? 100.0 - s : s;
}

static bool scored(const struct q_question *qq, struct q_answer *out, double s, char *canonical)
{
	out->kind = Q_ANSWER_SCORED;
	out->score = apply_reverse(qq, s);
	out->canonical = canonical;
	return true;
}

/* The shortest "%g" that reads back as the same double. */
static char *format_number(double v)
{
	if (v == floor(v) && fabs(v) < 1e15)
		return xasprintf("%.0f", v);
	for (int prec = 1; prec <= 17; prec++) {
		char *s = xasprintf("%.*g", prec, v);
		if (strtod(s, NULL) == v)
			return s;
		free(s);
	}
	return xasprintf("%.17g", v);
}

bool q_parse_multi(const struct questionnaire *q, const struct q_question *qq, const char *s,
		   struct q_answer *out, char **err)
{
	bool *chosen = xcalloc(qq->noptions ? qq->noptions : 1, sizeof *chosen);
	size_t nchosen = 0;
	bool ok = true;
	const char *p = s;
	while (ok && *p) {
		size_t n = strcspn(p, ";");
		char *part = xstrndup(p, n);
		char *id = normalise(part);
		free(part);
		if (*id) {
			long k = option_index(qq, id);
			if (k < 0) {
				*err = unknown_option(qq, id);
				ok = false;
			} else if (chosen[k]) {
				*err = tfmt(_("option '%s' is given twice"), qq->options[k].id);
				ok = false;
			} else {
				chosen[k] = true;
				nchosen++;
			}
		}
		free(id);
		p += n;
		if (*p == ';')
			p++;
	}
	if (ok) {
		if (nchosen == 0) {
			out->kind = Q_ANSWER_EMPTY;
			out->canonical = xstrdup("");
		} else {
			/* Canonical form lists the options in file order. */
			struct sbuf b;
			sbuf_init(&b);
			double sum = 0;
			for (size_t i = 0; i < qq->noptions; i++)
				if (chosen[i]) {
					sbuf_addf(&b, "%s%s", b.len ? ";" : "", qq->options[i].id);
					sum += qq->options[i].score;
				}
			scored(qq, out, sum > 100 ? 100 : sum, sbuf_detach(&b));
		}
	}
	free(chosen);
	return ok;
}

bool q_parse_band(const struct questionnaire *q, const struct q_question *qq, const char *s,
		  struct q_answer *out, char **err)
{
	double v;
	if (!parse_number(s, &v)) {
		char *safe = text_sanitize(s);
		*err = tfmt(_("found '%s', expected a number"), safe);
		free(safe);
		return false;
	}
	for (size_t i = 0; i < qq->nbands; i++)
		if (!qq->bands[i].has_max || v <= qq->bands[i].max)
			return scored(qq, out, qq->bands[i].score, format_number(v));
	char *num = format_number(v);
	*err = qq->nbands
		? tfmt(_("%s is above every band (the largest is %g)"), num, qq->bands[qq->nbands - 1].max)
		: tfmt(_("%s: the question has no bands"), num);
	free(num);
	return false;
}

/* likert and level: a whole number in the question's range. */
bool q_parse_ranged(const struct questionnaire *q, const struct q_question *qq, const char *s,
		    struct q_answer *out, char **err)
{
	long v, lo, hi;
	bool level = q_type_info(qq->type)->capability;
	q_answer_range(q, qq, &lo, &hi);
	if (!parse_whole(s, &v) || v < lo || v > hi) {
		char *safe = text_sanitize(s);
		*err = level ? tfmt(qq->na ? _("found '%s', expected a maturity level %ld..%ld or na")
					   : _("found '%s', expected a maturity level %ld..%ld"), safe, lo, hi)
			     : tfmt(qq->na ? _("found '%s', expected a whole number %ld..%ld or na")
					   : _("found '%s', expected a whole number %ld..%ld"), safe, lo, hi);
		free(safe);
		return false;
	}
	if (level) {
		out->kind = Q_ANSWER_LEVEL;
		out->level = (double)v;
		/* Maturity also reads as a 0..100 score for the dimension. */
		out->score = (double)(v - lo) / (double)(hi - lo) * 100.0;
		out->canonical = xasprintf("%ld", v);
		return true;
	}
	return scored(qq, out, (double)(v - lo) / (double)(hi - lo) * 100.0, xasprintf("%ld", v));
}

bool q_parse_yesno(const struct questionnaire *q, const struct q_question *qq, const char *s,
		   struct q_answer *out, char **err)
{
	int yn = parse_yesno(s);
	if (yn < 0) {
		char *safe = text_sanitize(s);
		*err = tfmt(qq->na ? _("found '%s', expected yes or no or na")
				   : _("found '%s', expected yes or no"), safe);
		free(safe);
		return false;
	}
	return scored(qq, out, yn ? 100 : 0, xstrdup(yn ? "yes" : "no"));
}

bool q_parse_choice(const struct questionnaire *q, const struct q_question *qq, const char *s,
		    struct q_answer *out, char **err)
{
	long k = option_index(qq, s);
	if (k < 0) {
		*err = unknown_option(qq, s);
		return false;
	}
	return scored(qq, out, qq->options[k].score, xstrdup(qq->options[k].id));
}

bool q_parse_text(const struct questionnaire *q, const struct q_question *qq, const char *s,
		  struct q_answer *out, char **err)
{
	out->kind = Q_ANSWER_UNSCORED;
	out->canonical = xstrdup(s);
	return true;
}

bool q_answer_parse(const struct questionnaire *q, const struct q_question *qq,
		    const char *raw, struct q_answer *out, char **err)
{
	memset(out, 0, sizeof *out);
	*err = NULL;
	char *s = normalise(raw ? raw : "");
	bool ok = true;
	if (!*s) {
		out->kind = Q_ANSWER_EMPTY;
		out->canonical = s;
		return true;
	}
	if (is_na(s)) {
		if (!qq->na) {
			*err = xstrdup(_("'na' (not applicable) is not allowed for this question"));
			ok = false;
		} else {
			out->kind = Q_ANSWER_NA;
			out->canonical = xstrdup("na");
		}
		free(s);
		return ok;
	}
	ok = q_type_info(qq->type)->parse(q, qq, s, out, err);
	free(s);
	if (!ok) {
		free(out->canonical);
		memset(out, 0, sizeof *out);
	}
	return ok;
}

void q_answer_release(struct q_answer *a)
{
	free(a->canonical);
	memset(a, 0, sizeof *a);
}
