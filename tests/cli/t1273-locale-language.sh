# Without --lang or CRMREADY_LANG, the locale chooses the language as for
# any gettext program (LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the first set
# decides); a locale crmready has no catalogue for is English.
. "$TESTS_DIR/cli/lib.sh"
unset CRMREADY_LANG LANGUAGE LC_ALL LC_MESSAGES LANG
says() { grep -qF -- "$2" out || fail "$1: stdout lacks: $2 ($(head -3 out))"; }
fa_summary="$(CRMREADY_LANG=fa "$CRMREADY" --help | sed -n 1p)"
ar_summary="$(CRMREADY_LANG=ar "$CRMREADY" --help | sed -n 1p)"
en_summary="$("$CRMREADY" --help | sed -n 1p)"
[ "$fa_summary" != "$en_summary" ] && [ "$ar_summary" != "$en_summary" ] || fail "help not translated"

LANG=fa_IR.UTF-8 "$CRMREADY" --help > out; says "LANG=fa_IR.UTF-8" "$fa_summary"
LC_MESSAGES=ar_SA.UTF-8 LANG=fa_IR.UTF-8 "$CRMREADY" --help > out; says "LC_MESSAGES wins" "$ar_summary"
LC_ALL=C LANG=fa_IR.UTF-8 "$CRMREADY" --help > out; says "LC_ALL=C" "$en_summary"
LANGUAGE=ar:fa LANG=fa_IR.UTF-8 "$CRMREADY" --help > out; says "LANGUAGE" "$ar_summary"
LANG=de_DE.UTF-8 "$CRMREADY" --help > out; says "German locale" "$en_summary"
LANG=C.UTF-8 "$CRMREADY" --help > out; says "C.UTF-8" "$en_summary"
CRMREADY_LANG=en LANG=fa_IR.UTF-8 "$CRMREADY" --help > out; says "CRMREADY_LANG wins" "$en_summary"
LANG=fa_IR.UTF-8 "$CRMREADY" --lang en --help > out; says "--lang wins" "$en_summary"
# a locale is not an error, whatever it names
LANG=xx_YY "$CRMREADY" --help > out 2> err; rc=$?; expect_rc 0
[ ! -s err ] || fail "a locale without a catalogue warns: $(cat err)"
# and the rest follows: an error message in the locale's language
LANG=fa_IR.UTF-8 "$CRMREADY" --frobnicate > out 2> err
grep -q 'frobnicate' err || fail "unknown option not named"
[ "$(LANG=fa_IR.UTF-8 "$CRMREADY" --frobnicate 2>&1)" = "$(CRMREADY_LANG=fa "$CRMREADY" --frobnicate 2>&1)" ] ||
	fail "an error under LANG=fa_IR differs from one under CRMREADY_LANG=fa"
done_testing
