# adoption import of activity logs (issue 21): actions stored by kind apart
# from logins, same-second events of different kinds kept apart, and the
# weekly adoption.core_active_users / core_active_rate against hand-computed
# values in text, JSON, CSV, the workbook and the HTML report.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-actions"
MAP=user=CreatedById,time=CreatedDate,object=Object,action=Action

run adoption import --help; expect_rc 0
expect_out "--object NAME"; expect_out "--action NAME"; expect_out "action=COL"
run init --min-group 2; expect_rc 0
run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/logins.csv"; expect_rc 0
# Logins alone: no core figures (nobody would be core-active without a log).
[ "$(sqlite3 crmready.db "select count(*) from metrics where name like 'adoption.core%'")" = 0 ] ||
	fail "core figures without an activity log"

run adoption import "$D/activity.csv" --map "$MAP"; expect_rc 0
expect_out "Imported $D/activity.csv (activity log): 10 rows, 0 not successful (ignored)."
# u1's Login row is a login; the Opportunity update in the same second is
# an action beside it; u1's two Opportunity creations in one second are one.
expect_out "New logins: 1; already known: 0."
expect_out "New actions: 8; already known: 1; new kinds of action: 6."
expect_out "Weekly figures recomputed for 2 weeks"
[ "$(sqlite3 crmready.db 'select count(*) from adoption_logins')" = 3 ] || fail "3 logins"
[ "$(sqlite3 crmready.db 'select count(*) from adoption_actions')" = 8 ] || fail "8 actions"
# the same second, one user, a login and an action: both kept
[ "$(sqlite3 crmready.db "select count(*) from adoption_actions a join adoption_logins l
	on l.key = a.key")" = 1 ] || fail "the login and the update of one second"

# A record-creation export of one object: --object and --action.
run adoption import "$D/opportunities.csv" --map user=CreatedById,time=CreatedDate \
	--object Opportunity --action created --format json; expect_rc 0
jq -e '.actions == {"added": 1, "already_known": 1, "new_kinds": 0} and .added == 0' out \
	>/dev/null || fail "opportunity export: $(cat out)"
# Again: nothing new, nothing changed.
before=$(db_sum)
run adoption import "$D/activity.csv" --map "$MAP"; expect_rc 0
expect_out "New actions: 0; already known: 9; new kinds of action: 0."
[ "$(db_sum)" = "$before" ] || fail "re-import changed the workspace"

# Hand computation, weeks W1 = 2026-11-02 and W2 = 2026-11-09; six licensed
# users, Sales u1-u3 (wave 1), Service u4-u6 (wave 2). Core by the shipped
# default: Opportunity/Task/Event/Activity/Case created or updated.
# W1: u1 Opportunity updated, u2 Task created -> 2 core-active; u4 Account
#     updated and u5 Contact created are not core; u3 only logs in.
#     2/6 = 0.333...; Sales 2/3, Service 0/3.
# W2: u1 Opportunity created and updated, u4 Case created, u6 Opportunity
#     created (the export) -> 3, 3/6 = 0.5; Sales 1/3, Service 2/3.
# Active (logins): W1 u1 (the Login row), u3 -> 2; W2 u3 -> 1 (u6 failed).
run adoption report --format csv --weeks 0; expect_rc 0
expect_out "scope,week,licensed_users,active_users,active_rate,logins_per_active_user,in_progress,core_active_users,core_active_rate"
expect_out ",2026-11-02,6,2,0.333333333333333,1,false,2,0.333333333333333,"
expect_out ",2026-11-09,6,1,0.166666666666667,1,false,3,0.5,"
expect_out "department=Sales,2026-11-02,3,2,0.666666666666667,1,false,2,0.666666666666667,"
expect_out "department=Sales,2026-11-09,3,1,0.333333333333333,1,false,1,0.333333333333333,"
expect_out "department=Service,2026-11-02,3,0,0,,false,0,0,"
expect_out "department=Service,2026-11-09,3,0,0,,false,2,0.666666666666667,"
run adoption report --by wave --format csv --weeks 0; expect_rc 0
expect_out "wave=1,2026-11-09,3,1,0.333333333333333,1,false,1,0.333333333333333,"
expect_out "wave=2,2026-11-09,3,0,0,,false,2,0.666666666666667,"
run adoption report --format json --weeks 0; expect_rc 0
jq -e '.weeks[0].core_active_users == 2 and (.weeks[0].core_active_rate * 1e6 | round) == 333333
	and .weeks[1].core_active_users == 3 and .weeks[1].core_active_rate == 0.5
	and (.groups[] | select(.scope == "department=Service") | .weeks[1].core_active_users) == 2' \
	out >/dev/null || fail "JSON core figures"
run adoption report --weeks 0; expect_rc 0
expect_out "Core actions (licensed users with a core action that week"
expect_out "2026-11-09            3  50.0%"
expect_out "Service               2  66.7%"
# Persian: the section in its words and digits
run --lang fa adoption report --weeks 0; expect_rc 0
expect_out "۵۰٫۰٪"

# Anonymity as the login figures: at --min-group 4 the groups of 3 are
# other (6 users together), which shows 3 core-active in W2.
run adoption report --min-group 4 --format json --weeks 0; expect_rc 0
jq -e '[.groups[] | .scope] == ["other"] and .groups[0].weeks[1].core_active_users == 3
	and .groups[0].weeks[1].core_active_rate == 0.5' out >/dev/null || fail "other: $(cat out)"
run adoption report --min-group 7 --format json --weeks 0; expect_rc 0
jq -e '.groups[0].weeks[1] | has("core_active_users") | not' out >/dev/null ||
	fail "a small group shows no core figure"

# The workbook's Adoption sheet and the HTML report.
run export book.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - <<'PY' || fail "workbook core columns"
import openpyxl
ws = openpyxl.load_workbook('book.xlsx')['Adoption']
head = [c.value for c in ws[4]]
u, r = head.index('Core-active users'), head.index('Core-active rate')
rows = [[c.value for c in row] for row in ws.iter_rows(min_row=5, max_row=6)]
assert [x[u] for x in rows] == [2, 3], rows
assert abs(rows[0][r] - 1 / 3) < 1e-12 and rows[1][r] == 0.5, rows
PY
run report r.html; expect_rc 0
grep -q "Weekly core-active rate" r.html || fail "HTML core chart"
grep -q "50.0%</td><td class=\"n\">3</td>" r.html || fail "HTML core table"

# adoption core-actions lists the kinds, core or not.
run adoption core-actions; expect_rc 0
expect_out "Core actions: the shipped default (adoption/core-actions.yaml)."
expect_out "Account      updated  no"
expect_out "Opportunity  created  yes"
run adoption core-actions --format json; expect_rc 0
jq -e '.shipped and (.kinds | length) == 6 and ([.kinds[] | select(.core)] | length) == 4' out \
	>/dev/null || fail "core-actions JSON"
done_testing
