/* libFuzzer target: the adoption log's own RFC 4180 reader
 * (adoption/adoption_csv.c: records split in place in a sliding window,
 * quoted cells unquoted), every record read to the end or the first error.
 * The 64-byte fast path and the byte-by-byte reader must agree on every
 * record, line number, offset and message. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/diag.h"
#include "../../core/xalloc.h"
#include "../../adoption/adoption_internal.h"

static void transcript(const uint8_t *data, size_t size, bool scalar, uint64_t want,
		       struct sbuf *out)
{
	FILE *in = fmemopen((void *)data, size, "r");
	if (!in)
		abort();
	struct diag d;
	diag_init(&d);
	struct adoption_csv r;
	adoption_csv_init(&r, "log.csv", in);
	r.scalar = scalar;
	r.want = want;
	int rc;
	while ((rc = adoption_csv_next(&r, &d)) == 1) {
		sbuf_addf(out, "%ld %ld %zu", r.row, r.line, r.ncells);
		for (size_t i = 0; i < r.ncells; i++) {
			if (want && (i >= 64 || !(want >> i & 1)))
				continue;
			sbuf_addc(out, '|');
			sbuf_add(out, r.cells[i].s, r.cells[i].len);
		}
		sbuf_addf(out, " @%llu\n", (unsigned long long)adoption_csv_offset(&r));
	}
	sbuf_addf(out, "end %d\n", rc);
	for (size_t i = 0; i < d.n; i++)
		sbuf_addf(out, "%s %s\n", d.msgs[i].where ? d.msgs[i].where : "", d.msgs[i].text);
	adoption_csv_release(&r);
	diag_release(&d);
	fclose(in);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	struct sbuf a, b;
	sbuf_init(&a);
	sbuf_init(&b);
	/* The first byte picks the cells asked for: all, or a few. */
	uint64_t want = data[0] % 2 ? 0 : (uint64_t)data[0] << 1;
	transcript(data, size, true, want, &a);
	transcript(data, size, false, want, &b);
	if (a.len != b.len || memcmp(a.s, b.s, a.len))
		abort();
	sbuf_release(&a);
	sbuf_release(&b);
	return 0;
}
