/* anonymity: which groups join "other" so that no group of fewer than the
 * minimum group size can be read, directly or by subtraction
 * (docs/anonymity.md). Shared by the assessment and the adoption figures. */
#ifndef CRMREADY_ANONYMITY_H
#define CRMREADY_ANONYMITY_H

#include <stdbool.h>
#include <stddef.h>

#include "text.h"

/* n groups of size[i] people (names[i] breaks ties; may be NULL: the
 * index does). merge[i] is set for each group that joins "other": every
 * group of fewer than min_group, then (complementary suppression), while
 * "other" holds some people but fewer than min_group, the smallest group
 * still shown. Returns how many joined. */
size_t anonymity_merge(const double *size, const char *const *names, size_t n,
		       double min_group, bool *merge);

/* The name people read for the "other" group, in the language in use. */
const char *anonymity_other_label(void);
/* What stands in for the figure of a group of fewer than min_group
 * people: "fewer than N" in the language in use and its digits, into buf
 * (cut to n). Returns buf. */
char *anonymity_fewer_label(long min_group, char *buf, size_t n);

#endif
