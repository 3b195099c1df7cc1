# "Too early" (issue 16 item 3): "on track" needs at least 3 values over at
# least 2 ISO weeks; with fewer a goal is too early, a state of its own,
# counted in the tally of status, the reports, the workbook and the HTML
# (in Persian too), and never failing --fail-on.
. "$TESTS_DIR/cli/lib.sh"
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >dump || fail "xlsx_dump failed on $1"; }
expect_dump() { grep -qF -- "$1" dump || fail "workbook lacks: $1"; }

add() { run goal add --phase pilot --due 2027-03-31 "$@"; expect_rc 0; }
add --metric adoption.active_rate --op ">=" --target 0.8                       # 1: two values, two weeks
add --metric training.completion --op ">=" --target 0.9                        # 2: three values, one week
add --metric dq.score --op ">=" --target 0.9 --scope entity=Contact            # 3: three values, three weeks
rec() { run metric record "$@"; expect_rc 0; }
rec adoption.active_rate 0.4 --date 2026-11-30
rec adoption.active_rate 0.6 --date 2026-12-07
rec training.completion 0.3 --date 2026-12-07
rec training.completion 0.5 --date 2026-12-09
rec training.completion 0.7 --date 2026-12-13
rec dq.score 0.6 --date 2026-11-30 --scope entity=Contact
rec dq.score 0.7 --date 2026-12-07 --scope entity=Contact
rec dq.score 0.8 --date 2026-12-14 --scope entity=Contact

# Before, two rising values made 'on track'; now the trend of so few
# values says nothing yet.
run status --today 2026-12-20; expect_rc 0
grep -Eq "^ +1 +pilot +adoption.active_rate >= 0.8 .* too early$" out || fail "goal 1: $(grep active_rate out)"
grep -Eq "^ +2 +pilot +training.completion >= 0.9 .* too early$" out || fail "goal 2: $(grep training out)"
grep -Eq "^ +3 +pilot +dq.score >= 0.9 .* on track$" out || fail "goal 3: $(grep dq.score out)"
expect_out "3 goals: 0 achieved, 1 on track, 0 at risk, 0 missed, 2 too early, 0 no data"
expect_out "too early: fewer than 3 values or fewer than 2 weeks"
run --lang fa status --today 2026-12-20; expect_rc 0
expect_out "۳ هدف: ۰ محقق شد، ۱ در مسیر، ۰ در معرض خطر، ۰ محقق نشد، ۲ هنوز زود است، ۰ بدون داده"
expect_out "هنوز زود است"
run status --today 2026-12-20 --format json; expect_rc 0
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
j '.goals[] | select(.id == 1) | .status == "too early" and .points == 2 and .weeks == 2'
j '.goals[] | select(.id == 2) | .status == "too early" and .points == 3 and .weeks == 1'
j '.goals[] | select(.id == 3) | .status == "on track" and .points == 3 and .weeks == 3'
# too early is on no rung of --fail-on
run status --today 2026-12-20 --fail-on at-risk; expect_rc 0

# The reports: the state and the tally.
run adoption report --today 2026-12-20; expect_rc 0
expect_out "1 goal: 0 achieved, 0 on track, 0 at risk, 0 missed, 1 too early, 0 no data"
run adoption report --today 2026-12-20 --format csv; expect_rc 0
grep -q ",too early,2026-12-20,0.4$" out || fail "adoption CSV: $(tail -n 1 out)"

# The workbook: the state on the Goals sheet and the tally on it and on the Summary.
CRMREADY_TODAY=2026-12-20 run export wb.xlsx; expect_rc 0
xdump wb.xlsx
expect_dump "cell	Goals	A3	s	3 goals: 0 achieved, 1 on track, 0 at risk, 0 missed, 2 too early, 0 no data"
grep -q "^cell	Goals	J[0-9]*	s	too early$" dump || fail "Goals sheet: too early"
grep -q "^cell	Summary	B[0-9]*	s	3 goals: 0 achieved, 1 on track, 0 at risk, 0 missed, 2 too early, 0 no data$" dump ||
	fail "Summary: tally"
grep -q "^cell	Summary	H[0-9]*	s	too early$" dump || fail "Summary: too early"
CRMREADY_TODAY=2026-12-20 run export fa.xlsx --lang fa; expect_rc 0
xdump fa.xlsx
grep -q "^cell	.*	s	۳ هدف: ۰ محقق شد، ۱ در مسیر، ۰ در معرض خطر، ۰ محقق نشد، ۲ هنوز زود است، ۰ بدون داده$" dump ||
	fail "Persian workbook tally"

# The HTML: a badge of its own and the tally.
CRMREADY_TODAY=2026-12-20 run report r.html; expect_rc 0
grep -q '<span class="status too-early">too early</span>' r.html || fail "HTML badge"
grep -q '<p class="tally">3 goals: 0 achieved, 1 on track, 0 at risk, 0 missed, 2 too early, 0 no data</p>' r.html ||
	fail "HTML tally"
CRMREADY_TODAY=2026-12-20 run report fa.html --lang fa; expect_rc 0
grep -q '<span class="status too-early">هنوز زود است</span>' fa.html || fail "HTML fa badge"
grep -q '۲ هنوز زود است' fa.html || fail "HTML fa tally"
done_testing
