/* libFuzzer target: `crmready plan build --inputs FILE.json` end to end:
 * the JSON inputs (an assessment and findings) read and checked, then the
 * shipped catalogue planned into a workspace. The binary's main is linked
 * in as crmready_main (make fuzz builds cli/ with -Dmain=...). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int crmready_main(int argc, char **argv);

static char dir[256], db[300], wal[310], shm[310], json[300];

static void setup(void)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp && access("/dev/shm", W_OK) == 0)
		tmp = "/dev/shm";   /* no disk syncs: many more runs */
	snprintf(dir, sizeof dir, "%s/fuzz-plan-XXXXXX", tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		abort();
	snprintf(db, sizeof db, "%s/w.db", dir);
	snprintf(wal, sizeof wal, "%s-wal", db);
	snprintf(shm, sizeof shm, "%s-shm", db);
	snprintf(json, sizeof json, "%s/in.json", dir);
	setenv("CRMREADY_TODAY", "2026-03-01", 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!*dir)
		setup();
	FILE *f = fopen(json, "wb");
	if (!f)
		abort();
	fwrite(data, 1, size, f);
	fclose(f);
	unlink(db);
	unlink(wal);
	unlink(shm);
	char *argv[] = { "crmready", "--db", db, "--quiet", "plan", "build", "--start",
			 "2026-03-02", "--inputs", json, NULL };
	(void)crmready_main(10, argv);
	unlink(json);
	return 0;
}
