/* Goals and their status for people and programs: one goal as JSON and as
 * CSV cells, its state in colour, the goal table of the adoption and dq
 * reports, the heading and tally 'status' prints. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/text.h"
#include "../core/xalloc.h"
#include "report.h"

static json_t *num_or_null(bool has, double v)
{
	return has ? json_real(v) : json_null();
}

json_t *report_goal_json(const struct goal_row *r)
{
	const struct goal_status *s = &r->status;
	/* the key order 'status --format json' has always had */
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:s}", "phase", r->phase, "metric",
			      r->metric, "scope", r->scope, "op", r->op, "target", r->target,
			      "due", r->due);
	json_object_set_new(o, "latest", num_or_null(s->has_latest, s->latest.value));
	json_object_set_new(o, "latest_date",
			    s->has_latest ? json_string(r->latest_date) : json_null());
	json_object_set_new(o, "status", json_string(goal_state_name(s->state)));
	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "parent", r->parent ? json_integer(r->parent) : json_null());
	json_object_set_new(o, "projected", num_or_null(s->has_projection, s->projected));
	json_object_set_new(o, "expected", num_or_null(s->has_expected, s->expected));
	json_object_set_new(o, "points", json_integer((json_int_t)s->points_used));
	json_object_set_new(o, "weeks", json_integer((json_int_t)s->weeks_used));
	json_object_set_new(o, "judged_at", json_string(r->judged_at));
	json_object_set_new(o, "settled", json_boolean(s->settled));
	json_object_set_new(o, "set_on", *r->set_on ? json_string(r->set_on) : json_null());
	json_object_set_new(o, "baseline", num_or_null(s->has_baseline, s->baseline));
	return o;
}

const char *report_goal_state_color(enum goal_state s, bool color)
{
	if (!color)
		return "";
	return s == GOAL_ACHIEVED || s == GOAL_ON_TRACK ? "\033[32m"
	       : s == GOAL_AT_RISK ? "\033[33m"
	       : s == GOAL_MISSED ? "\033[31m" : s == GOAL_TOO_EARLY ? "\033[36m" : "";
}

void report_goal_state(FILE *out, const struct goal_row *r, enum lang lang, bool color)
{
	const char *sgr = report_goal_state_color(r->status.state, color);
	fprintf(out, "%s%s%s", sgr, goal_state_label(r->status.state, lang), *sgr ? "\033[0m" : "");
	if (r->status.settled)
		fprintf(out, lang == LANG_FA ? " (قطعی در %s)" : " (settled on %s)", r->judged_at);
}

void report_goal_shown(char out[24], bool has, double v)
{
	char buf[TEXT_NUMBER_LEN];
	snprintf(out, 24, "%s", has ? text_number_small(v, buf) : "-");
}

void report_goal_latest(char out[24], const struct goal_row *r)
{
	char buf[TEXT_NUMBER_LEN];
	snprintf(out, 24, "%s", r->status.has_latest
		 ? text_number_beside(r->status.latest.value, r->target, buf) : "-");
}

/* s in cols terminal columns (a Persian letter is two bytes, one column). */
static void pad(FILE *out, const char *s, size_t cols, enum report_align align)
{
	size_t w = utf8_width(s);
	if (align == REPORT_LEFT)
		fputs(s, out);
	for (; w < cols; w++)
		fputc(' ', out);
	if (align == REPORT_RIGHT)
		fputs(s, out);
}

void report_goals_text(FILE *out, const struct goal_rows *rows, const char *family,
		       const char *today, enum lang lang, bool color)
{
	bool fa = lang == LANG_FA;
	if (fa)
		fprintf(out, "\nاهداف روی سنجه‌های %s* در %s\n", family, today);
	else
		fprintf(out, "\nGoals on %s* metrics on %s\n", family, today);
	if (!rows->n) {
		fprintf(out, fa ? "هیچ هدفی روی سنجه‌های %s* نیست: 'crmready plan build' یا "
			    "'crmready goal add'\n"
			  : "no goals on %s* metrics: 'crmready plan build' makes the phase goals, "
			    "'crmready goal add' adds your own\n", family);
		return;
	}
	char **goal = xcalloc(rows->n, sizeof *goal);
	size_t w = 4;
	for (size_t i = 0; i < rows->n; i++) {
		const struct goal_row *r = &rows->v[i];
		char t[40];
		report_num_exact(t, r->target);
		char *scope = text_sanitize(r->scope);
		/* indented under its parent when the parent is shown too */
		int depth = 0;
		for (size_t j = i; r->parent && j-- > 0;)
			if (rows->v[j].id == r->parent) {
				depth = r->depth;
				break;
			}
		goal[i] = xasprintf("%*s%s %s %s%s%s%s", depth * 2, "", r->metric, r->op, t,
				    *scope ? " (" : "", scope, *scope ? ")" : "");
		free(scope);
		if (utf8_width(goal[i]) > w)
			w = utf8_width(goal[i]);
	}
	report_goal_heading(out, lang, w, false);
	size_t counts[GOAL_NSTATES] = { 0 };
	for (size_t i = 0; i < rows->n; i++) {
		const struct goal_row *r = &rows->v[i];
		const struct goal_status *s = &r->status;
		char latest[24], proj[24];
		report_goal_latest(latest, r);
		report_goal_shown(proj, s->has_projection, s->projected);
		pad(out, goal[i], w, REPORT_LEFT);
		fprintf(out, "  %-10s %8s %-10s %9s  ", r->due, latest,
		       s->has_latest ? r->latest_date : "-", proj);
		report_goal_state(out, r, lang, color);
		fputc('\n', out);
		counts[s->state]++;
		free(goal[i]);
	}
	free(goal);
	report_goal_tally(out, lang, rows->n, counts);
}

void report_goal_heading(FILE *out, enum lang lang, size_t goal_cols, bool full)
{
	bool fa = lang == LANG_FA;
	const struct {
		const char *header;
		size_t width;
		enum report_align align;
		const char *gap;
		bool full_only;
	} cols[] = {
		{ fa ? "کد" : "id", 4, REPORT_RIGHT, "", true },
		{ fa ? "مرحله" : "phase", 11, REPORT_LEFT, "  ", true },
		{ fa ? "هدف" : "goal", goal_cols, REPORT_LEFT, " ", false },
		{ fa ? "موعد" : "due", 10, REPORT_LEFT, full ? " " : "  ", false },
		{ fa ? "آخرین" : "latest", 8, REPORT_RIGHT, " ", false },
		{ fa ? "در" : "on", 10, REPORT_LEFT, " ", false },
		{ fa ? "پیش‌بینی" : "projected", 9, REPORT_RIGHT, " ", false },
		{ fa ? "انتظار" : "expected", 8, REPORT_RIGHT, " ", true },
		{ fa ? "وضعیت" : "status", 0, REPORT_LEFT, "  ", false },
	};
	enum { NCOLS = sizeof cols / sizeof cols[0] };
	size_t n = 0;
	struct report_table *t = report_table_new(full ? NCOLS : NCOLS - 3);
	for (size_t c = 0; c < NCOLS; c++) {
		if (cols[c].full_only && !full)
			continue;
		report_table_column(t, n, cols[c].header, cols[c].align);
		report_table_width(t, n, cols[c].width, false);
		report_table_gap(t, n, cols[c].gap);
		n++;
	}
	report_table_plain_header(t);
	report_table_print(t, out, 0, false);
	report_table_free(t);
}

void report_goal_tally(FILE *out, enum lang lang, size_t n, const size_t counts[GOAL_NSTATES])
{
	if (lang == LANG_FA)
		fprintf(out, "%zu هدف: %zu محقق شد، %zu در مسیر، %zu در معرض خطر، %zu از دست رفت، "
		       "%zu هنوز زود است، %zu بدون داده\n", n, counts[GOAL_ACHIEVED],
		       counts[GOAL_ON_TRACK], counts[GOAL_AT_RISK], counts[GOAL_MISSED],
		       counts[GOAL_TOO_EARLY], counts[GOAL_NO_DATA]);
	else
		fprintf(out, "%zu goal%s: %zu achieved, %zu on track, %zu at risk, %zu missed, "
		       "%zu too early, %zu no data\n", n, n == 1 ? "" : "s", counts[GOAL_ACHIEVED],
		       counts[GOAL_ON_TRACK], counts[GOAL_AT_RISK], counts[GOAL_MISSED],
		       counts[GOAL_TOO_EARLY], counts[GOAL_NO_DATA]);
}

const char *const report_goal_csv_head[REPORT_GOAL_CSV] = {
	"goal_id", "parent", "phase", "metric", "op", "target", "due",
	"latest", "latest_date", "projected", "expected", "status", "judged_at", "baseline",
};

void report_goal_cells(const struct goal_row *r, struct report_goal_cells *c)
{
	const struct goal_status *s = &r->status;
	memset(c, 0, sizeof *c);
	snprintf(c->id, sizeof c->id, "%ld", r->id);
	if (r->parent)
		snprintf(c->parent, sizeof c->parent, "%ld", r->parent);
	report_num_exact(c->target, r->target);
	if (s->has_latest)
		report_num_exact(c->latest, s->latest.value);
	if (s->has_projection)
		report_num_exact(c->proj, s->projected);
	if (s->has_expected)
		report_num_exact(c->exp, s->expected);
	if (s->has_baseline)
		report_num_exact(c->base, s->baseline);
	const char *cell[REPORT_GOAL_CSV] = { c->id, c->parent, r->phase, r->metric, r->op,
						c->target, r->due, c->latest, r->latest_date,
						c->proj, c->exp, goal_state_name(s->state),
						r->judged_at, c->base };
	memcpy(c->cell, cell, sizeof cell);
}

