# A workbook that cannot be written (a file size limit) fails with 74 and
# one message naming the user's file and the system's reason, never the
# temporary; the old workbook stays.
. "$TESTS_DIR/cli/lib.sh"
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
export CRMREADY_DB="$PWD/d/demo.db"
echo OLD > x.xlsx
(trap '' XFSZ; ulimit -f 70; "$CRMREADY" export x.xlsx >out 2>err); rc=$?
expect_rc 74 "export past the file size limit"
expect_err "error: x.xlsx: cannot write the workbook: File too large"
grep '^error:' err | grep -q 'tmp' && fail "the message names the temporary"
[ "$(cat x.xlsx)" = OLD ] || fail "the old workbook was replaced"
ls -A | grep -q 'tmp-' && fail "a temporary was left"
(trap '' XFSZ; ulimit -f 70; "$CRMREADY" export - >x2.xlsx 2>err); rc=$?
expect_rc 74 "export - past the file size limit"
expect_err "error: -: cannot write the workbook: File too large"
grep '^error:' err | grep -q 'crmready-out' && fail "the message names the temporary"
done_testing
