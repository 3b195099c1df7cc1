"""Python XlsxWriter (constant_memory) writing the same Metrics rows as
'crmready export' and bare.c. Usage: peer.py OUT.xlsx ROWS"""
import sys

import xlsxwriter

out, rows = sys.argv[1], int(sys.argv[2])
wb = xlsxwriter.Workbook(out, {"constant_memory": True})
ws = wb.add_worksheet("Metrics")
date = wb.add_format({"num_format": "yyyy-mm-dd"})
ws.write_row(0, 0, ["Name", "Scope", "Date", "Value", "Source"])
for i in range(rows):
    n, s, d = i // 10000, (i // 100) % 100, i % 100
    r = i + 1
    ws.write_string(r, 0, "bench.metric%03d" % n)
    ws.write_string(r, 1, "department=D%03d" % s)
    ws.write_number(r, 2, 45292.0 + 7.0 * d, date)
    ws.write_number(r, 3, ((i * 7919) % 1000) / 1000.0)
    ws.write_string(r, 4, "bench")
wb.close()
