#!/bin/sh
# crmready report FILE.html: the workbook's content as one self-contained
# page; user text escaped; Persian right-to-left; safe writes (temporary
# name + rename, 73 for bad targets, the old report kept on failure).
. "$TESTS_DIR/cli/lib.sh"

selfcontained() {
	grep -qiE '<script|<link|<img|<iframe|src=|https?://|@import|url\(' "$1" &&
		fail "$1 loads something from outside"
	return 0
}

# An empty workspace: every section says what is missing; nothing created.
run report empty.html
expect_rc 0
expect_err "wrote empty.html"
expect_no_file crmready.db
for id in summary readiness gaps findings plan goals adoption data-quality; do
	grep -q "<section id=\"$id\">" empty.html || fail "empty report lacks section $id"
done
grep -q "No readiness assessment yet" empty.html || fail "missing assessment explained"
grep -q "No plan yet" empty.html || fail "missing plan explained"
selfcontained empty.html

# A workspace with user text that needs escaping.
sed 's/,Finance,/,<b>R\&D<\/b>,/' "$TESTS_DIR/../content/sample/readiness-answers.csv" >answers.csv
grep -q '<b>R&D</b>' answers.csv || fail "test data"
run survey import crm-readiness answers.csv
expect_rc 0
run metric record adoption.active_rate 0.4 --date 2026-11-02
run metric record adoption.active_rate 0.55 --date 2026-11-09
run metric record adoption.active_rate 0.6 --date 2026-11-16
run goal add --phase pilot --metric adoption.active_rate --op ">=" --target 0.8 --due 2027-01-31
expect_rc 0
run metric record dq.score 0.71 --date 2026-10-01 --scope "entity=<Contact>"
run metric record dq.score 0.78 --date 2026-11-01 --scope "entity=<Contact>"
before=$(db_sum)
run report r.html
expect_rc 0
[ "$(db_sum)" = "$before" ] || fail "report changed the workspace"
grep -q '&lt;b&gt;R&amp;D&lt;/b&gt;' r.html || fail "department escaped"
grep -q '<b>R&D</b>' r.html && fail "department not escaped"
grep -q 'entity=&lt;Contact&gt;\|&lt;Contact&gt;' r.html || fail "entity escaped"
grep -q '<html lang="en" dir="ltr">' r.html || fail "English, left to right"
grep -q '<svg class="radar"' r.html || fail "radar chart"
grep -q '<table class="heat">' r.html || fail "heat map"
grep -q 'class="targetline"' r.html || fail "adoption target line"
grep -q 'Weekly active rate' r.html || fail "adoption chart"
grep -q '<polyline class="series"' r.html || fail "trend lines"
grep -q '<span class="status ' r.html || fail "goal status"
selfcontained r.html

# Persian: right to left, translated.
run report fa.html --lang fa
expect_rc 0
grep -q '<html lang="fa" dir="rtl">' fa.html || fail "Persian, right to left"
grep -q 'گزارش آمادگی و استقرار CRM' fa.html || fail "Persian title"
CRMREADY_LANG=fa run report fa2.html
# A goal at risk reads as in 'status --lang fa' and the workbook (the page
# once said "در خطر" where they say "در معرض خطر").
run goal add --phase pilot --metric adoption.active_rate --op "<=" --target 0.3 --due 2027-01-31
expect_rc 0
run report fa3.html --lang fa
expect_rc 0
grep -q '<span class="status at-risk">در معرض خطر</span>' fa3.html || fail "at risk as in status --lang fa"
grep -q 'dir="rtl"' fa2.html || fail "CRMREADY_LANG=fa"

# Same content as the workbook: the same readiness index and findings.
"$CRMREADY" assess --format json >a.json
python3 - a.json r.html <<'PY' || fail "index as in assess"
import json, sys
idx = json.load(open(sys.argv[1]))["index"]
assert ("%.1f / 100" % idx) in open(sys.argv[2]).read(), idx
PY
"$CRMREADY" findings --format json >f.json
python3 - f.json r.html <<'PY' || fail "findings as in 'crmready findings'"
import json, sys, html
page = open(sys.argv[2]).read()
for f in json.load(open(sys.argv[1]))["findings"]:
    assert html.escape(f["title"], quote=True).replace("&#x27;", "&#39;") in page, f["title"]
PY

# --from/--to.
run report p.html --from 2026-11-05 --to 2026-11-30
expect_rc 0
grep -q '2026-11-05' p.html || fail "period shown"
run report p.html --from 2026-12-01 --to 2026-11-01
expect_rc 64
run report p.html --from 2026-13-01
expect_rc 64

# Bad targets: 73, nothing written, the old report kept, no stray files.
cp r.html keep.html
mkdir adir
run report adir
expect_rc 73
expect_err "is a directory"
run report nodir/r.html
expect_rc 73
echo "not a database" >notes.txt
run report r.html --db notes.txt
expect_rc 65
cmp -s r.html keep.html || fail "a failed report replaced the old one"
ls -a | grep -q '\.tmp-' && fail "temporary file left behind"
# A read-only directory: 73, nothing left.
mkdir ro && chmod 555 ro
if [ "$(id -u)" -ne 0 ]; then
	run report ro/r.html
	expect_rc 73
fi
chmod 755 ro
run report
expect_rc 64
done_testing
