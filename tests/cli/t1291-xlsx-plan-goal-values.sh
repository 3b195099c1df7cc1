# The Plan sheet's phase goals: a fraction's latest value in a percentage
# format (89.7%, not the ten raw digits General shows: 0.8967753868) and its
# target a number with the comparison in its format, in every language; a
# value of another unit keeps its own figures.
. "$TESTS_DIR/cli/lib.sh"
run demo sample; expect_rc 0
for lang in en ar; do
	run --db sample/demo.db --lang $lang export $lang.xlsx; expect_rc 0
done
# "VALUE<TAB>FORMAT" of each number cell of column $2 on the Plan sheet
# (sheet 6) of workbook $1 below the row that holds the string $3.
plan_cells() {
	/usr/bin/python3 - "$1" "$2" "$3" <<'PY'
import html, re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
strings = [html.unescape(s) for s in re.findall(r'<si><t[^>]*>(.*?)</t></si>', z.read('xl/sharedStrings.xml').decode())]
styles = z.read('xl/styles.xml').decode()
codes = {m[0]: html.unescape(m[1]) for m in re.findall(r'<numFmt numFmtId="(\d+)" formatCode="([^"]*)"', styles)}
codes.update({'0': 'General', '9': '0%', '10': '0.00%', '3': '#,##0'})
xfs = re.findall(r'<xf [^>]*numFmtId="(\d+)"', styles.split('<cellXfs')[1].split('</cellXfs>')[0])
sheet = z.read('xl/worksheets/sheet6.xml').decode()
head = strings.index(sys.argv[3])
seen = False
for row in re.findall(r'<row [^>]*>.*?</row>', sheet):
    if re.search(r'<c [^>]*t="s"[^>]*><v>%d</v>' % head, row):
        seen = True
        continue
    if not seen:
        continue
    for ref, attrs, v in re.findall(r'<c r="([A-Z]+)\d+"([^>]*)><v>([^<]*)</v>', row):
        if ref == sys.argv[2] and 't="s"' not in attrs:
            s = re.search(r's="(\d+)"', attrs)
            print("%s\t%s" % (v, codes.get(xfs[int(s.group(1))] if s else '0', '?')))
PY
}
plan_cells en.xlsx E 'Phase goals' >en.latest
plan_cells en.xlsx C 'Phase goals' >en.target
plan_cells ar.xlsx E 'أهداف المراحل' >ar.latest
grep -qP '^0\.89677\d*\t0\.0%$' en.latest || fail "en: dq.score's latest value as 0.0%"
grep -qP '^0\.7\t"&gt;= "0%$|^0\.7\t">= "0%$' en.target || fail "en: the target 70% with its comparison"
grep -qP '^\d+\.\d{5,}\tGeneral$' en.latest && fail "en: a value with raw digits in General"
grep -qP '^2\.5625\tGeneral$' en.latest || fail "en: logins per user keep their figures"
grep -qP '^0\.89677\d*\t\[\$-2000401\]0\.0%$' ar.latest || fail "ar: dq.score's latest value as 0.0% in Arabic digits"
done_testing
