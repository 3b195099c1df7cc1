# status: every state, the §9 JSON shape, --fail-on, --today.
. "$TESTS_DIR/cli/lib.sh"

run status --help; expect_rc 0; expect_out "least-squares"
run status; expect_rc 0; expect_out "no goals yet"
expect_no_file crmready.db

add() { run goal add --phase pilot --due 2027-03-31 "$@"; expect_rc 0; }
add --metric adoption.active_rate --op ">=" --target 0.8 --scope department=Sales   # 1 on track
add --metric training.completion --op ">=" --target 0.9                           # 2 achieved
add --metric dq.duplicate_rate --op "<=" --target 0.03 --scope entity=Contact     # 3 on track (falling)
add --metric satisfaction.csat --op ">=" --target 4.5                             # 4 at risk
add --metric roi.ratio --op ">=" --target 1                                       # 5 no data
run goal add --phase foundation --due 2027-01-31 --metric dq.score --op ">=" --target 0.9 --scope entity=Contact  # 6 missed
rec() { run metric record "$@"; expect_rc 0; }
rec adoption.active_rate 0.4 --date 2027-01-04 --scope department=Sales
rec adoption.active_rate 0.52 --date 2027-01-25 --scope department=Sales
rec adoption.active_rate 0.64 --date 2027-02-14 --scope department=Sales
rec training.completion 0.92 --date 2027-02-01
rec dq.duplicate_rate 0.08 --date 2027-01-04 --scope entity=Contact
rec dq.duplicate_rate 0.06 --date 2027-01-18 --scope entity=Contact
rec dq.duplicate_rate 0.05 --date 2027-02-01 --scope entity=Contact
rec satisfaction.csat 4.0 --date 2027-01-04
rec satisfaction.csat 3.95 --date 2027-01-18
rec satisfaction.csat 3.9 --date 2027-02-01
rec dq.score 0.8 --date 2027-01-25 --scope entity=Contact
rec adoption.active_rate 0.99 --date 2027-03-01 --scope department=Sales   # after --today: ignored

run status --today 2027-02-15; expect_rc 0
expect_out "Goal status on 2027-02-15"
expect_out "6 goals: 1 achieved, 2 on track, 1 at risk, 1 missed, 0 too early, 1 no data"
sed -n 2,3p out > table_en
run --lang fa status --today 2027-02-15; expect_rc 0
expect_out "وضعیت اهداف در 2027-02-15"
expect_out "۶ هدف: ۱ محقق شد، ۲ در مسیر، ۱ در معرض خطر، ۱ محقق نشد، ۰ هنوز زود است، ۱ بدون داده"
expect_no_out "Goal status"
# same columns as in English: the heading ends where the English one does,
# and each goal's row differs from the English one only in its status word
python3 -c 'f=[l.rstrip("\n").replace("\u200c", "") for l in open("out")]; e=[l.rstrip("\n") for l in open("table_en")]; cut=lambda l: l.rsplit("  ",1)[0]; assert len(cut(f[1])) == len(cut(e[0])), (f[1], e[0]); assert cut(f[2]) == cut(e[1]), (f[2], e[1])' ||
	fail "Persian status table not aligned: $(sed -n 2,3p out)"
run status --today 2027-02-15 --format json; expect_rc 0
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
j '(.goals | length) == 6'
# the §9 keys, in the §9 order, first
j '.goals[0] | keys_unsorted[0:9] == ["phase","metric","scope","op","target","due","latest","latest_date","status"]'
j '.goals[] | select(.metric == "adoption.active_rate") | .phase == "pilot" and .scope == "department=Sales" and .op == ">=" and .target == 0.8 and .due == "2027-03-31" and .latest == 0.64 and .latest_date == "2027-02-14" and .status == "on track"'
j '.goals[] | select(.metric == "training.completion") | .status == "achieved"'
j '.goals[] | select(.metric == "dq.duplicate_rate") | .status == "on track" and .projected < 0.03'
j '.goals[] | select(.metric == "satisfaction.csat") | .status == "at risk"'
j '.goals[] | select(.metric == "roi.ratio") | .status == "no data" and .latest == null and .latest_date == null'
j '.goals[] | select(.metric == "dq.score") | .status == "missed"'

run status --today 2027-02-15 --fail-on missed; expect_rc 1; expect_err "1 goal is missed"
run status --today 2027-02-15 --fail-on at-risk; expect_rc 1; expect_err "2 goals are at risk or missed"
run status --today 2027-01-20 --fail-on missed; expect_rc 0
run status --fail-on late; expect_rc 64; expect_err "expected missed or at-risk"
run status --today 2027-02-31; expect_rc 64
# on 03-02 the 0.99 counts: achieved
run status --today 2027-03-02 --format json
j '.goals[] | select(.metric == "adoption.active_rate") | .status == "achieved" and .latest == 0.99'
done_testing
