# Exit codes that say what went wrong: a usage error is 64 however long the
# bad value is; output that cannot be written (a full device) is 74, help
# and --version included; a negative value is a value, not an option.
. "$TESTS_DIR/cli/lib.sh"
long=$(head -c 60000 /dev/zero | tr '\0' 'a')
run metric list --name "$long"
expect_rc 64 "an over-long --name pattern"; expect_err "--name: the pattern is 60000 characters long"
run metric list --name 'adoption.*'; expect_rc 0 "a usual pattern"

if mknod full c 1 7 2>/dev/null; then
	for c in "--help" "--version" "help" "help status" "status --help" "dq checks add --help"; do
		"$CRMREADY" $c >full 2>err; rc=$?
		expect_rc 74 "$c to a full device"; expect_err "error writing the output"
	done
else
	echo "# skipped the full device: mknod is not permitted here" >&2
fi

run metric record roi.ratio -0.5; expect_rc 0 "a negative value"
expect_out "roi.ratio"
run metric record roi.ratio -1.5; expect_rc 64 "a negative value out of the metric's range"
expect_err "roi.ratio is a ratio of -1 or more"
done_testing
