/* Plan inputs from a file (plan build --inputs FILE.json): the shape of
 * `crmready assess --format json` ("dimensions" [{id, score}],
 * "capabilities" [{id, gap, priority}]) plus an optional "findings" list
 * [{rule, severity, initiatives: [ids]}]; every key optional. The inputs
 * read from the workspace are engagement_plan_source's
 * (engagement/engagement_plan.c). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "../core/yamlx.h"
#include "plan.h"

/* expected: English marked N_(), translated only when v is not of type. */
static bool want(struct diag *d, const char *file, json_t *v, json_type type, const char *path,
		 const char *expected)
{
	if (v && json_typeof(v) == type)
		return true;
	if (type == JSON_REAL && v && json_is_integer(v))
		return true;
	static const char *const names[] = { N_("an object"), N_("a list"), N_("a string"),
					     N_("a number"), N_("a number"), "true", "false", "null" };
	diag_fail(d, EXIT_DATAERR, _("%s: %s: found %s, expected %s"), file, path,
		  v ? tr(names[json_typeof(v)]) : _("nothing"), tr(expected));
	return false;
}

static bool read_file(struct diag *d, const char *file, struct plan_source *o)
{
	json_error_t err;
	FILE *f = fopen(file, "rb");
	if (!f) {
		diag_fail(d, EXIT_NOINPUT, _("%s: cannot read: %s"), file, i18n_strerror(errno));
		return false;
	}
	/* The same size limit as every YAML file: jansson holds it all. */
	struct stat sb;
	if (fstat(fileno(f), &sb) != 0 || S_ISDIR(sb.st_mode)) {
		diag_fail(d, EXIT_NOINPUT, _("%s: cannot read: %s"), file,
			  S_ISDIR(sb.st_mode) ? _("it is a directory") : i18n_strerror(errno));
		fclose(f);
		return false;
	}
	if (sb.st_size > YX_MAX_FILE) {
		diag_fail(d, EXIT_DATAERR, _("%s: the file is too large (%lld bytes, at most %d)"),
			  file, (long long)sb.st_size, YX_MAX_FILE);
		fclose(f);
		return false;
	}
	o->json = json_loadf(f, JSON_REJECT_DUPLICATES, &err);
	fclose(f);
	if (!o->json) {
		diag_err(d, file, err.line, err.column, "%s", err.text);
		return false;
	}
	json_t *root = o->json;
	if (!want(d, file, root, JSON_OBJECT, _("the top level"), N_("an object")))
		return false;
	struct plan_inputs *in = &o->in;
	bool ok = true;
	char path[96];
	json_t *dims = json_object_get(root, "dimensions");
	if (dims && want(d, file, dims, JSON_ARRAY, "dimensions", N_("a list"))) {
		in->dimensions = xcalloc(json_array_size(dims) + 1, sizeof *in->dimensions);
		for (size_t i = 0; i < json_array_size(dims); i++) {
			json_t *e = json_array_get(dims, i);
			snprintf(path, sizeof path, "dimensions[%zu]", i);
			if (!want(d, file, e, JSON_OBJECT, path, N_("an object"))) {
				ok = false;
				continue;
			}
			json_t *id = json_object_get(e, "id"), *score = json_object_get(e, "score");
			json_t *title = json_object_get(e, "title");
			snprintf(path, sizeof path, "dimensions[%zu].id", i);
			ok &= want(d, file, id, JSON_STRING, path, N_("a string"));
			snprintf(path, sizeof path, "dimensions[%zu].score", i);
			if (score && json_is_null(score))
				continue; /* a dimension without data selects nothing */
			ok &= want(d, file, score, JSON_REAL, path, N_("a number"));
			if (!json_is_string(id) || !json_is_number(score))
				continue;
			struct plan_dimension *dim = &in->dimensions[in->ndimensions++];
			dim->id = json_string_value(id);
			dim->score = json_number_value(score);
			dim->title = json_is_string(title) ? json_string_value(title) : NULL;
		}
	} else if (dims) {
		ok = false;
	}
	json_t *caps = json_object_get(root, "capabilities");
	if (caps && want(d, file, caps, JSON_ARRAY, "capabilities", N_("a list"))) {
		in->gaps = xcalloc(json_array_size(caps) + 1, sizeof *in->gaps);
		for (size_t i = 0; i < json_array_size(caps); i++) {
			json_t *e = json_array_get(caps, i);
			snprintf(path, sizeof path, "capabilities[%zu]", i);
			if (!want(d, file, e, JSON_OBJECT, path, N_("an object"))) {
				ok = false;
				continue;
			}
			json_t *id = json_object_get(e, "id"), *gap = json_object_get(e, "gap");
			json_t *prio = json_object_get(e, "priority");
			snprintf(path, sizeof path, "capabilities[%zu].id", i);
			ok &= want(d, file, id, JSON_STRING, path, N_("a string"));
			if (gap && json_is_null(gap))
				continue;
			snprintf(path, sizeof path, "capabilities[%zu].gap", i);
			ok &= want(d, file, gap, JSON_REAL, path, N_("a number"));
			if (prio && !json_is_null(prio)) {
				snprintf(path, sizeof path, "capabilities[%zu].priority", i);
				ok &= want(d, file, prio, JSON_REAL, path, N_("a number"));
			}
			if (!json_is_string(id) || !json_is_number(gap))
				continue;
			struct plan_gap *g = &in->gaps[in->ngaps++];
			g->id = json_string_value(id);
			g->gap = json_number_value(gap);
			g->priority = json_is_number(prio) ? json_number_value(prio) : g->gap;
		}
	} else if (caps) {
		ok = false;
	}
	json_t *fnd = json_object_get(root, "findings");
	if (fnd && want(d, file, fnd, JSON_ARRAY, "findings", N_("a list"))) {
		size_t cap = 0;
		for (size_t i = 0; i < json_array_size(fnd); i++) {
			json_t *e = json_array_get(fnd, i);
			snprintf(path, sizeof path, "findings[%zu]", i);
			if (!want(d, file, e, JSON_OBJECT, path, N_("an object"))) {
				ok = false;
				continue;
			}
			json_t *rule = json_object_get(e, "rule");
			if (!rule)
				rule = json_object_get(e, "id");
			json_t *sev = json_object_get(e, "severity");
			json_t *inits = json_object_get(e, "initiatives");
			/* Findings that did not fire or were not evaluated ask for nothing. */
			json_t *fired = json_object_get(e, "status");
			if (json_is_string(fired) && strcmp(json_string_value(fired), "fired"))
				continue;
			snprintf(path, sizeof path, "findings[%zu].rule", i);
			ok &= want(d, file, rule, JSON_STRING, path, N_("a string"));
			snprintf(path, sizeof path, "findings[%zu].severity", i);
			enum severity s = SEVERITY_MEDIUM;
			if (want(d, file, sev, JSON_STRING, path,
				 N_("one of info, low, medium, high, critical")) &&
			    !severity_parse(json_string_value(sev), &s)) {
				diag_fail(d, EXIT_DATAERR, _("%s: %s: found '%s', expected one "
					  "of info, low, medium, high, critical"), file, path,
					  json_string_value(sev));
				ok = false;
			}
			snprintf(path, sizeof path, "findings[%zu].initiatives", i);
			if (!inits)
				continue;
			if (!want(d, file, inits, JSON_ARRAY, path, N_("a list of initiative ids"))) {
				ok = false;
				continue;
			}
			for (size_t k = 0; k < json_array_size(inits); k++) {
				json_t *x = json_array_get(inits, k);
				snprintf(path, sizeof path, "findings[%zu].initiatives[%zu]", i, k);
				if (!want(d, file, x, JSON_STRING, path, N_("an initiative id"))) {
					ok = false;
					continue;
				}
				if (!json_is_string(rule))
					continue;
				XGROW(in->requests, cap, in->nrequests + 1);
				in->requests[in->nrequests++] = (struct plan_request){
					json_string_value(x), json_string_value(rule), s };
			}
		}
	} else if (fnd) {
		ok = false;
	}
	o->basis = plan_basis_file(file, in->ndimensions, in->ngaps, in->nrequests);
	return ok;
}

bool plan_source_read(const char *file, struct plan_source *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	return read_file(d, file, out);
}

void plan_source_release(struct plan_source *s)
{
	free(s->in.requests);
	free(s->in.dimensions);
	free(s->in.gaps);
	free(s->basis);
	if (s->json)
		json_decref(s->json);
	memset(s, 0, sizeof *s);
}
