/* The model of 'dq report': the latest scan and the trend of dq.score and
 * its parts, read from the workspace. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../metrics/metrics.h"
#include "dq.h"

static const char *const PARTS[DQ_TREND_NPARTS] = { METRIC_DQ_SCORE, METRIC_DQ_COMPLETENESS,
	METRIC_DQ_VALIDITY, METRIC_DQ_DUPLICATE_RATE, METRIC_DQ_FRESHNESS };

struct trend {
	struct dq_trend_point *p;
	size_t n, cap;
	size_t part;
};

/* The parts of one day share a point. */
static bool on_metric(const struct store_metric *m, void *arg)
{
	struct trend *t = arg;
	size_t i = 0;
	while (i < t->n && strcmp(t->p[i].date, m->date))
		i++;
	if (i == t->n) {
		XGROW(t->p, t->cap, t->n + 1);
		t->p[i].date = xstrdup(m->date);
		for (size_t k = 0; k < DQ_TREND_NPARTS; k++)
			t->p[i].v[k] = NAN;
		t->n++;
	}
	t->p[i].v[t->part] = m->value;
	return true;
}

static int cmp_point(const void *a, const void *b)
{
	return strcmp(((const struct dq_trend_point *)a)->date,
		      ((const struct dq_trend_point *)b)->date);
}

static bool load_trend(struct store *st, struct dq_report_data *r, struct diag *d)
{
	struct trend t = { 0 };
	char *scope = xasprintf("entity=%s", r->entity);
	bool ok = true;
	for (t.part = 0; ok && t.part < DQ_TREND_NPARTS; t.part++)
		ok = store_metric_each(st, PARTS[t.part], scope, on_metric, &t, d);
	free(scope);
	if (t.n)
		qsort(t.p, t.n, sizeof *t.p, cmp_point);
	r->trend = t.p;
	r->ntrend = t.n;
	return ok;
}

/* Entities are exact (they are metric scopes): point at one that differs
 * only in case, the usual slip. */
static bool find_case_slip(struct store *st, const char *entity, struct dq_report_data *r,
			   struct diag *d)
{
	struct store_dq_scan last;
	int any = store_dq_scan_latest(st, NULL, &last, d);
	if (any == 1) {
		if (strcmp(last.entity, entity) && !strcasecmp(last.entity, entity))
			r->case_differs = xstrdup(last.entity);
		store_dq_scan_release(&last);
	}
	return any >= 0;
}

bool dq_report_load(struct store *st, const char *entity, struct dq_report_data *out,
		    struct diag *d)
{
	memset(out, 0, sizeof *out);
	int found = store_dq_scan_latest(st, entity, &out->scan, d);
	if (found < 0)
		return false;
	out->has_scan = found == 1;
	if (out->has_scan) {
		out->entity = xstrdup(out->scan.entity);
		if (!store_dq_fields(st, out->scan.id, &out->fields, &out->nfields, d) ||
		    !store_dq_unchecked(st, out->scan.id, &out->unchecked, &out->nunchecked, d))
			return false;
	} else if (entity) {
		out->entity = xstrdup(entity);
		if (!find_case_slip(st, entity, out, d))
			return false;
	}
	return !out->entity || load_trend(st, out, d);
}

void dq_report_data_release(struct dq_report_data *r)
{
	for (size_t i = 0; i < r->ntrend; i++)
		free(r->trend[i].date);
	free(r->trend);
	for (size_t i = 0; i < r->nfields; i++)
		store_dq_field_release(&r->fields[i]);
	free(r->fields);
	for (size_t i = 0; i < r->nunchecked; i++)
		free(r->unchecked[i]);
	free(r->unchecked);
	if (r->has_scan)
		store_dq_scan_release(&r->scan);
	free(r->entity);
	free(r->case_differs);
	memset(r, 0, sizeof *r);
}
