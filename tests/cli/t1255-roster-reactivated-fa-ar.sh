# A roster re-import names the users it makes active again with the date
# their licence had ended: "005B ended 2026-11-01" in English, in the
# language's words under --lang fa and --lang ar (the date as dates are
# shown to a reader).
. "$TESTS_DIR/cli/lib.sh"
printf 'Id,Department,IsActive\n005A,Sales,true\n005B,Sales,false\n' > u1.csv
printf 'Id,Department,IsActive\n005A,Sales,true\n005B,Sales,true\n' > u2.csv
for lang in en fa ar; do
	rm -f crmready.db
	run roster import u1.csv --as-of 2026-11-01; expect_rc 0
	run --lang "$lang" roster import u2.csv --as-of 2026-11-20; expect_rc 0
	case $lang in
	en) expect_out "(005B ended 2026-11-01)" ;;
	fa) expect_out "005B که مجوزش در "; expect_out " پایان یافته بود"; grep -q '005B ended' out && fail "fa: English left" ;;
	ar) expect_out "005B الذي انتهى ترخيصه في "; grep -q '005B ended' out && fail "ar: English left" ;;
	esac
done
done_testing
