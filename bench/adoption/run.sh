#!/bin/sh
# Adoption import benchmark: crmready vs the SQLite shell's .import vs pandas
# on a generated Salesforce LoginHistory (bench/adoption/gen.c).
#
#   BENCH_ROWS   rows of the log (default 10000000, about 2.5 GB)
#   BENCH_USERS  roster users (default 80000)
#   BENCH_RUNS   runs per figure, the median is shown (default 3)
#   BENCH_DIR    where the data and workspaces go (default build/bench/adoption)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${BENCH_ROWS:-10000000}
users=${BENCH_USERS:-80000}
runs=${BENCH_RUNS:-3}
dir=${BENCH_DIR:-$root/build/bench/adoption}
bin=${CRMREADY:-$root/crmready}
mkdir -p "$dir"
log="$dir/login-$rows.csv"
roster="$dir/roster-$rows.csv"

cc -O2 -o "$dir/gen" "$here/gen.c"
if [ ! -s "$log" ] || [ ! -s "$roster" ]; then
	echo "generating $rows rows for $users users ..." >&2
	"$dir/gen" "$rows" "$users" 365 "$log.tmp" "$roster" && mv "$log.tmp" "$log"
fi
size_mb=$(( $(wc -c < "$log") / 1000000 ))
echo "input: $log, $rows rows, $size_mb MB; roster of $users users; median of $runs runs"

have_pandas=yes
/usr/bin/python3 -c 'import pandas' 2>/dev/null || have_pandas=no

# timed NAME CMD...: run CMD under /usr/bin/time -v, append "wall KB cpu"
# (seconds, peak RSS, user + system seconds) to $dir/NAME.times.
timed() {
	name=$1; shift
	/usr/bin/time -v "$@" >"$dir/$name.out" 2>"$dir/$name.err" ||
		{ echo "$name failed:" >&2; tail -5 "$dir/$name.err" >&2; exit 1; }
	wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/$name.err" |
		awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
	kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/$name.err")
	cpu=$(sed -n 's/.*\(User\|System\) time (seconds): //p' "$dir/$name.err" |
		awk '{ s += $1 } END { print s }')
	echo "$wall $kb $cpu" >> "$dir/$name.times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
col() { awk -v c="$2" '{ print $c }' "$dir/$1.times"; }
maxcol() { awk -v c="$2" 'BEGIN { m = 0 } $c > m { m = $c } END { print m }' "$dir/$1.times"; }

rm -f "$dir"/*.times
i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	echo "run $i/$runs ..." >&2
	db="$dir/bench.db"
	rm -f "$db" "$db-wal" "$db-shm"
	timed cr_roster "$bin" --db "$db" -q roster import "$roster"
	timed cr_first "$bin" --db "$db" -q adoption import "$log"
	timed cr_again "$bin" --db "$db" -q adoption import "$log"
	sq="$dir/sqlite.db"
	rm -f "$sq"
	timed sq_import sqlite3 "$sq" -cmd ".mode csv" ".import $log login"
	timed sq_query sqlite3 "$sq" -cmd ".mode csv" ".import $roster roster" ".read $here/weekly_sqlite.sql"
	rm -f "$sq"
	if [ "$have_pandas" = yes ]; then
		timed pandas /usr/bin/python3 "$here/weekly_pandas.py" "$log" "$roster"
	fi
done

# sum A B COLUMN: per-run sums of a column of two timings, their median.
sum() {
	paste -d' ' "$dir/$1.times" "$dir/$2.times" |
		awk -v c="$3" '{ print $c + $(c + 3) }' | median
}
cr_total=$(sum cr_roster cr_first 1)
cr_total_cpu=$(sum cr_roster cr_first 3)
cr_first=$(col cr_first 1 | median)
cr_first_cpu=$(col cr_first 3 | median)
cr_again=$(col cr_again 1 | median)
cr_again_cpu=$(col cr_again 3 | median)
sq_import=$(col sq_import 1 | median)
sq_import_cpu=$(col sq_import 3 | median)
sq_total=$(sum sq_import sq_query 1)
sq_total_cpu=$(sum sq_import sq_query 3)
cr_rss=$(cat "$dir/cr_roster.times" "$dir/cr_first.times" "$dir/cr_again.times" |
	awk 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }')

row() { printf '%-52s %9.2f %9.2f %7d MB\n' "$1" "$2" "$3" $(($4 / 1024)); }
printf '\n%-52s %9s %9s %10s\n' "median of $runs" "wall s" "cpu s" "peak RSS"
row "crmready roster + adoption import + weekly figures" "$cr_total" "$cr_total_cpu" "$cr_rss"
row "  of which adoption import" "$cr_first" "$cr_first_cpu" "$(maxcol cr_first 2)"
row "crmready adoption import again (same file)" "$cr_again" "$cr_again_cpu" "$(maxcol cr_again 2)"
row "sqlite3 .import" "$sq_import" "$sq_import_cpu" "$(maxcol sq_import 2)"
row "sqlite3 .import + index + weekly query" "$sq_total" "$sq_total_cpu" "$(maxcol sq_query 2)"
if [ "$have_pandas" = yes ]; then
	pd=$(col pandas 1 | median)
	pd_cpu=$(col pandas 3 | median)
	row "pandas read + filter + weekly per department" "$pd" "$pd_cpu" "$(maxcol pandas 2)"
fi
echo
ratio() {
	awk -v a="$2" -v b="$3" -v ac="$4" -v bc="$5" -v t="$6" \
		'BEGIN { printf "%-38s %6.2fx wall %6.2fx cpu  %s\n", "'"$1"'", a / b, ac / bc, t }'
}
ratio "sqlite3 .import / crmready" "$sq_import" "$cr_total" "$sq_import_cpu" "$cr_total_cpu" "(target >= 2)"
ratio "sqlite3 whole route / crmready" "$sq_total" "$cr_total" "$sq_total_cpu" "$cr_total_cpu" ""
if [ "$have_pandas" = yes ]; then
	ratio "pandas / crmready" "$pd" "$cr_total" "$pd_cpu" "$cr_total_cpu" "(target >= 3)"
else
	echo "pandas: not installed (apt-get install python3-pandas)"
fi
ratio "first import / re-import" "$cr_first" "$cr_again" "$cr_first_cpu" "$cr_again_cpu" "(target >= 3)"
awk -v m="$cr_rss" 'BEGIN { printf "%-38s %6.1f MB  (target < 100)\n", "crmready peak RSS", m / 1024 }'
