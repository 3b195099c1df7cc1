#!/bin/sh
# make install / uninstall into a DESTDIR; the manual page and the bash and
# zsh completion are generated from the command table: every command is in
# both, the page renders with man -l, and completion answers commands,
# subcommands, options, option values, files and the workspace's
# questionnaire ids.
. "$TESTS_DIR/cli/lib.sh"
src=$(cd "$TESTS_DIR/.." && pwd)
case "$CRMREADY" in
"$src/crmready") build=build/normal ;;
"$src"/build/*/crmready) build=${CRMREADY#"$src"/}; build=${build%/crmready} ;;
*) echo "skipped: $CRMREADY is not built in $src"; exit 0 ;;
esac
dest=$PWD/dest
prefix=/usr/local

make -s -C "$src" BUILD="$build" install PREFIX=$prefix DESTDIR="$dest" >make.out 2>&1 ||
	{ cat make.out; fail "make install"; }
for f in bin/crmready share/man/man1/crmready.1 share/bash-completion/completions/crmready \
	share/zsh/site-functions/_crmready; do
	expect_file "$dest$prefix/$f"
done
"$dest$prefix/bin/crmready" --version | grep -q "^crmready " || fail "installed binary runs"

# The page and the scripts are what the binary prints (generated, not written).
run help --man
expect_rc 0
cmp -s out "$dest$prefix/share/man/man1/crmready.1" || fail "installed page = crmready help --man"
run help --completion bash
cmp -s out "$dest$prefix/share/bash-completion/completions/crmready" || fail "bash script = --completion bash"
run help --completion fish
expect_rc 64
expect_err "expected bash or zsh"
run help --man plan
expect_rc 64

# Every command and subcommand of --help is in the page; the hidden one is not.
page="$dest$prefix/share/man/man1/crmready.1"
"$CRMREADY" --help | sed -n '/^commands:/,/^$/p' | awk 'NF>1 {print $1}' >commands
[ "$(wc -l <commands)" -ge 15 ] || fail "commands listed"
while read -r c; do
	grep -q "^\.SS \"crmready $c" "$page" || fail "manual lacks $c"
	for s in $("$CRMREADY" "$c" --help | sed -n '/^subcommands:/,/^$/p' | awk 'NF>1 {print $1}' | tail -n +2); do
		grep -q "^\.SS \"crmready $c $s" "$page" || fail "manual lacks $c $s"
	done
done <commands
grep -q "__complete" "$page" && fail "hidden command in the manual"
"$CRMREADY" --help | grep -q "__complete" && fail "hidden command in --help"
run __compl
expect_rc 64

if command -v man >/dev/null 2>&1 && command -v groff >/dev/null 2>&1; then
	MANWIDTH=100 man -l "$page" >man.txt 2>man.err || fail "man -l"
	grep -q "crmready init \[--org NAME\]" man.txt || fail "rendered page shows init"
	grep -q "EXIT STATUS" man.txt || fail "rendered page has EXIT STATUS"
	groff -ww -man -z -Tutf8 "$page" 2>groff.err
	[ -s groff.err ] && { cat groff.err; fail "groff warnings"; }
else
	echo "skipped: man -l (install man-db and groff-base)"
fi

# bash: the completion function on a few command lines.
complete_bash() {
	PATH="$dest$prefix/bin:$PATH" bash -c '
		source "$1"; shift
		read -ra COMP_WORDS <<<"$1"
		case "$1" in *" ") COMP_WORDS+=("") ;; esac
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		_crmready
		echo "${COMPREPLY[*]}"' _ "$dest$prefix/share/bash-completion/completions/crmready" "$1"
}
check() {
	got=$(complete_bash "$1")
	[ "$got" = "$2" ] || fail "completion of '$1': expected '$2', got '$got'"
}
if command -v bash >/dev/null 2>&1; then
	check "crmready pl" "plan"
	check "crmready plan " "build show update"
	check "crmready survey " "run import list rounds rm"
	check "crmready plan build --st" "--start"
	check "crmready --lang " "en ar fa"
	check "crmready status --format " "text json"
	check "crmready findings --format " "text json csv"
	check "crmready help pl" "plan"
	check "crmready help plan " "build show update"
	check "crmready gaps set-target mob" "mobile-access"
	check "crmready dq checks " "add validate list show"
	check "crmready assess " "crm-capabilities crm-readiness"
	check "crmready assess --by " "department role"
	complete_bash "crmready " | grep -q "init demo questionnaire survey assess" || fail "commands"
	complete_bash "crmready " | grep -q "__complete" && fail "hidden command completed"
	# Files where a file is expected.
	: >answers.csv
	check "crmready survey import crm-readiness ans" "answers.csv"
	# Questionnaire ids from the workspace named on the line (or CRMREADY_DB).
	sed 's/^id: .*/id: acme-pulse/' "$DATA/questionnaires/good.yaml" >pulse.yaml
	"$CRMREADY" --db ws.db questionnaire add pulse.yaml >/dev/null 2>&1 || fail "add pulse"
	check "crmready --db ws.db assess " "acme-pulse crm-capabilities crm-readiness"
	check "crmready assess --db=ws.db a" "acme-pulse"
	CRMREADY_DB=ws.db check "crmready survey import " "acme-pulse crm-capabilities crm-readiness"
	check "crmready assess " "crm-capabilities crm-readiness"
	expect_no_file crmready.db
else
	echo "skipped: bash completion (no bash)"
fi
if command -v zsh >/dev/null 2>&1; then
	zsh -n "$dest$prefix/share/zsh/site-functions/_crmready" || fail "zsh script parses"
	# The zsh script asks the binary the same way.
	"$CRMREADY" __complete -- plan b >zc
	grep -q "^build	" zc || fail "__complete describes subcommands"
else
	echo "skipped: zsh syntax check (no zsh)"
fi

make -s -C "$src" BUILD="$build" uninstall PREFIX=$prefix DESTDIR="$dest" >make.out 2>&1 || fail "make uninstall"
left=$(find "$dest" -type f | wc -l)
[ "$left" -eq 0 ] || fail "uninstall left $left files"
done_testing
