/* report_assess: the assessment and the capability gaps for people (a
 * terminal report) and for programs (JSON, CSV). */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report_internal.h"

enum word {
	W_INDEX, W_LEVEL, W_DIMENSIONS, W_DIMENSION, W_SCORE, W_SPREAD,
	W_WEAKEST, W_BY_DEPARTMENT, W_BY_ROLE, W_NOT_COMPARED, W_GAPS, W_BY, W_GAP, W_HIGHEST,
	W_LOWEST, W_NO_DATA, W_CAPABILITY, W_CURRENT, W_TARGET, W_IMPORTANCE, W_PRIORITY, W_AREA,
	W_CAPABILITIES, W_NO_ANSWERS, W_CHANGE, W_SINCE, W_BEFORE, W_NOW,
	W_NO_GAPS, W_OVERRIDDEN, W_RESPONDENTS_ROW, W_SMALL_GROUPS,
	W_COUNT
};

static const char *const WORDS[W_COUNT] = {
	[W_INDEX] = N_("Readiness index"),
	[W_LEVEL] = N_("level"),
	[W_DIMENSIONS] = N_("Dimensions"),
	[W_DIMENSION] = N_("DIMENSION"),
	[W_SCORE] = N_("SCORE"),
	[W_SPREAD] = N_("SPREAD"),
	[W_WEAKEST] = N_("Weakest dimensions"),
	[W_BY_DEPARTMENT] = N_("Scores by department"),
	[W_BY_ROLE] = N_("Scores by role"),
	[W_NOT_COMPARED] = N_("groups with fewer than %zu respondents are not shown; they count in \"other\""),
	[W_SMALL_GROUPS] = N_("in \"other\" (fewer than %zu respondents, or so that \"other\" has as many):"),
	[W_GAPS] = N_("Widest perception gaps"),
	[W_BY] = N_("BY"),
	[W_GAP] = N_("GAP"),
	[W_HIGHEST] = N_("HIGHEST"),
	[W_LOWEST] = N_("LOWEST"),
	[W_NO_DATA] = N_("no data"),
	[W_CAPABILITY] = N_("CAPABILITY"),
	[W_CURRENT] = N_("CURRENT"),
	[W_TARGET] = N_("TARGET"),
	[W_IMPORTANCE] = N_("IMPORTANCE"),
	[W_PRIORITY] = N_("PRIORITY"),
	[W_AREA] = N_("AREA"),
	[W_CAPABILITIES] = N_("Capability gaps (by priority = gap x importance)"),
	[W_NO_ANSWERS] = N_("no answers yet: 'crmready survey import' or 'crmready survey run' collects them"),
	[W_CHANGE] = N_("CHANGE"),
	[W_SINCE] = N_("Change since snapshot"),
	[W_BEFORE] = N_("BEFORE"),
	[W_NOW] = N_("NOW"),
	[W_NO_GAPS] = N_("not enough groups to compare"),
	[W_RESPONDENTS_ROW] = N_("Respondents"),
	[W_OVERRIDDEN] = N_("set by the organisation"),
};

static const char *w(lang_id lang, enum word k)
{
	return _(WORDS[k]);
}

static json_t *num_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

/* ---- JSON ---- */

/* Widest first; ties by kind, then dimension. */
static int cmp_gap(const void *x, const void *y)
{
	const struct q_perception_gap *a = *(const struct q_perception_gap *const *)x;
	const struct q_perception_gap *b = *(const struct q_perception_gap *const *)y;
	if (a->gap != b->gap)
		return a->gap > b->gap ? -1 : 1;
	if (a->by != b->by)
		return a->by < b->by ? -1 : 1;
	return (a->dimension > b->dimension) - (a->dimension < b->dimension);
}

const struct q_perception_gap **report_perception_gaps(const struct q_assessment *a, unsigned mask,
						       size_t *n)
{
	size_t nd = a->q->ndimensions;
	const struct q_perception_gap **v = xcalloc((size_t)Q_BY_COUNT * nd + 1, sizeof *v);
	*n = 0;
	for (size_t i = 0; i < (size_t)Q_BY_COUNT * nd; i++)
		if (a->gaps[i].has_data && (mask & (1u << a->gaps[i].by)))
			v[(*n)++] = &a->gaps[i];
	qsort(v, *n, sizeof *v, cmp_gap);
	return v;
}

json_t *report_capabilities_json(const struct q_assessment *a)
{
	json_t *caps = json_array();
	size_t *order = q_assess_caps_by_priority(a);
	for (size_t k = 0; k < a->q->ncapabilities; k++) {
		size_t c = order[k];
		const struct q_cap_result *cr = &a->caps[c];
		json_t *o = json_object();
		json_object_set_new(o, "id", json_string(a->q->capabilities[c].id));
		json_object_set_new(o, "current", num_or_null(cr->has_data, cr->current));
		json_object_set_new(o, "target", json_integer(cr->target));
		json_object_set_new(o, "gap", num_or_null(cr->has_data, cr->gap));
		json_object_set_new(o, "importance", json_integer(a->q->capabilities[c].importance));
		json_object_set_new(o, "priority", num_or_null(cr->has_data, cr->priority));
		json_object_set_new(o, "respondents", json_integer((json_int_t)cr->respondents));
		json_object_set_new(o, "target_overridden", json_boolean(cr->target_overridden));
		json_array_append_new(caps, o);
	}
	free(order);
	return caps;
}

/* A group as JSON. A small group (fewer than min_group respondents) shows
 * no count and no figure, only "fewer_than"; the other group lists the
 * small groups it holds in "merged". */
static json_t *group_json(const struct q_assessment *a, const struct q_group *grp)
{
	const struct questionnaire *q = a->q;
	json_t *o = json_object();
	json_object_set_new(o, "by", json_string(q_by_name(grp->by)));
	json_object_set_new(o, "name", grp->other ? json_null() : json_string(grp->name));
	json_object_set_new(o, "respondents", grp->compared ? json_integer((json_int_t)grp->respondents)
							    : json_null());
	if (!grp->compared)
		json_object_set_new(o, "fewer_than", json_integer((json_int_t)a->min_group));
	if (grp->other) {
		json_t *merged = json_array();
		for (size_t k = 0; k < a->ngroups; k++)
			if (a->groups[k].by == grp->by && !a->groups[k].other && !a->groups[k].compared)
				json_array_append_new(merged, json_string(a->groups[k].name));
		json_object_set_new(o, "other", json_true());
		json_object_set_new(o, "merged", merged);
	}
	json_object_set_new(o, "index", num_or_null(grp->has_index, grp->index));
	json_t *gd = json_array();
	for (size_t d = 0; d < q->ndimensions; d++) {
		json_t *x = json_object();
		json_object_set_new(x, "id", json_string(q->dimensions[d].id));
		json_object_set_new(x, "score", num_or_null(grp->dims[d].has_data, grp->dims[d].score));
		json_object_set_new(x, "respondents", grp->compared
				    ? json_integer((json_int_t)grp->dims[d].respondents) : json_null());
		json_array_append_new(gd, x);
	}
	json_object_set_new(o, "dimensions", gd);
	return o;
}

json_t *report_assessment_json(const struct q_assessment *a, unsigned by_mask, lang_id lang)
{
	const struct questionnaire *q = a->q;
	json_t *root = json_object();
	json_object_set_new(root, "questionnaire", json_string(q->id));
	json_object_set_new(root, "respondents", json_integer((json_int_t)a->respondents));
	json_object_set_new(root, "complete", json_integer((json_int_t)a->complete));
	json_object_set_new(root, "index", num_or_null(a->has_index, a->index));
	json_object_set_new(root, "level", a->level ? json_string(text_get(&a->level->label, lang))
						    : json_null());
	json_t *dims = json_array();
	for (size_t d = 0; d < q->ndimensions; d++) {
		const struct q_figure *f = &a->dims[d];
		json_t *o = json_object();
		json_object_set_new(o, "id", json_string(q->dimensions[d].id));
		json_object_set_new(o, "score", num_or_null(f->has_data, f->score));
		json_object_set_new(o, "respondents", json_integer((json_int_t)f->respondents));
		json_object_set_new(o, "spread", num_or_null(f->has_data, f->spread));
		json_array_append_new(dims, o);
	}
	json_object_set_new(root, "dimensions", dims);
	json_t *groups = json_array();
	for (size_t g = 0; g < a->ngroups; g++) {
		const struct q_group *grp = &a->groups[g];
		if (!(by_mask & (1u << grp->by)))
			continue;
		json_array_append_new(groups, group_json(a, grp));
	}
	json_object_set_new(root, "groups", groups);
	size_t ngaps;
	const struct q_perception_gap **gaps = report_perception_gaps(a, by_mask, &ngaps);
	json_t *pg = json_array();
	for (size_t i = 0; i < ngaps; i++) {
		json_t *o = json_object();
		json_object_set_new(o, "dimension", json_string(q->dimensions[gaps[i]->dimension].id));
		json_object_set_new(o, "by", json_string(q_by_name(gaps[i]->by)));
		json_object_set_new(o, "gap", json_real(gaps[i]->gap));
		json_object_set_new(o, "highest", json_string(gaps[i]->highest->name));
		json_object_set_new(o, "lowest", json_string(gaps[i]->lowest->name));
		json_array_append_new(pg, o);
	}
	free(gaps);
	json_object_set_new(root, "perception_gaps", pg);
	json_object_set_new(root, "capabilities", report_capabilities_json(a));
	return root;
}

/* ---- comparison with a snapshot ---- */

json_t *report_compare_json(const struct q_assessment *a, const json_t *snapshot,
			    const char *name, const char *saved_at)
{
	json_t *o = json_object();
	json_object_set_new(o, "snapshot", json_string(name));
	json_object_set_new(o, "saved", json_string(saved_at));
	json_t *old_index = json_object_get(snapshot, "index");
	bool had = json_is_number(old_index);
	json_object_set_new(o, "index_before", had ? json_real(json_number_value(old_index)) : json_null());
	json_object_set_new(o, "index_change", had && a->has_index
			    ? json_real(a->index - json_number_value(old_index)) : json_null());
	json_t *dims = json_array();
	json_t *old_dims = json_object_get(snapshot, "dimensions");
	for (size_t d = 0; d < a->q->ndimensions; d++) {
		const char *id = a->q->dimensions[d].id;
		json_t *before = NULL;
		size_t i;
		json_t *v;
		json_array_foreach(old_dims, i, v) {
			const char *vid = json_string_value(json_object_get(v, "id"));
			if (vid && !strcmp(vid, id))
				before = json_object_get(v, "score");
		}
		bool has = json_is_number(before);
		json_t *x = json_object();
		json_object_set_new(x, "id", json_string(id));
		json_object_set_new(x, "before", has ? json_real(json_number_value(before)) : json_null());
		json_object_set_new(x, "change", has && a->dims[d].has_data
				    ? json_real(a->dims[d].score - json_number_value(before)) : json_null());
		json_array_append_new(dims, x);
	}
	json_object_set_new(o, "dimensions", dims);
	return o;
}

/* ---- CSV ---- */

static void csv_score_row(FILE *out, const char *by, const char *group, const char *dim,
			  bool has, double score, size_t respondents, bool has_spread, double spread)
{
	char s[40] = "", r[24] = "", sp[40] = "";
	if (has)
		snprintf(s, sizeof s, "%.17g", score);
	if (respondents != SIZE_MAX)
		snprintf(r, sizeof r, "%zu", respondents);
	if (has_spread)
		snprintf(sp, sizeof sp, "%.17g", spread);
	const char *cells[] = { by, group, dim, s, r, sp };
	csvx_write_row(out, cells, 6);
}

void report_assessment_csv(FILE *out, const struct q_assessment *a, unsigned by_mask)
{
	const struct questionnaire *q = a->q;
	const char *h[] = { "by", "group", "dimension", "score", "respondents", "spread" };
	csvx_write_row(out, h, 6);
	/* The index is the row with an empty dimension. */
	csv_score_row(out, "", "", "", a->has_index, a->index, a->respondents, false, 0);
	for (size_t d = 0; d < q->ndimensions; d++)
		csv_score_row(out, "", "", q->dimensions[d].id, a->dims[d].has_data, a->dims[d].score,
			      a->dims[d].respondents, a->dims[d].has_data, a->dims[d].spread);
	for (size_t g = 0; g < a->ngroups; g++) {
		const struct q_group *grp = &a->groups[g];
		if (!(by_mask & (1u << grp->by)))
			continue;
		/* A small group's row has no count and no figure (anonymity); the
		 * group "(other)" holds its respondents. */
		const char *name = grp->other ? "(other)" : grp->name;
		csv_score_row(out, q_by_name(grp->by), name, "", grp->has_index, grp->index,
			      grp->compared ? grp->respondents : SIZE_MAX, false, 0);
		for (size_t d = 0; d < q->ndimensions; d++)
			csv_score_row(out, q_by_name(grp->by), name, q->dimensions[d].id,
				      grp->dims[d].has_data, grp->dims[d].score,
				      grp->compared ? grp->dims[d].respondents : SIZE_MAX,
				      grp->dims[d].has_data, grp->dims[d].spread);
	}
}

void report_capabilities_csv(FILE *out, const struct q_assessment *a)
{
	const char *h[] = { "capability", "area", "current", "target", "gap", "importance",
			    "priority", "respondents" };
	csvx_write_row(out, h, 8);
	size_t *order = q_assess_caps_by_priority(a);
	for (size_t k = 0; k < a->q->ncapabilities; k++) {
		size_t c = order[k];
		const struct q_capability *cap = &a->q->capabilities[c];
		const struct q_cap_result *cr = &a->caps[c];
		char cur[40] = "", tgt[24], gap[40] = "", imp[24], pri[40] = "", resp[24];
		if (cr->has_data) {
			snprintf(cur, sizeof cur, "%.17g", cr->current);
			snprintf(gap, sizeof gap, "%.17g", cr->gap);
			snprintf(pri, sizeof pri, "%.17g", cr->priority);
		}
		snprintf(tgt, sizeof tgt, "%ld", cr->target);
		snprintf(imp, sizeof imp, "%ld", cap->importance);
		snprintf(resp, sizeof resp, "%zu", cr->respondents);
		const char *cells[] = { cap->id, cap->area ? cap->area : "", cur, tgt, gap, imp, pri, resp };
		csvx_write_row(out, cells, 8);
	}
	free(order);
}

/* ---- text ---- */

static void heading(FILE *out, const char *s, bool color)
{
	if (color)
		fprintf(out, "\033[1m%s\033[0m\n", s);
	else
		fprintf(out, "%s\n", s);
}

/* Columns: the groups of one kind with at least min_group respondents, then
 * "other" (the smaller ones together) when there are smaller ones; these are
 * named under the table as "fewer than N". */
static void group_table(FILE *out, const struct q_assessment *a, enum q_by by,
			const struct report_options *o)
{
	const struct questionnaire *q = a->q;
	const struct q_group **cols = xcalloc(a->ngroups + 1, sizeof *cols);
	size_t ng = 0, nsmall = 0;
	for (size_t g = 0; g < a->ngroups; g++)
		if (a->groups[g].by == by && !a->groups[g].other && a->groups[g].compared)
			cols[ng++] = &a->groups[g];
	for (size_t g = 0; g < a->ngroups; g++)
		if (a->groups[g].by == by && a->groups[g].other)
			cols[ng++] = &a->groups[g];
	for (size_t g = 0; g < a->ngroups; g++)
		nsmall += a->groups[g].by == by && !a->groups[g].other && !a->groups[g].compared;
	if (!ng) {
		free(cols);
		return;
	}
	fputc('\n', out);
	heading(out, w(o->lang, by == Q_BY_ROLE ? W_BY_ROLE : W_BY_DEPARTMENT), o->color);
	fprintf(out, "  (");
	tfprintf(out, w(o->lang, W_NOT_COMPARED), a->min_group);
	fprintf(out, ")\n");
	struct report_table *t = report_table_new(ng + 1);
	report_table_column(t, 0, w(o->lang, W_DIMENSION), REPORT_LEFT);
	for (size_t k = 0; k < ng; k++)
		report_table_column(t, k + 1, cols[k]->other ? anonymity_other_label() : cols[k]->name, REPORT_RIGHT);
	const char **cells = xcalloc(ng + 1, sizeof *cells);
	char **owned = xcalloc(ng + 1, sizeof *owned);
	for (size_t d = 0; d <= q->ndimensions + 1; d++) {
		cells[0] = d < q->ndimensions ? text_get(&q->dimensions[d].title, o->lang)
			   : d == q->ndimensions ? w(o->lang, W_INDEX) : w(o->lang, W_RESPONDENTS_ROW);
		for (size_t k = 0; k < ng; k++) {
			const struct q_group *grp = cols[k];
			char fewer[48];
			if (d < q->ndimensions)
				owned[k] = report_num1(grp->dims[d].has_data, grp->dims[d].score);
			else if (d == q->ndimensions)
				owned[k] = report_num1(grp->has_index, grp->index);
			else if (grp->compared)
				owned[k] = tfmt("%zu", grp->respondents);
			else
				owned[k] = i18n_digits(anonymity_fewer_label((long)a->min_group,
									 fewer, sizeof fewer));
			cells[k + 1] = owned[k];
		}
		report_table_row(t, cells);
		for (size_t k = 0; k < ng; k++) {
			const struct q_group *grp = cols[k];
			if (d < q->ndimensions && grp->dims[d].has_data)
				report_table_color(t, k + 1, report_score_color(grp->dims[d].score));
			free(owned[k]);
		}
	}
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
	if (nsmall) {
		fprintf(out, "  ");
		tfprintf(out, w(o->lang, W_SMALL_GROUPS), a->min_group);
		const char *sep = " ";
		for (size_t g = 0; g < a->ngroups; g++) {
			const struct q_group *grp = &a->groups[g];
			if (grp->by != by || grp->other || grp->compared)
				continue;
			char *safe = text_sanitize(grp->name);
			fprintf(out, "%s%s", sep, safe);
			free(safe);
			sep = report_list_sep();
		}
		fputc('\n', out);
	}
	free(cells);
	free(owned);
	free(cols);
}

void report_assessment_text(FILE *out, const struct q_assessment *a, unsigned by_mask,
			    const struct report_options *o)
{
	const struct questionnaire *q = a->q;
	lang_id lang = o->lang;
	char *title = text_sanitize(text_get(&q->title, lang));
	/* English never inflected these; other languages do (Arabic: six forms). */
	char *who = tfmt(trn("%zu respondents", "%zu respondents", a->respondents), a->respondents);
	char *done = tfmt(trn("%zu complete", "%zu complete", a->complete), a->complete);
	fprintf(out, "%s (%s): %s%s%s\n\n", title, q->id, who, report_list_sep(), done);
	free(who);
	free(done);
	free(title);
	if (!a->respondents) {
		fprintf(out, "%s\n", w(lang, W_NO_ANSWERS));
		return;
	}
	char *idx = report_num1(a->has_index, a->index);
	char *bar = report_bar(a->has_index ? a->index : 0, 100, 40);
	if (o->color && a->has_index)
		tfprintf(out, "\033[1m%s: %s / %d  %s\033[0m\n  \033[%sm%s\033[0m\n", w(lang, W_INDEX), idx,
			 100, a->level ? text_get(&a->level->label, lang) : "", report_score_color(a->index),
			 bar);
	else
		tfprintf(out, "%s: %s / %d  %s\n  %s|\n", w(lang, W_INDEX), idx, 100,
			 a->level ? text_get(&a->level->label, lang) : w(lang, W_NO_DATA), bar);
	free(idx);
	free(bar);

	fputc('\n', out);
	heading(out, w(lang, W_DIMENSIONS), o->color);
	struct report_table *t = report_table_new(5);
	report_table_column(t, 0, w(lang, W_DIMENSION), REPORT_LEFT);
	report_table_column(t, 1, w(lang, W_SCORE), REPORT_RIGHT);
	report_table_column(t, 2, "", REPORT_LEFT);
	report_table_column(t, 3, trc("assessment table", "N"), REPORT_RIGHT);
	report_table_column(t, 4, w(lang, W_SPREAD), REPORT_RIGHT);
	for (size_t d = 0; d < q->ndimensions; d++) {
		const struct q_figure *f = &a->dims[d];
		char *score = report_num1(f->has_data, f->score);
		char *b = report_bar(f->has_data ? f->score : 0, 100, 20);
		char *n = tfmt("%zu", f->respondents);
		char *sp = report_num1(f->has_data, f->spread);
		const char *cells[] = { text_get(&q->dimensions[d].title, lang), score, b, n, sp };
		report_table_row(t, cells);
		if (f->has_data) {
			report_table_color(t, 1, report_score_color(f->score));
			report_table_color(t, 2, report_score_color(f->score));
		}
		free(score);
		free(b);
		free(n);
		free(sp);
	}
	report_table_print(t, out, 2, o->color);
	report_table_free(t);

	/* The three weakest dimensions with data. */
	size_t weakest[3], nw = 0;
	for (size_t k = 0; k < 3; k++) {
		long best = -1;
		for (size_t d = 0; d < q->ndimensions; d++) {
			bool taken = false;
			for (size_t j = 0; j < nw; j++)
				taken |= weakest[j] == d;
			if (!taken && a->dims[d].has_data &&
			    (best < 0 || a->dims[d].score < a->dims[best].score))
				best = (long)d;
		}
		if (best >= 0)
			weakest[nw++] = (size_t)best;
	}
	if (nw) {
		fprintf(out, "\n%s%s:%s ", o->color ? "\033[1m" : "", w(lang, W_WEAKEST), o->color ? "\033[0m" : "");
		for (size_t j = 0; j < nw; j++)
			tfprintf(out, "%s%s %.1f", j ? report_list_sep() : "",
				 text_get(&q->dimensions[weakest[j]].title, lang), a->dims[weakest[j]].score);
		fputc('\n', out);
	}

	for (int by = 0; by < Q_BY_COUNT; by++)
		if (by_mask & (1u << by))
			group_table(out, a, (enum q_by)by, o);

	size_t ngaps;
	const struct q_perception_gap **gaps = report_perception_gaps(a, by_mask, &ngaps);
	fputc('\n', out);
	heading(out, w(lang, W_GAPS), o->color);
	if (!ngaps) {
		fprintf(out, "  %s\n", w(lang, W_NO_GAPS));
	} else {
		t = report_table_new(5);
		report_table_column(t, 0, w(lang, W_DIMENSION), REPORT_LEFT);
		report_table_column(t, 1, w(lang, W_BY), REPORT_LEFT);
		report_table_column(t, 2, w(lang, W_GAP), REPORT_RIGHT);
		report_table_column(t, 3, w(lang, W_HIGHEST), REPORT_LEFT);
		report_table_column(t, 4, w(lang, W_LOWEST), REPORT_LEFT);
		for (size_t i = 0; i < ngaps && i < 5; i++) {
			const struct q_perception_gap *g = gaps[i];
			char *gap = report_num1(true, g->gap);
			char *hi = tfmt("%s %.1f", g->highest->name, g->highest->dims[g->dimension].score);
			char *lo = tfmt("%s %.1f", g->lowest->name, g->lowest->dims[g->dimension].score);
			const char *cells[] = { text_get(&q->dimensions[g->dimension].title, lang),
						q_by_label(g->by), gap, hi, lo };
			report_table_row(t, cells);
			if (g->gap >= 20)
				report_table_color(t, 2, "31");
			free(gap);
			free(hi);
			free(lo);
		}
		report_table_print(t, out, 2, o->color);
		report_table_free(t);
	}
	free(gaps);

	bool any_cap = false;
	for (size_t c = 0; c < q->ncapabilities; c++)
		any_cap |= a->caps[c].has_data;
	if (any_cap) {
		fputc('\n', out);
		report_capabilities_text(out, a, o);
	}
}

json_t *report_gaps_json(const struct q_assessment *a)
{
	json_t *o = json_object();
	json_object_set_new(o, "questionnaire", json_string(a->q->id));
	json_object_set_new(o, "respondents", json_integer((json_int_t)a->respondents));
	json_object_set_new(o, "capabilities", report_capabilities_json(a));
	return o;
}

void report_capability_model_heading(FILE *out, const struct q_assessment *a, lang_id lang)
{
	char *title = text_sanitize(text_get(&a->q->title, lang));
	tfprintf(out, trn("%s (%s): %zu respondent\n\n", "%s (%s): %zu respondents\n\n",
			  a->respondents), title, a->q->id, a->respondents);
	free(title);
}

void report_capabilities_text(FILE *out, const struct q_assessment *a, const struct report_options *o)
{
	const struct questionnaire *q = a->q;
	lang_id lang = o->lang;
	heading(out, w(lang, W_CAPABILITIES), o->color);
	struct report_table *t = report_table_new(8);
	report_table_column(t, 0, w(lang, W_CAPABILITY), REPORT_LEFT);
	report_table_column(t, 1, w(lang, W_AREA), REPORT_LEFT);
	report_table_column(t, 2, w(lang, W_CURRENT), REPORT_RIGHT);
	report_table_column(t, 3, w(lang, W_TARGET), REPORT_RIGHT);
	report_table_column(t, 4, w(lang, W_GAP), REPORT_RIGHT);
	report_table_column(t, 5, "", REPORT_LEFT);
	report_table_column(t, 6, w(lang, W_IMPORTANCE), REPORT_RIGHT);
	report_table_column(t, 7, w(lang, W_PRIORITY), REPORT_RIGHT);
	size_t *order = q_assess_caps_by_priority(a);
	for (size_t k = 0; k < q->ncapabilities; k++) {
		size_t c = order[k];
		const struct q_capability *cap = &q->capabilities[c];
		const struct q_cap_result *cr = &a->caps[c];
		char *cur = report_num1(cr->has_data, cr->current);
		char *tgt = tfmt("%ld%s", cr->target, cr->target_overridden ? "*" : "");
		char *gap = report_num1(cr->has_data, cr->gap);
		char *bar = report_bar(cr->has_data ? cr->gap : 0, 4, 12);
		char *imp = tfmt("%ld", cap->importance);
		char *pri = report_num1(cr->has_data, cr->priority);
		const char *cells[] = { text_get(&cap->title, lang), cap->area ? cap->area : "", cur, tgt,
					gap, bar, imp, pri };
		report_table_row(t, cells);
		if (cr->has_data && cr->gap >= 1.5)
			report_table_color(t, 5, "31");
		else if (cr->has_data && cr->gap > 0)
			report_table_color(t, 5, "33");
		free(cur);
		free(tgt);
		free(gap);
		free(bar);
		free(imp);
		free(pri);
	}
	free(order);
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
	bool overridden = false;
	for (size_t c = 0; c < q->ncapabilities; c++)
		overridden |= a->caps[c].target_overridden;
	if (overridden)
		fprintf(out, "  * %s\n", w(lang, W_OVERRIDDEN));
}

void report_compare_text(FILE *out, const struct q_assessment *a, const json_t *cmp,
			 const struct report_options *o)
{
	lang_id lang = o->lang;
	fputc('\n', out);
	char saved[TIMEX_SHOW_MAX];
	char *head = xasprintf("%s %s (%s)", w(lang, W_SINCE),
			       json_string_value(json_object_get(cmp, "snapshot")),
			       timex_show(json_string_value(json_object_get(cmp, "saved")), saved));
	char *safe = text_sanitize(head);
	heading(out, safe, o->color);
	free(safe);
	free(head);
	struct report_table *t = report_table_new(4);
	report_table_column(t, 0, w(lang, W_DIMENSION), REPORT_LEFT);
	report_table_column(t, 1, w(lang, W_BEFORE), REPORT_RIGHT);
	report_table_column(t, 2, w(lang, W_NOW), REPORT_RIGHT);
	report_table_column(t, 3, w(lang, W_CHANGE), REPORT_RIGHT);
	json_t *dims = json_object_get(cmp, "dimensions");
	for (size_t d = 0; d <= a->q->ndimensions; d++) {
		json_t *before, *change;
		bool has_now;
		double now;
		const char *label;
		if (d < a->q->ndimensions) {
			json_t *x = json_array_get(dims, d);
			before = json_object_get(x, "before");
			change = json_object_get(x, "change");
			has_now = a->dims[d].has_data;
			now = a->dims[d].score;
			label = text_get(&a->q->dimensions[d].title, lang);
		} else {
			before = json_object_get(cmp, "index_before");
			change = json_object_get(cmp, "index_change");
			has_now = a->has_index;
			now = a->index;
			label = w(lang, W_INDEX);
		}
		char *b = report_num1(json_is_number(before), json_number_value(before));
		char *n = report_num1(has_now, now);
		char *c = json_is_number(change) ? tfmt("%+.1f", json_number_value(change)) : xstrdup("-");
		const char *cells[] = { label, b, n, c };
		report_table_row(t, cells);
		if (json_is_number(change))
			report_table_color(t, 3, json_number_value(change) < 0 ? "31" : "32");
		free(b);
		free(n);
		free(c);
	}
	report_table_print(t, out, 2, o->color);
	report_table_free(t);
}
