# plan build selecting from the workspace: the assessment of crm-readiness
# (dimensions below the catalogue's selection.dimension_below, 60 in
# crm-default-plan), of crm-capabilities (capabilities with a gap) and the
# findings that fired (their initiatives), plus dependencies. Also: the whole
# catalogue when there is nothing to select from, determinism, --inputs, and
# errors that leave the workspace unchanged.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }
# selection: "id kind:ref kind:ref ..." per initiative, sorted, selection
# reasons only (not capacity or date reasons).
selection() {
	jq -r '.initiatives[] | [.id, (.reasons[] | select(.kind == "finding" or .kind == "dimension"
		or .kind == "capability" or .kind == "dependency" or .kind == "catalogue")
		| .kind + ":" + .ref)] | join(" ")' out | sort
}

# ---- nothing to select from: the whole catalogue, and the line says so
run plan build --start 2026-11-30; expect_rc 0
expect_out "plan built from crm-default-plan (version 1): 36 initiatives in 5 phases"
expect_out "selected from: the whole catalogue (no survey answers or findings to select from yet)"
run plan show --format json; expect_rc 0
j '(.initiatives | length) == 36'
j '[.initiatives[] | select([.reasons[].kind] | index("catalogue") | not)] | length == 0'
j '.basis == "the whole catalogue (no survey answers or findings to select from yet)"'
run plan show; expect_rc 0
expect_out "Selected from: the whole catalogue (no survey answers or findings to select from yet)"

# ---- crafted answers (tests/data/plan/ws-*.csv): 5 identical respondents,
# likert 1..5 -> 0..100, yes 100:
#   strategy (crm-vision 4, pilot yes) 87.5; leadership (exec-sponsor 4 x2,
#   steering yes) 83.3; people (2 training days) 100; culture (share 4 x1.5,
#   incentives mixed 70) 73; data (measured) 100; governance (goals 4) 75;
#   processes (documented 3 -> 50, redesign 2 -> 25 x1.5): (50 + 37.5) / 2.5
#   = 35, the only dimension below 60.
#   Fired: automating-without-redesign (answer 25 < 50, high) ->
#   process-redesign. Nothing else fires (5 respondents; the rest is above
#   its threshold or not evaluated: no metrics, no roi-tracking column ...).
# Capabilities: opportunity-management levels 4, 5 -> 4.5 above target 4:
#   gap 0, selects nothing; sales-forecasting 1, 2 -> 1.5, target 3: gap 1.5,
#   priority 1.5 x importance 2 = 3.
# So: process-redesign (finding + dimension), pilot-opportunity-management,
# continuous-improvement, embed-in-daily-processes and customer-voice-loop
# (address processes), sales-forecasting (gap), then their dependencies
# (crm-default-plan depends_on):
#   process-redesign -> executive-sponsorship
#   pilot-opportunity-management -> process-redesign, data-cleansing,
#     kpi-framework, train-the-trainer
#   continuous-improvement -> adoption-monitoring, analytics-dashboards
#   embed-in-daily-processes -> process-redesign, vision-and-scorecard
#   customer-voice-loop -> pilot-opportunity-management
#   sales-forecasting -> pilot-opportunity-management
#   data-cleansing -> data-profiling; kpi-framework -> vision-and-scorecard;
#   vision-and-scorecard, train-the-trainer -> executive-sponsorship;
#   adoption-monitoring -> kpi-framework; analytics-dashboards -> kpi-framework,
#   pilot-opportunity-management
# An initiative selected in its own right lists who needs it as well (issue
# 16: a reason more never lowers its urgency); needers in catalogue order.
# Urgency: finding high 4; dimension 1 + 4 x (60 - 35) / 60 = 2.666...;
# gap 1 + 4 x 3 / 12 = 2; a dependency takes the highest of those needing it.
run survey import crm-readiness "$P/ws-readiness.csv"; expect_rc 0
run survey import crm-capabilities "$P/ws-capabilities.csv"; expect_rc 0
cp crmready.db copy.db; cp crmready.db copy2.db
run plan build --start 2026-11-30; expect_rc 0
expect_out "14 initiatives in 5 phases"
expect_out "selected from: the workspace: 5 respondent(s) to crm-readiness, 2 to crm-capabilities, 1 finding(s) naming 1 initiative(s)"
run plan show --format json; expect_rc 0
selection >got
cat >want <<'WANT'
adoption-monitoring dependency:continuous-improvement
analytics-dashboards dependency:continuous-improvement
continuous-improvement dimension:processes
customer-voice-loop dimension:processes
data-cleansing dependency:pilot-opportunity-management
data-profiling dependency:data-cleansing
embed-in-daily-processes dimension:processes
executive-sponsorship dependency:vision-and-scorecard dependency:process-redesign dependency:train-the-trainer
kpi-framework dependency:pilot-opportunity-management dependency:adoption-monitoring dependency:analytics-dashboards
pilot-opportunity-management dimension:processes dependency:sales-forecasting dependency:analytics-dashboards dependency:customer-voice-loop
process-redesign finding:automating-without-redesign dimension:processes dependency:pilot-opportunity-management dependency:embed-in-daily-processes
sales-forecasting capability:sales-forecasting
train-the-trainer dependency:pilot-opportunity-management
vision-and-scorecard dependency:kpi-framework dependency:embed-in-daily-processes
WANT
diff want got >&2 || fail "selection from the workspace"
j '.initiatives[] | select(.id == "process-redesign") | .urgency == 4
	and (.reasons[0] | .severity == "high")
	and (.reasons[1] | .score == 35 and .threshold == 60)'
j '.initiatives[] | select(.id == "continuous-improvement") | (.urgency - (1 + 4 * 25 / 60) | fabs) < 1e-9'
j '.initiatives[] | select(.id == "sales-forecasting") | .urgency == 2
	and (.reasons[0] | .gap == 1.5 and .priority == 3)'
j '.initiatives[] | select(.id == "executive-sponsorship") | .urgency == 4'
j '.initiatives[] | select(.id == "data-profiling") | (.urgency - (1 + 4 * 25 / 60) | fabs) < 1e-9'
# every dependency is ordered before the initiative that needs it
j '[.initiatives[] | .id] as $ids | [.initiatives[] | .order as $o | .depends_on[]
	| select(($ids | index(.)) != null) | ($ids | index(.)) + 1 < $o] | all'
jq 'del(.phases[].goals)' out >first.json

# ---- deterministic: the same build again gives the same plan (the goals
# are left out here; t0617 checks they keep their ids); a copy of the
# workspace built on its own gives the same JSON byte for byte.
run plan build --start 2026-11-30; expect_rc 0
run plan show --format json; expect_rc 0
jq 'del(.phases[].goals)' out >second.json
cmp -s first.json second.json || fail "plan differs between two builds"
run --db copy.db plan build --start 2026-11-30; expect_rc 0
run --db copy.db plan show --format json; expect_rc 0; mv out copy.json
run --db copy2.db plan build --start 2026-11-30; expect_rc 0
run --db copy2.db plan show --format json; expect_rc 0
cmp -s out copy.json || fail "two workspaces built alike differ"

# ---- --inputs FILE.json: the assess and findings JSON of the same
# workspace give the same plan; only the basis differs.
run assess crm-readiness --format json; expect_rc 0; mv out readiness.json
run assess crm-capabilities --format json; expect_rc 0; mv out capabilities.json
run findings --format json; expect_rc 0; mv out findings.json
jq -n --slurpfile r readiness.json --slurpfile c capabilities.json --slurpfile f findings.json \
	'{dimensions: $r[0].dimensions, capabilities: $c[0].capabilities, findings: $f[0].findings}' >inputs.json
run plan build --start 2026-11-30 --inputs inputs.json; expect_rc 0
expect_out "selected from: inputs.json: 7 dimension(s), 2 capability gap(s), 1 finding request(s)"
run plan show --format json; expect_rc 0
jq 'del(.phases[].goals, .basis)' out >from-file.json
jq 'del(.basis)' first.json >from-workspace.json
cmp -s from-workspace.json from-file.json || fail "--inputs and the workspace give different plans"
# the dimensions alone: no finding, no gap (process-redesign: its dimension,
# and pilot-opportunity-management and embed-in-daily-processes need it)
jq '{dimensions}' readiness.json >dims.json
run plan build --start 2026-11-30 --inputs dims.json; expect_rc 0
run plan show --format json; expect_rc 0
selection | grep -q '^sales-forecasting' && fail "--inputs without capabilities selected a gap"
selection | grep -q 'finding:' && fail "--inputs without findings selected a finding"
j '.initiatives[] | select(.id == "process-redesign") | [.reasons[].kind] == ["dimension", "dependency", "dependency"]'

# ---- metric findings alone (no answers) select their initiatives:
# low-adoption (adoption-monitoring, role-based-training, change-management),
# low-data-quality-score (data-cleansing, data-governance) and
# high-duplicate-rate (data-cleansing again): 3 findings, 5 initiatives.
run --db metric.db metric record adoption.active_rate 0.41 --date 2026-11-16; expect_rc 0
run --db metric.db metric record dq.score 0.62 --scope entity=Contact --date 2026-11-16; expect_rc 0
run --db metric.db metric record dq.duplicate_rate 0.062 --scope entity=Contact --date 2026-11-16; expect_rc 0
run --db metric.db plan build --start 2026-11-30; expect_rc 0
expect_out "selected from: the workspace: 0 respondent(s) to crm-readiness, 0 to crm-capabilities, 3 finding(s) naming 5 initiative(s)"
run --db metric.db plan show --format json; expect_rc 0
j '[.initiatives[] | select([.reasons[].kind] | index("finding")) | .id] | sort
	== ["adoption-monitoring", "change-management", "data-cleansing", "data-governance",
	    "role-based-training"]'
j '.initiatives[] | select(.id == "data-cleansing") | [.reasons[] | select(.kind == "finding") | .ref]
	== ["low-data-quality-score", "high-duplicate-rate"]'
j '[.initiatives[] | select([.reasons[].kind] | index("catalogue"))] | length == 0'

# ---- an organisation with nothing to fix: an empty plan, goals only
sed 's/,3,2,measured,/,4,4,measured,/' "$P/ws-readiness.csv" >ready.csv
run --db ready.db survey import crm-readiness ready.csv; expect_rc 0
run --db ready.db plan build --start 2026-11-30; expect_rc 0
expect_out "0 initiatives in 5 phases"
expect_out "selected from: the workspace: 5 respondent(s) to crm-readiness, 0 to crm-capabilities, 0 finding(s) naming 0 initiative(s)"

# ---- errors leave the workspace unchanged
# a stored answer that the questionnaire no longer accepts: one warning (the
# assessment is read once for findings and plan), the plan is built
cp copy.db stale.db
sqlite3 stale.db "UPDATE respondents SET answers = replace(answers, char(9) || 'yes' || char(10),
	char(9) || 'maybe' || char(10)) WHERE name = 'Mia'"
run --db stale.db plan build --start 2026-11-30; expect_rc 0
[ "$(grep -c "respondent 'Mia', question 'pilot-planned': stored answer no longer valid" err)" = 1 ] \
	|| fail "stale answer: one warning"
# a damaged answer store
cp copy.db broken.db
sqlite3 broken.db "DROP TABLE respondents"
sum=$(db_sum broken.db)
run --db broken.db plan build --start 2026-11-30; expect_rc 74
expect_err "broken.db: preparing a statement: no such table: respondents"
expect_empty_out
[ "$(db_sum broken.db)" = "$sum" ] || fail "a damaged store: workspace changed"
# the workspace's own crm-readiness (an upgrade) is damaged
cp copy.db upgraded.db
sed 's/^version: 1$/version: 2/' "$TESTS_DIR/../content/questionnaires/crm-readiness.yaml" >readiness-v2.yaml
run --db upgraded.db questionnaire add readiness-v2.yaml; expect_rc 0
sqlite3 upgraded.db "UPDATE documents SET source = 'id: crm-readiness
version: [' WHERE kind = 'questionnaire' AND id = 'crm-readiness'"
sum=$(db_sum upgraded.db)
run --db upgraded.db plan build --start 2026-11-30; expect_rc 65
expect_err "crm-readiness (workspace copy of readiness-v2.yaml):3:1: error:"
[ "$(db_sum upgraded.db)" = "$sum" ] || fail "a damaged questionnaire: workspace changed"
# a rules set whose questionnaire is missing from the workspace
cat >my-q.yaml <<'YAML'
id: my-q
version: 1
title: My questionnaire
scale: {min: 1, max: 5}
levels: [{min: 0, label: Any}]
dimensions: [{id: d, title: D}]
questions:
  - {id: q1, dimension: d, type: likert, text: Q1}
YAML
cat >my-rules.yaml <<'YAML'
id: my-rules
version: 1
title: My rules
questionnaire: my-q
rules:
  - id: low-q1
    when: answer("q1") < 50
    severity: high
    title: Low q1
    recommendation: Fix q1.
    initiatives: [process-redesign]
YAML
cp copy.db missing.db
run --db missing.db questionnaire add my-q.yaml; expect_rc 0
run --db missing.db rules add my-rules.yaml; expect_rc 0
sqlite3 missing.db "DELETE FROM documents WHERE kind = 'questionnaire' AND id = 'my-q'"
sum=$(db_sum missing.db)
run --db missing.db plan build --start 2026-11-30; expect_rc 65
expect_err "my-rules (workspace copy of my-rules.yaml):4:16: error: unknown questionnaire 'my-q'"
[ "$(db_sum missing.db)" = "$sum" ] || fail "a missing questionnaire: workspace changed"
done_testing
