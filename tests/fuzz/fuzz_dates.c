/* libFuzzer target: the date parsers (plan_date_parse for options and
 * stored dates, dq_parse_date for CSV cells with times and offsets) and
 * their round trip through plan_date_format: a date that parses formats
 * back to the same day, and both parsers agree on plain dates. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../dq/dq.h"
#include "../../phases/plan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	memcpy(s, data, size);
	s[size] = 0;
	long a = 0, b = 0;
	bool pa = plan_date_parse(s, &a);
	bool pb = dq_parse_date(s, strlen(s), &b);
	if (pa) {
		char back[11];
		plan_date_format(a, back);
		long c;
		if (!plan_date_parse(back, &c) || c != a || strcmp(back, s))
			abort();
		(void)plan_date_weekday(a);
		(void)plan_next_monday(a);
		if (!pb || a != b)
			abort();
	}
	free(s);
	return 0;
}
