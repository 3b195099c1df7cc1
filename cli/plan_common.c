/* Number and JSON printing for the plan commands. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/xalloc.h"
#include "plan_cli.h"

void plan_cli_num(char out[40], double v)
{
	if (v == 0) {
		strcpy(out, "0");
		return;
	}
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(out, 40, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			return;
	}
}

void plan_cli_json_print(json_t *v)
{
	json_dumpf(v, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15) | JSON_PRESERVE_ORDER);
	fputc('\n', stdout);
	json_decref(v);
}
