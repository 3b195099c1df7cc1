# Numbers print right at any size: 1.2e25 was cut to 23 digits by status
# (as if 1.2e22) and printed with 26 digits of binary noise by metric list,
# findings and the HTML report. Now four significant digits from 1e15 up.
. "$TESTS_DIR/cli/lib.sh"
run plan build --start 2026-09-07; expect_rc 0
run goal add --phase pilot --metric roi.ratio --op ">=" --target 2e25 --due 2027-01-31; expect_rc 0
run metric record roi.ratio 1e25 --date 2026-11-16; expect_rc 0
run metric record roi.ratio 1.2e25 --date 2026-11-23; expect_rc 0

run status --today 2026-11-23; expect_rc 0
# projected: the line through (11-16, 1e25) and (11-23, 1.2e25) at the due
# date 2027-01-31, 69 days on: 1.2e25 + 69/7 * 0.2e25 = 3.171e25
grep -E '^ +[0-9]+ +pilot +roi\.ratio >= 2e\+25 +2027-01-31 +1\.2e\+25 2026-11-23 +3\.171e\+25 ' out >/dev/null ||
	fail "status: the goal's figures"
expect_no_out "11999999999999999"

run metric list --name 'roi.*'; expect_rc 0
expect_out "2026-11-16      1e+25  manual"
expect_out "2026-11-23    1.2e+25  manual"

cat >roi.yaml <<'YAML'
id: roi
rules:
  - id: big-roi
    when: metric("roi.ratio") > 1e24
    severity: info
    title: {en: Big}
    recommendation: {en: None.}
YAML
run rules add roi.yaml; expect_rc 0
run findings; expect_rc 0
expect_out '  evidence: metric("roi.ratio") = 1.2e+25'

run report r.html; expect_rc 0
grep -q '1\.2e+25' r.html || fail "html: 1.2e+25"
grep -q '11999999999999999' r.html && fail "html: digits of noise"
# the full value stays in JSON
run metric list --name 'roi.*' --format json; expect_rc 0
expect_out '"value": 1.2e25'
done_testing
