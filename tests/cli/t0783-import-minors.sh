# Small things a real export needs: '%S.%f' and '%S,%f' layouts (the
# fraction read, not refused), zone names in any case (utc,
# america/new_york), roster list aligned by display width with Persian
# names, and --map refusing one column for two keys (64, nothing written).
. "$TESTS_DIR/cli/lib.sh"
run init; expect_rc 0
printf 'Id,Name,Department\n005A,Ann,Sales\n005B,سارا رضایی,فروش\n' > r.csv
run roster import r.csv; expect_rc 0
run roster list; expect_rc 0
# every row's STATUS column starts at the same display column: the wave '-'
# ends at column 20+1+24+1+16+1+10+1+4 = 78 in each line
python3 - <<'PY' || fail "roster list is not aligned by display width"
import unicodedata
lines = open("out", encoding="utf-8").read().splitlines()[1:3]
def w(s): return sum(0 if unicodedata.combining(c) else 1 for c in s)
ends = [w(l) for l in lines]
assert len(set(ends)) == 1 and ends[0] == 78, ends
PY
before=$(db_sum)
run roster import r.csv --map id=Id,department=Id; expect_rc 64
expect_err "--map: column 'Id' given for both 'id' and 'department'"
run adoption import r.csv --map user=Id,time=Id; expect_rc 64
[ "$(db_sum)" = "$before" ] || fail "refused --map changed the workspace"
printf 'user,when,status\n005A,2026-11-16 09:15:02.250,Success\n005B,2026-11-17 10:00:00.5,Success\n' > dot.csv
run adoption import dot.csv --map user=user,time=when,status=status \
	--time-format '%Y-%m-%d %H:%M:%S.%f' --timezone utc; expect_rc 0
expect_out "2 rows, 2 successful logins"
expect_out "wall clock in UTC"
printf 'user;when;status\n005A;16.11.2026 09:15:02,250;Success\n' > comma.csv
run adoption import comma.csv --map user=user,time=when,status=status \
	--time-format '%d.%m.%Y %H:%M:%S,%f' --timezone america/new_york; expect_rc 0
expect_out "1 rows, 1 successful logins"
expect_out "wall clock in America/New_York"
run adoption import comma.csv --map user=user,time=when,status=status \
	--time-format '%d.%m.%Y %H:%M:%S,%f' --timezone america/new_yrok; expect_rc 64
expect_err "no time zone 'america/new_yrok'"
done_testing
