# Exit codes that say what went wrong: a usage error is 64 however long the
# bad value is.
. "$TESTS_DIR/cli/lib.sh"
long=$(head -c 60000 /dev/zero | tr '\0' 'a')
run metric list --name "$long"
expect_rc 64 "an over-long --name pattern"; expect_err "--name: the pattern is 60000 characters long"
run metric list --name 'adoption.*'; expect_rc 0 "a usual pattern"
done_testing
