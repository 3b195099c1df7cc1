# roster import and adoption import with bad rows under --lang fa and
# --lang ar: each message at the same row and column as in English, in the
# language (Arabic's plural forms in the count of bad rows), nothing left in
# English, nothing imported.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption"
export CRMREADY_I18N_MISSING=1
no_err() { grep -qF -- "$1" err && fail "stderr has: $1"; return 0; }
# where each message is: the file and the numbers of "row R (line L), column C"
# (the Arabic-script comma of fa and ar counts as a comma)
places() { grep -oE '^[^ ]+\.csv: [^:]*[0-9][^:]*:' err | sed 's/،/,/g' | tr -cd '0-9,\n' ; }

run roster import "$D/roster.csv"; expect_rc 0
before=$(db_sum)
for cmd in "roster import $D/roster-bad.csv" "adoption import $D/login-bad.csv"; do
	run $cmd; expect_rc 65
	places >en.places
	[ -s en.places ] || fail "en: $cmd: no row named"
	for lang in fa ar; do
		# compared in Latin digits (the row in words is in the language's
		# digits otherwise, t1296)
		run --lang "$lang" --digits latin $cmd; expect_rc 65
		places >"$lang.places"
		cmp -s en.places "$lang.places" || fail "$lang: $cmd: rows and columns differ from English"
		no_err "untranslated:"
	done
done
[ "$(db_sum)" = "$before" ] || fail "a failed import changed the workspace"

run --lang fa roster import "$D/roster-bad.csv"
expect_err "«next week» تاریخی به شکل YYYY-MM-DD نیست"
run --lang ar roster import "$D/roster-bad.csv"
expect_err "«next week» ليس تاريخًا بالصيغة YYYY-MM-DD"
run --lang fa adoption import "$D/login-bad.csv"
expect_err "کاربر «»: خالی (هر رویداد کاربر خودش را می‌خواهد)"
expect_err " ردیف نادرست؛ چیزی وارد نشد"
run --lang ar adoption import "$D/login-bad.csv"
expect_err "المستخدم «»: فارغ (كل حدث يحتاج إلى مستخدمه)"
# five bad rows: Arabic's form for 3..10 (the digits are the messages' own)
expect_err " صفوف خاطئة؛ لم يُستورد شيء"
no_err "bad rows"

# Headers without the columns an import needs; --map naming a column the
# file does not have.
printf 'foo,bar\n1,2\n' >cols.csv
for lang in fa ar; do
	run --lang "$lang" roster import cols.csv; expect_rc 65; no_err "untranslated:"
	expect_err "--map id=COLUMN,department=COLUMN"
	run --lang "$lang" adoption import cols.csv --map user=Nope; expect_rc 65; no_err "untranslated:"
	expect_err "--map user=Nope"
done
run --lang fa roster import cols.csv; expect_err "ستون «id» در سطر عنوان نیست"
run --lang ar adoption import cols.csv --map user=Nope
expect_err "--map user=Nope: لا يوجد عمود كهذا في سطر العناوين"
done_testing
