# Data quality (issue 8): a generated Contact export of the sample
# organisation (300 rows, deterministic, with planted problems and Persian
# name variants), scanned with the shipped salesforce-contact checks, twice
# (an older export and today's), then the report.
demo_dq_here=$(cd "$(dirname "$bin")" && pwd)
step "crmready dq scan contacts.csv (generated: 300 contacts with planted duplicates)"
python3 "$demo_dq_here/bench/dq/gen_contacts.py" 300 "$out/contacts.csv" --seed=80
head -n 200 "$out/contacts.csv" >"$out/contacts-september.csv"
"$bin" dq scan "$out/contacts-september.csv" --date 2026-09-28 -q
"$bin" dq scan "$out/contacts.csv" --clusters-out "$out/dq-clusters.csv" --rows-out "$out/dq-problems.csv"
step "duplicate clusters for cleansing ($out/dq-clusters.csv, first lines)"
head -n 12 "$out/dq-clusters.csv"
step "crmready dq report"
"$bin" dq report
