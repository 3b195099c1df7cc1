# The leadership pack's adoption beyond the latest week (workbook Adoption
# sheet and HTML report): the weekly series per department, wave and role,
# the go-live cohorts and the team league, with the figures of t1440-t1442,
# in English and Persian.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-cohorts"
export CRMREADY_TODAY=2026-02-10

run roster import "$D/roster.csv"; expect_rc 0
run adoption import "$D/log.csv" --map user=user,time=time; expect_rc 0
run init --min-group 2; expect_rc 0
run export pack.xlsx; expect_rc 0
run --lang fa export pack-fa.xlsx; expect_rc 0

/usr/bin/python3 -W ignore - <<'PY' || fail "workbook Adoption sheet"
import datetime
import openpyxl
ws = openpyxl.load_workbook('pack.xlsx')['Adoption']
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=1, max_row=ws.max_row)]
def at(title):
    return next(i for i, r in enumerate(rows) if r[0] == title)
def table(title):
    i = at(title)
    head = [v for v in rows[i + 1] if v is not None]
    out = {}
    for r in rows[i + 2:]:
        if r[0] is None or isinstance(r[0], str) and r[0].startswith('An empty cell'):
            break
        out[r[0]] = r[1:len(head)]
    return head, out
d = datetime.datetime
# by role, week 2026-02-02: Agent 0.5, Rep 1, other (Lead, Manager) 0.5;
# 2026-01-05: Agent (c1 alone) below 2, an empty cell
head, t = table('Weekly active rate by role')
assert head == ['Week', 'Agent', 'Rep', 'other', 'Week status'], head
assert t[d(2026, 2, 2)] == [0.5, 1, 0.5, 'complete'], t[d(2026, 2, 2)]
assert t[d(2026, 1, 5)] == [None, 0.5, None, 'complete'], t[d(2026, 1, 5)]
assert t[d(2026, 2, 9)][3] == 'in progress'
head, t = table('Weekly active rate by wave')
assert head == ['Week', 'A', 'B', 'Week status'], head
assert t[d(2026, 1, 19)][:2] == [0.5, 0.5] and t[d(2026, 2, 2)][:2] == [0.75, 0.5]
assert table('Weekly active rate by department')[0][:2] == ['Week', 'Service']
# cohorts: a column per wave, a row per age (t1440)
i = at("Go-live cohorts: active rate by weeks since the wave's go-live")
assert rows[i + 1][:3] == ['Weeks since go-live', 'A', 'B'], rows[i + 1]
assert rows[i + 2][:3] == ['Go-live', d(2026, 1, 5), d(2026, 1, 19)], rows[i + 2]
assert rows[i + 3][:3] == ['Users', 4, 4]
ages = [r[:3] for r in rows[i + 4:i + 9]]
assert ages == [[0, 2 / 3, 0.5], [1, 1, 0.75], [2, 0.5, 0.5], [3, 0.75, None], [4, 0.75, None]], ages
# league (t1442)
i = next(i for i, r in enumerate(rows) if isinstance(r[0], str) and r[0].startswith('Team league (week'))
assert rows[i + 1][:5] == ['Rank', 'Team (manager)', 'Licensed users', 'Active users', 'Active rate']
assert rows[i + 2][:5] == [1, 'Ann Alpha', 3, 3, 1]
assert rows[i + 3][:5] == [2, 'Bob Bell', 2, 1, 0.5]
assert rows[i + 4][1:5] == ['other (2)', 2, 1, 0.5]
# a chart per breakdown and the cohorts', besides the weekly one
assert len(ws._charts) == 5, len(ws._charts)
fa = openpyxl.load_workbook('pack-fa.xlsx')['پذیرش']
assert fa.sheet_view.rightToLeft
texts = [c.value for r in fa.iter_rows() for c in r if isinstance(c.value, str)]
assert 'نرخ فعال هفتگی به تفکیک نقش' in texts, [t for t in texts if 'نقش' in t]
PY

run report pack.html; expect_rc 0
python3 - <<'PY' || fail "HTML series, cohorts and league"
import html, re
s = open('pack.html').read()
s = re.sub(r'<svg.*?</svg>', '', s, flags=re.S)
t = html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', s)))
for want in ['Weekly active rate by role Week Agent Rep other',
             '2026-02-02 50.0% 100.0% 50.0%',
             "Go-live cohorts: active rate by weeks since the wave's go-live",
             'Wave Go-live Users Wk 0 Wk 1 Wk 2 Wk 3 Wk 4',
             'A 2026-01-05 4 66.7% 100.0% 50.0% 75.0% 75.0%',
             'B 2026-01-19 4 50.0% 75.0% 50.0%',
             '1 Ann Alpha 3 3 100.0%', '2 Bob Bell 2 1 50.0%', 'other (2 teams) 2 1 50.0%']:
    assert want in t, want
assert open('pack.html').read().count('<svg class="line"') == 5
PY
run --lang fa report pack-fa.html; expect_rc 0
grep -q 'گروه‌های شروع' pack-fa.html || fail "the Persian report names the cohorts"
grep -q 'جدول رده‌بندی تیم‌ها' pack-fa.html || fail "the Persian report names the league"
done_testing
