#!/bin/sh
# Data-quality scan benchmark: 1,000,000 generated Salesforce-style contacts
# (about 190 MB) with planted duplicates; crmready against pandas (exact and
# fuzzy-fingerprint routes) and the SQLite shell, in one run.
#   ROWS=N sh bench/dq/run.sh   for another size
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/crmready"
rows=${ROWS:-1000000}
data="$root/bench/data"
mkdir -p "$data"
csv="$data/contacts-$rows.csv"
truth="$data/truth-$rows.csv"
if [ ! -s "$csv" ] || [ ! -s "$truth" ]; then
	echo "generating $rows contacts (once; kept in bench/data/)..."
	python3 "$here/gen_contacts.py" "$rows" "$csv" "$truth"
fi
echo "input: $rows records, $(($(wc -c <"$csv") / 1000000)) MB"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# seconds and peak RSS (MB) of a command, from GNU time
measure() {
	label=$1; shift
	/usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$label.out" 2>"$work/$label.err" ||
		{ echo "$label failed:"; cat "$work/$label.err"; exit 1; }
	set -- $(cat "$work/time")
	eval "${label}_s=$1 ${label}_mb=$(($2 / 1024))"
}

measure crmready "$bin" --db "$work/bench.db" dq scan "$csv" --date 2026-11-23 \
	--clusters-out "$work/clusters.csv" -q
measure pandas /usr/bin/python3 "$here/peer_pandas.py" "$csv" --clusters "$work/pandas.csv"
measure pandasfuzzy /usr/bin/python3 "$here/peer_pandas.py" "$csv" --fuzzy --clusters "$work/pandasf.csv"
ln -s "$csv" "$work/contacts.csv"
measure sqlite sh -c "cd '$work' && sqlite3 :memory: <'$here/peer_sqlite.sql'"

cat "$work/pandas.out" "$work/pandasfuzzy.out" "$work/sqlite.out"
"$bin" --db "$work/bench.db" dq report --format csv | tail -n 1 | sed 's/^/crmready: /'
printf '\n%-34s %8s %9s\n' "route" "seconds" "peak MB"
printf '%-34s %8s %9s\n' "crmready dq scan (exact + fuzzy)" "$crmready_s" "$crmready_mb"
printf '%-34s %8s %9s\n' "pandas, exact only" "$pandas_s" "$pandas_mb"
printf '%-34s %8s %9s\n' "pandas, exact + name fingerprint" "$pandasfuzzy_s" "$pandasfuzzy_mb"
printf '%-34s %8s %9s\n' "sqlite3 shell, exact checks" "$sqlite_s" "$sqlite_mb"
awk -v c="$crmready_s" -v p="$pandas_s" -v f="$pandasfuzzy_s" -v s="$sqlite_s" 'BEGIN {
	printf "ratios: pandas exact / crmready = %.1fx, pandas fuzzy / crmready = %.1fx, sqlite / crmready = %.1fx\n", p / c, f / c, s / c }'
echo
python3 "$here/evaluate.py" "$truth" "$work/clusters.csv" crmready
python3 "$here/evaluate.py" "$truth" "$work/pandas.csv" "pandas exact"
python3 "$here/evaluate.py" "$truth" "$work/pandasf.csv" "pandas fuzzy"
