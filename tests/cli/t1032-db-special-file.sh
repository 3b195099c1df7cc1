# --db naming something that is not a regular file (a device, a named pipe)
# is refused clearly, and nothing is left beside it (no -journal, no -wal).
. "$TESTS_DIR/cli/lib.sh"
mkfifo pipe
for read in status "goal list"; do
	run --db pipe $read
	expect_rc 66 "--db FIFO, $read"; expect_err "pipe is a named pipe, not a workspace file"
done
run --db pipe metric record roi.ratio 2
expect_rc 73 "--db FIFO, a write"; expect_err "pipe is a named pipe"
run --db pipe init
[ "$rc" -ne 0 ] || fail "init on a named pipe should fail"; expect_err "pipe is a named pipe"
if mknod dev c 1 3 2>/dev/null; then
	run --db dev status; expect_rc 66 "--db device, status"
	expect_err "dev is a character device, not a workspace file"
	run --db dev metric record roi.ratio 2; expect_rc 73 "--db device, a write"
	[ -c dev ] || fail "the device was replaced"
else
	echo "# skipped the device: mknod is not permitted here" >&2
fi
ls | grep -q -- '-journal\|-wal\|-shm' && fail "a stray journal was left: $(ls)"
done_testing
