# Findings: the shipped crm-default rules (and any set added) evaluated
# against the sample organisation's answers and metrics from the steps
# before. Sourced by scripts/demo.sh ($bin, $out, CRMREADY_DB set).
step "crmready rules list"
"$bin" rules list

step "crmready findings"
"$bin" findings

step "crmready findings --min-severity high --lang fa"
"$bin" findings --min-severity high --lang fa

step "crmready findings --format json (first finding)"
"$bin" findings --format json > "$out/findings.json"
python3 -c "import json, sys; d = json.load(open(sys.argv[1])); print(json.dumps(d['findings'][:1], indent=2, ensure_ascii=False)); print(len(d['findings']), 'fired,', len(d['not_evaluated']), 'not evaluated')" "$out/findings.json"
