# roster import and adoption import read a named pipe once: the data
# written into it is imported, the command does not wait for a second
# writer.
. "$TESTS_DIR/cli/lib.sh"
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
export CRMREADY_DB="$PWD/w.db"
mkfifo roster.fifo logins.fifo
cat d/roster.csv > roster.fifo &
timeout 20 "$CRMREADY" roster import roster.fifo >out 2>err; rc=$?
expect_rc 0 "roster import FIFO"
cat d/LoginHistory.csv > logins.fifo &
timeout 20 "$CRMREADY" adoption import logins.fifo >out 2>err; rc=$?
expect_rc 0 "adoption import FIFO"; expect_out "New logins"
wait
run adoption report --format csv
expect_rc 0 "adoption report"
[ "$(wc -l < out)" -gt 2 ] || fail "the logins read from the FIFO were not stored"
done_testing
