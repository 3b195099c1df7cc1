/* Unit tests of dq/: normalisers, validators, clustering, fuzzy
 * matching within blocks, checks validation. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../dq/dq_internal.h"
#include "workspace_fixture.h"

static char *fold(const char *s, unsigned flags)
{
	struct sbuf b;
	sbuf_init(&b);
	dq_fold(s, strlen(s), flags, &b);
	return sbuf_detach(&b);
}

#define ASSERT_FOLD(in, flags, want)                 \
	do {                                         \
		char *got_ = fold(in, flags);        \
		assert_string_equal(got_, want);     \
		free(got_);                          \
	} while (0)

static void dq_fold__ascii_case_punctuation_spacing__collapsed(void **state)
{
	(void)state;
	ASSERT_FOLD("  Ali   REZAEI. ", 0, "ali rezaei");
	ASSERT_FOLD("O'Brien-Smith", 0, "o brien smith");
	ASSERT_FOLD("O'Brien-Smith", DQ_FOLD_COMPACT, "obriensmith");
	ASSERT_FOLD("...", 0, "");
}

static void dq_fold__arabic_kaf_and_yeh__persian(void **state)
{
	(void)state;
	/* كريمي (Arabic kaf U+0643, yeh U+064A) == کریمی (U+06A9, U+06CC) */
	ASSERT_FOLD("\xd9\x83\xd8\xb1\xd9\x8a\xd9\x85\xd9\x8a", 0, "\xda\xa9\xd8\xb1\xdb\x8c\xd9\x85\xdb\x8c");
	/* alef maqsura U+0649 -> U+06CC */
	ASSERT_FOLD("\xd9\x85\xd9\x88\xd8\xb3\xd9\x89", 0, "\xd9\x85\xd9\x88\xd8\xb3\xdb\x8c");
}

static void dq_fold__alef_forms__plain_alef(void **state)
{
	(void)state;
	/* آ U+0622, أ U+0623, إ U+0625 -> ا U+0627 */
	ASSERT_FOLD("\xd8\xa2", 0, "\xd8\xa7");
	ASSERT_FOLD("\xd8\xa3", 0, "\xd8\xa7");
	ASSERT_FOLD("\xd8\xa5", 0, "\xd8\xa7");
}

static void dq_fold__zwnj_tatweel_harakat__removed(void **state)
{
	(void)state;
	/* می‌شود (with ZWNJ) == میشود */
	ASSERT_FOLD("\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb4\xd9\x88\xd8\xaf", 0,
		    "\xd9\x85\xdb\x8c\xd8\xb4\xd9\x88\xd8\xaf");
	/* کـریم (tatweel U+0640) == کریم */
	ASSERT_FOLD("\xda\xa9\xd9\x80\xd8\xb1\xdb\x8c\xd9\x85", 0, "\xda\xa9\xd8\xb1\xdb\x8c\xd9\x85");
	/* مُحَمَّد (damma, fatha, shadda) == محمد */
	ASSERT_FOLD("\xd9\x85\xd9\x8f\xd8\xad\xd9\x8e\xd9\x85\xd9\x91\xd8\xaf", 0,
		    "\xd9\x85\xd8\xad\xd9\x85\xd8\xaf");
}

static void dq_fold__persian_and_arabic_digits__ascii(void **state)
{
	(void)state;
	ASSERT_FOLD("\xdb\xb1\xdb\xb2\xdb\xb3", 0, "123");        /* ۱۲۳ */
	ASSERT_FOLD("\xd9\xa4\xd9\xa5\xd9\xa6", 0, "456");        /* ٤٥٦ */
}

static void dq_fold__nfkc_and_case__folded(void **state)
{
	(void)state;
	ASSERT_FOLD("\xef\xbc\xa1\xef\xbd\x82\xef\xbd\x83", 0, "abc");  /* fullwidth ＡＢＣ */
	ASSERT_FOLD("STRASSE Stra\xc3\x9f" "e", 0, "strasse strasse");   /* ß case folds to ss */
	/* Arabic presentation form of kaf U+FED9 -> U+0643 -> U+06A9 */
	ASSERT_FOLD("\xef\xbb\x99", 0, "\xda\xa9");
}

static void dq_fold_char__each_fold__as_listed(void **state)
{
	(void)state;
	assert_int_equal(dq_fold_char(0x0643), 0x06A9);
	assert_int_equal(dq_fold_char(0x064A), 0x06CC);
	assert_int_equal(dq_fold_char(0x0649), 0x06CC);
	assert_int_equal(dq_fold_char(0x0622), 0x0627);
	assert_int_equal(dq_fold_char(0x0640), 0);
	assert_int_equal(dq_fold_char(0x064B), 0);
	assert_int_equal(dq_fold_char(0x065F), 0);
	assert_int_equal(dq_fold_char(0x0670), 0);
	assert_int_equal(dq_fold_char(0x200C), 0);
	assert_int_equal(dq_fold_char(0x0660), '0');
	assert_int_equal(dq_fold_char(0x06F9), '9');
	assert_int_equal(dq_fold_char('a'), 'a');
}

static void dq_norm_email__case_and_spaces__one_key(void **state)
{
	(void)state;
	struct sbuf b;
	sbuf_init(&b);
	dq_norm_email(" Ali.Rezaei@ACME.ir ", 20, &b);
	assert_string_equal(b.s, "ali.rezaei@acme.ir");
	const char *fa = "ali\xdb\xb1@acme.ir"; /* Persian digit one */
	dq_norm_email(fa, strlen(fa), &b);
	assert_string_equal(b.s, "ali1@acme.ir");
	sbuf_release(&b);
}

static void dq_fold__accents_and_special_letters__base_letters(void **state)
{
	(void)state;
	ASSERT_FOLD("Jos\xc3\xa9 Garc\xc3\xad" "a", 0, "jose garcia");          /* José García */
	ASSERT_FOLD("Fran\xc3\xa7ois Lef\xc3\xa8vre", DQ_FOLD_COMPACT, "francoislefevre");
	ASSERT_FOLD("J\xc3\xbcrgen M\xc3\xbcller", 0, "jurgen muller");      /* Jürgen Müller */
	ASSERT_FOLD("Jose\xcc\x81", 0, "jose");                               /* e + U+0301 */
	/* dotless ı, ş; ø æ ł đ œ þ, which do not decompose; Turkish İ */
	ASSERT_FOLD("Ay\xc5\x9f" "e Y\xc4\xb1lmaz", 0, "ayse yilmaz");
	ASSERT_FOLD("S\xc3\xb8ren M\xc3\xa6rsk \xc5\x81ukasz \xc4\x90or\xc4\x91" "e", 0,
		    "soren maersk lukasz dorde");
	ASSERT_FOLD("\xc5\x93uvre \xc3\xbe\xc3\xb3r \xc4\xb0stanbul", 0, "oeuvre thor istanbul");
	/* Greek and Cyrillic marks too (ά -> α, ё -> е) */
	ASSERT_FOLD("\xce\xac \xd1\x91", 0, "\xce\xb1 \xd0\xb5");
	/* Persian and Arabic letters are not touched by it: ئ keeps its hamza
	 * as before, آ is the alef fold */
	ASSERT_FOLD("\xd8\xa2\xd8\xa6", 0, "\xd8\xa7\xd8\xa6");
	/* nor the marks of other scripts (Devanagari vowel sign) */
	ASSERT_FOLD("\xe0\xa4\xae\xe0\xa5\x8b", 0, "\xe0\xa4\xae\xe0\xa5\x8b");
}

static void dq_phone_national__international_and_national__same_number(void **state)
{
	(void)state;
	struct sbuf b;
	sbuf_init(&b);
	/* +49 171 9876543 and 0171 9876543 read with country 98: one number */
	const char *forms[] = { "+49 171 9876543", "0171 9876543", "0049 171 9876543",
				"+49 (0)171 9876543" };
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		assert_true(dq_norm_phone(forms[i], strlen(forms[i]), "98", &b));
		dq_phone_national(&b);
		assert_string_equal(b.s, "1719876543");
	}
	/* Iranian, US (1), Russian (7), UAE (971) and Italian (39, 0 kept in
	 * the number) forms */
	struct { const char *in, *want; } cases[] = {
		{ "+98 912 111 2233", "9121112233" }, { "0912 111 2233", "9121112233" },
		{ "+1 415 555 1234", "4155551234" }, { "(415) 555-1234", "4155551234" },
		{ "+7 912 345 6789", "9123456789" }, { "+971 50 123 4567", "501234567" },
		{ "050 123 4567", "501234567" }, { "+39 06 1234 5678", "612345678" },
		{ "06 1234 5678", "612345678" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_true(dq_norm_phone(cases[i].in, strlen(cases[i].in), "98", &b));
		dq_phone_national(&b);
		assert_string_equal(b.s, cases[i].want);
	}
	sbuf_release(&b);
}

static void dq_norm_phone__formats__same_e164(void **state)
{
	(void)state;
	struct sbuf b;
	sbuf_init(&b);
	const char *forms[] = { "+98 912 111 2233", "0912-111-2233", "00989121112233",
				"(+98) 9121112233", "9121112233",
				"\xdb\xb0\xdb\xb9\xdb\xb1\xdb\xb2\xdb\xb1\xdb\xb1\xdb\xb1\xdb\xb2\xdb\xb2\xdb\xb3\xdb\xb3" };
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		assert_true(dq_norm_phone(forms[i], strlen(forms[i]), "98", &b));
		assert_string_equal(b.s, "989121112233");
	}
	assert_false(dq_norm_phone("abc", 3, "98", &b));
	assert_false(dq_norm_phone("123", 3, "98", &b));
	assert_false(dq_norm_phone("0912 111 2233 ext 5", 19, "98", &b));
	sbuf_release(&b);
}

static void dq_valid_email__good_and_bad__told_apart(void **state)
{
	(void)state;
	const char *good[] = { "a@b.co", "ali.rezaei+crm@acme.example.ir", "x_y@sub-d.com" };
	const char *bad[] = { "", "ali", "ali@", "@acme.ir", "ali@@acme.ir", "ali@acme",
			      "ali@acme.i", ".ali@acme.ir", "al..i@acme.ir", "ali@-acme.ir",
			      "ali @acme.ir", "ali@acme.1r" };
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		assert_true(dq_valid_email(good[i], strlen(good[i])));
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(dq_valid_email(bad[i], strlen(bad[i])));
}

static void dq_parse_date__salesforce_forms__parsed(void **state)
{
	(void)state;
	long a, b;
	assert_true(dq_parse_date("2026-11-23", 10, &a));
	assert_true(dq_parse_date("2026-11-23T10:22:33.000Z", 24, &b));
	assert_int_equal(a, b);
	assert_true(dq_parse_date("2026-11-23T10:22:33.000+0000", 28, NULL));
	assert_true(dq_parse_date("2026-11-23 10:22", 16, NULL));
	assert_true(dq_parse_date("2024-02-29", 10, NULL));
	assert_false(dq_parse_date("2023-02-29", 10, NULL));
	assert_false(dq_parse_date("31/12/2025", 10, NULL));
	assert_false(dq_parse_date("2026-13-01", 10, NULL));
	assert_false(dq_parse_date("2026-11-23X", 11, NULL));
	/* freshness arithmetic: day numbers */
	long d1, d2;
	dq_parse_date("2025-11-23", 10, &d1);
	dq_parse_date("2026-11-23", 10, &d2);
	assert_int_equal(d2 - d1, 365);
	dq_parse_date("1970-01-01", 10, &d1);
	assert_int_equal(d1, 0);
}

static unsigned dist(const char *a, const char *b, unsigned limit)
{
	return dq_distance(a, strlen(a), b, strlen(b), limit);
}

static void dq_distance__edits__counted_on_code_points(void **state)
{
	(void)state;
	assert_int_equal(dist("karimi", "karimi", 1), 0);
	assert_int_equal(dist("karimi", "karimy", 1), 1);   /* substitution */
	assert_int_equal(dist("karimi", "krimi", 1), 1);    /* deletion */
	assert_int_equal(dist("karimi", "kairmi", 1), 1);   /* swap */
	assert_int_equal(dist("karimi", "kazemi", 1), 2);   /* limit + 1 */
	assert_int_equal(dist("karimi", "kazemi", 3), 2);
	assert_int_equal(dist("abc", "abcdef", 1), 2);
	/* Persian: one letter (two bytes) substituted is one edit */
	assert_int_equal(dist("\xda\xa9\xd8\xb1\xdb\x8c\xd9\x85\xdb\x8c",
			      "\xda\xa9\xd8\xb1\xdb\x8c\xd9\x85\xd8\xa7", 1), 1);
	assert_int_equal(dist("\xda\xa9\xd8\xb1\xdb\x8c\xd9\x85\xdb\x8c",
			      "\xda\xa9\xd8\xb1\xdb\x8c\xd9\x85\xd8\xa7", 2), 1);
}

static void dq_uf__chain_of_joins__one_cluster(void **state)
{
	(void)state;
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, 6);
	/* 0-1 by email, 1-2 by phone, 4-5 by name: {0,1,2} {3} {4,5} */
	assert_true(dq_uf_union(&uf, 0, 1));
	assert_true(dq_uf_union(&uf, 2, 1));
	assert_true(dq_uf_union(&uf, 4, 5));
	assert_false(dq_uf_union(&uf, 0, 2));
	assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 2));
	assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 3));
	assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 4));
	dq_uf_grow(&uf, 5000);
	assert_int_equal(dq_uf_find(&uf, 4999), 4999);
	dq_uf_release(&uf);
}

static void dq_dedupe_exact__equal_keys__joined(void **state)
{
	(void)state;
	struct dq_keys k;
	dq_keys_init(&k);
	const char *keys[] = { "a@x.ir", "", "b@x.ir", "a@x.ir", "", "a@x.ir" };
	for (size_t i = 0; i < 6; i++)
		dq_keys_push(&k, keys[i], strlen(keys[i]));
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, 6);
	uint32_t masks[6] = { 0 };
	assert_int_equal(dq_dedupe_exact(&k, &uf, masks, 1), 2);
	assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 5));
	assert_int_not_equal(dq_uf_find(&uf, 1), dq_uf_find(&uf, 4)); /* empty keys never match */
	assert_int_equal(masks[3], 1);
	assert_int_equal(masks[2], 0);
	dq_uf_release(&uf);
	dq_keys_release(&k);
}

static void dq_dedupe_fuzzy__one_edit__only_within_a_block(void **state)
{
	(void)state;
	struct dq_keys k;
	dq_keys_init(&k);
	/* 0,1: same account, one edit; 2: one edit from 0 but another account;
	 * 3: same account, two edits; 4: short name one edit from 5 (too short). */
	const char *names[] = { "sarakarimi", "sarakarimy", "sarakarimu", "sarakazemi", "alix", "aliy" };
	uint64_t acc[] = { 1, 1, 2, 1, 1, 1 };
	for (size_t i = 0; i < 6; i++)
		dq_keys_push(&k, names[i], strlen(names[i]));
	uint64_t *blocks[] = { acc };
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, 6);
	uint32_t masks[6] = { 0 };
	dq_dedupe_fuzzy(&k, blocks, 1, 1, 6, &uf, masks, 4);
	assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 1));
	assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 2));
	assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 3));
	assert_int_not_equal(dq_uf_find(&uf, 4), dq_uf_find(&uf, 5));
	assert_int_equal(masks[1], 4);
	dq_uf_release(&uf);
	dq_keys_release(&k);
}

static void dq_vetoed__different_accounts_conflicting_evidence__apart(void **state)
{
	(void)state;
	/* records: 0 and 1 at accounts 1, 2 with different phones and
	 * addresses (vetoed); 2 at account 1 (same account: never); 3 at
	 * account 3 with 0's phone (agrees: not vetoed); 4 with no account;
	 * 5 at account 4 with nothing to compare (no conflict); 6 at account 5,
	 * another address of the same name form as 0's (agrees). */
	uint64_t acc[] = { 1, 2, 1, 3, 0, 4, 5 };
	uint32_t phone[] = { 11, 12, 13, 11, 14, 0, 0 };
	uint32_t mail[] = { 21, 22, 23, 24, 25, 0, 26 };
	uint32_t form[] = { 31, 32, 33, 34, 35, 0, 31 };
	const uint32_t *ev[] = { phone, mail };
	const uint32_t *alike[] = { NULL, form };
	struct dq_veto v = { acc, ev, alike, 2 };
	assert_true(dq_vetoed(&v, 0, 1));
	assert_false(dq_vetoed(&v, 0, 2));
	assert_false(dq_vetoed(&v, 0, 3));
	assert_false(dq_vetoed(&v, 0, 4));
	assert_false(dq_vetoed(&v, 0, 5));
	assert_false(dq_vetoed(&v, 0, 6));
	assert_true(dq_vetoed(&v, 1, 6));
	assert_false(dq_vetoed(NULL, 0, 1));
}

static void dq_dedupe_fuzzy_blocks__swapped_and_vetoed__as_told(void **state)
{
	(void)state;
	/* One block (value 5). Hannah Kowalski / Kowalski Hannah: the same
	 * sorted words, joined. Reza Ahmadi twice at accounts 1 and 2 with
	 * conflicting phones: the veto keeps equal names apart; a third at
	 * account 1 with the first's phone joins it, not the second. */
	const char *names[] = { "hannahkowalski", "kowalskihannah", "rezaahmadi", "rezaahmadi",
				"rezaahmadi", "hannahkowalsky" };
	uint32_t swapped[] = { 100, 100, 200, 200, 200, 300 };
	uint64_t acc[] = { 9, 9, 1, 2, 1, 9 };
	uint64_t blk[] = { 5, 5, 5, 5, 5, 5 };
	uint32_t phone[] = { 0, 0, 11, 12, 11, 0 };
	const uint32_t *ev[] = { phone };
	struct dq_veto veto = { acc, ev, NULL, 1 };
	struct dq_fuzzy_more more = { swapped, &veto };
	size_t n = sizeof acc / sizeof *acc;
	struct dq_keys k;
	dq_keys_init(&k);
	for (size_t i = 0; i < n; i++)
		dq_keys_push(&k, names[i], strlen(names[i]));
	uint64_t *blocks[] = { blk };
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, n);
	uint32_t masks[6] = { 0 };
	dq_dedupe_fuzzy_blocks(&k, blocks, 0, 1, 1, 6, NULL, &more, &uf, masks, 1);
	assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 1));
	assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 5)); /* one edit */
	assert_int_not_equal(dq_uf_find(&uf, 2), dq_uf_find(&uf, 3));
	assert_int_equal(dq_uf_find(&uf, 2), dq_uf_find(&uf, 4));
	dq_uf_release(&uf);
	dq_keys_release(&k);
}

static void dq_dedupe_fuzzy_blocks__public_domain__compares_nothing(void **state)
{
	(void)state;
	/* Block 1 is the e-mail domain, block 0 the account. Domain 7: James
	 * Shah at accounts 1, 2, 3 (3 accounts, 3 contacts: public, not
	 * joined). Domain 8: Giulia Rossi/Rosi at accounts 4 and 5 (a company
	 * with a duplicate account: joined). Domain 9: 4 contacts, 3 of them
	 * at account 6 and one each at 7 and 8 -> 3 accounts for 5 contacts
	 * is more than one per two (public); domain 10: 3 accounts for 7
	 * contacts (under one per two: a company). */
	const char *names[] = { "jamesshah", "jamesshah", "jamesshah", "giuliarossi", "giuliarosi",
				"annabianchi", "annabianchi", "marcoconti", "luigiverdi", "paolosarti",
				"sarakarimi", "sarakarimy", "ninaross", "omidrazi", "lenamohr",
				"ivanpetrov", "olgasokol" };
	uint64_t acc[] = { 1, 2, 3, 4, 5, 6, 6, 6, 7, 8, 11, 12, 13, 11, 11, 11, 11 };
	uint64_t dom[] = { 7, 7, 7, 8, 8, 9, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10, 10 };
	size_t n = sizeof acc / sizeof *acc;
	struct dq_keys k;
	dq_keys_init(&k);
	for (size_t i = 0; i < n; i++)
		dq_keys_push(&k, names[i], strlen(names[i]));
	uint64_t *blocks[] = { acc, dom };
	struct dq_public_test pub[2] = { { 0 }, { .accounts = acc, .min_accounts = 3,
						  .min_share = 0.5 } };
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, n);
	uint32_t masks[17] = { 0 };
	dq_dedupe_fuzzy_blocks(&k, blocks, 1, 2, 1, 6, pub, NULL, &uf, masks, 1);
	assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 1));
	assert_int_not_equal(dq_uf_find(&uf, 1), dq_uf_find(&uf, 2));
	assert_int_equal(dq_uf_find(&uf, 3), dq_uf_find(&uf, 4));
	assert_int_not_equal(dq_uf_find(&uf, 5), dq_uf_find(&uf, 6)); /* public: not even equal names */
	assert_int_equal(dq_uf_find(&uf, 10), dq_uf_find(&uf, 11));   /* a company: joined */
	assert_int_equal(pub[1].nfound, 2);
	assert_true(pub[1].found[0].block == 7 || pub[1].found[1].block == 7);
	for (size_t i = 0; i < 2; i++)
		if (pub[1].found[i].block == 9) {
			assert_int_equal(pub[1].found[i].accounts, 3);
			assert_int_equal(pub[1].found[i].records, 5);
		}
	free(pub[1].found);
	dq_uf_release(&uf);
	dq_keys_release(&k);
}

struct keyed {
	uint64_t key;
	uint32_t tag;
};
DQ_INPLACE_SORT(sort_keyed, struct keyed, key)

static void dq_inplace_sort__random_keys__sorted_same_records(void **state)
{
	(void)state;
	/* 5,000 records, keys from a 64-bit LCG with many repeats in the low
	 * bytes (the recursion goes down to the last byte), plus small and
	 * equal keys: sorted ascending and each record still there once. */
	enum { N = 5000 };
	struct keyed *v = malloc(N * sizeof *v);
	uint64_t x = 88172645463325252ull, sum = 0, xor = 0;
	for (uint32_t i = 0; i < N; i++) {
		x = x * 6364136223846793005ull + 1442695040888963407ull;
		v[i].key = i % 7 == 0 ? (uint64_t)(i % 3) : (x & 0xFFFF0000000000FFull);
		v[i].tag = i;
		sum += v[i].key + i;
		xor ^= v[i].key * 31 + i;
	}
	sort_keyed(v, N);
	uint64_t sum2 = 0, xor2 = 0;
	for (size_t i = 0; i < N; i++) {
		if (i)
			assert_true(v[i - 1].key <= v[i].key);
		sum2 += v[i].key + v[i].tag;
		xor2 ^= v[i].key * 31 + v[i].tag;
	}
	assert_true(sum == sum2 && xor == xor2);
	free(v);
}

static void dq_dedupe_exact_hashes__equal_hashes__joined(void **state)
{
	(void)state;
	uint64_t h[] = { 5, 0, 5, 9, 0, 5, 9, 3 };
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, 8);
	uint32_t masks[8] = { 0 };
	/* 0, 2, 5 share 5 (two joins); 3, 6 share 9 (one); empty keys never. */
	assert_int_equal(dq_dedupe_exact_hashes(h, 8, &uf, masks, 2), 3);
	assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 5));
	assert_int_equal(dq_uf_find(&uf, 3), dq_uf_find(&uf, 6));
	assert_int_not_equal(dq_uf_find(&uf, 1), dq_uf_find(&uf, 4));
	assert_int_equal(masks[2], 2);
	assert_int_equal(masks[1], 0);
	assert_int_equal(masks[7], 0);
	dq_uf_release(&uf);
}

static void dq_public_list__shipped__has_national_providers(void **state)
{
	(void)state;
	size_t n;
	char **v = dq_public_list(&n);
	const char *want[] = { "gmail.com", "yahoo.fr", "web.de", "gmx.net", "libero.it", "mail.ru",
			       "yandex.ru", "orange.fr", "free.fr", "t-online.de", "qq.com", "163.com",
			       "hotmail.fr", "outlook.com" };
	assert_true(n > 200);
	for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
		bool found = false;
		for (size_t i = 0; i < n; i++)
			found = found || !strcmp(v[i], want[w]);
		if (!found)
			fail_msg("the shipped list lacks %s", want[w]);
	}
	for (size_t i = 0; i < n; i++) {
		for (const char *c = v[i]; *c; c++)
			assert_false(*c >= 'A' && *c <= 'Z'); /* lower case, as the keys */
		free(v[i]);
	}
	free(v);
}

static void dq_dedupe_fuzzy__overlapping_blocks__each_pair_decided_once(void **state)
{
	(void)state;
	/* Blocks account, domain, phone that mostly coincide (as in CRM exports):
	 * a pair met again in a later block is not joined twice, and pairs that
	 * meet only in a later block still join. */
	const char *names[] = { "sarakarimi", "sarakarimy", "sarakarimu", "sarakazemi",
				"sarakarimo", "sarakarimx" };
	uint64_t acc[] = { 1, 1, 2, 1, 3, 4 };
	uint64_t dom[] = { 5, 5, 5, 5, 0, 0 };
	uint64_t tel[] = { 8, 8, 0, 8, 7, 7 };
	uint64_t *orders[][3] = { { acc, dom, tel }, { tel, dom, acc }, { dom, acc, tel } };
	for (size_t o = 0; o < 3; o++) {
		struct dq_keys k;
		dq_keys_init(&k);
		for (size_t i = 0; i < 6; i++)
			dq_keys_push(&k, names[i], strlen(names[i]));
		struct dq_uf uf;
		dq_uf_init(&uf);
		dq_uf_grow(&uf, 6);
		uint32_t masks[6] = { 0 };
		size_t joins = dq_dedupe_fuzzy(&k, orders[o], 3, 1, 6, &uf, masks, 2);
		assert_int_equal(joins, 3);
		assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 1));
		assert_int_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 2)); /* by domain only */
		assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 3));
		assert_int_equal(dq_uf_find(&uf, 4), dq_uf_find(&uf, 5)); /* by phone only */
		assert_int_not_equal(dq_uf_find(&uf, 0), dq_uf_find(&uf, 4));
		assert_int_equal(masks[3], 0);
		assert_int_equal(masks[5], 2);
		dq_uf_release(&uf);
		dq_keys_release(&k);
	}
}

static void dq_dedupe_fuzzy__large_block__deletion_variants_find_typos(void **state)
{
	(void)state;
	/* 300 distinct names in one block (the large-block path) and one typo. */
	struct dq_keys k;
	dq_keys_init(&k);
	uint64_t *acc = xcalloc(302, sizeof *acc);
	char name[32];
	/* Every letter doubled: two names differ in at least two places. */
	for (int i = 0; i < 300; i++) {
		char x = (char)('a' + i / 26 % 26), y = (char)('a' + i % 26);
		snprintf(name, sizeof name, "%c%c%c%cname", x, x, y, y);
		dq_keys_push(&k, name, strlen(name));
		acc[i] = 9;
	}
	dq_keys_push(&k, "aggname", 7); /* record 6 "aaggname" with one letter deleted */
	acc[300] = 9;
	uint64_t *blocks[] = { acc };
	struct dq_uf uf;
	dq_uf_init(&uf);
	dq_uf_grow(&uf, 301);
	uint32_t masks[301] = { 0 };
	dq_dedupe_fuzzy(&k, blocks, 1, 1, 6, &uf, masks, 1);
	assert_int_equal(dq_uf_find(&uf, 6), dq_uf_find(&uf, 300));
	size_t joined = 0;
	for (int i = 0; i < 301; i++)
		joined += masks[i] != 0;
	assert_int_equal(joined, 2);
	free(acc);
	dq_uf_release(&uf);
	dq_keys_release(&k);
}

static bool load(const char *yaml, struct diag *d)
{
	struct dq_checks c;
	bool ok = dq_checks_load(&c, "t.yaml", yaml, strlen(yaml), d);
	if (ok)
		dq_checks_release(&c);
	return ok;
}

static bool has_msg(const struct diag *d, const char *where, const char *text)
{
	for (size_t i = 0; i < d->n; i++)
		if ((!where || (d->msgs[i].where && !strcmp(d->msgs[i].where, where))) &&
		    strstr(d->msgs[i].text, text))
			return true;
	return false;
}

static void dq_checks_load__every_error__with_positions(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	const char *yaml =
		"id: t\n"
		"fields:\n"
		"  - {column: Email, fromat: email}\n"
		"  - {column: Phone, format: emial}\n"
		"  - {column: Id, pattern: 'a(b'}\n"
		"  - {column: Name, length: {min: 5, max: 2}}\n"
		"duplicates:\n"
		"  - {name: n, match: fuzzy, columns: [Name]}\n"
		"  - {name: e, match: exakt, columns: [Email]}\n";
	assert_false(load(yaml, &d));
	assert_true(has_msg(&d, "t.yaml:3:21", "did you mean 'format'"));
	assert_true(has_msg(&d, "t.yaml:4:29", "did you mean 'email'"));
	assert_true(has_msg(&d, "t.yaml:5:31", "missing closing parenthesis"));
	assert_true(has_msg(&d, "t.yaml:6:28", "min 5 is above max 2"));
	assert_true(has_msg(&d, "t.yaml:8:5", "needs blocks"));
	assert_true(has_msg(&d, "t.yaml:9:22", "did you mean 'exact'"));
	assert_int_equal(d.errors, 6);
	diag_release(&d);
}

static void dq_checks_load__shipped_form__loads(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	const char *yaml =
		"id: t\nentity: contact\nrecord_id: Id\n"
		"fields:\n  - {column: Email, format: email}\n  - {column: Phone, format: phone, country: '98'}\n"
		"duplicates:\n  - {name: e, match: exact, columns: [Email]}\n"
		"  - {name: n, match: fuzzy, columns: [Email], blocks: [{column: Phone}]}\n"
		"freshness: {column: Email, days: 30}\n";
	struct dq_checks c;
	assert_true(dq_checks_load(&c, "t.yaml", yaml, strlen(yaml), &d));
	assert_int_equal(c.nfields, 2);
	assert_int_equal(c.nrules, 2);
	assert_string_equal(c.fields[1].country, "98");
	assert_int_equal(c.rules[1].max_distance, 1);
	assert_int_equal(c.fresh_days, 30);
	dq_checks_release(&c);
	assert_false(load("id: t\nfields: []\nfreshness: {column: X}\n", &d));
	assert_true(has_msg(&d, NULL, "fields: the list is empty"));
	assert_true(has_msg(&d, NULL, "missing the required key 'days'"));
	diag_release(&d);
}

/* dq report's model: the trend from the stored dq.* parts by date (NAN
 * where a part is missing), the entity asked for with no scan, and an
 * entity that differs only in case pointed at. */
static void dq_report_load__stored_parts__trend_by_date(void **state)
{
	(void)state;
	struct workspace_fixture *w = workspace_fixture_new();
	struct dq_report_data r;
	assert_true(dq_report_load(w->st, NULL, &r, &w->d));
	assert_null(r.entity);
	assert_int_equal(r.ntrend, 0);
	dq_report_data_release(&r);

	assert_true(store_metric_put(w->st, "dq.score", "entity=Contact", "2026-02-02", 0.8, "", &w->d));
	assert_true(store_metric_put(w->st, "dq.score", "entity=Contact", "2026-01-05", 0.6, "", &w->d));
	assert_true(store_metric_put(w->st, "dq.validity", "entity=Contact", "2026-02-02", 0.9, "", &w->d));
	assert_true(store_metric_put(w->st, "dq.score", "entity=Lead", "2026-01-05", 0.1, "", &w->d));
	struct store_dq_scan scan = { .entity = "Contact", .date = "2026-02-02", .file = "c.csv",
				      .checks = "contact", .scanned_at = "2026-02-02T00:00:00Z",
				      .records = 10, .score = 0.8 };
	long id;
	assert_true(store_dq_scan_add(w->st, &scan, &id, &w->d));

	assert_true(dq_report_load(w->st, "Contact", &r, &w->d));
	assert_true(r.has_scan);
	assert_string_equal(r.entity, "Contact");
	assert_int_equal(r.ntrend, 2);
	assert_string_equal(r.trend[0].date, "2026-01-05");
	assert_float_equal(r.trend[0].v[0], 0.6, 0);
	assert_true(isnan(r.trend[0].v[2]));
	assert_string_equal(r.trend[1].date, "2026-02-02");
	assert_float_equal(r.trend[1].v[0], 0.8, 0);
	assert_float_equal(r.trend[1].v[2], 0.9, 0);
	assert_null(r.case_differs);
	dq_report_data_release(&r);

	assert_true(dq_report_load(w->st, "contact", &r, &w->d));
	assert_false(r.has_scan);
	assert_string_equal(r.entity, "contact");
	assert_string_equal(r.case_differs, "Contact");
	assert_int_equal(r.ntrend, 0);
	dq_report_data_release(&r);
	assert_int_equal(w->d.n, 0);

	workspace_fixture_free(w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dq_report_load__stored_parts__trend_by_date),
		cmocka_unit_test(dq_fold__ascii_case_punctuation_spacing__collapsed),
		cmocka_unit_test(dq_fold__arabic_kaf_and_yeh__persian),
		cmocka_unit_test(dq_fold__alef_forms__plain_alef),
		cmocka_unit_test(dq_fold__zwnj_tatweel_harakat__removed),
		cmocka_unit_test(dq_fold__persian_and_arabic_digits__ascii),
		cmocka_unit_test(dq_fold__nfkc_and_case__folded),
		cmocka_unit_test(dq_fold_char__each_fold__as_listed),
		cmocka_unit_test(dq_norm_email__case_and_spaces__one_key),
		cmocka_unit_test(dq_norm_phone__formats__same_e164),
		cmocka_unit_test(dq_fold__accents_and_special_letters__base_letters),
		cmocka_unit_test(dq_phone_national__international_and_national__same_number),
		cmocka_unit_test(dq_valid_email__good_and_bad__told_apart),
		cmocka_unit_test(dq_parse_date__salesforce_forms__parsed),
		cmocka_unit_test(dq_distance__edits__counted_on_code_points),
		cmocka_unit_test(dq_uf__chain_of_joins__one_cluster),
		cmocka_unit_test(dq_dedupe_exact__equal_keys__joined),
		cmocka_unit_test(dq_dedupe_fuzzy__one_edit__only_within_a_block),
		cmocka_unit_test(dq_dedupe_fuzzy__overlapping_blocks__each_pair_decided_once),
		cmocka_unit_test(dq_dedupe_fuzzy_blocks__public_domain__compares_nothing),
		cmocka_unit_test(dq_vetoed__different_accounts_conflicting_evidence__apart),
		cmocka_unit_test(dq_dedupe_fuzzy_blocks__swapped_and_vetoed__as_told),
		cmocka_unit_test(dq_dedupe_exact_hashes__equal_hashes__joined),
		cmocka_unit_test(dq_inplace_sort__random_keys__sorted_same_records),
		cmocka_unit_test(dq_public_list__shipped__has_national_providers),
		cmocka_unit_test(dq_dedupe_fuzzy__large_block__deletion_variants_find_typos),
		cmocka_unit_test(dq_checks_load__every_error__with_positions),
		cmocka_unit_test(dq_checks_load__shipped_form__loads),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
