#!/bin/sh
# Import and assess 100,000 respondents x 42 questions (crm-readiness).
# Targets: import under 3 s, assess under 1 s. Prints wall-clock and CPU
# (user + sys) time: on a loaded machine the CPU figure is the fair one.
# Usage: sh bench/assess/run.sh [N]   (binary: $CRMREADY, else ./crmready)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${CRMREADY:-$root/crmready}
n=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v what=readiness -v n="$n" -f "$root/scripts/gen-sample.awk" > "$work/answers.csv"
echo "input: $n respondents x 42 questions, $(wc -c < "$work/answers.csv") bytes of CSV"
export CRMREADY_DB="$work/bench.db"
measure() {
	label=$1; shift
	/usr/bin/time -f "%e %U %S" -o "$work/t" "$@" > /dev/null
	awk -v l="$label" '{ printf "%-22s %5.2f s wall, %5.2f s cpu (user %.2f + sys %.2f)\n", l, $1, $2 + $3, $2, $3 }' "$work/t"
}
measure "survey import" "$bin" --quiet survey import crm-readiness "$work/answers.csv"
measure "assess --format json" "$bin" assess --format json
measure "assess (text report)" "$bin" assess
echo "targets: import < 3 s, assess < 1 s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "workspace: $(wc -c < "$CRMREADY_DB") bytes"
