# findings lists the rules that passed too, with the values they read, in
# text, CSV and JSON (docs/findings.md: a rule never passes silently); --min-severity
# filters them like the others.
. "$TESTS_DIR/cli/lib.sh"

# contacts.csv: dq.score 0.792045.. (passes < 0.7), duplicate rate 0.4
# (fires > 0.05); adoption.active_rate 0.9 (passes < 0.5); training of wave
# 1 0.8 (passes < 0.8). Everything else has no data.
run dq scan "$DATA/dq/contacts.csv" --date 2026-11-16 --quiet; expect_rc 0
run metric record adoption.active_rate 0.9 --date 2026-11-16; expect_rc 0
run metric record training.completion 0.8 --scope wave=1 --date 2026-11-16; expect_rc 0

run findings; expect_rc 0
expect_out "Findings: 1 fired, 43 not evaluated, 3 passed (1 rules set)"
sed -n '/^Passed$/,$p' out >passed
cat >passed.want <<'WANT'
Passed
  low-data-quality-score   metric_min("dq.score", "entity") = 0.792
  low-adoption             metric("adoption.active_rate") = 0.9
  low-training-completion  metric_min("training.completion", "wave") = 0.8
WANT
diff passed.want passed >&2 || fail "text: the passed rules"

run findings --format csv; expect_rc 0
expect_out 'passed,low-data-quality-score,high,Measured data quality is below 70%,"metric_min(""dq.score"", ""entity"")=0.792045454545455",'
expect_out 'passed,low-adoption,critical,Fewer than half of licensed users are active,"metric(""adoption.active_rate"")=0.9",'
[ "$(grep -c '^passed,' out)" = 3 ] || fail "csv: 3 passed rows"

run findings --format json; expect_rc 0
python3 - <<'PY' || fail "json: passed"
import json, sys
d = json.load(open('out'))
p = d['passed']
assert [x['rule'] for x in p] == ['low-data-quality-score', 'low-adoption', 'low-training-completion'], p
assert p[1] == {'rule': 'low-adoption', 'severity': 'critical',
                'title': 'Fewer than half of licensed users are active',
                'evidence': {'metric("adoption.active_rate")': 0.9}}, p[1]
assert abs(p[0]['evidence']['metric_min("dq.score", "entity")'] - 0.792045454545455) < 1e-12
PY

# --min-severity critical: only low-adoption is left among the passed.
run findings --min-severity critical --format json; expect_rc 0
[ "$(python3 -c "import json; print(' '.join(x['rule'] for x in json.load(open('out'))['passed']))")" = low-adoption ] ||
	fail "min-severity filters the passed rules"

run findings --lang fa; expect_rc 0
expect_out "بدون مشکل"
# the rule's expression isolated (U+2068 .. U+2069), the value in Persian digits
expect_out "  low-adoption             $(printf '\342\201\250')metric(\"adoption.active_rate\") = ۰٫۹$(printf '\342\201\251')"
done_testing
