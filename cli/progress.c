/* The progress line of a long read, shown only on a terminal. */
#include <stdio.h>

#include "cli.h"

void cli_progress(uint64_t done, uint64_t total, void *arg)
{
	const char *label = arg;
	fputc('\r', stderr);
	if (total)
		tfprintf(stderr, _("%s: %3d%%"), label, (int)(done * 100 / total));
	else
		tfprintf(stderr, _("%s: %llu MB"), label, (unsigned long long)(done >> 20));
}
