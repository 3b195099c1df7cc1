#!/bin/sh
# A list said to a person is joined by the language's separator (Persian
# and Arabic "، "), taken from the catalogue; English keeps ", ".
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1
run plan build --start 2026-09-07; expect_rc 0 "plan build"
for l in ar fa; do
	run --lang $l goal add --phase zzzzzzzz --metric roi.ratio --op ">=" --target 2 --due 2027-01-31
	expect_rc 65 "unknown phase under $l"
	expect_err "foundation، pilot، wave-1، scale-out، optimise"
	grep -q 'untranslated' err && fail "untranslated under $l"
done
run goal add --phase zzzzzzzz --metric roi.ratio --op ">=" --target 2 --due 2027-01-31
expect_err "its phases are foundation, pilot, wave-1, scale-out, optimise"
done_testing
