/* Final values: how far the imported logs reach, which weeks are
 * therefore still in progress, and the readers of stored values that
 * leave out what is not final (in progress, or hidden for anonymity). The
 * one place that decides whether a stored adoption figure is final;
 * goals, rules, the adoption report, the workbook and the HTML all ask
 * here (docs/adoption.md, "Incomplete weeks"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/timex.h"
#include "metrics.h"

bool adoption_reach_load(struct store *st, struct adoption_reach *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	int found = store_adoption_imports_reach(st, &out->last_ts, d);
	out->known = found > 0;
	return found >= 0;
}

bool adoption_week_in_progress(const struct adoption_reach *r, int64_t day)
{
	if (!r->known)
		return false;
	/* The week's last second is Sunday 23:59:59, just before the next Monday. */
	int64_t end = (timex_week_monday(day) + 7) * 86400 - 1;
	return r->last_ts < end;
}

bool adoption_date_in_progress(const struct adoption_reach *r, const char *date)
{
	int64_t day;
	return r->known && timex_parse_date(date, strlen(date), &day) == TIMEX_OK &&
	       adoption_week_in_progress(r, day);
}

void adoption_reach_format(const struct adoption_reach *r, char out[32])
{
	out[0] = '\0';
	if (!r->known)
		return;
	int64_t day = timex_day_of(r->last_ts);
	unsigned sec = (unsigned)(r->last_ts - day * 86400) % 86400u;
	char date[11];
	timex_format_date(day, date);
	snprintf(out, 32, "%s %02u:%02u:%02u", date, sec / 3600, sec / 60 % 60, sec % 60);
}

bool adoption_value_in_progress(const struct adoption_reach *r, const char *name,
				const char *date)
{
	return metric_in_family(name, METRIC_FAMILY_ADOPTION) && adoption_date_in_progress(r, date);
}

/* ---- reading values to judge them ---- */

struct final {
	const struct adoption_reach *reach;
	const struct metric_privacy *privacy;
	long hidden;              /* min_group once a value was hidden */
	bool (*fn)(const struct store_metric *m, void *arg);
	void *arg;
};

/* Neither in progress nor hidden for anonymity. */
static bool is_final(struct final *f, const struct store_metric *m)
{
	if (adoption_value_in_progress(f->reach, m->name, m->date))
		return false;
	if (metric_privacy_hidden(f->privacy, m->name, m->scope, m->date)) {
		f->hidden = f->privacy->min_group;
		return false;
	}
	return true;
}

static bool pass_final(const struct store_metric *m, void *arg)
{
	struct final *f = arg;
	return !is_final(f, m) || f->fn(m, f->arg);
}

/* The reach and the anonymity filter, loaded once for a reader. */
static bool final_load(struct store *st, const char *scope, struct adoption_reach *reach,
		       struct metric_privacy *privacy, struct diag *d)
{
	return adoption_reach_load(st, reach, d) && metric_privacy_load(st, scope, privacy, d);
}

bool metric_final_open(struct store *st, struct metric_final_reader *r, struct diag *d)
{
	memset(r, 0, sizeof *r);
	r->st = st;
	return final_load(st, NULL, &r->reach, &r->privacy, d);
}

bool metric_final_each(struct metric_final_reader *r, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d)
{
	struct final f = { &r->reach, &r->privacy, 0, fn, arg };
	return store_metric_each(r->st, name_glob, scope, pass_final, &f, d);
}

void metric_final_close(struct metric_final_reader *r)
{
	metric_privacy_release(&r->privacy);
}

bool metric_each_final(struct store *st, const char *name_glob, const char *scope,
		       bool (*fn)(const struct store_metric *m, void *arg), void *arg,
		       struct diag *d)
{
	struct metric_final_reader r = { 0 };
	if (!adoption_reach_load(st, &r.reach, d) ||
	    !metric_privacy_load(st, scope, &r.privacy, d))
		return false;
	r.st = st;
	bool ok = metric_final_each(&r, name_glob, scope, fn, arg, d);
	metric_final_close(&r);
	return ok;
}

static bool keep_latest(const struct store_metric *m, void *arg)
{
	struct store_metric *out = arg;
	store_metric_release(out);
	out->name = xstrdup(m->name);
	out->scope = xstrdup(m->scope);
	out->date = xstrdup(m->date);
	out->source = xstrdup(m->source);
	out->value = m->value;
	return true;
}

int metric_final_latest(struct metric_final_reader *r, const char *name, const char *scope,
			struct store_metric *out, long *hidden, struct diag *d)
{
	memset(out, 0, sizeof *out);
	if (hidden)
		*hidden = 0;
	if (!metric_in_family(name, METRIC_FAMILY_ADOPTION) || (!r->reach.known && !r->privacy.n))
		return store_metric_latest(r->st, name, scope, out, d);
	struct final f = { &r->reach, &r->privacy, 0, keep_latest, out };
	if (!store_metric_each(r->st, name, scope ? scope : "", pass_final, &f, d)) {
		store_metric_release(out);
		return -1;
	}
	if (hidden && !out->date)
		*hidden = f.hidden;
	return out->date != NULL;
}

int metric_latest_final(struct store *st, const char *name, const char *scope,
			struct store_metric *out, long *hidden, struct diag *d)
{
	struct metric_final_reader r = { .st = st };
	memset(out, 0, sizeof *out);
	if (!final_load(st, scope ? scope : "", &r.reach, &r.privacy, d))
		return -1;
	int found = metric_final_latest(&r, name, scope, out, hidden, d);
	metric_final_close(&r);
	return found;
}

/* Rows come by scope, then date: the last final row of a run of one scope
 * is its latest final value, handed on when the scope changes. */
struct kind_final {
	struct final *f;
	const char *prefix;
	struct store_metric held;
	bool (*fn)(const struct store_metric *m, void *arg);
	void *arg;
	bool stopped;             /* fn asked for no more */
};

static bool hand_on(struct kind_final *k)
{
	if (!k->held.scope || k->stopped)
		return !k->stopped;
	bool go = k->fn(&k->held, k->arg);
	k->stopped = !go;
	store_metric_release(&k->held);
	memset(&k->held, 0, sizeof k->held);
	return go;
}

static bool pass_kind_final(const struct store_metric *m, void *arg)
{
	struct kind_final *k = arg;
	if (strncmp(m->scope, k->prefix, strlen(k->prefix)) || !is_final(k->f, m))
		return true;
	if (k->held.scope && strcmp(k->held.scope, m->scope) && !hand_on(k))
		return false;
	return keep_latest(m, &k->held);
}

bool metric_final_latest_of_kind(struct metric_final_reader *r, const char *name,
				 const char *kind,
				 bool (*fn)(const struct store_metric *m, void *arg), void *arg,
				 struct diag *d)
{
	if (!metric_in_family(name, METRIC_FAMILY_ADOPTION) || (!r->reach.known && !r->privacy.n))
		return store_metric_latest_of_kind(r->st, name, kind, fn, arg, d);
	char *prefix = xasprintf("%s=", kind);
	struct final f = { &r->reach, &r->privacy, 0, NULL, NULL };
	struct kind_final k = { &f, prefix, { 0 }, fn, arg, false };
	bool ok = store_metric_each(r->st, name, NULL, pass_kind_final, &k, d);
	if (ok)
		hand_on(&k);
	store_metric_release(&k.held);
	free(prefix);
	return ok;
}
