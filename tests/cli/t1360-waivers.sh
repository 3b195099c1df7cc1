# Waivers: findings waive/unwaive/waivers; a waived finding is listed apart
# with its waiver, does not count for --fail-on nor for plan build, and the
# day after its waiver ends it fires again with a note. Every bad input
# fails with its exit code and leaves the workspace as it was.
. "$TESTS_DIR/cli/lib.sh"
pj() { python3 -c "import json; d = json.load(open('out')); print($1)"; }
metric() {
	sqlite3 crmready.db "INSERT OR REPLACE INTO metrics(name, scope, date, value, source)
		VALUES ('$1', '$2', '$3', $4, 'test')"
}
history() { sqlite3 crmready.db "SELECT day, who, kind, ref, field, ifnull(old, 'NULL'), ifnull(new, 'NULL'), note FROM history ORDER BY id"; }

export CRMREADY_TODAY=2026-12-01
run init; expect_rc 0
# 0.3 active < 0.5: low-adoption (critical) fires; dq.score 0.5 < 0.7:
# low-data-quality-score (high) fires. Nothing else has data.
metric adoption.active_rate "" 2026-11-16 0.3
metric dq.score entity=Contact 2026-11-16 0.5
run findings --fail-on critical; expect_rc 1 "critical fires before any waiver"

# ---- bad input: clear errors, nothing changed ----
before=$(db_sum)
run findings waive low-adoptoin --until 2027-01-31 --reason "later"; expect_rc 65 "unknown rule"
expect_err "there is no rule 'low-adoptoin' in the engagement's rules sets (did you mean 'low-adoption'?)"
run findings waive no-such-thing-at-all-xyz --until 2027-01-31 --reason "later"; expect_rc 65
expect_err "'crmready rules list' shows them"
run findings waive low-adoption --until 2026-11-30 --reason "later"; expect_rc 64 "until in the past"
expect_err "--until: 2026-11-30 is before today (2026-12-01)"
run findings waive low-adoption --until 2027-02-30 --reason "later"; expect_rc 64 "no such day"
expect_err "--until: found '2027-02-30', not a day of the calendar"
run findings waive low-adoption --until soon --reason "later"; expect_rc 64 "unparsable"
expect_err "--until: found 'soon', expected a date YYYY-MM-DD"
run findings waive low-adoption --until 2027-01-31 --reason "   "; expect_rc 64 "blank reason"
expect_err "--reason: the justification must not be blank"
run findings waive low-adoption --until 2027-01-31; expect_rc 64 "no reason"
expect_err "--reason is required"
run findings waive low-adoption --reason "later"; expect_rc 64 "no until"
expect_err "--until is required"
run findings waive low-adoption --until 2027-01-31 --reason "later" --by ""; expect_rc 64 "blank --by"
expect_err "--by"
run findings waive --until 2027-01-31 --reason "later"; expect_rc 64 "no rule"
run findings unwaive low-adoption; expect_rc 65 "nothing to unwaive"
expect_err "rule 'low-adoption' has no waiver"
[ "$(db_sum)" = "$before" ] || fail "a refused waiver changed the workspace"
run findings waivers; expect_rc 0; expect_out "No waivers"

# ---- a waiver that holds ----
run findings waive low-adoption --until 2027-01-31 --by sara \
	--reason "Licences move to the new org in January"
expect_rc 0; expect_out "waived low-adoption until 2027-01-31 (owner sara)"
[ "$(sqlite3 crmready.db "SELECT rule, until, who, reason, set_on FROM waivers")" = \
  "low-adoption|2027-01-31|sara|Licences move to the new org in January|2026-12-01" ] || fail "waiver row"
[ "$(history)" = "2026-12-01|sara|waiver|low-adoption|until|NULL|2027-01-31|Licences move to the new org in January" ] \
	|| fail "history of waive: $(history)"

# critical waived: --fail-on critical passes; the high one still fails --fail-on high
run findings --fail-on critical; expect_rc 0 "waived critical does not count"
expect_out "Findings: 1 fired, 45 not evaluated, 0 passed (1 rules set)"
expect_out "(1 more finding waived: listed after the fired ones, not counted as fired)"
expect_out "Waived (accepted until their waiver ends)"
expect_out "  waiver: until 2027-01-31, owner sara: Licences move to the new org in January"
run findings --fail-on high; expect_rc 1 "the unwaived high finding fails"
run findings --format json; expect_rc 0
[ "$(pj "[f['rule'] for f in d['findings']]")" = "['low-data-quality-score']" ] || fail "json fired"
[ "$(pj "[(f['rule'], f['waiver']['state'], f['waiver']['by'], f['waiver']['until']) for f in d['waived']]")" = \
  "[('low-adoption', 'active', 'sara', '2027-01-31')]" ] || fail "json waived"
[ "$(pj "d['findings'][0]['waiver']")" = "None" ] || fail "an unwaived finding's waiver is null"
run findings --format csv; expect_rc 0
expect_out 'waived,low-adoption,critical,Fewer than half of licensed users are active,'
expect_out ',sara,2027-01-31,Licences move to the new org in January'
# plan build does not ask for the waived finding's initiatives: low-adoption
# names 3 (adoption-monitoring, role-based-training, change-management),
# low-data-quality-score 2 (data-cleansing, data-governance): 2 are left.
run plan build --start 2027-01-04; expect_rc 0
expect_out "1 finding(s) naming 2 initiative(s)"
run findings waivers; expect_rc 0
expect_out "low-adoption  active  2027-01-31  sara   2026-12-01  Licences move to the new org in January"

# The last day it holds: still waived.
CRMREADY_TODAY=2027-01-31 run findings --fail-on critical; expect_rc 0 "the waiver holds on its last day"

# ---- the day after: it fires again, with the note ----
export CRMREADY_TODAY=2027-02-01
run findings --fail-on critical; expect_rc 1 "expired waiver: the critical finding fails again"
expect_out "Findings: 2 fired, 45 not evaluated, 0 passed (1 rules set)"
expect_out "  note: fires again: its waiver expired on 2027-01-31 (sara: Licences move to the new org in January)"
expect_no_out "Waived (accepted"
run findings --format json; expect_rc 0
[ "$(pj "[(f['rule'], f['waiver'] and f['waiver']['state']) for f in d['findings']]")" = \
  "[('low-adoption', 'expired'), ('low-data-quality-score', None)]" ] || fail "json expired"
[ "$(pj "len(d['waived'])")" = 0 ] || fail "nothing waived once expired"
run findings --format csv; expect_rc 0
expect_out 'fired,low-adoption,critical,'
run findings waivers --format csv; expect_rc 0
expect_out "low-adoption,expired,2027-01-31,sara,Licences move to the new org in January,2026-12-01"
run findings waivers --format json; expect_rc 0
[ "$(pj "d['waivers'][0]['state']")" = expired ] || fail "waivers json state"
run --lang fa findings; expect_rc 0
expect_out "دوباره فعال است: معافیتش در ۱۴۰۵/۱۱/۱۱ به پایان رسید"

# ---- a new waiver replaces the old; the history keeps both ----
run findings waive low-adoption --until 2027-03-31 --by ali --reason "Second wave trains in March"
expect_rc 0; expect_out "(replaces the waiver until 2027-01-31 by sara; 'crmready log' keeps both)"
[ "$(sqlite3 crmready.db "SELECT count(*), max(until), max(who) FROM waivers")" = "1|2027-03-31|ali" ] \
	|| fail "one waiver per rule"
run findings --fail-on critical; expect_rc 0 "renewed waiver holds"
run --lang fa findings; expect_rc 0
expect_out "معاف (پذیرفته تا پایان معافیت)"
expect_out "تا ۱۴۰۶/۰۱/۱۱، مسئول ali: Second wave trains in March"
run --lang ar findings waivers; expect_rc 0; expect_out "ساري"

# ---- the workbook and the HTML report: waived apart, the history in Changes ----
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook: waived findings and changes"
import sys, openpyxl, datetime
wb = openpyxl.load_workbook(sys.argv[1])
rows = [[c for c in r if c is not None] for r in wb["Findings"].iter_rows(values_only=True)]
fired = [r for r in rows if "low-data-quality-score" in r]
assert fired and "fired" in fired[0], fired
i = rows.index(["Waived (accepted until their waiver ends)"])
assert rows[i + 1] == ["Severity", "Finding", "Owner", "Until", "Reason", "Rule"], rows[i + 1]
assert rows[i + 2] == ["critical", "Fewer than half of licensed users are active", "ali",
                       datetime.datetime(2027, 3, 31), "Second wave trains in March", "low-adoption"], rows[i + 2]
assert len(rows) == i + 3, rows[i + 3:]
ch = [[c for c in r if c is not None] for r in wb["Changes"].iter_rows(min_row=5, values_only=True)]
assert ch == [[datetime.datetime(2026, 12, 1), "sara", "rule low-adoption waived until 2027-01-31",
               "Licences move to the new org in January"],
              [datetime.datetime(2027, 2, 1), "ali", "rule low-adoption: waiver renewed, until 2027-01-31 → 2027-03-31",
               "Second wave trains in March"]], ch
PY
run report r.html; expect_rc 0
grep -q "<h3>Waived (accepted until their waiver ends)</h3>" r.html || fail "html: waived heading"
grep -q "Second wave trains in March</td></tr>" r.html || fail "html: the waiver's reason"
grep -q '<section id="changes">' r.html || fail "html: changes section"
grep -q "rule low-adoption: waiver renewed, until" r.html || fail "html: a change"
# the summary: 1 fired (low-data-quality-score, high), the waived one apart
grep -q '<div class="v">1 (1 high or critical)</div><div class="k">findings</div>' r.html || fail "html: fired count"
grep -q '<div class="v">1</div><div class="k">findings waived</div>' r.html || fail "html: the waived count"
run --lang fa report rfa.html; expect_rc 0
grep -q "قاعدهٔ low-adoption: معافیت تمدید شد" rfa.html || fail "html fa: a change in Persian"

# ---- unwaive ----
before=$(db_sum)
run findings unwaive low-adoptio; expect_rc 65 "unwaive a misspelt rule"
[ "$(db_sum)" = "$before" ] || fail "a refused unwaive changed the workspace"
run findings unwaive low-adoption --by sara --reason "Adoption is the board's first question"
expect_rc 0; expect_out "removed the waiver of low-adoption (it ran until 2027-03-31): its finding counts again"
[ "$(sqlite3 crmready.db "SELECT count(*) FROM waivers")" = 0 ] || fail "unwaive leaves none"
run findings --fail-on critical; expect_rc 1 "unwaived: fails again"
[ "$(history)" = "2026-12-01|sara|waiver|low-adoption|until|NULL|2027-01-31|Licences move to the new org in January
2027-02-01|ali|waiver|low-adoption|until|2027-01-31|2027-03-31|Second wave trains in March
2027-02-01|sara|waiver|low-adoption|until|2027-03-31|NULL|Adoption is the board's first question" ] \
	|| fail "history of the waivers: $(history)"
run log --kind waiver; expect_rc 0
expect_out "2026-12-01  sara  rule low-adoption waived until 2027-01-31"
expect_out "2027-02-01  ali   rule low-adoption: waiver renewed, until 2027-01-31 → 2027-03-31  Second wave trains in March"
expect_out "2027-02-01  sara  rule low-adoption: waiver lifted (it ran until 2027-03-31)"

done_testing
