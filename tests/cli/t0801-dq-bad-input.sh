# dq scan on bad input: positions in every message, the exit codes of
# docs/commands.md, and the workspace untouched.
. "$TESTS_DIR/cli/lib.sh"
csv="$DATA/dq/contacts.csv"
run dq scan "$csv" --date 2026-11-01 -q; expect_rc 0
before=$(db_sum)

# A bad checks file: every error with line and column.
run dq scan "$csv" --checks "$DATA/dq/bad-checks.yaml" --clusters-out cl.csv
expect_rc 65
expect_err "bad-checks.yaml:3:21: error: unknown key 'fromat' in a field (did you mean 'format'?)"
expect_err "bad-checks.yaml:4:45: error: country: found '+98', expected a country calling code"
expect_err "bad-checks.yaml:5:31: error: pattern: missing closing parenthesis"
expect_err "bad-checks.yaml:7:5: error: a fuzzy rule needs blocks"
expect_err "bad-checks.yaml:8:45: error: freshness days: -1 is out of range"
expect_no_file cl.csv
[ "$(db_sum)" = "$before" ] || fail "workspace changed (bad checks)"

# Ragged rows, an unclosed quote, invalid UTF-8: row and column named.
head -n 3 "$csv" >ragged.csv
echo '003000000000011,Too,Short' >>ragged.csv
echo '003000000000012,A,B,c@d.ir,,,001000000000001,X,Iran,Web,2025-01-01,2026-01-01,extra' >>ragged.csv
run dq scan ragged.csv --rows-out rows.csv; expect_rc 65
expect_err "ragged.csv: row 3 (line 4), column 4: error: found 3 cells, expected 12 as in the header"
expect_err "ragged.csv: row 4 (line 5), column 13: error: found 13 cells, expected 12"
expect_no_file rows.csv
head -n 2 "$csv" >quote.csv
printf '003000000000011,"Ali,Rezaei\n' >>quote.csv
run dq scan quote.csv; expect_rc 65; expect_err "quote.csv: row 2 (line 3), column 2: error: malformed CSV: the quote that opens this cell is never closed"
head -n 2 "$csv" >utf8.csv
printf '003000000000011,Al\377i,Rezaei,a@b.ir,,,001000000000001,X,Iran,Web,2025-01-01,2026-01-01\n' >>utf8.csv
run dq scan utf8.csv; expect_rc 65; expect_err "utf8.csv: row 2 (line 3), column 2: error: invalid UTF-8 at byte 3 of the cell"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (malformed CSV)"

# The record id column the checks need but the file lacks (other absent
# columns are only not checked: t0810).
printf 'Ident,First Name,Email\n1,a,b@c.ir\n' >cols.csv
run dq scan cols.csv --checks "$DATA/dq/small-checks.yaml"; expect_rc 65
expect_err "cols.csv:1: error: missing column 'Id' needed by record_id"
printf 'Id,EMail,Last_Name\n' >empty.csv
run dq scan empty.csv --checks "$DATA/dq/small-checks.yaml"; expect_rc 65; expect_err "no data rows to scan"
: >nothing.csv
run dq scan nothing.csv --checks "$DATA/dq/small-checks.yaml"; expect_rc 65; expect_err "the file is empty"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (columns)"

# Missing files, unknown checks, bad options.
run dq scan missing.csv; expect_rc 66; expect_err "missing.csv: cannot open"
run dq scan "$csv" --checks salesforce-contcat; expect_rc 64; expect_err "did you mean 'salesforce-contact'"
run dq scan "$csv" --checks nope.yaml; expect_rc 66; expect_err "nope.yaml: cannot read"
run dq scan "$csv" --date 2026-02-30; expect_rc 64; expect_err "expected a date YYYY-MM-DD"
run dq scan "$csv" --entity 'a=b'; expect_rc 64; expect_err "--entity"
run dq scan "$csv" --clusters-out no/such/dir/cl.csv; expect_rc 73; expect_err "cannot create"
run dq scan; expect_rc 64
run dq scan "$csv" --bogus; expect_rc 64
[ "$(db_sum)" = "$before" ] || fail "workspace changed (options)"

# A failed scan creates no workspace where there was none.
rm -f crmready.db crmready.db-wal crmready.db-shm
run dq scan ragged.csv; expect_rc 65; expect_no_file crmready.db
done_testing
