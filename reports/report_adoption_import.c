/* report_adoption_import: what 'adoption import' and 'roster import' say
 * they did, and 'roster list'. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

enum { SHOW_UNKNOWN = 5 };

/* How the times were read, when not as ISO 8601 with offsets. */
static void print_times(FILE *out, const struct adoption_times *t)
{
	if (t->format && t->zone)
		fprintf(out, _("Times read as '%s', wall clock in %s (stored as UTC).\n"), t->format_spec,
			t->zone->name);
	else if (t->format)
		fprintf(out, _("Times read as '%s' (their offsets give UTC).\n"), t->format_spec);
	else if (t->zone)
		fprintf(out, _("Times without an offset read as wall clock in %s (stored as UTC).\n"),
			t->zone->name);
}

json_t *report_adoption_import_json(const char *file, const struct adoption_import_result *r,
				   const struct adoption_times *t)
{
	json_t *unknown = json_array();
	for (size_t i = 0; i < r->nunknown; i++)
		json_array_append_new(unknown, json_pack("{s:s, s:I}", "id", r->unknown[i].id,
							 "logins", (json_int_t)r->unknown[i].logins));
	json_t *o = json_pack("{s:s, s:s, s:I, s:I, s:I, s:I, s:I, s:{s:I, s:I, s:o}, s:I}",
			      "file", file, "layout",
			      r->loginhistory ? "salesforce-loginhistory" : "mapped",
			      "rows", (json_int_t)r->rows, "successful_logins",
			      (json_int_t)r->successes, "not_successful", (json_int_t)r->failures,
			      "added", (json_int_t)r->added, "already_known",
			      (json_int_t)r->duplicates, "unknown_users", "users",
			      (json_int_t)r->nunknown, "logins", (json_int_t)r->unknown_logins,
			      "list", unknown, "weeks_recomputed", (json_int_t)r->weeks);
	if (r->weeks) {
		json_object_set_new(o, "first_week", json_string(r->first_week));
		json_object_set_new(o, "last_week", json_string(r->last_week));
	}
	if (r->activity)
		json_object_set_new(o, "actions",
				    json_pack("{s:I, s:I, s:I}", "added", (json_int_t)r->actions_added,
					      "already_known", (json_int_t)r->action_duplicates,
					      "new_kinds", (json_int_t)r->kinds_added));
	json_object_set_new(o, "matched_by_id_form",
			    json_pack("{s:I, s:I}", "logins", (json_int_t)r->id_form_logins,
				      "users", (json_int_t)r->id_form_users));
	json_object_set_new(o, "log_reaches", report_adoption_reach_json(&r->file_reach));
	json_object_set_new(o, "logs_reach", report_adoption_reach_json(&r->reach));
	json_object_set_new(o, "week_in_progress",
			    *r->in_progress ? json_string(r->in_progress) : json_null());
	json_object_set_new(o, "time_format",
			    json_string(t->format ? t->format_spec : "iso8601"));
	json_object_set_new(o, "timezone", t->zone ? json_string(t->zone->name) : json_null());
	return o;
}

void report_adoption_import_text(FILE *out, const char *file,
				  const struct adoption_import_result *r,
				  const struct adoption_times *t, bool listed)
{
	char *clean = text_sanitize(file);
	if (r->activity)
		tfprintf(out, _("Imported %s (activity log): %ld rows, %ld not successful (ignored).\n"),
			 clean, r->rows, r->failures);
	else
		tfprintf(out, _("Imported %s (%s): %ld rows, %ld successful logins, %ld not successful "
				"(ignored).\n"), clean,
			 r->loginhistory ? "Salesforce LoginHistory" : _("mapped columns"), r->rows,
			 r->successes, r->failures);
	free(clean);
	print_times(out, t);
	tfprintf(out, _("New logins: %ld; already known: %ld.\n"), r->added, r->duplicates);
	if (r->activity)
		tfprintf(out, _("New actions: %ld; already known: %ld; new kinds of action: %ld.\n"),
			 r->actions_added, r->action_duplicates, r->kinds_added);
	if (r->weeks) {
		char first[TIMEX_SHOW_MAX], last[TIMEX_SHOW_MAX];
		tfprintf(out, trn("Weekly figures recomputed for %zu week (%s .. %s).\n",
				  "Weekly figures recomputed for %zu weeks (%s .. %s).\n", r->weeks),
			 r->weeks, timex_show(r->first_week, first), timex_show(r->last_week, last));
	}
	char end[32], all[32], shown_end[TIMEX_SHOW_MAX], shown_all[TIMEX_SHOW_MAX];
	adoption_reach_format(&r->file_reach, end);
	adoption_reach_format(&r->reach, all);
	if (*end) {
		fprintf(out, _("The log reaches %s UTC"), timex_show(end, shown_end));
		if (strcmp(end, all))
			fprintf(out, _(" (earlier imports reach %s UTC)"), timex_show(all, shown_all));
		char week[TIMEX_SHOW_MAX];
		if (*r->in_progress)
			fprintf(out, _(": the week of %s is in progress.\n"),
				timex_show(r->in_progress, week));
		else
			fputs(_(": every week up to then is complete.\n"), out);
	}
	if (r->id_form_logins) {
		char *logins = tfmt(trn("%ld login", "%ld logins", (unsigned long)r->id_form_logins),
				    r->id_form_logins);
		char *users = tfmt(trn("%ld user", "%ld users", (unsigned long)r->id_form_users),
				   r->id_form_users);
		tfprintf(out, _("Matched by the other form of a Salesforce id (%d or %d characters): %s "
				"of %s.\n"), 15, 18, logins, users);
		free(logins);
		free(users);
	}
	if (r->nunknown) {
		char *users = tfmt(trn("%zu user", "%zu users", r->nunknown), r->nunknown);
		char *logins = tfmt(trn("%ld successful login", "%ld successful logins",
					(unsigned long)r->unknown_logins), r->unknown_logins);
		fprintf(out, _("Not in the roster: %s with %s, kept but not counted until the roster "
			       "has them:"), users, logins);
		free(users);
		free(logins);
		for (size_t i = 0; i < r->nunknown && i < SHOW_UNKNOWN; i++) {
			char *id = text_sanitize(r->unknown[i].id);
			tfprintf(out, "%s %s (%ld)", i ? trc("list", ",") : "", id, r->unknown[i].logins);
			free(id);
		}
		fprintf(out, "%s\n", r->nunknown > SHOW_UNKNOWN ? _(", ...") : "");
		if (!listed)
			fputs(_("  (--unknown-out FILE lists them all)\n"), out);
	}
}

/* "a, b, c and 4 more" of the first examples of n. */
static void print_examples(FILE *out, const char *first, size_t size, long n)
{
	for (long k = 0; k < n && k < ADOPTION_ROSTER_EXAMPLES; k++) {
		char *x = text_sanitize(first + (size_t)k * size);
		fprintf(out, "%s%s", k ? report_list_sep() : "", x);
		free(x);
	}
	if (n > ADOPTION_ROSTER_EXAMPLES)
		tfprintf(out, _(" and %ld more"), n - ADOPTION_ROSTER_EXAMPLES);
}

/* The spellings merged into one department (wave 0) or wave (1). */
static void print_merged(FILE *out, const struct adoption_roster_result *r, int wave)
{
	bool first = true;
	for (size_t i = 0; i < r->nmerged; i++) {
		const struct adoption_spelling *m = &r->merged[i];
		if (m->wave != wave)
			continue;
		fputs(!first ? report_list_sep()
		      : wave ? _("Waves under other spellings, counted as one: ")
		      : _("Departments under other spellings, counted as one: "), out);
		first = false;
		char *name = text_sanitize(m->name);
		fprintf(out, _("\"%s\" (also "), name);
		free(name);
		for (size_t k = 0; k < m->nalso; k++) {
			char *x = text_sanitize(m->also[k]);
			fprintf(out, "%s\"%s\"", k ? report_list_sep() : "", x);
			free(x);
		}
		fprintf(out, "%s)", m->more ? _(" and others") : "");
	}
	if (!first)
		fputs(_(".\n"), out);
}

/* What the import kept, assumed or left out, with the counts. */
static void print_assumed(FILE *out, const struct adoption_roster_result *r,
			  const struct adoption_roster_opts *o)
{
	if (r->no_department)
		tfprintf(out, trn("Without a department: %ld user, counted under \"%s\".\n",
				  "Without a department: %ld users, counted under \"%s\".\n",
				  (unsigned long)r->no_department), r->no_department,
			 _(ADOPTION_NO_DEPARTMENT));
	if (r->inactive) {
		tfprintf(out, trn("Inactive: %ld user, not counted as licensed from the end of their "
				  "licence", "Inactive: %ld users, not counted as licensed from the end of "
				  "their licence", (unsigned long)r->inactive), r->inactive);
		char as_of[TIMEX_SHOW_MAX];
		if (r->inactive_as_of)
			tfprintf(out, _(" (%ld marked inactive without an end date: from %s at the latest, "
					"the export's date; --as-of DATE sets it)"), r->inactive_as_of,
				 timex_show(o->as_of, as_of));
		fputs(_(".\n"), out);
	}
	if (r->excluded) {
		tfprintf(out, trn("Excluded: %ld user (--exclude ", "Excluded: %ld users (--exclude ",
				  (unsigned long)r->excluded), r->excluded);
		for (size_t k = 0; k < o->nexclude; k++) {
			char *x = text_sanitize(o->exclude[k]);
			fprintf(out, "%s%s", k ? report_list_sep() : "", x);
			free(x);
		}
		fputs(_("), kept out of every figure.\n"), out);
	}
	for (int wave = 0; wave < 2; wave++)
		print_merged(out, r, wave);
	if (r->reactivated) {
		tfprintf(out, trn("Reactivated: %ld user whose licence ended on an earlier import is "
				  "active in this file (", "Reactivated: %ld users whose licence ended on "
				  "an earlier import are active in this file (",
				  (unsigned long)r->reactivated), r->reactivated);
		print_examples(out, r->reactivated_ids[0], sizeof r->reactivated_ids[0], r->reactivated);
		fputs(_("): the end is removed, so they count as licensed in every week again.\n"), out);
	}
	if (r->managers_unknown) {
		tfprintf(out, trn("Managers not in the roster: %ld (", "Managers not in the roster: %ld (",
				  (unsigned long)r->managers_unknown), r->managers_unknown);
		print_examples(out, r->managers_unknown_ids[0], sizeof r->managers_unknown_ids[0],
			       r->managers_unknown);
		fputs(_("): neither a user's id nor one user's name; their direct reports form a "
			"team named as written.\n"), out);
	}
	if (r->reincluded) {
		tfprintf(out, trn("Counted again: %ld previously excluded user is counted again (this "
				  "import has no --exclude matching them; ", "Counted again: %ld "
				  "previously excluded users are counted again (this import has no "
				  "--exclude matching them; ", (unsigned long)r->reincluded), r->reincluded);
		print_examples(out, r->reincluded_ids[0], sizeof r->reincluded_ids[0], r->reincluded);
		fputs(_(").\n"), out);
	}
}


void report_roster_import_text(FILE *out, const char *file,
				const struct adoption_roster_result *r,
				const struct adoption_roster_opts *o)
{
	char *clean = text_sanitize(file);
	tfprintf(out, trn("Imported %s: %ld user (%ld new, %ld updated).\n",
			  "Imported %s: %ld users (%ld new, %ld updated).\n", (unsigned long)r->rows),
		 clean, r->rows, r->added, r->updated);
	free(clean);
	print_assumed(out, r, o);
	if (r->weeks)
		tfprintf(out, trn("Weekly adoption figures recomputed for %zu week.\n",
				  "Weekly adoption figures recomputed for %zu weeks.\n", r->weeks),
			 r->weeks);
}

struct report_roster {
	FILE *out;
	enum report_format format;
	struct report_table *table;   /* text */
	json_t *users;                /* JSON */
	long n;
};

static const char *const ROSTER_CSV[] = { "id", "name", "department", "role", "license_start",
					  "wave", "license_end", "excluded", "manager" };

struct report_roster *report_roster_begin(FILE *out, enum report_format format)
{
	struct report_roster *l = xcalloc(1, sizeof *l);
	l->out = out;
	l->format = format;
	if (format == REPORT_CSV) {
		csvx_write_row(out, ROSTER_CSV, 9);
	} else if (format == REPORT_JSON) {
		l->users = json_array();
	} else {
		const char *const head[] = {
			trc("roster", "ID"), trc("roster", "NAME"), trc("roster", "DEPARTMENT"),
			trc("roster", "LICENCE"), trc("roster", "WAVE"), trc("roster", " STATUS"),
		};
		static const size_t width[] = { 20, 24, 16, 10, 4, 0 };
		l->table = report_table_new(6);
		report_table_plain_header(l->table);
		for (size_t k = 0; k < 6; k++) {
			report_table_column(l->table, k, head[k], REPORT_LEFT);
			report_table_width(l->table, k, width[k], true);
			report_table_gap(l->table, k, " ");
		}
		/* the status follows the wave with its own leading space */
		report_table_gap(l->table, 5, "");
	}
	return l;
}

void report_roster_user(struct report_roster *l, const struct store_adoption_user *u)
{
	const char *lic = u->license_start ? u->license_start : "";
	const char *end = u->license_end ? u->license_end : "";
	const char *excl = u->excluded ? u->excluded : "";
	l->n++;
	if (l->format == REPORT_JSON) {
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:s, s:s?, s:s?, s:s?}", "id", u->id,
				      "name", u->name, "department", u->department, "role", u->role,
				      "license_start", u->license_start, "wave", u->wave,
				      "license_end", u->license_end, "excluded", *excl ? excl : NULL,
				      "manager", u->manager && *u->manager ? u->manager : NULL);
		json_array_append_new(l->users, o);
	} else if (l->format == REPORT_CSV) {
		const char *cells[] = { u->id, u->name, u->department, u->role, lic, u->wave, end,
					excl, u->manager ? u->manager : "" };
		csvx_write_row(l->out, cells, 9);
	} else {
		char day[TIMEX_SHOW_MAX], start[TIMEX_SHOW_MAX];
		char *status = *excl ? xasprintf(_(" excluded (%s)"), excl)
			     : *end ? xasprintf(_(" licence ends %s"), timex_show(end, day))
			     : xstrdup("");
		const char *cells[] = { u->id, u->name,
					*u->department ? u->department : _(ADOPTION_NO_DEPARTMENT),
					*lic ? timex_show(lic, start) : "-", *u->wave ? u->wave : "-",
					status };
		report_table_row(l->table, cells);
		free(status);
	}
}

void report_roster_end(struct report_roster *l, bool complete)
{
	if (l->format == REPORT_JSON && complete) {
		json_t *root = json_pack("{s:o}", "users", l->users);
		report_json_print(root, l->out);
		json_decref(root);
	} else if (l->format == REPORT_JSON) {
		json_decref(l->users);
	} else if (l->format == REPORT_TEXT) {
		report_table_print(l->table, l->out, 0, false);
		report_table_free(l->table);
		if (complete)
			tfprintf(l->out, trn("%ld user\n", "%ld users\n", (unsigned long)l->n), l->n);
	}
	free(l);
}
