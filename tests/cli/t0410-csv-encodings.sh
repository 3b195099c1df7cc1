# Files as Excel and Salesforce write them (issue 17 item 4): UTF-16 with a
# BOM ("Unicode text", tab-separated), Windows-1256/1252 through --encoding,
# ';' and tab delimiters, the Salesforce report footer and rows of empty
# cells. Each broken variant: a clear error naming the place, exit 65 (64
# for a bad option), the workspace unchanged.
. "$TESTS_DIR/cli/lib.sh"
E="$DATA/encodings"

# Excel "Unicode text": UTF-16LE, BOM, tabs, CRLF — detected, no option.
run roster import "$E/users-unicode.txt"; expect_rc 0
expect_out "3 users (3 new, 0 updated)"
run roster list --format csv; expect_rc 0
expect_out "005A1,سارا رضایی,فروش,مدیر فروش,2025-03-03,"
expect_out "005A3,Ana Müller,Ventes,Représentante,2025-03-10,"
# The same file big-endian.
run roster import "$E/users-utf16be.txt"; expect_rc 0
expect_out "3 users (0 new, 3 updated)"

# Windows-1256 without --encoding: a hint naming the encoding, nothing written.
before=$(db_sum)
run roster import "$E/users-1256.csv"; expect_rc 65
expect_err "users-1256.csv: row 1 (line 2), column 3: error: invalid UTF-8 at byte 1 of the cell (byte 0xD3)"
expect_err "--encoding windows-1256"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (1256 without --encoding)"
run roster import "$E/users-1256.csv" --encoding windows-1256; expect_rc 0
expect_out "2 users (0 new, 2 updated)"
run roster list --format csv
# Windows-1256 has only the Arabic yeh (U+064A): that is what the file says.
expect_out "005A1,سارا رضايي,فروش,مدير فروش,2025-03-03,"

# Windows-1252 and ';' (French Excel): the delimiter is found in the header.
run roster import "$E/users-1252.csv"; expect_rc 65
expect_err "--encoding windows-1252"
run roster import "$E/users-1252.csv" --encoding cp1252; expect_rc 0
expect_out "2 users (1 new, 1 updated)"
run roster list --format csv
expect_out "005A4,José Pérez,Ventes,Directeur général,2025-03-10,"
# --delimiter names it too; a wrong one leaves one column (no Id).
run roster import "$E/users-1252.csv" --encoding cp1252 --delimiter ';'; expect_rc 0
run roster import "$E/users-1252.csv" --encoding cp1252 --delimiter tab; expect_rc 65
expect_err "no 'id' column"

# Broken variants.
before=$(db_sum)
run roster import "$E/users-1252-bad.csv" --encoding windows-1252; expect_rc 65
expect_err "users-1252-bad.csv:3: error: not valid WINDOWS-1252 text: byte 0x81 at byte"
run roster import "$E/users-unicode-cut.txt"; expect_rc 65
expect_err "users-unicode-cut.txt:4: error: not valid UTF-16LE text: the file ends inside a character"
run roster import "$E/users-1252.csv" --encoding klingon; expect_rc 64
expect_err "--encoding: unknown encoding 'klingon'"
run roster import "$E/users-1252.csv" --delimiter '::'; expect_rc 64
expect_err "--delimiter: expected ',' ';' '|' or 'tab', found '::'"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (broken variants)"

# A Salesforce report export: the footer after a blank line, blank lines at
# the end; skipped with a note. The rows are those of login.csv exactly.
run roster import "$DATA/adoption/roster.csv"; expect_rc 0
run adoption import "$E/login-report.csv"; expect_rc 0
expect_out "11 rows, 10 successful logins, 1 not successful"
expect_err "login-report.csv:14: note: skipped the Salesforce report footer (lines 14-20)"
before=$(db_sum)
run adoption import "$E/login-report-bad.csv"; expect_rc 65
expect_err "login-report-bad.csv:21: error: a record after the Salesforce report footer"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (data after the footer)"

# dq scan: ';', a BOM, two rows of empty cells and the footer; the figures
# are those of the comma-separated export.
run dq scan "$DATA/dq/contacts.csv" --format json --entity plain; expect_rc 0
python3 -c "import json,sys; a=json.load(open('out')); a.pop('file'); json.dump(a,open('plain.json','w'),sort_keys=True)"
run dq scan "$E/contacts-report.csv" --format json --entity plain; expect_rc 0
python3 -c "import json,sys; a=json.load(open('out')); a.pop('file'); json.dump(a,open('report.json','w'),sort_keys=True)"
cmp -s plain.json report.json || fail "dq scan of the ';' report differs from the comma export"
expect_err "contacts-report.csv:12: note: skipped 2 rows of empty cells (lines 12-13)"
expect_err "contacts-report.csv:15: note: skipped the Salesforce report footer (lines 15-21)"

done_testing
