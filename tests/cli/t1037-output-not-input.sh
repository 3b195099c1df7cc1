# An output is never the workspace (nor its -wal/-shm/-journal, nor
# through a symlink), an input of the same command, or another output of
# it: 64 naming both, nothing written, nothing stored.
. "$TESTS_DIR/cli/lib.sh"
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
cp d/demo.db w.db
export CRMREADY_DB="$PWD/w.db"
ln -s w.db wlink
before=$(db_sum w.db)
for c in "export w.db" "report w.db" "export wlink" "report w.db-wal" "export w.db-journal" \
	 "dq scan d/contacts.csv --rows-out w.db" "dq scan d/contacts.csv --clusters-out wlink" \
	 "adoption import d/LoginHistory.csv --unknown-out w.db"; do
	run $c
	expect_rc 64 "$c"
	expect_err "is the workspace $PWD/w.db"
done
[ "$(db_sum w.db)" = "$before" ] || fail "the workspace changed"
expect_no_file w.db-journal
run metric list
expect_rc 0 "the workspace still opens"

cp d/contacts.csv in.csv; cp d/LoginHistory.csv lh.csv
for c in "dq scan in.csv --rows-out in.csv" "dq scan in.csv --clusters-out ./in.csv" \
	 "adoption import lh.csv --unknown-out lh.csv"; do
	run $c
	expect_rc 64 "$c"
	expect_err "is the input file"
done
cmp -s in.csv d/contacts.csv || fail "the input CSV was overwritten"
cmp -s lh.csv d/LoginHistory.csv || fail "the login log was overwritten"
[ "$(db_sum w.db)" = "$before" ] || fail "a refused command stored something"

run dq scan d/contacts.csv --rows-out same.csv --clusters-out same.csv
expect_rc 64 "the same file for both outputs"
expect_err "--rows-out same.csv is the same file as --clusters-out same.csv"
expect_no_file same.csv
echo old > kept.csv; ln -s kept.csv kept-link.csv
run dq scan d/contacts.csv --rows-out kept-link.csv --clusters-out kept.csv
expect_rc 64 "both outputs through a symlink"
[ "$(cat kept.csv)" = old ] || fail "the file named twice was written"
[ "$(db_sum w.db)" = "$before" ] || fail "a refused scan stored something"

# different files (and "-") are still fine
run dq scan d/contacts.csv --rows-out rows.csv --clusters-out -
expect_rc 0 "distinct outputs"
done_testing
