# Help on every command and subcommand, walked from the command table
# itself; the meta-test that every command has help, a test and (once
# README.md has its "Commands" section) a README mention.
. "$TESTS_DIR/cli/lib.sh"

# section TITLE: the names listed under "TITLE:" in file out.
section() {
	awk -v t="$1:" '$0 == t { on = 1; next } on && /^$/ { exit } on { print $1 }' out
}

run --help; expect_rc 0
expect_out "usage: crmready"; expect_out "commands:"; expect_out "global options"
expect_out "--version"
commands=$(section commands)
[ -n "$commands" ] || fail "no commands listed by --help"
run -h; expect_rc 0; expect_out "commands:"
run help; expect_rc 0; expect_out "commands:"

readme="$TESTS_DIR/../README.md"
check_readme=0
if [ -f "$readme" ] && grep -q '^#.*Commands' "$readme"; then
	check_readme=1
else
	echo "note: README.md has no \"Commands\" section yet; README mentions not checked"
fi

# in_some_test WORDS: an end-to-end test other than this one runs
# "crmready WORDS" (through run or "$CRMREADY").
in_some_test() {
	for t in "$TESTS_DIR"/cli/t*.sh "$TESTS_DIR"/hostile/t*.sh; do
		[ -f "$t" ] && [ "$(basename "$t")" != t0010-help.sh ] || continue
		grep -qE "(run|\"\\\$CRMREADY\")( +[^ ]+)* +$1( |\$|\")" "$t" && return 0
	done
	return 1
}

for c in $commands; do
	run "$c" --help; expect_rc 0 "$c --help"
	expect_out "usage: crmready $c"
	expect_empty_err=$(cat err); [ -z "$expect_empty_err" ] || fail "$c --help wrote to stderr"
	run help "$c"; expect_rc 0 "help $c"; expect_out "usage: crmready $c"
	subs=$(CRMREADY_LANG= "$CRMREADY" "$c" --help | awk '$0 == "subcommands:" { on = 1; next } on && /^$/ { exit } on { print $1 }')
	if [ -z "$subs" ]; then
		in_some_test "$c" || fail "command '$c' appears in no end-to-end test"
		[ "$check_readme" -eq 0 ] || grep -q "crmready $c" "$readme" || fail "README.md does not mention 'crmready $c'"
		continue
	fi
	# A group: its help lists the subcommands; without one it is a usage error.
	run "$c"; expect_rc 64 "$c without a subcommand"
	expect_err "crmready $c: missing subcommand"; expect_err "subcommands:"; expect_empty_out
	for s in $subs; do
		run "$c" "$s" --help; expect_rc 0 "$c $s --help"
		expect_out "usage: crmready $c $s"; expect_out "global options:"
		run help "$c" "$s"; expect_rc 0 "help $c $s"; expect_out "usage: crmready $c $s"
		run "$c" "$s" -h; expect_rc 0 "$c $s -h"; expect_out "usage: crmready $c $s"
		in_some_test "$c $s" || fail "'$c $s' appears in no end-to-end test"
		[ "$check_readme" -eq 0 ] || grep -q "crmready $c $s" "$readme" || fail "README.md does not mention 'crmready $c $s'"
	done
done

# help for what does not exist
run help nosuch; expect_rc 64; expect_err "unknown command 'nosuch'"
run help questionnaire nosuch; expect_rc 64; expect_err "unknown subcommand 'questionnaire nosuch'"
run help help extra; expect_rc 64; expect_err "'help' has no subcommands"
# --help wins over everything else on the line
run questionnaire add --help nosuch.yaml; expect_rc 0; expect_out "usage: crmready questionnaire add"
expect_no_file crmready.db
done_testing
