/* libFuzzer target: the data-quality checks loader and validator
 * (dq_checks_load, PCRE2 patterns included), and the field lookup. */
#include <stddef.h>
#include <stdint.h>

#include "../../core/diag.h"
#include "../../dq/dq.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d;
	diag_init(&d);
	struct dq_checks c;
	if (dq_checks_load(&c, "k.yaml", (const char *)data, size, &d)) {
		(void)dq_checks_field(&c, "Email");
		dq_checks_release(&c);
	}
	diag_release(&d);
	return 0;
}
