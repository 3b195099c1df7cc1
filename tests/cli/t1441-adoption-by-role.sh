# Weekly figures by role (the roster's role column, scope role=NAME): the
# report's --by role in text, JSON and CSV against hand-computed figures,
# goals and metric list on role=, and --by's bad input.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-cohorts"
export CRMREADY_TODAY=2026-02-10

run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/log.csv" --map user=user,time=time; expect_rc 0
run init --min-group 2; expect_rc 0

# Roles: Manager a1; Rep a2,a3,a4 (a4 licensed from W2); Agent b1,b3,b4 (from
# W3), c1; Lead b2 (from W3). Week 2026-02-02 (the last complete one):
#   Agent: 4 licensed, active b1, c1 = 2 -> 0.5
#   Rep:   3 licensed, active a2, a3, a4 = 3 -> 1
#   Manager (1) and Lead (1) are below 2: together in other = 2 licensed,
#   active b2 = 1 -> 0.5. Week 2026-01-19: Agent 4 licensed, b1 active -> 0.25.
run adoption report --by role --format csv --weeks 0; expect_rc 0
expect_out "role=Agent,2026-02-02,4,2,0.5,1,false"
expect_out "role=Rep,2026-02-02,3,3,1,1,false"
expect_out "role=Agent,2026-01-19,4,1,0.25,1,false"
expect_out "other,2026-02-02,2,1,0.5,,false"
expect_no_out "role=Manager"
run adoption report --by role; expect_rc 0
expect_out "By role (week 2026-02-02, the last complete week)"
expect_out "Role    Licensed   Active    Rate  Trend"
expect_out "Agent          4        2   50.0%"
expect_out "Rep            3        3  100.0%"
expect_out "Least adopting roles: other 50.0%, Agent 50.0% (organisation 66.7%)."
expect_out "in \"other\" (fewer than 2 licensed users, or so that \"other\" has at least 2): Lead, Manager"
run adoption report --by role --format json; expect_rc 0
python3 -c "
import json; d = json.load(open('out'))
assert d['by'] == 'role', d['by']
g = {x['scope']: x for x in d['groups']}
w = [x for x in g['role=Agent']['weeks'] if x['week'] == '2026-02-02'][0]
assert (w['licensed_users'], w['active_users'], w['active_rate']) == (4, 2, 0.5), w
assert d['in_other'] == ['Lead', 'Manager'], d['in_other']" || fail "role JSON"

# Stored as metrics: role= is a scope for metric list and goals.
run metric list --scope role=Rep --name adoption.active_users --format csv; expect_rc 0
expect_out "adoption.active_users,role=Rep,2026-02-02,3,adoption"
run goal add --phase p1 --metric adoption.active_rate --op '>=' --target 0.8 --due 2026-03-01 --scope role=Rep
expect_rc 0
run status --format json; expect_rc 0
python3 -c "
import json; g = json.load(open('out'))['goals'][0]
assert g['scope'] == 'role=Rep' and g['latest'] == 1 and g['latest_date'] == '2026-02-02', g" \
	|| fail "a goal on role=Rep reads the role's figures"
run goal add --phase p1 --metric adoption.active_rate --op '>=' --target 0.8 --due 2026-03-01 --scope rol=Rep
expect_rc 64
expect_err "did you mean 'role'"

# --by: an unknown breakdown lists the valid ones; nothing changes.
before=$(db_sum)
run adoption report --by team; expect_rc 64
expect_err "--by: found 'team', expected department, wave or role"
[ "$(db_sum)" = "$before" ] || fail "a refused --by changed the workspace"
done_testing
