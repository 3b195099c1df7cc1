/* The one place where plan build learns what to plan for.
 *
 * Inputs: the readiness dimensions' scores, the capability gaps and the
 * findings that name initiatives (struct plan_inputs in phases/plan.h).
 *
 * Sources, in order:
 *  1. --inputs FILE.json: the shape of `crmready assess --format json`
 *     (SPEC §9: "dimensions" [{id, score}], "capabilities" [{id, gap,
 *     priority}]) plus an optional "findings" list [{rule, severity,
 *     initiatives: [ids]}]; every key optional.
 *  2. The workspace: the assessment of the readiness questionnaire
 *     (dimension scores), of the capability model (gaps), and the findings
 *     of every rules set. With no answers and no findings at all there is
 *     nothing to select from: the whole catalogue is planned and the basis
 *     says so.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/xalloc.h"
#include "../core/yamlx.h"
#include "plan_cli.h"

static bool want(struct cli *cli, const char *file, json_t *v, json_type type, const char *path,
		 const char *expected)
{
	if (v && json_typeof(v) == type)
		return true;
	if (type == JSON_REAL && v && json_is_integer(v))
		return true;
	static const char *const names[] = { "an object", "a list", "a string", "a number",
					     "a number", "true", "false", "null" };
	diag_fail(&cli->diag, EXIT_DATAERR, "%s: %s: found %s, expected %s", file, path,
		  v ? names[json_typeof(v)] : "nothing", expected);
	return false;
}

static bool read_file(struct cli *cli, const char *file, struct plan_inputs_owned *o)
{
	json_error_t err;
	FILE *f = fopen(file, "rb");
	if (!f) {
		diag_fail(&cli->diag, EXIT_NOINPUT, "%s: cannot read: %s", file, strerror(errno));
		return false;
	}
	/* The same size limit as every YAML file: jansson holds it all. */
	struct stat sb;
	if (fstat(fileno(f), &sb) != 0 || S_ISDIR(sb.st_mode)) {
		diag_fail(&cli->diag, EXIT_NOINPUT, "%s: cannot read: %s", file,
			  S_ISDIR(sb.st_mode) ? "it is a directory" : strerror(errno));
		fclose(f);
		return false;
	}
	if (sb.st_size > YX_MAX_FILE) {
		diag_fail(&cli->diag, EXIT_DATAERR, "%s: the file is too large (%lld bytes, at most %d)",
			  file, (long long)sb.st_size, YX_MAX_FILE);
		fclose(f);
		return false;
	}
	o->json = json_loadf(f, JSON_REJECT_DUPLICATES, &err);
	fclose(f);
	if (!o->json) {
		diag_err(&cli->diag, file, err.line, err.column, "%s", err.text);
		return false;
	}
	json_t *root = o->json;
	if (!want(cli, file, root, JSON_OBJECT, "the top level", "an object"))
		return false;
	struct plan_inputs *in = &o->in;
	bool ok = true;
	char path[96];
	json_t *dims = json_object_get(root, "dimensions");
	if (dims && want(cli, file, dims, JSON_ARRAY, "dimensions", "a list")) {
		in->dimensions = xcalloc(json_array_size(dims) + 1, sizeof *in->dimensions);
		for (size_t i = 0; i < json_array_size(dims); i++) {
			json_t *e = json_array_get(dims, i);
			snprintf(path, sizeof path, "dimensions[%zu]", i);
			if (!want(cli, file, e, JSON_OBJECT, path, "an object")) {
				ok = false;
				continue;
			}
			json_t *id = json_object_get(e, "id"), *score = json_object_get(e, "score");
			json_t *title = json_object_get(e, "title");
			snprintf(path, sizeof path, "dimensions[%zu].id", i);
			ok &= want(cli, file, id, JSON_STRING, path, "a string");
			snprintf(path, sizeof path, "dimensions[%zu].score", i);
			if (score && json_is_null(score))
				continue; /* a dimension without data selects nothing */
			ok &= want(cli, file, score, JSON_REAL, path, "a number");
			if (!json_is_string(id) || !json_is_number(score))
				continue;
			struct plan_dimension *d = &in->dimensions[in->ndimensions++];
			d->id = json_string_value(id);
			d->score = json_number_value(score);
			d->title = json_is_string(title) ? json_string_value(title) : NULL;
		}
	} else if (dims) {
		ok = false;
	}
	json_t *caps = json_object_get(root, "capabilities");
	if (caps && want(cli, file, caps, JSON_ARRAY, "capabilities", "a list")) {
		in->gaps = xcalloc(json_array_size(caps) + 1, sizeof *in->gaps);
		for (size_t i = 0; i < json_array_size(caps); i++) {
			json_t *e = json_array_get(caps, i);
			snprintf(path, sizeof path, "capabilities[%zu]", i);
			if (!want(cli, file, e, JSON_OBJECT, path, "an object")) {
				ok = false;
				continue;
			}
			json_t *id = json_object_get(e, "id"), *gap = json_object_get(e, "gap");
			json_t *prio = json_object_get(e, "priority");
			snprintf(path, sizeof path, "capabilities[%zu].id", i);
			ok &= want(cli, file, id, JSON_STRING, path, "a string");
			if (gap && json_is_null(gap))
				continue;
			snprintf(path, sizeof path, "capabilities[%zu].gap", i);
			ok &= want(cli, file, gap, JSON_REAL, path, "a number");
			if (prio && !json_is_null(prio)) {
				snprintf(path, sizeof path, "capabilities[%zu].priority", i);
				ok &= want(cli, file, prio, JSON_REAL, path, "a number");
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
	if (fnd && want(cli, file, fnd, JSON_ARRAY, "findings", "a list")) {
		size_t cap = 0;
		for (size_t i = 0; i < json_array_size(fnd); i++) {
			json_t *e = json_array_get(fnd, i);
			snprintf(path, sizeof path, "findings[%zu]", i);
			if (!want(cli, file, e, JSON_OBJECT, path, "an object")) {
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
			ok &= want(cli, file, rule, JSON_STRING, path, "a string");
			snprintf(path, sizeof path, "findings[%zu].severity", i);
			enum severity s = SEVERITY_MEDIUM;
			if (want(cli, file, sev, JSON_STRING, path,
				 "one of info, low, medium, high, critical") &&
			    !severity_parse(json_string_value(sev), &s)) {
				diag_fail(&cli->diag, EXIT_DATAERR, "%s: %s: found '%s', expected one "
					  "of info, low, medium, high, critical", file, path,
					  json_string_value(sev));
				ok = false;
			}
			snprintf(path, sizeof path, "findings[%zu].initiatives", i);
			if (!inits)
				continue;
			if (!want(cli, file, inits, JSON_ARRAY, path, "a list of initiative ids")) {
				ok = false;
				continue;
			}
			for (size_t k = 0; k < json_array_size(inits); k++) {
				json_t *x = json_array_get(inits, k);
				snprintf(path, sizeof path, "findings[%zu].initiatives[%zu]", i, k);
				if (!want(cli, file, x, JSON_STRING, path, "an initiative id")) {
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
	o->basis = xasprintf("%s: %zu dimension(s), %zu capability gap(s), %zu finding "
			     "request(s)", file, in->ndimensions, in->ngaps, in->nrequests);
	return ok;
}

static bool from_workspace(struct cli *cli, struct store *st, struct plan_inputs_owned *o)
{
	struct plan_inputs *in = &o->in;
	size_t errors = cli->diag.errors;
	/* The findings first: the assessments are the ones their facts read,
	 * loaded once (a workspace of 100,000 respondents is read once, and a
	 * stored answer that is no longer valid is reported once). */
	o->findings = xcalloc(1, sizeof *o->findings);
	if (!rule_engagement_evaluate(st, o->findings, &cli->diag))
		return false;
	o->readiness_a = rule_workspace_assessment(o->findings->facts, RULE_DEFAULT_QUESTIONNAIRE);
	o->capabilities_a = rule_workspace_assessment(o->findings->facts,
						      RULE_DEFAULT_CAPABILITIES);
	if (cli->diag.errors > errors)
		return false;
	if (o->readiness_a) {
		const struct questionnaire *q = o->readiness_a->q;
		in->dimensions = xcalloc(q->ndimensions + 1, sizeof *in->dimensions);
		for (size_t i = 0; i < q->ndimensions; i++) {
			double score;
			if (!q_assess_score(o->readiness_a, i, &score))
				continue; /* a dimension without data selects nothing */
			in->dimensions[in->ndimensions++] = (struct plan_dimension){
				q->dimensions[i].id, score, text_get(&q->dimensions[i].title, cli->lang) };
		}
	}
	if (o->capabilities_a) {
		const struct questionnaire *q = o->capabilities_a->q;
		in->gaps = xcalloc(q->ncapabilities + 1, sizeof *in->gaps);
		for (size_t i = 0; i < q->ncapabilities; i++) {
			const struct q_cap_result *c = &o->capabilities_a->caps[i];
			if (c->has_data)
				in->gaps[in->ngaps++] = (struct plan_gap){ q->capabilities[i].id, c->gap,
									   c->priority };
		}
	}
	size_t cap = 0, nfired = o->findings->findings.nfired;
	for (size_t i = 0; i < nfired; i++) {
		const struct rule *r = o->findings->findings.fired[i].rule;
		for (size_t k = 0; k < r->ninitiatives; k++) {
			XGROW(in->requests, cap, in->nrequests + 1);
			in->requests[in->nrequests++] = (struct plan_request){
				r->initiatives[k], r->id, r->severity };
		}
	}
	if (!o->readiness_a && !o->capabilities_a && !nfired) {
		in->everything = true;
		o->basis = xstrdup("the whole catalogue (no survey answers or findings to select "
				   "from yet)");
		return true;
	}
	/* Initiatives, not mentions: several findings often ask for the same. */
	size_t named = 0;
	for (size_t i = 0; i < in->nrequests; i++) {
		size_t k = 0;
		while (k < i && strcmp(in->requests[k].initiative, in->requests[i].initiative))
			k++;
		named += k == i;
	}
	o->basis = xasprintf("the workspace: %zu respondent(s) to %s, %zu to %s, %zu finding(s) "
			     "naming %zu initiative(s)",
			     o->readiness_a ? q_assess_respondents(o->readiness_a) : 0,
			     o->readiness_a ? o->readiness_a->q->id : RULE_DEFAULT_QUESTIONNAIRE,
			     o->capabilities_a ? q_assess_respondents(o->capabilities_a) : 0,
			     o->capabilities_a ? o->capabilities_a->q->id : RULE_DEFAULT_CAPABILITIES,
			     nfired, named);
	return true;
}

bool plan_inputs_gather(struct cli *cli, struct store *st, const char *file,
			struct plan_inputs_owned *out)
{
	memset(out, 0, sizeof *out);
	if (file)
		return read_file(cli, file, out);
	return from_workspace(cli, st, out);
}

void plan_inputs_release(struct plan_inputs_owned *o)
{
	free(o->in.requests);
	free(o->in.dimensions);
	free(o->in.gaps);
	free(o->basis);
	if (o->json)
		json_decref(o->json);
	if (o->findings) {
		rule_engagement_release(o->findings);
		free(o->findings);
	}
	memset(o, 0, sizeof *o);
}
