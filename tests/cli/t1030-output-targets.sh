# Output targets that are not plain new files: "-" is standard output, a
# device or a named pipe is written through (never replaced by a regular
# file), a symlink is followed (its target replaced, the link kept), an
# empty name is a usage error, and a temporary left by a killed run is
# cleaned by the next run writing the same output (a live one is not).
. "$TESTS_DIR/cli/lib.sh"
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
export CRMREADY_DB="$PWD/d/demo.db"

# - : standard output, nothing else on it
run report -
expect_rc 0 "report -"
head -c 15 out | grep -q '<!DOCTYPE html>' || fail "report - should print the page"
grep -q 'wrote' out err && fail "report - should not say 'wrote -'"
run export - ; expect_rc 0 "export - to a file"
head -c 2 out | grep -q PK || fail "export - should write the workbook (a zip) to stdout"
if command -v script >/dev/null 2>&1; then
	script -qec "$CRMREADY export -" /dev/null >tty.out 2>&1
	grep -q 'is a terminal' tty.out || fail "export - to a terminal should be refused"
fi
run dq scan d/contacts.csv --rows-out -
expect_rc 0 "dq scan --rows-out -"
[ "$(head -n 1 out)" = "row,line,id,column,problem,value" ] || fail "--rows-out - should print only the CSV"
grep -q 'dq.score' out && fail "--rows-out - should not mix the summary into the CSV"
run dq scan d/contacts.csv --rows-out - --clusters-out -
expect_rc 64 "both outputs on stdout"; expect_err "cannot both be -"

# a character device (a private node, never the real /dev)
if mknod nul c 1 3 2>/dev/null; then
	for out in "report nul" "export nul" "dq scan d/contacts.csv --rows-out nul" \
		   "dq scan d/contacts.csv --clusters-out nul"; do
		run $out; expect_rc 0 "$out"
		[ -c nul ] || fail "$out: the device became a regular file"
	done
	run adoption import d/LoginHistory.csv --unknown-out nul; expect_rc 0 "unknown-out to a device"
	[ -c nul ] || fail "--unknown-out: the device became a regular file"
	ls -a | grep -q 'tmp-' && fail "a temporary was left beside the device"
else
	echo "# skipped: mknod is not permitted here" >&2
fi

# a named pipe: the reader gets the whole page
mkfifo pipe
timeout 30 cat pipe > from-pipe &
run report pipe; expect_rc 0 "report to a FIFO"
wait
[ -p pipe ] || fail "the FIFO became a regular file"
grep -q '</html>' from-pipe || fail "the reader of the FIFO did not get the page"

# symlinks: the target is replaced, the link stays; a dangling link too
echo old > real.html
ln -s real.html link.html
run report link.html; expect_rc 0 "report to a symlink"
[ -L link.html ] || fail "the symlink was replaced by a file"
grep -q '</html>' real.html || fail "the symlink's target was not written"
ln -s made.html dangling.html
run report dangling.html; expect_rc 0 "report to a dangling symlink"
[ -L dangling.html ] && grep -q '</html>' made.html || fail "a dangling link's target should be made"

# an empty name: 64, a clear message, nothing written
for c in "export" "report" "dq scan d/contacts.csv --rows-out" "dq scan d/contacts.csv --clusters-out"; do
	run $c ''
	expect_rc 64 "$c ''"; expect_err "is empty"
done

# leftovers: an old unlocked temporary of the same output goes, a fresh one
# and a locked one (a live run) stay, another output's stays
touch -d '1 hour ago' .r.html.tmp-AAAAAA .r.html.tmp-LOCKED .other.html.tmp-BBBBBB
touch .r.html.tmp-FRESH1
( flock -x 9; sleep 30 ) 9<.r.html.tmp-LOCKED &
locker=$!
sleep 0.3
run report r.html; expect_rc 0 "report beside leftovers"
[ -e .r.html.tmp-AAAAAA ] && fail "an old temporary of a killed run was not removed"
[ -e .r.html.tmp-FRESH1 ] || fail "a fresh temporary (maybe a live run) was removed"
[ -e .r.html.tmp-LOCKED ] || fail "a locked temporary (a live run) was removed"
[ -e .other.html.tmp-BBBBBB ] || fail "another output's temporary was removed"
kill $locker 2>/dev/null
grep -q '</html>' r.html || fail "r.html written"

# a temporary of a killed run written through (export -) is cleaned too
mkdir tmp
touch -d '1 hour ago' tmp/.crmready-out.tmp-CCCCCC
TMPDIR=$PWD/tmp "$CRMREADY" report - >/dev/null 2>&1 || fail "report - with TMPDIR"
[ -e tmp/.crmready-out.tmp-CCCCCC ] && fail "a killed run's temporary in TMPDIR was not removed"
[ -z "$(ls -A tmp)" ] || fail "report - left a temporary in TMPDIR: $(ls -A tmp)"

# the replaced file keeps its permissions (a private report stays private)
chmod 600 r.html
run report r.html; expect_rc 0 "report over a private file"
[ "$(stat -c %a r.html)" = 600 ] || fail "the report's permissions changed to $(stat -c %a r.html)"

# a symlink loop is an error, not a file put in its place
ln -s loop1.html loop2.html; ln -s loop2.html loop1.html
run report loop1.html
expect_rc 73 "a symlink loop"; expect_err "too many levels of symbolic links"
[ -L loop1.html ] || fail "the looping link was replaced"

# a long but valid name (250 bytes): its temporary must fit too
long=$(printf '%0246d' 0).html
run report "$long"; expect_rc 0 "a 250-byte output name"
[ -f "$long" ] || fail "the long-named report was not written"
done_testing
