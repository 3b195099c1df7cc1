/* The workbook's trend parts, gathered from stored metrics:
 * weekly adoption overall and by department/wave, data-quality scans by
 * entity. The store hands values over ordered by name, scope and date, so
 * each part is built in one pass with no sorting of its own. */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "../metrics/metrics.h"
#include "report.h"

void report_workbook_init(struct report_workbook *w, lang_id lang, const char *today)
{
	memset(w, 0, sizeof *w);
	arena_init(&w->arena);
	w->lang = lang;
	w->today = arena_strdup(&w->arena, today);
}

size_t report_dq_unchecked(const struct report_workbook *w, const char *entity, char *buf, size_t n)
{
	size_t count = 0, used = 0;
	if (n)
		buf[0] = '\0';
	for (size_t i = 0; i < w->ndq_fields; i++) {
		const struct report_xl_dq_field *f = &w->dq_fields[i];
		if (!f->not_checked || strcmp(f->entity, entity))
			continue;
		if (used < n) {
			int k = snprintf(buf + used, n - used, "%s%s", count ? report_list_sep() : "", f->field);
			used += k > 0 ? (size_t)k : 0;
		}
		count++;
	}
	return count;
}

void report_workbook_release(struct report_workbook *w)
{
	/* Arrays are heap-grown while gathering; strings live in the arena. */
	for (size_t k = 0; k <= w->nmore; k++) {   /* the primary, then the others */
		struct report_xl_assessment *x = k ? &w->more[k - 1] : &w->primary;
		for (size_t i = 0; i < x->ngroups; i++) {
			free(x->groups[i].has_score);
			free(x->groups[i].score);
		}
		free(x->dimensions);
		free(x->groups);
		free(x->perception_gaps);
	}
	free(w->more);
	free(w->comments);
	free(w->capabilities);
	free(w->findings);
	free(w->waived);
	free(w->changes);
	free(w->phases);
	free(w->initiatives);
	free(w->goals);
	free(w->weeks);
	free(w->adoption_groups);
	if (w->usage)
		adoption_usage_release(w->usage);
	free(w->usage);
	free(w->dq);
	free(w->dq_fields);
	if (w->vs)
		plan_vs_release(w->vs);
	free(w->vs);
	if (w->reviews)
		plan_reviews_release(w->reviews);
	free(w->reviews);
	report_workbook_adoption_release(w);
	arena_release(&w->arena);
	memset(w, 0, sizeof *w);
}

struct gather {
	struct report_workbook *w;
	struct adoption_reach reach;
	const char *from, *to;
	size_t cap_weeks, cap_groups, cap_dq, cap_fields;
};

static bool in_period(const struct gather *g, const char *date)
{
	return (!g->from || strcmp(date, g->from) >= 0) && (!g->to || strcmp(date, g->to) <= 0);
}

/* The week of date: weeks arrive in date order per metric name, but the
 * names interleave, so look the date up (binary search) and insert. */
static struct report_xl_week *week_at(struct gather *g, const char *date)
{
	struct report_workbook *w = g->w;
	size_t lo = 0, hi = w->nweeks;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w->weeks[mid].date, date);
		if (c == 0)
			return &w->weeks[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	XGROW(w->weeks, g->cap_weeks, w->nweeks + 1);
	memmove(&w->weeks[lo + 1], &w->weeks[lo], (w->nweeks - lo) * sizeof *w->weeks);
	memset(&w->weeks[lo], 0, sizeof *w->weeks);
	w->weeks[lo].date = arena_strdup(&w->arena, date);
	w->nweeks++;
	return &w->weeks[lo];
}

static struct report_xl_adoption_group *group_at(struct gather *g, const char *scope)
{
	struct report_workbook *w = g->w;
	for (size_t i = 0; i < w->nadoption_groups; i++)
		if (!strcmp(w->adoption_groups[i].scope, scope))
			return &w->adoption_groups[i];
	XGROW(w->adoption_groups, g->cap_groups, w->nadoption_groups + 1);
	struct report_xl_adoption_group *a = &w->adoption_groups[w->nadoption_groups++];
	memset(a, 0, sizeof *a);
	a->scope = arena_strdup(&w->arena, scope);
	return a;
}

static bool take_adoption(const struct store_metric *m, void *arg)
{
	struct gather *g = arg;
	if (!in_period(g, m->date))
		return true;
	bool partial = adoption_value_in_progress(&g->reach, m->name, m->date);
	if (!m->scope[0]) {
		struct report_xl_week *wk = week_at(g, m->date);
		wk->in_progress = partial;
		if (!strcmp(m->name, METRIC_ACTIVE_RATE))
			wk->has_rate = true, wk->rate = m->value;
		else if (!strcmp(m->name, METRIC_ACTIVE_USERS))
			wk->has_active = true, wk->active = m->value;
		else if (!strcmp(m->name, METRIC_LICENSED_USERS))
			wk->has_licensed = true, wk->licensed = m->value;
		else if (!strcmp(m->name, METRIC_LOGINS_PER_ACTIVE_USER))
			wk->has_logins = true, wk->logins = m->value;
		else if (!strcmp(m->name, METRIC_CORE_ACTIVE_USERS))
			wk->has_core = true, wk->core_active = m->value;
		else if (!strcmp(m->name, METRIC_CORE_ACTIVE_RATE))
			wk->has_core_rate = true, wk->core_rate = m->value;
		else if (!strcmp(m->name, METRIC_MONTHLY_ACTIVE_USERS))
			wk->has_monthly = true, wk->monthly = m->value;
		else if (!strcmp(m->name, METRIC_STICKINESS))
			wk->has_stickiness = true, wk->stickiness = m->value;
		return true;
	}
	if (strncmp(m->scope, "department=", 11) && strncmp(m->scope, "wave=", 5))
		return true;
	struct report_xl_adoption_group *a = group_at(g, m->scope);
	/* Values of one (name, scope) come in date order: the last one wins,
	 * but a group shows one week, so a later week resets the others; a
	 * week in progress never replaces a complete one. */
	if (!a->date || (strcmp(m->date, a->date) > 0 && (!partial || a->in_progress))) {
		if (a->date) {
			a->has_rate = a->has_active = a->has_licensed = false;
		}
		a->date = arena_strdup(&g->w->arena, m->date);
		a->in_progress = partial;
	} else if (strcmp(m->date, a->date) != 0) {
		return true;
	}
	if (!strcmp(m->name, METRIC_ACTIVE_RATE))
		a->has_rate = true, a->rate = m->value;
	else if (!strcmp(m->name, METRIC_ACTIVE_USERS))
		a->has_active = true, a->active = m->value;
	else if (!strcmp(m->name, METRIC_LICENSED_USERS))
		a->has_licensed = true, a->licensed = m->value;
	return true;
}

static int dq_part(const char *name)
{
	if (!strcmp(name, METRIC_DQ_SCORE))
		return REPORT_XL_DQ_SCORE;
	if (!strcmp(name, METRIC_DQ_COMPLETENESS))
		return REPORT_XL_DQ_COMPLETENESS;
	if (!strcmp(name, METRIC_DQ_DUPLICATE_RATE))
		return REPORT_XL_DQ_DUPLICATES;
	if (!strcmp(name, METRIC_DQ_FRESHNESS))
		return REPORT_XL_DQ_FRESHNESS;
	return -1;
}

static struct report_xl_dq_point *dq_point_at(struct gather *g, const char *entity, const char *date)
{
	struct report_workbook *w = g->w;
	/* Points are kept sorted by (entity, date). */
	size_t lo = 0, hi = w->ndq;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w->dq[mid].entity, entity);
		if (!c)
			c = strcmp(w->dq[mid].date, date);
		if (c == 0)
			return &w->dq[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	XGROW(w->dq, g->cap_dq, w->ndq + 1);
	memmove(&w->dq[lo + 1], &w->dq[lo], (w->ndq - lo) * sizeof *w->dq);
	memset(&w->dq[lo], 0, sizeof *w->dq);
	w->dq[lo].entity = arena_strdup(&w->arena, entity);
	w->dq[lo].date = arena_strdup(&w->arena, date);
	w->ndq++;
	return &w->dq[lo];
}

static struct report_xl_dq_field *dq_field_at(struct gather *g, const char *entity, const char *field)
{
	struct report_workbook *w = g->w;
	size_t lo = 0, hi = w->ndq_fields;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w->dq_fields[mid].entity, entity);
		if (!c)
			c = strcmp(w->dq_fields[mid].field, field);
		if (c == 0)
			return &w->dq_fields[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	XGROW(w->dq_fields, g->cap_fields, w->ndq_fields + 1);
	memmove(&w->dq_fields[lo + 1], &w->dq_fields[lo], (w->ndq_fields - lo) * sizeof *w->dq_fields);
	memset(&w->dq_fields[lo], 0, sizeof *w->dq_fields);
	w->dq_fields[lo].entity = arena_strdup(&w->arena, entity);
	w->dq_fields[lo].field = arena_strdup(&w->arena, field);
	w->ndq_fields++;
	return &w->dq_fields[lo];
}

static bool take_dq(const struct store_metric *m, void *arg)
{
	struct gather *g = arg;
	if (!in_period(g, m->date) || strncmp(m->scope, "entity=", 7))
		return true;
	const char *entity = m->scope + 7;
	int part = dq_part(m->name);
	if (part >= 0) {
		struct report_xl_dq_point *p = dq_point_at(g, entity, m->date);
		p->has[part] = true;
		p->value[part] = m->value;
		return true;
	}
	bool completeness = metric_in_family(m->name, METRIC_DQ_COMPLETENESS);
	bool validity = metric_in_family(m->name, METRIC_DQ_VALIDITY);
	if (!completeness && !validity)
		return true;
	const char *field = m->name + strlen(completeness ? METRIC_DQ_COMPLETENESS "." : METRIC_DQ_VALIDITY ".");
	if (!*field)
		return true;
	struct report_xl_dq_field *f = dq_field_at(g, entity, field);
	/* Dates of one (name, scope) ascend: the last value seen is the latest. */
	if (!f->date || strcmp(m->date, f->date) >= 0) {
		if (!f->date || strcmp(m->date, f->date) > 0) {
			f->date = arena_strdup(&g->w->arena, m->date);
			f->has_completeness = f->has_validity = false;
		}
		if (completeness)
			f->has_completeness = true, f->completeness = m->value;
		else
			f->has_validity = true, f->validity = m->value;
	}
	return true;
}

/* The columns each entity's latest scan could not check (its file lacked
 * them): shown as not checked, dated that scan, in place of an older
 * figure of the column. */
static bool mark_unchecked(struct gather *g, struct store *st, struct diag *d)
{
	struct report_workbook *w = g->w;
	for (size_t i = 0; i < w->ndq; i++) {
		if (i + 1 < w->ndq && !strcmp(w->dq[i + 1].entity, w->dq[i].entity))
			continue; /* one look-up per entity: its last point */
		char *entity = xstrdup(w->dq[i].entity);
		struct store_dq_scan scan;
		int found = store_dq_scan_latest(st, entity, &scan, d);
		char **cols = NULL;
		size_t n = 0;
		bool ok = found >= 0 && (found == 0 || store_dq_unchecked(st, scan.id, &cols, &n, d));
		for (size_t k = 0; ok && k < n; k++) {
			if (!in_period(g, scan.date))
				break;
			struct report_xl_dq_field *f = dq_field_at(g, entity, cols[k]);
			if (!f->date || strcmp(scan.date, f->date) >= 0) {
				f->date = arena_strdup(&w->arena, scan.date);
				f->not_checked = true;
				f->has_completeness = f->has_validity = false;
			}
		}
		for (size_t k = 0; k < n; k++)
			free(cols[k]);
		free(cols);
		if (found == 1)
			store_dq_scan_release(&scan);
		free(entity);
		if (!ok)
			return false;
	}
	return true;
}

static int cmp_group(const void *a, const void *b)
{
	const struct report_xl_adoption_group *x = a, *y = b;
	return strcmp(x->scope, y->scope);
}

/* Groups of kind prefix ("department=", "wave=") of fewer than min_group
 * licensed users: out, summed into one other group (see report.h). */
static void merge_small_groups(struct gather *g, const char *prefix)
{
	struct report_workbook *w = g->w;
	struct report_xl_adoption_group other = { 0 };
	size_t kept = 0, plen = strlen(prefix), n = w->nadoption_groups;
	bool any = false;
	/* The small groups, and (complementary suppression) the next smallest
	 * while other holds some users but fewer than min_group. */
	double *size = xcalloc(n + 1, sizeof *size);
	const char **names = xcalloc(n + 1, sizeof *names);
	size_t *at = xcalloc(n + 1, sizeof *at);
	bool *merge = xcalloc(n + 1, sizeof *merge), *merged = xcalloc(n + 1, sizeof *merged);
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		const struct report_xl_adoption_group *a = &w->adoption_groups[i];
		if (strncmp(a->scope, prefix, plen))
			continue;
		size[m] = a->has_licensed ? a->licensed : 0;
		names[m] = a->scope;
		at[m++] = i;
	}
	anonymity_merge(size, names, m, (double)w->min_group, merge);
	for (size_t k = 0; k < m; k++)
		merged[at[k]] = merge[k];
	for (size_t i = 0; i < n; i++) {
		struct report_xl_adoption_group *a = &w->adoption_groups[i];
		if (!merged[i]) {
			w->adoption_groups[kept++] = *a;
			continue;
		}
		any = true;
		other.licensed += a->has_licensed ? a->licensed : 0;
		other.active += a->has_active ? a->active : 0;
		if (!other.date || strcmp(a->date, other.date) > 0)
			other.date = a->date;
	}
	free(size);
	free(names);
	free(at);
	free(merge);
	free(merged);
	w->nadoption_groups = kept;
	if (!any)
		return;
	char *scope = xasprintf("%s%s", prefix, anonymity_other_label());
	other.scope = arena_strdup(&w->arena, scope);
	free(scope);
	other.other = true;
	if (other.licensed >= (double)w->min_group) {
		other.has_licensed = other.has_active = other.has_rate = true;
		other.rate = other.active / other.licensed;
	} else {
		other.small = true;
		other.licensed = other.active = 0;
	}
	XGROW(w->adoption_groups, g->cap_groups, w->nadoption_groups + 1);
	w->adoption_groups[w->nadoption_groups++] = other;
}

bool report_workbook_gather_metrics(struct report_workbook *w, struct store *st,
				    const char *from, const char *to, struct diag *d)
{
	struct gather g = { .w = w, .from = from, .to = to };
	if (from)
		w->from = arena_strdup(&w->arena, from);
	if (to)
		w->to = arena_strdup(&w->arena, to);
	if (!adoption_reach_load(st, &g.reach, d))
		return false;
	if (g.reach.known) {
		char reach[32];
		adoption_reach_format(&g.reach, reach);
		reach[16] = '\0';   /* to the minute */
		w->logs_reach = arena_strdup(&w->arena, reach);
	}
	if (!store_metric_each(st, METRIC_FAMILY_ADOPTION ".*", NULL, take_adoption, &g, d))
		return false;
	if (!store_metric_each(st, METRIC_FAMILY_DQ ".*", NULL, take_dq, &g, d))
		return false;
	if (!mark_unchecked(&g, st, d))
		return false;
	if (w->nadoption_groups)
		qsort(w->adoption_groups, w->nadoption_groups, sizeof *w->adoption_groups, cmp_group);
	if (w->min_group < STORE_MIN_GROUP_MIN)
		w->min_group = store_min_group(st);
	merge_small_groups(&g, "department=");
	merge_small_groups(&g, "wave=");
	return report_workbook_gather_adoption(w, st, d);
}

const struct report_xl_week *report_workbook_adoption_week(const struct report_workbook *w,
							   const struct report_xl_week **partial)
{
	const struct report_xl_week *shown = NULL, *latest = NULL;
	*partial = NULL;
	for (size_t i = w->nweeks; i-- > 0;) {
		const struct report_xl_week *wk = &w->weeks[i];
		if (!wk->has_rate)
			continue;
		if (!latest)
			latest = wk;
		if (!wk->in_progress) {
			shown = wk;
			break;
		}
		if (!*partial)
			*partial = wk;
	}
	if (!shown) {
		*partial = NULL;
		return latest;
	}
	return shown;
}
