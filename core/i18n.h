/* i18n: the languages crmready speaks and its message catalogue.
 *
 * English is the source language: every message is written in English in
 * the code, marked with _() (or N_() where it is only named, trn() where it
 * has a plural, trc() where the same English needs a context). Every other
 * language is one gettext catalogue, po/<code>.po, compiled by msgfmt at
 * build time and embedded in the binary; adding a language is adding that
 * file (and the content's YAML keys), not code. The catalogue's header says
 * how the language is written:
 *
 *   Language: fa
 *   Plural-Forms: nplurals=2; plural=(n > 1);
 *   X-Crmready-Name: فارسی            the language's own name
 *   X-Crmready-Direction: rtl         rtl or ltr (default ltr)
 *   X-Crmready-Calendar: persian      an ICU calendar (default gregorian)
 *   X-Crmready-Digits: arabext        an ICU numbering system (default latn)
 *
 * One language is in use at a time (i18n_use, once, from the command line);
 * messages follow it. Content text (struct text) is chosen by the lang_id
 * passed to text_get. */
#ifndef CRMREADY_I18N_H
#define CRMREADY_I18N_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* A language: 0 is English; the others are numbered in the order of their
 * codes. At most LANG_MAX languages. */
typedef unsigned lang_id;
#define LANG_EN 0u
#define LANG_MAX 16u

/* How many languages the binary knows (English included). */
size_t lang_count(void);

/* The language whose code is s ("en", "fa", "ar"; case-insensitive, a
 * region or encoding such as "fa_IR.UTF-8" ignored); false when unknown. */
bool lang_parse(const char *s, lang_id *out);

/* The language's code ("en"), its own name ("English"), its direction, its
 * calendar ("gregorian", "persian") and its numbering system ("latn",
 * "arabext", "arab"). An out-of-range id is English. */
const char *lang_code(lang_id l);
const char *lang_name(lang_id l);
bool lang_rtl(lang_id l);
const char *lang_calendar(lang_id l);
const char *lang_digits(lang_id l);

/* The codes of every known language as "en, ar, fa" (static). */
const char *lang_codes(void);

/* Choose the language of messages; native_digits false keeps the digits
 * formatted by tfmt() Latin whatever the language writes. */
void i18n_use(lang_id l, bool native_digits);
lang_id i18n_lang(void);
/* True when tfprintf() writes the language's own digits. */
bool i18n_native_digits(void);

/* msgid in the language in use: its translation, else msgid itself. */
const char *tr(const char *msgid) __attribute__((format_arg(1)));
/* The form of singular/plural for n in the language in use. */
const char *trn(const char *singular, const char *plural, unsigned long n)
	__attribute__((format_arg(1))) __attribute__((format_arg(2)));
/* msgid in context ctx (the same English meaning two things). */
const char *trc(const char *ctx, const char *msgid) __attribute__((format_arg(2)));

#define _(s) tr(s)
#define N_(s) s
/* A message in context c, only named here (trc(c, s) translates it where
 * it is said). */
#define NC_(c, s) s

/* What the system error errnum means, in the language in use: the common
 * errors of files and memory from the catalogue, any other (and every one
 * in English) as strerror says it. */
const char *i18n_strerror(int errnum);

/* Every msgid asked for in a language other than English that its
 * catalogue does not have is counted, and named on stderr when
 * CRMREADY_I18N_MISSING is set (the tests' check that no message is left
 * in English). */
size_t i18n_missing_count(void);

/* Formatting with the language's digits: like printf, but the digits of
 * every number converted (%d %i %u %ld %zu %f %g ...) are written in the
 * language's numbering system (Persian ۱۲۳, Arabic ١٢٣) when native digits
 * are on; %s arguments are left as they are. Positional arguments ("%2$s")
 * are supported, so a translation may reorder them. */
int tfprintf(FILE *out, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int tvfprintf(FILE *out, const char *fmt, va_list ap);
char *tfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));   /* malloc'd */
char *tvfmt(const char *fmt, va_list ap);
/* s (our own formatted figure, never user text) with its ASCII digits in
 * the language's numbering system; malloc'd. */
char *i18n_digits(const char *s);
/* Writes the digit d (0..9) of the language in use into buf (at least 5
 * bytes) and returns buf. */
const char *i18n_digit(unsigned d, char buf[5]);

/* The plural form (0..nplurals-1) for n under a gettext Plural-Forms
 * expression such as "n==1 ? 0 : 1"; -1 when the expression is malformed. */
long i18n_plural_eval(const char *expr, unsigned long n);

#endif
