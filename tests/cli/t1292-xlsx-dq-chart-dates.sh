# The data-quality chart speaks the reader's calendar like the adoption
# chart: under fa its scatter axis (Excel date serials, which no number
# format shows as Solar Hijri) shows no Gregorian labels and each point is
# labelled with its scan date as the sheet shows it (1405/..); English
# keeps its yyyy-mm-dd axis and no labels.
. "$TESTS_DIR/cli/lib.sh"
run demo sample; expect_rc 0
for lang in en fa; do
	run --db sample/demo.db --lang $lang export $lang.xlsx; expect_rc 0
	mkdir $lang.x && (cd $lang.x && unzip -q ../$lang.xlsx) || fail "unzip $lang"
done
dq_chart() { grep -l 'scatterChart' $1.x/xl/charts/*.xml | head -1; }
fa=$(dq_chart fa); en=$(dq_chart en)
[ -n "$fa" ] && [ -n "$en" ] || fail "no data-quality chart"
grep -q '<c:tickLblPos val="none"/>' "$fa" || fail "fa: the serial axis shows no labels"
grep -q 'yyyy-mm-dd' "$fa" && fail "fa: Gregorian dates on the axis"
LRM=$(printf '\342\200\216')
grep -qF "<a:t>${LRM}۱۴۰۵/" "$fa" || fail "fa: points labelled with Solar Hijri dates"
grep -q 'formatCode="yyyy-mm-dd"' "$en" || fail "en: the date axis"
grep -q '<c:dLbl>' "$en" && fail "en: no point labels"
done_testing
