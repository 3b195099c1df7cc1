/* Baselines of the plan, the plan against one, gate decisions and phase
 * reviews: what the workspace holds, joined for the pure parts of
 * plan_slip.c. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "../store/store.h"
#include "plan.h"

enum { BASELINE_NAME_MAX = 64 };

/* A baseline name: 1..64 of letters, digits, '.', '_', '-', starting with a
 * letter or digit (it is typed, listed and put in file cells). */
static bool name_valid(const char *name, struct diag *d)
{
	size_t n = strlen(name);
	bool ok = n > 0 && n <= BASELINE_NAME_MAX;
	for (size_t i = 0; ok && i < n; i++) {
		char c = name[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		ok = alnum || (i > 0 && (c == '.' || c == '_' || c == '-'));
	}
	if (!ok)
		diag_fail(d, EXIT_USAGE, _("baseline name '%s': expected 1 to %d letters, digits, "
			  "'.', '_' or '-', starting with a letter or digit"), name, BASELINE_NAME_MAX);
	return ok;
}

/* An unknown baseline: a data error naming the close one or the saved ones. */
static void unknown_baseline(struct store *st, const char *name, struct diag *d)
{
	struct store_baseline *all;
	size_t n;
	if (!store_baseline_list(st, &all, &n, d))
		return;
	const char **names = xcalloc(n + 1, sizeof *names);
	struct sbuf list;
	sbuf_init(&list);
	for (size_t i = 0; i < n; i++) {
		names[i] = all[i].name;
		sbuf_addf(&list, "%s%s", i ? trc("list", ", ") : "", all[i].name);
	}
	const char *close = text_closest(name, names, n);
	if (!n)
		diag_fail(d, EXIT_DATAERR, _("there are no baselines yet; save one with 'crmready "
			  "plan baseline save NAME'"));
	else if (close)
		diag_fail(d, EXIT_DATAERR, _("there is no baseline '%s' (did you mean '%s'?)"), name,
			  close);
	else
		diag_fail(d, EXIT_DATAERR, _("there is no baseline '%s'; the baselines are %s"), name,
			  list.s);
	sbuf_release(&list);
	free(names);
	store_baselines_release(all, n);
}

static bool plan_exists(struct store *st, struct diag *d)
{
	struct store_plan sp;
	int found = store_plan_load(st, &sp, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("there is no plan in %s yet; run 'crmready plan "
			  "build' first"), store_path(st));
	if (found > 0)
		store_plan_release(&sp);
	return found > 0;
}

bool plan_baseline_remove(struct store *st, const char *name, const char *day,
			  const char *who, struct diag *d)
{
	struct store_baseline old;
	int found = store_baseline_get(st, name, &old, d);
	if (found == 0)
		unknown_baseline(st, name, d);
	if (found <= 0)
		return false;
	struct store_history h = { .day = day, .who = who, .kind = "baseline", .ref = name,
				   .old = old.saved_on, .new_value = NULL };
	bool ok = store_begin(st, d);
	if (ok) {
		ok = store_baseline_remove(st, name, d) > 0 && store_history_add(st, &h, d) &&
		     store_commit(st, d);
		if (!ok)
			store_rollback(st);
	}
	store_baseline_release(&old);
	return ok;
}

/* ---- the plan against a baseline ---- */

struct vs_own {
	struct store_baseline_row *rows;
	size_t nrows;
	struct store_baseline_row **by_ref;  /* item rows, sorted by ref */
	size_t nby_ref;
	struct slip_item *items;
	struct slip_phase *phases;
	char **deps_text;                    /* each item's depends_on copy, split in place */
	const char **deps;
};

static int cmp_row_ref(const void *a, const void *b)
{
	const struct store_baseline_row *x = *(struct store_baseline_row *const *)a;
	const struct store_baseline_row *y = *(struct store_baseline_row *const *)b;
	int c = strcmp(x->kind, y->kind);
	return c ? c : strcmp(x->ref, y->ref);
}

static struct store_baseline_row *row_find(struct vs_own *o, const char *kind, const char *ref)
{
	struct store_baseline_row key = { .kind = (char *)kind, .ref = (char *)ref }, *k = &key;
	struct store_baseline_row **hit = bsearch(&k, o->by_ref, o->nby_ref, sizeof *o->by_ref,
						  cmp_row_ref);
	return hit ? *hit : NULL;
}

static long day_of(const char *s)
{
	long d = 0;
	if (s)
		plan_date_parse(s, &d);
	return d;
}

static void placement_of(const struct store_plan_item *it, struct slip_item *si)
{
	static const struct { const char *kind; enum plan_reason_kind k; } PLACEMENTS[] = {
		{ "pushed", REASON_PUSHED }, { "after", REASON_AFTER }, { "overrun", REASON_OVERRUN },
	};
	for (size_t r = 0; r < it->nreasons && !si->has_placement; r++)
		for (size_t k = 0; k < sizeof PLACEMENTS / sizeof *PLACEMENTS; k++)
			if (!strcmp(it->reasons[r].kind, PLACEMENTS[k].kind)) {
				si->has_placement = true;
				si->placement = PLACEMENTS[k].k;
				si->placement_ref = it->reasons[r].ref;
				si->placement_detail = it->reasons[r].detail;
				si->placement_value = it->reasons[r].value;
				si->placement_value2 = it->reasons[r].value2;
				break;
			}
}

/* Split the item's space-separated dependencies into o->deps. */
static void deps_of(struct vs_own *o, size_t i, const char *text, size_t *used,
		    struct slip_item *si)
{
	o->deps_text[i] = xstrdup(text ? text : "");
	si->depends_on = &o->deps[*used];
	for (char *save = NULL, *w = strtok_r(o->deps_text[i], " ", &save); w;
	     w = strtok_r(NULL, " ", &save)) {
		o->deps[(*used)++] = w;
		si->ndepends++;
	}
}

/* Where a date now comes from: actual, or forecast when it differs from
 * the plan's (a forecast that keeps the plan is the plan). */
static enum slip_basis basis_of(bool forecast, long day, long planned)
{
	return !forecast ? SLIP_ACTUAL : day != planned ? SLIP_FORECAST : SLIP_PLANNED;
}

static void vs_items(struct vs_own *o, const struct store_plan *sp, const struct plan_track *tr,
		     size_t *n)
{
	size_t nbase = 0, ndeps = 0;
	for (size_t i = 0; i < o->nrows; i++)
		nbase += !strcmp(o->rows[i].kind, "item");
	for (size_t i = 0; i < sp->nitems; i++)
		ndeps += sp->items[i].depends_on ? strlen(sp->items[i].depends_on) / 2 + 1 : 0;
	o->items = xcalloc(sp->nitems + nbase + 1, sizeof *o->items);
	o->deps_text = xcalloc(sp->nitems + 1, sizeof *o->deps_text);
	o->deps = xcalloc(ndeps + 1, sizeof *o->deps);
	size_t used = 0;
	*n = 0;
	for (size_t i = 0; i < sp->nitems; i++) {
		const struct store_plan_item *it = &sp->items[i];
		struct slip_item *si = &o->items[(*n)++];
		struct store_baseline_row *b = row_find(o, "item", it->initiative);
		si->id = it->initiative;
		si->phase = it->phase;
		si->in_plan = true;
		si->plan_start = si->start = day_of(it->start);
		si->plan_end = si->end = day_of(it->end);
		si->start_basis = si->end_basis = SLIP_PLANNED;
		si->today = tr->today;
		/* a dropped initiative keeps its planned dates: it is not late */
		if (plan_track_status(&tr->exec[i]) != PLAN_DROPPED) {
			const struct plan_track_out *f = &tr->out[i];
			si->start = f->start;
			si->end = f->end;
			si->start_basis = basis_of(f->start_forecast, f->start, si->plan_start);
			si->end_basis = basis_of(f->end_forecast, f->end, si->plan_end);
			si->not_started = f->start_forecast;
		}
		if (b) {
			si->in_baseline = true;
			si->base_start = day_of(b->start);
			si->base_end = day_of(b->end);
		}
		deps_of(o, i, it->depends_on, &used, si);
		placement_of(it, si);
	}
	/* Then the baseline's initiatives the plan dropped, in its order. */
	for (size_t r = 0; r < o->nrows; r++) {
		const struct store_baseline_row *b = &o->rows[r];
		if (strcmp(b->kind, "item"))
			continue;
		bool kept = false;
		for (size_t i = 0; i < sp->nitems && !kept; i++)
			kept = !strcmp(sp->items[i].initiative, b->ref);
		if (kept)
			continue;
		o->items[(*n)++] = (struct slip_item){
			.id = b->ref, .phase = b->phase, .in_baseline = true,
			.base_start = day_of(b->start), .base_end = day_of(b->end),
		};
	}
}

static void vs_phases(struct vs_own *o, const struct store_plan *sp, size_t *n)
{
	o->phases = xcalloc(sp->nphases + o->nrows + 1, sizeof *o->phases);
	*n = 0;
	for (size_t p = 0; p < sp->nphases; p++) {
		struct slip_phase *ph = &o->phases[(*n)++];
		struct store_baseline_row *b = row_find(o, "phase", sp->phases[p].id);
		ph->id = sp->phases[p].id;
		ph->in_plan = true;
		ph->plan_start = day_of(sp->phases[p].start);
		ph->plan_end = day_of(sp->phases[p].end);
		if (b) {
			ph->in_baseline = true;
			ph->base_start = day_of(b->start);
			ph->base_end = day_of(b->end);
		}
	}
	for (size_t r = 0; r < o->nrows; r++) {
		const struct store_baseline_row *b = &o->rows[r];
		bool kept = false;
		if (strcmp(b->kind, "phase"))
			continue;
		for (size_t p = 0; p < sp->nphases && !kept; p++)
			kept = !strcmp(sp->phases[p].id, b->ref);
		if (!kept)
			o->phases[(*n)++] = (struct slip_phase){
				.id = b->ref, .in_baseline = true,
				.base_start = day_of(b->start), .base_end = day_of(b->end),
			};
	}
}

/* The baseline called name, else the latest: 1 found, 0 not (error in d). */
static int vs_baseline(struct store *st, const char *name, struct store_baseline *out,
		       struct diag *d)
{
	if (name) {
		int found = store_baseline_get(st, name, out, d);
		if (found == 0)
			unknown_baseline(st, name, d);
		return found;
	}
	struct store_baseline *all;
	size_t n;
	if (!store_baseline_list(st, &all, &n, d))
		return -1;
	if (!n) {
		diag_fail(d, EXIT_DATAERR, _("there are no baselines yet; save one with 'crmready "
			  "plan baseline save NAME'"));
		free(all);
		return 0;
	}
	*out = all[n - 1];
	memset(&all[n - 1], 0, sizeof *all);
	store_baselines_release(all, n);
	return 1;
}

bool plan_vs_load(struct store *st, const char *name, long today, struct plan_vs *out,
		  struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct vs_own *o = xcalloc(1, sizeof *o);
	out->own = o;
	out->base = xcalloc(1, sizeof *out->base);
	out->plan = xcalloc(1, sizeof *out->plan);
	int found = store_plan_load(st, out->plan, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("there is no plan in %s yet; run 'crmready plan "
			  "build' first"), store_path(st));
	if (found <= 0 || vs_baseline(st, name, out->base, d) <= 0 ||
	    !store_baseline_rows(st, out->base->name, &o->rows, &o->nrows, d))
		return false;
	o->by_ref = xcalloc(o->nrows + 1, sizeof *o->by_ref);
	for (size_t i = 0; i < o->nrows; i++)
		o->by_ref[o->nby_ref++] = &o->rows[i];
	qsort(o->by_ref, o->nby_ref, sizeof *o->by_ref, cmp_row_ref);
	struct plan_track tr;
	bool ok = plan_track_load(st, out->plan, today, &tr, d);
	if (ok)
		vs_items(o, out->plan, &tr, &out->nitems);
	plan_track_release(&tr);
	if (!ok)
		return false;
	vs_phases(o, out->plan, &out->nphases);
	out->slips = xcalloc(out->nitems + out->nphases + 1, sizeof *out->slips);
	plan_slips_compute(o->items, out->nitems, o->phases, out->nphases, out->slips);
	return true;
}

void plan_vs_release(struct plan_vs *v)
{
	struct vs_own *o = v->own;
	if (o) {
		store_baseline_rows_release(o->rows, o->nrows);
		free(o->by_ref);
		for (size_t i = 0; o->deps_text && i < v->plan->nitems; i++)
			free(o->deps_text[i]);
		free(o->deps_text);
		free(o->deps);
		free(o->items);
		free(o->phases);
		free(o);
	}
	if (v->base) {
		store_baseline_release(v->base);
		free(v->base);
	}
	if (v->plan) {
		store_plan_release(v->plan);
		free(v->plan);
	}
	free(v->slips);
	memset(v, 0, sizeof *v);
}

/* The plan's phases and initiatives with their dates now (actual, else
 * forecast, else planned) as rows of baseline name: the slips of the plan
 * against itself give them, a phase stretched to its initiatives. */
static bool baseline_rows_now(struct store *st, const char *name, long today, struct diag *d)
{
	struct plan_vs v = { .plan = xcalloc(1, sizeof *v.plan) };
	struct vs_own *o = xcalloc(1, sizeof *o);
	v.own = o;
	o->by_ref = xcalloc(1, sizeof *o->by_ref);
	struct plan_track tr;
	bool ok = store_plan_load(st, v.plan, d) > 0 && plan_track_load(st, v.plan, today, &tr, d);
	if (ok) {
		vs_items(o, v.plan, &tr, &v.nitems);
		plan_track_release(&tr);
		vs_phases(o, v.plan, &v.nphases);
		for (size_t p = 0; p < v.nphases; p++) {
			o->phases[p].in_baseline = true;
			o->phases[p].base_start = o->phases[p].plan_start;
			o->phases[p].base_end = o->phases[p].plan_end;
		}
		v.slips = xcalloc(v.nitems + v.nphases + 1, sizeof *v.slips);
		plan_slips_compute(o->items, v.nitems, o->phases, v.nphases, v.slips);
	}
	for (size_t i = 0; ok && i < v.nitems + v.nphases; i++) {
		const struct plan_slip *sl = &v.slips[i];
		char a[11], b[11];
		plan_date_format(sl->start, a);
		plan_date_format(sl->end, b);
		bool phase = i >= v.nitems;
		ok = store_baseline_row_add(st, name, phase ? "phase" : "item",
					    (long)(phase ? i - v.nitems : i) + 1, sl->id, sl->phase,
					    a, b, d);
	}
	plan_vs_release(&v);
	return ok;
}

bool plan_baseline_save(struct store *st, const char *name, const char *day, const char *who,
			const char *note, bool replace, struct diag *d)
{
	if (!name_valid(name, d) || !plan_exists(st, d))
		return false;
	struct store_baseline old;
	int found = store_baseline_get(st, name, &old, d);
	if (found < 0)
		return false;
	if (found && !replace) {
		diag_fail(d, EXIT_DATAERR, _("baseline '%s' exists (saved on %s); give --replace to "
			  "save over it, or another name"), name, old.saved_on);
		store_baseline_release(&old);
		return false;
	}
	struct store_baseline b = { .name = (char *)name, .saved_on = (char *)day,
				    .who = (char *)who, .note = (char *)note };
	struct store_history h = { .day = day, .who = who, .kind = "baseline", .ref = name,
				   .old = found ? old.saved_on : NULL, .new_value = day,
				   .note = note };
	bool ok = store_begin(st, d);
	if (ok) {
		long today = 0;
		plan_date_parse(day, &today);
		ok = store_baseline_save(st, &b, d) && baseline_rows_now(st, name, today, d) &&
		     store_history_add(st, &h, d) && store_commit(st, d);
		if (!ok)
			store_rollback(st);
	}
	if (found)
		store_baseline_release(&old);
	return ok;
}

/* ---- gate decisions and phase reviews ---- */

static bool phase_known(const struct store_plan *sp, const char *phase, struct diag *d)
{
	const char **ids = xcalloc(sp->nphases + 1, sizeof *ids);
	bool ok = false;
	for (size_t i = 0; i < sp->nphases; i++) {
		ids[i] = sp->phases[i].id;
		ok |= !strcmp(ids[i], phase);
	}
	if (!ok) {
		const char *close = text_closest(phase, ids, sp->nphases);
		struct sbuf all;
		sbuf_init(&all);
		for (size_t i = 0; i < sp->nphases; i++)
			sbuf_addf(&all, "%s%s", i ? trc("list", ", ") : "", ids[i]);
		if (close)
			diag_fail(d, EXIT_DATAERR, _("the plan has no phase '%s' (did you mean '%s'?)"),
				  phase, close);
		else
			diag_fail(d, EXIT_DATAERR, _("the plan has no phase '%s'; its phases are %s"),
				  phase, all.s ? all.s : _("none"));
		sbuf_release(&all);
	}
	free(ids);
	return ok;
}

/* The decision in force on phase before this one, or NULL (from gates). */
static const char *gate_in_force(const struct store_gate *v, size_t n, const char *phase)
{
	const char *last = NULL;
	for (size_t i = 0; i < n; i++)
		if (!strcmp(v[i].phase, phase))
			last = v[i].decision;
	return last;
}

bool plan_gate_record(struct store *st, const char *phase, enum gate_decision g,
		      const char *on, const char *today, const char *who, const char *note,
		      struct diag *d)
{
	struct store_plan sp;
	int found = store_plan_load(st, &sp, d);
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("there is no plan in %s yet; run 'crmready plan "
			  "build' first"), store_path(st));
	if (found <= 0)
		return false;
	bool ok = phase_known(&sp, phase, d);
	if (ok && strcmp(on, sp.start) < 0) {
		diag_fail(d, EXIT_DATAERR, _("--on: %s is before the plan's start, %s"), on, sp.start);
		ok = false;
	}
	if (ok && strcmp(on, today) > 0) {
		diag_fail(d, EXIT_DATAERR, _("--on: %s is after today, %s; record a decision once "
			  "it is taken"), on, today);
		ok = false;
	}
	store_plan_release(&sp);
	struct store_gate *gates = NULL;
	size_t ngates = 0;
	if (!ok || !store_gate_list(st, &gates, &ngates, d))
		return false;
	struct store_gate rec = { .phase = (char *)phase, .decision = (char *)gate_decision_name(g),
				  .day = (char *)on, .who = (char *)who, .note = (char *)note };
	struct store_history h = { .day = today, .who = who, .kind = "phase", .ref = phase,
				   .field = "gate", .old = gate_in_force(gates, ngates, phase),
				   .new_value = rec.decision, .note = note };
	ok = store_begin(st, d);
	if (ok) {
		ok = store_gate_add(st, &rec, d) && store_history_add(st, &h, d) && store_commit(st, d);
		if (!ok)
			store_rollback(st);
	}
	store_gates_release(gates, ngates);
	return ok;
}

bool plan_reviews_load(struct store *st, long today, bool need_plan, struct plan_reviews *out,
		       struct diag *d)
{
	memset(out, 0, sizeof *out);
	out->plan = xcalloc(1, sizeof *out->plan);
	int found = store_plan_load(st, out->plan, d);
	if (found == 0 && !need_plan) {
		free(out->plan);
		out->plan = NULL;
		return true;
	}
	if (found == 0)
		diag_fail(d, EXIT_DATAERR, _("there is no plan in %s yet; run 'crmready plan "
			  "build' first"), store_path(st));
	if (found <= 0 || !store_gate_list(st, &out->gates, &out->ngates, d))
		return false;
	struct goal_rows rows;
	if (!goal_rows_load(st, today, NULL, NULL, &rows, d)) {
		goal_rows_release(&rows);
		return false;
	}
	out->n = out->plan->nphases;
	out->v = xcalloc(out->n + 1, sizeof *out->v);
	for (size_t p = 0; p < out->n; p++) {
		struct phase_review *r = &out->v[p];
		r->phase = out->plan->phases[p].id;
		/* gates come sorted by phase: this phase's are one run */
		for (size_t g = 0; g < out->ngates; g++)
			if (!strcmp(out->gates[g].phase, r->phase)) {
				if (!r->ngates)
					r->gates = &out->gates[g];
				r->ngates++;
			}
		r->gate = r->ngates ? &r->gates[r->ngates - 1] : NULL;
	}
	/* goals come in phase order, so this is one pass with a cursor */
	size_t p = 0;
	for (size_t i = 0; i < rows.n; i++) {
		if (p >= out->n || strcmp(out->v[p].phase, rows.v[i].phase))
			for (p = 0; p < out->n && strcmp(out->v[p].phase, rows.v[i].phase); p++)
				;
		if (p < out->n) {
			out->v[p].counts[rows.v[i].status.state]++;
			out->v[p].ngoals++;
		}
	}
	for (size_t q = 0; q < out->n; q++)
		out->v[q].verdict = plan_phase_verdict(out->v[q].counts);
	goal_rows_release(&rows);
	return true;
}

void plan_reviews_release(struct plan_reviews *r)
{
	if (r->plan) {
		store_plan_release(r->plan);
		free(r->plan);
	}
	store_gates_release(r->gates, r->ngates);
	free(r->v);
	memset(r, 0, sizeof *r);
}
