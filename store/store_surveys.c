/* store_surveys: respondents and their answers, capability targets and
 * assessment snapshots (migration 004-surveys.sql).
 *
 * A respondent's answers are one packed text: "CODE\tVALUE\n" per answer in
 * the order answered, CODE from survey_questions, VALUE escaped (\\, \t,
 * \n). Reading all answers of a questionnaire is one rowid-ordered scan.
 */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "../core/xalloc.h"
#include "store_internal.h"

static const char SQL_CODES[] =
	"SELECT code, question FROM survey_questions WHERE questionnaire = ?1";
static const char SQL_CODE_ADD[] =
	"INSERT INTO survey_questions(questionnaire, question) VALUES (?1, ?2) "
	"ON CONFLICT(questionnaire, question) DO NOTHING";
static const char SQL_RESP_PUT[] =
	"INSERT INTO respondents(questionnaire, round, name, department, role, answers, updated_at) "
	"VALUES (?1, ?7, ?2, ?3, ?4, ?5, ?6) "
	"ON CONFLICT(round, name) DO UPDATE SET department = excluded.department, "
	"role = excluded.role, answers = excluded.answers, updated_at = excluded.updated_at";
static const char SQL_RESP_GET[] =
	"SELECT id, name, department, role, answers, updated_at FROM respondents "
	"WHERE round = ?1 AND name = ?2";
static const char SQL_RESP_ANSWERS[] =
	"UPDATE respondents SET answers = ?3, updated_at = ?4 "
	"WHERE round = ?1 AND name = ?2";
static const char SQL_RESP_EACH[] =
	"SELECT id, name, department, role, answers, updated_at FROM respondents "
	"WHERE round = ?1 ORDER BY id";
static const char SQL_RESP_RM[] =
	"DELETE FROM respondents WHERE round = ?1 AND name = ?2";
static const char SQL_RESP_COUNT[] =
	"SELECT count(*) FROM respondents WHERE round = ?1";
static const char SQL_SURVEY_COUNTS[] =
	"SELECT s.questionnaire, (SELECT count(*) FROM respondents r WHERE r.round = s.id) "
	"FROM survey_rounds s WHERE s.id = (SELECT l.id FROM survey_rounds l "
	"WHERE l.questionnaire = s.questionnaire ORDER BY l.created_at DESC, l.id DESC LIMIT 1) "
	"ORDER BY s.questionnaire";
static const char SQL_TARGET_SET[] =
	"INSERT INTO capability_targets(questionnaire, capability, target, set_at) "
	"VALUES (?1, ?2, ?3, ?4) ON CONFLICT(questionnaire, capability) DO UPDATE SET "
	"target = excluded.target, set_at = excluded.set_at";
static const char SQL_TARGET_EACH[] =
	"SELECT capability, target FROM capability_targets WHERE questionnaire = ?1 "
	"ORDER BY capability";
static const char SQL_SNAP_PUT[] =
	"INSERT INTO assessment_snapshots(questionnaire, name, saved_at, result) "
	"VALUES (?1, ?2, ?3, ?4) ON CONFLICT(questionnaire, name) DO NOTHING";
static const char SQL_SNAP_GET[] =
	"SELECT result, saved_at FROM assessment_snapshots WHERE questionnaire = ?1 AND name = ?2";

/* A question code known to the survey. */
struct survey_code {
	long code;
	char *question;
	long qindex;
};

struct store_survey {
	struct store *st;
	char *questionnaire;
	long round;                   /* the round read and written, 0: none */
	const char *const *questions;
	size_t nquestions;
	long *code_of;                /* per caller question: its code, or 0 */
	struct survey_code *codes;    /* sorted by code */
	size_t ncodes, cap;
	struct sbuf pack;             /* scratch for writing */
};

static int by_code(const void *a, const void *b)
{
	long x = ((const struct survey_code *)a)->code, y = ((const struct survey_code *)b)->code;
	return (x > y) - (x < y);
}

static bool load_codes(struct store_survey *sv, struct diag *d)
{
	for (size_t i = 0; i < sv->ncodes; i++)
		free(sv->codes[i].question);
	sv->ncodes = 0;
	struct store_rows r;
	if (!store_rows_open(&r, sv->st, SQL_CODES, d))
		return false;
	store_bind_text(r.s, 1, sv->questionnaire);
	while (store_rows_next(&r)) {
		XGROW(sv->codes, sv->cap, sv->ncodes + 1);
		struct survey_code *c = &sv->codes[sv->ncodes++];
		c->code = sqlite3_column_int64(r.s, 0);
		c->question = store_col_text(r.s, 1);
		c->qindex = -1;
		for (size_t i = 0; i < sv->nquestions; i++)
			if (!strcmp(sv->questions[i], c->question)) {
				c->qindex = (long)i;
				sv->code_of[i] = c->code;
				break;
			}
	}
	if (!store_rows_close(&r, N_("reading survey questions"), d))
		return false;
	if (sv->ncodes)
		qsort(sv->codes, sv->ncodes, sizeof *sv->codes, by_code);
	return true;
}

struct store_survey *store_survey_open(struct store *st, const char *questionnaire,
				       const char *const *questions, size_t n, bool create,
				       struct diag *d)
{
	struct store_survey *sv = xcalloc(1, sizeof *sv);
	sv->st = st;
	sv->questionnaire = xstrdup(questionnaire);
	sv->questions = questions;
	sv->nquestions = n;
	sv->code_of = xcalloc(n + 1, sizeof *sv->code_of);
	sbuf_init(&sv->pack);
	sv->round = store_round_find(st, questionnaire, NULL, d);
	if (sv->round < 0 || !load_codes(sv, d))
		goto fail;
	if (create) {
		bool added = false;
		for (size_t i = 0; i < n; i++) {
			if (sv->code_of[i])
				continue;
			sqlite3_stmt *s = store_stmt(st, SQL_CODE_ADD, d);
			if (!s)
				goto fail;
			store_bind_text(s, 1, questionnaire);
			store_bind_text(s, 2, questions[i]);
			if (!store_step_done(st, s, N_("saving survey questions"), d))
				goto fail;
			added = true;
		}
		if (added && !load_codes(sv, d))
			goto fail;
	}
	return sv;
fail:
	store_survey_close(sv);
	return NULL;
}

void store_survey_close(struct store_survey *sv)
{
	if (!sv)
		return;
	for (size_t i = 0; i < sv->ncodes; i++)
		free(sv->codes[i].question);
	free(sv->codes);
	free(sv->code_of);
	free(sv->questionnaire);
	sbuf_release(&sv->pack);
	free(sv);
}

static const struct survey_code *find_code(const struct store_survey *sv, long code)
{
	size_t lo = 0, hi = sv->ncodes;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (sv->codes[mid].code < code)
			lo = mid + 1;
		else if (sv->codes[mid].code > code)
			hi = mid;
		else
			return &sv->codes[mid];
	}
	return NULL;
}

static void pack_one(struct sbuf *b, long code, const char *value)
{
	char digits[24];
	size_t n = 0;
	do
		digits[n++] = (char)('0' + code % 10);
	while ((code /= 10) > 0);
	while (n)
		sbuf_addc(b, digits[--n]);
	sbuf_addc(b, '\t');
	for (const char *p = value; *p;) {
		size_t k = strcspn(p, "\\\t\n");
		sbuf_add(b, p, k);
		p += k;
		if (!*p)
			break;
		sbuf_add(b, *p == '\\' ? "\\\\" : *p == '\t' ? "\\t" : "\\n", 2);
		p++;
	}
	sbuf_addc(b, '\n');
}

void store_respondent_release(struct store_respondent *r)
{
	free(r->name);
	free(r->department);
	free(r->role);
	free(r->updated_at);
	free(r->answers);
	free(r->values);
	memset(r, 0, sizeof *r);
}

/* Decode packed answers into r (reusing its buffers). */
static void unpack(const struct store_survey *sv, const char *packed, size_t len,
		   struct store_respondent *r)
{
	if (r->values_cap < len + 1) {
		r->values = xrealloc(r->values, len + 1);
		r->values_cap = len + 1;
	}
	r->nanswers = 0;
	char *o = r->values;
	const char *p = packed, *end = packed + len;
	while (p < end) {
		long code = 0;
		while (p < end && *p >= '0' && *p <= '9')
			code = code * 10 + (*p++ - '0');
		if (p < end && *p == '\t')
			p++;
		char *value = o;
		while (p < end && *p != '\n') {
			if (*p == '\\' && p + 1 < end) {
				p++;
				*o++ = *p == 't' ? '\t' : *p == 'n' ? '\n' : *p;
				p++;
			} else {
				*o++ = *p++;
			}
		}
		*o++ = '\0';
		if (p < end)
			p++;
		const struct survey_code *c = find_code(sv, code);
		if (!c)
			continue;      /* cannot happen: codes are never deleted */
		XGROW(r->answers, r->cap, r->nanswers + 1);
		r->answers[r->nanswers++] = (struct store_answer){ c->question, c->qindex, value };
	}
}

static void read_respondent(const struct store_survey *sv, sqlite3_stmt *s,
			    struct store_respondent *r)
{
	free(r->name);
	free(r->department);
	free(r->role);
	free(r->updated_at);
	r->id = sqlite3_column_int64(s, 0);
	r->name = store_col_text(s, 1);
	r->department = store_col_text(s, 2);
	r->role = store_col_text(s, 3);
	const char *packed = (const char *)sqlite3_column_text(s, 4);
	unpack(sv, packed ? packed : "", (size_t)sqlite3_column_bytes(s, 4), r);
	r->updated_at = store_col_text(s, 5);
}

static bool write_row(struct store_survey *sv, const char *name, const char *department,
		      const char *role, const char *packed, const char *date, struct diag *d)
{
	if (!sv->round) {
		diag_fail(d, EXIT_SOFTWARE, _("no survey round chosen for %s"), sv->questionnaire);
		return false;
	}
	sqlite3_stmt *s = store_stmt(sv->st, SQL_RESP_PUT, d);
	if (!s)
		return false;
	store_bind_text(s, 1, sv->questionnaire);
	store_bind_text(s, 2, name);
	store_bind_text(s, 3, department ? department : "");
	store_bind_text(s, 4, role ? role : "");
	sqlite3_bind_text(s, 5, packed, -1, SQLITE_STATIC);
	store_bind_text(s, 6, date);
	sqlite3_bind_int64(s, 7, sv->round);
	return store_step_done(sv->st, s, N_("saving a respondent"), d);
}

bool store_respondent_put(struct store_survey *sv, const char *name, const char *department,
			  const char *role, const size_t *qidx, const char *const *values,
			  size_t n, const char *date, struct diag *d)
{
	sbuf_reset(&sv->pack);
	for (size_t i = 0; i < n; i++) {
		if (!sv->code_of[qidx[i]]) {
			diag_fail(d, EXIT_SOFTWARE, _("question '%s' has no survey code"),
				  sv->questions[qidx[i]]);
			return false;
		}
		pack_one(&sv->pack, sv->code_of[qidx[i]], values[i]);
	}
	return write_row(sv, name, department, role, sv->pack.s ? sv->pack.s : "", date, d);
}

int store_respondent_get(struct store_survey *sv, const char *name,
			 struct store_respondent *out, struct diag *d)
{
	memset(out, 0, sizeof *out);
	struct store_rows r;
	if (!store_rows_open(&r, sv->st, SQL_RESP_GET, d))
		return -1;
	sqlite3_bind_int64(r.s, 1, sv->round);
	store_bind_text(r.s, 2, name);
	int found = store_rows_next(&r);
	if (found)
		read_respondent(sv, r.s, out);
	return store_rows_close(&r, N_("reading a respondent"), d) ? found : -1;
}

bool store_answer_set(struct store_survey *sv, const char *name, size_t qi,
		      const char *value, const char *date, struct diag *d)
{
	struct store_respondent r;
	int found = store_respondent_get(sv, name, &r, d);
	if (found <= 0) {
		if (found == 0)
			diag_fail(d, EXIT_SOFTWARE, _("respondent '%s' is not in the workspace"), name);
		return false;
	}
	if (!sv->code_of[qi]) {
		store_respondent_release(&r);
		diag_fail(d, EXIT_SOFTWARE, _("question '%s' has no survey code"), sv->questions[qi]);
		return false;
	}
	struct sbuf b;
	sbuf_init(&b);
	for (size_t i = 0; i < r.nanswers; i++) {
		const struct survey_code *c = NULL;
		for (size_t k = 0; k < sv->ncodes && !c; k++)
			if (sv->codes[k].question == r.answers[i].question)
				c = &sv->codes[k];
		if (c && c->code != sv->code_of[qi])
			pack_one(&b, c->code, r.answers[i].value);
	}
	pack_one(&b, sv->code_of[qi], value);
	sqlite3_stmt *s = store_stmt(sv->st, SQL_RESP_ANSWERS, d);
	bool ok = s != NULL;
	if (ok) {
		sqlite3_bind_int64(s, 1, sv->round);
		store_bind_text(s, 2, name);
		store_bind_text(s, 3, b.s);
		store_bind_text(s, 4, date);
		ok = store_step_done(sv->st, s, N_("saving an answer"), d);
	}
	sbuf_release(&b);
	store_respondent_release(&r);
	return ok;
}

bool store_respondent_each(struct store_survey *sv,
			   bool (*fn)(const struct store_respondent *r, void *arg), void *arg,
			   struct diag *d)
{
	struct store_rows rows;
	if (!store_rows_open(&rows, sv->st, SQL_RESP_EACH, d))
		return false;
	sqlite3_bind_int64(rows.s, 1, sv->round);
	struct store_respondent r;
	memset(&r, 0, sizeof r);
	while (store_rows_next(&rows)) {
		read_respondent(sv, rows.s, &r);
		if (!fn(&r, arg))
			break;
	}
	bool ok = store_rows_close(&rows, N_("reading respondents"), d);
	store_respondent_release(&r);
	return ok;
}

int store_respondent_rm(struct store *st, long round, const char *name, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_RESP_RM, d);
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, round);
	store_bind_text(s, 2, name);
	if (!store_step_done(st, s, N_("removing a respondent"), d))
		return -1;
	return sqlite3_changes(st->db) > 0;
}

void store_survey_set_round(struct store_survey *sv, long round)
{
	sv->round = round;
}

long store_survey_round(const struct store_survey *sv)
{
	return sv->round;
}

long store_survey_count(struct store_survey *sv, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, sv->st, SQL_RESP_COUNT, d))
		return -1;
	sqlite3_bind_int64(r.s, 1, sv->round);
	long n = store_rows_next(&r) ? (long)sqlite3_column_int64(r.s, 0) : 0;
	return store_rows_close(&r, N_("counting respondents"), d) ? n : -1;
}

/* Rows of (text, whole number) from sql, its ?1 bound to questionnaire
 * when one is given. */
static bool each_name_number(struct store *st, const char *sql, const char *questionnaire,
			     bool (*fn)(const char *name, long n, void *arg), void *arg,
			     const char *what, struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, sql, d))
		return false;
	if (questionnaire)
		store_bind_text(r.s, 1, questionnaire);
	while (store_rows_next(&r))
		if (!fn((const char *)sqlite3_column_text(r.s, 0), (long)sqlite3_column_int64(r.s, 1),
			arg))
			break;
	return store_rows_close(&r, what, d);
}

bool store_survey_counts(struct store *st,
			 bool (*fn)(const char *questionnaire, long respondents, void *arg),
			 void *arg, struct diag *d)
{
	return each_name_number(st, SQL_SURVEY_COUNTS, NULL, fn, arg, N_("counting respondents"), d);
}

bool store_target_set(struct store *st, const char *questionnaire, const char *capability,
		      long target, const char *date, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_TARGET_SET, d);
	if (!s)
		return false;
	store_bind_text(s, 1, questionnaire);
	store_bind_text(s, 2, capability);
	sqlite3_bind_int64(s, 3, target);
	store_bind_text(s, 4, date);
	return store_step_done(st, s, N_("saving a capability target"), d);
}

bool store_target_each(struct store *st, const char *questionnaire,
		       bool (*fn)(const char *capability, long target, void *arg), void *arg,
		       struct diag *d)
{
	return each_name_number(st, SQL_TARGET_EACH, questionnaire, fn, arg,
				N_("reading capability targets"), d);
}

int store_snapshot_put(struct store *st, const char *questionnaire, const char *name,
		       const char *date, const char *json, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_SNAP_PUT, d);
	if (!s)
		return -1;
	store_bind_text(s, 1, questionnaire);
	store_bind_text(s, 2, name);
	store_bind_text(s, 3, date);
	store_bind_text(s, 4, json);
	if (!store_step_done(st, s, N_("saving a snapshot"), d))
		return -1;
	return sqlite3_changes(st->db) > 0;
}

int store_snapshot_get(struct store *st, const char *questionnaire, const char *name,
		       char **json, char **saved_at, struct diag *d)
{
	*json = *saved_at = NULL;
	struct store_rows r;
	if (!store_rows_open(&r, st, SQL_SNAP_GET, d))
		return -1;
	store_bind_text(r.s, 1, questionnaire);
	store_bind_text(r.s, 2, name);
	int found = store_rows_next(&r);
	if (found) {
		*json = store_col_text(r.s, 0);
		*saved_at = store_col_text(r.s, 1);
	}
	return store_rows_close(&r, N_("reading a snapshot"), d) ? found : -1;
}
