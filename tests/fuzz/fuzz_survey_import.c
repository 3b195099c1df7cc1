/* libFuzzer target: `crmready survey import` end to end (the real command:
 * CSV or YAML reading, header matching, every answer parsed and checked,
 * `when`, the workspace transaction). The input's first byte picks the
 * format and the questionnaire; the rest is the file. The binary's main is
 * linked in as crmready_main (make fuzz builds cli/ with -Dmain=...). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int crmready_main(int argc, char **argv);

static char dir[256], db[300], wal[310], shm[310], csv[300], yaml[300];

static void setup(void)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp && access("/dev/shm", W_OK) == 0)
		tmp = "/dev/shm";   /* no disk syncs: many more runs */
	snprintf(dir, sizeof dir, "%s/fuzz-survey-XXXXXX", tmp ? tmp : "/tmp");
	if (!mkdtemp(dir))
		abort();
	snprintf(db, sizeof db, "%s/w.db", dir);
	snprintf(wal, sizeof wal, "%s-wal", db);
	snprintf(shm, sizeof shm, "%s-shm", db);
	snprintf(csv, sizeof csv, "%s/a.csv", dir);
	snprintf(yaml, sizeof yaml, "%s/a.yaml", dir);
	setenv("CRMREADY_TODAY", "2026-03-01", 1);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!*dir)
		setup();
	if (!size)
		return 0;
	const char *file = data[0] & 1 ? yaml : csv;
	FILE *f = fopen(file, "wb");
	if (!f)
		abort();
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	/* A fresh workspace every other run; otherwise imports pile up
	 * (replacing respondents of the same name). */
	if (data[0] & 4) {
		unlink(db);
		unlink(wal);
		unlink(shm);
	}
	char *argv[] = { "crmready", "--db", db, "--quiet", "survey", "import",
			 data[0] & 2 ? "crm-capabilities" : "crm-readiness", (char *)file, NULL };
	(void)crmready_main(8, argv);
	unlink(file);
	return 0;
}
