# demo DIR: a folder name the demo's own commands would read as an option
# ("-", "-x") or an empty name is refused up front (64), nothing made.
. "$TESTS_DIR/cli/lib.sh"
run demo -
expect_rc 64 "demo -"; expect_err "the folder name '-' starts with '-'"
expect_no_file ./-
run demo -- -x
expect_rc 64 "demo -- -x"; expect_err "write it ./-x"
expect_no_file ./-x
run demo ''
expect_rc 64 "demo ''"; expect_err "the name of the folder is empty"
[ -z "$(ls -A)" ] || [ "$(ls -A | tr '\n' ' ')" = "err out " ] || fail "demo left files: $(ls -A)"
done_testing
