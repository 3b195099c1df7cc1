# Version, help, unknown commands and options, exit codes.
. "$TESTS_DIR/cli/lib.sh"

run --version; expect_rc 0; expect_out "crmready "
run --help; expect_rc 0; expect_out "commands:"; expect_out "help"
run; expect_rc 64
run hlep; expect_rc 64; expect_err "did you mean 'help'"
run help --bogus; expect_rc 64; expect_err "unknown option '--bogus'"
run help --hepl; expect_rc 64; expect_err "did you mean '--help'"
run help help; expect_rc 0; expect_out "usage: crmready help"
run --lang xx help; expect_rc 64; expect_err "expected one of: en, ar, fa"
run help --format json; expect_rc 64; expect_err "--format"
expect_no_file crmready.db
done_testing
