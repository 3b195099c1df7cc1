#!/bin/sh
# The sample engagement, end to end: `make demo` runs exactly what an
# installed binary shows with `crmready demo DIR` (the steps live in
# cli/cmd_demo.c, so the two cannot drift). The sample data is built into
# the binary (content/sample/).
# Usage: scripts/demo.sh PATH/TO/crmready   (DEMO_DIR: the folder, default ./demo)
set -eu
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=${DEMO_DIR:-demo}
printf '== crmready --version\n'
"$bin" --version
printf '\n'
exec "$bin" demo "$out"
