/* libFuzzer target: the questionnaire loader and validator (q_load_buffer),
 * then every answer form of every question parsed from the input's words,
 * and `when` evaluated on them. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../core/diag.h"
#include "../../questionnaires/questionnaire.h"

static const char *const raws[] = { "", "1", "5", "na", "n/a", "yes", "no", "a;b", "1e999",
				    "-0", "nan", "inf", "9223372036854775808", "۳", "x" };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag d;
	diag_init(&d);
	struct questionnaire *q = q_load_buffer("q.yaml", (const char *)data, size, &d);
	if (q) {
		size_t nr = sizeof raws / sizeof *raws;
		const char **values = calloc(q->nquestions + 1, sizeof *values);
		for (size_t i = 0; i < q->nquestions; i++) {
			const struct q_question *qq = &q->questions[i];
			for (size_t k = 0; k < nr; k++) {
				struct q_answer a;
				char *err = NULL;
				if (q_answer_parse(q, qq, raws[k], &a, &err))
					q_answer_release(&a);
				free(err);
			}
			values[i] = raws[(i * 7 + size) % nr];
			(void)q_when_applies(q, qq, values);
		}
		free(values);
		q_free(q);
	}
	diag_release(&d);
	return 0;
}
