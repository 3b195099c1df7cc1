/* who: the name a change is recorded under. */
#ifndef CRMREADY_WHO_H
#define CRMREADY_WHO_H

#include <stdbool.h>

#include "diag.h"

/* The login name of the user running crmready (the password database's
 * name for the effective uid, else $USER, else $LOGNAME), or "unknown".
 * A static string. */
const char *who_default(void);

/* A name given with --by: 1 to 100 bytes of UTF-8 on one line with no
 * control characters and not blank. false with the usage error (64)
 * "WHAT: ..." in d. */
bool who_valid(const char *name, const char *what, struct diag *d);

#endif
