# Complementary suppression week by week (issue 16 item 6; adv16 finding
# 2): Marketing has 6 licensed users in the report's week but only 3 in the
# week before (three licences start on 2025-03-10). That older week of
# Marketing shows no figure, and since the organisation's week minus Sales
# and Service would give it away, the next smallest group's week (Service,
# 8) shows none either; Sales' does. The same in 'metric list'.
. "$TESTS_DIR/cli/lib.sh"
{
	echo "Id,Name,Department,Role,License Start,Wave"
	for i in $(seq 1 12); do echo "s$i,Sales $i,Sales,Rep,2025-03-01,1"; done
	for i in $(seq 1 8); do echo "v$i,Service $i,Service,Agent,2025-03-01,1"; done
	for i in 1 2 3; do echo "m$i,Marketing $i,Marketing,Analyst,2025-03-01,1"; done
	for i in 4 5 6; do echo "m$i,Marketing $i,Marketing,Analyst,2025-03-10,1"; done
} >roster.csv
{
	echo '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
	n=0
	for day in 2025-03-04 2025-03-11; do
		for u in $(seq -f s%g 1 10) $(seq -f v%g 1 6) m1 m2 m3 m4; do
			n=$((n + 1)); echo "\"L$n\",\"$u\",\"${day}T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Success\",\"Browser\""
		done
	done
	echo "\"L999\",\"s1\",\"2025-03-17T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Invalid Password\",\"Browser\""
} >login.csv
run roster import roster.csv; expect_rc 0
run adoption import login.csv; expect_rc 0
run adoption report --today 2025-03-19 --format json; expect_rc 0
/usr/bin/python3 - <<'PY' || fail "report JSON"
import json
r = json.load(open("out"))
g = {x["name"]: {w["week"]: w for w in x["weeks"]} for x in r["groups"]}
assert sorted(g) == ["Marketing", "Sales", "Service"], sorted(g)
old, new = "2025-03-03", "2025-03-10"
assert g["Marketing"][old].get("fewer_than") == 5 and g["Marketing"][old]["active_users"] is None, g["Marketing"]
assert g["Service"][old].get("fewer_than") == 5 and g["Service"][old]["active_users"] is None, g["Service"]
assert g["Sales"][old]["active_users"] == 10, g["Sales"]
# the report's week: every group has at least 5, all shown
assert g["Marketing"][new]["active_users"] == 4 and g["Service"][new]["active_users"] == 6, g
PY
run metric list --name adoption.active_users --format csv; expect_rc 0
grep -q '^adoption.active_users,department=Marketing,2025-03-03,fewer than 5,adoption$' out || fail "list: Marketing"
grep -q '^adoption.active_users,department=Service,2025-03-03,fewer than 5,adoption$' out || fail "list: Service"
grep -q '^adoption.active_users,department=Sales,2025-03-03,10,adoption$' out || fail "list: Sales"
grep -q '^adoption.active_users,department=Service,2025-03-10,6,adoption$' out || fail "list: Service later"
done_testing
