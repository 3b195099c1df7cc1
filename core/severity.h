/* severity: how serious a finding is. One scale for the rules that fire
 * findings, the plan that ranks the initiatives answering them and every
 * report that shows them; ordered, so "at or above" is a comparison. */
#ifndef CRMREADY_SEVERITY_H
#define CRMREADY_SEVERITY_H

#include <stdbool.h>

#include "text.h"

enum severity { SEVERITY_INFO, SEVERITY_LOW, SEVERITY_MEDIUM, SEVERITY_HIGH, SEVERITY_CRITICAL,
		SEVERITY_COUNT };

/* The id rules files, --min-severity, JSON and CSV use: "info" .. "critical". */
const char *severity_name(enum severity s);
/* The word people read (the id in English), from the catalogue of the
 * language in use. */
const char *severity_label(enum severity s);
/* The severity of an id; false when s is none. */
bool severity_parse(const char *s, enum severity *out);

#endif
