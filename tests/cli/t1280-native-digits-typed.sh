# Numbers are printed in the reader's digits, so they may be typed back in
# them: Persian (۰..۹) and Arabic-Indic (٠..٩) digits, the Arabic decimal
# separator (٫) and thousands separator (٬) in a metric value, a goal's
# target, a goal id and every numeric option; goal add/set/rm say the id
# in the reader's digits, as goal list does.
. "$TESTS_DIR/cli/lib.sh"

run --lang fa metric record training.completion '۰٫۸۵' --date 2026-11-02
expect_rc 0; expect_out "۰٫۸۵"
run --lang ar metric record training.completion '٠٫٨٦' --date 2026-11-09
expect_rc 0; expect_out "٠٫٨٦"
run metric list --format csv
expect_rc 0; expect_out "0.85"; expect_out "0.86"
run --lang ar metric record training.completion '٠٫٨x'
expect_rc 64

run plan build --inputs "$DATA/plan/inputs.json" --start 2026-09-07 -q; expect_rc 0
run --lang fa goal add --phase pilot --metric training.completion --op '>=' --target '۰٫۹' --due 2027-01-31
expect_rc 0
id=$(sqlite3 crmready.db "SELECT max(id) FROM goals")
fa_id=$(printf '%s' "$id" | sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/')
ar_id=$(printf '%s' "$id" | sed 'y/0123456789/٠١٢٣٤٥٦٧٨٩/')
expect_out "$fa_id"
[ "$(sqlite3 crmready.db "SELECT target FROM goals WHERE id=$id")" = 0.9 ] || fail "target not 0.9"
run --lang ar goal set "$ar_id" --target '٠٫٩٥'
expect_rc 0; expect_out "$ar_id"
[ "$(sqlite3 crmready.db "SELECT target FROM goals WHERE id=$id")" = 0.95 ] || fail "target not 0.95"
run --lang fa goal list
expect_rc 0; expect_out "$fa_id"
run --lang fa goal rm "$fa_id"
expect_rc 0; expect_out "$fa_id"
[ "$(sqlite3 crmready.db "SELECT count(*) FROM goals WHERE id=$id")" = 0 ] || fail "goal not removed"

# English output keeps Latin ids; thousands separators are dropped.
run goal add --phase pilot --metric training.completion --op '>=' --target 0.9 --due 2027-01-31
expect_rc 0; expect_out "added goal $((id + 1)):"
run --lang ar metric record roi.ratio '١٬٢٠٠' --date 2026-11-02
expect_rc 0
[ "$(sqlite3 crmready.db "SELECT value FROM metrics WHERE name='roi.ratio'")" = 1200.0 ] ||
	fail "roi.ratio not 1200: $(sqlite3 crmready.db "SELECT value FROM metrics WHERE name='roi.ratio'")"

# Integer options: --min-group in Persian digits.
run --db other.db --lang fa init --min-group '۷'
expect_rc 0
run --db other2.db --lang fa init --min-group '۷x'
expect_rc 64
done_testing
