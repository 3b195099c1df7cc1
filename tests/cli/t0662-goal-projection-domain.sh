# Honest projections (issue 16 item 3): a goal's projection never leaves
# its metric's domain from the metric table (rates and fractions 0..1,
# counts >= 0, satisfaction.csat 1..5); a target outside the domain is never
# on track. Checked in the status table, JSON and the reports' CSV.
. "$TESTS_DIR/cli/lib.sh"

add() { run goal add --phase pilot --due 2027-03-31 "$@"; expect_rc 0; }
add --metric adoption.active_rate --op ">=" --target 0.95                      # 1 rate rising fast
add --metric adoption.active_users --op "<=" --target 0                        # 2 count falling fast
add --metric dq.duplicate_rate --op "<=" --target 0.01 --scope entity=Contact  # 3 fraction falling fast
add --metric satisfaction.csat --op ">=" --target 4.5                          # 4 score 1..5
add --metric training.completion --op ">=" --target 1.2                        # 5 beyond a fraction
add --metric nps.score --op ">=" --target 500                                  # 6 not in the table: open
rec() { run metric record "$@"; expect_rc 0; }
for x in "2026-11-30 0.3 40 0.3 3.0 0.3 10" "2026-12-07 0.6 25 0.2 3.8 0.6 20" "2026-12-14 0.9 10 0.1 4.4 0.9 30"; do
	set -- $x
	rec adoption.active_rate $2 --date $1
	rec adoption.active_users $3 --date $1
	rec dq.duplicate_rate $4 --date $1 --scope entity=Contact
	rec satisfaction.csat $5 --date $1
	rec training.completion $6 --date $1
	rec nps.score $7 --date $1
done

run status --today 2026-12-20 --format json; expect_rc 0
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
# the lines would reach 0.6 + 0.3 * 114 / 7 = 5.49 and 25 - 15 * 114 / 7 = -219
j '.goals[] | select(.id == 1) | .projected == 1 and .status == "on track"'
j '.goals[] | select(.id == 2) | .projected == 0 and .status == "on track"'
j '.goals[] | select(.id == 3) | .projected == 0 and .status == "on track"'
j '.goals[] | select(.id == 4) | .projected == 5 and .status == "on track"'
j '.goals[] | select(.id == 5) | .projected == 1 and .status == "at risk"'
j '.goals[] | select(.id == 6) | .projected > 180 and .projected < 190'
j '[.goals[] | select(.metric != "nps.score") | .projected] | all(. >= 0 and . <= 5)'

run status --today 2026-12-20; expect_rc 0
grep -Eq "adoption.active_rate >= 0.95 .* 1\.0 +[0-9.]+  on track$" out || fail "text: rate $(grep active_rate out)"
grep -Eq "adoption.active_users <= 0 .* 0\.0 +[0-9.-]+  on track$" out || fail "text: count $(grep active_users out)"
grep -Eq "training.completion >= 1.2 .* 1\.0 +[0-9.]+  at risk$" out || fail "text: beyond the domain"

run adoption report --today 2026-12-20 --format csv; expect_rc 0
grep -q "^,,,,,,,,,1,,pilot,adoption.active_rate,>=,0.95,2027-03-31,0.9,2026-12-14,1,.*,on track," out ||
	fail "adoption CSV projected: $(grep ',1,,pilot' out)"
grep -q "^,,,,,,,,,2,,pilot,adoption.active_users,<=,0,2027-03-31,10,2026-12-14,0,.*,on track," out ||
	fail "adoption CSV projected count: $(grep ',2,,pilot' out)"
done_testing
