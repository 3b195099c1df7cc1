/* The library's limit: libxlsxwriter in constant-memory mode writing the
 * same 1,000,000 Metrics rows that 'crmready export' writes (name, scope,
 * date as a date serial, value, source), with nothing else to do.
 * Usage: bare OUT.xlsx ROWS */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

int main(int argc, char **argv)
{
	if (argc != 3)
		return 64;
	long rows = atol(argv[2]);
	lxw_workbook_options opts = { .constant_memory = LXW_TRUE, .use_zip64 = LXW_TRUE };
	lxw_workbook *wb = workbook_new_opt(argv[1], &opts);
	lxw_worksheet *ws = workbook_add_worksheet(wb, "Metrics");
	lxw_format *date = workbook_add_format(wb);
	format_set_num_format(date, "yyyy-mm-dd");
	worksheet_write_string(ws, 0, 0, "Name", NULL);
	worksheet_write_string(ws, 0, 1, "Scope", NULL);
	worksheet_write_string(ws, 0, 2, "Date", NULL);
	worksheet_write_string(ws, 0, 3, "Value", NULL);
	worksheet_write_string(ws, 0, 4, "Source", NULL);
	char name[32], scope[32];
	/* The generator's order: name, scope, date (gen.sql). */
	for (long i = 0; i < rows; i++) {
		long n = i / 10000, s = (i / 100) % 100, d = i % 100;
		snprintf(name, sizeof name, "bench.metric%03ld", n);
		snprintf(scope, sizeof scope, "department=D%03ld", s);
		lxw_row_t r = (lxw_row_t)(i + 1);
		worksheet_write_string(ws, r, 0, name, NULL);
		worksheet_write_string(ws, r, 1, scope, NULL);
		worksheet_write_number(ws, r, 2, 45292.0 + 7.0 * (double)d, date);
		worksheet_write_number(ws, r, 3, (double)((i * 7919) % 1000) / 1000.0, NULL);
		worksheet_write_string(ws, r, 4, "bench", NULL);
	}
	return workbook_close(wb) == LXW_NO_ERROR ? 0 : 1;
}
