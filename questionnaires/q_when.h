/* Private to questionnaires/: compiling the `when:` of questions. */
#ifndef CRMREADY_Q_WHEN_H
#define CRMREADY_Q_WHEN_H

#include "questionnaire.h"

/* Parse every question's when_src; report syntax errors, unknown
 * functions, and references to unknown or later questions. */
void q_when_compile(struct questionnaire *q, struct diag *d);
void q_when_release(struct questionnaire *q);

#endif
