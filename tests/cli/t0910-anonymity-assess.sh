# Anonymity in 'assess' (issue 16 item 6): a department or role of fewer
# than the engagement's minimum group size (default 5) shows no figure, in
# text, JSON and CSV; it is named as "fewer than N" and counted in "other".
# A group of one never shows its answers, whatever --min-group says.
. "$TESTS_DIR/cli/lib.sh"
D="$TESTS_DIR/data/anon"
grep -v "^measures:" "$D/own-readiness.yaml" >plain.yaml
run questionnaire add plain.yaml; expect_rc 0
run survey import own-readiness "$D/own-answers.csv"; expect_rc 0
# Sales 5, Service 5, IT 1 (Ivan), Legal 2: IT and Legal are small; an
# other of 3 would be the whole minus Sales and Service, so Sales (before
# Service by name) joins it (complementary suppression, t0918): other 8.
run assess own-readiness --by department; expect_rc 0
expect_out 'in "other" (fewer than 5 respondents, or so that "other" has as many): IT, Legal, Sales'
head -n 40 out | grep -q "Service.*other" || fail "columns: Service, other"
grep -q "IT  " out && fail "IT has a column"
grep -q "Sales  " out && fail "Sales has a column"
# Ivan's data score (100) and Legal's (0) appear nowhere.
grep -q "100\.0" out && fail "a one-person group's score is shown"
grep "Respondents" out | grep -q "5  *8" || fail "counts: Service 5, other 8"
# JSON: no count and no score for IT; the other group lists IT and Legal.
run assess own-readiness --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "JSON groups"
import json
d = json.load(open("out"))
g = {(x["by"], x["name"]): x for x in d["groups"]}
it = g[("department", "IT")]
assert it["respondents"] is None and it["fewer_than"] == 5 and it["index"] is None, it
assert all(x["score"] is None and x["respondents"] is None for x in it["dimensions"]), it
sales = g[("department", "Sales")]
assert sales["respondents"] is None and sales["dimensions"][0]["score"] is None, sales
service = g[("department", "Service")]
assert service["respondents"] == 5 and abs(service["dimensions"][0]["score"] - 50) < 1e-9, service
other = g[("department", None)]
assert other["other"] and other["merged"] == ["IT", "Legal", "Sales"] and other["respondents"] == 8, other
PY
# CSV: IT's rows have neither count nor score.
run assess own-readiness --format csv --by department; expect_rc 0
grep -q '^department,IT,,,,$' out || fail "CSV: IT's index row should be empty"
grep -q '^department,IT,data,,,$' out || fail "CSV: IT's data row should be empty"
grep -q '^department,(other),' out || fail "CSV: the other group"
# --min-group 1 would show Ivan: refused.
run assess own-readiness --min-group 1; expect_rc 64
expect_err "a group of one never shows its answers"
# The engagement's setting: init --min-group 3 makes other (IT + Legal = 3)
# visible: data (100 + 0 + 0) / 3 = 33.3; Legal (2) and IT (1) stay hidden.
sum=$(db_sum)
run init --min-group 1; expect_rc 64
expect_err "a group of one never shows its answers"
run init --min-group x; expect_rc 64
expect_err "--min-group: found 'x', expected a whole number 2..1000000"
[ "$(db_sum)" = "$sum" ] || fail "a refused init --min-group changed the workspace"
run init --min-group 3; expect_rc 0
[ "$(sqlite3 crmready.db "SELECT value FROM meta WHERE key = 'min_group'")" = 3 ] || fail "min_group not stored"
run assess own-readiness --by department --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "min_group 3"
import json
d = json.load(open("out"))
g = {x["name"]: x for x in d["groups"]}
assert g["Legal"]["respondents"] is None and g["IT"]["respondents"] is None
assert g[None]["respondents"] == 3 and abs(g[None]["dimensions"][0]["score"] - 100 / 3) < 1e-9, g[None]
PY
# Persian labels.
run --lang fa assess own-readiness --by department --min-group 5; expect_rc 0
expect_out "کمتر از ۵"
expect_out "سایر"
done_testing
