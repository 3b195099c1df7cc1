/* q_session: one respondent answering a questionnaire question by question
 * (survey run): who they are, which question comes next, what a typed
 * answer means, and each answer saved at once. The prompting is the
 * caller's. */
#include <stdlib.h>
#include <string.h>

#include "../store/store.h"
#include "q_internal.h"

/* The answers stored before, written back with the respondent's new
 * department and role. */
static bool register_respondent(struct q_session *s, const struct store_respondent *old,
				bool found, const char *department, const char *role,
				struct diag *d)
{
	size_t *qidx = xcalloc(old->nanswers + 1, sizeof *qidx);
	const char **vals = xcalloc(old->nanswers + 1, sizeof *vals);
	size_t n = 0;
	for (size_t i = 0; i < old->nanswers; i++)
		if (old->answers[i].qindex >= 0) {
			qidx[n] = (size_t)old->answers[i].qindex;
			vals[n++] = old->answers[i].value;
			s->values[old->answers[i].qindex] = xstrdup(old->answers[i].value);
		}
	bool ok = store_respondent_put(s->sv, s->name,
				       department && *department ? department : old->department,
				       role ? role : found ? old->role : "", qidx, vals, n, s->date, d);
	free(qidx);
	free(vals);
	return ok;
}

/* The round a session answers in: named, else the latest, else today's. */
static long session_round(struct q_session *s, struct diag *d)
{
	if (!s->round) {
		long latest = store_survey_round(s->sv);
		if (latest)
			return latest;
	}
	return q_round_for_answers(s->st, s->q, s->round, s->date, d);
}

enum q_session_status q_session_open(struct q_session *s, struct store *st,
				     const struct questionnaire *q, const char *round,
				     const char *name,
				     const char *department, const char *role, const char *date,
				     struct diag *d)
{
	*s = (struct q_session){ .st = st, .q = q, .name = name, .date = date, .round = round };
	s->values = xcalloc(q->nquestions + 1, sizeof *s->values);
	if (!store_begin(st, d))
		return Q_SESSION_FAILED;
	const char **ids = xcalloc(q->nquestions + 1, sizeof *ids);
	for (size_t i = 0; i < q->nquestions; i++)
		ids[i] = q->questions[i].id;
	s->sv = store_survey_open(st, q->id, ids, q->nquestions, true, d);
	free(ids);
	long id = s->sv ? session_round(s, d) : -1;
	if (id < 0) {
		store_rollback(st);
		return Q_SESSION_FAILED;
	}
	store_survey_set_round(s->sv, id);
	struct store_respondent old = { 0 };
	int found = s->sv ? store_respondent_get(s->sv, name, &old, d) : -1;
	enum q_session_status status = Q_SESSION_OPEN;
	if (found == 0 && (!department || !*department))
		status = Q_SESSION_NEEDS_DEPARTMENT;
	else if (found < 0 || !register_respondent(s, &old, found, department, role, d) ||
		 !store_commit(st, d))
		status = Q_SESSION_FAILED;
	if (status != Q_SESSION_OPEN)
		store_rollback(st);
	store_respondent_release(&old);
	return status;
}

void q_session_close(struct q_session *s)
{
	store_survey_close(s->sv);
	for (size_t i = 0; s->values && i < s->q->nquestions; i++)
		free(s->values[i]);
	free(s->values);
	memset(s, 0, sizeof *s);
}

size_t q_session_next(const struct q_session *s, size_t from, bool fresh)
{
	for (size_t i = from; i < s->q->nquestions; i++) {
		if (!q_when_applies(s->q, &s->q->questions[i], (const char *const *)s->values))
			continue;
		if (fresh && s->values[i])
			continue;
		return i;
	}
	return s->q->nquestions;
}

size_t q_session_number(const struct q_session *s, size_t qi, size_t *total)
{
	size_t pos = 0;
	*total = 0;
	for (size_t i = 0; i < s->q->nquestions; i++)
		if (q_when_applies(s->q, &s->q->questions[i], (const char *const *)s->values)) {
			(*total)++;
			if (i <= qi)
				pos++;
		}
	return pos;
}

/* Choice and multi answers may name options by their number; an option
 * whose id is that number keeps it. */
static char *options_by_number(const struct q_question *qq, const char *in)
{
	if (!q_type_info(qq->type)->options)
		return xstrdup(in);
	struct sbuf b;
	sbuf_init(&b);
	const char *p = in;
	while (*p) {
		size_t n = strcspn(p, ";, ");
		char *part = xstrndup(p, n);
		char *end;
		long k = strtol(part, &end, 10);
		if (*part && !*end && k >= 1 && (size_t)k <= qq->noptions && q_find_option(qq, part) < 0)
			sbuf_addf(&b, "%s%s", b.len ? ";" : "", qq->options[k - 1].id);
		else if (*part)
			sbuf_addf(&b, "%s%s", b.len ? ";" : "", part);
		free(part);
		p += n;
		while (*p == ';' || *p == ',' || *p == ' ')
			p++;
	}
	return sbuf_detach(&b);
}

enum q_typed q_answer_typed(const struct questionnaire *q, const struct q_question *qq,
			    enum q_typed_how how, const char *in, char **value, char **err)
{
	*value = NULL;
	*err = NULL;
	if (how == Q_TYPED_SKIP || (how == Q_TYPED_ANSWER && !*in)) {
		if (qq->required)
			return Q_TYPED_REQUIRED;
		if (how == Q_TYPED_ANSWER)
			return Q_TYPED_EMPTY;
		*value = xstrdup("");
		return Q_TYPED_OK;
	}
	if (how == Q_TYPED_NA) {
		if (!qq->na)
			return Q_TYPED_NO_NA;
		*value = xstrdup("na");
		return Q_TYPED_OK;
	}
	char *mapped = options_by_number(qq, in);
	struct q_answer a;
	bool ok = q_answer_parse(q, qq, mapped, &a, err);
	free(mapped);
	if (!ok)
		return Q_TYPED_INVALID;
	if (a.kind == Q_ANSWER_EMPTY) {
		q_answer_release(&a);
		return Q_TYPED_EMPTY;
	}
	*value = a.canonical;
	return Q_TYPED_OK;
}

bool q_session_save(struct q_session *s, size_t qi, const char *value, struct diag *d)
{
	if (!store_begin(s->st, d))
		return false;
	if (!store_answer_set(s->sv, s->name, qi, value, s->date, d) || !store_commit(s->st, d)) {
		store_rollback(s->st);
		return false;
	}
	free(s->values[qi]);
	s->values[qi] = xstrdup(value);
	return true;
}
