/* report_adoption_import: what 'adoption import' and 'roster import' say
 * they did, and 'roster list'. */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/xalloc.h"
#include "report.h"

enum { SHOW_UNKNOWN = 5 };

/* How the times were read, when not as ISO 8601 with offsets. */
static void print_times(FILE *out, const struct adoption_times *t)
{
	if (t->format && t->zone)
		fprintf(out, "Times read as '%s', wall clock in %s (stored as UTC).\n", t->format_spec,
			t->zone->name);
	else if (t->format)
		fprintf(out, "Times read as '%s' (their offsets give UTC).\n", t->format_spec);
	else if (t->zone)
		fprintf(out, "Times without an offset read as wall clock in %s (stored as UTC).\n",
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
	fprintf(out, "Imported %s (%s): %ld rows, %ld successful logins, %ld not successful (ignored).\n",
		clean, r->loginhistory ? "Salesforce LoginHistory" : "mapped columns", r->rows,
		r->successes, r->failures);
	free(clean);
	print_times(out, t);
	fprintf(out, "New logins: %ld; already known: %ld.\n", r->added, r->duplicates);
	if (r->weeks)
		fprintf(out, "Weekly figures recomputed for %zu week%s (%s .. %s).\n", r->weeks,
			r->weeks == 1 ? "" : "s", r->first_week, r->last_week);
	char end[32], all[32];
	adoption_reach_format(&r->file_reach, end);
	adoption_reach_format(&r->reach, all);
	if (*end) {
		fprintf(out, "The log reaches %s UTC", end);
		if (strcmp(end, all))
			fprintf(out, " (earlier imports reach %s UTC)", all);
		if (*r->in_progress)
			fprintf(out, ": the week of %s is in progress.\n", r->in_progress);
		else
			fprintf(out, ": every week up to then is complete.\n");
	}
	if (r->id_form_logins)
		fprintf(out, "Matched by the other form of a Salesforce id (15 or 18 characters): %ld "
			"login%s of %ld user%s.\n", r->id_form_logins,
			r->id_form_logins == 1 ? "" : "s", r->id_form_users,
			r->id_form_users == 1 ? "" : "s");
	if (r->nunknown) {
		fprintf(out, "Not in the roster: %zu user%s with %ld successful login%s, kept but not "
			"counted until the roster has them:", r->nunknown, r->nunknown == 1 ? "" : "s",
			r->unknown_logins, r->unknown_logins == 1 ? "" : "s");
		for (size_t i = 0; i < r->nunknown && i < SHOW_UNKNOWN; i++) {
			char *id = text_sanitize(r->unknown[i].id);
			fprintf(out, "%s %s (%ld)", i ? "," : "", id, r->unknown[i].logins);
			free(id);
		}
		fprintf(out, "%s\n", r->nunknown > SHOW_UNKNOWN ? ", ..." : "");
		if (!listed)
			fprintf(out, "  (--unknown-out FILE lists them all)\n");
	}
}

static const char *users(long n)
{
	return n == 1 ? "user" : "users";
}

/* "a, b, c and 4 more" of the first examples of n. */
static void print_examples(FILE *out, const char *first, size_t size, long n)
{
	for (long k = 0; k < n && k < ADOPTION_ROSTER_EXAMPLES; k++) {
		char *x = text_sanitize(first + (size_t)k * size);
		fprintf(out, "%s%s", k ? ", " : "", x);
		free(x);
	}
	if (n > ADOPTION_ROSTER_EXAMPLES)
		fprintf(out, " and %ld more", n - ADOPTION_ROSTER_EXAMPLES);
}

/* What the import kept, assumed or left out, with the counts. */
static void print_assumed(FILE *out, const struct adoption_roster_result *r,
			  const struct adoption_roster_opts *o)
{
	if (r->no_department)
		fprintf(out, "Without a department: %ld %s, counted under \"%s\".\n", r->no_department,
			users(r->no_department), ADOPTION_NO_DEPARTMENT);
	if (r->inactive) {
		fprintf(out, "Inactive: %ld %s, not counted as licensed from the end of their licence",
			r->inactive, users(r->inactive));
		if (r->inactive_as_of)
			fprintf(out, " (%ld marked inactive without an end date: from %s at the latest, "
				"the export's date; --as-of DATE sets it)", r->inactive_as_of, o->as_of);
		fprintf(out, ".\n");
	}
	if (r->excluded) {
		fprintf(out, "Excluded: %ld %s (--exclude ", r->excluded, users(r->excluded));
		for (size_t k = 0; k < o->nexclude; k++) {
			char *x = text_sanitize(o->exclude[k]);
			fprintf(out, "%s%s", k ? ", " : "", x);
			free(x);
		}
		fprintf(out, "), kept out of every figure.\n");
	}
	for (int wave = 0; wave < 2; wave++) {
		bool first = true;
		for (size_t i = 0; i < r->nmerged; i++) {
			const struct adoption_spelling *m = &r->merged[i];
			if (m->wave != wave)
				continue;
			fprintf(out, "%s", first ? (wave ? "Waves under other spellings, counted as one: "
					      : "Departments under other spellings, counted as one: ")
				     : ", ");
			first = false;
			char *name = text_sanitize(m->name);
			fprintf(out, "\"%s\" (also ", name);
			free(name);
			for (size_t k = 0; k < m->nalso; k++) {
				char *x = text_sanitize(m->also[k]);
				fprintf(out, "%s\"%s\"", k ? ", " : "", x);
				free(x);
			}
			fprintf(out, "%s)", m->more ? " and others" : "");
		}
		if (!first)
			fprintf(out, ".\n");
	}
	if (r->reactivated) {
		fprintf(out, "Reactivated: %ld %s whose licence ended on an earlier import %s active in "
			"this file (", r->reactivated, users(r->reactivated),
			r->reactivated == 1 ? "is" : "are");
		print_examples(out, r->reactivated_ids[0], sizeof r->reactivated_ids[0], r->reactivated);
		fprintf(out, "): the end is removed, so they count as licensed in every week again.\n");
	}
	if (r->reincluded) {
		fprintf(out, "Counted again: %ld previously excluded %s %s counted again (this import has "
			"no --exclude matching them; ", r->reincluded, users(r->reincluded),
			r->reincluded == 1 ? "is" : "are");
		print_examples(out, r->reincluded_ids[0], sizeof r->reincluded_ids[0], r->reincluded);
		fprintf(out, ").\n");
	}
}


void report_roster_import_text(FILE *out, const char *file,
				const struct adoption_roster_result *r,
				const struct adoption_roster_opts *o)
{
	char *clean = text_sanitize(file);
	fprintf(out, "Imported %s: %ld %s (%ld new, %ld updated).\n", clean, r->rows, users(r->rows),
		r->added, r->updated);
	free(clean);
	print_assumed(out, r, o);
	if (r->weeks)
		fprintf(out, "Weekly adoption figures recomputed for %zu week%s.\n", r->weeks,
			r->weeks == 1 ? "" : "s");
}

struct report_roster {
	FILE *out;
	enum report_format format;
	struct report_table *table;   /* text */
	json_t *users;                /* JSON */
	long n;
};

static const char *const ROSTER_CSV[] = { "id", "name", "department", "role", "license_start",
					  "wave", "license_end", "excluded" };

struct report_roster *report_roster_begin(FILE *out, enum report_format format)
{
	struct report_roster *l = xcalloc(1, sizeof *l);
	l->out = out;
	l->format = format;
	if (format == REPORT_CSV) {
		csvx_write_row(out, ROSTER_CSV, 8);
	} else if (format == REPORT_JSON) {
		l->users = json_array();
	} else {
		static const char *const head[] = { "ID", "NAME", "DEPARTMENT", "LICENCE", "WAVE",
						    " STATUS" };
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
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:s, s:s?, s:s?}", "id", u->id,
				      "name", u->name, "department", u->department, "role", u->role,
				      "license_start", u->license_start, "wave", u->wave,
				      "license_end", u->license_end, "excluded", *excl ? excl : NULL);
		json_array_append_new(l->users, o);
	} else if (l->format == REPORT_CSV) {
		const char *cells[] = { u->id, u->name, u->department, u->role, lic, u->wave, end,
					excl };
		csvx_write_row(l->out, cells, 8);
	} else {
		char *status = *excl ? xasprintf(" excluded (%s)", excl)
			     : *end ? xasprintf(" licence ends %s", end) : xstrdup("");
		const char *cells[] = { u->id, u->name,
					*u->department ? u->department : ADOPTION_NO_DEPARTMENT,
					*lic ? lic : "-", *u->wave ? u->wave : "-", status };
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
			fprintf(l->out, "%ld user%s\n", l->n, l->n == 1 ? "" : "s");
	}
	free(l);
}
