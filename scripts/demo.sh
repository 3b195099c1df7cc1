#!/bin/sh
# The sample engagement, end to end, on the embedded defaults: a sample
# organisation assessed, planned, tracked and exported to a workbook.
# Usage: scripts/demo.sh PATH/TO/crmready
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=${DEMO_DIR:-demo}
mkdir -p "$out"
export CRMREADY_DB="$out/demo.db"
rm -f "$CRMREADY_DB" "$CRMREADY_DB-wal" "$CRMREADY_DB-shm"
step() { printf '\n== %s\n' "$*"; }

step "crmready --version"
"$bin" --version

# Each part of the engagement is a script of its own, run in name order.
here=$(cd "$(dirname "$0")" && pwd)
for part in "$here"/demo.d/*.sh; do
	[ -f "$part" ] || continue
	. "$part"
done
