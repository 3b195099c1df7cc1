/* q_type: what each question type is, in one table read by the loader,
 * the answer parser, the form matcher, the rules and the survey prompt. */
#include <string.h>

#include "q_internal.h"

static const struct q_type_info TYPES[] = {
	[Q_LIKERT] = { .name = "likert", .scored = true, .reversible = true, .ranged = true,
		       .parse = q_parse_ranged, .from_label = q_label_scale,
		       .labels = q_labels_scale },
	[Q_YESNO] = { .name = "yesno", .scored = true, .reversible = true,
		      .hint = N_("yes / no"), .parse = q_parse_yesno,
		      .from_label = q_label_yesno, .labels = q_labels_yesno },
	[Q_CHOICE] = { .name = "choice", .scored = true, .reversible = true, .options = true,
		       .parse = q_parse_choice, .from_label = q_label_option,
		       .labels = q_labels_option },
	[Q_MULTI] = { .name = "multi", .scored = true, .reversible = true, .options = true,
		      .several = true,
		      .hint = N_("one or more, separated by ';' (numbers or ids)"),
		      .parse = q_parse_multi, .from_label = q_label_option,
		      .labels = q_labels_option },
	[Q_NUMBER] = { .name = "number", .scored = true, .reversible = true, .bands = true,
		       .hint = N_("a number"), .parse = q_parse_band },
	[Q_TEXT] = { .name = "text", .hint = N_("free text"), .parse = q_parse_text },
	[Q_LEVEL] = { .name = "level", .scored = true, .ranged = true, .capability = true,
		      .hint = N_("maturity level 1..5"),
		      .parse = q_parse_ranged },
};

/* Names in enum order, for "did you mean" among them. */
static const char *const NAMES[] = { "likert", "yesno", "choice", "multi", "number", "text",
	"level", NULL };

const struct q_type_info *q_type_info(enum q_type type)
{
	return &TYPES[type];
}

const char *q_type_name(enum q_type type)
{
	return TYPES[type].name;
}

const char *const *q_type_names(void)
{
	return NAMES;
}

bool q_type_find(const char *name, enum q_type *out)
{
	for (size_t i = 0; i < sizeof TYPES / sizeof TYPES[0]; i++)
		if (!strcmp(name, TYPES[i].name)) {
			*out = (enum q_type)i;
			return true;
		}
	return false;
}

bool q_answer_range(const struct questionnaire *q, const struct q_question *qq, long *lo,
		    long *hi)
{
	if (!TYPES[qq->type].ranged)
		return false;
	*lo = TYPES[qq->type].capability ? Q_LEVEL_MIN : q->scale_min;
	*hi = TYPES[qq->type].capability ? Q_LEVEL_MAX : q->scale_max;
	return true;
}
