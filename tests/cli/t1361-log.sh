# crmready log: goal add/set/rm record who changed what (--by, default the
# login name) on which day (CRMREADY_TODAY), in the command's transaction;
# log lists the changes oldest first in text, JSON, CSV, Persian and
# Arabic, filtered by kind, ref and days. Bad input: exit 64, nothing written.
. "$TESTS_DIR/cli/lib.sh"
pj() { python3 -c "import json; d = json.load(open('out')); print($1)"; }
history() { sqlite3 crmready.db "SELECT day, who, kind, ref, field, ifnull(old, 'NULL'), ifnull(new, 'NULL'), note FROM history ORDER BY id"; }

run log; expect_rc 0; expect_no_file crmready.db
expect_out "day  by  change  note"

export CRMREADY_TODAY=2026-12-01
run goal add --phase foundation --metric adoption.active_rate --op '>=' --target 0.6 --due 2027-06-30 --by sara
expect_rc 0; expect_out "added goal 1"
run goal add --phase foundation --metric dq.score --op '>=' --target 0.8 --due 2027-03-31
expect_rc 0; expect_out "added goal 2"
me=$(sqlite3 crmready.db "SELECT who FROM history WHERE ref = '2' LIMIT 1")
[ -n "$me" ] && [ "$me" != sara ] || fail "goal add without --by records the login name, got '$me'"

export CRMREADY_TODAY=2026-12-15
before=$(db_sum)
run goal set 1 --target 0.7 --by ""; expect_rc 64 "blank --by"; expect_err "--by"
run goal set 1 --target 0.7 --by "$(printf 'a\nb')"; expect_rc 64 "--by on two lines"
run goal set 9 --target 0.7 --by ali; expect_rc 65 "unknown goal"
run goal rm 9 --by ali; expect_rc 65
[ "$(db_sum)" = "$before" ] || fail "a refused change wrote to the workspace"
# target and due change; op is given as it was: not recorded
run goal set 1 --target 0.7 --due 2027-07-31 --op '>=' --by ali; expect_rc 0

export CRMREADY_TODAY=2027-01-10
run goal rm 2 --by omid; expect_rc 0

[ "$(history)" = "2026-12-01|sara|goal|1|target|NULL|0.6|adoption.active_rate >= 0.6
2026-12-01|sara|goal|1|due|NULL|2027-06-30|adoption.active_rate >= 0.6
2026-12-01|$me|goal|2|target|NULL|0.8|dq.score >= 0.8
2026-12-01|$me|goal|2|due|NULL|2027-03-31|dq.score >= 0.8
2026-12-15|ali|goal|1|target|0.6|0.7|
2026-12-15|ali|goal|1|due|2027-06-30|2027-07-31|
2027-01-10|omid|goal|2|target|0.8|NULL|dq.score >= 0.8
2027-01-10|omid|goal|2|due|2027-03-31|NULL|dq.score >= 0.8" ] || fail "history rows: $(history)"

# text, oldest first
run log; expect_rc 0
expect_out "2026-12-01  sara  goal 1: target set to 0.6"
expect_out "2026-12-15  ali   goal 1: target 0.6 → 0.7"
expect_out "2026-12-15  ali   goal 1: due date 2027-06-30 → 2027-07-31"
expect_out "2027-01-10  omid  goal 2 removed (its target was 0.8)"
expect_out "2027-01-10  omid  goal 2 removed (it was due on 2027-03-31)"
[ "$(grep -c '^20' out)" = 8 ] || fail "8 changes"
# filters: --ref 1 keeps 4, --since 2026-12-15 keeps the last 4, with --until 2026-12-31 2
run log --ref 1; expect_rc 0; [ "$(grep -c '^20' out)" = 4 ] || fail "--ref 1"
run log --since 2026-12-15 --format csv; expect_rc 0
[ "$(sed 1d out | wc -l)" = 4 ] || fail "--since"
expect_out "day,at,who,kind,ref,field,old,new,note"
expect_out "2026-12-15,"
expect_out ",ali,goal,1,target,0.6,0.7,"
run log --since 2026-12-15 --until 2026-12-31 --format json; expect_rc 0
[ "$(pj "[(c['day'], c['who'], c['field'], c['old'], c['new']) for c in d['changes']]")" = \
  "[('2026-12-15', 'ali', 'target', '0.6', '0.7'), ('2026-12-15', 'ali', 'due', '2027-06-30', '2027-07-31')]" ] \
	|| fail "json"
run log --kind goal --ref 2 --format json; expect_rc 0
[ "$(pj "[c['new'] for c in d['changes']]")" = "['0.8', '2027-03-31', None, None]" ] || fail "json removed is null"
run log --kind waiver; expect_rc 0; [ "$(grep -c '^20' out)" = 0 ] || fail "no waiver changes"

# Persian: Solar Hijri days (2026-12-15 is 1405/09/24), Persian digits
run --lang fa log --ref 1; expect_rc 0
expect_out "۱۴۰۵/۰۹/۲۴  ali   هدف ۱: مقدار هدف ۰٫۶ ← ۰٫۷"
expect_out "هدف ۱: سررسید ۱۴۰۶/۰۴/۰۹ ← ۱۴۰۶/۰۵/۰۹"
run --lang ar log --ref 1; expect_rc 0
expect_out "الهدف ١: المستهدف ٠٫٦ ← ٠٫٧"

# bad input
before=$(db_sum)
run log --kind gaol; expect_rc 64; expect_err "--kind: unknown kind 'gaol' (did you mean 'goal'?)"
run log --since 2027-01-01 --until 2026-01-01; expect_rc 64; expect_err "no day is in between"
run log --since yesterday; expect_rc 64; expect_err "--since: found 'yesterday'"
run log extra; expect_rc 64
[ "$(db_sum)" = "$before" ] || fail "log wrote to the workspace"

done_testing
