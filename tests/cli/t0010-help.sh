# Help on every command and subcommand, walked from the command table
# itself; the meta-test that every command has help and a test, that the
# manual (README.md and docs/*.md) mentions every command, subcommand and
# option, and that every command line the manual shows names a command and
# subcommand that exist.
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

manual="$TESTS_DIR/../README.md $(ls "$TESTS_DIR"/../docs/*.md)"
# documented WORDS: the manual mentions "crmready WORDS".
documented() { cat $manual | grep -qF "crmready $1"; }
# options CMD...: the long options the command's help lists under "options:".
options() {
	CRMREADY_LANG= "$CRMREADY" "$@" --help | awk '$0 == "options:" { on = 1; next }
		on && /^$/ { exit }
		on { for (i = 1; i <= NF; i++) if ($i ~ /^--/) { sub(/[,=].*/, "", $i); print $i; break } }'
}
# check_options CMD...: every option of the command is in the manual.
check_options() {
	for o in $(options "$@"); do
		cat $manual | grep -qF -- "$o" || fail "no page of the manual mentions '$o' of 'crmready $*'"
	done
}
: >known   # the commands ("CMD", "CMD SUB", "group CMD") for the check below

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
		documented "$c" || fail "no page of the manual mentions 'crmready $c'"
		check_options "$c"
		echo "$c" >>known
		continue
	fi
	printf '%s\ngroup %s\n' "$c" "$c" >>known
	# A group: its help lists the subcommands; without one it is a usage
	# error, unless the command runs by itself too (its usage starts with
	# the optional subcommands: "findings [waive|unwaive|waivers ...] ...").
	if CRMREADY_LANG= "$CRMREADY" "$c" --help | head -1 | grep -q "^usage: crmready $c \\["; then
		in_some_test "$c" || fail "command '$c' appears in no end-to-end test"
		documented "$c" || fail "no page of the manual mentions 'crmready $c'"
		check_options "$c"
	else
		run "$c"; expect_rc 64 "$c without a subcommand"
		expect_err "crmready $c: missing subcommand"; expect_err "subcommands:"; expect_empty_out
	fi
	for s in $subs; do
		run "$c" "$s" --help; expect_rc 0 "$c $s --help"
		expect_out "usage: crmready $c $s"; expect_out "global options:"
		run help "$c" "$s"; expect_rc 0 "help $c $s"; expect_out "usage: crmready $c $s"
		run "$c" "$s" -h; expect_rc 0 "$c $s -h"; expect_out "usage: crmready $c $s"
		in_some_test "$c $s" || fail "'$c $s' appears in no end-to-end test"
		documented "$c $s" || fail "no page of the manual mentions 'crmready $c $s'"
		check_options "$c" "$s"
		echo "$c $s" >>known
	done
done
echo __complete >>known   # hidden: the shell completion scripts call it

# Every command line the manual shows ("$ crmready ...", "== crmready ...",
# "crmready ..." in a code block, `crmready ...` in the text) names a command
# that exists and, for a group, a subcommand that exists.
awk '
FNR == 1 { fence = 0 }
/^```/ { fence = !fence; next }
{
	line = $0
	if (fence && match(line, /^(\$ |== )?crmready /))
		print FILENAME ":" FNR ": " substr(line, index(line, "crmready"))
	while (match(line, /`crmready [^`]*`/)) {
		print FILENAME ":" FNR ": " substr(line, RSTART + 1, RLENGTH - 2)
		line = substr(line, RSTART + RLENGTH)
	}
}' $manual >mentions
[ -s mentions ] || fail "found no command lines in the manual"
awk '
FNR == NR { known[$0] = 1; next }
{
	loc = $1; n = split(substr($0, length($1) + 2), w, / +/)
	i = 2
	for (;;) {
		if (w[i] ~ /^--(db|lang|format)$/) i += 2
		else if (w[i] ~ /^(--no-color|-q|--quiet)$/) i++
		else break
	}
	if (i > n || w[i] !~ /^[a-z_][a-z0-9_-]*$/) next
	if (!(w[i] in known)) { print loc " crmready " w[i] ": no such command"; next }
	if (("group " w[i]) in known && i < n && w[i + 1] ~ /^[a-z][a-z0-9-]*$/ && !((w[i] " " w[i + 1]) in known))
		print loc " crmready " w[i] " " w[i + 1] ": no such subcommand"
}' known mentions >unknown
[ ! -s unknown ] || fail "the manual shows commands that do not exist: $(cat unknown)"

# help for what does not exist
run help nosuch; expect_rc 64; expect_err "unknown command 'nosuch'"
run help questionnaire nosuch; expect_rc 64; expect_err "unknown subcommand 'questionnaire nosuch'"
run help help extra; expect_rc 64; expect_err "'help' has no subcommands"
# --help wins over everything else on the line
run questionnaire add --help nosuch.yaml; expect_rc 0; expect_out "usage: crmready questionnaire add"
expect_no_file crmready.db
done_testing
