/* Unit tests of core/csvx: RFC 4180 reading with row and line numbers,
 * BOM, CRLF, blank lines, malformed input, UTF-8 checks, header matching
 * and writing. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "../../core/csvx.h"
#include "../../core/xalloc.h"

struct collected {
	struct sbuf rows;   /* "R@L: cell|cell\n" per record */
	long stop_after;    /* stop when this row is seen (-1: never) */
};

static bool collect(const struct csvx_row *r, void *arg)
{
	struct collected *c = arg;
	sbuf_addf(&c->rows, "%ld@%ld:", r->row, r->line);
	for (size_t i = 0; i < r->n; i++)
		sbuf_addf(&c->rows, "%s[%s]", i ? "|" : " ", r->cells[i]);
	sbuf_addc(&c->rows, '\n');
	return r->row != c->stop_after;
}

/* Read src; *rows gets what the callback saw, *msgs what diag holds. */
static bool read_csv(const char *src, size_t len, char **rows, char **msgs, int *code)
{
	struct collected c = { .stop_after = -1 };
	sbuf_init(&c.rows);
	struct csvx_reader r = { .file = "s.csv", .on_row = collect, .arg = &c, .check_utf8 = true };
	struct diag d;
	diag_init(&d);
	FILE *in = fmemopen((void *)src, len, "rb");
	bool ok = csvx_read_stream(&r, in, len, &d);
	fclose(in);
	struct sbuf m;
	sbuf_init(&m);
	for (size_t i = 0; i < d.n; i++)
		sbuf_addf(&m, "%s: %s\n", d.msgs[i].where ? d.msgs[i].where : "-", d.msgs[i].text);
	*rows = sbuf_detach(&c.rows);
	*msgs = sbuf_detach(&m);
	if (code)
		*code = diag_exit_code(&d);
	diag_release(&d);
	return ok;
}

#define READS(src, want_rows) do { \
		char *rows_, *msgs_; \
		assert_true(read_csv(src, sizeof(src) - 1, &rows_, &msgs_, NULL)); \
		assert_string_equal(msgs_, ""); \
		assert_string_equal(rows_, want_rows); \
		free(rows_); free(msgs_); \
	} while (0)

#define FAILS(src, want_msgs) do { \
		char *rows_, *msgs_; int code_; \
		assert_false(read_csv(src, sizeof(src) - 1, &rows_, &msgs_, &code_)); \
		assert_string_equal(msgs_, want_msgs); \
		assert_int_equal(code_, EXIT_DATAERR); \
		free(rows_); free(msgs_); \
	} while (0)

static void csvx_read__plain__rows_and_lines(void **state)
{
	(void)state;
	READS("id,department\nana,sales\nbo,service\n",
	      "0@1: [id]|[department]\n1@2: [ana]|[sales]\n2@3: [bo]|[service]\n");
}

static void csvx_read__quoted_commas_and_quotes__unquoted(void **state)
{
	(void)state;
	READS("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"\",  spaced  \n",
	      "0@1: [a]|[b]\n1@2: [x, y]|[say \"hi\"]\n2@3: []|[  spaced  ]\n");
}

static void csvx_read__embedded_newlines__later_lines_follow(void **state)
{
	(void)state;
	READS("a,b\n\"one\ntwo\nthree\",x\nnext,y\n\"p\r\nq\",z\n",
	      "0@1: [a]|[b]\n1@2: [one\ntwo\nthree]|[x]\n2@5: [next]|[y]\n3@6: [p\r\nq]|[z]\n");
}

static void csvx_read__bom__stripped_from_header(void **state)
{
	(void)state;
	READS("\xEF\xBB\xBFid,name\n1,a\n", "0@1: [id]|[name]\n1@2: [1]|[a]\n");
}

static void csvx_read__bom_before_quoted_header__accepted(void **state)
{
	/* Exporters that quote every cell write BOM + "id": strict libcsv used
	 * to see a quote inside an unquoted cell. */
	(void)state;
	READS("\xEF\xBB\xBF\"id\",\"name\"\n1,a\n", "0@1: [id]|[name]\n1@2: [1]|[a]\n");
}

static void csvx_read__crlf__same_rows_and_lines(void **state)
{
	(void)state;
	READS("a,b\r\n1,2\r\n\r\n3,4\r\n", "0@1: [a]|[b]\n1@2: [1]|[2]\n2@4: [3]|[4]\n");
}

static void csvx_read__blank_lines__skipped_but_counted(void **state)
{
	(void)state;
	READS("\na,b\n\n\n1,2\n\n", "0@2: [a]|[b]\n1@5: [1]|[2]\n");
}

static void csvx_read__no_final_newline__last_row_read(void **state)
{
	(void)state;
	READS("a,b\n1,2", "0@1: [a]|[b]\n1@2: [1]|[2]\n");
}

static void csvx_read__quote_in_unquoted_cell__error_with_line(void **state)
{
	(void)state;
	FAILS("a,b\n1,2\n3,x\"y\n",
	      "s.csv:3: malformed CSV (row 2): error parsing data while strict checking enabled; "
	      "a quote inside a quoted cell must be doubled\n");
}

static void csvx_read__unclosed_quote__error_at_its_line(void **state)
{
	/* The line used to be that of the previous record. */
	(void)state;
	FAILS("a,b\n1,2\n\"3,4\n5,6\n",
	      "s.csv:3: malformed CSV (row 2): a quoted cell is never closed\n");
}

static void csvx_read__invalid_utf8__row_and_column(void **state)
{
	(void)state;
	FAILS("a,b,c\n1,2,3\n4,caf\xe9,6\n",
	      "s.csv: row 2 (line 3), column 2: invalid UTF-8 at byte 4 of the cell\n");
}

static void csvx_read__nul_byte__row_and_column(void **state)
{
	(void)state;
	FAILS("a,b\n1,x\0y\n", "s.csv: row 1 (line 2), column 2: NUL byte or invalid UTF-8 at "
	      "byte 2 of the cell\n");
}

static void csvx_read__callback_stops__no_error(void **state)
{
	(void)state;
	struct collected c = { .stop_after = 1 };
	sbuf_init(&c.rows);
	struct csvx_reader r = { .file = "s.csv", .on_row = collect, .arg = &c };
	struct diag d;
	diag_init(&d);
	static const char src[] = "a\n1\n2\n3\n";
	FILE *in = fmemopen((void *)src, sizeof src - 1, "rb");
	assert_true(csvx_read_stream(&r, in, 0, &d));
	fclose(in);
	assert_string_equal(c.rows.s, "0@1: [a]\n1@2: [1]\n");
	sbuf_release(&c.rows);
	diag_release(&d);
}

static bool add_error(const struct csvx_row *r, void *arg)
{
	struct diag *d = arg;
	if (r->row == 2)
		diag_row(d, EXIT_DATAERR, "s.csv", r->row, r->line, 1, "id", "bad");
	return true;
}

static void csvx_read__callback_error__read_fails(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct csvx_reader r = { .file = "s.csv", .on_row = add_error, .arg = &d };
	static const char src[] = "id\n1\n2\n3\n";
	FILE *in = fmemopen((void *)src, sizeof src - 1, "rb");
	assert_false(csvx_read_stream(&r, in, 0, &d));
	fclose(in);
	assert_int_equal(d.errors, 1);
	diag_release(&d);
}

static void csvx_read__missing_file__exit_66(void **state)
{
	(void)state;
	struct csvx_reader r = { .file = "/nonexistent/x.csv", .on_row = collect };
	struct diag d;
	diag_init(&d);
	assert_false(csvx_read(&r, "/nonexistent/x.csv", &d));
	assert_int_equal(diag_exit_code(&d), EXIT_NOINPUT);
	assert_string_equal(d.msgs[0].text, "/nonexistent/x.csv: cannot open: No such file or directory");
	diag_release(&d);
}

static void csvx_header_eq__spec_forms__match(void **state)
{
	(void)state;
	assert_true(csvx_header_eq("license_start", "LicenseStart"));
	assert_true(csvx_header_eq("license_start", "License Start"));
	assert_true(csvx_header_eq("license_start", "license-start"));
	assert_true(csvx_header_eq("Id", "id"));
	assert_true(csvx_header_eq(" id ", "ID"));
	assert_false(csvx_header_eq("id", "ids"));
	assert_false(csvx_header_eq("name", "department"));
	assert_false(csvx_header_eq("", "id"));
	assert_true(csvx_header_eq("", "_-"));
}

static void csvx_write_row__special_cells__quoted(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	const char *cells[] = { "plain", "a,b", "say \"hi\"", "two\nlines", NULL, "" };
	csvx_write_row(out, cells, 6);
	fclose(out);
	assert_string_equal(buf, "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\n");
	/* and it reads back the same */
	char *rows, *msgs;
	assert_true(read_csv(buf, len, &rows, &msgs, NULL));
	assert_string_equal(rows, "0@1: [plain]|[a,b]|[say \"hi\"]|[two\nlines]|[]|[]\n");
	free(rows);
	free(msgs);
	free(buf);
}

/* ---- the fast path against libcsv alone ---- */

static bool collect_bytes(const struct csvx_row *r, void *arg)
{
	struct collected *c = arg;
	sbuf_addf(&c->rows, "%ld@%ld:", r->row, r->line);
	for (size_t i = 0; i < r->n; i++) {
		sbuf_addf(&c->rows, " %zu[", r->lens[i]);
		for (size_t j = 0; j < r->lens[i]; j++) {
			unsigned char b = (unsigned char)r->cells[i][j];
			if (b >= 0x20 && b < 0x7F)
				sbuf_addc(&c->rows, (char)b);
			else
				sbuf_addf(&c->rows, "\\x%02X", b);
		}
		assert_int_equal(r->cells[i][r->lens[i]], '\0');
		sbuf_addc(&c->rows, ']');
	}
	sbuf_addc(&c->rows, '\n');
	return r->row != c->stop_after;
}

/* Everything one reading gives: rows, messages, result, exit code. */
static char *read_all(const char *src, size_t len, size_t chunk, bool libcsv_only,
		      long stop_after)
{
	struct collected c = { .stop_after = stop_after };
	sbuf_init(&c.rows);
	struct csvx_reader r = { .file = "s.csv", .on_row = collect_bytes, .arg = &c,
				 .check_utf8 = true, .chunk = chunk, .libcsv_only = libcsv_only };
	struct diag d;
	diag_init(&d);
	FILE *in = fmemopen((void *)src, len, "rb");
	bool ok = csvx_read_stream(&r, in, len, &d);
	fclose(in);
	sbuf_addf(&c.rows, "ok=%d exit=%d\n", ok, diag_exit_code(&d));
	for (size_t i = 0; i < d.n; i++)
		sbuf_addf(&c.rows, "%s: %s\n", d.msgs[i].where ? d.msgs[i].where : "-", d.msgs[i].text);
	diag_release(&d);
	return sbuf_detach(&c.rows);
}

static void same_as_libcsv(const char *src, size_t len)
{
	static const size_t chunks[] = { 0, 1, 2, 3, 5, 8, 13 };
	static const long stops[] = { -1, 0, 1, 3 };
	for (size_t i = 0; i < sizeof chunks / sizeof *chunks; i++)
		for (size_t j = 0; j < sizeof stops / sizeof *stops; j++) {
			char *want = read_all(src, len, chunks[i], true, stops[j]);
			char *got = read_all(src, len, chunks[i], false, stops[j]);
			if (strcmp(want, got))
				print_message("input of %zu bytes, chunk %zu, stop %ld\n", len, chunks[i],
					      stops[j]);
			assert_string_equal(got, want);
			free(want);
			free(got);
		}
}

#define SAME_AS_LIBCSV(src) same_as_libcsv(src, sizeof(src) - 1)

static void csvx_read__fast_and_slow_lines_mixed__same_as_libcsv(void **state)
{
	(void)state;
	SAME_AS_LIBCSV("id,name\n1,plain\n2,\"quoted, comma\"\n3,after\n");
	SAME_AS_LIBCSV("id,name\n1,\"two\nlines\"\n2,next\n\"3\",\"x\"\"y\"\n4,last");
	SAME_AS_LIBCSV("a,b\r\n1,2\r\n\r\n\"3\r\n\",4\r\n5,6\r\n");
	SAME_AS_LIBCSV("a,b\r1,2\r\n3\r4,5\n");                   /* lone CRs end records */
	SAME_AS_LIBCSV("\xEF\xBB\xBF" "id,name\n1,x\n");
	SAME_AS_LIBCSV("\xEF\xBB\xBF\xEF\xBB\xBF" "id,name\n1,x\n"); /* two BOMs */
	SAME_AS_LIBCSV("\xEF\xBB\xBF\"id\",name\n1,x\n");
	SAME_AS_LIBCSV("\n\n,\n,,\n \n x , y \n");
	SAME_AS_LIBCSV("a,b\n1,x\"y\n2,z\n");                      /* strict error */
	SAME_AS_LIBCSV("a,b\n\"1\"x,y\n");
	SAME_AS_LIBCSV("a,b\n\"open,x\n2,y\n");                    /* never closed */
	SAME_AS_LIBCSV("a,b\n1,\"closed\"\n\"open");
	/* quoted cells on one line: the fast path too (Data Loader quotes all) */
	SAME_AS_LIBCSV("\"Id\",\"Name\"\r\n\"1\",\"a, b\"\r\n\"2\",\"say \"\"hi\"\"\"\r\n\"\",\"\"\r\n");
	SAME_AS_LIBCSV("a,b\n\"x\"y,z\n");                     /* text after the closing quote */
	SAME_AS_LIBCSV("a,b\n\"x\" ,z\n");
	SAME_AS_LIBCSV("a,b\n\"x\"\"\n,z\"\n3,4\n");              /* doubled quote, then a newline */
	SAME_AS_LIBCSV("a,b\n\"\"\n\"\"\"\"\n");
}

static void csvx_read__invalid_utf8_positions__same_as_libcsv(void **state)
{
	(void)state;
	SAME_AS_LIBCSV("a,b,c\n1,\xd9\x85\xd8\xb1\xdb\x8c\xd9\x85,\xff\n");
	SAME_AS_LIBCSV("a,b\n1,\xed\xa0\x80\n");                  /* a surrogate */
	SAME_AS_LIBCSV("a,b\n1,\xc0\xaf\n");                      /* overlong */
	SAME_AS_LIBCSV("a,b\n1,\xe0\x80\x80\n");
	SAME_AS_LIBCSV("a,b\n1,\xf4\x90\x80\x80\n");              /* above U+10FFFF */
	SAME_AS_LIBCSV("a,b\n1,\xf0\x9f\x98\x80,\xf5\x80\x80\x80\n");
	SAME_AS_LIBCSV("a,b\n1,\xd9\n");                          /* cut before the newline */
	SAME_AS_LIBCSV("a,b\n1,\xd9,\x85\n");                     /* cut by a comma */
	SAME_AS_LIBCSV("a,b\n1,abcdefgh\0ijklmnop\n");
	SAME_AS_LIBCSV("a,b\n\"1\xff\",x\n2,\xfe\n");
}

/* Random inputs from pieces that sit on every boundary of the fast path. */
static void csvx_read__random_inputs__same_as_libcsv(void **state)
{
	(void)state;
	static const char *const pieces[] = {
		"a", "bc", "12345678", ",", ",", "\n", "\n", "\r\n", "\r", "\"", "\"\"", " ",
		"\xd9\x85", "\xdb\x8c", "\xff", "\xed\xa0\x80", "\xf0\x9f\x98\x80", "\xd9", "",
	};
	enum { NPIECES = sizeof pieces / sizeof *pieces };
	uint32_t seed = 12345;
	char buf[256];
	for (int t = 0; t < 1500; t++) {
		size_t len = 0;
		if (t % 10 == 0) {
			memcpy(buf, "\xEF\xBB\xBF", 3);
			len = 3;
		}
		seed = seed * 1103515245u + 12345u;
		int count = 1 + (int)((seed >> 16) % 30);
		/* mostly quote-free, so the fast path has lines to take */
		bool quotes = t % 3 == 0;
		for (int k = 0; k < count; k++) {
			seed = seed * 1103515245u + 12345u;
			const char *piece = pieces[(seed >> 16) % NPIECES];
			if (!quotes && strchr(piece, '"'))
				piece = ",";
			size_t pl = piece[0] == '\0' ? 1 : strlen(piece); /* "" stands for a NUL */
			if (len + pl >= sizeof buf)
				break;
			memcpy(buf + len, piece, pl);
			len += pl;
		}
		same_as_libcsv(buf, len);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(csvx_read__plain__rows_and_lines),
		cmocka_unit_test(csvx_read__quoted_commas_and_quotes__unquoted),
		cmocka_unit_test(csvx_read__embedded_newlines__later_lines_follow),
		cmocka_unit_test(csvx_read__bom__stripped_from_header),
		cmocka_unit_test(csvx_read__bom_before_quoted_header__accepted),
		cmocka_unit_test(csvx_read__crlf__same_rows_and_lines),
		cmocka_unit_test(csvx_read__blank_lines__skipped_but_counted),
		cmocka_unit_test(csvx_read__no_final_newline__last_row_read),
		cmocka_unit_test(csvx_read__quote_in_unquoted_cell__error_with_line),
		cmocka_unit_test(csvx_read__unclosed_quote__error_at_its_line),
		cmocka_unit_test(csvx_read__invalid_utf8__row_and_column),
		cmocka_unit_test(csvx_read__nul_byte__row_and_column),
		cmocka_unit_test(csvx_read__callback_stops__no_error),
		cmocka_unit_test(csvx_read__callback_error__read_fails),
		cmocka_unit_test(csvx_read__missing_file__exit_66),
		cmocka_unit_test(csvx_header_eq__spec_forms__match),
		cmocka_unit_test(csvx_write_row__special_cells__quoted),
		cmocka_unit_test(csvx_read__fast_and_slow_lines_mixed__same_as_libcsv),
		cmocka_unit_test(csvx_read__invalid_utf8_positions__same_as_libcsv),
		cmocka_unit_test(csvx_read__random_inputs__same_as_libcsv),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
