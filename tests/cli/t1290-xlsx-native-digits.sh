# Workbook numbers in the reader's digits: under fa and ar every number
# format is led by the language's spreadsheet locale with the native-digits
# flag ([$-2000429], [$-2000401]), so the cells stay numbers and
# LibreOffice (and Excel) show them in Persian or Arabic digits; not with
# --digits latin, nor in English. The Summary's header row is as high as
# its longest title wraps to. Rendered by LibreOffice when it is there
# (tests/out/xlsx-digits-*.png, for a person to look at).
. "$TESTS_DIR/cli/lib.sh"
run demo sample; expect_rc 0
for lang in en fa ar; do
	run --db sample/demo.db --lang $lang export $lang.xlsx; expect_rc 0
	mkdir $lang.x && (cd $lang.x && unzip -q ../$lang.xlsx) || fail "unzip $lang"
done
run --db sample/demo.db --lang fa --digits latin export latin.xlsx; expect_rc 0
mkdir latin.x && (cd latin.x && unzip -q ../latin.xlsx) || fail "unzip latin"

grep -qF 'formatCode="[$-2000429]0.0%"' fa.x/xl/styles.xml || fail "fa: percentages in Persian digits"
grep -qF 'formatCode="[$-2000429]#,##0"' fa.x/xl/styles.xml || fail "fa: integers in Persian digits"
grep -qF 'formatCode="[$-2000401]0.0%"' ar.x/xl/styles.xml || fail "ar: percentages in Arabic digits"
grep -q 'formatCode="0.0%"' fa.x/xl/styles.xml && fail "fa: a percentage format without the locale"
grep -qF '[$-' en.x/xl/styles.xml && fail "en: no locale in number formats"
grep -qF '[$-' latin.x/xl/styles.xml && fail "fa --digits latin: no locale in number formats"
grep -qF '<c:numFmt formatCode="[$-2000429]0%"' fa.x/xl/charts/*.xml || fail "fa: chart axis in Persian digits"

# "السعة (أسبوع عمل/شخص)" takes two lines in the Summary's plan header;
# English keeps its one-line header rows.
# The height of the Summary row that holds the string $2 in workbook $1.
row_height() {
	/usr/bin/python3 - "$1" "$2" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
strings = re.findall(r'<si><t[^>]*>(.*?)</t></si>', z.read('xl/sharedStrings.xml').decode())
i = strings.index(sys.argv[2])
sheet = z.read('xl/worksheets/sheet1.xml').decode()
for row in re.findall(r'<row [^>]*>.*?</row>', sheet):
    if re.search(r'<c [^>]*t="s"[^>]*><v>%d</v>' % i, row):
        m = re.search(r'ht="([0-9.]+)"', row)
        print(m.group(1) if m else "")
        break
PY
}
[ "$(row_height ar.xlsx 'السعة (أسبوع عمل/شخص)')" = 30 ] || fail "ar: the plan header in two lines"
[ "$(row_height en.xlsx 'Capacity (pw)')" = 20 ] || fail "en: the plan header stays one line"

if command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1; then
	export HOME="$PWD/home" FONTCONFIG_FILE="$DATA/export/fonts.conf"
	mkdir -p "$HOME"
	timeout 180 soffice --headless --norestore --convert-to pdf --outdir . fa.xlsx ar.xlsx >soffice.log 2>&1 ||
		fail "soffice: $(cat soffice.log)"
	# The Summary's active-user rate, a number cell, in each language's digits.
	pdftotext -f 1 -l 1 fa.pdf fa.txt && grep -q '۸۴٫۲' fa.txt || fail "fa: the active rate in Persian digits"
	pdftotext -f 1 -l 1 ar.pdf ar.txt && grep -q '٨٤٫٢' ar.txt || fail "ar: the active rate in Arabic digits"
	grep -q '84\.2' fa.txt && fail "fa: a Latin number on the Summary"
	if command -v pdftoppm >/dev/null 2>&1; then
		mkdir -p "$TESTS_DIR/out"
		for lang in fa ar; do
			pdftoppm -f 1 -l 1 -r 70 -png -singlefile $lang.pdf "$TESTS_DIR/out/xlsx-digits-$lang"
		done
	fi
fi
done_testing
