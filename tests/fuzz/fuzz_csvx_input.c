/* libFuzzer target: core/csvx_input, the transcoding stream under every
 * CSV import (a BOM for UTF-16, --encoding through iconv), read through
 * csvx_read to the end or the first error: no hang (libFuzzer's timeout),
 * no overflow. The first byte picks the encoding and the delimiter; the
 * rest is the file, written to a temporary file (csvx_open takes a path). */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../core/csvx.h"
#include "../../core/diag.h"

static bool on_row(const struct csvx_row *r, void *arg)
{
	size_t *cells = arg;
	*cells += r->n;
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* One temporary file, unlinked at once and reopened by its
	 * descriptor: nothing is left behind. */
	static char path[64];
	static int fd = -1;
	if (fd < 0) {
		char tmp[] = "/tmp/fuzz_csvx_input.XXXXXX";
		if ((fd = mkstemp(tmp)) < 0)
			abort();
		unlink(tmp);
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (!size)
		return 0;
	static const char *const encodings[] = { NULL, "WINDOWS-1256", "WINDOWS-1252",
						 "UTF-16LE", "UTF-16", "UTF-8" };
	static const char delimiters[] = { 0, ',', ';', '\t' };
	struct csvx_format fmt = { encodings[data[0] % 6], delimiters[(data[0] >> 3) % 4] };
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data + 1, size - 1, 0) != (ssize_t)(size - 1))
		abort();
	size_t cells = 0;
	struct csvx_reader r = { .file = "f.csv", .format = &fmt, .on_row = on_row, .arg = &cells,
				 .check_utf8 = true };
	struct diag d;
	diag_init(&d);
	(void)csvx_read(&r, path, &d);
	diag_release(&d);
	return 0;
}
