# Complementary suppression in the assessment (issue 16 item 6; adv16
# finding 2): the whole minus the groups shown must never give away a group
# of fewer than the minimum group size (5). By role: VP (4) is small; an
# "other" of VP alone would be the organisation minus Staff, Director and
# Manager, so the next smallest, Manager (6), joins it (other: 10). In one
# dimension: only 3 Directors answered the data question, so their data
# figure is hidden; the next smallest data figure (other's 10, before
# Staff's 10 by name) is hidden too.
. "$TESTS_DIR/cli/lib.sh"
D="$TESTS_DIR/data/anon"
grep -v "^measures:" "$D/own-readiness.yaml" | sed 's/type: likert,/type: likert, required: false,/' >plain.yaml
{
	echo "respondent,department,role,clean,sponsor,worry"
	for i in $(seq 1 10); do echo "Staff $i,Ops,Staff,2,2,"; done
	for i in 1 2 3; do echo "Director $i,Ops,Director,1,3,"; done
	for i in 4 5 6 7; do echo "Director $i,Ops,Director,,3,"; done
	for i in $(seq 1 6); do echo "Manager $i,Ops,Manager,3,4,"; done
	for i in 1 2 3 4; do echo "VP $i,Ops,VP,5,5,"; done
} >answers.csv
run questionnaire add plain.yaml; expect_rc 0
run survey import own-readiness answers.csv; expect_rc 0
run assess own-readiness --by role; expect_rc 0
expect_out 'in "other" (fewer than 5 respondents, or so that "other" has as many): Manager, VP'
head -n 40 out | grep -q "Director.*Staff.*other" || fail "columns: Director, Staff, other"
run assess own-readiness --by role --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "JSON groups"
import json
d = json.load(open("out"))
g = {x["name"]: x for x in d["groups"] if x["by"] == "role"}
for name in ("VP", "Manager"):
    assert g[name]["respondents"] is None and g[name]["index"] is None, g[name]
    assert all(x["score"] is None for x in g[name]["dimensions"]), g[name]
other = g[None]
assert other["merged"] == ["Manager", "VP"] and other["respondents"] == 10, other
def dim(grp, name):
    return [x for x in grp["dimensions"] if x["id"] == name][0]
# other's data figure would be the whole minus Staff and Director: hidden
assert dim(other, "data")["score"] is None and dim(other, "leadership")["score"] == 85, other
assert dim(g["Director"], "data")["score"] is None, g["Director"]
assert dim(g["Director"], "leadership")["score"] == 50, g["Director"]
assert dim(g["Staff"], "data")["score"] == 25, g["Staff"]
gaps = [x for x in d["perception_gaps"] if x["by"] == "role"]
assert gaps == [{"dimension": "leadership", "by": "role", "gap": 25.0, "highest": "Director",
                 "lowest": "Staff"}], gaps
PY
# The workbook: no Manager or VP column, no figure for them.
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            assert c.value not in ("VP", "Manager") or ws.title not in ("Readiness",), (ws.title, c.coordinate)
PY
done_testing
