# Rules that name a metric are checked when the file is loaded, with the
# same check as `goal add` and `metric record` (a close match for a
# misspelled adoption.* or dq.* name), and against the scopes the producers
# store (dq scan: entity=NAME only; adoption import: the organisation,
# department=NAME and wave=NAME), with FILE:LINE:COL of the offending name.
. "$TESTS_DIR/cli/lib.sh"

cat >mine.yaml <<'YAML'
id: mine
rules:
  - id: typo
    when: metric("adoption.active_rat") < 0.5
    severity: high
    title: {en: Typo}
    recommendation: {en: Fix it.}
  - id: org-dq
    when: metric("dq.score") < 0.7
    severity: high
    title: {en: Org dq}
    recommendation: {en: Fix it.}
  - id: wrong-kind
    when: metric_max("dq.duplicate_rate", "wave") > 0.05 or metric_min("training.completion", "wav") < 0.8
    severity: high
    title: {en: Kind}
    recommendation: {en: Fix it.}
  - id: never-stored
    when: metric("adoption.active_rate", "entity=Contact") < 0.5
    severity: high
    title: {en: Scope}
    recommendation: {en: Fix it.}
YAML
run rules validate mine.yaml; expect_rc 65
# errors: a name no producer computes, a scope kind that does not exist
expect_err "mine.yaml:4:18: error: metric \"adoption.active_rat\": not a metric crmready computes (did you mean 'adoption.active_rate'?)"
expect_err "mine.yaml:14:95: error: unknown scope kind \"wav\" (did you mean 'wave'?); expected department, wave, entity or role"
expect_err "2 errors"
# warnings: a scope the producer never stores (the rule could never fire)
expect_err "mine.yaml:9:18: warning: dq.score is stored by 'dq scan' for entity=NAME, never for the whole organisation, so this has no data: name one with metric(\"dq.score\", \"entity=NAME\") or read them all with metric_min(\"dq.score\", \"entity\") or metric_max"
expect_err "mine.yaml:14:43: warning: dq.duplicate_rate is stored by 'dq scan' for entity=NAME only: no value is ever stored for wave=NAME, so this has no data"
expect_err "mine.yaml:19:42: warning: adoption.active_rate is stored by 'adoption import' for the organisation, department=NAME, wave=NAME and role=NAME only: no value is ever stored for entity=Contact, so this has no data"
# the caret sits under the name
grep -A2 'mine.yaml:4:18' err | tail -1 | grep -q '^           \^~~~~~~~~~~~~~~~~~~~~$' || fail "caret under the name"

# rules add refuses it and leaves the workspace as it was.
run init --quiet; expect_rc 0
sum=$(db_sum)
run rules add mine.yaml; expect_rc 65
expect_err "did you mean 'adoption.active_rate'?"
[ "$(db_sum)" = "$sum" ] || fail "rules add changed the workspace"

# A set whose only fault is a scope no producer stores (as the shipped rules
# read dq.score before) still loads: findings, report and export keep
# working, with the warning; the rule is not evaluated for want of data.
cat >old.yaml <<'YAML'
id: old
rules:
  - id: dq-low
    when: metric("dq.score") < 0.7
    severity: high
    title: {en: Low}
    recommendation: {en: Fix.}
YAML
run rules add old.yaml; expect_rc 0
expect_err "old.yaml:4:18: warning: dq.score is stored by 'dq scan' for entity=NAME"
run findings --format json; expect_rc 0
expect_err "warning: dq.score is stored by 'dq scan'"
python3 -c "import json; d = json.load(open('out')); assert {'rule': 'dq-low', 'reason': 'no data for metric(\"dq.score\")'} in d['not_evaluated'], d['not_evaluated']" ||
	fail "the old rule is not evaluated"
run report r.html; expect_rc 0
run export w.xlsx; expect_rc 0

# The same names are fine where the producers store them; metrics outside
# the adoption and dq families are recorded by hand at any scope.
cat >ok.yaml <<'YAML'
id: ok
rules:
  - id: fine
    when: >-
      metric("dq.score", "entity=Contact") < 0.7 or metric_min("dq.score", "entity") < 0.5
      or metric("adoption.active_rate") < 0.5 or metric_min("adoption.active_rate", "department") < 0.3
      or metric("training.completion") < 0.8 or metric_max("roi.ratio", "role") > 3
    severity: low
    title: {en: Fine}
    recommendation: {en: Nothing.}
YAML
run rules validate ok.yaml; expect_rc 0
expect_out "ok.yaml: ok: rules set ok version 1, 1 rule"

run rules --help; expect_rc 0
expect_out "metric(NAME[, SCOPE]), metric_min(NAME, KIND), metric_max(NAME, KIND)."

# The shipped set passes its own checks.
run rules validate "$TESTS_DIR/../content/rules/crm-default.yaml"; expect_rc 0
done_testing
