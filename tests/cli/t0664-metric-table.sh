# One table of metric definitions (issue 16 item 4): the names crmready
# computes and each metric's domain come from it, for metric record, goal
# add and the HTML's percentages. A value outside its metric's domain is a
# usage error that writes nothing.
. "$TESTS_DIR/cli/lib.sh"

run metric record training.completion 0.5 --date 2026-11-02; expect_rc 0
before=$(db_sum)
run metric record training.completion 93 --date 2026-11-09
expect_rc 64; expect_err "VALUE: found 93, but training.completion is a fraction from 0 to 1"
run metric record --date 2026-11-09 -- adoption.active_users -1
expect_rc 64; expect_err "adoption.active_users is a count of 0 or more"
run metric record satisfaction.csat 8.5 --date 2026-11-09
expect_rc 64; expect_err "satisfaction.csat is a score from 1 to 5"
run metric record dq.duplicate_rate 1.2 --date 2026-11-09 --scope entity=Contact
expect_rc 64; expect_err "dq.duplicate_rate is a fraction from 0 to 1"
[ "$(db_sum)" = "$before" ] || fail "a value outside its domain was written"
# names of one's own keep an open domain
run metric record --date 2026-11-09 -- nps.score -40; expect_rc 0
run metric record satisfaction.csat 4.2 --date 2026-11-09; expect_rc 0

# Names: the families crmready computes list the table's names.
run goal add --phase pilot --metric dq.nothing --op ">=" --target 1 --due 2027-01-31
expect_rc 64
expect_err "dq names are: dq.completeness, dq.completeness.FIELD, dq.validity, dq.validity.FIELD, dq.duplicate_rate, dq.freshness, dq.score"
run metric record adoption.active_rat 0.5; expect_rc 64
expect_err "did you mean 'adoption.active_rate'"
run goal add --phase pilot --metric dq.validity.Email --op ">=" --target 0.9 --due 2027-01-31; expect_rc 0

# The table knows which way is better: a goal the other way round is added,
# with a warning.
run goal add --phase pilot --metric dq.duplicate_rate --op ">=" --target 0.1 --due 2027-01-31 --scope entity=Contact
expect_rc 0; expect_err "warning: dq.duplicate_rate is better lower, but '>=' asks it to rise"
run goal add --phase pilot --metric adoption.active_rate --op "<" --target 0.1 --due 2027-01-31
expect_rc 0; expect_err "warning: adoption.active_rate is better higher, but '<' asks it to fall"
run goal add --phase pilot --metric dq.duplicate_rate --op "<=" --target 0.1 --due 2027-01-31 --scope entity=Contact
expect_rc 0; [ -s err ] && fail "a warning for a goal the right way round"
run goal add --phase pilot --metric nps.score --op "<=" --target 10 --due 2027-01-31
expect_rc 0; [ -s err ] && fail "a warning for a metric outside the table"

# The HTML shows the table's fractions as percentages, per-field ones too.
run metric record dq.validity.Email 0.875 --date 2026-11-09; expect_rc 0
run report r.html; expect_rc 0
grep -q '&gt;= 90.0%</td>' r.html || fail "HTML: a per-field target as a percentage"
grep -q '87.5% <span class="meta">2026-11-09' r.html || fail "HTML: a per-field value as a percentage"
# ... and each goal's metric with its label from the table, in each language.
grep -q 'dq.validity.Email <span class="meta">(validity of a field)</span>' r.html || fail "HTML: metric label"
run report fa.html --lang fa; expect_rc 0
grep -q '<bdi>dq.validity.Email</bdi> <span class="meta">(<bdi>اعتبار یک فیلد</bdi>)</span>' fa.html || fail "HTML fa: metric label"
done_testing
