/* anonymity: the groups that join "other" (see anonymity.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anonymity.h"

/* The smallest group not merged yet, or n. */
static size_t smallest(const double *size, const char *const *names, size_t n,
		       const bool *merge)
{
	size_t best = n;
	for (size_t i = 0; i < n; i++) {
		if (merge[i])
			continue;
		if (best == n || size[i] < size[best] ||
		    (size[i] == size[best] && names && strcmp(names[i], names[best]) < 0))
			best = i;
	}
	return best;
}

size_t anonymity_merge(const double *size, const char *const *names, size_t n,
		       double min_group, bool *merge)
{
	size_t merged = 0;
	double other = 0;
	for (size_t i = 0; i < n; i++) {
		merge[i] = size[i] < min_group;
		if (merge[i]) {
			merged++;
			other += size[i];
		}
	}
	/* Groups are few (departments, roles, waves): a scan per step is fine. */
	while (other > 0 && other < min_group) {
		size_t i = smallest(size, names, n, merge);
		if (i == n)
			break;
		merge[i] = true;
		merged++;
		other += size[i];
	}
	return merged;
}

/* In the language in use. */
const char *anonymity_other_label(void)
{
	/* TRANSLATORS: the group that small departments, roles or waves join. */
	return trc("group", "other");
}

char *anonymity_fewer_label(long min_group, char *buf, size_t n)
{
	char *s = tfmt(_("fewer than %ld"), min_group);
	snprintf(buf, n, "%s", s);
	free(s);
	return buf;
}
