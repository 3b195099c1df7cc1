/* libFuzzer target: the catalogue loader and validator
 * (catalogue_load_buffer), then a plan built from a valid one. */
#include <stddef.h>
#include <stdint.h>

#include "../../core/diag.h"
#include "../../phases/plan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d;
	diag_init(&d);
	struct catalogue *c = catalogue_load_buffer("c.yaml", (const char *)data, size, &d);
	if (c) {
		struct plan_inputs in = { 0 };
		in.everything = true;
		long start;
		plan_date_parse("2026-01-05", &start);
		struct plan p;
		if (plan_build(c, &in, start, &p, &d))
			plan_release(&p);
		catalogue_free(c);
	}
	diag_release(&d);
	return 0;
}
