/* libFuzzer target: `crmready roster import` and `crmready adoption import`
 * end to end (header recognition, --map, every cell checked, events
 * de-duplicated, weekly figures recomputed, --unknown-out). The first byte
 * picks roster or log, and a --map; the rest is the file. The workspace
 * keeps a roster between runs so log imports meet known users. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int crmready_main(int argc, char **argv);

static char dir[256], db[300], wal[310], shm[310], csv[300], unknown[300];

static void setup(void)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp && access("/dev/shm", W_OK) == 0)
		tmp = "/dev/shm";   /* no disk syncs: many more runs */
	snprintf(dir, sizeof dir, "%s/fuzz-adoption-XXXXXX", tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		abort();
	snprintf(db, sizeof db, "%s/w.db", dir);
	snprintf(wal, sizeof wal, "%s-wal", db);
	snprintf(shm, sizeof shm, "%s-shm", db);
	snprintf(csv, sizeof csv, "%s/in.csv", dir);
	snprintf(unknown, sizeof unknown, "%s/unknown.csv", dir);
	setenv("CRMREADY_TODAY", "2026-03-01", 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!*dir)
		setup();
	if (!size)
		return 0;
	FILE *f = fopen(csv, "wb");
	if (!f)
		abort();
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	if ((data[0] & 0x30) == 0x30) {   /* now and then, a fresh workspace */
		unlink(db);
		unlink(wal);
		unlink(shm);
	}
	static char *roster_maps[] = { NULL, "id=Id,department=Department", "id=user,department=dept,wave=wave" };
	static char *log_maps[] = { NULL, "user=UserId,time=LoginTime", "user=who,time=when,event=what,status=result" };
	char *argv[16];
	int n = 0;
	argv[n++] = "crmready";
	argv[n++] = "--db";
	argv[n++] = db;
	argv[n++] = "--quiet";
	int m = (data[0] >> 2) % 3;
	if (data[0] & 1) {
		argv[n++] = "roster";
		argv[n++] = "import";
		argv[n++] = csv;
		if (roster_maps[m]) {
			argv[n++] = "--map";
			argv[n++] = roster_maps[m];
		}
	} else {
		argv[n++] = "adoption";
		argv[n++] = "import";
		argv[n++] = csv;
		if (log_maps[m]) {
			argv[n++] = "--map";
			argv[n++] = log_maps[m];
		}
		if (data[0] & 2) {
			argv[n++] = "--unknown-out";
			argv[n++] = unknown;
		}
	}
	argv[n] = NULL;
	(void)crmready_main(n, argv);
	unlink(csv);
	unlink(unknown);
	return 0;
}
