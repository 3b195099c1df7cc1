/* report_log: 'crmready log', the history of hand-made changes, in words a
 * reader follows. The wording of each kind and field of change is one row
 * of a table, so the kinds every part of the tool records (goals, waivers,
 * initiatives, phase gates, baselines, the plan) read alike, and a field
 * the table does not know still reads as "kind ref field: old → new". */
#include <stdlib.h>
#include <string.h>

#include "../core/csvx.h"
#include "../core/timex.h"
#include "../core/xalloc.h"
#include "report.h"

const char *const report_log_kinds[] = { "goal", "waiver", "initiative", "phase", "baseline",
					  "plan", NULL };

enum value_kind { VALUE_TEXT, VALUE_DAY, VALUE_NUMBER };

/* How one kind and field of change reads: created (ref, new), changed
 * (ref, old, new), removed (ref, old). */
struct change_words {
	const char *kind, *field;
	enum value_kind value;
	const char *created, *changed, *removed;
};

static const struct change_words WORDS[] = {
	{ "goal", "target", VALUE_NUMBER, N_("goal %s: target set to %s"),
	  N_("goal %s: target %s → %s"), N_("goal %s removed (its target was %s)") },
	{ "goal", "due", VALUE_DAY, N_("goal %s: due on %s"), N_("goal %s: due date %s → %s"),
	  N_("goal %s removed (it was due on %s)") },
	{ "goal", "op", VALUE_TEXT, N_("goal %s: comparison %s"),
	  N_("goal %s: comparison %s → %s"), N_("goal %s: comparison %s removed") },
	{ "goal", "baseline", VALUE_NUMBER, N_("goal %s: baseline %s"),
	  N_("goal %s: baseline %s → %s"), N_("goal %s: baseline %s removed") },
	{ "waiver", "until", VALUE_DAY, N_("rule %s waived until %s"),
	  N_("rule %s: waiver renewed, until %s → %s"),
	  N_("rule %s: waiver lifted (it ran until %s)") },
	{ "initiative", "status", VALUE_TEXT, N_("initiative %s: status %s"),
	  N_("initiative %s: status %s → %s"), N_("initiative %s: status %s cleared") },
	{ "initiative", "started", VALUE_DAY, N_("initiative %s started on %s"),
	  N_("initiative %s: start %s → %s"), N_("initiative %s: start date %s cleared") },
	{ "initiative", "done", VALUE_DAY, N_("initiative %s done on %s"),
	  N_("initiative %s: done %s → %s"), N_("initiative %s: done date %s cleared") },
	{ "initiative", "percent", VALUE_NUMBER, N_("initiative %s: %s%% done"),
	  N_("initiative %s: %s%% → %s%% done"), N_("initiative %s: percent done %s%% cleared") },
	{ "phase", "gate", VALUE_TEXT, N_("phase %s: gate decision %s"),
	  N_("phase %s: gate decision %s → %s"), N_("phase %s: gate decision %s withdrawn") },
	{ "baseline", "", VALUE_TEXT, N_("baseline %s saved (%s)"),
	  N_("baseline %s saved again (was %s, now %s)"), N_("baseline %s removed (%s)") },
	{ "plan", "", VALUE_TEXT, N_("plan %s: %s"), N_("plan %s: %s → %s"),
	  N_("plan %s: %s removed") },
};

/* What each kind is called when the table has no row for its field. */
static const char *kind_label(const char *kind)
{
	static const char *const label[][2] = {
		{ "goal", NC_("change kind", "goal") }, { "waiver", NC_("change kind", "waiver") },
		{ "initiative", NC_("change kind", "initiative") },
		{ "phase", NC_("change kind", "phase") },
		{ "baseline", NC_("change kind", "baseline") }, { "plan", NC_("change kind", "plan") },
	};
	for (size_t i = 0; i < sizeof label / sizeof *label; i++)
		if (!strcmp(label[i][0], kind))
			return trc("change kind", label[i][1]);
	return kind;
}

static const struct change_words *words_for(const char *kind, const char *field)
{
	for (size_t i = 0; i < sizeof WORDS / sizeof *WORDS; i++)
		if (!strcmp(WORDS[i].kind, kind) && !strcmp(WORDS[i].field, field ? field : ""))
			return &WORDS[i];
	return NULL;
}

static bool text_is_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* A stored value as the reader reads it; malloc'd. */
static char *shown_value(const char *v, enum value_kind k)
{
	char *clean = text_sanitize(v ? v : "");
	if (k == VALUE_DAY && *clean) {
		char out[TIMEX_SHOW_MAX];
		char *s = xstrdup(timex_show(clean, out));
		free(clean);
		return s;
	}
	if (k == VALUE_NUMBER) {
		char *s = i18n_digits(clean);
		free(clean);
		return s;
	}
	return clean;
}

char *report_log_change_text(const struct store_history *h)
{
	const struct change_words *w = words_for(h->kind, h->field);
	enum value_kind vk = w ? w->value : VALUE_TEXT;
	/* a goal's id in the reader's digits, as 'goal list' shows it */
	char *ref = shown_value(h->ref, text_is_digits(h->ref) ? VALUE_NUMBER : VALUE_TEXT),
	     *old = shown_value(h->old, vk),
	     *now = shown_value(h->new_value, vk);
	char *t;
	if (w && !h->old)
		t = tfmt(_(w->created), ref, now);
	else if (w && !h->new_value)
		t = tfmt(_(w->removed), ref, old);
	else if (w)
		t = tfmt(_(w->changed), ref, old, now);
	else {
		/* a field no row words: "initiative i-1 owner: ana → sara" */
		char *field = text_sanitize(h->field ? h->field : "");
		const char *kind = kind_label(h->kind);
		if (!h->old)
			t = tfmt(_("%s %s %s: set to %s"), kind, ref, field, now);
		else if (!h->new_value)
			t = tfmt(_("%s %s %s: %s removed"), kind, ref, field, old);
		else
			t = tfmt(_("%s %s %s: %s → %s"), kind, ref, field, old, now);
		free(field);
	}
	free(ref);
	free(old);
	free(now);
	return t;
}

struct report_log {
	enum report_log_format fmt;
	FILE *out;
	struct report_options o;
	struct report_table *t;     /* text */
	json_t *changes;            /* json */
};

struct report_log *report_log_begin(enum report_log_format fmt, FILE *out,
				    const struct report_options *o)
{
	struct report_log *l = xcalloc(1, sizeof *l);
	l->fmt = fmt;
	l->out = out;
	l->o = *o;
	if (fmt == REPORT_LOG_TEXT) {
		l->t = report_table_new(4);
		report_table_column(l->t, 0, trc("change table", "day"), REPORT_LEFT);
		report_table_column(l->t, 1, trc("change table", "by"), REPORT_LEFT);
		report_table_column(l->t, 2, trc("change table", "change"), REPORT_LEFT);
		report_table_column(l->t, 3, trc("change table", "note"), REPORT_LEFT);
	} else if (fmt == REPORT_LOG_JSON) {
		l->changes = json_array();
	} else {
		const char *h[] = { "day", "at", "who", "kind", "ref", "field", "old", "new", "note" };
		csvx_write_row(out, h, 9);
	}
	return l;
}

static json_t *maybe_string(const char *s)
{
	return s ? json_string(s) : json_null();
}

void report_log_add(struct report_log *l, const struct store_history *h)
{
	if (l->fmt == REPORT_LOG_TEXT) {
		char day[TIMEX_SHOW_MAX];
		char *what = report_log_change_text(h);
		const char *cell[] = { timex_show(h->day, day), h->who, what, h->note };
		report_table_row(l->t, cell);
		free(what);
	} else if (l->fmt == REPORT_LOG_JSON) {
		json_array_append_new(l->changes, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:o, s:s}",
			"day", h->day, "at", h->at, "who", h->who, "kind", h->kind, "ref", h->ref,
			"field", h->field ? h->field : "", "old", maybe_string(h->old),
			"new", maybe_string(h->new_value), "note", h->note ? h->note : ""));
	} else {
		const char *row[] = { h->day, h->at, h->who, h->kind, h->ref, h->field ? h->field : "",
				      h->old ? h->old : "", h->new_value ? h->new_value : "",
				      h->note ? h->note : "" };
		csvx_write_row(l->out, row, 9);
	}
}

void report_log_end(struct report_log *l)
{
	if (l->fmt == REPORT_LOG_TEXT) {
		report_table_print(l->t, l->out, 0, l->o.color);
		report_table_free(l->t);
	} else if (l->fmt == REPORT_LOG_JSON) {
		json_t *j = json_pack("{s:o}", "changes", l->changes);
		report_json_print(j, l->out);
		json_decref(j);
	}
	free(l);
}
