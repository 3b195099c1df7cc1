/* Private to adoption/: the in-memory index of users. */
#ifndef CRMREADY_ADOPTION_INTERNAL_H
#define CRMREADY_ADOPTION_INTERNAL_H

#include <stdint.h>
#include <stdio.h>

#include "../core/csvx.h"
#include "adoption.h"

/* Every account by number, with its id in a hash, and the roster facts the
 * weekly figures need. Memory grows with users, never with log rows. */
struct adoption_users {
	char **ids;               /* by num; NULL for unused numbers */
	bool *in_roster;
	int32_t *dept, *wave;     /* index into depts / waves; wave -1 = none */
	int32_t *role;            /* index into roles; -1 = no role */
	int64_t *licence_monday;  /* INT64_MIN: licensed from the start */
	int64_t *licence_end;     /* day it ends (not licensed from then on): INT64_MAX
				     no end; INT64_MIN excluded (--exclude), never counted */
	size_t cap;               /* arrays hold nums 0..cap-1 */
	/* Open addressing with the id inline when it fits (Salesforce ids are
	 * 18 characters): a lookup touches one 32-byte slot, not three places. */
	struct adoption_slot {
		uint32_t hash, num;   /* num 0 = empty */
		uint8_t len;          /* 0: id longer than key, compare ids[num] */
		char key[23];
	} *slots;
	size_t nslots, count;
	char **depts, **waves, **roles;
	size_t ndepts, nwaves, nroles;
};

bool adoption_users_load(struct adoption_users *u, struct store *st, struct diag *d);
/* Licensed in the week of monday: in the roster, not excluded, licence
 * started by the week's Sunday and not ended by its Monday (licensed at
 * least one day of the week). */
static inline bool adoption_users_licensed(const struct adoption_users *u, int64_t num,
					   int64_t monday)
{
	return u->in_roster[num] &&
	       (u->licence_monday[num] == INT64_MIN || u->licence_monday[num] <= monday) &&
	       u->licence_end[num] > monday;
}
void adoption_users_release(struct adoption_users *u);
/* num of id, 0 when unknown. */
int64_t adoption_users_find(const struct adoption_users *u, const char *id, size_t len);
/* The same in steps, for a stream of lookups: hash an id early, prefetch
 * its slot, look it up a few ids later when the slot is in the cache. */
uint64_t adoption_users_hash(const char *id, size_t len);
void adoption_users_prefetch(const struct adoption_users *u, uint64_t h);
int64_t adoption_users_find_hashed(const struct adoption_users *u, const char *id, size_t len,
				   uint64_t h);
/* The other form of a Salesforce id into alt (19 bytes): the 18-character
 * form of a 15-character id (its checksum appended), or the 15 characters
 * of an 18-character id whose checksum is right. 0 when id is neither. */
size_t adoption_sfid_other(const char *id, size_t len, char alt[19]);
/* Record a new account (after store_adoption_account_add). */
void adoption_users_add(struct adoption_users *u, int64_t num, const char *id, size_t len);

/* Department or wave names by their text_match_key (adoption_names.c). */
struct adoption_spellings {
	struct adoption_spelling_group *g;
	size_t n, cap;
	uint32_t *slot;           /* 1 + index into g; 0 empty */
	size_t nslots;
};
/* A name already in the workspace: the spelling its group keeps. */
void adoption_spelling_known(struct adoption_spellings *sp, const char *name);
/* The name *cell (malloc'd) is stored as: its group's (the first spelling
 * seen, trimmed); "" when it holds nothing but spaces and marks. */
void adoption_spelling_use(struct adoption_spellings *sp, char **cell);
/* The groups with other spellings go to res->merged; sp is emptied. */
void adoption_spellings_done(struct adoption_spellings *sp, bool wave,
			     struct adoption_roster_result *res);

/* Record a log import (file, its rows and their span, adoption_imports)
 * and give res how far this log and all the logs reach, and the week in
 * progress (adoption_log.c). Inside the import's transaction. */
struct adoption_row_counts;
bool adoption_import_record(struct store *st, const char *file,
			    const struct adoption_row_counts *c,
			    struct adoption_import_result *res, struct diag *d);

/* The managers of the users numbered nums (this import's): a manager
 * named by a user's name becomes that roster user's id; one neither an id
 * nor one user's name stays as written and is counted in res
 * (adoption_teams.c). Inside the roster import's transaction. */
bool adoption_managers_resolve(struct store *st, const int64_t *nums, size_t n,
			       struct adoption_roster_result *res, struct diag *d);

/* The Mondays of the first logged week and of the last complete week
 * (adoption_cohorts.c); false when there is none (or on an error: *ok). */
bool adoption_weeks_counted(struct store *st, int64_t *first, int64_t *last, bool *ok,
			    struct diag *d);

/* Choose r->least among r->groups (adoption_report.c): called again once
 * small groups are merged (adoption_report_min_group). */
void adoption_report_least(struct adoption_report *r);
/* The most weeks the logins may span (20 years): beyond, a time is wrong. */
enum { ADOPTION_MAX_SPAN_WEEKS = 20 * 53 };

/* Recompute the given weeks (Mondays, sorted, unique), the three after
 * each (stickiness: their monthly active users include it) and every week
 * between the first login and the week the logs reach that has no figures
 * yet; *done weeks were recomputed, from *first to *last. */
bool adoption_weeks_recompute_touched(struct store *st, const int64_t *mondays, size_t n,
				      size_t *done, int64_t *first, int64_t *last,
				      struct diag *d);

/* A tight RFC 4180 record reader for multi-gigabyte logs. csvx (libcsv)
 * calls back per field and copies every cell; this one splits records in
 * place in a 1 MB window and unquotes only quoted cells, which keeps
 * parsing a small part of the import.
 * Cells are not NUL-terminated and live until the next call. */
struct adoption_cell {
	const char *s;
	size_t len;
};
struct adoption_csv {
	const char *file;
	FILE *in;
	char *buf;
	size_t cap, len, pos;
	bool eof;
	uint64_t consumed;        /* bytes before buf[0] */
	long row, line;           /* row of the record returned; its first line */
	long next_line;
	struct adoption_cell *cells;
	size_t ncells, cells_cap;
	uint64_t want;            /* bit i: cell i is read; 0: every cell. Cell 0
				     is always read; cells not asked for may
				     hold anything (ncells still counts them) */
	bool scalar;              /* tests: never take the 64-byte fast path */
	bool sep_checked;         /* the first read looked for a "sep=" line */
	char delim;               /* the format's, else found in the header line */
	struct csvx_skipped skip; /* rows of empty cells, blank lines, the footer */
};
void adoption_csv_init(struct adoption_csv *r, const char *file, FILE *in);
void adoption_csv_release(struct adoption_csv *r);
/* 1 a record (r->cells, r->ncells), 0 end of file, -1 error in d. */
int adoption_csv_next(struct adoption_csv *r, struct diag *d);
/* Bytes consumed so far. */
uint64_t adoption_csv_offset(const struct adoption_csv *r);

/* The columns of a log that the import reads (-1 when absent), by the
 * header or --map. */
struct adoption_columns {
	int user, time, event, status, action, object;
	char *names[6];   /* header names of those columns, for messages */
	size_t need;      /* a row must have at least this many cells */
	const struct adoption_times *times;   /* how the time column reads (NULL: ISO) */
	/* An activity log (an action or object column, or either given for
	 * every row): rows are actions of a kind, logins only when the action
	 * says so (adoption_action_is_login). */
	bool activity;
	const struct adoption_log_kind *kind;  /* the file's object and action, may be NULL */
};

/* The reader thread (adoption_rows.c): rows read, checked and counted on a
 * second core; successful logins handed over in chunks. */
struct adoption_login {
	int64_t ts;
	uint64_t hash;            /* adoption_users_hash of the id */
	uint32_t id_off, id_len;  /* the user id in the chunk's ids */
	/* An action: its kind's text (object, '\x1f', action) in the chunk's
	 * ids; kind_len 0 for a login. */
	uint32_t kind_off, kind_len;
};
struct adoption_chunk {
	struct adoption_login *logins;
	size_t n;
	char *ids;
	size_t ids_len, ids_cap;
};
struct adoption_row_counts {
	long rows, successes, failures;
	size_t errors;            /* bad rows reported */
	bool has_times;           /* first_ts, last_ts: of every good row, failed */
	int64_t first_ts, last_ts;  /* logins included (how far the log reaches) */
};
struct adoption_rows;
/* Start reading the rows after the header with r (which the thread owns
 * until adoption_rows_finish). */
bool adoption_rows_start(struct adoption_rows **rs, struct adoption_csv *r,
			 const struct adoption_columns *c,
			 const struct adoption_progress *progress, uint64_t size, struct diag *d);
/* The next chunk in file order, NULL when there are no more; hand it back
 * with adoption_rows_release_chunk before asking for the next. */
const struct adoption_chunk *adoption_rows_next(struct adoption_rows *rs);
void adoption_rows_release_chunk(struct adoption_rows *rs);
/* Stop the reader (early, if it is still going) and join it; its messages
 * go to d, its counts to *counts (may be NULL). False when a row was bad
 * or the file could not be read: nothing may be kept. */
bool adoption_rows_finish(struct adoption_rows *rs, struct adoption_row_counts *counts,
			  struct diag *d);

/* The kinds of action of the workspace by their text (object, '\x1f',
 * action), for an import to number each row's kind (adoption_actions.c).
 * Few kinds: the last one found is tried first. */
struct adoption_kinds {
	struct adoption_kind_entry { char *text; size_t len; int64_t id; } *k;
	size_t n, cap, last;
};
bool adoption_kinds_load(struct adoption_kinds *ks, struct store *st, struct diag *d);
/* The id of a kind's text, added to the workspace when new (0: error in d). */
int64_t adoption_kinds_id(struct adoption_kinds *ks, struct store *st, const char *text,
			  size_t len, struct diag *d);
void adoption_kinds_release(struct adoption_kinds *ks);
/* An action cell that stands for a login ("login", "logged in", "Login"):
 * an activity log's logins stay logins. */
bool adoption_action_is_login(const char *s, size_t len);

#endif
