# A log that adds a login to one week recomputes that week and the three
# after it (their 28 days reach back into it), and only those; a week
# recomputed alone reads the 21 days before it (docs/adoption.md: Stickiness).
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-usage"
export CRMREADY_TODAY=2026-03-10

run init --min-group 2; expect_rc 0
run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/login.csv" --map user=user,time=time; expect_rc 0
sqlite3 crmready.db "UPDATE metrics SET value = 9 WHERE name = 'adoption.stickiness' AND scope = '' AND date = '2026-02-02'"

# a3 logs in on 2026-02-12 (the week of 02-09): weeks 02-09, 02-16, 02-23
# and 03-02 are recomputed; 02-02 keeps its (here tampered) value.
run adoption import "$D/login-late.csv" --map user=user,time=time; expect_rc 0
expect_out "Weekly figures recomputed for 4 weeks (2026-02-09 .. 2026-03-02)."
# Hand computation, licensed a1..a5 from 02-23 (a6 ended 02-20):
#   02-09: WAU a2 (02-10), a3 (02-12) = 2; MAU (01-19 .. 02-15) a1, a2, a3, a6 = 4: 0.5
#   03-02: WAU a1, a4 = 2; MAU (02-09 .. 03-08) a1, a2, a3 (02-12), a4 = 4: 0.5
run adoption report --format csv --table stickiness --weeks 0; expect_rc 0
expect_out ",2026-02-02,4,4,9,false"
expect_out ",2026-02-09,2,4,0.5,false"
expect_out ",2026-03-02,2,4,0.5,false"
# A roster import recomputes every week: the same figures from scratch.
run roster import "$D/roster.csv"; expect_rc 0
run adoption report --format csv --table stickiness --weeks 0; expect_rc 0
expect_out ",2026-02-02,4,4,1,false"
expect_out ",2026-02-09,2,4,0.5,false"
expect_out ",2026-03-02,2,4,0.5,false"
# a3 is no longer dormant at 30 days (last seen 02-12: 24 days).
run adoption report --format csv --table licences; expect_rc 0
expect_out ",2026-03-08,30,5,0,1,1,,,"
done_testing
