/* Unit tests of questionnaires/q_load: every validation error of a
 * questionnaire (docs/authoring-questionnaires.md) with its FILE:LINE:COL and close match, and that a file with
 * several mistakes gets all of them reported. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../questionnaires/questionnaire.h"

/* The id of Persian, from its catalogue. */
static lang_id persian(void)
{
	lang_id l = LANG_EN;
	lang_parse("fa", &l);
	return l;
}

/* tests/data/questionnaires/good.yaml, line for line. */
static const char GOOD[] =
	"# A small valid questionnaire used by the tests: every question type.\n"
	"id: mini\n"
	"version: 1\n"
	"title: {en: Mini readiness, fa: آمادگی کوچک}\n"
	"scale: {min: 1, max: 5, labels: {1: {en: Strongly disagree}, 5: {en: Strongly agree}}}\n"
	"levels:\n"
	"  - {min: 0, label: {en: Not ready}}\n"
	"  - {min: 50, label: {en: Ready}}\n"
	"dimensions:\n"
	"  - {id: leadership, title: {en: Leadership}, weight: 2}\n"
	"  - {id: data, title: Data}\n"
	"capabilities:\n"
	"  - id: opportunity-management\n"
	"    area: sales\n"
	"    title: {en: Opportunity management}\n"
	"    importance: 3\n"
	"    target: 4\n"
	"    levels: {1: Ad hoc, 2: Repeatable, 3: Defined, 4: Managed, 5: Optimised}\n"
	"questions:\n"
	"  - id: has-crm\n"
	"    dimension: data\n"
	"    type: yesno\n"
	"    text: {en: We already run a CRM., fa: ما اکنون یک CRM داریم.}\n"
	"  - id: exec-sponsor\n"
	"    dimension: leadership\n"
	"    type: likert\n"
	"    text: A named executive sponsor champions the programme.\n"
	"    weight: 2\n"
	"    required: true\n"
	"  - id: crm-age\n"
	"    dimension: data\n"
	"    type: number\n"
	"    text: How many years has the CRM been in use?\n"
	"    when: answer(\"has-crm\") == \"yes\"\n"
	"    bands:\n"
	"      - {max: 1, score: 20}\n"
	"      - {max: 5, score: 60}\n"
	"      - {score: 100}\n"
	"  - id: data-owner\n"
	"    dimension: data\n"
	"    type: choice\n"
	"    text: Who owns customer data?\n"
	"    options:\n"
	"      - {id: nobody, text: Nobody, score: 0}\n"
	"      - {id: it, text: IT, score: 50}\n"
	"      - {id: business, text: The business, score: 100}\n"
	"  - id: channels\n"
	"    dimension: data\n"
	"    type: multi\n"
	"    text: Which channels feed the CRM?\n"
	"    options:\n"
	"      - {id: web, text: Web, score: 50}\n"
	"      - {id: phone, text: Phone, score: 50}\n"
	"  - id: notes\n"
	"    dimension: data\n"
	"    type: text\n"
	"    text: Anything else?\n"
	"  - id: opp-level\n"
	"    dimension: leadership\n"
	"    type: level\n"
	"    capability: opportunity-management\n"
	"    text: How mature is opportunity management?\n";

struct fixture {
	struct diag d;
	struct questionnaire *q;
	char *src;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	diag_init(&f->d);
	f->src = xstrdup(GOOD);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	q_free(f->q);
	diag_release(&f->d);
	free(f->src);
	free(f);
	return 0;
}

/* Replace the first occurrence of from (which must be there) by to. */
static void edit(struct fixture *f, const char *from, const char *to)
{
	char *at = strstr(f->src, from);
	if (!at)
		fail_msg("the test questionnaire has no '%s'", from);
	char *s = xasprintf("%.*s%s%s", (int)(at - f->src), f->src, to, at + strlen(from));
	free(f->src);
	f->src = s;
}

static bool load(struct fixture *f)
{
	f->q = q_load_buffer("q.yaml", f->src, strlen(f->src), &f->d);
	return f->q != NULL;
}

static void assert_msgs(const struct diag *d, ...)
{
	va_list ap;
	va_start(ap, d);
	size_t i = 0;
	const char *want;
	struct sbuf all;
	sbuf_init(&all);
	for (size_t k = 0; k < d->n; k++)
		sbuf_addf(&all, "  %s: %s\n", d->msgs[k].where ? d->msgs[k].where : "-",
			  d->msgs[k].text);
	while ((want = va_arg(ap, const char *))) {
		if (i >= d->n)
			fail_msg("message %zu missing: %s\ngot:\n%s", i, want, all.s ? all.s : "");
		/* The first line: expression errors add the expression and a
		 * caret below it. */
		char *got = xasprintf("%s: %.*s", d->msgs[i].where ? d->msgs[i].where : "-",
				      (int)strcspn(d->msgs[i].text, "\n"), d->msgs[i].text);
		if (strcmp(got, want))
			fail_msg("message %zu:\n got: %s\nwant: %s\nall:\n%s", i, got, want, all.s);
		free(got);
		i++;
	}
	va_end(ap);
	if (i != d->n)
		fail_msg("%zu messages, expected %zu:\n%s", d->n, i, all.s);
	sbuf_release(&all);
}

/* Load, expect failure with exactly these messages (NULL-terminated). */
#define REFUSED(f, ...) do { \
		assert_false(load(f)); \
		assert_int_equal(diag_exit_code(&(f)->d), EXIT_DATAERR); \
		assert_msgs(&(f)->d, __VA_ARGS__, NULL); \
	} while (0)

/* ---- the valid file ---- */

static void q_load__good__every_field_read(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f));
	assert_int_equal(f->d.n, 0);
	struct questionnaire *q = f->q;
	assert_string_equal(q->id, "mini");
	assert_int_equal(q->version, 1);
	assert_string_equal(text_get(&q->title, persian()), "آمادگی کوچک");
	assert_int_equal(q->scale_min, 1);
	assert_int_equal(q->scale_max, 5);
	assert_int_equal(q->nscale_labels, 2);
	assert_string_equal(text_get(q_scale_label(q, 5), LANG_EN), "Strongly agree");
	assert_int_equal(q->nlevels, 2);
	assert_string_equal(text_get(&q_level_for(q, 49.9)->label, LANG_EN), "Not ready");
	assert_string_equal(text_get(&q_level_for(q, 50)->label, LANG_EN), "Ready");
	assert_int_equal(q->ndimensions, 2);
	assert_true(q->dimensions[0].weight == 2);
	assert_true(q->dimensions[1].weight == 1); /* default */
	assert_int_equal(q->ncapabilities, 1);
	assert_int_equal(q->capabilities[0].importance, 3);
	assert_string_equal(text_get(&q->capabilities[0].levels[4], LANG_EN), "Optimised");
	assert_int_equal(q->nquestions, 7);
	const struct q_question *qq = &q->questions[q_find_question(q, "exec-sponsor")];
	assert_true(qq->weight == 2);
	assert_true(qq->required);
	assert_true(qq->na);          /* default true */
	assert_false(qq->reverse);    /* default false */
	assert_int_equal(qq->dimension, 0);
	assert_int_equal(qq->line, 24);
	assert_int_equal(qq->col, 5);
	qq = &q->questions[q_find_question(q, "crm-age")];
	assert_string_equal(qq->when_src, "answer(\"has-crm\") == \"yes\"");
	assert_int_equal(qq->nbands, 3);
	assert_false(qq->bands[2].has_max);
	qq = &q->questions[q_find_question(q, "data-owner")];
	assert_int_equal(qq->noptions, 3);
	assert_int_equal(q_find_option(qq, "business"), 2);
	qq = &q->questions[q_find_question(q, "opp-level")];
	assert_int_equal(qq->capability, 0);
	assert_string_equal(q_type_name(qq->type), "level");
}

static void q_load__shipped_content__valid(void **state)
{
	(void)state;
	static const char *const ids[] = { "crm-readiness", "crm-capabilities" };
	for (int i = 0; i < 2; i++) {
		struct diag d;
		diag_init(&d);
		struct questionnaire *q = q_lookup(NULL, ids[i], &d);
		assert_non_null(q);
		assert_int_equal(d.n, 0);
		q_free(q);
		diag_release(&d);
	}
}

/* ---- what validation must reject ---- */

static void q_load__unknown_key__did_you_mean(void **state)
{
	struct fixture *f = *state;
	edit(f, "    weight: 2\n", "    wieght: 2\n");
	edit(f, "title: {en: Mini", "titel: {en: Mini");
	REFUSED(f, "q.yaml:4:1: unknown key 'titel' in questionnaire (did you mean 'title'?)",
		"q.yaml:2:1: questionnaire is missing the required key 'title'",
		"q.yaml:28:5: unknown key 'wieght' in question (did you mean 'weight'?)");
}

static void q_load__wrong_types__each_reported(void **state)
{
	struct fixture *f = *state;
	edit(f, "version: 1", "version: one");
	edit(f, "    weight: 2\n", "    weight: heavy\n");
	edit(f, "required: true", "required: yes");
	edit(f, "dimensions:\n", "dimensions: \n");
	edit(f, "levels: {1: Ad hoc", "levels: {1: [Ad hoc]");
	REFUSED(f, "q.yaml:3:10: version: found 'one', expected a whole number",
		"q.yaml:18:17: capability level: found a list, expected a string or a map of "
		"language to string ({en: ..., fa: ...})",
		"q.yaml:28:13: weight: found 'heavy', expected a number",
		"q.yaml:29:15: required: found 'yes', expected true or false");
}

static void q_load__duplicate_question__reported(void **state)
{
	struct fixture *f = *state;
	edit(f, "id: notes", "id: channels");
	REFUSED(f, "q.yaml:54:9: duplicate question id 'channels'");
}

static void q_load__duplicate_dimension__reported(void **state)
{
	struct fixture *f = *state;
	edit(f, "{id: data, title: Data}", "{id: data, title: Data}\n  - {id: data, title: Again}");
	REFUSED(f, "q.yaml:12:10: duplicate dimension id 'data'");
}

static void q_load__duplicate_option__reported(void **state)
{
	struct fixture *f = *state;
	edit(f, "{id: phone,", "{id: web,");
	REFUSED(f, "q.yaml:53:14: duplicate option id 'web'");
}

static void q_load__duplicate_capability__reported(void **state)
{
	struct fixture *f = *state;
	edit(f, "questions:\n", "  - {id: opportunity-management, title: X, importance: 1, target: 2, "
	     "levels: {1: a, 2: b, 3: c, 4: d, 5: e}}\nquestions:\n");
	REFUSED(f, "q.yaml:19:10: duplicate capability id 'opportunity-management'");
}

static void q_load__unknown_dimension__did_you_mean(void **state)
{
	struct fixture *f = *state;
	edit(f, "    dimension: leadership\n    type: likert", "    dimension: leadrship\n    type: likert");
	REFUSED(f, "q.yaml:25:16: unknown dimension 'leadrship' (did you mean 'leadership'?)");
}

static void q_load__when_unknown_question__did_you_mean(void **state)
{
	struct fixture *f = *state;
	edit(f, "answer(\"has-crm\")", "answer(\"has-cmr\")");
	REFUSED(f, "q.yaml:34:18: when: unknown question 'has-cmr' (did you mean 'has-crm'?)");
}

static void q_load__when_later_question__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "answer(\"has-crm\")", "answer(\"notes\")");
	REFUSED(f, "q.yaml:34:18: when: question 'notes' is asked later; a condition may only "
		"refer to earlier questions");
}

static void q_load__when_itself__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "answer(\"has-crm\")", "answer(\"crm-age\")");
	REFUSED(f, "q.yaml:34:18: when: question 'crm-age' is asked here; a condition may only "
		"refer to earlier questions");
}

static void q_load__when_unquoted_id__message(void **state)
{
	/* The message used to read "when: answer(expects ...". */
	struct fixture *f = *state;
	edit(f, "answer(\"has-crm\")", "answer(has-crm)");
	REFUSED(f, "q.yaml:34:18: ids are written in double quotes: \"has\"");
}

static void q_load__when_quoted_scalar__column_of_id(void **state)
{
	struct fixture *f = *state;
	edit(f, "when: answer(\"has-crm\") == \"yes\"",
	     "when: 'answer(\"has-crm\") == \"yes\" and share(\"zzz\", \"a\") > 0'");
	REFUSED(f, "q.yaml:34:49: when: unknown question 'zzz'");
}

static void q_load__scale_min_not_below_max__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "scale: {min: 1, max: 5, labels: {1: {en: Strongly disagree}, 5: {en: Strongly agree}}}",
	     "scale: {min: 5, max: 5}");
	REFUSED(f, "q.yaml:5:22: scale max (5) must be greater than min (5)");
}

static void q_load__scale_label_outside_scale__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "5: {en: Strongly agree}", "6: {en: Strongly agree}");
	REFUSED(f, "q.yaml:5:62: scale label: 6 is out of range, expected 1..5");
}

static void q_load__levels_not_ascending__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "{min: 50, label", "{min: 0, label");
	REFUSED(f, "q.yaml:8:11: levels must be in ascending order of min: 0 comes after 0");
}

static void q_load__first_level_above_zero__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "{min: 0, label", "{min: 10, label");
	REFUSED(f, "q.yaml:7:11: the first level must start at min 0, so that every index has "
		"a level; found 10");
}

static void q_load__negative_weights__refused(void **state)
{
	/* A dimension with a wrong weight used to be dropped, and every one of
	 * its questions reported as in an unknown dimension. */
	struct fixture *f = *state;
	edit(f, "    weight: 2\n", "    weight: -1\n");
	edit(f, "title: {en: Leadership}, weight: 2}", "title: {en: Leadership}, weight: -0.5}");
	REFUSED(f, "q.yaml:10:55: dimension weight: -0.5 is out of range, expected 0..1000",
		"q.yaml:28:13: weight: -1 is out of range, expected 0..1000");
}

static void q_load__empty_option_list__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    options:\n      - {id: web, text: Web, score: 50}\n"
	     "      - {id: phone, text: Phone, score: 50}\n", "    options: []\n");
	REFUSED(f, "q.yaml:51:14: question 'channels': options: the list is empty, expected at "
		"least one option");
}

static void q_load__choice_without_options__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    options:\n      - {id: web, text: Web, score: 50}\n"
	     "      - {id: phone, text: Phone, score: 50}\n", "");
	REFUSED(f, "q.yaml:47:5: question 'channels' of type multi needs options");
}

static void q_load__options_on_likert__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    required: true\n", "    required: true\n    options: [{id: a, text: A, score: 1}]\n");
	REFUSED(f, "q.yaml:30:14: options only apply to choice and multi questions; "
		"'exec-sponsor' is likert");
}

static void q_load__option_score_out_of_range__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "text: IT, score: 50}", "text: IT, score: 150}");
	REFUSED(f, "q.yaml:45:35: option score: 150 is out of range, expected 0..100");
}

static void q_load__option_na__reserved(void **state)
{
	struct fixture *f = *state;
	edit(f, "{id: it,", "{id: na,");
	REFUSED(f, "q.yaml:45:14: option id 'na' is reserved for \"not applicable\"; use another id");
}

static void q_load__band_without_max_not_last__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "{max: 1, score: 20}", "{score: 20}");
	REFUSED(f, "q.yaml:36:9: only the last band may omit max");
}

static void q_load__bands_not_ascending__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "{max: 5, score: 60}", "{max: 0.5, score: 60}");
	REFUSED(f, "q.yaml:37:15: band max 0.5 must be greater than the previous band's 1");
}

static void q_load__number_without_bands__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    bands:\n      - {max: 1, score: 20}\n      - {max: 5, score: 60}\n"
	     "      - {score: 100}\n", "");
	REFUSED(f, "q.yaml:30:5: question 'crm-age' of type number needs bands");
}

static void q_load__bands_on_choice__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    text: Who owns customer data?\n",
	     "    text: Who owns customer data?\n    bands: [{score: 1}]\n");
	REFUSED(f, "q.yaml:43:12: bands only apply to number questions; 'data-owner' is choice");
}

static void q_load__level_without_capability__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    capability: opportunity-management\n", "");
	REFUSED(f, "q.yaml:58:5: question 'opp-level' of type level needs capability: ID");
}

static void q_load__unknown_capability__did_you_mean(void **state)
{
	struct fixture *f = *state;
	edit(f, "    capability: opportunity-management\n", "    capability: oportunity-management\n");
	REFUSED(f, "q.yaml:61:17: unknown capability 'oportunity-management' "
		"(did you mean 'opportunity-management'?)");
}

static void q_load__capability_on_likert__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    required: true\n", "    required: true\n    capability: opportunity-management\n");
	REFUSED(f, "q.yaml:30:17: capability only applies to level questions; 'exec-sponsor' is likert");
}

static void q_load__capability_level_missing__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, ", 5: Optimised}", "}");
	REFUSED(f, "q.yaml:18:13: capability levels: level 5 is not described, expected all of 1..5");
}

static void q_load__unknown_type__did_you_mean(void **state)
{
	struct fixture *f = *state;
	edit(f, "type: likert", "type: likret");
	REFUSED(f, "q.yaml:26:11: unknown question type 'likret' (did you mean 'likert'?)");
}

static void q_load__reverse_on_text__refused(void **state)
{
	struct fixture *f = *state;
	edit(f, "    text: Anything else?\n", "    text: Anything else?\n    reverse: true\n");
	REFUSED(f, "q.yaml:58:14: reverse has no meaning for a text question");
}

static void q_load__empty_file__refused(void **state)
{
	struct fixture *f = *state;
	free(f->src);
	f->src = xstrdup("# nothing\n");
	REFUSED(f, "q.yaml: the file is empty, expected a questionnaire");
}

static void q_load__not_a_mapping__refused(void **state)
{
	struct fixture *f = *state;
	free(f->src);
	f->src = xstrdup("- a\n- b\n");
	REFUSED(f, "q.yaml:1:1: questionnaire: found a list, expected a mapping");
}

static void q_load__list_over_limit__refused(void **state)
{
	/* The id checks compare every pair: a hostile file with 40,000
	 * questions took minutes; lists are capped instead. */
	struct fixture *f = *state;
	struct sbuf s;
	sbuf_init(&s);
	sbuf_adds(&s, "id: big\nversion: 1\ntitle: Big\nscale: {min: 1, max: 5}\n"
		  "levels: [{min: 0, label: L}]\ndimensions: [{id: d, title: D}]\nquestions:\n");
	for (int i = 0; i < 40000; i++)
		sbuf_addf(&s, "  - {id: q%d, dimension: d, type: likert, text: T}\n", i);
	free(f->src);
	f->src = sbuf_detach(&s);
	struct timespec t0, t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	REFUSED(f, "q.yaml:8:3: questions: 40000 items, more than the limit of 1000");
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	/* The pair-wise id checks it replaced took over a minute. */
#ifdef __SANITIZE_ADDRESS__
	assert_true(t1.tv_sec - t0.tv_sec < 20);
#else
	assert_true(t1.tv_sec - t0.tv_sec < 2);
#endif
}

/* ---- every error, not the first ---- */

static void q_load__several_mistakes__all_reported(void **state)
{
	struct fixture *f = *state;
	edit(f, "id: mini", "id: Mini");
	edit(f, "{min: 50, label", "{min: 0, label");
	edit(f, "    dimension: leadership\n    type: likert", "    dimension: leadrship\n    type: likert");
	edit(f, "    weight: 2\n", "    weight: -2\n");
	edit(f, "{id: phone,", "{id: web,");
	edit(f, "type: text", "type: txt");
	edit(f, "    capability: opportunity-management\n", "");
	REFUSED(f, "q.yaml:2:5: id: found 'Mini', expected an id of lower-case letters, digits "
		"and '-' (at most 100)",
		"q.yaml:8:11: levels must be in ascending order of min: 0 comes after 0",
		"q.yaml:25:16: unknown dimension 'leadrship' (did you mean 'leadership'?)",
		"q.yaml:28:13: weight: -2 is out of range, expected 0..1000",
		"q.yaml:53:14: duplicate option id 'web'",
		"q.yaml:56:11: unknown question type 'txt' (did you mean 'text'?)",
		"q.yaml:58:5: question 'opp-level' of type level needs capability: ID");
	assert_int_equal(f->d.errors, 7);
}

static void q_load__bad_field_and_empty_options__both_reported(void **state)
{
	/* What a type needs used to be checked only when every other field of
	 * the question was right: the empty options went unreported. */
	struct fixture *f = *state;
	edit(f, "    text: Which channels feed the CRM?\n",
	     "    text: Which channels feed the CRM?\n    weight: -3\n");
	edit(f, "    options:\n      - {id: web, text: Web, score: 50}\n"
	     "      - {id: phone, text: Phone, score: 50}\n", "    options: []\n");
	REFUSED(f, "q.yaml:51:13: weight: -3 is out of range, expected 0..1000",
		"q.yaml:52:14: question 'channels': options: the list is empty, expected at "
		"least one option");
}

static void q_load__question_without_id__rest_still_checked(void **state)
{
	/* A question without an id (or with a duplicate one) used to be
	 * dropped unchecked. */
	struct fixture *f = *state;
	edit(f, "  - id: notes\n", "  - name: notes\n");
	edit(f, "type: text", "type: txt");
	REFUSED(f, "q.yaml:54:5: unknown key 'name' in question",
		"q.yaml:54:5: question is missing the required key 'id'",
		"q.yaml:56:11: unknown question type 'txt' (did you mean 'text'?)");
}

static void q_load__duplicate_question__rest_still_checked(void **state)
{
	struct fixture *f = *state;
	edit(f, "id: notes", "id: channels");
	edit(f, "type: text", "type: txt");
	REFUSED(f, "q.yaml:54:9: duplicate question id 'channels'",
		"q.yaml:56:11: unknown question type 'txt' (did you mean 'text'?)");
}

/* gaps set-target names a capability: a close match, or where to look. */
static void q_capability_resolve__typo_and_unknown__usage_error(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f));
	assert_int_equal(q_capability_resolve(f->q, "opportunity-management", &f->d), 0);
	assert_int_equal(q_capability_resolve(f->q, "oportunity-management", &f->d), -1);
	assert_int_equal(q_capability_resolve(f->q, "zzz", &f->d), -1);
	assert_int_equal(f->d.n, 2);
	assert_string_equal(f->d.msgs[0].text, "unknown capability 'oportunity-management' in mini "
			    "(did you mean 'opportunity-management'?)");
	assert_string_equal(f->d.msgs[1].text, "unknown capability 'zzz' in mini; 'crmready gaps' "
			    "lists them");
	assert_int_equal(diag_exit_code(&f->d), EXIT_USAGE);
	assert_true(q_capability_model_check(f->q, &f->d));
}

/* gaps of a questionnaire without capabilities: a data error, and where to look. */
static void q_capability_model_check__none__data_error(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f));
	size_t n = f->q->ncapabilities;
	f->q->ncapabilities = 0;
	assert_false(q_capability_model_check(f->q, &f->d));
	f->q->ncapabilities = n;
	assert_string_equal(f->d.msgs[0].text, "questionnaire mini has no capability model "
			    "(capabilities:); try crm-capabilities");
	assert_int_equal(diag_exit_code(&f->d), EXIT_DATAERR);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(q_load__good__every_field_read),
		T(q_load__shipped_content__valid),
		T(q_load__unknown_key__did_you_mean),
		T(q_load__wrong_types__each_reported),
		T(q_load__duplicate_question__reported),
		T(q_load__duplicate_dimension__reported),
		T(q_load__duplicate_option__reported),
		T(q_load__duplicate_capability__reported),
		T(q_load__unknown_dimension__did_you_mean),
		T(q_load__when_unknown_question__did_you_mean),
		T(q_load__when_later_question__refused),
		T(q_load__when_itself__refused),
		T(q_load__when_unquoted_id__message),
		T(q_load__when_quoted_scalar__column_of_id),
		T(q_load__scale_min_not_below_max__refused),
		T(q_load__scale_label_outside_scale__refused),
		T(q_load__levels_not_ascending__refused),
		T(q_load__first_level_above_zero__refused),
		T(q_load__negative_weights__refused),
		T(q_load__empty_option_list__refused),
		T(q_load__choice_without_options__refused),
		T(q_load__options_on_likert__refused),
		T(q_load__option_score_out_of_range__refused),
		T(q_load__option_na__reserved),
		T(q_load__band_without_max_not_last__refused),
		T(q_load__bands_not_ascending__refused),
		T(q_load__number_without_bands__refused),
		T(q_load__bands_on_choice__refused),
		T(q_load__level_without_capability__refused),
		T(q_load__unknown_capability__did_you_mean),
		T(q_load__capability_on_likert__refused),
		T(q_load__capability_level_missing__refused),
		T(q_load__unknown_type__did_you_mean),
		T(q_load__reverse_on_text__refused),
		T(q_load__empty_file__refused),
		T(q_load__not_a_mapping__refused),
		T(q_load__list_over_limit__refused),
		T(q_load__several_mistakes__all_reported),
		T(q_load__bad_field_and_empty_options__both_reported),
		T(q_load__question_without_id__rest_still_checked),
		T(q_load__duplicate_question__rest_still_checked),
		T(q_capability_resolve__typo_and_unknown__usage_error),
		T(q_capability_model_check__none__data_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
