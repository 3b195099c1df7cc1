/* libFuzzer target: `dq scan` over the shipped Salesforce Contact checks:
 * every cell normalised (Persian/Arabic folds, e-mail and phone keys,
 * dates), profiled, deduplicated, with the clusters and problems CSVs. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../core/diag.h"
#include "../../core/embedded.h"
#include "../../dq/dq.h"

static struct dq_checks checks;
static char path[256];
static FILE *sink;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!sink) {
		const struct embedded_file *f = content_find("checks/salesforce-contact.yaml");
		struct diag d0;
		diag_init(&d0);
		if (!f || !dq_checks_load(&checks, "salesforce-contact.yaml", (const char *)f->data,
					  f->len, &d0))
			abort();
		diag_release(&d0);
		const char *tmp = getenv("TMPDIR");
		if (!tmp && access("/dev/shm", W_OK) == 0)
			tmp = "/dev/shm";   /* no disk syncs: many more runs */
		snprintf(path, sizeof path, "%s/fuzz-dq-%ld.csv", tmp ? tmp : "/tmp", (long)getpid());
		sink = fopen("/dev/null", "w");
	}
	FILE *out = fopen(path, "wb");
	if (!out)
		abort();
	fwrite(data, 1, size, out);
	fclose(out);
	struct dq_scan_opts opts = { "2026-03-01", sink, sink, NULL, NULL };
	struct dq_result res;
	struct diag d;
	diag_init(&d);
	(void)dq_scan(&checks, path, &opts, &res, &d);
	dq_result_release(&res);
	diag_release(&d);
	unlink(path);
	return 0;
}
