#!/bin/sh
# Core-action benchmark (issue 21): the combined import of a login log and a
# record activity log of the same size, BENCH_ROWS rows in all (5 + 5
# million by default), with the weekly figures, against importing a login
# log of BENCH_ROWS alone (what adoption figures cost before core actions),
# the SQLite shell and pandas doing the same weekly figures.
#
#   BENCH_ROWS      rows in all (default 10000000: two logs of 5000000)
#   BENCH_USERS     roster users (default 80000)
#   BENCH_RUNS      runs per figure, the median is shown (default 1)
#   BENCH_DIR       where the data and workspaces go (default build/bench/actions)
#   BENCH_BASELINE  another crmready (e.g. the main branch's) timed on the
#                   logins-only import too, for the 1.3x comparison
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rows=${BENCH_ROWS:-10000000}
half=$((rows / 2))
users=${BENCH_USERS:-80000}
runs=${BENCH_RUNS:-1}
dir=${BENCH_DIR:-$root/build/bench/actions}
bin=${CRMREADY:-$root/crmready}
base=${BENCH_BASELINE:-}
mkdir -p "$dir"
full="$dir/login-$rows.csv"
logins="$dir/login-$half.csv"
actions="$dir/actions-$half.csv"
roster="$dir/roster-$users.csv"

cc -O2 -o "$dir/gen" "$root/bench/adoption/gen.c"
cc -O2 -o "$dir/gen_actions" "$here/gen_actions.c"
# gen writes the same roster for the same users, whatever the rows.
if [ ! -s "$full" ] || [ ! -s "$roster" ]; then
	echo "generating a login log of $rows rows for $users users ..." >&2
	"$dir/gen" "$rows" "$users" 365 "$full.tmp" "$roster" && mv "$full.tmp" "$full"
fi
if [ ! -s "$logins" ]; then
	echo "generating a login log of $half rows ..." >&2
	"$dir/gen" "$half" "$users" 365 "$logins.tmp" "$dir/roster.tmp" && mv "$logins.tmp" "$logins"
	rm -f "$dir/roster.tmp"
fi
if [ ! -s "$actions" ]; then
	echo "generating an activity log of $half rows ..." >&2
	"$dir/gen_actions" "$half" "$users" 365 "$actions.tmp" && mv "$actions.tmp" "$actions"
fi
mb() { echo $(( $(wc -c < "$1") / 1000000 )); }
echo "input: $half logins ($(mb "$logins") MB) + $half actions ($(mb "$actions") MB);" \
	"logins alone: $rows rows ($(mb "$full") MB); roster of $users users; median of $runs runs"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

have_pandas=yes
/usr/bin/python3 -c 'import pandas' 2>/dev/null || have_pandas=no

# timed NAME CMD...: run CMD under /usr/bin/time -v, append "wall KB cpu".
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
# total COLUMN NAME...: per run, the sum of a column over the steps; the median.
total() {
	c=$1; shift
	for n in "$@"; do awk -v c="$c" '{ print NR, $c }' "$dir/$n.times"; done |
		awk '{ s[$1] += $2 } END { for (r in s) print s[r] }' | median
}
peak() { cat "$@" | awk 'BEGIN { m = 0 } $2 > m { m = $2 } END { print m }'; }

# logins_only BIN PREFIX: roster + the logins-only import into a fresh workspace.
logins_only() {
	db="$dir/$2.db"
	rm -f "$db" "$db-wal" "$db-shm"
	timed "$2_roster" "$1" --db "$db" -q roster import "$roster"
	timed "$2_import" "$1" --db "$db" -q adoption import "$full"
	rm -f "$db" "$db-wal" "$db-shm"
}

rm -f "$dir"/*.times
i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	echo "run $i/$runs ..." >&2
	logins_only "$bin" cr_alone
	[ -z "$base" ] || logins_only "$base" base_alone
	db="$dir/combined.db"
	rm -f "$db" "$db-wal" "$db-shm"
	timed cr_roster "$bin" --db "$db" -q roster import "$roster"
	timed cr_logins "$bin" --db "$db" -q adoption import "$logins"
	timed cr_actions "$bin" --db "$db" -q adoption import "$actions" \
		--map user=CreatedById,time=CreatedDate,object=Object,action=Action
	"$bin" --db "$db" adoption report --format csv --weeks 0 > "$dir/cr_weekly.csv"
	rm -f "$db" "$db-wal" "$db-shm"
	sq="$dir/sqlite.db"
	rm -f "$sq"
	timed sq_import sqlite3 "$sq" -cmd ".mode csv" ".import $logins login" ".import $actions action"
	timed sq_query sqlite3 "$sq" -cmd ".mode csv" ".import $roster roster" \
		".read $here/weekly_core_sqlite.sql"
	rm -f "$sq"
	if [ "$have_pandas" = yes ]; then
		timed pandas /usr/bin/python3 "$here/weekly_core_pandas.py" "$logins" "$actions" "$roster"
	fi
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

row() { printf '%-58s %9.2f %9.2f %7d MB\n' "$1" "$2" "$3" $(($4 / 1024)); }
printf '\n%-58s %9s %9s %10s\n' "median of $runs" "wall s" "cpu s" "peak RSS"
alone=$(total 1 cr_alone_roster cr_alone_import)
alone_cpu=$(total 3 cr_alone_roster cr_alone_import)
row "crmready: roster + $rows logins + weekly figures" "$alone" "$alone_cpu" \
	"$(peak "$dir/cr_alone_roster.times" "$dir/cr_alone_import.times")"
if [ -n "$base" ]; then
	base_t=$(total 1 base_alone_roster base_alone_import)
	base_cpu=$(total 3 base_alone_roster base_alone_import)
	row "baseline ($base): the same" "$base_t" "$base_cpu" \
		"$(peak "$dir/base_alone_roster.times" "$dir/base_alone_import.times")"
fi
comb=$(total 1 cr_roster cr_logins cr_actions)
comb_cpu=$(total 3 cr_roster cr_logins cr_actions)
row "crmready: roster + $half logins + $half actions + weekly" "$comb" "$comb_cpu" \
	"$(peak "$dir/cr_roster.times" "$dir/cr_logins.times" "$dir/cr_actions.times")"
row "  of which the activity log's import" "$(total 1 cr_actions)" "$(total 3 cr_actions)" \
	"$(peak "$dir/cr_actions.times")"
sq=$(total 1 sq_import sq_query)
sq_cpu=$(total 3 sq_import sq_query)
row "sqlite3 .import both + index + weekly active and core" "$sq" "$sq_cpu" \
	"$(peak "$dir/sq_import.times" "$dir/sq_query.times")"
if [ "$have_pandas" = yes ]; then
	pd=$(total 1 pandas)
	pd_cpu=$(total 3 pandas)
	row "pandas read both + weekly active and core per department" "$pd" "$pd_cpu" \
		"$(peak "$dir/pandas.times")"
fi
echo
ratio() {
	awk -v a="$2" -v b="$3" -v ac="$4" -v bc="$5" -v t="$6" \
		'BEGIN { printf "%-44s %6.2fx wall %6.2fx cpu  %s\n", "'"$1"'", a / b, ac / bc, t }'
}
ratio "combined / logins alone (this build)" "$comb" "$alone" "$comb_cpu" "$alone_cpu" "(target <= 1.3)"
[ -z "$base" ] ||
	ratio "combined / logins alone (baseline)" "$comb" "$base_t" "$comb_cpu" "$base_cpu" "(target <= 1.3)"
ratio "sqlite3 whole route / crmready combined" "$sq" "$comb" "$sq_cpu" "$comb_cpu" ""
if [ "$have_pandas" = yes ]; then
	ratio "pandas / crmready combined" "$pd" "$comb" "$pd_cpu" "$comb_cpu" ""
else
	echo "pandas: not installed (apt-get install python3-pandas)"
fi
