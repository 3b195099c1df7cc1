/* report_adoption: 'crmready adoption report' in the terminal, JSON and
 * CSV: weekly figures with bars, groups with sparklines, the least
 * adopting, who never logged in, and the goals on adoption.* metrics. */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

enum { SHOW_NEVER = 10 };

json_t *report_adoption_reach_json(const struct adoption_reach *r)
{
	char buf[32];
	adoption_reach_format(r, buf);
	if (!*buf)
		return json_null();
	buf[10] = 'T';
	strcat(buf, "Z");
	return json_string(buf);
}

static const char *const SPARK[] = { "\u2581", "\u2582", "\u2583", "\u2584", "\u2585",
				     "\u2586", "\u2587", "\u2588" };

/* The trend of complete weeks: a week in progress would draw a drop that
 * has not happened (README: Incomplete weeks); the table lists it. */
static void sparkline(struct sbuf *b, const struct adoption_series *s)
{
	for (size_t i = 0; i < s->n; i++) {
		if (s->weeks[i].in_progress)
			continue;
		if (!s->weeks[i].has_rate) {
			sbuf_addc(b, ' ');
			continue;
		}
		int k = (int)(s->weeks[i].rate * 8);
		sbuf_adds(b, SPARK[k < 0 ? 0 : k > 7 ? 7 : k]);
	}
}

/* rate in 0..1 as width blocks, full (█) or light (░). */
static char *bar(double rate, int width)
{
	struct sbuf b;
	sbuf_init(&b);
	int full = (int)(rate * width + 0.5);
	for (int i = 0; i < width; i++)
		sbuf_adds(&b, i < full ? "\u2588" : "\u2591");
	return sbuf_detach(&b);
}

/* A group's name as shown: the group of users without a department in
 * the reader's language. */
static const char *group_name(const char *name)
{
	return !strcmp(name, ADOPTION_NO_DEPARTMENT) ? _(ADOPTION_NO_DEPARTMENT) : name;
}

/* The breakdown's words: 0 department, 1 wave, 2 role (adoption_by_kinds). */
static int by_kind(const struct adoption_report *r)
{
	return !strcmp(r->by, "wave") ? 1 : !strcmp(r->by, "role") ? 2 : 0;
}

/* The Licensed, Active and Rate headings over the figures' columns (k
 * 0..2), as short as the columns COUNT_WIDTH. */
static const char *count_head(size_t k)
{
	const char *const head[] = { trc("adoption table", "Licensed"),
				     trc("adoption table", "Active"), trc("adoption table", "Rate") };
	return head[k];
}
static const size_t COUNT_WIDTH[] = { 8, 7, 6 };

/* A date of the figures as the reader's calendar writes it, into out. */
static const char *day(const char *iso, char out[TIMEX_SHOW_MAX])
{
	return timex_show(iso, out);
}

static void print_weeks(FILE *out, const struct adoption_report *r)
{
	const struct adoption_series *o = &r->overall;
	enum { WEEK, LICENSED, ACTIVE, RATE, BAR, REST, NCOLS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, WEEK, _("Week"), REPORT_LEFT);
	report_table_width(t, WEEK, 10, true);
	for (size_t k = 0; k < 3; k++) {
		report_table_column(t, LICENSED + k, count_head(k), REPORT_RIGHT);
		report_table_width(t, LICENSED + k, COUNT_WIDTH[k], true);
	}
	report_table_column(t, BAR, "", REPORT_LEFT);
	report_table_width(t, BAR, 20, true);
	/* the rest of the line: logins per active user, the week in progress */
	report_table_column(t, REST, _("  Logins/active"), REPORT_LEFT);
	report_table_gap(t, REST, "");
	char end[32], shown_end[TIMEX_SHOW_MAX];
	adoption_reach_format(&r->reach, end);
	end[16] = '\0';   /* to the minute */
	timex_show(end, shown_end);
	for (size_t i = 0; i < o->n; i++) {
		const struct adoption_week *w = &o->weeks[i];
		char *licensed = tfmt("%.0f", w->licensed), *active = tfmt("%.0f", w->active);
		char *rate = w->has_rate ? tfmt("%.1f%%", w->rate * 100) : xstrdup("-");
		char *b = w->has_rate ? bar(w->rate, 20) : xstrdup("");
		struct sbuf rest;
		sbuf_init(&rest);
		if (w->has_logins_per_active) {
			char *lpa = tfmt("  %.1f", w->logins_per_active);
			sbuf_adds(&rest, lpa);
			free(lpa);
		}
		if (w->in_progress)
			sbuf_addf(&rest, _("%s  (week in progress: logs reach %s UTC)"),
				  w->has_logins_per_active ? "" : "     ", shown_end);
		char date[TIMEX_SHOW_MAX];
		const char *cell[NCOLS] = { day(w->date, date), licensed, active, rate, b,
					    rest.s ? rest.s : "" };
		report_table_row(t, cell);
		sbuf_release(&rest);
		free(b);
		free(licensed);
		free(active);
		free(rate);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
	struct sbuf trend;
	sbuf_init(&trend);
	sparkline(&trend, o);
	fprintf(out, _("\nActive rate trend: %s"), trend.s ? trend.s : "");
	sbuf_release(&trend);
	for (size_t i = 0; i < o->n; i++)
		if (o->weeks[i].in_progress) {   /* the first week left out, and any later */
			char date[TIMEX_SHOW_MAX];
			fprintf(out, _("  (complete weeks; the week of %s, in progress, is left out)"),
				day(o->weeks[i].date, date));
			break;
		}
	fputc('\n', out);
}

/* Licensed, active and rate of a group's week as one cell, the three
 * figures in the columns of COUNT_WIDTH; "fewer than N" across them for a
 * small group. */
static char *figures(const struct adoption_week *w, long min_group, lang_id lang)
{
	if (w && w->small) {
		char fewer[48];
		return i18n_digits(anonymity_fewer_label(min_group, fewer, sizeof fewer));
	}
	if (w && w->has_rate)
		return tfmt("%8.0f  %7.0f  %5.1f%%", w->licensed, w->active, w->rate * 100);
	return tfmt("%8.0f  %7.0f  %6s", w ? w->licensed : 0, w ? w->active : 0, "-");
}

/* The headings of the figures' cell, each right-aligned in its column by
 * display width. */
static char *figures_head(void)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t k = 0; k < 3; k++) {
		const char *head = count_head(k);
		if (k)
			sbuf_adds(&b, "  ");
		for (size_t w = utf8_width(head); w < COUNT_WIDTH[k]; w++)
			sbuf_addc(&b, ' ');
		sbuf_adds(&b, head);
	}
	return sbuf_detach(&b);
}

/* "By department (week 2026-11-16, in progress)" and the groups' table. */
static void print_groups_head(FILE *out, const struct adoption_report *r)
{
	char week[TIMEX_SHOW_MAX];
	const char *when = r->week_in_progress ? _("in progress") : _("the last complete week");
	const char *head[] = { _("\nBy department (week %s, %s)\n"), _("\nBy wave (week %s, %s)\n"),
			       _("\nBy role (week %s, %s)\n") };
	fprintf(out, head[by_kind(r)], day(r->week, week), when);
}

static void print_least(FILE *out, const struct adoption_report *r, lang_id lang)
{
	const struct adoption_series *o = &r->overall;
	if (r->nleast) {
		const struct adoption_week *ow = &o->at;
		const char *head[] = {
			trn("\nLeast adopting department: ", "\nLeast adopting departments: ", r->nleast),
			trn("\nLeast adopting wave: ", "\nLeast adopting waves: ", r->nleast),
			trn("\nLeast adopting role: ", "\nLeast adopting roles: ", r->nleast) };
		fputs(head[by_kind(r)], out);
		for (size_t k = 0; k < r->nleast; k++) {
			const struct adoption_series *g = &r->groups[r->least[k]];
			char *name = text_sanitize(g->other ? anonymity_other_label()
							   : group_name(g->name));
			tfprintf(out, "%s%s %.1f%%", k ? report_list_sep() : "", name, g->at.rate * 100);
			free(name);
		}
		if (o->has_at && ow->has_rate)
			tfprintf(out, _(" (organisation %.1f%%)"), ow->rate * 100);
		fputs(_(".\n"), out);
	} else if (r->week_in_progress) {
		/* nothing is judged on a week in progress (README: Incomplete weeks) */
		fputs(_("\nLeast adopting: no complete week yet.\n"), out);
	}
}

static void print_groups(FILE *out, const struct adoption_report *r, lang_id lang)
{
	const char *words[] = { _("Department"), _("Wave"), _("Role") };
	const char *word = words[by_kind(r)];
	size_t width = utf8_width(word) + 1;
	for (size_t i = 0; i < r->ngroups; i++) {
		size_t w = utf8_width(group_name(r->groups[i].name));
		if (w + 1 > width)
			width = w + 1;
	}
	print_groups_head(out, r);
	enum { NAME, FIGURES, TREND, NCOLS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, NAME, word, REPORT_LEFT);
	report_table_width(t, NAME, width, true);
	char *fh = figures_head();
	report_table_column(t, FIGURES, fh, REPORT_RIGHT);
	free(fh);
	report_table_width(t, FIGURES, 25, true);
	/* the trend, then "<- least adopting" for the least adopting */
	report_table_column(t, TREND, _("Trend"), REPORT_LEFT);
	for (size_t i = 0; i < r->ngroups; i++) {
		const struct adoption_series *g = &r->groups[i];
		char *fig = figures(g->has_at ? &g->at : NULL, r->min_group, lang);
		struct sbuf trend;
		sbuf_init(&trend);
		sparkline(&trend, g);
		for (size_t k = 0; k < r->nleast; k++)
			if (r->least[k] == i)
				sbuf_adds(&trend, _("  <- least adopting"));
		const char *cell[NCOLS] = {
			g->other ? anonymity_other_label() : group_name(g->name), fig,
			trend.s ? trend.s : "" };
		report_table_row(t, cell);
		sbuf_release(&trend);
		free(fig);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
	if (r->nsmall) {
		/* the small groups and, when "other" would still be smaller,
		 * the next smallest (complementary suppression) */
		tfprintf(out, _("  in \"other\" (fewer than %ld licensed users, or so that \"other\" has "
				"at least %ld):"), r->min_group, r->min_group);
		for (size_t k = 0; k < r->nsmall; k++) {
			char *name = text_sanitize(r->small[k]);
			fprintf(out, "%s%s", k ? report_list_sep() : " ", name);
			free(name);
		}
		fputc('\n', out);
	}
	print_least(out, r, lang);
}

static void print_never(FILE *out, const struct adoption_report *r)
{
	const struct adoption_series *o = &r->overall;
	long licensed = (long)o->weeks[o->n - 1].licensed;
	tfprintf(out, trn("\nNever logged in: %zu of %ld licensed user",
			  "\nNever logged in: %zu of %ld licensed users", (unsigned long)licensed),
		 r->nnever, licensed);
	if (licensed > 0)
		tfprintf(out, " (%.1f%%)", 100.0 * (double)r->nnever / (double)licensed);
	fprintf(out, "%s\n", r->nnever ? _(":") : _("."));
	struct report_table *t = report_table_new(3);
	report_table_width(t, 0, 20, true);
	report_table_width(t, 1, 24, true);
	for (size_t i = 0; i < r->nnever && i < SHOW_NEVER; i++) {
		const char *cell[] = { r->never[i].id, r->never[i].name,
				       group_name(r->never[i].department) };
		report_table_row(t, cell);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	if (r->nnever > SHOW_NEVER)
		tfprintf(out, _("  ... and %zu more (--format json lists them all)\n"),
			 r->nnever - SHOW_NEVER);
}

void report_adoption_text(FILE *out, const struct adoption_report *r,
			  const struct goal_rows *goals, const char *today,
			  const struct report_options *opt)
{
	const struct adoption_series *o = &r->overall;
	if (!o->n) {
		fputs(_("No adoption figures yet: import a roster ('crmready roster import') and a "
			"login log ('crmready adoption import').\n"), out);
		report_goals_text(out, goals, METRIC_FAMILY_ADOPTION ".", today, opt);
		return;
	}
	char first[TIMEX_SHOW_MAX], last[TIMEX_SHOW_MAX];
	tfprintf(out, trn("Adoption: %zu week, %s .. %s (ISO weeks, UTC, dated by Monday)\n\n",
			  "Adoption: %zu weeks, %s .. %s (ISO weeks, UTC, dated by Monday)\n\n", o->n),
		 o->n, day(o->weeks[0].date, first), day(o->weeks[o->n - 1].date, last));
	print_weeks(out, r);
	if (r->ngroups)
		print_groups(out, r, opt->lang);
	report_adoption_core_text_weeks(out, r);
	print_never(out, r);
	if (r->unknown_users) {
		/* two counts, two plurals: the users' sentence, then the logins' */
		char *users = tfmt(trn("%ld user", "%ld users", (unsigned long)r->unknown_users),
				   r->unknown_users);
		char *logins = tfmt(trn("%ld login", "%ld logins", (unsigned long)r->unknown_logins),
				    r->unknown_logins);
		fprintf(out, _("\nNot in the roster: %s with %s in the logs, not counted above.\n"),
			users, logins);
		free(users);
		free(logins);
	}
	if (r->cohorts)
		report_adoption_cohorts_text(out, r->cohorts);
	if (r->teams)
		report_adoption_teams_text(out, r->teams);
	report_goals_text(out, goals, METRIC_FAMILY_ADOPTION ".", today, opt);
	fputs(_("\nLogins measure presence, not use: read the rates with the never-logged-in "
		"list.\n"), out);
}

static json_t *weeks_json(const struct adoption_series *s, long min_group)
{
	json_t *a = json_array();
	for (size_t i = 0; i < s->n; i++) {
		const struct adoption_week *w = &s->weeks[i];
		if (w->small) {
			/* fewer than min_group licensed users: no figure (anonymity) */
			json_array_append_new(a, json_pack("{s:s, s:n, s:n, s:I}", "week", w->date,
							   "licensed_users", "active_users", "fewer_than",
							   (json_int_t)min_group));
			continue;
		}
		/* counts are whole numbers: give them as integers */
		json_t *o = json_pack("{s:s, s:I, s:I}", "week", w->date, "licensed_users",
				      (json_int_t)w->licensed, "active_users", (json_int_t)w->active);
		if (w->has_rate)
			json_object_set_new(o, "active_rate", json_real(w->rate));
		if (w->has_logins_per_active)
			json_object_set_new(o, "logins_per_active_user",
					    json_real(w->logins_per_active));
		json_object_set_new(o, "monthly_active_users", json_integer((json_int_t)w->monthly));
		if (w->has_stickiness)
			json_object_set_new(o, "stickiness", json_real(w->stickiness));
		if (w->in_progress)
			json_object_set_new(o, "in_progress", json_true());
		report_adoption_core_week_json(o, w);
		json_array_append_new(a, o);
	}
	return a;
}

json_t *report_adoption_json(const struct adoption_report *r, const struct goal_rows *goals,
			     const char *today)
{
	json_t *groups = json_array(), *least = json_array(), *never = json_array();
	for (size_t i = 0; i < r->ngroups; i++)
		json_array_append_new(groups, json_pack("{s:o, s:s, s:o}", "name", r->groups[i].other
							? json_null() : json_string(r->groups[i].name),
							"scope", r->groups[i].scope, "weeks",
							weeks_json(&r->groups[i], r->min_group)));
	for (size_t k = 0; k < r->nleast; k++) {
		const struct adoption_series *g = &r->groups[r->least[k]];
		const struct adoption_week *w = &g->at;
		json_array_append_new(least, json_pack("{s:o, s:s, s:s, s:f}", "name",
						       g->other ? json_null() : json_string(g->name),
						       "scope", g->scope, "week", w->date,
						       "active_rate", w->rate));
	}
	for (size_t i = 0; i < r->nnever; i++)
		json_array_append_new(never, json_pack("{s:s, s:s, s:s, s:s}", "id", r->never[i].id,
						       "name", r->never[i].name, "department",
						       r->never[i].department, "wave", r->never[i].wave));
	json_t *o = json_pack("{s:s, s:o, s:o, s:o, s:I, s:{s:I, s:o}, s:{s:I, s:I}}",
			      "by", r->by, "weeks", weeks_json(&r->overall, 0), "groups", groups,
			      "least_adopting", least, "roster_users", (json_int_t)r->roster_users,
			      "never_logged_in", "count", (json_int_t)r->nnever, "users", never,
			      "unknown_users", "users", (json_int_t)r->unknown_users, "logins",
			      (json_int_t)r->unknown_logins);
	json_object_set_new(o, "logs_reach", report_adoption_reach_json(&r->reach));
	if (*r->week) {
		json_object_set_new(o, "groups_week", json_string(r->week));
		json_object_set_new(o, "groups_week_in_progress", json_boolean(r->week_in_progress));
	}
	json_object_set_new(o, "today", json_string(today));
	json_object_set_new(o, "goals", report_goals_json(goals));
	json_t *small = json_array();
	for (size_t i = 0; i < r->nsmall; i++)
		json_array_append_new(small, json_string(r->small[i]));
	json_object_set_new(o, "min_group", json_integer((json_int_t)r->min_group));
	json_object_set_new(o, "in_other", small);
	if (r->cohorts)
		json_object_set_new(o, "cohorts", report_adoption_cohorts_json(r->cohorts));
	if (r->teams)
		json_object_set_new(o, "teams", report_adoption_teams_json(r->teams));
	return o;
}

enum { CSV_WEEK = 9, CSV_ALL = CSV_WEEK + REPORT_GOAL_CSV };   /* week columns, then the goal's */

static void csv_series(FILE *out, const struct adoption_series *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct adoption_week *w = &s->weeks[i];
		char lic[32] = "", act[32] = "", rate[40] = "", lpa[40] = "";
		if (!w->small) {   /* fewer than min_group licensed users: no figure */
			snprintf(lic, sizeof lic, "%.0f", w->licensed);
			snprintf(act, sizeof act, "%.0f", w->active);
		}
		if (w->has_rate)
			snprintf(rate, sizeof rate, "%.15g", w->rate);
		if (w->has_logins_per_active)
			snprintf(lpa, sizeof lpa, "%.15g", w->logins_per_active);
		char core[32], core_rate[40];
		report_adoption_core_week_csv(w, core, core_rate);
		const char *row[CSV_ALL] = {
			s->scope, w->date, lic, act, rate, lpa, w->in_progress ? "true" : "false",
			core, core_rate };
		for (size_t k = CSV_WEEK; k < CSV_ALL; k++)
			row[k] = "";
		csvx_write_row(out, row, CSV_ALL);
	}
}

void report_adoption_csv(FILE *out, const struct adoption_report *r,
			 const struct goal_rows *goals)
{
	const char *head[CSV_ALL] = { "scope", "week", "licensed_users", "active_users",
				      "active_rate", "logins_per_active_user", "in_progress",
				      "core_active_users", "core_active_rate" };
	memcpy(head + CSV_WEEK, report_goal_csv_head, sizeof report_goal_csv_head);
	csvx_write_row(out, head, CSV_ALL);
	csv_series(out, &r->overall);
	for (size_t i = 0; i < r->ngroups; i++)
		csv_series(out, &r->groups[i]);
	for (size_t i = 0; i < goals->n; i++) {
		struct report_goal_cells c;
		report_goal_cells(&goals->v[i], &c);
		const char *row[CSV_ALL] = { goals->v[i].scope, "", "", "", "", "", "", "", "" };
		memcpy(row + CSV_WEEK, c.cell, sizeof c.cell);
		csvx_write_row(out, row, CSV_ALL);
	}
}
