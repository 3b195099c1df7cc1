# The workbook reports the consultant's own questionnaires (issue 16 item
# 5) and keeps departments anonymous (item 6): every answered questionnaire,
# the one declaring measures: readiness on the Readiness sheet, the others on
# a sheet of their own; open answers with the department, never the name;
# no figure of a department of fewer than 5.
. "$TESTS_DIR/cli/lib.sh"
D="$TESTS_DIR/data/anon"
E="$TESTS_DIR/../examples"
run questionnaire add "$D/own-readiness.yaml"; expect_rc 0
run survey import own-readiness "$D/own-answers.csv"; expect_rc 0
run questionnaire add "$E/field-service.yaml"; expect_rc 0
run survey import field-service-readiness "$E/field-service-answers.csv"; expect_rc 0
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
names = wb.sheetnames
assert "field-service-readiness" in names and "Open answers" in names, names
r = wb["Readiness"]
assert "own-readiness" in r["A2"].value, r["A2"].value
head = [c.value for c in r[4]]
# Service (5), then other (IT 1 + Legal 2, and Sales 5 so that other is not
# 3 people the whole minus Service gives away): IT never a column
assert head[:4] == ["Dimension", "Organisation", "Service", "other"], head
cells = [c.value for row in r.iter_rows() for c in row if c.value is not None]
assert any(isinstance(v, str) and "IT, Legal, Sales" in v for v in cells), "merged departments named"
# Ivan's data score, 100, is nowhere on the sheet
assert 100 not in [v for v in cells if isinstance(v, (int, float))], "a one-person score"
# data: Service 50; other (Sales 5 x 25, Ivan 100, Legal 2 x 0) / 8
assert abs(r["C5"].value - 50) < 1e-9 and abs(r["D5"].value - 225 / 8) < 1e-9
fs = wb["field-service-readiness"]
assert "field-service-readiness" in fs["A2"].value and abs(fs["B5"].value - 43.75) < 1e-9
o = wb["Open answers"]
rows = [[c.value for c in row] for row in o.iter_rows(min_row=5)]
assert ["What worries you most?", "other", "Duplicates everywhere", "own-readiness"] in rows, rows
assert ["What worries you most?", "Service", "Nobody owns the data", "own-readiness"] in rows, rows
ivan = [x for x in rows if x[2] == "Ivan-only secret remark"]
assert ivan and ivan[0][1] == "other", ivan
flat = [v for row in rows for v in row]
assert not any(isinstance(v, str) and ("Sara" in v or "Ivan Solo" in v) for v in flat), "a name"
PY
# --questionnaire picks one; one without answers is a usage error.
run export one.xlsx --questionnaire field-service-readiness; expect_rc 0
/usr/bin/python3 -W ignore - one.xlsx <<'PY' || fail "--questionnaire"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert "field-service-readiness" in wb["Readiness"]["A2"].value
assert "Open answers" not in wb.sheetnames and "field-service-readiness" not in wb.sheetnames, wb.sheetnames
PY
run export bad.xlsx --questionnaire crm-readiness; expect_rc 64
expect_err "'crm-readiness' has no answers in this workspace; answered: field-service-readiness, own-readiness"
expect_no_file bad.xlsx
# Persian: "fewer than" and "other" in Persian.
run --lang fa export fa.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - fa.xlsx <<'PY' || fail "Persian"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
r = wb["آمادگی"]
cells = [c.value for row in r.iter_rows() for c in row if isinstance(c.value, str)]
assert "سایر" in cells and any("کمتر از 5" in v or "کمتر از ۵" in v for v in cells), cells
assert "پاسخ‌های باز" in wb.sheetnames
PY
# --min-group 3: other (3 people) gets its figures; 1 is refused.
run export three.xlsx --min-group 3; expect_rc 0
/usr/bin/python3 -W ignore - three.xlsx <<'PY' || fail "--min-group 3"
import sys, openpyxl
r = openpyxl.load_workbook(sys.argv[1])["Readiness"]
assert r["E4"].value == "other" and abs(r["E5"].value - 100 / 3) < 1e-9, (r["E4"].value, r["E5"].value)
PY
run export one-person.xlsx --min-group 1; expect_rc 64
done_testing
