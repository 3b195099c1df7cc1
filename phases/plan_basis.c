/* What a plan was selected from: kept in the workspace as a small JSON
 * object in no language, told to a reader in the language in use. A plan
 * saved before the basis was kept this way holds an English sentence,
 * shown as it is. */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "plan.h"

/* o as compact JSON, consumed; "" when jansson runs out of memory (the
 * plan is then saved with no basis rather than not at all). */
static char *dumped(json_t *o)
{
	char *s = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
	json_decref(o);
	if (!s)
		return xstrdup("");
	char *out = xstrdup(s);
	free(s);
	return out;
}

char *plan_basis_catalogue(void)
{
	return xstrdup("{\"kind\":\"catalogue\"}");
}

char *plan_basis_workspace(size_t respondents, const char *readiness, size_t cap_respondents,
			   const char *capabilities, size_t findings, size_t initiatives)
{
	json_t *o = json_pack("{s:s, s:I, s:s, s:I, s:s, s:I, s:I}", "kind", "workspace",
			      "respondents", (json_int_t)respondents, "readiness", readiness,
			      "capability_respondents", (json_int_t)cap_respondents,
			      "capabilities", capabilities, "findings", (json_int_t)findings,
			      "initiatives", (json_int_t)initiatives);
	return dumped(o);
}

char *plan_basis_file(const char *file, size_t dimensions, size_t gaps, size_t requests)
{
	json_t *o = json_pack("{s:s, s:s, s:I, s:I, s:I}", "kind", "file", "file", file,
			      "dimensions", (json_int_t)dimensions, "gaps", (json_int_t)gaps,
			      "requests", (json_int_t)requests);
	return dumped(o);
}

static size_t count(json_t *o, const char *key)
{
	json_int_t v = json_integer_value(json_object_get(o, key));
	return v > 0 ? (size_t)v : 0;
}

static const char *str(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? s : "";
}

char *plan_basis_text(const char *stored, bool translated)
{
	if (!stored)
		return xstrdup("");
	json_t *o = stored[0] == '{' ? json_loads(stored, 0, NULL) : NULL;
	const char *kind = o ? json_string_value(json_object_get(o, "kind")) : NULL;
	if (!kind) {
		json_decref(o);
		return xstrdup(stored);
	}
	/* English is the message itself: the JSON output names the basis in
	 * English whatever the language, like its other words. */
#define T(s) (translated ? _(s) : (s))
	char *(*fmt)(const char *, ...) = translated ? tfmt : xasprintf;
	char *text;
	if (!strcmp(kind, "workspace"))
		text = fmt(T(N_("the workspace: %zu respondent(s) to %s, %zu to %s, %zu finding(s) "
			      "naming %zu initiative(s)")),
			    count(o, "respondents"), str(o, "readiness"),
			    count(o, "capability_respondents"), str(o, "capabilities"),
			    count(o, "findings"), count(o, "initiatives"));
	else if (!strcmp(kind, "file"))
		text = fmt(T(N_("%s: %zu dimension(s), %zu capability gap(s), %zu finding request(s)")),
			    str(o, "file"), count(o, "dimensions"), count(o, "gaps"),
			    count(o, "requests"));
	else
		text = xstrdup(T(N_("the whole catalogue (no survey answers or findings to select "
				 "from yet)")));
#undef T
	json_decref(o);
	return text;
}
