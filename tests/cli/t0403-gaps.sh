# gaps: current level, target, gap, importance, priority; set-target.
. "$TESTS_DIR/cli/lib.sh"
printf 'respondent,department,role,opportunity-management-level,data-quality-management-level,mobile-access-level\n' > caps.csv
printf 'A,Sales,Staff,2,1,na\nB,Sales,Manager,3,2,\nC,IT,Staff,2,1,3\n' >> caps.csv
run survey import crm-capabilities caps.csv; expect_rc 0

# opportunity: (2+3+2)/3 = 2.333, target 4, importance 3: gap 1.667, priority 5
# data quality: 4/3, target 4, importance 3: gap 2.667, priority 8
# mobile: 3 (one answer; na left out), target 3: gap 0
run gaps --format json; expect_rc 0
python3 -c "
import json; a = json.load(open('out'))
c = {x['id']: x for x in a['capabilities']}
assert a['capabilities'][0]['id'] == 'data-quality-management', a['capabilities'][0]
o = c['opportunity-management']
assert abs(o['current'] - 7/3) < 1e-9 and o['target'] == 4 and abs(o['gap'] - 5/3) < 1e-9
assert o['importance'] == 3 and abs(o['priority'] - 5) < 1e-9, o
m = c['mobile-access']; assert m['current'] == 3 and m['gap'] == 0 and m['respondents'] == 1, m
f = c['field-service']; assert f['current'] is None and f['gap'] is None, f
" || fail "gaps json"
run gaps; expect_rc 0
expect_out "Data quality management"
expect_out "2.7"

run gaps set-target opportunity-management 5; expect_rc 0
expect_out "target of opportunity-management set to 5 (model default 4)"
run gaps --format csv; expect_rc 0
expect_out "opportunity-management,sales,2.3333333333333335,5,2.6666666666666665,3,8,3"
run gaps; expect_rc 0; expect_out "set by the organisation"

before=$(db_sum)
run gaps set-target oportunity-management 3; expect_rc 64
expect_err "unknown capability 'oportunity-management' in crm-capabilities (did you mean 'opportunity-management'?)"
run gaps set-target opportunity-management 6; expect_rc 64; expect_err "expected a maturity level 1..5"
run gaps set-target opportunity-management; expect_rc 64
run gaps crm-readiness; expect_rc 65; expect_err "has no capability model"
[ "$(db_sum)" = "$before" ] || fail "workspace changed"

printf 'respondent,department,opportunity-management-level\nD,IT,6\n' > bad.csv
run survey import crm-capabilities bad.csv; expect_rc 65
expect_err "row 1 (line 2), column 3 (opportunity-management-level): error: found '6', expected a maturity level 1..5"
done_testing
