# Least adopting is never judged on a week in progress (issue 16 items 1
# and 6; adv16 finding 7): logs that end on a Thursday have no complete
# week, so no group is called least adopting, and the report says why.
. "$TESTS_DIR/cli/lib.sh"
{
	echo "Id,Name,Department,Role,License Start,Wave"
	for i in 1 2 3 4 5; do echo "s$i,Sales $i,Sales,Rep,2025-03-01,1"; done
	for i in 1 2 3 4 5; do echo "v$i,Service $i,Service,Agent,2025-03-01,1"; done
} >roster.csv
{
	echo '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
	n=0
	for u in s1 s2 s3 s4 s5 v1; do
		n=$((n + 1)); echo "\"L$n\",\"$u\",\"2025-03-06T09:00:00Z\",\"Application\",\"10.0.0.1\",\"Success\",\"Browser\""
	done
} >login.csv
run roster import roster.csv; expect_rc 0
run adoption import login.csv; expect_rc 0
run adoption report --today 2025-03-07; expect_rc 0
expect_out "By department (week 2025-03-03, in progress)"
expect_no_out "<- least adopting"
expect_out "Least adopting: no complete week yet."
run --lang fa adoption report --today 2025-03-07; expect_rc 0
expect_out "کمترین پذیرش: هنوز هیچ هفتهٔ کاملی نیست."
run adoption report --today 2025-03-07 --format json; expect_rc 0
jq -e '.least_adopting == [] and .groups_week_in_progress == true' out >/dev/null ||
	fail "JSON least adopting: $(jq -c .least_adopting out)"
# A later log covering the week to its end: Service (20%) is least adopting.
{
	echo '"Id","UserId","LoginTime","LoginType","SourceIp","Status","Application"'
	echo '"L9","s1","2025-03-10T09:00:00Z","Application","10.0.0.1","Invalid Password","Browser"'
} >later.csv
run adoption import later.csv; expect_rc 0
run adoption report --today 2025-03-12; expect_rc 0
expect_out "Least adopting department: Service 20.0% (organisation 60.0%)."
done_testing
