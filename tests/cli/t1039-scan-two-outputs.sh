# dq scan with two outputs: when writing one fails, the other's old file is
# left as it was (both are written completely before either is replaced),
# and nothing is stored. A private full device makes the write fail.
. "$TESTS_DIR/cli/lib.sh"
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
export CRMREADY_DB="$PWD/w.db"
if mknod full c 1 7 2>/dev/null; then
	echo OLD > clusters.csv; echo OLD > rows.csv
	run dq scan d/contacts.csv --clusters-out clusters.csv --rows-out full
	expect_rc 74 "rows to a full device"; expect_err "full: write error"
	[ "$(cat clusters.csv)" = OLD ] || fail "the clusters file was replaced by a failed scan"
	run dq scan d/contacts.csv --clusters-out full --rows-out rows.csv
	expect_rc 74 "clusters to a full device"
	[ "$(cat rows.csv)" = OLD ] || fail "the rows file was replaced by a failed scan"
	run metric list --name dq.score
	expect_out "no values"
	ls -A | grep -q 'tmp-' && fail "a temporary was left"
else
	echo "# skipped: mknod is not permitted here" >&2
fi
run dq scan d/contacts.csv --clusters-out clusters.csv --rows-out rows.csv
expect_rc 0 "both outputs"
[ "$(head -n 1 clusters.csv)" = "cluster,row,id,match,keys" ] || fail "clusters not written"
[ "$(head -n 1 rows.csv)" = "row,line,id,column,problem,value" ] || fail "rows not written"
done_testing
