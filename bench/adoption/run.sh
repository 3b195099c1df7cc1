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

# timed NAME CMD...: run CMD under /usr/bin/time -v, append "seconds KB" to
# $dir/NAME.times.
timed() {
	name=$1; shift
	/usr/bin/time -v "$@" >"$dir/$name.out" 2>"$dir/$name.err" ||
		{ echo "$name failed:" >&2; tail -5 "$dir/$name.err" >&2; exit 1; }
	wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$dir/$name.err" |
		awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
	kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$dir/$name.err")
	echo "$wall $kb" >> "$dir/$name.times"
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

paste -d' ' "$dir/cr_roster.times" "$dir/cr_first.times" |
	awk '{ print $1 + $3 }' > "$dir/cr_total.col"
cr_total=$(median < "$dir/cr_total.col")
cr_first=$(col cr_first 1 | median)
cr_again=$(col cr_again 1 | median)
sq_import=$(col sq_import 1 | median)
paste -d' ' "$dir/sq_import.times" "$dir/sq_query.times" |
	awk '{ print $1 + $3 }' > "$dir/sq_total.col"
sq_total=$(median < "$dir/sq_total.col")
cr_rss=$(cat "$dir/cr_roster.times" "$dir/cr_first.times" "$dir/cr_again.times" |
	awk 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }')
sq_rss=$(maxcol sq_import 2)

printf '\n%-52s %10s %10s\n' "" "seconds" "peak RSS"
printf '%-52s %10.2f %7d MB\n' "crmready roster + adoption import + weekly figures" "$cr_total" $((cr_rss / 1024))
printf '%-52s %10.2f\n' "  of which adoption import" "$cr_first"
printf '%-52s %10.2f %7d MB\n' "crmready adoption import again (same file)" "$cr_again" $(( $(maxcol cr_again 2) / 1024 ))
printf '%-52s %10.2f %7d MB\n' "sqlite3 .import" "$sq_import" $((sq_rss / 1024))
printf '%-52s %10.2f\n' "sqlite3 .import + index + weekly query" "$sq_total"
if [ "$have_pandas" = yes ]; then
	pd=$(col pandas 1 | median)
	printf '%-52s %10.2f %7d MB\n' "pandas read + filter + weekly per department" "$pd" $(( $(maxcol pandas 2) / 1024 ))
fi
echo
awk -v a="$sq_import" -v b="$cr_total" 'BEGIN { printf "sqlite3 .import / crmready            %6.2fx  (target >= 2)\n", a / b }'
awk -v a="$sq_total" -v b="$cr_total" 'BEGIN { printf "sqlite3 whole route / crmready       %6.2fx\n", a / b }'
if [ "$have_pandas" = yes ]; then
	awk -v a="$pd" -v b="$cr_total" 'BEGIN { printf "pandas / crmready                    %6.2fx  (target >= 3)\n", a / b }'
else
	echo "pandas: not installed (apt-get install python3-pandas)"
fi
awk -v a="$cr_first" -v b="$cr_again" 'BEGIN { printf "first import / re-import             %6.2fx  (target >= 3)\n", a / b }'
awk -v m="$cr_rss" 'BEGIN { printf "crmready peak RSS                    %6.1f MB (target < 100)\n", m / 1024 }'
