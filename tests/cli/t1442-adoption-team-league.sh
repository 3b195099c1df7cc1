# The roster's manager column (migration 025) and the team league: managers
# named by id or by name, managers not in the roster (a warning; the team is
# named as written), teams below the minimum group folded into other, the
# league in text, JSON and CSV against hand-computed rates.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-cohorts"
export CRMREADY_TODAY=2026-02-10

run roster import "$D/roster.csv"; expect_rc 0
expect_out "Managers not in the roster: 2 (Dana Director, Evan Extern): neither a user's id nor one user's name; their direct reports form a team named as written."
expect_err "warning: 2 managers are not in the roster (teams named as written)"
# a3's manager "Ann Alpha" is a1's name: stored as a1's id; the others as written.
[ "$(sqlite3 crmready.db "SELECT manager FROM adoption_roster r JOIN adoption_accounts a ON a.num = r.num WHERE a.id = 'a3'")" = a1 ] \
	|| fail "a manager named by name is stored as the user's id"
[ "$(sqlite3 crmready.db "SELECT manager FROM adoption_roster r JOIN adoption_accounts a ON a.num = r.num WHERE a.id = 'b4'")" = "Dana Director" ] \
	|| fail "a manager not in the roster is stored as written"
run roster list --format csv; expect_rc 0
expect_out "id,name,department,role,license_start,wave,license_end,excluded,manager"
expect_out "a3,Amy Adams,Sales,Rep,2026-01-05,A,,,a1"
expect_out "b4,Bo Bright,Service,Agent,2026-01-19,B,,,Dana Director"
run adoption import "$D/log.csv" --map user=user,time=time; expect_rc 0

# Teams in the week of 2026-02-02 (the last complete week):
#   a1 (Ann Alpha): a2, a3, a4 -> 3 licensed, all active -> 1
#   b2 (Bob Bell): b1, b3 -> 2 licensed, b1 active -> 0.5
#   Dana Director: b4 (1, inactive); Evan Extern: c1 (1, active)
# At --min-group 2 the two teams of one fold into other: 2 licensed, 1 active.
run adoption report --min-group 2 --format csv --table teams; expect_rc 0
expect_out "rank,team,manager,week,licensed_users,active_users,active_rate,in_progress"
expect_out "1,Ann Alpha,a1,2026-02-02,3,3,1,false"
expect_out "2,Bob Bell,b2,2026-02-02,2,1,0.5,false"
expect_out ",other,,2026-02-02,2,1,0.5,false"
expect_no_out "Dana"
expect_no_out "Evan"
run adoption report --min-group 2; expect_rc 0
expect_out "Team league (week 2026-02-02, the last complete week): a team is a manager's direct reports"
expect_out "1  Ann Alpha               3       3  100.0%"
expect_out "2  Bob Bell                2       1   50.0%"
expect_out "   other (2 teams)         2       1   50.0%"
expect_out "Most adopting team: Ann Alpha 100.0%; least adopting: Bob Bell 50.0%."
run adoption report --min-group 2 --format json; expect_rc 0
python3 -c "
import json; t = json.load(open('out'))['teams']
assert t['week'] == '2026-02-02' and t['users_with_manager'] == 7, t
a, b, o = t['teams']
assert (a['rank'], a['team'], a['manager'], a['licensed_users'], a['active_rate']) == (1, 'Ann Alpha', 'a1', 3, 1.0), a
assert (b['rank'], b['team'], b['active_rate']) == (2, 'Bob Bell', 0.5), b
assert o['team'] is None and o['teams'] == 2 and o['licensed_users'] == 2 and o['active_users'] == 1, o" \
	|| fail "teams JSON"

# At 3, Bob Bell's team (2) folds too; other (4: b1, b3, b4, c1; active b1,
# c1) is shown, Ann Alpha's team alone is ranked.
run adoption report --min-group 3 --format csv --table teams; expect_rc 0
expect_out "1,Ann Alpha,a1,2026-02-02,3,3,1,false"
expect_out ",other,,2026-02-02,4,2,0.5,false"
expect_no_out "Bob Bell"
# At 5 every team folds: other (7) is all there is, never ranked.
run adoption report --format csv --table teams; expect_rc 0
expect_out ",other,,2026-02-02,7,5,0.714285714285714,false"
[ "$(wc -l < out)" -eq 2 ] || fail "one row: other"

# A long league: the text shows the top and bottom five, CSV all twelve.
# Managers m01..m12 with two reports each; in team k, k % 3 of them log in.
awk 'BEGIN { print "id,department,license_start,manager";
	for (k = 1; k <= 12; k++) { printf "m%02d,Mgmt,2026-01-05,\n", k;
		for (j = 1; j <= 2; j++) printf "u%02d%d,Ops,2026-01-05,m%02d\n", k, j, k } }' > big-roster.csv
awk 'BEGIN { print "user,time";
	for (k = 1; k <= 12; k++) for (j = 1; j <= k % 3; j++) printf "u%02d%d,2026-01-06T09:00:00Z\n", k, j;
	print "m01,2026-01-13T09:00:00Z" }' > big-log.csv
run --db big.db roster import big-roster.csv; expect_rc 0
run --db big.db adoption import big-log.csv --map user=user,time=time; expect_rc 0
# week 2026-01-05: k % 3 == 2 (m02 m05 m08 m11) 100%, == 1 (m01 m04 m07 m10)
# 50%, == 0 (m03 m06 m09 m12) 0%; ties by size (all 2), then name
run --db big.db adoption report --min-group 2; expect_rc 0
expect_out "the top and bottom 5 of 12 teams (--format csv --table teams lists them all)"
expect_out " 1  m02                    2       2  100.0%"
expect_out " 5  m01                    2       1   50.0%"
expect_out "    ..."
expect_out " 8  m10                    2       1   50.0%"
expect_out "12  m12                    2       0    0.0%"
expect_no_out " 6  m04"
expect_out "Most adopting team: m02 100.0%; least adopting: m12 0.0%."
run --db big.db adoption report --min-group 2 --format csv --table teams; expect_rc 0
[ "$(grep -c '^[0-9]' out)" -eq 12 ] || fail "CSV: 12 ranked teams"

# Another import warns only of the managers of its own users.
printf 'id,department\nz1,IT\n' > plain.csv
run roster import plain.csv; expect_rc 0
expect_no_out "Managers not in the roster"
done_testing
