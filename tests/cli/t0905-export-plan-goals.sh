# export with a built plan and goals: the Goals sheet matches
# 'crmready status --format json' goal by goal, the Plan sheet has its
# Gantt rules, and the adoption chart gets the target line.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

run questionnaire add "$DATA/export/mini.yaml"; expect_rc 0
sqlite3 crmready.db <"$DATA/export/metrics.sql" || fail "loading metrics"
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.7 --due 2027-01-31 \
	--scope 'department==HYPERLINK("http://evil.example","click")'; expect_rc 0
run plan build --start 2027-01-04; expect_rc 0
run status --format json; expect_rc 0; cp out status.json
run export wb.xlsx; expect_rc 0
xdump wb.xlsx

/usr/bin/python3 - status.json dump <<'PY' || fail "Goals sheet differs from status --format json"
import json, sys
goals = json.load(open(sys.argv[1]))["goals"]
cells = {}
for line in open(sys.argv[2], encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    if f[0] == "cell" and f[1] == "Goals":
        cells[f[2]] = f[4]
rows = {}
for ref, v in cells.items():
    col, row = ref[0], int(ref[1:])
    if row >= 5:
        rows.setdefault(row, {})[col] = v
by_id = {r["A"]: r for r in rows.values()}
assert len(by_id) == len(goals), (len(by_id), len(goals))
for g in goals:
    r = by_id[str(g["id"])]
    assert r["B"] == g["phase"] and r["C"] == g["metric"] and r["E"] == g["op"], (r, g)
    assert float(r["F"]) == g["target"], (r, g)
    assert r["J"] == g["status"], (r, g)
    if g["latest"] is None:
        assert "H" not in r, r
    else:
        assert abs(float(r["H"]) - g["latest"]) < 1e-12 and r["I"].startswith(g["latest_date"]), (r, g)
PY
expect_dump "	s	=HYPERLINK(\"http://evil.example\",\"click\")"
grep -q "	f	" dump && fail "a cell holds a formula"
expect_dump "cell	Plan	A4	s	Phase / initiative"
grep -q "^cf	Plan	.*	expression$" dump || fail "Plan sheet lacks the Gantt rules"
expect_dump "series	chart1.xml	Adoption!\$F\$4	Adoption!\$A\$5:\$A\$12	Adoption!\$F\$5:\$F\$12"
grep -q "^cell	Summary	.*	s	No rollout plan yet" dump && fail "summary should show the plan"
done_testing
