/* Private to metrics/adoption*.c: the in-memory index of users. */
#ifndef CRMREADY_ADOPTION_INTERNAL_H
#define CRMREADY_ADOPTION_INTERNAL_H

#include <stdint.h>
#include <stdio.h>

#include "metrics.h"

/* Every account by number, with its id in a hash, and the roster facts the
 * weekly figures need. Memory grows with users, never with log rows. */
struct adoption_users {
	char **ids;               /* by num; NULL for unused numbers */
	bool *in_roster;
	int32_t *dept, *wave;     /* index into depts / waves; wave -1 = none */
	int64_t *licence_monday;  /* INT64_MIN: licensed from the start */
	size_t cap;               /* arrays hold nums 0..cap-1 */
	/* Open addressing with the id inline when it fits (Salesforce ids are
	 * 18 characters): a lookup touches one 32-byte slot, not three places. */
	struct adoption_slot {
		uint32_t hash, num;   /* num 0 = empty */
		uint8_t len;          /* 0: id longer than key, compare ids[num] */
		char key[23];
	} *slots;
	size_t nslots, count;
	char **depts, **waves;
	size_t ndepts, nwaves;
};

bool adoption_users_load(struct adoption_users *u, struct store *st, struct diag *d);
void adoption_users_release(struct adoption_users *u);
/* num of id, 0 when unknown. */
int64_t adoption_users_find(const struct adoption_users *u, const char *id, size_t len);
/* Record a new account (after store_adoption_account_add). */
void adoption_users_add(struct adoption_users *u, int64_t num, const char *id, size_t len);

/* Recompute the given weeks (Mondays, sorted, unique) and every week
 * between the first and last login that has no figures yet. */
bool adoption_weeks_recompute_touched(struct store *st, const int64_t *mondays, size_t n,
				      struct diag *d);

/* A tight RFC 4180 record reader for multi-gigabyte logs. csvx (libcsv)
 * calls back per field and copies every cell; this one splits records in
 * place in a 1 MB window and unquotes only quoted cells, which keeps
 * parsing a small part of the import (see docs/readme/07-adoption.md).
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
	bool scalar;              /* tests: never take the 64-byte fast path */
};
void adoption_csv_init(struct adoption_csv *r, const char *file, FILE *in);
void adoption_csv_release(struct adoption_csv *r);
/* 1 a record (r->cells, r->ncells), 0 end of file, -1 error in d. */
int adoption_csv_next(struct adoption_csv *r, struct diag *d);
/* Bytes consumed so far. */
uint64_t adoption_csv_offset(const struct adoption_csv *r);

#endif
