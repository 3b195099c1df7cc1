# Checks that live in the domain (metric values, the organisation's name, a
# source's length, a name pattern's) still read as usage errors: the message,
# the usage line and the hint, exit 64, nothing written.
. "$TESTS_DIR/cli/lib.sh"

# exact stderr: the lines given, in order, and nothing else
expect_err_is() {
	printf '%s\n' "$@" > want
	cmp -s want err || { diff want err >&2; fail "stderr differs"; }
}

long=$(printf '%0201d' 0)
run init --org "$(printf 'two\nlines')"
expect_rc 64
expect_err_is "crmready init: --org: expected a name of 1 to 200 characters on one line (UTF-8)" \
	"usage: crmready init [--org NAME] [--min-group N] [--db PATH]" \
	"Try 'crmready init --help' for more."
expect_no_file crmready.db

run metric record training.completion 0.5 --source "$long"
expect_rc 64
expect_err_is "crmready metric record: --source: at most 200 characters" \
	"usage: crmready metric record NAME VALUE [--date D] [--scope k=v] [--source S]" \
	"Try 'crmready metric record --help' for more."
run metric record training.completion 93
expect_rc 64
expect_err_is "crmready metric record: VALUE: found 93, but training.completion is a fraction from 0 to 1" \
	"usage: crmready metric record NAME VALUE [--date D] [--scope k=v] [--source S]" \
	"Try 'crmready metric record --help' for more."
run metric list --name "$(printf '%01001d' 0)"
expect_rc 64
expect_err_is "crmready metric list: --name: the pattern is 1001 characters long; metric names are short (at most 1000)" \
	"usage: crmready metric list [--name GLOB] [--scope S] [--format csv|json]" \
	"Try 'crmready metric list --help' for more."
expect_no_file crmready.db

usage="usage: crmready goal set GOAL_ID [--target T] [--due D] [--op OP] [--baseline V] [--by NAME]"
run goal add --phase pilot --metric adoption.active_users --op ">=" --target 40 --due 2027-03-31
expect_rc 0
sum=$(db_sum)
run goal set 1 --target 2.5
expect_rc 64
expect_err_is "crmready goal set: --target: found 2.5, but adoption.active_users is a count of 0 or more (a whole number)" \
	"$usage" "Try 'crmready goal set --help' for more."
run goal set 1 --baseline -3
expect_rc 64
expect_err_is "crmready goal set: --baseline: found -3, but adoption.active_users is a count of 0 or more (a whole number)" \
	"$usage" "Try 'crmready goal set --help' for more."
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by bad input"

done_testing
