# The demo organisation's findings include practices the method covers since
# issue 23, and its plan answers them. The sample's answers to the newer
# questions (scripts/gen-sample.awk, their own random stream) are scored here
# from the CSV itself (likert v -> (v - 1) x 25, reverse-scored (5 - v) x 25,
# "na" and blanks left out, as docs/assessment.md says): carrot-and-stick
# 43.75 and use-by-order 46.05 fire use-by-order-only, crm-in-daily-processes
# 42.67 fires crm-outside-daily-work (both high, below 50).
. "$TESTS_DIR/cli/lib.sh"
run demo d; expect_rc 0
run --db d/demo.db findings --format json; expect_rc 0
python3 - <<'PY' || fail "demo: findings of the newer practices"
import json, sys
import csv, os
rows = list(csv.DictReader(open(os.environ['TESTS_DIR'] + '/../content/sample/readiness-answers.csv')))
def mean(q, reverse=False):
    v = [int(r[q]) for r in rows if r[q] not in ('', 'na')]
    return sum((5 - x if reverse else x - 1) * 25 for x in v) / len(v)
d = json.load(open('out'))
f = {x['rule']: x for x in d['findings']}
ok = True
for rule, ev, doc in (('use-by-order-only', {'answer("carrot-and-stick")': mean('carrot-and-stick'),
                                              'answer("use-by-order")': mean('use-by-order', True)}, 'PRACTICE'),
                      ('crm-outside-daily-work', {'answer("crm-in-daily-processes")': mean('crm-in-daily-processes')}, 'PRACTICE')):
    if rule not in f:
        print(f"{rule} did not fire", file=sys.stderr); ok = False; continue
    got = f[rule]['evidence']
    if list(got) != list(ev) or any(abs(got[k] - ev[k]) > 1e-9 or ev[k] >= 50 for k in ev) or f[rule]['severity'] != 'high' or f[rule]['sources'][0]['doc'] != doc:
        print(f"{rule}: {f[rule]}", file=sys.stderr); ok = False
sys.exit(0 if ok else 1)
PY
# the plan has the initiative they ask for, in the pilot, in step 4 (change)
run --db d/demo.db plan show --format json; expect_rc 0
jq -e '.initiatives[] | select(.id == "embed-in-daily-processes") | .phase == "pilot" and .step == "change"
	and ([.reasons[] | select(.kind == "finding") | .ref] | index("crm-outside-daily-work") != null)' out >/dev/null \
	|| fail "the plan answers crm-outside-daily-work with embed-in-daily-processes"
# every step of the six but none empty-handed where a finding asked: the
# coordinating methodology (step 6) is there
jq -e '[.initiatives[].step] | index("coordination") != null' out >/dev/null || fail "no step-6 initiative"
run --db d/demo.db --lang fa findings; expect_rc 0
expect_out "استفاده از CRM بر دستور تکیه دارد، نه بر تشویق و پیامد"
done_testing
