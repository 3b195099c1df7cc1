#include "outfile.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

bool outfile_open(struct outfile *o, const char *path, const char *noun, struct diag *d)
{
	memset(o, 0, sizeof *o);
	o->path = path;
	o->slot = -1;
	struct stat sb;
	size_t len = strlen(path);
	if (!len || path[len - 1] == '/' || (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode))) {
		diag_fail(d, EXIT_CANTCREAT, "%s: is a directory, expected the name of the %s to "
			  "write", path, noun);
		return false;
	}
	char *dir = dir_of(path);
	bool exists = stat(dir, &sb) == 0, dir_ok = exists && S_ISDIR(sb.st_mode);
	if (!dir_ok)
		diag_fail(d, EXIT_CANTCREAT, "%s: cannot create the %s: directory %s %s", path, noun,
			  dir, exists ? "is not a directory" : "does not exist");
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	o->tmp = xasprintf("%s/.%s.tmp-XXXXXX", dir, base);
	free(dir);
	if (!dir_ok) {
		free(o->tmp);
		o->tmp = NULL;
		return false;
	}
	int fd = mkstemp(o->tmp);
	if (fd < 0) {
		diag_fail(d, EXIT_CANTCREAT, "%s: cannot create the %s: %s", path, noun, strerror(errno));
		free(o->tmp);
		o->tmp = NULL;
		return false;
	}
	o->slot = take_slot(o->tmp);
	/* mkstemp makes the file private; an output gets the usual mode. */
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || !(o->f = fdopen(fd, "w"))) {
		diag_fail(d, EXIT_CANTCREAT, "%s: cannot create the %s: %s", path, noun, strerror(errno));
		close(fd);
		outfile_abort(o);
		return false;
	}
	return true;
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
			diag_fail(d, EXIT_IOERR, "%s: write error: %s", o->path, strerror(errno));
	}
	if (ok && rename(o->tmp, o->path) != 0) {
		diag_fail(d, EXIT_CANTCREAT, "%s: cannot replace it: %s", o->path, strerror(errno));
		ok = false;
	}
	if (ok) {
		drop_slot(o);
		free(o->tmp);
		o->tmp = NULL;
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
	drop_slot(o);
}
