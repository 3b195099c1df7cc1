# The workbook right to left (fa, ar): every sheet's view and every cell
# format right to left, sheet names and headers from the catalogue, goal
# comparisons as words in the number formats and text, dates inside
# sentences led by a LEFT-TO-RIGHT MARK, day-and-month formats without the
# spreadsheet's English month names. English keeps its workbook.
. "$TESTS_DIR/cli/lib.sh"
LRM=$(printf '\342\200\216')
xdump() { /usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" "$1" >"$2" || fail "xlsx_dump failed on $1"; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && fail "$1 has: $2"; return 0; }

run demo sample; expect_rc 0
# (the sample has login logs: the workbook has a Licences sheet; its plan execution an Execution sheet: 15 in all)
for lang in en fa ar; do
	run --db sample/demo.db --lang $lang export $lang.xlsx; expect_rc 0
	xdump $lang.xlsx $lang.dump
	mkdir $lang.x && (cd $lang.x && unzip -q ../$lang.xlsx) || fail "unzip $lang"
done

has ar.dump "sheets	الملخص|الجاهزية|الفجوات|الملاحظات|الإجابات المفتوحة|الخطة|التنفيذ|الخطة حسب الخطوات|الأهداف|خط الأساس|التبنّي|التراخيص|جودة البيانات|التغييرات|المقاييس"
has fa.dump "sheets	خلاصه|آمادگی|شکاف‌ها|یافته‌ها|پاسخ‌های باز|برنامه|اجرا|برنامه بر پایهٔ گام‌ها|اهداف|خط مبنا|پذیرش|مجوزها|کیفیت داده|تغییرها|سنجه‌ها"
for lang in fa ar; do
	[ "$(grep -c '^rtl	.*	1$' $lang.dump)" -eq 15 ] || fail "$lang: every sheet right to left"
	grep -q 'readingOrder="2"' $lang.x/xl/styles.xml || fail "$lang: cell formats right to left"
	grep -q 'formatCode="\[\$-20004[0-9]*\]dd/mm"' $lang.x/xl/styles.xml || fail "$lang: week columns as dd/mm"
	grep -q 'formatCode="d mmm"' $lang.x/xl/styles.xml && fail "$lang: d mmm writes month names in the spreadsheet's language"
	has $lang.dump "fonts	Calibri|Tahoma"
done
[ "$(grep -c '^rtl	.*	0$' en.dump)" -eq 15 ] || fail "en: every sheet left to right"
grep -q 'readingOrder' en.x/xl/styles.xml && fail "en: no reading order set"
grep -q 'formatCode="d mmm"' en.x/xl/styles.xml || fail "en: week columns as d mmm"

# Headers and a note from the catalogue.
has ar.dump "cell	التبنّي	A4	s	الأسبوع"
has ar.dump "cell	الخطة	A4	s	المرحلة / المبادرة"
has fa.dump "cell	اهداف	E4	s	مقایسه"

# The goal's comparison: a word in the Summary's number format and in the
# Goals sheet's cell (">=" would read "=<" right to left).
grep -q 'formatCode="\[\$-2000429\]&quot;دست‌کم &quot;' fa.x/xl/styles.xml || fail "fa: target format with دست‌کم"
grep -q 'formatCode="\[\$-2000401\]&quot;لا يقل عن &quot;' ar.x/xl/styles.xml || fail "ar: target format with لا يقل عن"
grep -q 'formatCode="&quot;&gt;= &quot;' en.x/xl/styles.xml || fail "en: target format with >="
grep -q "^cell	الأهداف	E[0-9]*	s	لا يقل عن$" ar.dump || fail "ar: comparison cell as words"
grep -q "^cell	Goals	E[0-9]*	s	>=$" en.dump || fail "en: comparison cell as >="

# A date inside a sentence keeps its order: led by LRM.
has fa.dump "تهیه‌شده در ${LRM}"
has ar.dump "صُدِّر في ${LRM}"
hasnt en.dump "$LRM"
done_testing
