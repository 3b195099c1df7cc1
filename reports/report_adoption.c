/* report_adoption: 'crmready adoption report' in the terminal, JSON and
 * CSV: weekly figures with bars, groups with sparklines, the least
 * adopting, who never logged in, and the goals on adoption.* metrics. */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/csvx.h"
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
static const char *group_name(const char *name, bool fa)
{
	return fa && !strcmp(name, ADOPTION_NO_DEPARTMENT) ? "(بدون واحد)" : name;
}

static const char *group_word(const char *by, bool fa)
{
	if (!fa)
		return by;
	return !strcmp(by, "wave") ? "موج" : "واحد";
}

/* The Licensed, Active and Rate headings over the figures' columns. */
static const char *const COUNT_HEAD[][2] = {
	{ "Licensed", "مجوزدار" }, { "Active", "فعال" }, { "Rate", "نرخ" },
};
static const size_t COUNT_WIDTH[] = { 8, 7, 6 };

static void print_weeks(FILE *out, const struct adoption_report *r, bool fa)
{
	const struct adoption_series *o = &r->overall;
	enum { WEEK, LICENSED, ACTIVE, RATE, BAR, REST, NCOLS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, WEEK, fa ? "هفته" : "Week", REPORT_LEFT);
	report_table_width(t, WEEK, 10, true);
	for (size_t k = 0; k < 3; k++) {
		report_table_column(t, LICENSED + k, COUNT_HEAD[k][fa], REPORT_RIGHT);
		report_table_width(t, LICENSED + k, COUNT_WIDTH[k], true);
	}
	report_table_column(t, BAR, "", REPORT_LEFT);
	report_table_width(t, BAR, 20, true);
	/* the rest of the line: logins per active user, the week in progress */
	report_table_column(t, REST, fa ? "  ورود به ازای هر فعال" : "  Logins/active", REPORT_LEFT);
	report_table_gap(t, REST, "");
	char end[32];
	adoption_reach_format(&r->reach, end);
	end[16] = '\0';   /* to the minute */
	for (size_t i = 0; i < o->n; i++) {
		const struct adoption_week *w = &o->weeks[i];
		char licensed[32], active[32], rate[16] = "-";
		snprintf(licensed, sizeof licensed, "%.0f", w->licensed);
		snprintf(active, sizeof active, "%.0f", w->active);
		char *b = w->has_rate ? bar(w->rate, 20) : xstrdup("");
		if (w->has_rate)
			snprintf(rate, sizeof rate, "%.1f%%", w->rate * 100);
		struct sbuf rest;
		sbuf_init(&rest);
		if (w->has_logins_per_active)
			sbuf_addf(&rest, "  %.1f", w->logins_per_active);
		if (w->in_progress)
			sbuf_addf(&rest, fa ? "%s  (هفته‌ی ناتمام: گزارش‌ها تا %s UTC)"
					    : "%s  (week in progress: logs reach %s UTC)",
				  w->has_logins_per_active ? "" : "     ", end);
		const char *cell[NCOLS] = { w->date, licensed, active, rate, b, rest.s ? rest.s : "" };
		report_table_row(t, cell);
		sbuf_release(&rest);
		free(b);
	}
	report_table_print(t, out, 0, false);
	report_table_free(t);
	struct sbuf trend;
	sbuf_init(&trend);
	sparkline(&trend, o);
	fprintf(out, fa ? "\nروند نرخ فعال: %s" : "\nActive rate trend: %s", trend.s ? trend.s : "");
	sbuf_release(&trend);
	for (size_t i = 0; i < o->n; i++)
		if (o->weeks[i].in_progress) {   /* the first week left out, and any later */
			fprintf(out, fa ? "  (هفته‌های کامل؛ هفته‌ی ناتمام %s در روند نیست)"
					: "  (complete weeks; the week of %s, in progress, is left out)",
				o->weeks[i].date);
			break;
		}
	fputc('\n', out);
}

/* Licensed, active and rate of a group's week as one cell, the three
 * figures in the columns of COUNT_WIDTH; "fewer than N" across them for a
 * small group. */
static char *figures(const struct adoption_week *w, long min_group, bool fa)
{
	if (w && w->small) {
		char fewer[48];
		return xstrdup(anonymity_fewer_label(min_group, fa ? LANG_FA : LANG_EN, fewer, sizeof fewer));
	}
	if (w && w->has_rate)
		return xasprintf("%8.0f  %7.0f  %5.1f%%", w->licensed, w->active, w->rate * 100);
	return xasprintf("%8.0f  %7.0f  %6s", w ? w->licensed : 0, w ? w->active : 0, "-");
}

/* The headings of the figures' cell, each right-aligned in its column by
 * display width. */
static char *figures_head(bool fa)
{
	struct sbuf b;
	sbuf_init(&b);
	for (size_t k = 0; k < 3; k++) {
		if (k)
			sbuf_adds(&b, "  ");
		for (size_t w = utf8_width(COUNT_HEAD[k][fa]); w < COUNT_WIDTH[k]; w++)
			sbuf_addc(&b, ' ');
		sbuf_adds(&b, COUNT_HEAD[k][fa]);
	}
	return sbuf_detach(&b);
}

static void print_groups(FILE *out, const struct adoption_report *r, bool fa)
{
	const char *word = group_word(r->by, fa);
	size_t width = utf8_width(word) + 1;
	for (size_t i = 0; i < r->ngroups; i++) {
		size_t w = utf8_width(group_name(r->groups[i].name, fa));
		if (w + 1 > width)
			width = w + 1;
	}
	if (fa)
		fprintf(out, "\nبر حسب %s (هفته‌ی %s، %s)\n", word, r->week,
			r->week_in_progress ? "هفته‌ی ناتمام" : "آخرین هفته‌ی کامل");
	else
		fprintf(out, "\nBy %s (week %s, %s)\n", r->by, r->week,
			r->week_in_progress ? "in progress" : "the last complete week");
	char head[32];
	snprintf(head, sizeof head, "%c%s", r->by[0] - 32, r->by + 1);
	enum { NAME, FIGURES, TREND, NCOLS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, NAME, fa ? word : head, REPORT_LEFT);
	report_table_width(t, NAME, width, true);
	char *fh = figures_head(fa);
	report_table_column(t, FIGURES, fh, REPORT_RIGHT);
	free(fh);
	report_table_width(t, FIGURES, 25, true);
	/* the trend, then "<- least adopting" for the least adopting */
	report_table_column(t, TREND, fa ? "روند" : "Trend", REPORT_LEFT);
	for (size_t i = 0; i < r->ngroups; i++) {
		const struct adoption_series *g = &r->groups[i];
		char *fig = figures(g->has_at ? &g->at : NULL, r->min_group, fa);
		struct sbuf trend;
		sbuf_init(&trend);
		sparkline(&trend, g);
		for (size_t k = 0; k < r->nleast; k++)
			if (r->least[k] == i)
				sbuf_adds(&trend, fa ? "  <- کمترین پذیرش" : "  <- least adopting");
		const char *cell[NCOLS] = {
			g->other ? anonymity_other_label(fa ? LANG_FA : LANG_EN) : group_name(g->name, fa), fig,
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
		fprintf(out, fa ? "  در «سایر» (کمتر از %ld کاربر مجوزدار، یا تا «سایر» دست‌کم %ld داشته باشد):"
				: "  in \"other\" (fewer than %ld licensed users, or so that \"other\" has at least %ld):",
			r->min_group, r->min_group);
		for (size_t k = 0; k < r->nsmall; k++) {
			char *name = text_sanitize(r->small[k]);
			fprintf(out, "%s%s", k ? (fa ? "، " : ", ") : " ", name);
			free(name);
		}
		fputc('\n', out);
	}
	const struct adoption_series *o = &r->overall;
	if (r->nleast) {
		const struct adoption_week *ow = &o->at;
		if (fa)
			fprintf(out, "\nکمترین پذیرش (%s): ", word);
		else
			fprintf(out, "\nLeast adopting %s%s: ", r->by, r->nleast == 1 ? "" : "s");
		for (size_t k = 0; k < r->nleast; k++) {
			const struct adoption_series *g = &r->groups[r->least[k]];
			char *name = text_sanitize(g->other ? anonymity_other_label(fa ? LANG_FA : LANG_EN)
							   : group_name(g->name, fa));
			fprintf(out, "%s%s %.1f%%", k ? (fa ? "، " : ", ") : "", name, g->at.rate * 100);
			free(name);
		}
		if (o->has_at && ow->has_rate)
			fprintf(out, fa ? " (کل سازمان %.1f%%)" : " (organisation %.1f%%)", ow->rate * 100);
		fputs(".\n", out);
	} else if (r->week_in_progress) {
		/* nothing is judged on a week in progress (README: Incomplete weeks) */
		fputs(fa ? "\nکمترین پذیرش: هنوز هیچ هفته‌ی کاملی نیست.\n"
			 : "\nLeast adopting: no complete week yet.\n", out);
	}
}

static void print_never(FILE *out, const struct adoption_report *r, bool fa)
{
	const struct adoption_series *o = &r->overall;
	long licensed = (long)o->weeks[o->n - 1].licensed;
	if (fa)
		fprintf(out, "\nهرگز وارد نشده‌اند: %zu از %ld کاربر مجوزدار", r->nnever, licensed);
	else
		fprintf(out, "\nNever logged in: %zu of %ld licensed user%s", r->nnever, licensed,
			licensed == 1 ? "" : "s");
	if (licensed > 0)
		fprintf(out, " (%.1f%%)", 100.0 * (double)r->nnever / (double)licensed);
	fprintf(out, "%s\n", r->nnever ? ":" : ".");
	struct report_table *t = report_table_new(3);
	report_table_width(t, 0, 20, true);
	report_table_width(t, 1, 24, true);
	for (size_t i = 0; i < r->nnever && i < SHOW_NEVER; i++) {
		const char *cell[] = { r->never[i].id, r->never[i].name,
				       group_name(r->never[i].department, fa) };
		report_table_row(t, cell);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	if (r->nnever > SHOW_NEVER)
		fprintf(out, fa ? "  ... و %zu نفر دیگر (--format json همه را فهرست می‌کند)\n"
				: "  ... and %zu more (--format json lists them all)\n",
			r->nnever - SHOW_NEVER);
}

void report_adoption_text(FILE *out, const struct adoption_report *r,
			  const struct goal_rows *goals, const char *today,
			  const struct report_options *opt)
{
	bool fa = opt->lang == LANG_FA;
	const struct adoption_series *o = &r->overall;
	if (!o->n) {
		fputs(fa ? "هنوز رقمی از پذیرش نیست: فهرست کاربران ('crmready roster import') و "
			   "گزارش ورودها ('crmready adoption import') را وارد کنید.\n"
			 : "No adoption figures yet: import a roster ('crmready roster import') and a "
			   "login log ('crmready adoption import').\n", out);
		report_goals_text(out, goals, METRIC_FAMILY_ADOPTION ".", today, opt);
		return;
	}
	if (fa)
		fprintf(out, "پذیرش: %zu هفته، %s .. %s (هفته‌های ISO به وقت UTC، با تاریخ دوشنبه)\n\n",
			o->n, o->weeks[0].date, o->weeks[o->n - 1].date);
	else
		fprintf(out, "Adoption: %zu week%s, %s .. %s (ISO weeks, UTC, dated by Monday)\n\n",
			o->n, o->n == 1 ? "" : "s", o->weeks[0].date, o->weeks[o->n - 1].date);
	print_weeks(out, r, fa);
	if (r->ngroups)
		print_groups(out, r, fa);
	print_never(out, r, fa);
	if (r->unknown_users && fa)
		fprintf(out, "\nخارج از فهرست کاربران: %ld کاربر با %ld ورود در گزارش‌ها؛ در ارقام بالا "
			"شمرده نشده‌اند.\n", r->unknown_users, r->unknown_logins);
	else if (r->unknown_users)
		fprintf(out, "\nNot in the roster: %ld user%s with %ld login%s in the logs, not counted "
			"above.\n", r->unknown_users, r->unknown_users == 1 ? "" : "s",
			r->unknown_logins, r->unknown_logins == 1 ? "" : "s");
	report_goals_text(out, goals, METRIC_FAMILY_ADOPTION ".", today, opt);
	fputs(fa ? "\nورود نشانه‌ی حضور است، نه استفاده: نرخ‌ها را همراه فهرست کسانی که هرگز "
		   "وارد نشده‌اند بخوانید.\n"
		 : "\nLogins measure presence, not use: read the rates with the never-logged-in "
		   "list.\n", out);
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
		if (w->in_progress)
			json_object_set_new(o, "in_progress", json_true());
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
	return o;
}

enum { CSV_WEEK = 7, CSV_ALL = CSV_WEEK + REPORT_GOAL_CSV };   /* week columns, then the goal's */

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
		const char *row[CSV_ALL] = {
			s->scope, w->date, lic, act, rate, lpa, w->in_progress ? "true" : "false" };
		for (size_t k = CSV_WEEK; k < CSV_ALL; k++)
			row[k] = "";
		csvx_write_row(out, row, CSV_ALL);
	}
}

void report_adoption_csv(FILE *out, const struct adoption_report *r,
			 const struct goal_rows *goals)
{
	const char *head[CSV_ALL] = { "scope", "week", "licensed_users", "active_users",
				      "active_rate", "logins_per_active_user", "in_progress" };
	memcpy(head + CSV_WEEK, report_goal_csv_head, sizeof report_goal_csv_head);
	csvx_write_row(out, head, CSV_ALL);
	csv_series(out, &r->overall);
	for (size_t i = 0; i < r->ngroups; i++)
		csv_series(out, &r->groups[i]);
	for (size_t i = 0; i < goals->n; i++) {
		struct report_goal_cells c;
		report_goal_cells(&goals->v[i], &c);
		const char *row[CSV_ALL] = { goals->v[i].scope, "", "", "", "", "", "" };
		memcpy(row + CSV_WEEK, c.cell, sizeof c.cell);
		csvx_write_row(out, row, CSV_ALL);
	}
}
