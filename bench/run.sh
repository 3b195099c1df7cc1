#!/bin/sh
# Run every benchmark: bench/*/run.sh, each printing its own figures.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for b in "$here"/*/run.sh; do
	[ -f "$b" ] || continue
	printf '\n### %s\n' "$(basename "$(dirname "$b")")"
	sh "$b"
done
