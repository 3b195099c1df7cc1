# Control characters in a name (U+0001, ESC, BEL, a C1 control) never
# reach the workbook's XML: every part of the export parses, the charts'
# series names and categories included.
. "$TESTS_DIR/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "# skipped: no python3" >&2; exit 0; }
"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
export CRMREADY_DB="$PWD/w.db"
bad=$(printf 'I\001T\033[31mRED\033]0;x\007\302\205')
sed "s/,IT,/,$bad,/" d/readiness-answers.csv > answers.csv
grep -qF "$bad" answers.csv || fail "the test data holds no control character"
run survey import crm-readiness answers.csv -q
expect_rc 0 "survey import"
sed "s/,IT,/,$bad,/" d/roster.csv > roster.csv
run roster import roster.csv -q; expect_rc 0 "roster import"
run adoption import d/LoginHistory.csv -q; expect_rc 0 "adoption import"
run export w.xlsx
expect_rc 0 "export"
python3 - w.xlsx <<'PY' || fail "the workbook holds XML that does not parse"
import sys, zipfile, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
bad = 0
for name in z.namelist():
    if name.endswith('.xml') or name.endswith('.rels'):
        data = z.read(name)
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            print(name, e); bad += 1
        if b'\x1b' in data or b'_x001B_' in data or b'_x0001_' in data or b'\xc2\x85' in data:
            print(name, 'holds a control character'); bad += 1
sys.exit(1 if bad else 0)
PY
python3 - w.xlsx <<'PY' || fail "the department's name is missing from the charts"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
charts = b''.join(z.read(n) for n in z.namelist() if n.startswith('xl/charts/'))
sys.exit(0 if b'ITRED' in charts else 1)
PY
done_testing
