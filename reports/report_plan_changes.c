/* What plan build changed against the previous plan, for people and in
 * JSON: initiatives added, dropped (their execution kept) and moved. */
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

static const char *const CHANGE_NAMES[] = { "added", "dropped", "moved" };

/* "starts 2 weeks later" / "ends 3 days earlier": a shift for people. */
static void shift_words(struct sbuf *b, long days, const char *later, const char *earlier)
{
	if (!days)
		return;
	char *span = report_plan_span(days > 0 ? days : -days, true);
	char *s = tfmt(_(days > 0 ? later : earlier), span);
	sbuf_addf(b, "%s%s", report_list_sep(), s);
	free(s);
	free(span);
}

static void change_line(FILE *out, const struct plan_change *c)
{
	struct sbuf b;
	sbuf_init(&b);
	if (c->kind == PLAN_CHANGE_ADDED)
		sbuf_addf(&b, _("added: %s, in %s"), c->initiative, c->new_phase);
	else if (c->kind == PLAN_CHANGE_DROPPED) {
		sbuf_addf(&b, _("dropped: %s, was in %s"), c->initiative, c->old_phase);
		if (c->had_actuals)
			sbuf_addf(&b, "%s%s", report_list_sep(),
				  _("its recorded execution is kept (see 'plan show')"));
	} else {
		sbuf_addf(&b, _("moved: %s"), c->initiative);
		if (strcmp(c->old_phase, c->new_phase)) {
			char *s = tfmt(_("from %s to %s"), c->old_phase, c->new_phase);
			sbuf_addf(&b, " %s", s);
			free(s);
		}
		shift_words(&b, c->start_shift, N_("starts %s later"), N_("starts %s earlier"));
		shift_words(&b, c->end_shift, N_("ends %s later"), N_("ends %s earlier"));
	}
	char *clean = text_sanitize(b.s ? b.s : "");
	fprintf(out, "  %s\n", clean);
	free(clean);
	sbuf_release(&b);
}

void report_plan_changes_text(FILE *out, const struct plan_changes *c)
{
	if (!c->had_plan)
		return;
	char d[TIMEX_SHOW_MAX];
	timex_show(c->old_built_at, d);
	if (!c->n) {
		tfprintf(out, _("against the previous plan (built %s): no initiative added, dropped "
				"or moved; recorded execution is kept\n"), d);
		return;
	}
	tfprintf(out, _("against the previous plan (built %s): %zu added, %zu dropped, %zu moved; "
			"recorded execution is kept\n"), d, c->added, c->dropped, c->moved);
	for (size_t i = 0; i < c->n; i++)
		change_line(out, &c->v[i]);
}

json_t *report_plan_changes_json(const struct plan_changes *c)
{
	if (!c->had_plan)
		return json_null();
	json_t *list = json_array();
	for (size_t i = 0; i < c->n; i++) {
		const struct plan_change *ch = &c->v[i];
		json_t *o = json_pack("{s:s, s:s}", "change", CHANGE_NAMES[ch->kind], "initiative",
				      ch->initiative);
		json_object_set_new(o, "old_phase", ch->old_phase ? json_string(ch->old_phase) : json_null());
		json_object_set_new(o, "new_phase", ch->new_phase ? json_string(ch->new_phase) : json_null());
		if (ch->kind == PLAN_CHANGE_MOVED) {
			json_object_set_new(o, "start_shift_days", json_integer(ch->start_shift));
			json_object_set_new(o, "end_shift_days", json_integer(ch->end_shift));
		}
		if (ch->kind == PLAN_CHANGE_DROPPED)
			json_object_set_new(o, "execution_kept", json_boolean(ch->had_actuals));
		json_array_append_new(list, o);
	}
	return json_pack("{s:s, s:I, s:I, s:I, s:o}", "previous_built_at", c->old_built_at,
			 "added", (json_int_t)c->added, "dropped", (json_int_t)c->dropped, "moved",
			 (json_int_t)c->moved, "initiatives", list);
}

json_t *report_plan_built_json(const struct plan *p, const struct plan_goal_sync *gs,
			       const struct plan_changes *c)
{
	const struct catalogue *cat = p->cat;
	char start[11], end[11];
	plan_date_format(p->start, start);
	plan_date_format(p->phases[cat->nphases - 1].end, end);
	json_t *goals = json_pack("{s:I, s:I, s:I, s:I}", "added", (json_int_t)gs->added, "kept",
				  (json_int_t)gs->kept, "removed", (json_int_t)gs->nremoved,
				  "skipped", (json_int_t)gs->nskipped);
	return json_pack("{s:s, s:I, s:I, s:I, s:s, s:s, s:o, s:o}", "catalogue", cat->id,
			 "catalogue_version", (json_int_t)cat->version, "initiatives",
			 (json_int_t)p->nitems, "phases", (json_int_t)cat->nphases, "start", start,
			 "end", end, "goals", goals, "changes", report_plan_changes_json(c));
}
