/* store_rounds: the rounds (waves) of a survey (migration 021-survey-rounds.sql).
 * A round belongs to one questionnaire; the latest is the one created last. */
#include <stdlib.h>
#include <string.h>

#include "../core/i18n.h"
#include "store_internal.h"

static const char SQL_ROUND_LATEST[] =
	"SELECT id FROM survey_rounds WHERE questionnaire = ?1 "
	"ORDER BY created_at DESC, id DESC LIMIT 1";
static const char SQL_ROUND_FIND[] =
	"SELECT id FROM survey_rounds WHERE questionnaire = ?1 AND name = ?2";
static const char SQL_ROUND_ADD[] =
	"INSERT INTO survey_rounds(questionnaire, name, created_at) VALUES (?1, ?2, ?3)";
static const char SQL_ROUND_EACH[] =
	"SELECT s.id, s.name, s.created_at, count(r.id), coalesce(min(r.updated_at), ''), "
	"coalesce(max(r.updated_at), '') FROM survey_rounds s "
	"LEFT JOIN respondents r ON r.round = s.id WHERE s.questionnaire = ?1 "
	"GROUP BY s.id ORDER BY s.created_at, s.id";
static const char SQL_ROUND_DROP_EMPTY[] =
	"DELETE FROM survey_rounds WHERE id = ?1 "
	"AND NOT EXISTS (SELECT 1 FROM respondents WHERE round = ?1)";

long store_round_find(struct store *st, const char *questionnaire, const char *name,
		      struct diag *d)
{
	struct store_rows r;
	if (!store_rows_open(&r, st, name ? SQL_ROUND_FIND : SQL_ROUND_LATEST, d))
		return -1;
	store_bind_text(r.s, 1, questionnaire);
	if (name)
		store_bind_text(r.s, 2, name);
	long id = store_rows_next(&r) ? (long)sqlite3_column_int64(r.s, 0) : 0;
	return store_rows_close(&r, N_("reading survey rounds"), d) ? id : -1;
}

long store_round_add(struct store *st, const char *questionnaire, const char *name,
		     const char *date, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ROUND_ADD, d);
	if (!s)
		return -1;
	store_bind_text(s, 1, questionnaire);
	store_bind_text(s, 2, name);
	store_bind_text(s, 3, date);
	if (!store_step_done(st, s, N_("saving a survey round"), d))
		return -1;
	return (long)sqlite3_last_insert_rowid(st->db);
}

bool store_round_each(struct store *st, const char *questionnaire,
		      bool (*fn)(const struct store_round *r, void *arg), void *arg,
		      struct diag *d)
{
	struct store_rows rows;
	if (!store_rows_open(&rows, st, SQL_ROUND_EACH, d))
		return false;
	store_bind_text(rows.s, 1, questionnaire);
	while (store_rows_next(&rows)) {
		struct store_round r = {
			.id = (long)sqlite3_column_int64(rows.s, 0),
			.name = (const char *)sqlite3_column_text(rows.s, 1),
			.created_at = (const char *)sqlite3_column_text(rows.s, 2),
			.respondents = (long)sqlite3_column_int64(rows.s, 3),
			.first = (const char *)sqlite3_column_text(rows.s, 4),
			.last = (const char *)sqlite3_column_text(rows.s, 5),
		};
		if (!fn(&r, arg))
			break;
	}
	return store_rows_close(&rows, N_("reading survey rounds"), d);
}

bool store_round_drop_if_empty(struct store *st, long round, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_ROUND_DROP_EMPTY, d);
	if (!s)
		return false;
	sqlite3_bind_int64(s, 1, round);
	return store_step_done(st, s, N_("removing an empty survey round"), d);
}
