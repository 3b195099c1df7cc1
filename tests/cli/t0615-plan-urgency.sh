# plan build: a reason more never lowers an initiative's urgency (issue 16,
# item 7). executive-sponsorship (impact 5, risk 1, effort 2) is needed by
# process-redesign, which a high finding asks for (urgency 4):
#   priority 5 x 4 x (6 - 1) / sqrt(2) = 70.71
# A weak leadership dimension (50 below 60: 1 + 4 x 10 / 60 = 1.667) also
# selects it in its own right, and change-management and programme-methodology
# (which address leadership too; programme-methodology, impact 3, effort 2,
# risk 1: 3 x 1.667 x 5 / sqrt(2) = 17.7, ranks above change-management).
# It keeps urgency 4 and 70.7, lists the dimension and the three initiatives
# that need it (in catalogue order); before the fix it dropped to 1.667 and
# 29.5 and lost "needed by". plan show, --explain, --format json and csv all say so.
. "$TESTS_DIR/cli/lib.sh"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
cat >one.json <<'JSON'
{"dimensions": [{"id": "processes", "score": 70}],
 "findings": [{"rule": "r1", "severity": "high", "initiatives": ["process-redesign"]}]}
JSON
cat >two.json <<'JSON'
{"dimensions": [{"id": "processes", "score": 70}, {"id": "leadership", "score": 50}],
 "findings": [{"rule": "r1", "severity": "high", "initiatives": ["process-redesign"]}]}
JSON

run plan build --inputs one.json --start 2026-11-30; expect_rc 0
run plan show --format json; expect_rc 0
j '.initiatives[] | select(.id == "executive-sponsorship") | .urgency == 4
	and (.priority * 10 | round) == 707'

run plan build --inputs two.json --start 2026-11-30; expect_rc 0
run plan show --format json; expect_rc 0
j '[.initiatives[].id] == ["executive-sponsorship", "process-redesign", "programme-methodology", "change-management"]'
j '.initiatives[] | select(.id == "executive-sponsorship") | .urgency == 4
	and (.priority * 10 | round) == 707'
j '.initiatives[] | select(.id == "executive-sponsorship") | [.reasons[] | .kind + ":" + .ref]
	== ["dimension:leadership", "dependency:change-management", "dependency:process-redesign", "dependency:programme-methodology"]'
# each reason's own urgency: the dimension's, and what each needer passes on
j '.initiatives[] | select(.id == "executive-sponsorship") | .reasons
	| (.[0].urgency - (1 + 4 * 10 / 60) | fabs) < 1e-9
	and (.[1].urgency - (1 + 4 * 10 / 60) | fabs) < 1e-9 and .[2].urgency == 4
	and (.[3].urgency - (1 + 4 * 10 / 60) | fabs) < 1e-9'
j '.initiatives[] | select(.id == "process-redesign") | .urgency == 4 and .reasons[0].urgency == 4'
# the initiative's urgency is the highest of its reasons', everywhere
j '[.initiatives[] | .urgency == ([.reasons[] | .urgency // 0] | max)] | all'

run plan show; expect_rc 0
expect_out "      1 executive-sponsorship          2026-11-30 2026-12-13    2.0     70.7"
expect_out "       why: dimension 'leadership' scores 50, below 60"
expect_out "           needed by 'change-management', 'process-redesign', 'programme-methodology'"
run plan show --explain; expect_rc 0
expect_out "       why: dimension 'leadership' scores 50, below 60: urgency 1.67"
expect_out "           needed by 'change-management': urgency 1.67"
expect_out "           needed by 'process-redesign': urgency 4.00"
expect_out "           needed by 'programme-methodology': urgency 1.67"
expect_out "       urgency 4.00, the highest of its reasons"
expect_out "       priority = 5 x 4.00 x (6 - 1) / sqrt(2.0) = 70.7"
run plan show --format csv; expect_rc 0
python3 - <<'PY' || fail "csv: executive-sponsorship urgency 4, priority 70.7, every reason"
import csv
row = list(csv.DictReader(open("out")))[0]
assert row["initiative"] == "executive-sponsorship", row
assert float(row["urgency"]) == 4 and round(float(row["priority"]), 1) == 70.7, row
assert row["why"] == ("dimension 'leadership' scores 50, below 60; needed by "
                      "'change-management'; needed by 'process-redesign'; "
                      "needed by 'programme-methodology'"), row
PY
done_testing
