/* Slips against a baseline and why, phase verdicts, gate decisions
 * (issue 20). Pure: the caller gathers the dates. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "plan.h"

static const char *const BASES[] = { "planned", "forecast", "actual" };

const char *slip_basis_name(enum slip_basis b)
{
	return BASES[b];
}

static const char *const WHYS[] = {
	[SLIP_WHY_NONE] = "none", [SLIP_WHY_ACTUAL] = "actual",
	[SLIP_WHY_DEPENDENCY] = "dependency", [SLIP_WHY_CAPACITY] = "capacity",
	[SLIP_WHY_AFTER] = "after", [SLIP_WHY_OVERRUN] = "overrun",
	[SLIP_WHY_REBUILD] = "rebuild", [SLIP_WHY_FORECAST] = "forecast",
	[SLIP_WHY_NOT_STARTED] = "not-started",
	[SLIP_WHY_ADDED] = "added", [SLIP_WHY_DROPPED] = "dropped",
	[SLIP_WHY_INITIATIVE] = "initiative",
};

const char *slip_why_name(enum slip_why w)
{
	return WHYS[w];
}

/* Initiatives by id, for the dependencies: sorted indexes, searched. */
struct by_id {
	const struct slip_item *items;
	size_t *order;
	size_t n;
};

static const struct slip_item *sort_items;

static int cmp_index(const void *a, const void *b)
{
	return strcmp(sort_items[*(const size_t *)a].id, sort_items[*(const size_t *)b].id);
}

static long find_item(const struct by_id *ix, const char *id)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(ix->items[ix->order[mid]].id, id);
		if (!c)
			return (long)ix->order[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The placement the plan gives now, as a reason for moving. */
static void placement_why(const struct slip_item *it, struct plan_slip *s)
{
	s->why = SLIP_WHY_REBUILD;
	if (!it->has_placement)
		return;
	s->why_ref = it->placement_ref;
	s->why_ref2 = it->placement_detail;
	s->why_value = it->placement_value;
	s->why_value2 = it->placement_value2;
	switch (it->placement) {
	case REASON_PUSHED: s->why = SLIP_WHY_CAPACITY; break;
	case REASON_AFTER: s->why = SLIP_WHY_AFTER; break;
	case REASON_OVERRUN: s->why = SLIP_WHY_OVERRUN; break;
	default: s->why = SLIP_WHY_REBUILD; s->why_ref = s->why_ref2 = NULL; break;
	}
}

static void item_slip(const struct slip_item *it, const struct by_id *ix,
		      const struct plan_slip *done, struct plan_slip *s)
{
	*s = (struct plan_slip){
		.id = it->id, .phase = it->phase, .in_baseline = it->in_baseline, .in_plan = it->in_plan,
		.base_start = it->base_start, .base_end = it->base_end,
		.start = it->start, .end = it->end,
		.start_basis = it->start_basis, .end_basis = it->end_basis,
	};
	if (!it->in_plan || !it->in_baseline) {
		s->why = it->in_plan ? SLIP_WHY_ADDED : SLIP_WHY_DROPPED;
		return;
	}
	s->start_days = it->start - it->base_start;
	s->end_days = it->end - it->base_end;
	if (!s->start_days && !s->end_days)
		return;
	if (s->start_days && it->start_basis == SLIP_ACTUAL) {
		s->why = SLIP_WHY_ACTUAL;
		s->why_start = true;
		s->why_day = it->start;
		return;
	}
	if (s->end_days && it->end_basis == SLIP_ACTUAL) {
		s->why = SLIP_WHY_ACTUAL;
		s->why_day = it->end;
		return;
	}
	/* Dates as the plan has them: the plan moved it (a rebuild). */
	if (it->start == it->plan_start && it->end == it->plan_end) {
		placement_why(it, s);
		return;
	}
	/* Moved by execution past the plan: a dependency late against the
	 * baseline whose end holds back the start (it starts the day after),
	 * else not started yet, else in progress past the plan. */
	for (size_t i = 0; i < it->ndepends && it->start_basis != SLIP_ACTUAL; i++) {
		long j = find_item(ix, it->depends_on[i]);
		/* dependencies come first: only those already computed count */
		if (j < 0 || &done[j] >= s || !done[j].in_plan || !done[j].in_baseline)
			continue;
		if (done[j].end_days > 0 && done[j].end + 1 == it->start) {
			s->why = SLIP_WHY_DEPENDENCY;
			s->why_ref = done[j].id;
			s->why_basis = done[j].end_basis;
			s->why_days = done[j].end_days;
			return;
		}
	}
	s->why_ref = NULL;
	s->why = it->not_started ? SLIP_WHY_NOT_STARTED : SLIP_WHY_FORECAST;
	s->why_day = it->today;
}

static void phase_slip(const struct slip_phase *ph, const struct plan_slip *items, size_t nitems,
		       const struct slip_item *in, struct plan_slip *s)
{
	*s = (struct plan_slip){
		.id = ph->id, .phase = ph->id, .is_phase = true, .in_baseline = ph->in_baseline,
		.in_plan = ph->in_plan, .base_start = ph->base_start, .base_end = ph->base_end,
		.start = ph->plan_start, .end = ph->plan_end,
	};
	if (!ph->in_plan || !ph->in_baseline) {
		s->why = ph->in_plan ? SLIP_WHY_ADDED : SLIP_WHY_DROPPED;
		return;
	}
	/* Its dates now: the planned ones stretched to its initiatives'. */
	const struct plan_slip *last = NULL;
	for (size_t i = 0; i < nitems; i++) {
		if (!items[i].in_plan || strcmp(in[i].phase, ph->id))
			continue;
		if (items[i].start < s->start) {
			s->start = items[i].start;
			s->start_basis = items[i].start_basis;
		}
		if (items[i].end > s->end) {
			s->end = items[i].end;
			s->end_basis = items[i].end_basis;
			last = &items[i];
		}
	}
	s->start_days = s->start - s->base_start;
	s->end_days = s->end - s->base_end;
	if (!s->start_days && !s->end_days)
		return;
	if (ph->plan_start != ph->base_start || ph->plan_end != ph->base_end) {
		s->why = SLIP_WHY_REBUILD;
		return;
	}
	/* The planned dates held: an initiative moved it. The one ending
	 * last, else the one starting first. */
	if (!last)
		for (size_t i = 0; i < nitems && !last; i++)
			if (items[i].in_plan && !strcmp(in[i].phase, ph->id) &&
			    items[i].start == s->start)
				last = &items[i];
	s->why = SLIP_WHY_INITIATIVE;
	s->why_ref = last ? last->id : NULL;
	s->why_days = last ? last->end_days : 0;
	s->why_basis = last ? last->end_basis : SLIP_PLANNED;
}

void plan_slips_compute(const struct slip_item *items, size_t nitems,
			const struct slip_phase *phases, size_t nphases, struct plan_slip *out)
{
	struct by_id ix = { items, xcalloc(nitems ? nitems : 1, sizeof(size_t)), nitems };
	for (size_t i = 0; i < nitems; i++)
		ix.order[i] = i;
	sort_items = items;
	qsort(ix.order, nitems, sizeof *ix.order, cmp_index);
	for (size_t i = 0; i < nitems; i++)
		item_slip(&items[i], &ix, out, &out[i]);
	free(ix.order);
	for (size_t p = 0; p < nphases; p++)
		phase_slip(&phases[p], out, nitems, items, &out[nitems + p]);
}

/* ---- phase verdicts ---- */

static const char *const VERDICTS[VERDICT_N] = {
	[VERDICT_NO_GOALS] = NC_("verdict", "no-goals"), [VERDICT_MET] = NC_("verdict", "met"),
	[VERDICT_ON_TRACK] = NC_("verdict", "on-track"), [VERDICT_OPEN] = NC_("verdict", "open"),
	[VERDICT_AT_RISK] = NC_("verdict", "at-risk"), [VERDICT_BEHIND] = NC_("verdict", "behind"),
};

enum phase_verdict plan_phase_verdict(const size_t counts[GOAL_NSTATES])
{
	size_t n = 0;
	for (int s = 0; s < GOAL_NSTATES; s++)
		n += counts[s];
	if (!n)
		return VERDICT_NO_GOALS;
	if (counts[GOAL_MISSED])
		return VERDICT_BEHIND;
	if (counts[GOAL_AT_RISK])
		return VERDICT_AT_RISK;
	if (counts[GOAL_ACHIEVED] == n)
		return VERDICT_MET;
	if (counts[GOAL_ACHIEVED] + counts[GOAL_ON_TRACK])
		return VERDICT_ON_TRACK;
	return VERDICT_OPEN;
}

const char *phase_verdict_name(enum phase_verdict v)
{
	return VERDICTS[v];
}

const char *phase_verdict_label(enum phase_verdict v)
{
	return trc("verdict", VERDICTS[v]);
}

/* ---- gate decisions ---- */

static const char *const GATES[GATE_N] = { "go", "go-with-conditions", "hold" };
static const char *const GATE_WORDS[GATE_N] = {
	NC_("gate", "go"), NC_("gate", "go with conditions"), NC_("gate", "hold"),
};

bool gate_decision_parse(const char *s, enum gate_decision *out)
{
	for (int g = 0; g < GATE_N; g++)
		if (!strcmp(s, GATES[g])) {
			*out = (enum gate_decision)g;
			return true;
		}
	return false;
}

const char *gate_decision_name(enum gate_decision g)
{
	return GATES[g];
}

const char *gate_decision_label(enum gate_decision g)
{
	return trc("gate", GATE_WORDS[g]);
}
