# dq checks is a group in the command table like every other: each of its
# subcommands has its own help, arguments and formats, and so has any group
# inside a group the table may hold (walked from the table).
. "$TESTS_DIR/cli/lib.sh"

run dq checks add --help; expect_rc 0
expect_out "usage: crmready dq checks add FILE.yaml"; expect_no_out "subcommands:"
run help dq checks add; expect_rc 0; expect_out "usage: crmready dq checks add FILE.yaml"
run dq checks list -h; expect_rc 0; expect_out "usage: crmready dq checks list"

# The group without a subcommand, with an unknown one, and a prefix.
run dq checks; expect_rc 64; expect_err "crmready dq checks: missing subcommand"
expect_err "Run 'crmready dq checks SUBCOMMAND --help' for its options."; expect_empty_out
run dq checks --help; expect_rc 0; expect_out "subcommands:"; expect_out "validate"
run dq checks lsit; expect_rc 64
expect_err "crmready dq checks: unknown subcommand 'lsit' (did you mean 'list'?)"
expect_err "Run 'crmready dq checks --help' for its subcommands."
run dq checks l; expect_rc 0; expect_out "salesforce-contact"

# Arguments and formats are the subcommand's own.
run dq checks validate; expect_rc 64; expect_err "crmready dq checks validate: missing argument"
expect_err "usage: crmready dq checks validate FILE.yaml..."
expect_err "Try 'crmready dq checks validate --help' for more."
run dq checks show a b; expect_rc 64; expect_err "unexpected argument 'b'"
run dq checks show salesforce-contact --format json; expect_rc 64
expect_err "crmready dq checks show: --format: found 'json', expected one of: text"
run dq checks list --format json; expect_rc 0; expect_out '"checks"'
expect_no_file crmready.db

# Completion and the manual go down into the group.
"$CRMREADY" __complete -- dq checks "" >out 2>err
expect_out "add"; expect_out "validate"; expect_out "show"
run help --man; expect_rc 0; expect_out "crmready dq checks add FILE.yaml"

# Every group inside a group, walked from the help the table makes.
section() {
	awk -v t="$1:" '$0 == t { on = 1; next } on && /^$/ { exit } on { print $1 }' out
}
run --help; commands=$(section commands)
nested=0
for c in $commands; do
	run "$c" --help; subs=$(section subcommands)
	for s in $subs; do
		run "$c" "$s" --help; inner=$(section subcommands)
		for t in $inner; do
			nested=$((nested + 1))
			run "$c" "$s" "$t" --help; expect_rc 0 "$c $s $t --help"
			expect_out "usage: crmready $c $s $t"; expect_no_out "subcommands:"
			run help "$c" "$s" "$t"; expect_rc 0 "help $c $s $t"
			expect_out "usage: crmready $c $s $t"
		done
	done
done
[ "$nested" -ge 4 ] || fail "expected the four subcommands of dq checks, walked $nested"
done_testing
