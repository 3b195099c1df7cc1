/* Deterministic generator of a Salesforce-style LoginHistory export and the
 * matching User roster, for the adoption benchmark and the demo.
 *
 *   gen ROWS USERS DAYS OUT_LOG.csv OUT_ROSTER.csv [START_YYYY-MM-DD]
 *
 * The log has Data Loader's LoginHistory columns in ascending LoginTime
 * (+0000 offsets, milliseconds), about 10% failed logins, a few API logins
 * and 0.1% of its users missing from the roster. Users join in two waves;
 * one department (Finance) logs in half as often. Same arguments, same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;
static uint64_t rnd(void)
{
	/* splitmix64 */
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static const char *const DEPTS[] = {"Sales", "Marketing", "Service", "Finance", "IT", "Executive"};
static const unsigned DEPT_WEIGHT[] = {35, 15, 30, 8, 8, 4}; /* per 100 */
static const char *const FIRST[] = {"Sara", "Reza", "Maryam", "Ali", "Nina", "Omid", "Laleh",
	"Kian", "Anna", "Jonas", "Mina", "David", "Leila", "Peter", "Shirin", "Amir"};
static const char *const LAST[] = {"Ahmadi", "Karimi", "Novak", "Schmidt", "Rahimi", "Berg",
	"Hosseini", "Moradi", "Larsen", "Tehrani", "Weber", "Jafari"};
static const char *const BROWSERS[] = {"Chrome 120", "Firefox 121", "Edge 120", "Safari 17"};
static const char *const PLATFORMS[] = {"Windows 10", "Mac OSX", "Linux", "iOS"};

static void sfid(char *out, const char *prefix, uint64_t n)
{
	static const char A[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	strcpy(out, prefix);
	char *p = out + strlen(prefix);
	size_t len = 15 - strlen(prefix);
	for (size_t i = 0; i < len; i++) {
		p[len - 1 - i] = A[n % 62];
		n /= 62;
	}
	p[len] = 'A';
	p[len + 1] = 'A';
	p[len + 2] = 'A';
	p[len + 3] = 0;
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

int main(int argc, char **argv)
{
	if (argc < 6) {
		fprintf(stderr, "usage: gen ROWS USERS DAYS LOG.csv ROSTER.csv [START]\n");
		return 64;
	}
	long long rows = atoll(argv[1]);
	long users = atol(argv[2]);
	long days = atol(argv[3]);
	int y = 2025, m = 1, dd = 6;
	if (argc > 6 && sscanf(argv[6], "%d-%d-%d", &y, &m, &dd) != 3)
		return 64;
	int64_t start_day = days_from_civil(y, (unsigned)m, (unsigned)dd);
	FILE *log = fopen(argv[4], "w"), *ros = fopen(argv[5], "w");
	if (!log || !ros) {
		perror("gen");
		return 73;
	}
	setvbuf(log, NULL, _IOFBF, 1 << 20);

	int *dept = malloc(sizeof(int) * (size_t)users);
	int64_t *lic = malloc(sizeof(int64_t) * (size_t)users);
	fprintf(ros, "Id,Name,Department,Role,LicenseStart,Wave\n");
	long wave1_end = days / 6;       /* wave 1 licensed from day 0, wave 2 later */
	for (long u = 0; u < users; u++) {
		unsigned r = (unsigned)(rnd() % 100), acc = 0;
		int di = 0;
		for (int k = 0; k < 6; k++) {
			acc += DEPT_WEIGHT[k];
			if (r < acc) {
				di = k;
				break;
			}
		}
		dept[u] = di;
		int wave = (di == 0 || di == 5 || rnd() % 4 == 0) ? 1 : 2;
		long off = wave == 1 ? (long)(rnd() % 7) : wave1_end + (long)(rnd() % 14);
		lic[u] = start_day + off;
		char id[20];
		sfid(id, "005", (uint64_t)u + 1000);
		int64_t z = lic[u] + 719468;
		int64_t era = (z >= 0 ? z : z - 146096) / 146097;
		unsigned doe = (unsigned)(z - era * 146097);
		unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
		int yy = (int)yoe + (int)(era * 400);
		unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
		unsigned mp = (5 * doy + 2) / 153;
		unsigned d2 = doy - (153 * mp + 2) / 5 + 1;
		unsigned m2 = mp < 10 ? mp + 3 : mp - 9;
		yy += m2 <= 2;
		fprintf(ros, "%s,%s %s,%s,%s,%04d-%02u-%02u,%d\n", id,
			FIRST[rnd() % 16], LAST[rnd() % 12], DEPTS[di],
			rnd() % 10 == 0 ? "Manager" : "User", yy, m2, d2, wave);
	}
	fclose(ros);

	fprintf(log, "\"Id\",\"UserId\",\"LoginTime\",\"LoginType\",\"SourceIp\","
		"\"LoginUrl\",\"AuthenticationServiceId\",\"LoginGeoId\",\"TlsProtocol\","
		"\"CipherSuite\",\"OptionsIsGet\",\"OptionsIsPost\",\"Browser\",\"Platform\","
		"\"Status\",\"Application\",\"ClientVersion\",\"ApiType\",\"ApiVersion\","
		"\"CountryIso\",\"AuthMethodReference\"\n");
	double span = (double)days * 86400.0;
	long unknown_base = users + 5000;
	for (long long i = 0; i < rows; i++) {
		int64_t t = start_day * 86400 + (int64_t)(span * (double)i / (double)rows);
		int64_t day = t / 86400;
		long u = 0;
		int tries;
		for (tries = 0; tries < 8; tries++) {
			u = (long)(rnd() % (uint64_t)users);
			if (lic[u] > day && rnd() % 20 != 0)
				continue;      /* mostly no logins before the licence */
			if (dept[u] == 3 && rnd() % 2 == 0)
				continue;      /* Finance lags */
			break;
		}
		uint64_t uid = (uint64_t)u + 1000;
		if (rnd() % 1000 == 0)
			uid = (uint64_t)unknown_base + rnd() % 64;   /* not in the roster */
		char id[20], lid[20];
		sfid(id, "005", uid);
		sfid(lid, "0Ya", (uint64_t)i + 100000);
		int64_t secs = t % 86400;
		int64_t z = day + 719468;
		int64_t era = (z >= 0 ? z : z - 146096) / 146097;
		unsigned doe = (unsigned)(z - era * 146097);
		unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
		int yy = (int)yoe + (int)(era * 400);
		unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
		unsigned mp = (5 * doy + 2) / 153;
		unsigned d2 = doy - (153 * mp + 2) / 5 + 1;
		unsigned m2 = mp < 10 ? mp + 3 : mp - 9;
		yy += m2 <= 2;
		uint64_t r = rnd();
		int failed = r % 10 == 0;
		int api = (r >> 8) % 50 == 0;
		fprintf(log,
			"\"%s\",\"%s\",\"%04d-%02u-%02uT%02d:%02d:%02d.%03u+0000\",\"%s\","
			"\"10.%u.%u.%u\",\"login.salesforce.com\",\"\",\"\",\"TLS 1.2\","
			"\"ECDHE-RSA-AES256-GCM-SHA384\",\"false\",\"true\",\"%s\",\"%s\","
			"\"%s\",\"%s\",\"\",\"%s\",\"%s\",\"DE\",\"\"\n",
			lid, id, yy, m2, d2, (int)(secs / 3600), (int)(secs / 60 % 60),
			(int)(secs % 60), (unsigned)((r >> 16) % 1000),
			api ? "Remote Access 2.0" : "Application",
			(unsigned)((r >> 20) & 255), (unsigned)((r >> 28) & 255),
			(unsigned)((r >> 36) & 255), BROWSERS[(r >> 44) % 4],
			PLATFORMS[(r >> 46) % 4],
			failed ? ((r >> 50) % 2 ? "Invalid Password" : "Failed: Computer activation required")
			       : "Success",
			api ? "DataLoader" : "Browser", api ? "SOAP Partner" : "",
			api ? "59.0" : "");
		(void)tries;
	}
	if (fclose(log) != 0) {
		perror("gen");
		return 74;
	}
	free(dept);
	free(lic);
	return 0;
}
