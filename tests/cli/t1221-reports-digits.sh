#!/bin/sh
# Numbers in the terminal reports are in the reader's digits: Persian (۱۲۳)
# under --lang fa, Arabic-Indic (١٢٣) under --lang ar, Latin with
# --digits latin and in English; the columns stay aligned.
. "$TESTS_DIR/cli/lib.sh"

"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
db="--db d/demo.db"

run $db --lang fa status; expect_rc 0
expect_out "۰٫۸۹۷"
grep -q '[٠-٩]' out && fail "fa: Arabic-Indic digits"
run $db --lang ar status; expect_rc 0
expect_out "٠٫٨٩٧"
grep -q '[۰-۹]' out && fail "ar: Persian digits"
for lang in fa ar; do
	run $db --lang $lang --digits latin status; expect_rc 0
	expect_out "0.897"
	grep -q '[۰-۹٠-٩]' out && fail "$lang --digits latin: native digits"
done
run $db status; expect_rc 0
expect_out "    0.897 2026-09-21"
grep -q '[۰-۹٠-٩]' out && fail "en: native digits"

run $db --lang fa adoption report; expect_rc 0
expect_out "پذیرش: ۱۱ هفته"
expect_out "۸۴٫۲٪"
run $db --lang fa --digits latin adoption report; expect_rc 0
expect_out "پذیرش: 11 هفته"
expect_out "84.2%"
run $db --lang ar dq report; expect_rc 0
expect_out "٪"

# Right-aligned figures end in the same column whatever the digits: every
# row of the assessment's dimension table (its last column is right-aligned)
# is as wide as its header, in display columns.
for lang in en fa ar; do
	"$CRMREADY" $db --lang $lang assess >a-$lang.txt || fail "assess $lang"
done
/usr/bin/python3 - a-en.txt a-fa.txt a-ar.txt <<'PY' || fail "columns moved with the digits"
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.category(c) in ('Mn', 'Cf') else 1 for c in s)
for path in sys.argv[1:]:
    lines = open(path, encoding='utf-8').read().split('\n')
    rows = [l for l in lines[6:16] if '\u2500' not in l]
    assert len(rows) == 9 and len({width(l) for l in rows}) == 1, (path, rows)
PY
done_testing
