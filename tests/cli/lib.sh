# Shared helpers for the end-to-end tests. Each test runs in a fresh
# temporary directory with CRMREADY set to the binary under test.
set -u
export NO_COLOR=1 CRMREADY_TODAY=2026-11-23
unset CRMREADY_DB CRMREADY_LANG
DATA="$TESTS_DIR/data"
failures=0

# run CMD...: run crmready, capturing out, err and rc.
run() {
	"$CRMREADY" "$@" >out 2>err
	rc=$?
}

fail() {
	echo "not ok: $*" >&2
	echo "--- stdout" >&2; head -n 30 out >&2 2>/dev/null
	echo "--- stderr" >&2; head -n 30 err >&2 2>/dev/null
	failures=$((failures + 1))
}

expect_rc() { [ "$rc" -eq "$1" ] || fail "${2:-exit code}: expected $1, got $rc"; }
expect_out() { grep -qF -- "$1" out || fail "stdout lacks: $1"; }
expect_no_out() { grep -qF -- "$1" out && fail "stdout has: $1"; return 0; }
expect_err() { grep -qF -- "$1" err || fail "stderr lacks: $1"; }
expect_err_re() { grep -qE -- "$1" err || fail "stderr does not match: $1"; }
expect_empty_out() { [ ! -s out ] || fail "stdout should be empty"; }
expect_file() { [ -e "$1" ] || fail "missing file $1"; }
expect_no_file() { [ ! -e "$1" ] || fail "file should not exist: $1"; }

# A checksum of the workspace's contents (not its bytes: WAL may differ).
# sample_answers N: the shipped sample's readiness answers header and N
# respondents (its rows over again, each under a name of its own: p1, p2 ...)
sample_answers() {
	awk -v n="$1" -F, 'NR == 1 { print; next } { row[NR - 1] = $0 } END {
		for (i = 1; i <= n; i++) { r = row[(i - 1) % (NR - 1) + 1]; sub(/^[^,]*/, "p" i, r); print r } }' \
		"$TESTS_DIR/../content/sample/readiness-answers.csv"
}

db_sum() { sqlite3 "${1:-crmready.db}" .dump 2>/dev/null | md5sum | cut -d' ' -f1; }

done_testing() {
	[ "$failures" -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
	exit 0
}
