#!/bin/sh
# Data-quality scan benchmark: 1,000,000 generated Salesforce-style contacts
# (about 190 MB) with planted duplicates; crmready against pandas (exact and
# fuzzy-fingerprint routes) and the SQLite shell, in one run; then an
# international export (gen_international.py: national free-mail providers,
# common names shared across accounts) with crmready's precision and recall
# of the planted duplicates beside its times.
#   ROWS=N sh bench/dq/run.sh   for another size
#   INTL_ROWS=N                 size of the international free-mail set
#                               (default 200000; 0 skips it)
#   RUNS=N                      runs of each route (default 3): medians of
#                               wall and CPU (user + system) seconds; the
#                               machine may be shared, CPU is the fairer figure
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="$root/crmready"
rows=${ROWS:-1000000}
runs=${RUNS:-3}
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

# median wall and CPU seconds and peak RSS (MB) of a command over $runs
# runs, from GNU time
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure() {
	label=$1; shift
	: >"$work/$label.runs"
	i=0
	while [ "$i" -lt "$runs" ]; do
		/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >"$work/$label.out" 2>"$work/$label.err" ||
			{ echo "$label failed:"; cat "$work/$label.err"; exit 1; }
		cat "$work/time" >>"$work/$label.runs"
		i=$((i + 1))
	done
	w=$(awk '{ print $1 }' "$work/$label.runs" | median)
	c=$(awk '{ print $2 + $3 }' "$work/$label.runs" | median)
	m=$(awk '$4 > m { m = $4 } END { print int(m / 1024) }' "$work/$label.runs")
	eval "${label}_s=$w ${label}_cpu=$c ${label}_mb=$m"
}

measure crmready sh -c "rm -f '$work/bench.db' && exec '$bin' --db '$work/bench.db' dq scan '$csv' \
	--date 2026-11-23 --clusters-out '$work/clusters.csv' -q"
measure pandas /usr/bin/python3 "$here/peer_pandas.py" "$csv" --clusters "$work/pandas.csv"
measure pandasfuzzy /usr/bin/python3 "$here/peer_pandas.py" "$csv" --fuzzy --clusters "$work/pandasf.csv"
ln -s "$csv" "$work/contacts.csv"
measure sqlite sh -c "cd '$work' && sqlite3 :memory: <'$here/peer_sqlite.sql'"

cat "$work/pandas.out" "$work/pandasfuzzy.out" "$work/sqlite.out"
"$bin" --db "$work/bench.db" dq report --format csv | tail -n 1 | sed 's/^/crmready: /'
printf '\n%d runs each, medians\n' "$runs"
printf '%-34s %8s %8s %9s\n' "route" "wall s" "CPU s" "peak MB"
printf '%-34s %8s %8s %9s\n' "crmready dq scan (exact + fuzzy)" "$crmready_s" "$crmready_cpu" "$crmready_mb"
printf '%-34s %8s %8s %9s\n' "pandas, exact only" "$pandas_s" "$pandas_cpu" "$pandas_mb"
printf '%-34s %8s %8s %9s\n' "pandas, exact + name fingerprint" "$pandasfuzzy_s" "$pandasfuzzy_cpu" "$pandasfuzzy_mb"
printf '%-34s %8s %8s %9s\n' "sqlite3 shell, exact checks" "$sqlite_s" "$sqlite_cpu" "$sqlite_mb"
awk -v c="$crmready_s" -v p="$pandas_s" -v f="$pandasfuzzy_s" -v s="$sqlite_s" \
    -v cc="$crmready_cpu" -v pc="$pandas_cpu" -v fc="$pandasfuzzy_cpu" -v sc="$sqlite_cpu" 'BEGIN {
	printf "ratios (wall): pandas exact / crmready = %.1fx, pandas fuzzy / crmready = %.1fx, sqlite / crmready = %.1fx\n", p / c, f / c, s / c
	printf "ratios (CPU):  pandas exact / crmready = %.1fx, pandas fuzzy / crmready = %.1fx, sqlite / crmready = %.1fx\n", pc / cc, fc / cc, sc / cc }'
echo
python3 "$here/evaluate.py" "$truth" "$work/clusters.csv" crmready
python3 "$here/evaluate.py" "$truth" "$work/pandas.csv" "pandas exact"
python3 "$here/evaluate.py" "$truth" "$work/pandasf.csv" "pandas fuzzy"

intl_rows=${INTL_ROWS:-200000}
if [ "$intl_rows" -gt 0 ]; then
	icsv="$data/international-$intl_rows.csv"
	itruth="$data/international-truth-$intl_rows.csv"
	if [ ! -s "$icsv" ] || [ ! -s "$itruth" ]; then
		echo "generating $intl_rows international contacts (once; kept in bench/data/)..."
		python3 "$here/gen_international.py" "$intl_rows" "$icsv" "$itruth"
	fi
	measure intl sh -c "rm -f '$work/intl.db' && exec '$bin' --db '$work/intl.db' dq scan '$icsv' \
		--date 2026-11-23 --clusters-out '$work/intl-clusters.csv' -q"
	echo
	echo "international free-mail set: $intl_rows records, $(($(wc -c <"$icsv") / 1000000)) MB"
	printf '%-34s %8s %8s %9s\n' "route" "wall s" "CPU s" "peak MB"
	printf '%-34s %8s %8s %9s\n' "crmready dq scan (exact + fuzzy)" "$intl_s" "$intl_cpu" "$intl_mb"
	python3 "$here/evaluate.py" "$itruth" "$work/intl-clusters.csv" "crmready (international)"
fi
