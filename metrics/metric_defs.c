/* The one table of metric definitions: every metric crmready computes or
 * its shipped plan and rules read, with its family, unit and domain, which
 * direction is better, how many decimals people see and its label (in
 * English; the catalogue has it in other languages). Goals (names, the domain a projection stays in), status, the
 * reports, the workbook and the HTML read it from here. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "metrics.h"

#define OPEN HUGE_VAL

const struct metric_def metric_defs[] = {
	{ METRIC_LICENSED_USERS, METRIC_FAMILY_ADOPTION, true, false, METRIC_COUNT, 0, OPEN, false, 0,
	  N_("licensed users") },
	{ METRIC_ACTIVE_USERS, METRIC_FAMILY_ADOPTION, true, false, METRIC_COUNT, 0, OPEN, false, 0,
	  N_("active users") },
	{ METRIC_ACTIVE_RATE, METRIC_FAMILY_ADOPTION, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("active rate") },
	{ METRIC_LOGINS_PER_ACTIVE_USER, METRIC_FAMILY_ADOPTION, true, false, METRIC_RATIO, 0, OPEN, false, 1,
	  N_("logins per active user") },
	{ METRIC_CORE_ACTIVE_USERS, METRIC_FAMILY_ADOPTION, true, false, METRIC_COUNT, 0, OPEN, false, 0,
	  N_("core-active users") },
	{ METRIC_CORE_ACTIVE_RATE, METRIC_FAMILY_ADOPTION, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("core-active rate") },
	/* Active in the 28 days to the week's Sunday; weekly active / that. */
	{ METRIC_MONTHLY_ACTIVE_USERS, METRIC_FAMILY_ADOPTION, true, false, METRIC_COUNT, 0, OPEN, false, 0,
	  N_("monthly active users") },
	{ METRIC_STICKINESS, METRIC_FAMILY_ADOPTION, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("stickiness (weekly / monthly active)") },
	{ METRIC_DQ_COMPLETENESS, METRIC_FAMILY_DQ, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("completeness") },
	{ METRIC_DQ_COMPLETENESS, METRIC_FAMILY_DQ, true, true, METRIC_FRACTION, 0, 1, false, 1,
	  N_("completeness of a field") },
	{ METRIC_DQ_VALIDITY, METRIC_FAMILY_DQ, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("validity") },
	{ METRIC_DQ_VALIDITY, METRIC_FAMILY_DQ, true, true, METRIC_FRACTION, 0, 1, false, 1,
	  N_("validity of a field") },
	{ METRIC_DQ_DUPLICATE_RATE, METRIC_FAMILY_DQ, true, false, METRIC_FRACTION, 0, 1, true, 1,
	  N_("duplicate rate") },
	{ METRIC_DQ_FRESHNESS, METRIC_FAMILY_DQ, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("freshness") },
	{ METRIC_DQ_SCORE, METRIC_FAMILY_DQ, true, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("data-quality score") },
	/* Recorded with 'metric record'; the shipped plan and rules read them
	 * on these scales. */
	{ METRIC_TRAINING_COMPLETION, METRIC_FAMILY_TRAINING, false, false, METRIC_FRACTION, 0, 1, false, 1,
	  N_("training completion") },
	{ METRIC_CSAT, METRIC_FAMILY_SATISFACTION, false, false, METRIC_SCORE, 1, 5, false, 1,
	  N_("customer satisfaction (1-5)") },
	{ METRIC_ROI_RATIO, METRIC_FAMILY_ROI, false, false, METRIC_REAL, -1, OPEN, false, 2,
	  N_("return on investment") },
};
const size_t metric_ndefs = sizeof metric_defs / sizeof *metric_defs;

const char *const metric_scope_kinds[] = { "department", "wave", "entity", "role", NULL };

const struct metric_def *metric_def_find(const char *name)
{
	for (size_t i = 0; i < metric_ndefs; i++) {
		const struct metric_def *m = &metric_defs[i];
		size_t n = strlen(m->name);
		if (!m->per_field && !strcmp(name, m->name))
			return m;
		if (m->per_field && !strncmp(name, m->name, n) && name[n] == '.' && name[n + 1])
			return m;
	}
	return NULL;
}

double metric_def_clamp(const struct metric_def *m, double v)
{
	if (!m)
		return v;
	return v < m->min ? m->min : v > m->max ? m->max : v;
}

bool metric_def_whole(const struct metric_def *m, double v)
{
	return !m || m->unit != METRIC_COUNT || v == floor(v);
}

bool metric_def_in_domain(const struct metric_def *m, double v)
{
	return !m || (v >= m->min && v <= m->max && metric_def_whole(m, v));
}

const char *metric_def_domain(const struct metric_def *m)
{
	switch (m->unit) {
	case METRIC_FRACTION: return _("a fraction from 0 to 1");
	case METRIC_COUNT: return _("a count of 0 or more (a whole number)");
	case METRIC_RATIO: return _("a ratio of 0 or more");
	case METRIC_SCORE: return m->min == 1 && m->max == 5 ? _("a score from 1 to 5")
							      : _("a score on its scale");
	case METRIC_REAL: return m->min == -1 ? _("a ratio of -1 or more") : _("a number");
	}
	return _("a number");
}

bool metric_def_check_value(const char *metric, double v, bool target, const char *what,
			    const char *shown, struct diag *d)
{
	const struct metric_def *def = metric_def_find(metric);
	if (target ? metric_def_whole(def, v) : metric_def_in_domain(def, v))
		return true;
	diag_fail(d, EXIT_USAGE, _("%s: found %s, but %s is %s"), what, shown, metric,
		  metric_def_domain(def));
	return false;
}

bool metric_source_check(const char *source, const char *what, struct diag *d)
{
	if (strlen(source) <= 200)
		return true;
	diag_fail(d, EXIT_USAGE, _("%s: at most 200 characters"), what);
	return false;
}

const char *metric_def_label(const struct metric_def *m)
{
	return _(m->label);
}

bool metric_in_family(const char *name, const char *stem)
{
	size_t n = strlen(stem);
	return !strncmp(name, stem, n) && name[n] == '.';
}

static bool word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '-';
}

/* The family of a name: the part before its first '.' (at most 31 bytes). */
static void family_of(const char *name, char out[32])
{
	size_t n = strcspn(name, ".");
	snprintf(out, 32, "%.*s", (int)(n < 31 ? n : 31), name);
}

bool metric_name_check(const char *name, char **err)
{
	size_t n = strlen(name);
	bool shape = n > 0 && n <= 100 && name[0] >= 'a' && name[0] <= 'z';
	for (size_t i = 0; shape && i < n; i++) {
		if (name[i] == '.')
			shape = i + 1 < n && name[i + 1] != '.';
		else
			shape = word_char(name[i]);
	}
	if (!shape) {
		*err = xasprintf(_("expected a metric name such as %s or %s (words of letters, "
				   "digits, '_' or '-' joined by '.', at most 100 characters)"),
				 METRIC_ACTIVE_RATE, METRIC_TRAINING_COMPLETION);
		return false;
	}
	if (metric_def_find(name))
		return true;
	/* A family crmready computes has only the names of the table. */
	char family[32];
	family_of(name, family);
	const char *names[sizeof metric_defs / sizeof *metric_defs];
	size_t k = 0;
	struct sbuf all;
	sbuf_init(&all);
	for (size_t i = 0; i < metric_ndefs; i++) {
		const struct metric_def *m = &metric_defs[i];
		if (!m->computed || strcmp(m->family, family))
			continue;
		if (!m->per_field)
			names[k++] = m->name;
		sbuf_addf(&all, "%s%s%s", all.len ? trc("list", ", ") : "", m->name, m->per_field ? ".FIELD" : "");
	}
	if (!all.len) {
		sbuf_release(&all);
		return true;
	}
	const char *close = text_closest(name, names, k);
	if (close)
		*err = xasprintf(_("not a metric crmready computes (did you mean '%s'?)"), close);
	else
		*err = xasprintf(_("not a metric crmready computes; %s names are: %s"), family, all.s);
	sbuf_release(&all);
	return false;
}
