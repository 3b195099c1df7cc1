/* q_progress: how far a respondent got with a questionnaire (survey list,
 * assess). */
#include <string.h>

#include "questionnaire.h"

enum q_progress q_respondent_progress(const struct questionnaire *q, const char *const *values,
				      struct q_progress_counts *out)
{
	struct q_progress_counts c = { 0 };
	for (size_t i = 0; i < q->nquestions; i++) {
		if (!q_when_applies(q, &q->questions[i], values))
			continue;
		c.applicable++;
		bool has = values[i] && *values[i];
		c.answered += has;
		c.dealt += values[i] != NULL;
		if (q->questions[i].required) {
			c.required++;
			c.required_answered += has;
		}
	}
	if (out)
		*out = c;
	/* Optional questions may be skipped (or left empty in an import):
	 * only a required one left open keeps a respondent in progress. */
	if (!c.dealt)
		return Q_NOT_STARTED;
	return c.required_answered == c.required ? Q_COMPLETE : Q_IN_PROGRESS;
}

const char *q_progress_name(enum q_progress p)
{
	static const char *const names[] = { N_("not started"), N_("in progress"),
					       N_("complete") };
	return names[p];
}
