/* who: the name a change is recorded under. */
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text.h"
#include "who.h"

const char *who_default(void)
{
	const struct passwd *pw = getpwuid(geteuid());
	if (pw && pw->pw_name && *pw->pw_name)
		return pw->pw_name;
	const char *env[] = { "USER", "LOGNAME" };
	for (size_t i = 0; i < sizeof env / sizeof *env; i++) {
		const char *v = getenv(env[i]);
		if (v && *v)
			return v;
	}
	return "unknown";
}

bool who_valid(const char *name, const char *what, struct diag *d)
{
	size_t n = strlen(name);
	bool blank = strspn(name, " \t") == n;
	bool control = false;
	for (size_t i = 0; i < n; i++)
		control |= (unsigned char)name[i] < 0x20 || name[i] == 0x7f;
	if (!blank && !control && n <= 100 && utf8_valid(name, n, NULL))
		return true;
	diag_fail(d, EXIT_USAGE, _("%s: expected a name of 1 to 100 characters on one line (UTF-8)"),
		  what);
	return false;
}
