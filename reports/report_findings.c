/* report_findings: a finding's evidence and the reason a rule was not
 * evaluated, as people read them — in the terminal ('crmready findings')
 * and in the workbook's Findings sheet, so both say the same. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "report.h"

/* Numbers for people: one decimal, but fractions (metrics are 0..1) keep
 * three significant digits so 0.062 is not shown as 0.1 next to a 0.05
 * threshold. */
static char *num_text(double v)
{
	char buf[TEXT_NUMBER_LEN];
	return i18n_digits(text_number(v, buf));
}

static char *value_text(const struct expr_evidence *x, lang_id lang)
{
	if (!x->has_value)
		return xstrdup(_("no data"));
	switch (x->value.type) {
	case EXPR_STRING: return xasprintf("\"%s\"", x->value.str);
	case EXPR_BOOL: return xstrdup(x->value.b ? "true" : "false");
	default: return num_text(x->value.num);
	}
}

char *report_finding_evidence(const struct expr_result *r, lang_id lang)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < r->nevidence; i++) {
		char *v = value_text(&r->evidence[i], lang);
		sbuf_addf(&b, "%s%s = %s", i ? trc("list", "; ") : "", r->evidence[i].text, v);
		free(v);
	}
	return sbuf_detach(&b);
}
