/* What is generated from the command table besides --help: the manual page
 * (manual.c) and the shell completion (complete.c). */
#ifndef CRMREADY_MANUAL_H
#define CRMREADY_MANUAL_H

#include <stdio.h>

#include "cli.h"

/* The manual page crmready(1) in roff. */
void cli_manual(FILE *out);

/* The completion script for shell ("bash" or "zsh"); false for another. */
bool cli_completion_script(FILE *out, const char *shell);

#endif
