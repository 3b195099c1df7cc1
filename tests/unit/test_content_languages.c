/* Unit test of the shipped content's languages: every text of every
 * shipped questionnaire, rules set, catalogue and checks file, loaded
 * through its module's public loader, has a string in every language the
 * binary knows. Adding a language is adding its catalogue and its key to
 * the content; this test names each text the content still lacks, with
 * its file, its field and the language. */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/embedded.h"
#include "../../dq/dq.h"
#include "../../phases/plan.h"
#include "../../questionnaires/questionnaire.h"
#include "../../rules/rules.h"

/* What one audit found: the texts that lack a language, each named on
 * stderr as it is found. */
struct audit {
	const char *file;
	size_t missing;
};

/* Name on stderr every language t has no string for: "FILE: FIELD: no
 * LANG text". A text without English is an optional field the file left
 * out (a question's help), so it needs no other language either. */
static void audit_text(struct audit *a, const struct text *t, const char *field_fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void audit_text(struct audit *a, const struct text *t, const char *field_fmt, ...)
{
	if (!t->v[LANG_EN])
		return;
	char field[256];
	va_list ap;
	va_start(ap, field_fmt);
	vsnprintf(field, sizeof field, field_fmt, ap);
	va_end(ap);
	for (lang_id l = 0; l < lang_count(); l++)
		if (!t->v[l] || !*t->v[l]) {
			fprintf(stderr, "%s: %s: no %s text\n", a->file, field, lang_code(l));
			a->missing++;
		}
}

/* Every point of a source (a source of general experience may have none). */
static void audit_sources(struct audit *a, const struct sources *src, const char *what,
			  const char *id)
{
	for (size_t i = 0; i < src->n; i++)
		audit_text(a, &src->v[i].point, "%s %s: source %zu", what, id, i + 1);
}

/* The goal templates of a phase, sub-goals with them. */
static void audit_goals(struct audit *a, const struct catalogue_goal *g, size_t n,
			const char *phase)
{
	for (size_t i = 0; i < n; i++) {
		audit_sources(a, &g[i].source, "goal of phase", phase);
		audit_goals(a, g[i].sub_goals, g[i].nsub_goals, phase);
	}
}

/* The loader's verdict: a shipped file that does not load is a failure of
 * its own, printed with the loader's messages. */
static void assert_loaded(const void *loaded, struct diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "%s: %s\n", d->msgs[i].where ? d->msgs[i].where : "",
			d->msgs[i].text);
	diag_release(d);
	assert_non_null(loaded);
}

static void audit_questionnaire(struct audit *a, const struct embedded_file *f)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer(f->name, f->data, f->len, &d);
	assert_loaded(q, &d);
	audit_text(a, &q->title, "title");
	audit_text(a, &q->description, "description");
	for (size_t i = 0; i < q->nscale_labels; i++)
		audit_text(a, &q->scale_labels[i].text, "scale label %ld", q->scale_labels[i].value);
	for (size_t i = 0; i < q->nlevels; i++)
		audit_text(a, &q->levels[i].label, "readiness level from %g", q->levels[i].min);
	for (size_t i = 0; i < q->ndimensions; i++)
		audit_text(a, &q->dimensions[i].title, "dimension %s: title", q->dimensions[i].id);
	for (size_t i = 0; i < q->nquestions; i++) {
		const struct q_question *qq = &q->questions[i];
		audit_text(a, &qq->text, "question %s: text", qq->id);
		audit_text(a, &qq->help, "question %s: help", qq->id);
		audit_sources(a, &qq->source, "question", qq->id);
		for (size_t o = 0; o < qq->noptions; o++)
			audit_text(a, &qq->options[o].text, "question %s: option %s", qq->id,
				   qq->options[o].id);
	}
	for (size_t i = 0; i < q->ncapabilities; i++) {
		const struct q_capability *c = &q->capabilities[i];
		audit_text(a, &c->title, "capability %s: title", c->id);
		for (int l = 0; l < Q_LEVELS; l++)
			audit_text(a, &c->levels[l], "capability %s: level %d", c->id, Q_LEVEL_MIN + l);
	}
	q_free(q);
}

static void audit_rules(struct audit *a, const struct embedded_file *f)
{
	struct rule_refs *refs = rule_refs_new(NULL);
	struct diag d;
	diag_init(&d);
	struct rule_set *s = rule_load_buffer(f->name, f->data, f->len, refs, &d);
	assert_loaded(s, &d);
	audit_text(a, &s->title, "title");
	for (size_t i = 0; i < s->nrules; i++) {
		audit_text(a, &s->rules[i].title, "rule %s: title", s->rules[i].id);
		audit_text(a, &s->rules[i].recommendation, "rule %s: recommendation",
			   s->rules[i].id);
		audit_sources(a, &s->rules[i].source, "rule", s->rules[i].id);
	}
	rule_set_free(s);
	rule_refs_free(refs);
}

static void audit_catalogue(struct audit *a, const struct embedded_file *f)
{
	struct diag d;
	diag_init(&d);
	struct catalogue *c = catalogue_load_buffer(f->name, f->data, f->len, &d);
	assert_loaded(c, &d);
	audit_text(a, &c->title, "title");
	for (size_t i = 0; i < c->ninitiatives; i++) {
		const struct catalogue_initiative *in = &c->initiatives[i];
		audit_text(a, &in->title, "initiative %s: title", in->id);
		audit_text(a, &in->description, "initiative %s: description", in->id);
		audit_sources(a, &in->source, "initiative", in->id);
	}
	for (size_t i = 0; i < c->nphases; i++) {
		audit_text(a, &c->phases[i].title, "phase %s: title", c->phases[i].id);
		audit_goals(a, c->phases[i].goals, c->phases[i].ngoals, c->phases[i].id);
	}
	catalogue_free(c);
}

static void audit_checks(struct audit *a, const struct embedded_file *f)
{
	struct dq_checks c;
	struct diag d;
	diag_init(&d);
	bool ok = dq_checks_load(&c, f->name, f->data, f->len, &d);
	assert_loaded(ok ? &c : NULL, &d);
	audit_text(a, &c.title, "title");
	dq_checks_release(&c);
}

/* Where each kind of shipped document lives and how it is audited; a
 * NULL audit marks a folder whose files hold no text (the public e-mail
 * domains, the sample answers and contacts, the core actions' object and
 * action names, which are data as a log writes them). */
struct kind {
	const char *folder;
	void (*audit)(struct audit *a, const struct embedded_file *f);
};

static const struct kind KINDS[] = {
	{ "questionnaires/", audit_questionnaire },
	{ "rules/", audit_rules },
	{ "plans/", audit_catalogue },
	{ "checks/", audit_checks },
	{ "dq/", NULL },
	{ "adoption/", NULL },
	{ "sample/", NULL },
};

static const struct kind *kind_of(const char *name)
{
	for (size_t i = 0; i < sizeof KINDS / sizeof KINDS[0]; i++)
		if (!strncmp(name, KINDS[i].folder, strlen(KINDS[i].folder)))
			return &KINDS[i];
	return NULL;
}

/* Audit every shipped file in folder; fail naming how many texts lack a
 * language (each one is on stderr above). */
static void audit_folder(const char *folder)
{
	/* English alone would make every check pass vacuously. */
	assert_true(lang_count() > 1);
	const struct kind *k = kind_of(folder);
	size_t files = 0, missing = 0;
	for (const struct embedded_file *f = content_files; f->name; f++) {
		if (kind_of(f->name) != k)
			continue;
		struct audit a = { f->name, 0 };
		k->audit(&a, f);
		files++;
		missing += a.missing;
	}
	assert_true(files > 0);
	if (missing)
		fail_msg("%zu texts in %s lack a language (listed above)", missing, folder);
}

static void questionnaires__every_text__in_every_language(void **state)
{
	(void)state;
	audit_folder("questionnaires/");
}

static void rules__every_text__in_every_language(void **state)
{
	(void)state;
	audit_folder("rules/");
}

static void catalogues__every_text__in_every_language(void **state)
{
	(void)state;
	audit_folder("plans/");
}

static void checks__every_text__in_every_language(void **state)
{
	(void)state;
	audit_folder("checks/");
}

/* A new folder of shipped content must be added to KINDS, with its
 * audit, before it ships: else its texts would escape this test. */
static void content_files__every_folder__known(void **state)
{
	(void)state;
	for (const struct embedded_file *f = content_files; f->name; f++)
		if (!kind_of(f->name))
			fail_msg("%s: a shipped file this test does not audit", f->name);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(content_files__every_folder__known),
		cmocka_unit_test(questionnaires__every_text__in_every_language),
		cmocka_unit_test(rules__every_text__in_every_language),
		cmocka_unit_test(catalogues__every_text__in_every_language),
		cmocka_unit_test(checks__every_text__in_every_language),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
