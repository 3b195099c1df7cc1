/* Building the plan: select, rank, order, place, date.
 *
 * 1. Selection. An initiative is selected when a finding names it, when it
 *    addresses a dimension scoring below the catalogue's threshold, or a
 *    capability with a gap. Its urgency (1..5) is the highest of its
 *    reasons: finding severity info 1 .. critical 5; a dimension
 *    1 + 4 * (threshold - score) / threshold; a capability
 *    1 + 4 * min(gap * importance, 12) / 12.
 * 2. Dependencies of a selected initiative are selected too ("needed by"),
 *    with the highest urgency of the initiatives that need them. An
 *    initiative selected in its own right lists who needs it as well and
 *    takes their urgency when higher: a reason more never lowers it.
 * 3. Ranking: priority = impact * urgency * (6 - risk) / sqrt(effort).
 * 4. Order: repeatedly take the highest-priority initiative whose
 *    dependencies are all ordered (ties: catalogue order). A cycle is an
 *    error printed as a -> b -> a.
 * 5. Placement, in that order: the earliest phase allowed (its own, or a
 *    dependency's if later) with capacity left; every phase skipped for
 *    lack of capacity is recorded as a reason.
 * 6. Dates: phases run back to back from the start; an initiative starts
 *    with its phase or the day after its last dependency ends.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "plan.h"

double plan_priority(double impact, double urgency, double risk, double effort)
{
	return impact * urgency * (6.0 - risk) / sqrt(effort > 0 ? effort : 0.1);
}

double plan_urgency_severity(enum severity s)
{
	return 1.0 + (double)s;
}

double plan_urgency_dimension(double score, double threshold)
{
	if (threshold <= 0 || score >= threshold)
		return 1.0;
	double s = score < 0 ? 0 : score;
	return 1.0 + 4.0 * (threshold - s) / threshold;
}

double plan_urgency_gap(double priority)
{
	double p = priority < 0 ? 0 : priority > 12 ? 12 : priority;
	return 1.0 + 4.0 * p / 12.0;
}

/* ---- order and cycles ---- */

/* Kahn's algorithm over sel; on a cycle returns it as a string and sets
 * *first (an index into cat) and leaves order partial. */
static char *order_or_cycle(const struct catalogue *cat, const size_t *sel, const double *priority,
			    size_t n, size_t *order, size_t *first)
{
	long *pos = xmalloc(cat->ninitiatives * sizeof *pos);
	for (size_t i = 0; i < cat->ninitiatives; i++)
		pos[i] = -1;
	for (size_t k = 0; k < n; k++)
		pos[sel[k]] = (long)k;
	size_t *waiting = xcalloc(n ? n : 1, sizeof *waiting);
	bool *done = xcalloc(n ? n : 1, sizeof *done);
	for (size_t k = 0; k < n; k++) {
		const struct catalogue_initiative *it = &cat->initiatives[sel[k]];
		for (size_t j = 0; j < it->ndepends; j++)
			if (pos[it->deps[j]] >= 0)
				waiting[k]++;
	}
	char *cycle = NULL;
	for (size_t step = 0; step < n; step++) {
		long best = -1;
		for (size_t k = 0; k < n; k++) {
			if (done[k] || waiting[k])
				continue;
			if (best < 0 || (priority && priority[k] > priority[best]) ||
			    (priority && priority[k] == priority[best] && sel[k] < sel[best]) ||
			    (!priority && sel[k] < sel[best]))
				best = (long)k;
		}
		if (best < 0) {
			/* Every one left waits for another one left: walk the
			 * dependencies until one repeats. */
			size_t start = 0;
			while (done[start])
				start++;
			size_t *path = xmalloc((n + 1) * sizeof *path);
			long *seen_at = xmalloc(n * sizeof *seen_at);
			for (size_t k = 0; k < n; k++)
				seen_at[k] = -1;
			size_t len = 0, k = start;
			while (seen_at[k] < 0) {
				seen_at[k] = (long)len;
				path[len++] = k;
				const struct catalogue_initiative *it = &cat->initiatives[sel[k]];
				for (size_t j = 0; j < it->ndepends; j++) {
					long q = pos[it->deps[j]];
					if (q >= 0 && !done[q]) {
						k = (size_t)q;
						break;
					}
				}
			}
			struct sbuf b;
			sbuf_init(&b);
			for (size_t i = (size_t)seen_at[k]; i < len; i++)
				sbuf_addf(&b, "%s -> ", cat->initiatives[sel[path[i]]].id);
			sbuf_adds(&b, cat->initiatives[sel[k]].id);
			*first = sel[k];
			cycle = sbuf_detach(&b);
			free(path);
			free(seen_at);
			break;
		}
		order[step] = (size_t)best;
		done[best] = true;
		for (size_t k = 0; k < n; k++) {
			if (done[k])
				continue;
			const struct catalogue_initiative *it = &cat->initiatives[sel[k]];
			for (size_t j = 0; j < it->ndepends; j++)
				if (pos[it->deps[j]] == best)
					waiting[k]--;
		}
	}
	free(pos);
	free(waiting);
	free(done);
	return cycle;
}

bool plan_order(const struct catalogue *cat, const size_t *sel, const double *priority,
		size_t n, size_t *order, struct diag *d)
{
	size_t first;
	char *cycle = order_or_cycle(cat, sel, priority, n, order, &first);
	if (!cycle)
		return true;
	const struct catalogue_initiative *it = &cat->initiatives[first];
	diag_err(d, cat->doc.file, it->line, it->col, _("dependency cycle: %s"), cycle);
	free(cycle);
	return false;
}

char *plan_find_cycle(const struct catalogue *cat, size_t *first)
{
	size_t n = cat->ninitiatives;
	size_t *sel = xmalloc((n ? n : 1) * sizeof *sel);
	size_t *order = xmalloc((n ? n : 1) * sizeof *order);
	for (size_t i = 0; i < n; i++)
		sel[i] = i;
	char *cycle = order_or_cycle(cat, sel, NULL, n, order, first);
	free(sel);
	free(order);
	return cycle;
}

/* ---- building ---- */

struct pick {
	bool selected;
	double urgency;
	struct plan_reason *reasons;
	size_t nreasons, cap;
};

static void add_reason(struct pick *p, struct plan_reason r)
{
	XGROW(p->reasons, p->cap, p->nreasons + 1);
	p->reasons[p->nreasons++] = r;
}

static bool addresses(const struct catalogue_initiative *it, const char *id)
{
	for (size_t i = 0; i < it->naddresses; i++)
		if (!strcmp(it->addresses[i], id))
			return true;
	return false;
}

/* Steps 1 and 2; false with the error in d when the catalogue's
 * dependencies have a cycle (a catalogue made by hand: the loader refuses
 * one). */
static bool select_initiatives(const struct catalogue *cat, const struct plan_inputs *in,
			       struct pick *picks, struct diag *d)
{
	for (size_t r = 0; r < in->nrequests; r++) {
		const struct plan_request *q = &in->requests[r];
		long i = catalogue_find_initiative(cat, q->initiative);
		if (i < 0) {
			diag_at(d, DIAG_WARNING, 0, NULL, 0, 0,
				_("finding '%s' asks for initiative '%s', which catalogue '%s' does "
				  "not have; it is left out of the plan"), q->rule, q->initiative, cat->id);
			continue;
		}
		struct pick *p = &picks[i];
		p->selected = true;
		double u = plan_urgency_severity(q->severity);
		p->urgency = fmax(p->urgency, u);
		add_reason(p, (struct plan_reason){ REASON_FINDING, q->rule,
						   severity_name(q->severity), 0, 0, u });
	}
	for (size_t k = 0; k < in->ndimensions; k++) {
		const struct plan_dimension *dim = &in->dimensions[k];
		if (!(dim->score < cat->dimension_below))
			continue;
		for (size_t i = 0; i < cat->ninitiatives; i++) {
			if (!addresses(&cat->initiatives[i], dim->id))
				continue;
			struct pick *p = &picks[i];
			p->selected = true;
			double u = plan_urgency_dimension(dim->score, cat->dimension_below);
			p->urgency = fmax(p->urgency, u);
			add_reason(p, (struct plan_reason){ REASON_DIMENSION, dim->id, dim->title,
							   dim->score, cat->dimension_below, u });
		}
	}
	for (size_t k = 0; k < in->ngaps; k++) {
		const struct plan_gap *g = &in->gaps[k];
		if (!(g->gap > 0))
			continue;
		for (size_t i = 0; i < cat->ninitiatives; i++) {
			if (!addresses(&cat->initiatives[i], g->id))
				continue;
			struct pick *p = &picks[i];
			p->selected = true;
			double u = plan_urgency_gap(g->priority);
			p->urgency = fmax(p->urgency, u);
			add_reason(p, (struct plan_reason){ REASON_CAPABILITY, g->id, NULL,
							   g->gap, g->priority, u });
		}
	}
	if (in->everything)
		for (size_t i = 0; i < cat->ninitiatives; i++) {
			struct pick *p = &picks[i];
			if (p->selected)
				continue;
			p->selected = true;
			p->urgency = 3.0;
			add_reason(p, (struct plan_reason){ REASON_CATALOGUE, NULL, NULL, 0, 0, 3.0 });
		}

	/* Dependencies: every initiative selected needs its dependencies, and
	 * each dependency takes the highest urgency among those that need it,
	 * whether or not it was selected in its own right (a reason more never
	 * lowers an urgency). Walking a dependencies-first order backwards
	 * visits everything that needs an initiative before the initiative
	 * itself, so each urgency is final when it is passed on. */
	size_t N = cat->ninitiatives, first = 0;
	size_t *all = xmalloc((N ? N : 1) * sizeof *all);
	size_t *order = xmalloc((N ? N : 1) * sizeof *order);
	for (size_t i = 0; i < N; i++)
		all[i] = i;
	char *cycle = order_or_cycle(cat, all, NULL, N, order, &first);
	if (cycle) {
		const struct catalogue_initiative *it = &cat->initiatives[first];
		diag_err(d, cat->doc.file, it->line, it->col, _("dependency cycle: %s"), cycle);
		free(cycle);
		N = 0;
	}
	for (size_t k = N; k-- > 0;) {
		size_t i = all[order[k]];
		if (!picks[i].selected)
			continue;
		const struct catalogue_initiative *it = &cat->initiatives[i];
		for (size_t j = 0; j < it->ndepends; j++) {
			struct pick *dep = &picks[it->deps[j]];
			dep->selected = true;
			dep->urgency = fmax(dep->urgency, picks[i].urgency);
		}
	}
	/* Then each dependency lists who needs it, in catalogue order, with
	 * the urgency each passes on. */
	for (size_t i = 0; i < N; i++) {
		if (!picks[i].selected)
			continue;
		const struct catalogue_initiative *it = &cat->initiatives[i];
		for (size_t j = 0; j < it->ndepends; j++) {
			struct pick *dep = &picks[it->deps[j]];
			bool listed = false;
			for (size_t r = 0; r < dep->nreasons; r++)
				listed |= dep->reasons[r].kind == REASON_DEPENDENCY &&
					  dep->reasons[r].ref == it->id;
			if (!listed)
				add_reason(dep, (struct plan_reason){ REASON_DEPENDENCY, it->id, NULL, 0, 0,
								     picks[i].urgency });
		}
	}
	free(all);
	free(order);
	return !cycle;
}

void plan_release(struct plan *p)
{
	for (size_t i = 0; i < p->nitems; i++)
		free(p->items[i].reasons);
	free(p->items);
	free(p->phases);
	memset(p, 0, sizeof *p);
}

bool plan_build(const struct catalogue *cat, const struct plan_inputs *in, long start,
		struct plan *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->cat = cat;
	out->start = start;
	size_t N = cat->ninitiatives;
	struct pick *picks = xcalloc(N ? N : 1, sizeof *picks);
	bool selected = select_initiatives(cat, in, picks, d);

	size_t n = 0;
	size_t *sel = xmalloc((N ? N : 1) * sizeof *sel);
	double *prio = xmalloc((N ? N : 1) * sizeof *prio);
	for (size_t i = 0; i < N; i++)
		if (picks[i].selected) {
			const struct catalogue_initiative *it = &cat->initiatives[i];
			sel[n] = i;
			prio[n] = plan_priority((double)it->impact, picks[i].urgency,
						(double)it->risk, it->effort);
			n++;
		}
	size_t *order = xmalloc((n ? n : 1) * sizeof *order);
	bool ok = selected && plan_order(cat, sel, prio, n, order, d);

	out->phases = xcalloc(cat->nphases ? cat->nphases : 1, sizeof *out->phases);
	long day = start;
	for (size_t p = 0; p < cat->nphases; p++) {
		out->phases[p].start = day;
		out->phases[p].end = day + 7 * cat->phases[p].duration - 1;
		day = out->phases[p].end + 1;
	}
	out->items = xcalloc(n ? n : 1, sizeof *out->items);
	long *item_of = xmalloc((N ? N : 1) * sizeof *item_of);
	for (size_t i = 0; i < N; i++)
		item_of[i] = -1;

	for (size_t s = 0; ok && s < n; s++) {
		size_t k = order[s], i = sel[k];
		const struct catalogue_initiative *it = &cat->initiatives[i];
		struct plan_item *item = &out->items[out->nitems];
		item->initiative = i;
		item->urgency = picks[i].urgency;
		item->priority = prio[k];
		item->reasons = picks[i].reasons;
		item->nreasons = picks[i].nreasons;
		picks[i].reasons = NULL;
		struct pick scratch = { .reasons = item->reasons, .nreasons = item->nreasons,
					.cap = picks[i].cap };

		size_t phase = it->phase;
		const char *after = NULL;
		long not_before = 0;
		for (size_t j = 0; j < it->ndepends; j++) {
			long di = item_of[it->deps[j]];
			if (di < 0)
				continue;
			const struct plan_item *dep = &out->items[di];
			if (dep->phase > phase) {
				phase = dep->phase;
				after = cat->initiatives[dep->initiative].id;
			}
			if (dep->end + 1 > not_before)
				not_before = dep->end + 1;
		}
		if (after)
			add_reason(&scratch, (struct plan_reason){ REASON_AFTER, after,
								   cat->phases[phase].id, 0, 0, 0 });
		while (phase < cat->nphases &&
		       out->phases[phase].used + it->effort > cat->phases[phase].capacity + 1e-9) {
			add_reason(&scratch, (struct plan_reason){
				REASON_PUSHED, cat->phases[phase].id, NULL,
				cat->phases[phase].capacity - out->phases[phase].used,
				cat->phases[phase].capacity, 0 });
			phase++;
		}
		item->reasons = scratch.reasons;
		item->nreasons = scratch.nreasons;
		out->nitems++;
		if (phase == cat->nphases) {
			diag_err(d, cat->doc.file, it->line, it->col,
				 _("'%s' needs %g person-weeks, but no phase from '%s' on has that "
				   "much capacity left; raise a phase's capacity in the catalogue or "
				   "split the initiative"), it->id, it->effort,
				 cat->phases[it->phase].id);
			ok = false;
			break;
		}
		item->phase = phase;
		out->phases[phase].used += it->effort;
		item->start = out->phases[phase].start > not_before ? out->phases[phase].start
								    : not_before;
		item->end = item->start + 7 * it->duration - 1;
		if (item->end > out->phases[phase].end) {
			struct pick more = { .reasons = item->reasons, .nreasons = item->nreasons,
					     .cap = scratch.cap };
			add_reason(&more, (struct plan_reason){ REASON_OVERRUN, cat->phases[phase].id,
								NULL,
								(double)(item->end - out->phases[phase].end),
								0, 0 });
			item->reasons = more.reasons;
			item->nreasons = more.nreasons;
		}
		item_of[i] = (long)out->nitems - 1;
	}

	for (size_t i = 0; i < N; i++)
		free(picks[i].reasons);
	free(picks);
	free(sel);
	free(prio);
	free(order);
	free(item_of);
	if (!ok)
		plan_release(out);
	return ok;
}
