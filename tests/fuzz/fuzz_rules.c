/* libFuzzer target: the rules loader and validator (rule_load_buffer) with
 * the shipped questionnaires and catalogues as references (or none), then
 * every rule evaluated with facts that answer, answer oddly, or have no data. */
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../core/diag.h"
#include "../../core/xalloc.h"
#include "../../rules/rules.h"

static struct rule_refs *refs;
static unsigned mode;

static bool val(double *out, char **why)
{
	static const double vals[] = { 42.5, 0, -1, 1e308, 100 };
	if (mode % 6 == 5) {
		*why = xstrdup("no data here");
		return false;
	}
	*out = mode % 6 == 4 ? INFINITY : vals[mode % 5];
	return true;
}
static bool f_score(void *c, const char *q, const char *dim, const char *by, const char *g,
		    double *o, char **w) { (void)c; (void)q; (void)dim; (void)by; (void)g; return val(o, w); }
static bool f_index(void *c, const char *q, double *o, char **w) { (void)c; (void)q; return val(o, w); }
static bool f_qq(void *c, const char *q, const char *x, double *o, char **w)
{ (void)c; (void)q; (void)x; return val(o, w); }
static bool f_mode(void *c, const char *q, const char *x, char **o, char **w)
{
	(void)c; (void)q; (void)x; (void)w;
	*o = xstrdup(mode & 1 ? "yes" : "opt-a");
	return true;
}
static bool f_share(void *c, const char *q, const char *x, const char *v, double *o, char **w)
{ (void)c; (void)q; (void)x; (void)v; return val(o, w); }
static bool f_pg(void *c, const char *q, const char *x, const char *by, double *o, char **w)
{ (void)c; (void)q; (void)x; (void)by; return val(o, w); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!refs)
		refs = rule_refs_new(NULL);   /* shipped content, loaded once */
	mode = size ? data[size - 1] : 0;
	struct diag d;
	diag_init(&d);
	struct rule_set *s = rule_load_buffer("r.yaml", (const char *)data, size,
					      size && data[0] & 1 ? refs : NULL, &d);
	if (s) {
		struct rule_facts facts = {
			NULL, f_score, f_index, f_qq, f_mode, f_share, f_index, f_qq, f_qq, f_qq,
			f_pg, f_qq,
		};
		struct rule_facts none;
		memset(&none, 0, sizeof none);
		struct rule_set *sets[] = { s };
		struct rule_findings f;
		rule_findings_collect(sets, 1, mode & 2 ? &facts : &none, SEVERITY_INFO, &f);
		rule_findings_release(&f);
		rule_set_free(s);
	}
	diag_release(&d);
	return 0;
}
