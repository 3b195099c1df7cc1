# Issue "the method, complete": an initiative names its step of the six and
# where it comes from. A small catalogue of three initiatives (one with two
# sources, one of general practice, one with no step) is planned whole (no
# assessment), then shown by step, explained, as JSON and CSV, in the
# workbook's Plan by step sheet and the HTML report, in English and Persian.
# A wrong document or step is an error at its position; an older free-text
# source still loads and shows as it is.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_TODAY=2026-11-23
cat > cat.yaml <<'YAML'
id: steps-plan
version: 1
title: {en: Steps plan}
initiatives:
  - id: sponsor
    title: {en: Secure a sponsor, fa: تعیین حامی}
    effort: 2
    duration: 2
    impact: 5
    risk: 1
    phase: one
    step: vision
    source:
      - doc: IBM
        point: {en: "step 1: a shared vision", fa: "گام ۱: چشم‌انداز مشترک"}
      - doc: MENDOZA
        point: {en: "top management support"}
  - id: champions
    title: {en: Name champions}
    effort: 2
    duration: 2
    impact: 3
    risk: 1
    phase: one
    depends_on: [sponsor]
    step: change
    source: {doc: practice}
  - id: old-style
    title: {en: Older initiative}
    effort: 1
    duration: 1
    impact: 2
    risk: 1
    phase: one
    source: "Somebody et al. 2001"
phases:
  - id: one
    title: {en: One}
    duration: 8
    capacity: 20
    goals:
      - metric: adoption.active_rate
        op: ">="
        target: 0.6
        source: {doc: MENDOZA, point: {en: "measurable goals per phase"}}
YAML
run init --org X --quiet; expect_rc 0
run catalogue validate cat.yaml; expect_rc 0
run plan build --catalogue cat.yaml; expect_rc 0

run plan show --by step; expect_rc 0
expect_out "The plan by the six steps of the transformation"
# each initiative under its step, in step order: 1 vision, 4 change, then none
awk '/^1\. A shared vision/{a=NR} /^   sponsor /{b=NR} /^4\. Continuous change management/{c=NR}
     /^   champions /{d=NR} /^Step not given/{e=NR} /^   old-style /{f=NR}
     END { exit !(a && a < b && b < c && c < d && d < e && e < f) }' out || fail "by step: order"
grep -A1 '^2\. Required capabilities and gaps' out | grep -qF '(no initiatives)' || fail "an empty step"

run plan show --explain; expect_rc 0
expect_out "step: 1. A shared vision"
expect_out "source: IBM's CRM transformation (Kumar and Reinartz): step 1: a shared vision; Mendoza et al. (2007), critical success factors for CRM: top management support"
expect_out "source: general practice, not from a published source"
expect_out "source: Somebody et al. 2001"

run plan show --format json; expect_rc 0
python3 - out <<'PY' || fail "json"
import json, sys
j = json.load(open(sys.argv[1]))
it = {i['id']: i for i in j['initiatives']}
assert it['sponsor']['step'] == 'vision', it['sponsor']['step']
assert [s.get('doc') for s in it['sponsor']['sources']] == ['IBM', 'MENDOZA']
assert it['sponsor']['sources'][0]['point']['fa'] == 'گام ۱: چشم‌انداز مشترک'
assert it['champions']['source'] == 'general practice, not from a published source'
assert it['old-style']['step'] is None and it['old-style']['source'] == 'Somebody et al. 2001'
steps = {s['id']: s['initiatives'] for s in j['steps']}
assert steps['vision'] == ['sponsor'] and steps['change'] == ['champions'], steps
assert steps[None] == ['old-style'] and steps['coordination'] == []
PY
run plan show --format csv; expect_rc 0
head -1 out | grep -qF ',note,step,source' || fail "csv header"
grep -q '^[0-9]*,champions,.*,change,general practice, not from a published source$' out ||
	grep -q '^[0-9]*,champions,.*,change,"general practice, not from a published source"$' out ||
	fail "csv row"

run --lang fa plan show --by step; expect_rc 0
expect_out "۱. چشم‌انداز مشترک"
expect_out "تعیین حامی"
run --lang fa --digits latin plan show --by step; expect_rc 0
expect_out "1. چشم‌انداز مشترک"
run --lang fa plan show --explain; expect_rc 0
expect_out "منبع: تحول CRM در IBM (کومار و راینارتز): گام ۱: چشم‌انداز مشترک"

# the workbook and the HTML report
run export book.xlsx; expect_rc 0
/usr/bin/python3 - book.xlsx <<'PY' || fail "workbook"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Plan by step']
rows = [r for r in ws.iter_rows(min_row=4, values_only=True)]
assert rows[0][:2] == ('Step', 'Initiative'), rows[0]
body = {r[1]: r for r in rows[1:]}
assert body['sponsor'][0] == '1. A shared vision'
assert body['sponsor'][6].startswith("IBM's CRM transformation (Kumar and Reinartz): step 1")
assert body['old-style'][0] == 'Step not given' and body['old-style'][6] == 'Somebody et al. 2001'
PY
run report r.html; expect_rc 0
grep -qF '<tr class="step"><th colspan="4">4. Continuous change management</th></tr>' r.html ||
	fail "html: the step heading"
grep -qF 'general practice, not from a published source</td>' r.html || fail "html: the source"

# bad documents and steps: the position, exit 65, nothing registered
sed 's/doc: MENDOZA/doc: MENDOSA/; s/step: change/step: changes/' cat.yaml > bad.yaml
before=$(db_sum)
run catalogue add bad.yaml; expect_rc 65
expect_err "bad.yaml:16:14: error: unknown source document 'MENDOSA' (did you mean 'MENDOZA'?)"
expect_err "bad.yaml:26:11: error: unknown step 'changes' (did you mean 'change'?)"
expect_err "bad.yaml:45:23: error: unknown source document 'MENDOSA'"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a refused catalogue"
sed 's/    source: {doc: practice}/    source: {doc: IBM}/' cat.yaml > nopoint.yaml
run catalogue validate nopoint.yaml; expect_rc 65
expect_err "a source in a document names the point it comes from"
# catalogue show gives each initiative's step and source, and each goal's
run catalogue show cat.yaml; expect_rc 0
expect_out "initiatives' steps and sources:"
expect_out "  sponsor  1. A shared vision"
expect_out "      source: Mendoza et al. (2007), critical success factors for CRM: measurable goals per phase"
run catalogue show cat.yaml --format json; expect_rc 0
python3 - out <<'PY' || fail "catalogue json"
import json, sys
j = json.load(open(sys.argv[1]))
it = {i['id']: i for i in j['initiatives']}
assert it['sponsor']['step'] == 'vision' and it['sponsor']['source'][1]['doc'] == 'MENDOZA'
assert it['old-style']['step'] is None and it['old-style']['source'] == [{'point': {'en': 'Somebody et al. 2001'}}]
assert j['phases'][0]['goals'][0]['source'] == [{'doc': 'MENDOZA', 'point': {'en': 'measurable goals per phase'}}]
PY
# "practice" alone is general experience, as a mapping {doc: practice} is;
# a mapping with a point and no document is a source missing its doc
sed 's/    source: {doc: practice}/    source: practice/' cat.yaml > bare.yaml
run catalogue show bare.yaml; expect_rc 0
expect_out "source: general practice, not from a published source"
sed 's/    source: {doc: practice}/    source: {point: {en: x}}/' cat.yaml > nodoc.yaml
run catalogue validate nodoc.yaml; expect_rc 65
expect_err "missing the required key 'doc'"
# a file saved with a byte-order mark loads
printf '\357\273\277' > bom.yaml; cat cat.yaml >> bom.yaml
run catalogue validate bom.yaml; expect_rc 0
# within a step the initiatives read by date (the plan keeps them in
# execution order, which is not by date)
run demo d; expect_rc 0
run --db d/demo.db plan show --by step; expect_rc 0
awk '/^[0-9]\. |^Step not given/ { last = "" }
     $3 ~ /^[0-9][0-9][0-9][0-9]-/ { if (last != "" && $3 < last) bad = 1; last = $3 }
     END { exit bad }' out || fail "by step: not by date within a step"
run plan show --by steps; expect_rc 64
expect_err "--by: expected phase or step, found 'steps'"
done_testing
