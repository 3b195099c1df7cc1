# Department and wave names are grouped by a normalised key (case, spaces
# and U+00A0, Arabic/Persian yeh and kaf, ZWNJ and tatweel): the first
# spelling seen is the name shown, the import lists the spellings merged,
# and a department of only a no-break space is "(no department)".
. "$TESTS_DIR/cli/lib.sh"
run init --min-group 2; expect_rc 0
NB=$(printf '\302\240')
{
	echo 'Id,Department,Wave'
	echo '005A,Sales,Wave 1'
	echo '005B,sales,wave 1'
	echo '005C,SALES,WAVE  1'
	echo "005D, Sales$NB,Wave 1"
	echo "005E,$NB,Wave 1"
	echo '005F,فروش ویژه,2'
	echo '005G,فروش ويژه,2'
	echo '005H,نرم‌افزار,2'
	echo '005I,نرمافزار,2'
	echo '005J,نرمـافزار,2'
} > r.csv
run roster import r.csv; expect_rc 0
expect_out "10 users (10 new, 0 updated)"
expect_out 'Without a department: 1 user'
expect_out 'Departments under other spellings, counted as one: "Sales" (also "sales", "SALES"), "فروش ویژه" (also "فروش ويژه"), "نرم‌افزار" (also "نرمافزار", "نرمـافزار").'
expect_out 'Waves under other spellings, counted as one: "Wave 1" (also "wave 1", "WAVE  1").'
run roster list --format csv; expect_rc 0
expect_out "005C,,Sales,,,Wave 1,,"
expect_out "005D,,Sales,,,Wave 1,,"
expect_out "005E,,,,,Wave 1,,"
expect_out "005G,,فروش ویژه,,,2,,"
expect_out "005J,,نرم‌افزار,,,2,,"
printf 'UserId,LoginTime,Status\n005A,2026-11-03T09:00:00Z,Success\n005C,2026-11-03T09:00:00Z,Success\n' > l.csv
run adoption import l.csv; expect_rc 0
run adoption report --format csv; expect_rc 0
expect_out "department=Sales,2026-11-02,4,2,0.5,1"
expect_out "department=نرم‌افزار,2026-11-02,3,0,0,"
expect_no_out "department=sales"
run adoption report --by wave --format csv; expect_rc 0
expect_out "wave=Wave 1,2026-11-02,5,2,0.4,1"
# A later file's spelling joins the workspace's name.
printf 'Id,Department\n005K,sAlEs\n' > r2.csv
run roster import r2.csv; expect_rc 0
expect_out 'Departments under other spellings, counted as one: "Sales" (also "sAlEs").'
run roster list --format csv; expect_rc 0
expect_out "005K,,Sales,,,,,"
done_testing
