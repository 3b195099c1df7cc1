/* report_adoption_usage: stickiness (WAU/MAU) and licence use in 'crmready
 * adoption report' (text, JSON, the CSV tables) and the line of 'crmready
 * status': how often people come back, the licences nobody uses and what
 * they cost. */
#include <stdlib.h>
#include <string.h>

#include "../core/anonymity.h"
#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

enum { SHOW_DORMANT = 20 };

/* A group's name as shown (the users without a department in the reader's
 * language); "" is the organisation. */
static const char *shown_name(const char *name)
{
	return !strcmp(name, ADOPTION_NO_DEPARTMENT) ? _(ADOPTION_NO_DEPARTMENT) : name;
}

/* "Department: Sales", "Wave: 1", "Role: Rep", "Organisation". */
char *report_licence_scope_label(const char *scope)
{
	const char *eq = strchr(scope, '=');
	if (!*scope || !eq)
		return xstrdup(_("Organisation"));
	const char *name = shown_name(eq + 1);
	if (!strncmp(scope, "department=", 11))
		return xasprintf(_("Department: %s"), name);
	if (!strncmp(scope, "wave=", 5))
		return xasprintf(_("Wave: %s"), name);
	return xasprintf(_("Role: %s"), name);
}

char *report_money(const struct adoption_usage *u, double amount)
{
	if (*u->opts.currency)
		/* TRANSLATORS: an amount of money and its ISO currency code, e.g. 150.00 USD */
		return tfmt(_("%.2f %s"), amount, u->opts.currency);
	return tfmt("%.2f", amount);
}

static char *percent(double part, double whole)
{
	return whole > 0 ? tfmt("%.1f%%", 100.0 * part / whole) : xstrdup("-");
}

/* ---- text ---- */

static void stickiness_weeks(FILE *out, const struct adoption_series *o)
{
	enum { WEEK, WAU, MAU, STICKY, NOTE, NCOLS };
	bool note = false;        /* a column for "(week in progress)" only when one is */
	for (size_t i = 0; i < o->n; i++)
		note |= o->weeks[i].in_progress;
	struct report_table *t = report_table_new(note ? NCOLS : NOTE);
	report_table_plain_header(t);
	report_table_column(t, WEEK, _("Week"), REPORT_LEFT);
	report_table_width(t, WEEK, 10, true);
	report_table_column(t, WAU, trc("stickiness table", "Weekly active"), REPORT_RIGHT);
	report_table_column(t, MAU, trc("stickiness table", "Monthly active"), REPORT_RIGHT);
	report_table_column(t, STICKY, trc("stickiness table", "Stickiness"), REPORT_RIGHT);
	if (note)
		report_table_column(t, NOTE, "", REPORT_LEFT);
	for (size_t i = 0; i < o->n; i++) {
		const struct adoption_week *w = &o->weeks[i];
		char date[TIMEX_SHOW_MAX];
		char *wau = tfmt("%.0f", w->active), *mau = tfmt("%.0f", w->monthly);
		char *st = w->has_stickiness ? tfmt("%.1f%%", w->stickiness * 100) : xstrdup("-");
		const char *cell[NCOLS] = { timex_show(w->date, date), wau, mau, st,
					    w->in_progress ? _("(week in progress)") : "" };
		report_table_row(t, cell);
		free(wau);
		free(mau);
		free(st);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
}

static void stickiness_groups(FILE *out, const struct adoption_report *r)
{
	char week[TIMEX_SHOW_MAX];
	fprintf(out, !strcmp(r->by, "wave") ? _("  By wave (week %s):\n")
					    : _("  By department (week %s):\n"),
		timex_show(r->week, week));
	enum { NAME, WAU, MAU, STICKY, NCOLS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, NAME, !strcmp(r->by, "wave") ? _("Wave") : _("Department"),
			    REPORT_LEFT);
	report_table_column(t, WAU, trc("stickiness table", "Weekly active"), REPORT_RIGHT);
	report_table_column(t, MAU, trc("stickiness table", "Monthly active"), REPORT_RIGHT);
	report_table_column(t, STICKY, trc("stickiness table", "Stickiness"), REPORT_RIGHT);
	for (size_t i = 0; i < r->ngroups; i++) {
		const struct adoption_series *g = &r->groups[i];
		const char *name = g->other ? anonymity_other_label() : shown_name(g->name);
		if (!g->has_at || g->at.small) {
			char fewer[48];
			char *label = i18n_digits(anonymity_fewer_label(r->min_group, fewer, sizeof fewer));
			const char *cell[NCOLS] = { name, "", "", label };
			report_table_row(t, cell);
			free(label);
			continue;
		}
		char *wau = tfmt("%.0f", g->at.active), *mau = tfmt("%.0f", g->at.monthly);
		char *st = g->at.has_stickiness ? tfmt("%.1f%%", g->at.stickiness * 100) : xstrdup("-");
		const char *cell[NCOLS] = { name, wau, mau, st };
		report_table_row(t, cell);
		free(wau);
		free(mau);
		free(st);
	}
	report_table_print(t, out, 4, false);
	report_table_free(t);
}

static void licence_scopes(FILE *out, const struct adoption_usage *u)
{
	enum { SCOPE, LICENSED, DORMANT, NEVER, UNUSED, COST, NCOLS };
	size_t ncols = u->opts.has_cost ? NCOLS : COST;
	struct report_table *t = report_table_new(ncols);
	report_table_plain_header(t);
	report_table_column(t, SCOPE, trc("licence table", "Group"), REPORT_LEFT);
	report_table_column(t, LICENSED, trc("licence table", "Licensed"), REPORT_RIGHT);
	report_table_column(t, DORMANT, trc("licence table", "Dormant"), REPORT_RIGHT);
	report_table_column(t, NEVER, trc("licence table", "Never logged in"), REPORT_RIGHT);
	report_table_column(t, UNUSED, trc("licence table", "Unused"), REPORT_RIGHT);
	if (u->opts.has_cost)
		report_table_column(t, COST, trc("licence table", "Cost a month"), REPORT_RIGHT);
	for (size_t i = 0; i < u->nscopes; i++) {
		const struct adoption_licence_scope *s = &u->scopes[i];
		char *label = report_licence_scope_label(s->scope);
		char *cells[NCOLS] = { 0 };
		if (s->small) {
			char fewer[48];
			cells[LICENSED] = i18n_digits(anonymity_fewer_label(u->min_group, fewer,
									    sizeof fewer));
		} else {
			cells[LICENSED] = tfmt("%ld", s->licensed);
			cells[DORMANT] = tfmt("%ld", s->dormant);
			cells[NEVER] = tfmt("%ld", s->never);
			cells[UNUSED] = tfmt("%ld", adoption_usage_unused(s));
			if (u->opts.has_cost)
				cells[COST] = report_money(u, adoption_usage_waste_month(u, s));
		}
		const char *row[NCOLS] = { label, cells[1], cells[2], cells[3], cells[4], cells[5] };
		report_table_row(t, row);
		free(label);
		for (size_t k = 0; k < NCOLS; k++)
			free(cells[k]);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
}

/* The table of people (dormant or never logged in): id, name, department,
 * wave, role, last seen, licensed since, days. */
static void people_table(FILE *out, const struct adoption_licensee *v, size_t n, size_t show)
{
	enum { ID, NAME, DEPT, WAVE, ROLE, SEEN, SINCE, DAYS, NCOLS };
	struct report_table *t = report_table_new(NCOLS);
	report_table_plain_header(t);
	report_table_column(t, ID, trc("licence list", "User"), REPORT_LEFT);
	report_table_column(t, NAME, trc("licence list", "Name"), REPORT_LEFT);
	report_table_column(t, DEPT, _("Department"), REPORT_LEFT);
	report_table_column(t, WAVE, _("Wave"), REPORT_LEFT);
	report_table_column(t, ROLE, trc("licence list", "Role"), REPORT_LEFT);
	report_table_column(t, SEEN, trc("licence list", "Last seen"), REPORT_LEFT);
	report_table_column(t, SINCE, trc("licence list", "Licensed since"), REPORT_LEFT);
	report_table_column(t, DAYS, trc("licence list", "Days"), REPORT_RIGHT);
	for (size_t i = 0; i < n && i < show; i++) {
		char seen[TIMEX_SHOW_MAX] = "", since[TIMEX_SHOW_MAX] = "";
		if (*v[i].last_seen)
			timex_show(v[i].last_seen, seen);
		if (*v[i].since)
			timex_show(v[i].since, since);
		char *days = v[i].days >= 0 ? tfmt("%ld", v[i].days) : xstrdup("");
		const char *cell[NCOLS] = { v[i].id, v[i].name, shown_name(v[i].department), v[i].wave,
					    v[i].role, *seen ? seen : "-", *since ? since : "-", days };
		report_table_row(t, cell);
		free(days);
	}
	report_table_print(t, out, 2, false);
	report_table_free(t);
	if (n > show)
		tfprintf(out, _("  ... and %zu more (--format csv --table dormant or never lists "
				"them all)\n"), n - show);
}

static void print_waste(FILE *out, const struct adoption_usage *u)
{
	const struct adoption_licence_scope *org = &u->scopes[0];
	double month = adoption_usage_waste_month(u, org);
	char *m = report_money(u, month), *y = report_money(u, month * 12),
	     *each = report_money(u, u->opts.cost_per_month);
	fprintf(out, _("Unused licences cost %s a month, %s a year (%s per licence a month).\n"),
		m, y, each);
	free(m);
	free(y);
	free(each);
}

void report_adoption_usage_text(FILE *out, const struct adoption_report *r,
				const struct adoption_usage *u)
{
	if (r->overall.n) {
		fputs(_("\nStickiness: weekly active users / users active in the 28 days to the "
			"week's Sunday\n"), out);
		stickiness_weeks(out, &r->overall);
		if (r->ngroups && *r->week)
			stickiness_groups(out, r);
	}
	if (!u->known)
		return;
	const struct adoption_licence_scope *org = &u->scopes[0];
	char asof[TIMEX_SHOW_MAX];
	timex_show(u->as_of, asof);
	char *unused = percent((double)adoption_usage_unused(org), (double)org->licensed);
	fputc('\n', out);
	tfprintf(out, trn("Licences as of %s (the last day the logs reach): %ld licensed user, ",
			  "Licences as of %s (the last day the logs reach): %ld licensed users, ",
			  (unsigned long)org->licensed), asof, org->licensed);
	tfprintf(out, trn("%ld dormant (no login in the last %ld day), ",
			  "%ld dormant (no login in the last %ld days), ",
			  (unsigned long)u->opts.dormant_days), org->dormant, u->opts.dormant_days);
	tfprintf(out, _("%ld never logged in: %ld unused (%s).\n"), org->never,
		 adoption_usage_unused(org), unused);
	free(unused);
	if (u->opts.has_cost)
		print_waste(out, u);
	licence_scopes(out, u);
	if (u->ndormant) {
		tfprintf(out, trn("\nDormant licence (no login in the last %ld day):\n",
				  "\nDormant licences (no login in the last %ld days):\n",
				  (unsigned long)u->opts.dormant_days), u->opts.dormant_days);
		people_table(out, u->dormant, u->ndormant, SHOW_DORMANT);
	}
	if (u->nnever) {
		fputs(_("\nNever logged in (Days: since the licence started):\n"), out);
		people_table(out, u->never, u->nnever, SHOW_DORMANT);
	}
}

/* ---- JSON ---- */

static json_t *people_json(const struct adoption_licensee *v, size_t n)
{
	json_t *a = json_array();
	for (size_t i = 0; i < n; i++) {
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "user", v[i].id, "name", v[i].name,
				      "department", v[i].department, "wave", v[i].wave, "role",
				      v[i].role);
		json_object_set_new(o, "last_seen", *v[i].last_seen ? json_string(v[i].last_seen)
								   : json_null());
		json_object_set_new(o, "licensed_since", *v[i].since ? json_string(v[i].since)
								     : json_null());
		json_object_set_new(o, "days", v[i].days >= 0 ? json_integer(v[i].days) : json_null());
		json_array_append_new(a, o);
	}
	return a;
}

json_t *report_adoption_usage_json(const struct adoption_usage *u)
{
	if (!u->known)
		return json_null();
	json_t *scopes = json_array();
	for (size_t i = 0; i < u->nscopes; i++) {
		const struct adoption_licence_scope *s = &u->scopes[i];
		if (s->small) {
			json_array_append_new(scopes, json_pack("{s:s, s:n, s:I}", "scope", s->scope,
								"licensed_users", "fewer_than",
								(json_int_t)u->min_group));
			continue;
		}
		json_t *o = json_pack("{s:s, s:I, s:I, s:I, s:I}", "scope", s->scope, "licensed_users",
				      (json_int_t)s->licensed, "dormant_users", (json_int_t)s->dormant,
				      "never_logged_in", (json_int_t)s->never, "unused_licences",
				      (json_int_t)adoption_usage_unused(s));
		if (u->opts.has_cost) {
			double m = adoption_usage_waste_month(u, s);
			json_object_set_new(o, "waste_per_month", json_real(m));
			json_object_set_new(o, "waste_per_year", json_real(m * 12));
		}
		json_array_append_new(scopes, o);
	}
	json_t *o = json_pack("{s:s, s:I, s:o, s:o, s:o}", "as_of", u->as_of, "dormant_days",
			      (json_int_t)u->opts.dormant_days, "scopes", scopes, "dormant",
			      people_json(u->dormant, u->ndormant), "never_logged_in",
			      people_json(u->never, u->nnever));
	if (u->opts.has_cost) {
		json_object_set_new(o, "cost_per_licence_month", json_real(u->opts.cost_per_month));
		json_object_set_new(o, "currency", *u->opts.currency ? json_string(u->opts.currency)
								     : json_null());
	}
	return o;
}

/* ---- CSV tables ---- */

static void fmt_num(char *buf, size_t n, double x)
{
	snprintf(buf, n, "%.15g", x);
}

static void csv_stickiness_series(FILE *out, const struct adoption_series *s)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct adoption_week *w = &s->weeks[i];
		char wau[32] = "", mau[32] = "", st[40] = "";
		if (!w->small) {
			fmt_num(wau, sizeof wau, w->active);
			fmt_num(mau, sizeof mau, w->monthly);
		}
		if (w->has_stickiness)
			fmt_num(st, sizeof st, w->stickiness);
		const char *row[] = { s->scope, w->date, wau, mau, st,
				      w->in_progress ? "true" : "false" };
		csvx_write_row(out, row, 6);
	}
}

static void csv_stickiness(FILE *out, const struct adoption_report *r)
{
	const char *head[] = { "scope", "week", "weekly_active_users", "monthly_active_users",
			       "stickiness", "in_progress" };
	csvx_write_row(out, head, 6);
	csv_stickiness_series(out, &r->overall);
	for (size_t i = 0; i < r->ngroups; i++)
		csv_stickiness_series(out, &r->groups[i]);
}

static void csv_people(FILE *out, const struct adoption_licensee *v, size_t n)
{
	const char *head[] = { "user", "name", "department", "wave", "role", "last_seen",
			       "licensed_since", "days" };
	csvx_write_row(out, head, 8);
	for (size_t i = 0; i < n; i++) {
		char days[24] = "";
		if (v[i].days >= 0)
			snprintf(days, sizeof days, "%ld", v[i].days);
		const char *row[] = { v[i].id, v[i].name, v[i].department, v[i].wave, v[i].role,
				      v[i].last_seen, v[i].since, days };
		csvx_write_row(out, row, 8);
	}
}

static void csv_licences(FILE *out, const struct adoption_usage *u)
{
	const char *head[] = { "scope", "as_of", "dormant_days", "licensed_users", "dormant_users",
			       "never_logged_in", "unused_licences", "waste_per_month",
			       "waste_per_year", "currency" };
	csvx_write_row(out, head, 10);
	char days[24];
	snprintf(days, sizeof days, "%ld", u->opts.dormant_days);
	for (size_t i = 0; u->known && i < u->nscopes; i++) {
		const struct adoption_licence_scope *s = &u->scopes[i];
		char lic[24] = "", dor[24] = "", nev[24] = "", un[24] = "", m[40] = "", y[40] = "";
		if (!s->small) {
			snprintf(lic, sizeof lic, "%ld", s->licensed);
			snprintf(dor, sizeof dor, "%ld", s->dormant);
			snprintf(nev, sizeof nev, "%ld", s->never);
			snprintf(un, sizeof un, "%ld", adoption_usage_unused(s));
			if (u->opts.has_cost) {
				fmt_num(m, sizeof m, adoption_usage_waste_month(u, s));
				fmt_num(y, sizeof y, 12 * adoption_usage_waste_month(u, s));
			}
		}
		const char *row[] = { s->scope, u->as_of, days, lic, dor, nev, un, m, y,
				      u->opts.currency };
		csvx_write_row(out, row, 10);
	}
}

const char *const report_adoption_tables[] = { "weeks", "stickiness", "dormant", "never",
					       "licences", "cohorts", "teams", NULL };

void report_adoption_csv_table(FILE *out, const char *table, const struct adoption_report *r,
			       const struct adoption_usage *u, const struct goal_rows *goals)
{
	if (!table || !strcmp(table, "weeks"))
		report_adoption_csv(out, r, goals);
	else if (!strcmp(table, "stickiness"))
		csv_stickiness(out, r);
	else if (!strcmp(table, "dormant"))
		csv_people(out, u->dormant, u->ndormant);
	else if (!strcmp(table, "never"))
		csv_people(out, u->never, u->nnever);
	else
		csv_licences(out, u);
}

/* ---- status ---- */

void report_adoption_usage_status(FILE *out, const struct adoption_usage *u)
{
	if (!u->known || !u->nscopes)
		return;
	const struct adoption_licence_scope *org = &u->scopes[0];
	char asof[TIMEX_SHOW_MAX];
	timex_show(u->as_of, asof);
	tfprintf(out, trn("Licences: %ld of %ld unused on %s ",
			  "Licences: %ld of %ld unused on %s ", (unsigned long)org->licensed),
		 adoption_usage_unused(org), org->licensed, asof);
	tfprintf(out, trn("(%ld dormant %ld+ day, %ld never logged in)",
			  "(%ld dormant %ld+ days, %ld never logged in)",
			  (unsigned long)u->opts.dormant_days),
		 org->dormant, u->opts.dormant_days, org->never);
	if (u->opts.has_cost) {
		char *m = report_money(u, adoption_usage_waste_month(u, org));
		fprintf(out, _(", costing %s a month"), m);
		free(m);
	}
	fputs(_(".\n"), out);
}
