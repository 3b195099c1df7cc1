# Anonymity in adoption, complementary suppression and least adopting
# (issue 16 item 6; adv16 findings 2, 3, 13). Legal (3 users) is hidden; an
# "other" of Legal alone would be the organisation minus the shown groups,
# so the next smallest, Ops (5), joins it: other = 8 users, 5 active. The
# least adopting are chosen among the groups shown, other included:
# Marketing 50.0%, Finance 57.1%, other 62.5% (organisation 70.7%).
. "$TESTS_DIR/cli/lib.sh"
{
	echo "Id,Name,Department,Role,License Start,Wave"
	for i in $(seq 1 12); do echo "s$i,Sales $i,Sales,Rep,2025-03-01,1"; done
	for i in $(seq 1 8); do echo "v$i,Service $i,Service,Agent,2025-03-01,1"; done
	for i in $(seq 1 6); do echo "m$i,Marketing $i,Marketing,Analyst,2025-03-01,2"; done
	for i in $(seq 1 7); do echo "f$i,Finance $i,Finance,Clerk,2025-03-01,2"; done
	for i in $(seq 1 5); do echo "o$i,Ops $i,Ops,Lead,2025-03-01,3"; done
	for i in $(seq 1 3); do echo "l$i,Legal $i,Legal,Counsel,2025-03-01,4"; done
} >roster.csv
{
	echo '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
	n=0
	for u in $(seq -f s%g 1 11) $(seq -f v%g 1 6) m1 m2 m3 f1 f2 f3 f4 o1 o2 o3 o4 o5; do
		n=$((n + 1)); echo "\"L$n\",\"$u\",\"2025-03-04T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Success\",\"Browser\""
	done
	# the logs cover the week to its end
	echo "\"L99\",\"s1\",\"2025-03-10T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Invalid Password\",\"Browser\""
} >login.csv
run roster import roster.csv; expect_rc 0
run adoption import login.csv; expect_rc 0
run adoption report --today 2025-03-12; expect_rc 0
expect_out 'in "other" (fewer than 5 licensed users, or so that "other" has at least 5): Legal, Ops'
grep -q "^Ops " out && fail "Ops has a row: other minus it gives Legal away"
grep -q "^other  *8  *5   62.5%" out || fail "other row"
expect_out "Least adopting departments: Marketing 50.0%, Finance 57.1%, other 62.5% (organisation 70.7%)."
run adoption report --today 2025-03-12 --format json; expect_rc 0
jq -e '.in_other == ["Legal", "Ops"] and ([.groups[].name] == ["Finance", "Marketing", "Sales", "Service", null])
	and ([.least_adopting[] | .scope] == ["department=Marketing", "department=Finance", "other"])' \
	out >/dev/null || fail "JSON: $(jq -c '[.in_other, [.least_adopting[].scope]]' out)"
run adoption report --today 2025-03-12 --format csv; expect_rc 0
expect_no_out "department=Ops"
expect_out "other,2025-03-03,8,5,0.625,"
# By wave: wave 4 (Legal, 3) and wave 3 (Ops, 5) together.
run adoption report --today 2025-03-12 --by wave --format json; expect_rc 0
jq -e '.in_other == ["3", "4"] and ([.groups[].name] == ["1", "2", null])' out >/dev/null ||
	fail "by wave: $(jq -c '.in_other' out)"
# The sum of the shown groups and other is the organisation's: nothing
# hidden can be recovered from it.
run adoption report --today 2025-03-12 --format json; expect_rc 0
jq -e '[.groups[].weeks[-1].licensed_users] | add == 41' out >/dev/null || fail "groups add up"
# Workbook and HTML: the same groups.
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook adoption groups"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Adoption"]
flat = [v for row in ws.iter_rows() for v in (c.value for c in row) if isinstance(v, str)]
assert "Ops" not in flat and "Legal" not in flat, "Ops or Legal has a row"
assert "other" in flat and "Finance" in flat, flat
PY
run report r.html; expect_rc 0
/usr/bin/python3 - r.html <<'PY' || fail "HTML adoption groups"
import sys
h = open(sys.argv[1], encoding="utf-8").read()
a = h[h.index('id="adoption"'):]
a = a[:a.index("</section>")]
assert "<td>Ops</td>" not in a and "<td>Legal</td>" not in a, "Ops or Legal"
assert "<td>other</td>" in a and "department=" not in a, "other, by name"
PY
done_testing
