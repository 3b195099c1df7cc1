#!/bin/sh
# Compare what two builds show a reader of the sample engagement:
#   tests/compare/compare.sh OLD-crmready NEW-crmready
# Prints the differences (unified diff) and exits 1 when there are any.
set -u
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh "$here/snapshot.sh" "$1" "$tmp/old"
sh "$here/snapshot.sh" "$2" "$tmp/new"
cd "$tmp" && diff -ru old new
