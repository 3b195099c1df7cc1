#include "outfile.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "xalloc.h"

/* Temporaries alive now, for the signal handler: fixed buffers, because
 * only unlink() may be called there. */
enum { SLOTS = 8, PATH_MAX_LEN = 4096 };
static char live[SLOTS][PATH_MAX_LEN];
static volatile sig_atomic_t in_use[SLOTS];
static int nlive;

void outfile_abort_all(void)
{
	for (int i = 0; i < SLOTS; i++)
		if (in_use[i])
			unlink(live[i]);
}

static void on_signal(int sig)
{
	outfile_abort_all();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void watch(bool on)
{
	void (*handler)(int) = on ? on_signal : SIG_DFL;
	signal(SIGINT, handler);
	signal(SIGTERM, handler);
	signal(SIGHUP, handler);
	signal(SIGPIPE, handler);   /* a reader of "-" that went away */
}

static int take_slot(const char *tmp)
{
	for (int i = 0; i < SLOTS; i++)
		if (!in_use[i] && strlen(tmp) < PATH_MAX_LEN) {
			strcpy(live[i], tmp);
			in_use[i] = 1;
			if (nlive++ == 0)
				watch(true);
			return i;
		}
	return -1;
}

static void drop_slot(struct outfile *o)
{
	if (o->slot < 0)
		return;
	in_use[o->slot] = 0;
	o->slot = -1;
	if (--nlive == 0)
		watch(false);
}

/* The directory part of path ("." when none), malloc'd. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

bool outfile_is_stdout(const char *path)
{
	return !strcmp(path, "-");
}

/* What writing path replaces: the file a symlink (or a chain of them, even
 * a dangling one) points to, else path itself. malloc'd; NULL for a loop. */
static char *link_target(const char *path)
{
	struct stat sb;
	char *cur = xstrdup(path);
	for (int hop = 0; lstat(cur, &sb) == 0 && S_ISLNK(sb.st_mode); hop++) {
		if (hop == 40) {
			free(cur);
			return NULL;
		}
		char buf[PATH_MAX];
		ssize_t n = readlink(cur, buf, sizeof buf - 1);
		if (n < 0)
			break;
		buf[n] = '\0';
		char *dir = dir_of(cur);
		char *next = buf[0] == '/' ? xstrdup(buf) : xasprintf("%s/%s", dir, buf);
		free(dir);
		free(cur);
		cur = next;
	}
	return cur;
}

/* The name part of a temporary for base: base itself, cut so that
 * ".BASE.tmp-XXXXXX" fits in a file name (a long but valid output name
 * must not fail for its temporary's sake). malloc'd. */
static char *temp_base(const char *base)
{
	enum { ROOM = NAME_MAX - sizeof ".tmp-XXXXXX" };   /* the leading dot counted */
	size_t n = strlen(base);
	if (n > ROOM)
		for (n = ROOM; n && ((unsigned char)base[n] & 0xC0) == 0x80; n--)
			;   /* not inside a UTF-8 character */
	return xstrndup(base, n);
}

/* Remove the temporaries of base in dir that a killed run left: named as
 * outfile_open names them, not locked by a live run, and older than a
 * second (a live run locks its temporary a moment after creating it). */
static void remove_leftovers(const char *dir, const char *base)
{
	DIR *dp = opendir(dir);
	if (!dp)
		return;
	char *prefix = xasprintf(".%s.tmp-", base);
	size_t plen = strlen(prefix);
	time_t now = time(NULL);
	struct dirent *e;
	while ((e = readdir(dp))) {
		if (strncmp(e->d_name, prefix, plen) || strlen(e->d_name + plen) != 6)
			continue;
		char *name = xasprintf("%s/%s", dir, e->d_name);
		int fd = open(name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
		struct stat sb;
		if (fd >= 0 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    now - sb.st_mtime > 1 && flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlink(name);
		if (fd >= 0)
			close(fd);
		free(name);
	}
	closedir(dp);
	free(prefix);
}

/* The temporary for o: beside the target, or in $TMPDIR for a target
 * written through. */
static bool make_temp(struct outfile *o, const char *dir, const char *noun, struct diag *d)
{
	if (o->through) {
		const char *tmpdir = getenv("TMPDIR");
		tmpdir = tmpdir && *tmpdir ? tmpdir : "/tmp";
		remove_leftovers(tmpdir, "crmready-out");
		o->tmp = xasprintf("%s/.crmready-out.tmp-XXXXXX", tmpdir);
	} else {
		char *base = temp_base(strrchr(o->target, '/') ? strrchr(o->target, '/') + 1 : o->target);
		remove_leftovers(dir, base);
		o->tmp = xasprintf("%s/.%s.tmp-XXXXXX", dir, base);
		free(base);
	}
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		diag_fail(d, EXIT_CANTCREAT, _("%s: cannot create the %s: %s"), o->path, noun,
			  i18n_strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return false;
	}
	o->slot = take_slot(o->tmp);
	/* The lock lives on a second descriptor of the same open file, so it
	 * outlasts outfile_close_stream. */
	o->lock = dup(fd);
	if (o->lock >= 0)
		flock(o->lock, LOCK_EX | LOCK_NB);
	/* mkstemp makes the file private; an output gets the mode of the file
	 * it replaces (a report kept private stays private), else the usual. */
	mode_t mask = umask(0);
	umask(mask);
	struct stat old;
	mode_t mode = !o->through && stat(o->target, &old) == 0 ? old.st_mode & 07777 : 0666 & ~mask;
	if (fchmod(fd, mode) != 0 || !(o->f = fdopen(fd, "w"))) {
		diag_fail(d, EXIT_CANTCREAT, _("%s: cannot create the %s: %s"), o->path, noun,
			  i18n_strerror(errno));
		close(fd);
		outfile_abort(o);
		return false;
	}
	return true;
}

bool outfile_open(struct outfile *o, const char *path, const char *noun, struct diag *d)
{
	memset(o, 0, sizeof *o);
	o->path = path;
	o->slot = -1;
	o->lock = -1;
	size_t len = strlen(path);
	if (!len) {
		diag_fail(d, EXIT_USAGE, _("the name of the %s is empty: give a file name, or - for "
			  "standard output"), noun);
		return false;
	}
	struct stat sb;
	if (path[len - 1] == '/' || (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))) {
		diag_fail(d, EXIT_CANTCREAT, _("%s: is a directory, expected the name of the %s to "
			  "write"), path, noun);
		return false;
	}
	o->target = outfile_is_stdout(path) ? xstrdup(path) : link_target(path);
	if (!o->target) {
		diag_fail(d, EXIT_CANTCREAT, _("%s: cannot create the %s: too many levels of symbolic "
			  "links (a loop?)"), path, noun);
		return false;
	}
	o->through = outfile_is_stdout(path) ||
		     (stat(o->target, &sb) == 0 && !S_ISREG(sb.st_mode));
	char *dir = dir_of(o->target);
	bool exists = stat(dir, &sb) == 0, dir_ok = o->through || (exists && S_ISDIR(sb.st_mode));
	if (!dir_ok)
		diag_fail(d, EXIT_CANTCREAT, _("%s: cannot create the %s: directory %s %s"), path, noun,
			  dir, exists ? _("is not a directory") : _("does not exist"));
	bool ok = dir_ok && make_temp(o, dir, noun, d);
	free(dir);
	if (!ok) {
		free(o->target);
		o->target = NULL;
	}
	return ok;
}

/* Copy the finished temporary to a target written through. */
static bool copy_through(struct outfile *o, struct diag *d)
{
	int in = open(o->tmp, O_RDONLY);
	int out = outfile_is_stdout(o->path) ? STDOUT_FILENO : open(o->target, O_WRONLY);
	if (outfile_is_stdout(o->path))
		fflush(stdout);
	bool ok = in >= 0 && out >= 0;
	char buf[1 << 16];
	ssize_t n = 0;
	while (ok && (n = read(in, buf, sizeof buf)) != 0) {
		if (n < 0) {
			ok = errno == EINTR;
			continue;
		}
		for (ssize_t done = 0; ok && done < n;) {
			ssize_t w = write(out, buf + done, (size_t)(n - done));
			if (w > 0)
				done += w;
			else
				ok = w < 0 && errno == EINTR;
		}
	}
	if (!ok)
		diag_fail(d, EXIT_IOERR, _("%s: write error: %s"), o->path, i18n_strerror(errno));
	if (in >= 0)
		close(in);
	if (out >= 0 && out != STDOUT_FILENO)
		close(out);
	return ok;
}

void outfile_close_stream(struct outfile *o)
{
	if (o->f) {
		fclose(o->f);
		o->f = NULL;
	}
}

bool outfile_commit(struct outfile *o, struct diag *d)
{
	if (!o->tmp)
		return false;
	bool ok = true;
	if (o->f) {
		ok = fflush(o->f) == 0 && !ferror(o->f);
		ok = fclose(o->f) == 0 && ok;
		o->f = NULL;
		if (!ok)
			diag_fail(d, EXIT_IOERR, _("%s: write error: %s"), o->path, i18n_strerror(errno));
	}
	if (ok && o->through) {
		ok = copy_through(o, d);
		if (ok)
			unlink(o->tmp);
	} else if (ok && rename(o->tmp, o->target) != 0) {
		diag_fail(d, EXIT_CANTCREAT, _("%s: cannot replace it: %s"), o->path, i18n_strerror(errno));
		ok = false;
	}
	if (ok) {
		drop_slot(o);
		free(o->tmp);
		o->tmp = NULL;
		outfile_abort(o);
		return true;
	}
	outfile_abort(o);
	return false;
}

void outfile_abort(struct outfile *o)
{
	if (o->f) {
		fclose(o->f);
		o->f = NULL;
	}
	if (o->tmp) {
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
	}
	/* target is set only between open and the end: an outfile that was
	 * never opened ({ .slot = -1 }) has no lock to close */
	if (o->target && o->lock >= 0)
		close(o->lock);
	o->lock = -1;
	free(o->target);
	o->target = NULL;
	drop_slot(o);
}

bool outfile_same_file(const char *a, const char *b)
{
	if (outfile_is_stdout(a) || outfile_is_stdout(b))
		return false;
	struct stat sa, sb;
	bool has_a = stat(a, &sa) == 0, has_b = stat(b, &sb) == 0;
	if (has_a && has_b)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino && S_ISREG(sa.st_mode);
	if (has_a || has_b)
		return false;
	/* Neither exists yet: where each would be created, the folder of what
	 * a symlink points to resolved. */
	char *where[2];
	const char *given[2] = { a, b };
	for (int i = 0; i < 2; i++) {
		char *target = link_target(given[i]);
		if (!target)
			target = xstrdup(given[i]);   /* a loop: outfile_open refuses it */
		char *dir = dir_of(target);
		const char *base = strrchr(target, '/') ? strrchr(target, '/') + 1 : target;
		char *real = realpath(dir, NULL);
		where[i] = xasprintf("%s/%s", real ? real : dir, base);
		free(real);
		free(dir);
		free(target);
	}
	bool same = !strcmp(where[0], where[1]);
	free(where[0]);
	free(where[1]);
	return same;
}
