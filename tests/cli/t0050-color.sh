# Colours only on a terminal, never with NO_COLOR or --no-color.
. "$TESTS_DIR/cli/lib.sh"
Q="$DATA/questionnaires"
esc=$(printf '\033')

no_escapes() { ! grep -q "$esc" "$1" || fail "escape codes in $1 ($2)"; }

# Not a terminal: no colours even without NO_COLOR.
unset NO_COLOR
run questionnaire show crm-readiness; expect_rc 0; no_escapes out "pipe, stdout"
run questionnaire validate "$Q/bad/unknown-key.yaml"; expect_rc 65; no_escapes err "pipe, stderr"

if ! command -v script >/dev/null 2>&1; then
	echo "note: script(1) (bsdutils) not installed: terminal colours not tested"
	done_testing
fi
# On a terminal (script -qc gives one): colours, unless NO_COLOR or --no-color.
tty_run() { script -qec "$1" /dev/null > tty.out 2>&1 < /dev/null; }
tty_run "'$CRMREADY' questionnaire show crm-readiness"
grep -q "$esc\[1m" tty.out || fail "no colours on a terminal"
tty_run "'$CRMREADY' questionnaire validate '$Q/bad/unknown-key.yaml'"
grep -q "$esc\[1;31merror:" tty.out || fail "no coloured error on a terminal"
tty_run "NO_COLOR=1 '$CRMREADY' questionnaire show crm-readiness"
no_escapes tty.out "NO_COLOR on a terminal"
tty_run "'$CRMREADY' questionnaire show crm-readiness --no-color"
no_escapes tty.out "--no-color on a terminal"
tty_run "'$CRMREADY' --no-color questionnaire validate '$Q/bad/unknown-key.yaml'"
no_escapes tty.out "--no-color before the command"
# An empty NO_COLOR does not count (no-color.org).
tty_run "NO_COLOR= '$CRMREADY' questionnaire show crm-readiness"
grep -q "$esc\[1m" tty.out || fail "empty NO_COLOR turned colours off"
done_testing
