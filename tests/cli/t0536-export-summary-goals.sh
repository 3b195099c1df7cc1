# The workbook's Summary sheet, Goal status section, on the demo's workspace:
# - every goal that is missed or at risk is listed, sub-goals included (or a
#   note says exactly how many more there are);
# - figures stay numbers, shown through cell number formats: fractions (rates,
#   dq figures, training completion) as percentages, other values rounded to
#   their metric's precision from the metric table (counts whole, logins
#   per active user and CSAT one decimal, others two) — never
#   0.8961550612508 in General format; the target too, with its comparison.
. "$TESTS_DIR/cli/lib.sh"
run demo demo; expect_rc 0
run --db demo/demo.db status --format json; expect_rc 0
cp out status.json

/usr/bin/python3 -W ignore - <<'PY' || fail "summary goal section"
import json, re, sys
import openpyxl
goals = json.load(open('status.json'))['goals']
ws = openpyxl.load_workbook('demo/leadership.xlsx')['Summary']
rows = [[c for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=9)]
start = next(i for i, r in enumerate(rows) if r[0].value == 'Goal status')
header = rows[start + 1]
assert [c.value for c in header] == ['Phase', 'Goal', 'Scope', 'Target', 'Latest', 'Due', 'As of', 'Status', 'Judged on'], header
listed, note = [], None
for r in rows[start + 2:]:
    if r[0].value is None:
        if r[1].value and str(r[1].value).startswith('+ '):
            note = r[1].value
            continue
        if r[1].value and re.match(r'\d+ goals:', str(r[1].value)):
            continue   # the tally of crmready status
        break
    listed.append(r)
ok = True
def err(*a):
    global ok
    print(*a, file=sys.stderr); ok = False

fraction = lambda m: m == 'adoption.active_rate' or m.startswith('dq.') or m == 'training.completion'
counts = lambda m: m in ('adoption.licensed_users', 'adoption.active_users')
def scope_text(s):   # as the workbook shows a scope
    if not s:
        return 'organisation'
    k, v = s.split('=', 1)
    return 'wave ' + v if k == 'wave' else v
def num(v):
    return float(str(v).split()[-1]) if isinstance(v, str) else v
def find(g):
    for r in listed:
        if (r[0].value == g['phase'] and str(r[1].value).strip(' └') == g['metric']
                and r[2].value == scope_text(g['scope']) and r[7].value == g['status']
                and r[5].value.date().isoformat() == g['due']
                and abs(num(r[3].value) - g['target']) < 1e-12):
            return r
    return None

attention = [g for g in goals if g['status'] in ('missed', 'at risk')]
assert any(g['parent'] for g in attention), 'the demo has sub-goals missed or at risk'
unlisted = [g for g in attention if not find(g)]
if unlisted:
    m = note and re.search(r'(\d+) of them missed or at risk', note)
    if not m or int(m.group(1)) != len(unlisted):
        err('missed or at risk and not listed:', [g['id'] for g in unlisted], 'note:', note)
if note:
    total = int(re.match(r'\+ (\d+) more', note).group(1))
    if total != len(goals) - len(listed):
        err('note says', total, 'more, but', len(goals) - len(listed), 'are not listed')
elif len(listed) != len(goals):
    err(len(goals) - len(listed), 'goals not listed and no note')

for g in goals:
    r = find(g)
    if not r:
        continue
    t, l = r[3], r[4]
    if not isinstance(t.value, (int, float)):
        err('target not a number', g['id'], t.value)
    if fraction(g['metric']):
        want = '0.0%'
    elif counts(g['metric']):
        want = '#,##0'
    else:   # the metric table's precision; two decimals for others
        want = {'adoption.logins_per_active_user': '#,##0.0',
                'satisfaction.csat': '#,##0.0'}.get(g['metric'], '#,##0.00')
    op = g['op']
    if t.number_format != '"%s "%s' % (op, want):
        err('target format', g['id'], g['metric'], repr(t.number_format))
    if g['latest'] is not None:
        if not isinstance(l.value, (int, float)) or abs(l.value - g['latest']) > 1e-12:
            err('latest', g['id'], l.value, g['latest'])
        if l.number_format != want:
            err('latest format', g['id'], g['metric'], repr(l.number_format))
sys.exit(0 if ok else 1)
PY

# In Persian the note reads in Persian.
run --db demo/demo.db --lang fa export fa.xlsx; expect_rc 0
/usr/bin/python3 -W ignore - <<'PY' || fail "summary in Persian"
import openpyxl
ws = openpyxl.load_workbook('fa.xlsx').worksheets[0]
vals = [c.value for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
assert 'وضعیت اهداف' in vals
assert not any(v.startswith('+ ') and 'more' in v for v in vals), vals
PY
done_testing
