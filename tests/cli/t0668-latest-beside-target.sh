# A goal's latest value that differs from its target never shows equal to
# it: 0.8996 against >= 0.9 printed "0.9 ... at risk" (and 90.0% against
# 90.0% in the workbook and the HTML). Enough digits to tell them apart in
# status, the adoption and dq reports' goal tables, the workbook's Summary,
# Goals and Plan sheets and the HTML goals table; JSON keeps full precision.
. "$TESTS_DIR/cli/lib.sh"

# a plan with a phase pilot, so that the Plan sheet lists the goals
cat >c.yaml <<'YAML'
id: c
version: 1
title: C
initiatives:
  - {id: a, title: A, effort: 1, duration: 1, impact: 3, risk: 1, phase: pilot}
phases:
  - {id: pilot, title: Pilot, duration: 20, capacity: 10}
YAML
run plan build --catalogue c.yaml --start 2026-11-30; expect_rc 0
add() { run goal add --phase pilot --due 2027-03-31 "$@"; expect_rc 0; }
add --metric training.completion --op ">=" --target 0.9
add --metric dq.duplicate_rate --op "<=" --target 0.05 --scope entity=Contact
add --metric satisfaction.csat --op ">=" --target 4.2
add --metric nps.score --op ">=" --target 1e25
add --metric adoption.active_rate --op ">=" --target 0.9
add --metric roi.ratio --op ">=" --target 0.5
add --metric nps.rate --op ">=" --target 0.9
rec() { run metric record "$@" --date 2027-01-04; expect_rc 0; }
rec training.completion 0.8996
rec dq.duplicate_rate 0.05004 --scope entity=Contact
rec satisfaction.csat 4.196
rec nps.score 9.99999e24
rec adoption.active_rate 0.8996
rec roi.ratio 0.5     # equal to its target: shown as usual
rec nps.rate 0.8999999999996   # alike in ten digits

run status --today 2027-01-10; expect_rc 0
row() { grep -E "^ +[0-9]+ +pilot +$1 " out | head -1; }
row 'training.completion >= 0.9' | grep -Eq ' 0\.8996 2027-01-04 ' || fail "status: $(row 'training.completion')"
row 'dq.duplicate_rate <= 0.05' | grep -Eq ' 0\.05004 2027-01-04 ' || fail "status: $(row 'dq.duplicate_rate')"
row 'satisfaction.csat >= 4.2' | grep -Eq ' 4\.196 2027-01-04 ' || fail "status: $(row 'satisfaction.csat')"
row 'nps.score >= 1e\+25' | grep -Eq ' 9\.99999e\+24 2027-01-04 ' || fail "status: $(row 'nps.score')"
row 'roi.ratio >= 0.5' | grep -Eq ' 0\.5 2027-01-04 ' || fail "status: $(row 'roi.ratio')"
row 'nps.rate >= 0.9' | grep -Eq ' 0\.8999999999996 2027-01-04 ' || fail "status: $(row 'nps.rate')"
run status --today 2027-01-10 --format json; expect_rc 0
jq -e '[.goals[] | .latest] == [0.8996, 0.05004, 4.196, 9.99999e24, 0.8996, 0.5, 0.8999999999996]' out >/dev/null ||
	fail "json latest values"

# the goal tables of the adoption and dq reports
run adoption report --today 2027-01-10; expect_rc 0
grep -Eq "adoption.active_rate >= 0.9 .* 0\.8996 2027-01-04 " out || fail "adoption report: $(grep 'active_rate >=' out)"
run dq report --today 2027-01-10; expect_rc 0
grep -Eq "dq.duplicate_rate <= 0.05 .* 0\.05004 2027-01-04 " out || fail "dq report: $(grep 'duplicate_rate <=' out)"

# the workbook: the Goals and Summary sheets' cells keep the value and get
# a number format that tells it from the target
CRMREADY_TODAY=2027-01-10 run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - wb.xlsx <<'PY' || fail "workbook formats"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
bad = []
def shown(v, fmt):   # what Excel shows for these formats
    if fmt.endswith('%'):
        d = len(fmt.split('.')[1]) - 1 if '.' in fmt else 0
        return '%.*f%%' % (d, v * 100)
    if fmt == 'General':
        return '%.10g' % v
    d = len(fmt.split('.')[1]) if '.' in fmt else 0
    return '%.*f' % (d, v)
goals = wb['Goals']
for row in goals.iter_rows(min_row=5):
    if not row[2].value:
        continue
    t, l = row[5], row[7]
    fmt_t, fmt_l = t.number_format, l.number_format
    st, sl = shown(t.value, fmt_t), shown(l.value, fmt_l)
    if (st == sl) != (t.value == l.value):
        bad.append(('Goals', row[2].value, st, sl, fmt_t, fmt_l))
summary = wb.worksheets[0]
seen = 0
for row in summary.iter_rows():
    if len(row) < 5 or not isinstance(row[3].value, (int, float)) or not isinstance(row[4].value, (int, float)):
        continue
    fmt_t = row[3].number_format.split('"')[-1]
    fmt_l = row[4].number_format
    st, sl = shown(row[3].value, fmt_t), shown(row[4].value, fmt_l)
    seen += 1
    if (st == sl) != (row[3].value == row[4].value):
        bad.append(('Summary', row[1].value, st, sl, fmt_t, fmt_l))
plan = wb['Plan']
nplan = 0
for row in plan.iter_rows():
    if len(row) < 5 or not isinstance(row[4].value, (int, float)):
        continue
    if isinstance(row[2].value, (int, float)) and row[2].number_format.startswith('"'):
        target = row[2].value   # a fraction: a number, its comparison in the format
    elif isinstance(row[2].value, str):
        try:
            target = float(row[2].value.split()[-1])
        except (ValueError, IndexError):
            continue
    else:
        continue
    sl, st = shown(row[4].value, row[4].number_format), shown(target, row[4].number_format)
    nplan += 1
    if (sl == st) != (row[4].value == target):
        bad.append(('Plan', row[0].value, st, sl, row[4].number_format))
if nplan < 7:
    bad.append(('Plan rows', nplan))
if goals['H5'].number_format != '0.00%' or goals['F5'].number_format != '0.00%':
    bad.append(('Goals H5/F5', goals['H5'].number_format, goals['F5'].number_format))
if seen < 7:
    bad.append(('Summary rows', seen))
if bad:
    print(bad)
    sys.exit(1)
PY

# the HTML goals table
CRMREADY_TODAY=2027-01-10 run report r.html; expect_rc 0
tr() { grep -o "<tr[^>]*><td>$1.*</tr>" r.html | head -1; }
tr training.completion | grep -q '&gt;= 90.00%' || fail "html target: $(tr training.completion)"
tr training.completion | grep -q '89.96%' || fail "html latest: $(tr training.completion)"
tr satisfaction.csat | grep -q '4.196' || fail "html csat: $(tr satisfaction.csat)"
tr nps.score | grep -q '9.99999e+24' || fail "html nps: $(tr nps.score)"
tr dq.duplicate_rate | grep -q '5.004%' || fail "html duplicate rate: $(tr dq.duplicate_rate)"
tr roi.ratio | grep -q '&gt;= 0.5<' || fail "html roi: $(tr roi.ratio)"
tr nps.rate | grep -q '0.8999999999996 <' || fail "html nps.rate: $(tr nps.rate)"
done_testing
