/* Deterministic generator of a record activity log, the kind a Salesforce
 * report of records created and field history gives, for the core-action
 * benchmark: CreatedById (the users of bench/adoption/gen.c's roster),
 * CreatedDate (ascending, ISO 8601 with Z), Object, Action.
 *
 *   gen_actions ROWS USERS DAYS OUT.csv [START_YYYY-MM-DD]
 *
 * Six in ten rows are core by the shipped default (tasks, events,
 * opportunities, cases created or updated); the rest touch accounts,
 * contacts and leads. Same arguments, same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state = 0x2545F4914F6CDD1DULL;
static uint64_t rnd(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* gen.c's user ids: "005", the number in base 62, then "AAA". */
static void sfid(char *out, uint64_t n)
{
	static const char A[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	strcpy(out, "005");
	char *p = out + 3;
	for (size_t i = 0; i < 12; i++) {
		p[11 - i] = A[n % 62];
		n /= 62;
	}
	strcpy(p + 12, "AAA");
}

static void civil(int64_t day, int *y, unsigned *m, unsigned *d)
{
	int64_t z = day + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int yy = (int)yoe + (int)(era * 400);
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yy + (*m <= 2);
}

static int64_t days_from_civil(int y, unsigned m, unsigned d)
{
	y -= m <= 2;
	const int64_t era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned)(y - era * 400);
	const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

static const struct { const char *object, *action; unsigned weight; } KINDS[] = {
	{"Task", "created", 25}, {"Task", "updated", 10}, {"Event", "created", 5},
	{"Opportunity", "updated", 10}, {"Opportunity", "created", 5}, {"Case", "updated", 5},
	{"Account", "updated", 15}, {"Contact", "created", 15}, {"Lead", "updated", 10},
};

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: gen_actions ROWS USERS DAYS OUT.csv [START]\n");
		return 64;
	}
	long long rows = atoll(argv[1]);
	long users = atol(argv[2]);
	long days = atol(argv[3]);
	int y = 2025, m = 1, dd = 6;
	if (argc > 5 && sscanf(argv[5], "%d-%d-%d", &y, &m, &dd) != 3)
		return 64;
	int64_t start_day = days_from_civil(y, (unsigned)m, (unsigned)dd);
	FILE *out = fopen(argv[4], "w");
	if (!out || users <= 0) {
		perror("gen_actions");
		return 73;
	}
	setvbuf(out, NULL, _IOFBF, 1 << 20);
	fputs("CreatedById,CreatedDate,Object,Action\n", out);
	double span = (double)days * 86400.0;
	size_t nkinds = sizeof KINDS / sizeof *KINDS;
	for (long long i = 0; i < rows; i++) {
		int64_t t = start_day * 86400 + (int64_t)(span * (double)i / (double)rows);
		uint64_t r = rnd();
		/* Most of the work is done by a fifth of the users. */
		long u = (long)(r % 5 ? (r >> 8) % (uint64_t)(users / 5 + 1) : (r >> 8) % (uint64_t)users);
		char id[20];
		sfid(id, (uint64_t)u + 1000);
		unsigned k = (unsigned)((r >> 40) % 100), acc = 0;
		size_t kind = 0;
		for (; kind + 1 < nkinds; kind++) {
			acc += KINDS[kind].weight;
			if (k < acc)
				break;
		}
		int yy;
		unsigned mm, d2;
		civil(t / 86400, &yy, &mm, &d2);
		int64_t secs = t % 86400;
		fprintf(out, "%s,%04d-%02u-%02uT%02d:%02d:%02dZ,%s,%s\n", id, yy, mm, d2,
			(int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60), KINDS[kind].object,
			KINDS[kind].action);
	}
	if (fclose(out) != 0) {
		perror("gen_actions");
		return 74;
	}
	return 0;
}
