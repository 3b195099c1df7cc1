# A respondent is one person however the e-mail is typed (case, spaces),
# and a form submitted twice is refused naming both rows, or with
# --keep latest the latest answers are kept (by the Timestamp column, else
# by file order) and the import says so.
. "$TESTS_DIR/cli/lib.sh"
F="$DATA/forms"
R="Email address"

# rows ROW...: gforms-en.csv with these data rows (1-4), then edits of
# the e-mail (col 2), department (col 3) and timestamp (col 1) per row.
python3 - "$F/gforms-en.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))
h, d = rows[0], rows[1:]
def write(name, body, cols=None):
    with open(name, 'w', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\r\n')
        keep = cols if cols else range(len(h))
        w.writerow([h[i] for i in keep])
        for r in body:
            w.writerow([r[i] for i in keep])
again = list(d[0]); again[1] = ' ANA@Acme.ir '; again[2] = 'Service'
# the repeat came later in the file but was sent earlier
early = list(again); early[0] = '2026/11/09 8:00:00 AM GMT+3:30'
late = list(again); late[0] = '2026/11/12 10:00:00 PM GMT+3:30'
write('case.csv', d + [again])
write('early.csv', d + [early])
write('late.csv', d + [late])
write('notime.csv', d + [again], cols=range(1, len(h)))
PY

run --db c.db survey import crm-readiness case.csv --respondent-column "$R"; expect_rc 65
expect_err "case.csv: row 5 (line 6), column 2 (respondent): error: respondent 'ana@acme.ir' appears twice: rows 1 and 5 (a form submitted again?); keep the latest answers with --keep latest"
expect_no_file c.db

# By the timestamp: the repeat sent earlier loses, the one sent later wins.
run --db e.db survey import crm-readiness early.csv --respondent-column "$R" --keep latest
expect_rc 0; expect_out "imported 4 respondents into crm-readiness (0 replaced)"
expect_err "early.csv: note: 1 row repeated a respondent (--keep latest): kept the latest answers by the timestamp column: ana@acme.ir (rows 1 and 5: 1 kept)"
run --db e.db survey list crm-readiness --format csv
expect_out "ana@acme.ir,Sales,"
run --db l.db survey import crm-readiness late.csv --respondent-column "$R" --keep latest
expect_rc 0; expect_out "imported 4 respondents"
expect_err "(rows 1 and 5: 5 kept)"
run --db l.db survey list crm-readiness --format csv
expect_out "ana@acme.ir,Service,"
expect_no_out "ana@acme.ir,Sales,"
# No timestamp column: the last row wins, and the note says by file order.
run --db n.db survey import crm-readiness notime.csv --respondent-column "$R" --keep latest
expect_rc 0
expect_err "kept the latest answers by file order (no readable timestamp column): ana@acme.ir (rows 1 and 5: 5 kept)"
run --db n.db survey list crm-readiness --format csv
expect_out "ana@acme.ir,Service,"

run --db x.db survey import crm-readiness late.csv --respondent-column "$R" --keep first
expect_rc 64; expect_err "--keep: expected 'latest', found 'first'"
expect_no_file x.db

done_testing
