# adoption import --unknown-out that cannot be written (missing folder, a
# folder, an empty name, a full device) leaves the workspace as it was:
# the bad names are refused before the import, a write failure rolls it back.
. "$TESTS_DIR/cli/lib.sh"
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
export CRMREADY_DB="$PWD/w.db"
"$CRMREADY" roster import d/roster.csv -q || fail "roster import"
before=$(db_sum w.db)
run adoption import d/LoginHistory.csv --unknown-out nodir/x.csv
expect_rc 73 "missing folder"; expect_err "directory nodir does not exist"
expect_no_out "New logins"
run adoption import d/LoginHistory.csv --unknown-out d
expect_rc 73 "a folder"
run adoption import d/LoginHistory.csv --unknown-out ''
expect_rc 64 "empty name"; expect_err "is empty"
expect_no_out "Imported"
[ "$(db_sum w.db)" = "$before" ] || fail "a refused --unknown-out stored the import"
if mknod full c 1 7 2>/dev/null; then
	run adoption import d/LoginHistory.csv --unknown-out full
	expect_rc 74 "full device"
	grep -q "not in the roster" err && fail "a failed import should not warn about its users"
	[ "$(db_sum w.db)" = "$before" ] || fail "a failed --unknown-out write kept the import"
else
	echo "# skipped: mknod is not permitted here" >&2
fi
run adoption import d/LoginHistory.csv --unknown-out unknown.csv
expect_rc 0 "a good --unknown-out"
[ "$(head -n 1 unknown.csv)" = "user,logins" ] || fail "the list was not written"
[ "$(db_sum w.db)" != "$before" ] || fail "the good import stored nothing"
done_testing
