/* libFuzzer target: the adoption log's own RFC 4180 reader
 * (metrics/adoption_csv.c: records split in place in a sliding window,
 * quoted cells unquoted), every record read to the end or the first error. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../../core/diag.h"
#include "../../metrics/adoption_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!size)
		return 0;
	FILE *in = fmemopen((void *)data, size, "r");
	if (!in)
		return 0;
	struct diag d;
	diag_init(&d);
	struct adoption_csv r;
	adoption_csv_init(&r, "log.csv", in);
	size_t total = 0;
	int rc;
	while ((rc = adoption_csv_next(&r, &d)) == 1) {
		for (size_t i = 0; i < r.ncells; i++)
			total += r.cells[i].len ? (unsigned char)r.cells[i].s[r.cells[i].len - 1] : 0;
		(void)adoption_csv_offset(&r);
	}
	(void)total;
	adoption_csv_release(&r);
	diag_release(&d);
	fclose(in);
	return 0;
}
