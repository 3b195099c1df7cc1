# report and export under fa and ar: no catalogue message left untranslated
# (CRMREADY_I18N_MISSING names each), figures for people in the language's
# digits (Persian ۶۰, Arabic ٦٠) and Latin with --digits latin, numeric cells
# still numbers; English without any of it.
. "$TESTS_DIR/cli/lib.sh"
run demo sample; expect_rc 0
for lang in fa ar; do
	CRMREADY_I18N_MISSING=1 run --db sample/demo.db --lang $lang report $lang.html; expect_rc 0
	grep 'untranslated' err && fail "$lang report: untranslated messages"
	CRMREADY_I18N_MISSING=1 run --db sample/demo.db --lang $lang export $lang.xlsx; expect_rc 0
	grep 'untranslated' err && fail "$lang export: untranslated messages"
done

card() { grep -o '<div class="card"><div class="v">[^<]*</div><div class="k">[^<]*' "$1"; }
# the respondents' card (the third): its figure
card fa.html | sed -n 3p | grep -qF '<div class="v">۶۰</div>' || fail "fa: respondents in Persian digits"
card ar.html | sed -n 3p | grep -qF '<div class="v">٦٠</div>' || fail "ar: respondents in Arabic digits"
run --db sample/demo.db --lang fa --digits latin report fa-latin.html; expect_rc 0
card fa-latin.html | sed -n 3p | grep -qF '<div class="v">60</div>' || fail "fa --digits latin: Latin digits"
run --db sample/demo.db report en.html; expect_rc 0
card en.html | grep -qF '<div class="v">60</div><div class="k">respondents' || fail "en: respondents"
grep -qF 'class="n">۵۳ / ۵۶</td>' fa.html || fail "fa: plan load in Persian digits"

# The workbook's figures stay numbers; its sentences take the digits.
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" fa.xlsx >fa.dump || fail "xlsx_dump"
grep -q "^cell	خلاصه	G5	n	60$" fa.dump || fail "fa: respondents a number cell"
grep -q "^cell	خلاصه	.*	s	+ ۲۵ مورد دیگر در برگه یافته‌ها$" fa.dump || fail "fa: the tally sentence in Persian digits"
done_testing
