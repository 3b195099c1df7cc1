# metric record|list|rm: validation, the §9 CSV shape, replacing, removing.
. "$TESTS_DIR/cli/lib.sh"

run metric --help; expect_rc 0
for sub in record list rm; do
	run metric $sub --help; expect_rc 0; expect_out "usage: crmready metric $sub"
done
run metric list; expect_rc 0; expect_out "no workspace yet"
expect_no_file crmready.db

run metric record training.completion 0.4 --date 2027-01-04 --scope wave=pilot
expect_rc 0; expect_out "recorded training.completion = 0.4 on 2027-01-04 (wave=pilot)"
run metric record training.completion 0.65 --date 2027-01-11 --scope wave=pilot --source "LMS export"
expect_rc 0
run metric record roi.ratio 0.1; expect_rc 0; expect_out "on 2026-11-23"
run metric record satisfaction.csat 3.9 --date 2027-01-04; expect_rc 0
run metric record satisfaction.csat 3.95 --date 2027-01-04; expect_rc 0; expect_out "replaced"

run metric list --format csv; expect_rc 0
cat > want.csv <<'CSV'
name,scope,date,value,source
roi.ratio,,2026-11-23,0.1,manual
satisfaction.csat,,2027-01-04,3.95,manual
training.completion,wave=pilot,2027-01-04,0.4,manual
training.completion,wave=pilot,2027-01-11,0.65,LMS export
CSV
cmp -s out want.csv || { diff out want.csv >&2; fail "metric list csv"; }
run metric list --name 'training.*' --format csv; expect_rc 0
[ "$(wc -l < out)" -eq 3 ] || fail "glob"
run metric list --scope "" --format json; expect_rc 0
jq -e '.metrics | length == 2 and .[0].name == "roi.ratio" and .[0].value == 0.1' out >/dev/null || fail "json scope"
run metric list; expect_rc 0; expect_out "training.completion"

# bad input
sum=$(db_sum)
run metric record training.completion abc; expect_rc 64; expect_err "VALUE: found 'abc', expected a number"
run metric record adoption.actve_rate 1; expect_rc 64; expect_err "did you mean 'adoption.active_rate'"
run metric record "bad name" 1; expect_rc 64
run metric record x.y 1 --scope team=A; expect_rc 64; expect_err "--scope"
run metric record x.y 1 --date 2027-13-01; expect_rc 64; expect_err "--date"
run metric record x.y; expect_rc 64; expect_err "missing argument"
run metric list --scope wrong; expect_rc 64
run metric rm nothing.here; expect_rc 65; expect_err "nothing removed"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by bad input"

run metric rm training.completion --date 2027-01-04; expect_rc 0; expect_out "removed 1 value of training.completion"
run metric rm satisfaction.csat; expect_rc 0
run metric list --format csv
[ "$(wc -l < out)" -eq 3 ] || fail "after rm"
done_testing
