# Salesforce ids in two forms: a roster export writes the 18-character id,
# a report the 15-character one (case-sensitive; the last 3 characters of
# the 18 are a checksum of the case of the first 15). adoption import
# matches either form to the other, says how many logins it matched that
# way, and never matches an 18-character id whose checksum is wrong.
. "$TESTS_DIR/cli/lib.sh"
run init; expect_rc 0
# checksums: 005Dm000001AbCd IAK, 005Dm000001XYZw IAO, 005Dm000001QqQq IAK
printf 'Id,Department\n005Dm000001AbCdIAK,Sales\n005Dm000001XYZwIAO,Sales\n005Dm000001QqQq,IT\n' > u.csv
run roster import u.csv; expect_rc 0
{
	echo 'UserId,LoginTime,Status'
	echo '005Dm000001AbCd,2026-11-03T09:00:00Z,Success'
	echo '005Dm000001AbCd,2026-11-04T09:00:00Z,Success'
	echo '005Dm000001XYZwIAO,2026-11-03T09:00:00Z,Success'
	echo '005Dm000001QqQqIAK,2026-11-03T10:00:00Z,Success'
	echo '005Dm000001abcd,2026-11-03T11:00:00Z,Success'
	echo '005Dm000001QqQqAAA,2026-11-03T12:00:00Z,Success'
} > l.csv
run adoption import l.csv; expect_rc 0
expect_out "Matched by the other form of a Salesforce id (15 or 18 characters): 3 logins of 2 users."
# 005Dm000001abcd differs in case (another user); ...QqQqAAA has a wrong checksum
expect_out "Not in the roster: 2 users"
expect_out "005Dm000001abcd (1)"
expect_out "005Dm000001QqQqAAA (1)"
run adoption report --format csv; expect_rc 0
expect_out ",2026-11-02,3,3,1,"
run adoption import l.csv --format json; expect_rc 0
python3 -c 'import json; m = json.load(open("out"))["matched_by_id_form"]; assert m == {"logins": 3, "users": 2}, m' ||
	fail "JSON matched_by_id_form should be 3 logins of 2 users"
done_testing
