/* text: translated strings, UTF-8 helpers and close-match suggestions. */
#ifndef CRMREADY_TEXT_H
#define CRMREADY_TEXT_H

#include <stdbool.h>
#include <stddef.h>

#include "i18n.h"

/* A text field of shipped or user content, one string per language (by
 * lang_id; NULL where the content has none): English is required, the
 * others optional. The pointers are owned by whoever loaded them (usually
 * a document arena). */
struct text {
	const char *v[LANG_MAX];
};

/* The text in lang, falling back to English (never NULL: "" when empty). */
const char *text_get(const struct text *t, lang_id lang);

/* True when s[0..n) is well-formed UTF-8 with no NUL byte. On failure *bad
 * (when not NULL) is the byte offset of the first bad sequence. */
bool utf8_valid(const char *s, size_t n, size_t *bad);

/* Number of code points in s. */
size_t utf8_len(const char *s);

/* Columns s takes on a terminal (combining marks such as the shadda and
 * format characters such as ZWNJ take none, wide characters two). */
size_t utf8_width(const char *s);

/* The byte length of the longest prefix of s that fits in cols columns. */
size_t utf8_prefix_for_width(const char *s, size_t cols);

/* True when s has a letter of a script without capitals (Arabic, Persian):
 * one space between two such words reads as a phrase, not as two table
 * headings. */
bool utf8_caseless(const char *s);

/* Levenshtein distance on code points, giving up (returning limit + 1) once
 * it is certain to exceed limit. */
size_t text_distance(const char *a, const char *b, size_t limit);

/* The candidate closest to word, or NULL when none is close enough to be a
 * plausible misspelling. cands may be NULL-terminated (n = (size_t)-1). */
const char *text_closest(const char *word, const char *const *cands, size_t n);

/* Copy of s with terminal control sequences, C0/C1 controls and bidi
 * embedding, override and isolate controls removed, and each tab made a
 * space (it would shift a table's columns): for printing user text safely,
 * so a name cannot reorder or recolour what is printed beside it. Caller
 * frees. */
char *text_sanitize(const char *s);
/* The length in bytes (3) of a bidi embedding, override or isolate control
 * (U+202A..U+202E, U+2066..U+2069) at s, else 0: user text must not carry
 * them into any output (Trojan-source style spoofing of a neighbour). */
size_t text_bidi_control(const char *s);
/* A copy of s without those controls, or NULL when s has none (the common
 * case costs no allocation). Caller frees. */
char *text_without_bidi(const char *s);
/* The same, keeping line breaks (multi-line messages). */
char *text_sanitize_lines(const char *s);

/* s with the digits a Persian or Arabic reader types made ASCII: Persian
 * (U+06F0..U+06F9) and Arabic-Indic (U+0660..U+0669) digits as 0-9, the
 * Arabic decimal separator (U+066B) as '.', the Arabic thousands separator
 * (U+066C) dropped and the Arabic percent sign (U+066A) as '%'; everything
 * else as it is. We print numbers in the reader's digits, so the reader
 * may type them back so. malloc'd. */
char *text_fold_digits(const char *s);

/* Numbers a user types (options, CSV cells): plain decimals only, no
 * leading space, hex, inf or nan; |x| <= TEXT_MAX_NUMBER; overflow
 * (1e999, 99999999999999999999) is refused, not clamped. Persian and
 * Arabic digits are read as text_fold_digits reads them. */
#define TEXT_MAX_NUMBER 1e300
bool text_parse_number(const char *s, double *out);
bool text_parse_long(const char *s, long min, long max, long *out);

/* Numbers for people, at any size (the store, JSON and CSV keep full
 * precision). text_number: whole numbers as they are ("12"), |v| < 1 in
 * three significant digits ("0.062"), others with one decimal ("12.3").
 * text_number_small: non-whole values below 10 in three significant digits
 * ("2.45", "0.062"), others with one decimal ("12.0"). Both: from 1e15 up,
 * where one decimal would print sixteen and more digits of binary noise,
 * four significant digits ("1.2e+25"); "nan", "inf" as such. Returns out. */
enum { TEXT_NUMBER_LEN = 32 };
const char *text_number(double v, char out[TEXT_NUMBER_LEN]);
const char *text_number_small(double v, char out[TEXT_NUMBER_LEN]);
/* A value shown beside a reference (a goal's latest value beside its
 * target): text_number_small(v), with more digits, up to v's full
 * precision, while it would print like ref at the same precision; so it
 * never looks equal to ref unless it is (0.8996 beside 0.9: "0.8996", not
 * "0.9"). Returns out. */
const char *text_number_beside(double v, double ref, char out[TEXT_NUMBER_LEN]);
/* The decimals, from min up to 15, that tell v from ref in a fixed-point
 * format ("%.*f", an Excel "0.00%"): the first count at which the two
 * round differently; min when they are equal or not finite. */
int text_decimals_apart(double v, double ref, int min);

/* The form of s texts are matched on (survey headers and labels,
 * department and wave names): NFKC, case folded, the Arabic yeh and kaf as
 * the Persian ones, tatweel, harakat and joiners (ZWNJ) dropped, Persian
 * and Arabic digits as ASCII, runs of spaces (U+00A0 too) as one and none
 * at either end, trailing punctuation (? . : ! * ؟ ، ...) dropped.
 * malloc'd. */
char *text_match_key(const char *s);

/* True when s matches [a-z0-9-]+ (the id syntax of every file). */
bool text_is_id(const char *s);

#endif
