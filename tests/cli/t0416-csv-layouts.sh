# Layouts Excel and hand edits produce, in the shared reader and the
# adoption import's own: a "sep=;" first line (every import), --delimiter
# limited to its documented set, two columns with one header, blank lines
# cut by a row of empty cells (the note names the right lines), an
# unclosed quote or a stray quote named by row and column, and a UTF-16
# LoginHistory without a BOM.
. "$TESTS_DIR/cli/lib.sh"
A="$DATA/adoption"
F="$DATA/forms"

# Excel's "sep=;" line before the header: the delimiter, and no record.
(printf 'sep=;\r\n'; tr ',' ';' < "$A/roster.csv") > roster-sep.csv
run --db s.db roster import roster-sep.csv; expect_rc 0
expect_out "5 users (5 new, 0 updated)"
(printf 'sep=;\n'; tr ',' ';' < "$A/login.csv") > login-sep.csv
run --db s.db adoption import login-sep.csv; expect_rc 0
expect_out "11 rows, 10 successful logins"
# --delimiter agrees with it: the same.
run --db s2.db roster import roster-sep.csv --delimiter ';'; expect_rc 0
expect_out "5 users (5 new, 0 updated)"
run --db s2.db adoption import login-sep.csv --delimiter ';'; expect_rc 0
expect_out "11 rows, 10 successful logins"
(printf 'sep=;\n'; tr ',' ';' < "$DATA/dq/contacts.csv") > contacts-sep.csv
run --db d.db dq scan contacts-sep.csv --date 2026-11-23; expect_rc 0
cp "$DATA/dq/contacts.csv" contacts.csv
run --db d2.db dq scan contacts.csv --date 2026-11-23; expect_rc 0; cp out plain.txt
run --db d.db dq scan contacts-sep.csv --date 2026-11-23
sed 's/contacts-sep.csv/contacts.csv/g' out | cmp -s - plain.txt || fail "sep= dq scan differs"
python3 - "$F/gforms-en.csv" <<'PY' > gforms-sep.csv
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
sys.stdout.write('sep=;\r\n')
csv.writer(sys.stdout, delimiter=';', lineterminator='\r\n').writerows(rows)
PY
run --db f.db survey import crm-readiness gforms-sep.csv --respondent-column "Email address"
expect_rc 0; expect_out "imported 4 respondents"

# --delimiter: only ',' ';' '|' and tab.
before=$(db_sum s.db)
run --db s.db roster import roster-sep.csv --delimiter x; expect_rc 64
expect_err "--delimiter: expected ',' ';' '|' or 'tab', found 'x'"
run --db s.db adoption import login-sep.csv --delimiter ':'; expect_rc 64
[ "$(db_sum s.db)" = "$before" ] || fail "workspace changed"

# A LoginHistory saved as UTF-16LE without a BOM (quoted cells): the
# same hint as the other imports.
iconv -f UTF-8 -t UTF-16LE "$A/login.csv" > login16.csv
run --db s.db adoption import login16.csv; expect_rc 65
expect_err "login16.csv: header (line 1): error: NUL bytes in the header; the file is not UTF-8: it may be utf-16, import it with --encoding utf-16le"
iconv -f UTF-8 -t UTF-16LE "$A/login.csv" | tr -d '"' > login16-plain.csv
run --db s.db adoption import login16-plain.csv; expect_rc 65
expect_err "it may be utf-16, import it with --encoding utf-16le"
[ "$(db_sum s.db)" = "$before" ] || fail "workspace changed"

# Two columns with the same header: a warning naming both.
sed '1s/,Wave$/,Department/' "$A/roster.csv" > roster-dup.csv
run --db r.db roster import roster-dup.csv; expect_rc 0
expect_err "roster-dup.csv:1:6: warning: columns 3 and 6 have the same header 'Department'"
sed '1s/"Application"$/"userid"/' "$A/login.csv" > login-dup.csv
run --db r.db adoption import login-dup.csv; expect_rc 0
expect_err "login-dup.csv:1:7: warning: columns 2 and 7 have the same header 'UserId'"

# Blank lines around a row of empty cells at the end: 7, 8 and 10 are blank.
{ cat "$A/roster.csv"; printf '\n\n,,,,,\n\n'; } > roster-blank.csv
run --db b.db roster import roster-blank.csv; expect_rc 0
expect_err "skipped 1 row of empty cells (line 9)"
expect_err "skipped 3 blank lines at the end (lines 7-8, 10)"

# Quotes: an unclosed one and one in the middle of a cell, by row and column.
{ cat "$A/roster.csv"; printf 'u9,"Dan Dorri,Sales,Rep,2025-03-05,1\n'; } > roster-open.csv
run --db q.db roster import roster-open.csv; expect_rc 65
expect_err "roster-open.csv: row 6 (line 7), column 2: error: malformed CSV: the quote that opens this cell is never closed"
{ cat "$A/roster.csv"; printf 'u9,Dan "the" Dorri,Sales,Rep,2025-03-05,1\n'; } > roster-mid.csv
run --db q.db roster import roster-mid.csv; expect_rc 65
expect_err "roster-mid.csv: row 6 (line 7), column 2: error: malformed CSV: a quote in the middle of a cell"
expect_no_file q.db
# The adoption import's own reader says the same.
{ cat "$A/login.csv"; printf '"0Yb1","u1","2025-03-18T08:00:00.000+0000","Application","10.0.0.1","Success","Browser\n'; } > login-open.csv
run --db s.db adoption import login-open.csv; expect_rc 65
expect_err "login-open.csv: row 12 (line 13), column 7: error: malformed CSV: the quote that opens this cell is never closed"
{ cat "$A/login.csv"; printf '"0Yb1","u1,"2025-03-18T08:00:00.000+0000","Application","10.0.0.1","Success","Browser"\n'; } > login-mid.csv
run --db s.db adoption import login-mid.csv; expect_rc 65
expect_err "login-mid.csv: row 12 (line 13), column 2: error: malformed CSV: a quoted cell must be followed by a delimiter"
[ "$(db_sum s.db)" = "$before" ] || fail "workspace changed"

done_testing
