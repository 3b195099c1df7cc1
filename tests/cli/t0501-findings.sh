# findings through metrics: each metric-based shipped rule firing and not
# firing, evidence, "not evaluated", ordering, formats, --min-severity,
# --fail-on, Persian, and a read-only run that writes nothing.
. "$TESTS_DIR/cli/lib.sh"
R="$DATA/rules"
pj() { python3 -c "import json; d = json.load(open('out')); print($1)"; }
# metric NAME SCOPE DATE VALUE: store a figure as the metric commands would.
metric() {
	sqlite3 crmready.db "INSERT OR REPLACE INTO metrics(name, scope, date, value, source)
		VALUES ('$1', '$2', '$3', $4, 'test')"
}
fired() { pj "' '.join(f['rule'] for f in d['findings'])"; }
not_evaluated() { pj "' '.join(f['rule'] for f in d['not_evaluated'])"; }

# No workspace: nothing fires, every rule says why, nothing is created.
run findings; expect_rc 0
expect_out "Findings: 0 fired, 47 not evaluated, 0 passed (1 rules set)"
expect_out 'no-executive-sponsor             no answers to crm-readiness'
expect_no_file crmready.db
run findings --format json; expect_rc 0
[ "$(pj "len(d['findings'])")" = 0 ] || fail "no findings without data"
[ "$(pj "d['not_evaluated'][0]")" = "{'rule': 'not-ready-overall', 'reason': 'no answers to crm-readiness'}" ] \
	|| fail "not_evaluated shape"
run findings --min-severity urgent; expect_rc 64; expect_err "unknown severity 'urgent'"
run findings --fail-on; expect_rc 64

# A workspace with a user's set (metrics by department).
run rules add "$R/adoption.yaml"; expect_rc 0

# Healthy figures: no metric rule fires.
metric dq.score entity=Contact 2026-11-16 0.92
metric dq.duplicate_rate entity=Contact 2026-11-16 0.01
metric adoption.active_rate "" 2026-11-16 0.95
metric adoption.active_rate department=Sales 2026-11-16 0.8
metric adoption.logins_per_active_user "" 2026-11-16 6
metric training.completion wave=1 2026-11-16 0.9
metric roi "" 2026-11-16 5
metric investment "" 2026-11-16 10
run findings --format json; expect_rc 0
[ "$(fired)" = "" ] || fail "healthy: nothing fires, got $(fired)"
for r in low-data-quality-score high-duplicate-rate low-adoption low-training-completion \
	 sales-adoption-low logins-thin roi-negative; do
	not_evaluated | grep -qw "$r" && fail "healthy: $r should be evaluated"
done
run findings --fail-on info; expect_rc 0

# Troubled figures, one week later: every metric rule fires, with evidence.
metric dq.score entity=Contact 2026-11-23 0.62
metric dq.duplicate_rate entity=Contact 2026-11-23 0.062
metric adoption.active_rate "" 2026-11-23 0.41
metric adoption.active_rate department=Sales 2026-11-23 0.35
metric adoption.logins_per_active_user "" 2026-11-23 2.5
metric training.completion wave=1 2026-11-23 0.55
metric roi "" 2026-11-23 -3
sum=$(db_sum)
run findings --format json; expect_rc 0
# by severity: critical, then high in set order (adoption-watch, crm-default), ...
[ "$(fired)" = "low-adoption sales-adoption-low low-data-quality-score high-duplicate-rate roi-negative low-training-completion logins-thin" ] \
	|| fail "troubled: order $(fired)"
[ "$(pj "d['findings'][0]['evidence']")" = "{'metric(\"adoption.active_rate\")': 0.41}" ] || fail "evidence"
[ "$(pj "d['findings'][0]['severity'] + '|' + d['findings'][0]['title'] + '|' + ','.join(d['findings'][0]['initiatives'])")" = \
  "critical|Fewer than half of licensed users are active|adoption-monitoring,role-based-training,change-management" ] || fail "finding fields"
[ "$(pj "sorted(d['findings'][0].keys())")" = "['evidence', 'initiatives', 'recommendation', 'rule', 'severity', 'source', 'sources', 'title', 'waiver']" ] \
	|| fail "finding keys"
[ "$(pj "d['findings'][4]['evidence']")" = "{'metric(\"roi\")': -3.0, 'metric(\"investment\")': 10.0}" ] || fail "two-call evidence"
[ "$(pj "d['findings'][1]['evidence']")" = "{'metric(\"adoption.active_rate\", \"department=Sales\")': 0.35}" ] || fail "scoped evidence"

run findings; expect_rc 0
expect_out "Findings: 7 fired, 43 not evaluated, 0 passed (2 rules sets)"
expect_out "critical  Fewer than half of licensed users are active  low-adoption"
expect_out '  evidence: metric_max("dq.duplicate_rate", "entity") = 0.062'
expect_out "  recommendation: Merge the duplicate clusters"
expect_out "  initiatives: data-cleansing"
expect_out "  source: IBM's CRM transformation (Kumar and Reinartz): data is worse than assumed: profile and cleanse early"
expect_out "Not evaluated (no data)"

run findings --min-severity high --format json; expect_rc 0
[ "$(fired)" = "low-adoption sales-adoption-low low-data-quality-score high-duplicate-rate" ] || fail "min-severity: $(fired)"
not_evaluated | grep -qw few-respondents && fail "min-severity filters not evaluated too"

run findings --format csv; expect_rc 0
expect_out "status,rule,severity,title,evidence,recommendation,initiatives,source,reason,waiver_by,waiver_until,waiver_reason"
expect_out 'fired,low-adoption,critical,Fewer than half of licensed users are active,"metric(""adoption.active_rate"")=0.41",'
expect_out 'not evaluated,not-ready-overall,critical,The organisation is not ready for a CRM rollout,index()=,'

run findings --lang fa; expect_rc 0
expect_out "یافته‌ها: ۷ مورد"
expect_out "بحرانی    کمتر از نیمی از کاربران دارای مجوز فعال‌اند  low-adoption"
expect_out 'پاسخی به crm-readiness ثبت نشده است'

# --fail-on: exit 1 when a finding at or above the threshold fires.
run findings --fail-on critical --format json; expect_rc 1
[ "$(pj "len(d['findings'])")" = 7 ] || fail "fail-on still prints"
run findings --fail-on critical --min-severity critical; expect_rc 1
metric adoption.active_rate "" 2026-11-30 0.7
run findings --fail-on critical; expect_rc 0
run findings --fail-on high --quiet; expect_rc 1

# Division by zero: not evaluated, never fired.
metric investment "" 2026-11-30 0
run findings --format json; expect_rc 0
[ "$(pj "[f['reason'] for f in d['not_evaluated'] if f['rule'] == 'roi-negative'][0]")" = "division by zero" ] \
	|| fail "division by zero"
fired | grep -qw roi-negative && fail "division by zero fired"

# Reading findings wrote nothing.
metric investment "" 2026-11-30 10
sum=$(db_sum)
run findings; run findings --format json; run findings --fail-on info
[ "$(db_sum)" = "$sum" ] || fail "findings changed the workspace"
done_testing
