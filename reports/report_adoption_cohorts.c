/* report_adoption_cohorts: the go-live cohorts (active rate by weeks since
 * go-live) and the team league of 'crmready adoption report', in the
 * terminal, JSON and CSV (--table cohorts|teams). */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

enum { SHOW_TEAMS = 5 };   /* text: the top and bottom five of a longer league */

static bool by_month(const struct adoption_cohorts *c)
{
	return !strcmp(c->by, "month");
}

/* A cohort's name as shown: a licence-start month is a Gregorian month
 * (YYYY-MM, the language's digits): no other calendar's month matches it. */
static char *cohort_label(const struct adoption_cohorts *c, const struct adoption_cohort *k)
{
	char *clean = text_sanitize(k->name);
	if (!by_month(c))
		return clean;
	char *shown = i18n_digits(clean);
	free(clean);
	return shown;
}

static char *cell_text(const struct adoption_cohort_cell *x, long min_group)
{
	if (x->small)
		return tfmt("<%ld", min_group);
	if (!x->licensed)
		return xstrdup("-");
	return tfmt("%.1f%%", 100.0 * (double)x->active / (double)x->licensed);
}

void report_adoption_cohorts_text(FILE *out, const struct adoption_cohorts *c)
{
	if (!c->n && !c->nhidden)
		return;
	char last[TIMEX_SHOW_MAX];
	timex_show(c->last_week, last);
	fprintf(out, by_month(c)
		? _("\nCohorts by licence-start month: active rate by weeks since each user's licence "
		    "start (complete weeks to %s)\n")
		: _("\nGo-live cohorts by wave: active rate by weeks since the wave's go-live "
		    "(complete weeks to %s)\n"), last);
	size_t ncols = 3 + c->nages;
	struct report_table *t = report_table_new(ncols);
	report_table_plain_header(t);
	report_table_column(t, 0, by_month(c) ? _("Month") : _("Wave"), REPORT_LEFT);
	report_table_column(t, 1, by_month(c) ? _("First week") : _("Go-live"), REPORT_LEFT);
	report_table_column(t, 2, _("Users"), REPORT_RIGHT);
	char **heads = xmalloc((c->nages ? c->nages : 1) * sizeof *heads);
	for (size_t a = 0; a < c->nages; a++) {
		heads[a] = tfmt(_("Wk %zu"), a);
		report_table_column(t, 3 + a, heads[a], REPORT_RIGHT);
		report_table_width(t, 3 + a, 6, false);
	}
	const char **cell = xmalloc(ncols * sizeof *cell);
	char **owned = xmalloc(ncols * sizeof *owned);
	for (size_t i = 0; i < c->n; i++) {
		const struct adoption_cohort *k = &c->v[i];
		char start[TIMEX_SHOW_MAX];
		owned[0] = cohort_label(c, k);
		owned[1] = xstrdup(timex_show(k->start, start));
		owned[2] = tfmt("%ld", k->users);
		for (size_t a = 0; a < c->nages; a++)
			owned[3 + a] = a < k->nages ? cell_text(&k->ages[a], c->min_group) : xstrdup("");
		for (size_t j = 0; j < ncols; j++)
			cell[j] = owned[j];
		report_table_row(t, cell);
		for (size_t j = 0; j < ncols; j++)
			free(owned[j]);
	}
	if (c->n)
		report_table_print(t, out, 0, false);
	report_table_free(t);
	for (size_t a = 0; a < c->nages; a++)
		free(heads[a]);
	free(heads);
	free(cell);
	free(owned);
	if (c->nhidden) {
		tfprintf(out, _("  not shown (fewer than %ld users, or so that no such cohort can be "
				"worked out):"), c->min_group);
		for (size_t k = 0; k < c->nhidden; k++) {
			char *name = text_sanitize(c->hidden[k]);
			fprintf(out, "%s%s", k ? report_list_sep() : " ", name);
			free(name);
		}
		fputc('\n', out);
	}
	tfprintf(out, by_month(c)
		 ? _("  Week 0 is each user's licence-start week; \"<%ld\": fewer than %ld licensed "
		     "users that week, no figure.\n")
		 : _("  Week 0 is the week the wave's first licence starts; \"<%ld\": fewer than %ld "
		     "licensed users that week, no figure.\n"), c->min_group, c->min_group);
}

json_t *report_adoption_cohorts_json(const struct adoption_cohorts *c)
{
	json_t *cohorts = json_array(), *hidden = json_array();
	for (size_t i = 0; i < c->n; i++) {
		const struct adoption_cohort *k = &c->v[i];
		json_t *ages = json_array();
		for (size_t a = 0; a < k->nages; a++) {
			const struct adoption_cohort_cell *x = &k->ages[a];
			json_t *o = json_pack("{s:I}", "age", (json_int_t)a);
			if (x->small) {
				json_object_set_new(o, "licensed_users", json_null());
				json_object_set_new(o, "active_users", json_null());
				json_object_set_new(o, "fewer_than", json_integer(c->min_group));
			} else {
				json_object_set_new(o, "licensed_users", json_integer(x->licensed));
				json_object_set_new(o, "active_users", json_integer(x->active));
				if (x->licensed)
					json_object_set_new(o, "active_rate",
							    json_real((double)x->active /
								      (double)x->licensed));
			}
			json_array_append_new(ages, o);
		}
		json_array_append_new(cohorts, json_pack("{s:s, s:s, s:I, s:o}", "cohort", k->name,
							 "week0", k->start, "users",
							 (json_int_t)k->users, "ages", ages));
	}
	for (size_t i = 0; i < c->nhidden; i++)
		json_array_append_new(hidden, json_string(c->hidden[i]));
	return json_pack("{s:s, s:s?, s:I, s:o, s:o}", "by", c->by, "last_week",
			 *c->last_week ? c->last_week : NULL, "min_group", (json_int_t)c->min_group,
			 "cohorts", cohorts, "not_shown", hidden);
}

void report_adoption_cohorts_csv(FILE *out, const struct adoption_cohorts *c)
{
	static const char *const head[] = { "cohort_by", "cohort", "week0", "users", "age",
					    "week", "licensed_users", "active_users",
					    "active_rate" };
	csvx_write_row(out, head, 9);
	for (size_t i = 0; i < c->n; i++) {
		const struct adoption_cohort *k = &c->v[i];
		for (size_t a = 0; a < k->nages; a++) {
			const struct adoption_cohort_cell *x = &k->ages[a];
			char users[24], age[24], week[11] = "", lic[24] = "", act[24] = "",
			     rate[40] = "";
			snprintf(users, sizeof users, "%ld", k->users);
			snprintf(age, sizeof age, "%zu", a);
			/* a wave's age is one calendar week; a month's users each have their own */
			if (!by_month(c))
				timex_format_date(k->start_day + 7 * (int64_t)a, week);
			if (!x->small) {
				snprintf(lic, sizeof lic, "%ld", x->licensed);
				snprintf(act, sizeof act, "%ld", x->active);
				if (x->licensed)
					snprintf(rate, sizeof rate, "%.15g",
						 (double)x->active / (double)x->licensed);
			}
			const char *row[] = { c->by, k->name, k->start, users, age, week, lic, act,
					      rate };
			csvx_write_row(out, row, 9);
		}
	}
}

/* ---- the team league ---- */

static double team_rate(const struct adoption_team *t)
{
	return t->size ? (double)t->active / (double)t->size : 0;
}

static char *team_label(const struct adoption_teams *t, const struct adoption_team *x)
{
	if (!x->other)
		return text_sanitize(x->name);
	char *n = tfmt(trn("%zu team", "%zu teams", t->nfolded), t->nfolded);
	char *s = xasprintf("%s (%s)", anonymity_other_label(), n);
	free(n);
	return s;
}

static void team_row(struct report_table *tb, const struct adoption_teams *t, size_t i)
{
	const struct adoption_team *x = &t->v[i];
	char *rank = x->other ? xstrdup("") : tfmt("%zu", i + 1);
	char *name = team_label(t, x);
	char *size = tfmt("%ld", x->size);
	char fewer[48];
	char *active = x->small ? xstrdup("") : tfmt("%ld", x->active);
	char *rate = x->small ? i18n_digits(anonymity_fewer_label(t->min_group, fewer, sizeof fewer))
			      : tfmt("%.1f%%", 100 * team_rate(x));
	const char *cell[] = { rank, name, size, active, rate };
	report_table_row(tb, cell);
	free(rank);
	free(name);
	free(size);
	free(active);
	free(rate);
}

void report_adoption_teams_text(FILE *out, const struct adoption_teams *t)
{
	if (!t->n)
		return;
	char week[TIMEX_SHOW_MAX];
	fprintf(out, _("\nTeam league (week %s, %s): a team is a manager's direct reports\n"),
		timex_show(t->week, week),
		t->in_progress ? _("in progress") : _("the last complete week"));
	struct report_table *tb = report_table_new(5);
	report_table_plain_header(tb);
	report_table_column(tb, 0, "#", REPORT_RIGHT);
	report_table_column(tb, 1, _("Team (manager)"), REPORT_LEFT);
	report_table_column(tb, 2, trc("adoption table", "Licensed"), REPORT_RIGHT);
	report_table_column(tb, 3, trc("adoption table", "Active"), REPORT_RIGHT);
	report_table_column(tb, 4, trc("adoption table", "Rate"), REPORT_RIGHT);
	size_t ranked = t->n - (t->nfolded ? 1 : 0);
	for (size_t i = 0; i < ranked; i++) {
		if (ranked > 2 * SHOW_TEAMS && i == SHOW_TEAMS) {
			const char *dots[] = { "", "...", "", "", "" };
			report_table_row(tb, dots);
			i = ranked - SHOW_TEAMS;
		}
		team_row(tb, t, i);
	}
	if (t->nfolded)
		team_row(tb, t, t->n - 1);
	report_table_print(tb, out, 0, false);
	report_table_free(tb);
	if (t->nfolded)
		tfprintf(out, trn("  in \"other\": %zu team of fewer than %ld licensed users (or so that "
				  "\"other\" has at least %ld)\n",
				  "  in \"other\": %zu teams of fewer than %ld licensed users (or so "
				  "that \"other\" has at least %ld)\n", t->nfolded),
			 t->nfolded, t->min_group, t->min_group);
	if (ranked > 2 * SHOW_TEAMS)
		tfprintf(out, _("  the top and bottom %d of %zu teams (--format csv --table teams lists "
				"them all)\n"), SHOW_TEAMS, ranked);
	if (ranked >= 2 && !t->in_progress) {
		char *top = text_sanitize(t->v[0].name), *low = text_sanitize(t->v[ranked - 1].name);
		tfprintf(out, _("Most adopting team: %s %.1f%%; least adopting: %s %.1f%%.\n"), top,
			 100 * team_rate(&t->v[0]), low, 100 * team_rate(&t->v[ranked - 1]));
		free(top);
		free(low);
	}
}

json_t *report_adoption_teams_json(const struct adoption_teams *t)
{
	json_t *teams = json_array();
	for (size_t i = 0; i < t->n; i++) {
		const struct adoption_team *x = &t->v[i];
		json_t *o = json_pack("{s:o, s:o, s:o, s:I}", "rank",
				      x->other ? json_null() : json_integer((json_int_t)i + 1),
				      "team", x->other ? json_null() : json_string(x->name),
				      "manager", x->other ? json_null() : json_string(x->manager),
				      "licensed_users", (json_int_t)x->size);
		if (x->other)
			json_object_set_new(o, "teams", json_integer((json_int_t)t->nfolded));
		if (x->small) {
			json_object_set_new(o, "active_users", json_null());
			json_object_set_new(o, "fewer_than", json_integer(t->min_group));
		} else {
			json_object_set_new(o, "active_users", json_integer(x->active));
			json_object_set_new(o, "active_rate", json_real(team_rate(x)));
		}
		json_array_append_new(teams, o);
	}
	return json_pack("{s:s?, s:b, s:I, s:I, s:o}", "week", *t->week ? t->week : NULL, "in_progress",
			 t->in_progress, "min_group", (json_int_t)t->min_group, "users_with_manager",
			 (json_int_t)t->users, "teams", teams);
}

void report_adoption_teams_csv(FILE *out, const struct adoption_teams *t)
{
	static const char *const head[] = { "rank", "team", "manager", "week", "licensed_users",
					    "active_users", "active_rate", "in_progress" };
	csvx_write_row(out, head, 8);
	for (size_t i = 0; i < t->n; i++) {
		const struct adoption_team *x = &t->v[i];
		char rank[24] = "", size[24], act[24] = "", rate[40] = "";
		if (!x->other)
			snprintf(rank, sizeof rank, "%zu", i + 1);
		snprintf(size, sizeof size, "%ld", x->size);
		if (!x->small) {
			snprintf(act, sizeof act, "%ld", x->active);
			snprintf(rate, sizeof rate, "%.15g", team_rate(x));
		}
		const char *row[] = { rank, x->other ? "other" : x->name, x->manager, t->week, size,
				      act, rate, t->in_progress ? "true" : "false" };
		csvx_write_row(out, row, 8);
	}
}
