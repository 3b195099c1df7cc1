/* Unit tests of core/yamlx: positions, duplicate keys, aliases, limits and
 * the message of every validator. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "../../core/xalloc.h"
#include "../../core/yamlx.h"

struct fixture {
	struct yx_doc doc;
	struct diag d;
};

static int setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	diag_init(&f->d);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	yx_release(&f->doc);
	diag_release(&f->d);
	free(f);
	return 0;
}

static bool load(struct fixture *f, const char *src)
{
	return yx_load_buffer(&f->doc, "f.yaml", src, strlen(src), &f->d);
}

/* Message i as printed: "WHERE: TEXT". */
static char *msg(const struct diag *d, size_t i)
{
	assert_true(i < d->n);
	const struct diag_msg *m = &d->msgs[i];
	return xasprintf("%s: %s", m->where ? m->where : "-", m->text);
}

static void assert_msg(const struct diag *d, size_t i, const char *want)
{
	char *got = msg(d, i);
	if (strcmp(got, want))
		fail_msg("message %zu:\n got: %s\nwant: %s", i, got, want);
	free(got);
}

static double seconds_since(const struct timespec *t0)
{
	struct timespec t1;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ---- loading and positions ---- */

static void yx_load_buffer__nested__keeps_line_and_col(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: 1\nb:\n  - x\n  - {c: 'y'}\n"));
	const struct yx_node *root = f->doc.root;
	assert_int_equal(root->kind, YX_MAP);
	assert_int_equal(root->n, 2);
	const struct yx_node *a = yx_get(root, "a");
	assert_int_equal(a->line, 1);
	assert_int_equal(a->col, 4);
	assert_true(a->plain);
	const struct yx_node *b = yx_get(root, "b");
	assert_int_equal(b->kind, YX_SEQ);
	assert_int_equal(b->line, 3);
	assert_int_equal(b->col, 3);
	assert_int_equal(b->items[0]->line, 3);
	assert_int_equal(b->items[0]->col, 5);
	const struct yx_node *c = yx_get(b->items[1], "c");
	assert_string_equal(c->str, "y");
	assert_false(c->plain);
	assert_int_equal(c->line, 4);
	assert_int_equal(c->col, 9);
	assert_int_equal(yx_key(b->items[1], 0)->col, 6);
}

static void yx_load_buffer__empty__null_root(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, ""));
	assert_null(f->doc.root);
	assert_int_equal(f->d.n, 0);
}

static void yx_load_buffer__syntax_error__position(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "a: 1\nb: [1, 2\nc: 3\n"));
	assert_int_equal(f->d.errors, 1);
	assert_int_equal(diag_exit_code(&f->d), EXIT_DATAERR);
	char *m = msg(&f->d, 0);
	assert_non_null(strstr(m, "f.yaml:3:2: "));
	free(m);
	assert_null(f->doc.root);
}

static void yx_load_buffer__duplicate_key__reported_with_first_line(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "a: 1\nb: 2\na: 3\nc: {x: 1, y: 2, x: 3}\n"));
	assert_int_equal(f->d.errors, 2);
	assert_msg(&f->d, 0, "f.yaml:3:1: duplicate key 'a' (first at line 1)");
	assert_msg(&f->d, 1, "f.yaml:4:17: duplicate key 'x' (first at line 4)");
}

/* Sanitized builds run several times slower. */
#ifdef __SANITIZE_ADDRESS__
#define CPU_BUDGET(s) ((s) * 10)
#else
#define CPU_BUDGET(s) (s)
#endif

static void yx_load_buffer__many_keys__checked_quickly(void **state)
{
	/* 200,000 distinct keys and one duplicate at the end: the duplicate
	 * check used to compare every pair (minutes); it must take well under
	 * a second. */
	struct fixture *f = *state;
	struct sbuf s;
	sbuf_init(&s);
	for (int i = 0; i < 200000; i++)
		sbuf_addf(&s, "k%d: 1\n", i);
	sbuf_adds(&s, "k7: 2\n");
	struct timespec t0;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	bool loaded = yx_load_buffer(&f->doc, "f.yaml", s.s, s.len, &f->d);
	double took = seconds_since(&t0);
	sbuf_release(&s);
	assert_false(loaded);
	/* Pair-wise checking takes minutes; the budget only has to tell the
	 * two apart, also under the sanitizers on a busy machine. */
	assert_true(took < CPU_BUDGET(1.0));
	assert_int_equal(f->d.errors, 1);
	assert_msg(&f->d, 0, "f.yaml:200001:1: duplicate key 'k7' (first at line 8)");
}

static void yx_load_buffer__key_not_scalar__reported(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "? [a, b]\n: 1\n"));
	assert_msg(&f->d, 0, "f.yaml:1:3: found a list as a key, expected a name");
}

static void yx_load_buffer__second_document__refused(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "a: 1\n---\nb: 2\n"));
	assert_msg(&f->d, 0, "f.yaml:2:1: found a second YAML document, expected one per file");
}

/* ---- aliases ---- */

static void yx_load_buffer__alias__shares_the_node(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "base: &b {x: 1, y: [1, 2]}\ncopy: *b\n"));
	const struct yx_node *base = yx_get(f->doc.root, "base"),
			     *copy = yx_get(f->doc.root, "copy");
	assert_ptr_equal(base, copy);
	/* base (map + 2 keys + 1 + list + 2) = 7 nodes, counted twice. */
	assert_int_equal(base->weight, 7);
	assert_int_equal(f->doc.root->weight, 1 + 2 + 7 + 7);
}

static void yx_load_buffer__duplicate_in_shared_map__reported_once(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "a: &m {y: 1, y: 2}\nb: *m\nc: *m\n"));
	assert_int_equal(f->d.errors, 1);
	assert_msg(&f->d, 0, "f.yaml:1:14: duplicate key 'y' (first at line 1)");
}

static void yx_load_buffer__unknown_alias__reported(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "a: *nowhere\n"));
	char *m = msg(&f->d, 0);
	/* libyaml itself refuses an undefined alias; either way: position and name. */
	assert_non_null(strstr(m, "f.yaml:1:4: "));
	free(m);
}

static void yx_load_buffer__alias_bomb__refused_quickly(void **state)
{
	struct fixture *f = *state;
	struct sbuf s;
	sbuf_init(&s);
	sbuf_adds(&s, "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
	for (int i = 0; i < 9; i++) {
		char prev[8];
		snprintf(prev, sizeof prev, i ? "b%d" : "a", i - 1);
		sbuf_addf(&s, "b%d: &b%d [", i, i);
		for (int k = 0; k < 9; k++)
			sbuf_addf(&s, "%s*%s", k ? ", " : "", prev);
		sbuf_adds(&s, "]\n");
	}
	struct timespec t0;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
	assert_false(yx_load_buffer(&f->doc, "f.yaml", s.s, s.len, &f->d));
	assert_true(seconds_since(&t0) < CPU_BUDGET(1.0));
	assert_int_equal(f->d.errors, 1);
	char *m = msg(&f->d, 0);
	assert_non_null(strstr(m, "document too large: more than 500000 nodes once aliases "
				  "are expanded (is this an alias bomb?)"));
	assert_non_null(strstr(m, "f.yaml:6:"));
	free(m);
	sbuf_release(&s);
}

/* ---- limits ---- */

static char *nested(int depth)
{
	char *s = xmalloc((size_t)depth * 2 + 2);
	memset(s, '[', (size_t)depth);
	memset(s + depth, ']', (size_t)depth);
	s[2 * depth] = '\n';
	s[2 * depth + 1] = '\0';
	return s;
}

static void yx_load_buffer__depth_at_limit__accepted(void **state)
{
	struct fixture *f = *state;
	char *s = nested(YX_MAX_DEPTH);
	assert_true(load(f, s));
	free(s);
}

static void yx_load_buffer__too_deep__refused(void **state)
{
	struct fixture *f = *state;
	char *s = nested(10000);
	assert_false(load(f, s));
	assert_msg(&f->d, 0, "f.yaml:1:65: nesting deeper than 64 levels");
	free(s);
}

static void yx_load_buffer__long_scalar__refused(void **state)
{
	struct fixture *f = *state;
	size_t n = YX_MAX_SCALAR + 1;
	char *s = xmalloc(n + 8);
	memcpy(s, "a: ", 3);
	memset(s + 3, 'x', n);
	strcpy(s + 3 + n, "\n");
	assert_false(load(f, s));
	assert_msg(&f->d, 0, "f.yaml:1:4: string of 65537 bytes is longer than the limit of 65536");
	free(s);
}

static void yx_load_buffer__scalar_at_limit__accepted(void **state)
{
	struct fixture *f = *state;
	size_t n = YX_MAX_SCALAR;
	char *s = xmalloc(n + 8);
	memcpy(s, "a: ", 3);
	memset(s + 3, 'x', n);
	strcpy(s + 3 + n, "\n");
	assert_true(load(f, s));
	assert_int_equal(yx_get(f->doc.root, "a")->len, YX_MAX_SCALAR);
	free(s);
}

static void yx_load_buffer__too_large__refused(void **state)
{
	struct fixture *f = *state;
	size_t n = (size_t)YX_MAX_FILE + 1;
	char *s = xmalloc(n);
	memset(s, '#', n);
	assert_false(yx_load_buffer(&f->doc, "f.yaml", s, n, &f->d));
	assert_msg(&f->d, 0, "f.yaml: file of 8388609 bytes is larger than the limit of 8 MB");
	free(s);
}

static void yx_load_file__too_large__refused(void **state)
{
	struct fixture *f = *state;
	char path[] = "/tmp/yamlx-big-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *out = fdopen(fd, "w");
	char line[1024];
	memset(line, 'x', sizeof line);
	for (int i = 0; i < 9 * 1024; i++)
		fwrite(line, 1, sizeof line, out);
	fclose(out);
	assert_false(yx_load_file(&f->doc, path, &f->d));
	char *want = xasprintf("%s: file is larger than the limit of 8 MB", path);
	assert_msg(&f->d, 0, want);
	assert_int_equal(diag_exit_code(&f->d), EXIT_DATAERR);
	free(want);
	unlink(path);
}

static void yx_load_file__missing__exit_66(void **state)
{
	struct fixture *f = *state;
	assert_false(yx_load_file(&f->doc, "/nonexistent/q.yaml", &f->d));
	assert_msg(&f->d, 0, "/nonexistent/q.yaml: cannot open: No such file or directory");
	assert_int_equal(diag_exit_code(&f->d), EXIT_NOINPUT);
}

static void yx_load_buffer__invalid_utf8__points_at_the_character(void **state)
{
	/* libyaml gives no mark for reader errors: the position used to be
	 * 1:1 whatever the line. */
	struct fixture *f = *state;
	assert_false(load(f, "id: x\nversion: 1\ntitle: \"caf\xe9\"\n"));
	assert_msg(&f->d, 0, "f.yaml:3:12: invalid trailing UTF-8 octet (byte 0xE9); "
		   "the file must be UTF-8 text");
}

static void yx_load_buffer__control_character__position(void **state)
{
	struct fixture *f = *state;
	assert_false(load(f, "a: 1\nb: x\x01y\n"));
	assert_msg(&f->d, 0, "f.yaml:2:5: control characters are not allowed (byte 0x01); "
		   "the file must be UTF-8 text");
}

/* ---- validators ---- */

static const struct yx_node *val(struct fixture *f, const char *src, const char *key)
{
	assert_true(load(f, src));
	return yx_get(f->doc.root, key);
}

static void yx_want__wrong_kind__names_found_and_expected(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "m: {a: 1}\nl: [1]\ns: x\nn: ~\n"));
	const struct yx_node *r = f->doc.root;
	assert_true(yx_want_map(&f->doc, yx_get(r, "m"), "scale", &f->d));
	assert_false(yx_want_map(&f->doc, yx_get(r, "l"), "scale", &f->d));
	assert_true(yx_want_seq(&f->doc, yx_get(r, "l"), "levels", &f->d));
	assert_false(yx_want_seq(&f->doc, yx_get(r, "s"), "levels", &f->d));
	assert_true(yx_want_scalar(&f->doc, yx_get(r, "s"), "id", &f->d));
	assert_false(yx_want_scalar(&f->doc, yx_get(r, "n"), "id", &f->d));
	assert_false(yx_want_map(&f->doc, NULL, "scale", &f->d));
	assert_msg(&f->d, 0, "f.yaml:2:4: scale: found a list, expected a mapping");
	assert_msg(&f->d, 1, "f.yaml:3:4: levels: found a string, expected a list");
	assert_msg(&f->d, 2, "f.yaml:4:4: id: found null, expected a value");
	assert_msg(&f->d, 3, "f.yaml: scale: found nothing, expected a mapping");
}

static void yx_check_keys__unknown_and_missing__each_reported(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "q:\n  id: a\n  wieght: 2\n  zzzzzz: 1\n"));
	static const char *const allowed[] = { "id", "type", "weight", NULL };
	static const char *const required[] = { "id", "type", NULL };
	assert_false(yx_check_keys(&f->doc, yx_get(f->doc.root, "q"), allowed, required,
				   "question", &f->d));
	assert_int_equal(f->d.errors, 3);
	assert_msg(&f->d, 0, "f.yaml:3:3: unknown key 'wieght' in question (did you mean 'weight'?)");
	assert_msg(&f->d, 1, "f.yaml:4:3: unknown key 'zzzzzz' in question");
	assert_msg(&f->d, 2, "f.yaml:2:3: question is missing the required key 'type'");
}

static void yx_int__each_problem__message(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: 7\nb: x\nc: 0\nd: 2.5\ne: '3'\n"));
	const struct yx_node *r = f->doc.root;
	long v = 0;
	assert_true(yx_int(&f->doc, yx_get(r, "a"), 1, 10, &v, "target", &f->d));
	assert_int_equal(v, 7);
	assert_false(yx_int(&f->doc, yx_get(r, "b"), 1, 10, &v, "target", &f->d));
	/* The range used to print as 1..1e+06 */
	assert_false(yx_int(&f->doc, yx_get(r, "c"), 1, 1000000, &v, "version", &f->d));
	assert_false(yx_int(&f->doc, yx_get(r, "d"), 1, 10, &v, "target", &f->d));
	assert_false(yx_int(&f->doc, yx_get(r, "e"), 1, 10, &v, "target", &f->d));
	assert_msg(&f->d, 0, "f.yaml:2:4: target: found 'x', expected a whole number");
	assert_msg(&f->d, 1, "f.yaml:3:4: version: 0 is out of range, expected 1..1000000");
	assert_msg(&f->d, 2, "f.yaml:4:4: target: found 2.5, expected a whole number");
	assert_msg(&f->d, 3, "f.yaml:5:4: target: found '3', expected a whole number");
}

static void yx_num__each_problem__message(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: 2.5\nb: heavy\nc: -1\nd: .inf\ne: 1e3\n"));
	const struct yx_node *r = f->doc.root;
	double v = 0;
	assert_true(yx_num(&f->doc, yx_get(r, "a"), 0, 10, &v, "weight", &f->d));
	assert_true(v == 2.5);
	assert_true(yx_num(&f->doc, yx_get(r, "e"), 0, 1000, &v, "weight", &f->d));
	assert_true(v == 1000);
	assert_false(yx_num(&f->doc, yx_get(r, "b"), 0, 10, &v, "weight", &f->d));
	assert_false(yx_num(&f->doc, yx_get(r, "c"), 0, 10, &v, "weight", &f->d));
	assert_false(yx_num(&f->doc, yx_get(r, "d"), 0, 10, &v, "weight", &f->d));
	assert_msg(&f->d, 0, "f.yaml:2:4: weight: found 'heavy', expected a number");
	assert_msg(&f->d, 1, "f.yaml:3:4: weight: -1 is out of range, expected 0..10");
	assert_msg(&f->d, 2, "f.yaml:4:4: weight: found '.inf', expected a number");
}

static void yx_bool__each_problem__message(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: true\nb: False\nc: yes\nd: 'true'\n"));
	const struct yx_node *r = f->doc.root;
	bool v = false;
	assert_true(yx_bool(&f->doc, yx_get(r, "a"), &v, "reverse", &f->d));
	assert_true(v);
	assert_true(yx_bool(&f->doc, yx_get(r, "b"), &v, "reverse", &f->d));
	assert_false(v);
	assert_false(yx_bool(&f->doc, yx_get(r, "c"), &v, "reverse", &f->d));
	assert_false(yx_bool(&f->doc, yx_get(r, "d"), &v, "reverse", &f->d));
	assert_msg(&f->d, 0, "f.yaml:3:4: reverse: found 'yes', expected true or false");
	assert_msg(&f->d, 1, "f.yaml:4:4: reverse: found 'true', expected true or false");
}

static void yx_str__null_empty_or_list__message(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: x\nb: ~\nc: ''\nd: [1]\n"));
	const struct yx_node *r = f->doc.root;
	const char *v = NULL;
	assert_true(yx_str(&f->doc, yx_get(r, "a"), &v, "source", &f->d));
	assert_string_equal(v, "x");
	assert_false(yx_str(&f->doc, yx_get(r, "b"), &v, "source", &f->d));
	assert_false(yx_str(&f->doc, yx_get(r, "c"), &v, "source", &f->d));
	assert_false(yx_str(&f->doc, yx_get(r, "d"), &v, "source", &f->d));
	assert_msg(&f->d, 0, "f.yaml:2:4: source: found null, expected a non-empty string");
	assert_msg(&f->d, 1, "f.yaml:3:4: source: found an empty string, expected a non-empty string");
	assert_msg(&f->d, 2, "f.yaml:4:4: source: found a list, expected a non-empty string");
}

static void yx_id__bad_characters__message(void **state)
{
	struct fixture *f = *state;
	const struct yx_node *n = val(f, "id: Exec_Sponsor\n", "id");
	const char *v = NULL;
	assert_false(yx_id(&f->doc, n, &v, "question id", &f->d));
	assert_msg(&f->d, 0, "f.yaml:1:5: question id: found 'Exec_Sponsor', expected an id of "
		   "lower-case letters, digits and '-' (at most 100)");
}

static void yx_text__forms_and_problems__message(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: Hello\nb: {en: Hi, fa: سلام}\nc: {fa: سلام}\nd: {en: Hi, de: Hallo}\n"
			    "e: [x]\n"));
	const struct yx_node *r = f->doc.root;
	struct text t;
	assert_true(yx_text(&f->doc, yx_get(r, "a"), &t, "title", &f->d));
	lang_id fa;
	assert_true(lang_parse("fa", &fa));
	assert_string_equal(t.v[LANG_EN], "Hello");
	assert_null(t.v[fa]);
	assert_true(yx_text(&f->doc, yx_get(r, "b"), &t, "title", &f->d));
	assert_string_equal(t.v[fa], "سلام");
	assert_false(yx_text(&f->doc, yx_get(r, "c"), &t, "title", &f->d));
	assert_false(yx_text(&f->doc, yx_get(r, "d"), &t, "title", &f->d));
	assert_false(yx_text(&f->doc, yx_get(r, "e"), &t, "title", &f->d));
	assert_msg(&f->d, 0, "f.yaml:3:4: title is missing the required key 'en'");
	assert_msg(&f->d, 1, "f.yaml:4:13: unknown key 'de' in title");
	assert_msg(&f->d, 2, "f.yaml:5:4: title: found a list, expected a string or a map of "
		   "language to string ({en: ..., fa: ...})");
}

static void yx_unknown__close_match__suggested(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: leadrship\nb: zzz\n"));
	static const char *const ids[] = { "leadership", "data" };
	yx_unknown(&f->doc, yx_get(f->doc.root, "a"), "dimension", ids, 2, &f->d);
	yx_unknown(&f->doc, yx_get(f->doc.root, "b"), "dimension", ids, 2, &f->d);
	assert_msg(&f->d, 0, "f.yaml:1:4: unknown dimension 'leadrship' (did you mean 'leadership'?)");
	assert_msg(&f->d, 1, "f.yaml:2:4: unknown dimension 'zzz'");
}

static void yx_describe__each_kind__named(void **state)
{
	struct fixture *f = *state;
	assert_true(load(f, "a: {}\nb: []\nc: x\nd: 1.5\ne: true\nf: null\ng: '1'\n"));
	const struct yx_node *r = f->doc.root;
	assert_string_equal(yx_describe(yx_get(r, "a")), "a mapping");
	assert_string_equal(yx_describe(yx_get(r, "b")), "a list");
	assert_string_equal(yx_describe(yx_get(r, "c")), "a string");
	assert_string_equal(yx_describe(yx_get(r, "d")), "a number");
	assert_string_equal(yx_describe(yx_get(r, "e")), "true/false");
	assert_string_equal(yx_describe(yx_get(r, "f")), "null");
	assert_string_equal(yx_describe(yx_get(r, "g")), "a string");
	assert_string_equal(yx_describe(NULL), "nothing");
	assert_true(yx_is_null(yx_get(r, "f")));
	assert_false(yx_is_null(yx_get(r, "g")));
}

static void yx_error__control_characters__sanitised_in_found(void **state)
{
	/* A found value is printed without terminal escapes. */
	struct fixture *f = *state;
	const struct yx_node *n = val(f, "a: \"x\\e[31mred\"\n", "a");
	double v;
	assert_false(yx_num(&f->doc, n, 0, 1, &v, "weight", &f->d));
	assert_msg(&f->d, 0, "f.yaml:1:4: weight: found 'xred', expected a number");
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(yx_load_buffer__nested__keeps_line_and_col),
		T(yx_load_buffer__empty__null_root),
		T(yx_load_buffer__syntax_error__position),
		T(yx_load_buffer__duplicate_key__reported_with_first_line),
		T(yx_load_buffer__many_keys__checked_quickly),
		T(yx_load_buffer__key_not_scalar__reported),
		T(yx_load_buffer__second_document__refused),
		T(yx_load_buffer__alias__shares_the_node),
		T(yx_load_buffer__duplicate_in_shared_map__reported_once),
		T(yx_load_buffer__unknown_alias__reported),
		T(yx_load_buffer__alias_bomb__refused_quickly),
		T(yx_load_buffer__depth_at_limit__accepted),
		T(yx_load_buffer__too_deep__refused),
		T(yx_load_buffer__long_scalar__refused),
		T(yx_load_buffer__scalar_at_limit__accepted),
		T(yx_load_buffer__too_large__refused),
		T(yx_load_file__too_large__refused),
		T(yx_load_file__missing__exit_66),
		T(yx_load_buffer__invalid_utf8__points_at_the_character),
		T(yx_load_buffer__control_character__position),
		T(yx_want__wrong_kind__names_found_and_expected),
		T(yx_check_keys__unknown_and_missing__each_reported),
		T(yx_int__each_problem__message),
		T(yx_num__each_problem__message),
		T(yx_bool__each_problem__message),
		T(yx_str__null_empty_or_list__message),
		T(yx_id__bad_characters__message),
		T(yx_text__forms_and_problems__message),
		T(yx_unknown__close_match__suggested),
		T(yx_describe__each_kind__named),
		T(yx_error__control_characters__sanitised_in_found),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
