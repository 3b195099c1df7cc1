# A token that reads as a number is a value, never an option: negative
# metric values as the VALUE argument, before or after the options, and as
# option values; a real unknown option is still named as typed.
. "$TESTS_DIR/cli/lib.sh"

run metric record roi.ratio -0.5 --date 2026-12-08
expect_rc 0; expect_out "recorded roi.ratio = -0.5 on 2026-12-08"
run metric record --date 2026-12-15 roi.ratio -0.25
expect_rc 0; expect_out "recorded roi.ratio = -0.25 on 2026-12-15"
run -q metric record roi.ratio -2e-1 --date 2026-12-22 --source ledger
expect_rc 0
run metric record roi.ratio --date 2026-12-29 -- -.75
expect_rc 0; expect_out "recorded roi.ratio = -0.75 on 2026-12-29"
run metric list --name roi.ratio --format csv; expect_rc 0
cat > want.csv <<'CSV'
name,scope,date,value,source
roi.ratio,,2026-12-08,-0.5,manual
roi.ratio,,2026-12-15,-0.25,manual
roi.ratio,,2026-12-22,-0.2,ledger
roi.ratio,,2026-12-29,-0.75,manual
CSV
cmp -s out want.csv || { diff out want.csv >&2; fail "negative values recorded"; }

# option values that are negative numbers, with goal add and goal set
run goal add --phase pilot --metric roi.ratio --op ">=" --target -0.2 --baseline -1 --due 2027-03-31
expect_rc 0; expect_out "added goal 1: roi.ratio >= -0.2"
run goal set 1 --target -0.1 --baseline -0.9
expect_rc 0
run goal list --format csv; expect_rc 0
grep -q '^1,,pilot,roi.ratio,,>=,-0.1,2027-03-31,' out || fail "goal set negative target"

# a negative number where no argument is expected is an unexpected argument,
# and an unknown option is named as typed, not the argument before it
sum=$(db_sum)
run goal set 1 -5
expect_rc 64; expect_err "unexpected argument '-5'"
run metric record roi.ratio -0.5x --date 2026-12-08
expect_rc 64; expect_err "VALUE: found '-0.5x', expected a number"
run metric record roi.ratio 1 -z
expect_rc 64; expect_err "unknown option '-z'"
run metric record roi.ratio -z 1
expect_rc 64; expect_err "unknown option '-z'"; grep -q "roi.ratio" err && fail "names the wrong argument"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by bad input"
done_testing
