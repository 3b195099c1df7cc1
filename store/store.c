#include "store_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "../core/embedded.h"
#include "../core/i18n.h"
#include "../core/text.h"
#include "../core/xalloc.h"

/* 'CRMR': marks a file as a crmready workspace. */
enum { APPLICATION_ID = 0x43524d52, BUSY_TIMEOUT_MS = 30000 };

static int migration_number(const char *name)
{
	return atoi(name);
}

int store_schema_version(void)
{
	int v = 0;
	for (const struct embedded_file *f = store_migration_files; f->name; f++)
		if (migration_number(f->name) > v)
			v = migration_number(f->name);
	return v;
}

/* SQLite's message, with the system's reason when the OS said no (a full
 * disk, a file size limit, a read-only directory). */
static char *error_text(struct store *st, const char *msg)
{
	int code = sqlite3_extended_errcode(st->db) & 0xff;
	int sys = sqlite3_system_errno(st->db);
	if (sys && (code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN ||
		    code == SQLITE_READONLY || code == SQLITE_PERM))
		return xasprintf("%s (%s)", msg, i18n_strerror(sys));
	return xstrdup(msg);
}

void store_error(struct store *st, const char *what, struct diag *d)
{
	int code = sqlite3_extended_errcode(st->db);
	int exit_code = EXIT_IOERR;   /* a full disk too, as for every output */
	switch (code & 0xff) {
	case SQLITE_CONSTRAINT: exit_code = EXIT_DATAERR; break;
	case SQLITE_READONLY:
	case SQLITE_CANTOPEN:
	case SQLITE_PERM: exit_code = EXIT_CANTCREAT; break;
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT: exit_code = EXIT_DATAERR; break;
	case SQLITE_NOMEM: exit_code = EXIT_NOMEM; break;
	}
	char *msg = error_text(st, sqlite3_errmsg(st->db));
	diag_fail(d, exit_code, "%s: %s: %s", st->path, tr(what), msg);
	free(msg);
}

sqlite3_stmt *store_stmt(struct store *st, const char *sql, struct diag *d)
{
	for (size_t i = 0; i < st->nstmts; i++)
		if (st->stmts[i].sql == sql) {
			sqlite3_stmt *s = st->stmts[i].stmt;
			sqlite3_reset(s);
			sqlite3_clear_bindings(s);
			return s;
		}
	sqlite3_stmt *s;
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		store_error(st, N_("preparing a statement"), d);
		return NULL;
	}
	XGROW(st->stmts, st->cap, st->nstmts + 1);
	st->stmts[st->nstmts].sql = sql;
	st->stmts[st->nstmts].stmt = s;
	st->nstmts++;
	return s;
}

static bool exec(struct store *st, const char *sql, const char *what, struct diag *d)
{
	char *err = NULL;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		int code = sqlite3_extended_errcode(st->db) & 0xff;
		char *msg = error_text(st, err ? err : sqlite3_errmsg(st->db));
		if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
			diag_fail(d, EXIT_IOERR, _("%s: %s: the workspace is busy: another command has "
				  "writing it (waited %d s); try again when it has finished"), st->path,
				  what, BUSY_TIMEOUT_MS / 1000);
		else if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
			diag_fail(d, EXIT_DATAERR, _("%s is not a crmready workspace or is damaged "
				  "(%s: %s); nothing was changed"), st->path, what, msg);
		else
			diag_fail(d, code == SQLITE_READONLY || code == SQLITE_CANTOPEN ? EXIT_CANTCREAT
				  : EXIT_IOERR, "%s: %s: %s", st->path, what, msg);
		free(msg);
		sqlite3_free(err);
		return false;
	}
	return true;
}

/* The first read of a file: one that is not a workspace fails here. */
static void schema_read_error(struct store *st, struct diag *d)
{
	int code = sqlite3_extended_errcode(st->db) & 0xff;
	if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
		diag_fail(d, EXIT_DATAERR, _("%s is not a crmready workspace (%s)"),
			  st->path, sqlite3_errmsg(st->db));
	else
		store_error(st, N_("reading the schema version"), d);
}

static bool pragma_int(struct store *st, const char *sql, int *out, struct diag *d)
{
	sqlite3_stmt *s;
	if (sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) != SQLITE_OK) {
		schema_read_error(st, d);
		return false;
	}
	int rc = sqlite3_step(s);
	*out = rc == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
	sqlite3_finalize(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		schema_read_error(st, d);
		return false;
	}
	return true;
}

/* Bring the schema to this binary's version in one transaction. */
static bool migrate(struct store *st, struct diag *d)
{
	int app, version, tables;
	if (!pragma_int(st, "PRAGMA application_id", &app, d) ||
	    !pragma_int(st, "PRAGMA user_version", &version, d) ||
	    !pragma_int(st, "SELECT count(*) FROM sqlite_master", &tables, d))
		return false;
	if (app != APPLICATION_ID && (app != 0 || tables > 0)) {
		diag_fail(d, EXIT_DATAERR,
			  _("%s is an SQLite database but not a crmready workspace"), st->path);
		return false;
	}
	int latest = store_schema_version();
	if (version > latest) {
		diag_fail(d, EXIT_DATAERR,
			  _("%s has workspace schema version %d, newer than this crmready "
			    "understands (%d); use a newer crmready"), st->path, version, latest);
		return false;
	}
	if (version == latest)
		return true;
	if (!exec(st, "BEGIN IMMEDIATE", _("starting the schema migration"), d))
		return false;
	/* Another process may have migrated while we waited for the lock. */
	if (!pragma_int(st, "PRAGMA user_version", &version, d))
		goto fail;
	for (const struct embedded_file *f = store_migration_files; f->name; f++) {
		if (migration_number(f->name) <= version)
			continue;
		char *what = xasprintf(_("applying migration %s"), f->name);
		bool ok = exec(st, f->data, what, d);
		free(what);
		if (!ok)
			goto fail;
	}
	char *set = xasprintf("PRAGMA application_id = %d; PRAGMA user_version = %d",
			      APPLICATION_ID, latest);
	bool ok = exec(st, set, _("recording the schema version"), d);
	free(set);
	if (!ok || !exec(st, "COMMIT", _("committing the schema migration"), d))
		goto fail;
	return true;
fail:
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return false;
}

/* The folder path is in: "." for a bare name, "/" for a file at the root
 * (malloc'd). */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

/* 0 when this process may write path and create its -wal and -shm files
 * next to it; else the errno saying why not (EROFS, EACCES). */
static int folder_not_writable(const char *path)
{
	char *dir = dir_of(path);
	int e = access(dir, W_OK) != 0 ? errno : 0;
	free(dir);
	return e;
}

static int not_writable(const char *path)
{
	return access(path, W_OK) != 0 ? errno : folder_not_writable(path);
}

/* "file:PATH?immutable=1" with PATH percent-encoded: a workspace on
 * read-only media (no -shm can be made) read as it is. */
static char *immutable_uri(const char *path)
{
	struct sbuf b;
	sbuf_init(&b);
	sbuf_adds(&b, "file:");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("/-_.~", *p))
			sbuf_addc(&b, (char)*p);
		else
			sbuf_addf(&b, "%%%02X", *p);
	sbuf_adds(&b, "?immutable=1");
	return sbuf_detach(&b);
}

bool store_fs_is_network(unsigned long f_type)
{
	static const unsigned long network[] = {
		0x6969,         /* NFS */
		0x517B,         /* SMB */
		0xFF534D42,     /* CIFS */
		0xFE534D42,     /* SMB2 */
		0x65735546,     /* FUSE: sshfs, rclone, s3fs ... */
		0x5346414F,     /* AFS */
		0x73757245,     /* Coda */
		0x564C,         /* NCP */
		0x01021997,     /* 9P */
		0x00C36400,     /* Ceph */
		0x0BD00BD0,     /* Lustre */
		0x01161970,     /* GFS2 */
		0x7461636F,     /* OCFS2 */
	};
	for (size_t i = 0; i < sizeof network / sizeof *network; i++)
		if (f_type == network[i])
			return true;
	return false;
}

/* The file system of path's folder is a network one (see store.h). */
static bool on_network(const char *path)
{
	char *dir = dir_of(path);
	struct statfs fs;
	bool network = statfs(dir, &fs) == 0 && store_fs_is_network((unsigned long)fs.f_type);
	free(dir);
	return network;
}

/* The system's date in UTC, until the command line says which day it is. */
static void system_today(char out[11])
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(out, 11, "%Y-%m-%d", &tm);
}

struct store *store_open(const char *path, enum store_mode mode, struct diag *d)
{
	struct store *st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	system_today(st->today);
	struct stat sb;
	st->exists = stat(path, &sb) == 0;
	if (!st->exists && errno != ENOENT && errno != ENOTDIR) {
		/* a symlink loop or a folder that cannot be searched is not "no
		 * workspace yet": read as empty it would report an empty
		 * engagement, and a failed write would remove the link as a
		 * workspace it had created */
		diag_fail(d, mode == STORE_WRITE ? EXIT_CANTCREAT : EXIT_NOINPUT,
			  _("cannot open workspace %s: %s"), path, i18n_strerror(errno));
		goto fail;
	}
	if (st->exists && !S_ISREG(sb.st_mode)) {
		/* SQLite would open a device and leave a -journal beside it */
		diag_fail(d, mode == STORE_WRITE ? EXIT_CANTCREAT : EXIT_NOINPUT,
			  _("%s is %s, not a workspace file"), path,
			  S_ISDIR(sb.st_mode) ? _("a directory") : S_ISCHR(sb.st_mode) ? _("a character device") :
			  S_ISFIFO(sb.st_mode) ? _("a named pipe") : S_ISSOCK(sb.st_mode) ? _("a socket") :
			  _("a special file"));
		goto fail;
	}
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
	const char *target = path;
	char *uri = NULL;
	int ro = st->exists ? not_writable(path) : 0;
	if (ro && mode == STORE_WRITE) {
		diag_fail(d, EXIT_CANTCREAT, _("cannot write workspace %s: %s (the file or its folder "
			  "is read-only)"), path, i18n_strerror(ro));
		goto fail;
	}
	int nofolder = !st->exists && mode == STORE_WRITE ? folder_not_writable(path) : 0;
	if (nofolder) {
		diag_fail(d, EXIT_CANTCREAT, _("cannot create workspace %s: %s"), path,
			  i18n_strerror(nofolder));
		goto fail;
	}
	if (ro) {
		/* Read a read-only workspace as it is, unless a -wal file holds
		 * changes not yet in the main file: SQLite reads those itself. */
		char *wal = xasprintf("%s-wal", path);
		bool has_wal = stat(wal, &sb) == 0 && sb.st_size > 0;
		free(wal);
		flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX;
		if (!has_wal) {
			uri = immutable_uri(path);
			target = uri;
			flags |= SQLITE_OPEN_URI;
		}
	}
	if (!st->exists) {
		if (mode == STORE_READ) {
			/* An empty workspace that leaves no file behind. */
			target = ":memory:";
		}
		flags |= SQLITE_OPEN_CREATE;
		st->created = mode == STORE_WRITE;
	}
	if (sqlite3_open_v2(target, &st->db, flags, NULL) != SQLITE_OK) {
		char *msg = st->db ? error_text(st, sqlite3_errmsg(st->db)) : xstrdup(_("out of memory"));
		diag_fail(d, EXIT_CANTCREAT, _("cannot open workspace %s: %s"), path, msg);
		free(msg);
		free(uri);
		goto fail;
	}
	free(uri);
	sqlite3_extended_result_codes(st->db, 1);
	sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
	int dummy;
	/* Touch the file first: a non-SQLite file fails here, clearly. */
	if (!pragma_int(st, "PRAGMA schema_version", &dummy, d))
		goto fail;
	if ((st->exists && !ro) || mode == STORE_WRITE) {
		/* WAL needs shared memory that a network file system does not
		 * share between machines: there, a rollback journal. */
		bool network = on_network(path);
		if (!exec(st, network ? "PRAGMA journal_mode = DELETE" : "PRAGMA journal_mode = WAL",
			  _("choosing the journal"), d))
			goto fail;
		if (network && st->created)
			diag_at(d, DIAG_WARNING, 0, NULL, 0, 0, _("%s is on a network file system: the "
				"workspace uses a rollback journal (WAL is not safe there); let one person "
				"write at a time"), path);
	}
	if (!exec(st, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL",
		  _("configuring the connection"), d))
		goto fail;
	if (!migrate(st, d))
		goto fail;
	return st;
fail:
	store_close(st);
	return NULL;
}

static void remove_workspace_files(const char *path)
{
	static const char *const suffixes[] = { "", "-wal", "-shm", "-journal" };
	for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
		char *f = xasprintf("%s%s", path, suffixes[i]);
		unlink(f);
		free(f);
	}
}

void store_close(struct store *st)
{
	if (!st)
		return;
	if (st->in_tx)
		store_rollback(st);
	for (size_t i = 0; i < st->nstmts; i++)
		sqlite3_finalize(st->stmts[i].stmt);
	free(st->stmts);
	if (st->db)
		sqlite3_close(st->db);
	/* A command that failed before its first commit leaves no workspace
	 * behind where there was none: the folder is as it was. */
	if (st->created && !st->committed)
		remove_workspace_files(st->path);
	free(st->path);
	free(st);
}

const char *store_path(const struct store *st)
{
	return st->path;
}

bool store_exists(const struct store *st)
{
	return st->exists;
}

bool store_begin(struct store *st, struct diag *d)
{
	if (!exec(st, "BEGIN IMMEDIATE", _("starting a transaction"), d))
		return false;
	st->in_tx = true;
	return true;
}

bool store_commit(struct store *st, struct diag *d)
{
	if (!exec(st, "COMMIT", _("committing"), d)) {
		store_rollback(st);
		return false;
	}
	st->in_tx = false;
	st->committed = true;
	return true;
}

void store_rollback(struct store *st)
{
	if (st->in_tx)
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_tx = false;
}

static const char SQL_META_GET[] = "SELECT value FROM meta WHERE key = ?1";
static const char SQL_META_SET[] =
	"INSERT INTO meta(key, value) VALUES (?1, ?2) "
	"ON CONFLICT(key) DO UPDATE SET value = excluded.value";

char *store_meta_get(struct store *st, const char *key)
{
	struct diag d;
	diag_init(&d);
	sqlite3_stmt *s = store_stmt(st, SQL_META_GET, &d);
	diag_release(&d);
	if (!s)
		return NULL;
	store_bind_text(s, 1, key);
	char *v = sqlite3_step(s) == SQLITE_ROW ? store_col_text(s, 0) : NULL;
	sqlite3_reset(s);
	return v;
}

bool store_organisation_valid(const char *name, const char *what, struct diag *d)
{
	size_t n = strlen(name);
	bool blank = strspn(name, " \t") == n;
	bool control = false;
	for (size_t i = 0; i < n; i++)
		control |= (unsigned char)name[i] < 0x20 || name[i] == 0x7f;
	if (!blank && !control && n <= 200 && utf8_valid(name, n, NULL))
		return true;
	diag_fail(d, EXIT_USAGE, _("%s: expected a name of 1 to 200 characters on one line (UTF-8)"),
		  what);
	return false;
}

bool store_meta_set(struct store *st, const char *key, const char *value, struct diag *d)
{
	sqlite3_stmt *s = store_stmt(st, SQL_META_SET, d);
	if (!s)
		return false;
	store_bind_text(s, 1, key);
	store_bind_text(s, 2, value);
	return store_step_done(st, s, N_("saving a setting"), d);
}

long store_min_group(struct store *st)
{
	char *v = store_exists(st) ? store_meta_get(st, "min_group") : NULL;
	long n = STORE_MIN_GROUP_DEFAULT;
	if (v && !text_parse_long(v, STORE_MIN_GROUP_MIN, STORE_MIN_GROUP_MAX, &n))
		n = STORE_MIN_GROUP_DEFAULT;
	free(v);
	return n;
}

bool store_min_group_choose(struct store *st, const long *requested, long *out)
{
	if (!requested) {
		*out = st ? store_min_group(st) : STORE_MIN_GROUP_DEFAULT;
		return true;
	}
	if (*requested < STORE_MIN_GROUP_MIN)
		return false;
	*out = *requested;
	return true;
}

bool store_min_group_set(struct store *st, long n, struct diag *d)
{
	char v[24];
	snprintf(v, sizeof v, "%ld", n);
	return store_meta_set(st, "min_group", v, d);
}

void store_set_today(struct store *st, const char day[11])
{
	memcpy(st->today, day, sizeof st->today - 1);
	st->today[sizeof st->today - 1] = '\0';
}

const char *store_today(const struct store *st)
{
	return st->today;
}
