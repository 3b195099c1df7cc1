#!/bin/sh
# Run every end-to-end test tests/cli/tNNNN-*.sh against $CRMREADY, each in
# a fresh temporary directory. Print a closing tally.
here=$(cd "$(dirname "$0")" && pwd)
: "${CRMREADY:?set CRMREADY to the binary under test}"
export CRMREADY TESTS_DIR="$here"
pass=0; fail=0
for t in "$here"/cli/t[0-9]*.sh "$here"/hostile/t[0-9]*.sh; do
	[ -f "$t" ] || continue
	dir=$(mktemp -d)
	if (cd "$dir" && sh "$t") >"$dir.log" 2>&1; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $(basename "$t")" >&2
		tail -n 40 "$dir.log" >&2
	fi
	rm -rf "$dir" "$dir.log"
done
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
