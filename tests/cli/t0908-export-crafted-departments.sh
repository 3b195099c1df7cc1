# Departments that look like formulas ('=', '+', '-', '@') stay text in
# the heat map, the radar chart's series names and the perception gaps; no
# cell anywhere is a formula. A department of one respondent shows nothing:
# it is counted in "other" (the groups here are of 2 and 3: the engagement's
# minimum group size is set to 2), with the next smallest group, -2+3 (2),
# so that "other" is not one person (complementary suppression).
. "$TESTS_DIR/cli/lib.sh"
run init --min-group 2; expect_rc 0
run survey import crm-readiness "$DATA/export/crafted-departments.csv"; expect_rc 0
run assess --format json; expect_rc 0; cp out assess.json
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" wb.xlsx >dump || fail "xlsx_dump failed"
grep -q "	f	" dump && fail "a cell holds a formula: $(grep '	f	' dump | head -3)"

/usr/bin/python3 -W ignore - wb.xlsx assess.json <<'PY' || fail "crafted departments are not text"
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
a = json.load(open(sys.argv[2], encoding="utf-8"))
ws = wb["Readiness"]
depts = [g for g in a["groups"] if g["by"] == "department"]
names = [g["name"] for g in depts]
assert {"=SUM(1,2)", "+cmd|' /C calc'!A0", '@HYPERLINK("http://evil.example","x")', "-2+3", "=1+1"} <= set(names), names
shown = [g for g in depts if g["respondents"] is not None and not g.get("other")]
shown += [g for g in depts if g.get("other")]
for k, g in enumerate(shown):
    c = ws.cell(4, 3 + k)
    assert c.data_type == "s" and c.value == (g["name"] or "other"), (c.coordinate, c.value, c.data_type)
    for i, d in enumerate(g["dimensions"]):
        v = ws.cell(5 + i, 3 + k).value
        assert (v is None) if d["score"] is None else abs(v - d["score"]) < 1e-9, (g["name"], d, v)
# The one-person department and -2+3: no column; "other" (the two, 3
# respondents) shows its count, and a note names them.
nd = len(a["dimensions"])
header = [ws.cell(4, c).value for c in range(1, ws.max_column + 1)]
assert "=1+1" not in header and "-2+3" not in header, header
cell = ws.cell(6 + nd, 3 + len(shown) - 1)
assert cell.value == 3, cell.value
note = ws.cell(7 + nd, 1).value or ""
assert "fewer than 2 respondents" in note and note.endswith(": -2+3, =1+1."), note
# Perception gaps name the crafted groups as text.
gaps = [(r, ws.cell(r, 4), ws.cell(r, 6)) for r in range(1, ws.max_row + 1)
        if ws.cell(r, 2).value == "department"]
assert gaps, "no perception gaps"
for r, hi, lo in gaps:
    assert hi.data_type == "s" and lo.data_type == "s" and hi.value in names and lo.value in names, (r, hi.value, lo.value)
    assert "=1+1" not in (hi.value, lo.value), "a one-person group is compared"
PY
# The radar's series names point at the header cells, which hold text.
grep -q "^series	chart1.xml	Readiness!\$C\$4	Readiness!\$A\$5:\$A\$12	Readiness!\$C\$5:\$C\$12$" dump ||
	fail "radar series: $(grep '^series' dump | head -3)"
done_testing
