/* outfile: output files written whole or not at all.
 *
 * The file is created under a temporary name in the target's directory (so
 * the final rename stays on one file system) and renamed over the target
 * only on commit. An abort, a failure, or SIGINT/SIGTERM/SIGHUP while it
 * is open removes the temporary: an existing file is never half
 * overwritten and no stray file is left.
 *
 * Targets that are not regular files are written through, never replaced:
 * "-" is standard output, and an existing character device, FIFO or socket
 * (/dev/null, a named pipe) receives the finished output, copied from a
 * temporary in $TMPDIR on commit. A symlink is followed: its target is
 * replaced, the link stays. A temporary left by a run that was killed
 * (SIGKILL, power loss) is removed by the next run writing the same output;
 * a live run's temporary is locked and left alone. */
#ifndef CRMREADY_OUTFILE_H
#define CRMREADY_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

#include "diag.h"

struct outfile {
	const char *path;   /* the target, as given */
	char *target;       /* what is replaced: path, or a symlink's target */
	char *tmp;          /* the temporary file's name */
	FILE *f;            /* open for writing until commit or outfile_close_stream */
	int slot;           /* in the table the signal handler cleans up */
	int lock;           /* holds the temporary's lock until commit or abort */
	bool through;       /* target is "-" or a special file: copied, not renamed */
};

/* The target is standard output ("-"). */
bool outfile_is_stdout(const char *path);

/* Check that path can become a file — not empty (64), not a directory, in
 * a directory that exists — and create the temporary. noun names the
 * output in messages, in the language in use (_("workbook")). false with
 * 73 in d. */
bool outfile_open(struct outfile *o, const char *path, const char *noun, struct diag *d);

/* For writers that take a file name (o->tmp) rather than a stream: close
 * the stream first. */
void outfile_close_stream(struct outfile *o);

/* Flush, close and rename over the target: 74 on a write error, 73 when
 * the target cannot be replaced; the temporary is removed either way. */
bool outfile_commit(struct outfile *o, struct diag *d);

/* Remove the temporary (nothing when o was never opened or is done). */
void outfile_abort(struct outfile *o);

/* Remove every temporary still open, calling only unlink(): for a process
 * that must stop at once (a signal, memory exhausted). */
void outfile_abort_all(void);

/* Whether writing a would replace the file b is (both as given on the
 * command line; stat follows symlinks): the same regular file by device
 * and inode, or, when neither exists yet, the same resolved path. "-" and
 * files written through (devices, pipes) are never the same. */
bool outfile_same_file(const char *a, const char *b);

#endif
