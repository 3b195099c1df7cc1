/* Finding data-quality checks: a file, else an id in the workspace, else a
 * shipped checks file (registry/), as every dq command looks them up. */
#include <string.h>

#include "../registry/registry.h"
#include "dq.h"

bool dq_checks_find(struct store *st, const char *spec, struct dq_checks *c,
		    struct registry_text *s, struct diag *d)
{
	memset(s, 0, sizeof *s);
	if (!spec)
		spec = DQ_DEFAULT_CHECKS;
	if (!registry_find(st, REGISTRY_CHECKS, spec, s, d))
		return false;
	if (!dq_checks_load(c, s->name, s->text, s->len, d)) {
		registry_text_release(s);
		return false;
	}
	return true;
}

const char *dq_scan_entity(const struct dq_checks *c, const char *asked)
{
	return asked ? asked : c->entity ? c->entity : DQ_DEFAULT_ENTITY;
}
