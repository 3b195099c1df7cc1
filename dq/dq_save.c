/* Data quality: a scan's figures into the workspace, as dq.* metrics
 * and as a scan record with its field profile (for `dq report`). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "../metrics/metrics.h"
#include "dq.h"

static char *examples_json(const struct dq_field_profile *p)
{
	json_t *a = json_array();
	for (size_t i = 0; i < p->nexamples; i++)
		json_array_append_new(a, json_pack("{s:I, s:s, s:s}", "row",
						   (json_int_t)p->examples[i].row, "problem",
						   p->examples[i].problem, "value", p->examples[i].value));
	char *s = json_dumps(a, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(a);
	return s;
}

bool dq_save(struct store *st, const struct dq_checks *c, const struct dq_result *res,
	     const char *entity, const char *date, const char *file, struct diag *d)
{
	char *scope = xasprintf("entity=%s", entity);
	const char *slash = strrchr(file, '/');
	char *source = xasprintf("dq scan %s", slash ? slash + 1 : file);
	bool ok = true;
	for (size_t i = 0; ok && i < res->nfields; i++) {
		const struct dq_field_profile *p = &res->fields[i];
		if (p->absent)
			continue; /* not checked: no figure */
		char *name = xasprintf(METRIC_DQ_COMPLETENESS ".%s", p->column);
		ok = store_metric_put(st, name, scope, date, (double)p->filled / (double)res->records,
				      source, d);
		free(name);
		if (ok && c->fields[i].has_validity && p->checked > 0) {
			name = xasprintf(METRIC_DQ_VALIDITY ".%s", p->column);
			ok = store_metric_put(st, name, scope, date,
					      (double)p->valid / (double)p->checked, source, d);
			free(name);
		}
	}
	ok = ok && store_metric_put(st, METRIC_DQ_COMPLETENESS, scope, date, res->completeness, source, d);
	if (ok && res->has_validity)
		ok = store_metric_put(st, METRIC_DQ_VALIDITY, scope, date, res->validity, source, d);
	if (ok && res->has_duplicates)
		ok = store_metric_put(st, METRIC_DQ_DUPLICATE_RATE, scope, date, res->duplicate_rate, source, d);
	if (ok && res->has_freshness)
		ok = store_metric_put(st, METRIC_DQ_FRESHNESS, scope, date, res->freshness, source, d);
	ok = ok && store_metric_put(st, METRIC_DQ_SCORE, scope, date, res->score, source, d);

	struct store_dq_scan scan = {
		.entity = (char *)entity, .date = (char *)date, .file = (char *)file,
		.checks = (char *)c->id, .records = res->records, .clusters = res->clusters,
		.redundant = res->redundant, .completeness = res->completeness,
		.validity = res->validity, .duplicate_rate = res->duplicate_rate,
		.freshness = res->freshness, .score = res->score,
		.has_validity = res->has_validity, .has_duplicates = res->has_duplicates,
		.has_freshness = res->has_freshness,
	};
	long id = 0;
	ok = ok && store_dq_scan_add(st, &scan, &id, d);
	for (size_t i = 0; ok && i < res->nfields; i++) {
		const struct dq_field_profile *p = &res->fields[i];
		if (p->absent)
			continue;
		char *ex = examples_json(p);
		struct store_dq_field f = { (char *)p->column, p->filled, p->checked, p->valid,
					    p->distinct, p->problems, ex };
		ok = store_dq_field_add(st, id, (int)i, &f, d);
		free(ex);
	}
	for (size_t i = 0; ok && i < res->nunchecked; i++)
		ok = store_dq_unchecked_add(st, id, (int)i, res->unchecked[i], d);
	free(scope);
	free(source);
	return ok;
}
