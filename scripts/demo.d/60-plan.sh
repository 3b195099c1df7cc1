# Part 6: the phased rollout plan, goals, metrics and goal status.
# Sourced by scripts/demo.sh with $bin, $out and CRMREADY_DB set.

start=$(date -u -d 'next monday' +%F)
week() { date -u -d "$start + $1 weeks" +%F; }

# Plan for the sample organisation's assessment when this build has one;
# otherwise the whole shipped catalogue.
inputs=""
if "$bin" help assess >/dev/null 2>&1 &&
   "$bin" assess crm-readiness --format json >"$out/assessment.json" 2>/dev/null; then
	inputs="--inputs $out/assessment.json"
fi
step "crmready plan build $inputs"
"$bin" plan build $inputs
step "crmready plan show --explain"
"$bin" plan show --explain

step "crmready goal list"
"$bin" goal list

step "a few weeks of figures from elsewhere (crmready metric record ...)"
for w in 1 2 3 4 5 6; do
	"$bin" metric record training.completion "0.$((w + 2))" --date "$(week "$w")" --scope wave=pilot --source LMS --quiet >/dev/null
	"$bin" metric record dq.duplicate_rate "0.0$((9 - w))" --date "$(week "$w")" --scope entity=Contact --source "dq scan" >/dev/null
done
"$bin" metric record satisfaction.csat 3.8 --date "$(week 2)" --source survey >/dev/null
"$bin" metric record satisfaction.csat 3.7 --date "$(week 6)" --source survey >/dev/null
"$bin" metric record dq.score 0.72 --date "$(week 6)" --scope entity=Contact --source "dq scan" >/dev/null
"$bin" metric list --name 'training.*' --format csv

step "crmready status --today $(week 6)"
"$bin" status --today "$(week 6)"
