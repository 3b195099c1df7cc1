/* report_adoption_core: what 'adoption core-actions' shows: the core
 * actions in use and the workspace's kinds of action, core or not. */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/xalloc.h"
#include "report.h"

static json_t *names_json(char *const *names, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(a, json_string(names[i]));
	return a;
}

json_t *report_adoption_core_json(const struct adoption_core_view *v)
{
	json_t *rules = json_array();
	for (size_t i = 0; i < v->core.n; i++) {
		const struct adoption_core_rule *r = &v->core.rules[i];
		json_array_append_new(rules, json_pack("{s:o, s:o}", "objects",
						       names_json(r->objects, r->nobjects), "actions",
						       r->actions ? names_json(r->actions, r->nactions)
								  : json_null()));
	}
	json_t *kinds = json_array();
	for (size_t i = 0; i < v->nkinds; i++)
		json_array_append_new(kinds, json_pack("{s:s, s:s, s:b}", "object", v->kinds[i].object,
						       "action", v->kinds[i].action, "core",
						       v->kinds[i].core));
	return json_pack("{s:s, s:b, s:o, s:o, s:I}", "file", v->core.file, "shipped",
			 v->core.shipped, "core_actions", rules, "kinds", kinds, "weeks_recomputed",
			 (json_int_t)v->weeks);
}

/* "created, updated", or "any action". */
static char *names_text(char *const *names, size_t n, const char *none)
{
	if (!names)
		return xstrdup(none);
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < n; i++)
		sbuf_addf(&b, "%s%s", i ? report_list_sep() : "",
			  strcmp(names[i], "*") ? names[i] : none);
	return sbuf_detach(&b);
}

void report_adoption_core_text(FILE *out, const struct adoption_core_view *v, bool set)
{
	char *file = text_sanitize(v->core.file);
	if (v->core.shipped)
		fprintf(out, set ? _("Core actions: back to the shipped default (%s).\n")
				 : _("Core actions: the shipped default (%s).\n"), file);
	else
		fprintf(out, set ? _("Core actions: set from %s.\n") : _("Core actions: from %s.\n"),
			file);
	free(file);
	struct report_table *t = report_table_new(2);
	report_table_column(t, 0, _("object"), REPORT_LEFT);
	report_table_column(t, 1, _("core actions"), REPORT_LEFT);
	for (size_t i = 0; i < v->core.n; i++) {
		const struct adoption_core_rule *r = &v->core.rules[i];
		char *objects = names_text(r->objects, r->nobjects, _("any object"));
		char *actions = names_text(r->actions, r->nactions, _("any action"));
		report_table_row(t, (const char *const[]){ objects, actions });
		free(objects);
		free(actions);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	if (!v->nkinds) {
		fputs(_("No activity log imported yet: no kinds of action in the workspace.\n"), out);
	} else {
		fputs(_("Kinds of action in the workspace:\n"), out);
		t = report_table_new(3);
		report_table_column(t, 0, _("object"), REPORT_LEFT);
		report_table_column(t, 1, _("action"), REPORT_LEFT);
		report_table_column(t, 2, _("core"), REPORT_LEFT);
		for (size_t i = 0; i < v->nkinds; i++)
			report_table_row(t, (const char *const[]){ v->kinds[i].object, v->kinds[i].action,
								   v->kinds[i].core ? _("yes") : _("no") });
		report_table_print(t, out, 2, false);
		report_table_free(t);
	}
	if (set)
		tfprintf(out, trn("Weekly figures recomputed for %zu week.\n",
				  "Weekly figures recomputed for %zu weeks.\n", v->weeks), v->weeks);
}

/* ---- the core figures in 'adoption report' ---- */

static bool any_core(const struct adoption_series *s)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->weeks[i].has_core)
			return true;
	return false;
}

/* Core-active users and their rate of a week as two cells ("-" hidden). */
static void core_cells(const struct adoption_week *w, char **users, char **rate)
{
	bool shown = w->has_core && !w->small;
	*users = shown ? tfmt("%.0f", w->core_active) : xstrdup("-");
	*rate = shown && w->has_core_rate ? tfmt("%.1f%%", w->core_rate * 100) : xstrdup("-");
}

void report_adoption_core_text_weeks(FILE *out, const struct adoption_report *r)
{
	const struct adoption_series *o = &r->overall;
	if (!any_core(o))
		return;
	fputs(_("\nCore actions (licensed users with a core action that week; 'adoption "
		"core-actions' lists which):\n"), out);
	struct report_table *t = report_table_new(3);
	report_table_column(t, 0, _("Week"), REPORT_LEFT);
	report_table_column(t, 1, _("Core-active"), REPORT_RIGHT);
	report_table_column(t, 2, trc("adoption table", "Rate"), REPORT_RIGHT);
	for (size_t i = 0; i < o->n; i++) {
		const struct adoption_week *w = &o->weeks[i];
		char date[TIMEX_SHOW_MAX], *users, *rate;
		core_cells(w, &users, &rate);
		report_table_row(t, (const char *const[]){ timex_show(w->date, date), users, rate });
		free(users);
		free(rate);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	if (!r->ngroups || !*r->week)
		return;
	char week[TIMEX_SHOW_MAX];
	fprintf(out, _("  By group, week of %s:\n"), timex_show(r->week, week));
	t = report_table_new(3);
	report_table_column(t, 0, !strcmp(r->by, "wave") ? _("Wave") : _("Department"), REPORT_LEFT);
	report_table_column(t, 1, _("Core-active"), REPORT_RIGHT);
	report_table_column(t, 2, trc("adoption table", "Rate"), REPORT_RIGHT);
	for (size_t i = 0; i < r->ngroups; i++) {
		const struct adoption_series *g = &r->groups[i];
		char *users, *rate;
		if (g->has_at) {
			core_cells(&g->at, &users, &rate);
		} else {
			users = xstrdup("-");
			rate = xstrdup("-");
		}
		const char *name = g->other ? anonymity_other_label() : !strcmp(g->name, ADOPTION_NO_DEPARTMENT)
			? _(ADOPTION_NO_DEPARTMENT) : g->name;
		report_table_row(t, (const char *const[]){ name, users, rate });
		free(users);
		free(rate);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
}

void report_adoption_core_week_json(json_t *o, const struct adoption_week *w)
{
	if (!w->has_core || w->small)
		return;
	json_object_set_new(o, "core_active_users", json_integer((json_int_t)w->core_active));
	if (w->has_core_rate)
		json_object_set_new(o, "core_active_rate", json_real(w->core_rate));
}

void report_adoption_core_week_csv(const struct adoption_week *w, char users[32], char rate[40])
{
	users[0] = rate[0] = '\0';
	if (!w->has_core || w->small)
		return;
	snprintf(users, 32, "%.0f", w->core_active);
	if (w->has_core_rate)
		snprintf(rate, 40, "%.15g", w->core_rate);
}
