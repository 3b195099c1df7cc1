# dq under --lang fa and --lang ar: a bad checks file (every message at its
# line and column, as in English), ragged rows and a missing record id
# column in the scanned file: in the language, nothing left in English,
# nothing stored.
. "$TESTS_DIR/cli/lib.sh"
csv="$DATA/dq/contacts.csv"
export CRMREADY_I18N_MISSING=1
no_err() { grep -qF -- "$1" err && fail "stderr has: $1"; return 0; }
positions() { grep -oE '^[^ ]+\.yaml:[0-9]+:[0-9]+:' err; }
# (the Arabic-script comma of fa and ar counts as a comma)
places() { grep -oE '^[^ ]+\.csv: [^:]*[0-9][^:]*:' err | sed 's/،/,/g' | tr -cd '0-9,\n'; }

run dq scan "$csv" --date 2026-11-01 -q; expect_rc 0
before=$(db_sum)

run dq checks validate "$DATA/dq/bad-checks.yaml"; expect_rc 65
positions >en.pos
head -n 3 "$csv" >ragged.csv
echo '003000000000011,Too,Short' >>ragged.csv
run dq scan ragged.csv; expect_rc 65
places >en.places
for lang in fa ar; do
	run --lang "$lang" dq checks validate "$DATA/dq/bad-checks.yaml"; expect_rc 65
	positions >"$lang.pos"
	cmp -s en.pos "$lang.pos" || fail "$lang: checks positions differ from English"
	no_err "untranslated:"
	run --lang "$lang" dq scan "$csv" --checks "$DATA/dq/bad-checks.yaml"; expect_rc 65
	no_err "untranslated:"
	run --lang "$lang" --digits latin dq scan ragged.csv; expect_rc 65   # digits: t1296
	places >"$lang.places"
	cmp -s en.places "$lang.places" || fail "$lang: row and column differ from English"
	no_err "untranslated:"
	no_err "as in the header"
done

run --lang fa dq checks validate "$DATA/dq/bad-checks.yaml"
expect_err "bad-checks.yaml:4:45: "
expect_err "country: «+98» آمده است؛ پیش‌شمارهٔ کشوری 1 تا 3 رقمی انتظار می‌رفت"
expect_err "قاعدهٔ fuzzy به blocks نیاز دارد"
run --lang ar dq checks validate "$DATA/dq/bad-checks.yaml"
expect_err "country: وُجد «+98»، والمتوقع رمز اتصال دولي"
expect_err "القاعدة fuzzy تحتاج إلى blocks"
no_err "a fuzzy rule needs blocks"

printf 'Ident,First Name,Email\n1,a,b@c.ir\n' >cols.csv
run --lang fa dq scan cols.csv --checks "$DATA/dq/small-checks.yaml"; expect_rc 65
no_err "untranslated:"; expect_err "ستون «Id» که record_id به آن نیاز دارد نیست"
run --lang ar dq scan cols.csv --checks "$DATA/dq/small-checks.yaml"; expect_rc 65
no_err "untranslated:"; expect_err "العمود «Id» الذي يحتاج إليه record_id غير موجود"
[ "$(db_sum)" = "$before" ] || fail "a failed scan changed the workspace"
done_testing
