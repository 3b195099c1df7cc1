# Every command that reads a file, against every file of the hostile corpus
# (tests/hostile/corpus/ plus a few generated giants): each run must end
# with an exit code below 70 that is not success, a message on stderr, no
# sanitizer report, no terminal escape on either stream, within 10 s, and
# leave the workspace exactly as it was. The sanitized build runs the same.
. "$TESTS_DIR/cli/lib.sh"
CORPUS="$TESTS_DIR/hostile/corpus"
export CRMREADY_DB="$PWD/w.db"

# A workspace with something in it, so "unchanged" means something.
"$CRMREADY" questionnaire add "$DATA/surveys/mini.yaml" >/dev/null 2>&1 || fail "seed questionnaire"
printf 'respondent,department,role,sponsor\nAna,Sales,Staff,4\nBen,IT,Manager,2\n' > seed.csv
"$CRMREADY" survey import mini seed.csv >/dev/null 2>&1 || fail "seed import"
"$CRMREADY" metric record adoption.active_rate 0.5 --date 2026-11-01 >/dev/null || fail "seed metric"
"$CRMREADY" plan build --start 2026-12-07 >/dev/null 2>&1 || fail "seed plan"
"$CRMREADY" roster import "$DATA/adoption/roster.csv" >/dev/null 2>&1 || fail "seed roster"
"$CRMREADY" adoption import "$DATA/adoption/login.csv" >/dev/null 2>&1 || fail "seed logins"
before=$(db_sum w.db)
[ -n "$before" ] || fail "no workspace"
cp "$DATA/dq/contacts.csv" good-contacts.csv

# The generated giants: over every size limit.
mkdir -p gen
awk 'BEGIN { s = "x"; while (length(s) < 10485760) s = s s; print substr(s, 1, 10485760) }' > gen/ten-mb-line
awk 'BEGIN { s = "y"; while (length(s) < 2097152) s = s s;
	print "respondent,department,role,sponsor"; print "a,Sales,Staff," substr(s, 1, 2097152) }' > gen/two-mb-cell
awk 'BEGIN { printf "respondent"; for (i = 0; i < 5000; i++) printf ",c%d", i; print "" }' > gen/five-thousand-columns
awk 'BEGIN { print "id: big"; for (i = 0; i < 450000; i++) printf "k%06d: vvvvvvvvvv\n", i }' > gen/nine-mb-yaml

runs=0 passed=0
# try DESCRIPTION CMD...: one hostile run.
try() {
	what=$1
	shift
	timeout 10 "$CRMREADY" "$@" >out 2>err
	rc=$?
	runs=$((runs + 1))
	ok=yes
	if [ "$rc" -eq 0 ] || [ "$rc" -ge 70 ]; then
		fail "$what: exit $rc (expected 1..69)"; ok=no
	fi
	[ -s err ] || { fail "$what: nothing on stderr"; ok=no; }
	if grep -q "Sanitizer\|runtime error\|LeakSanitizer" err; then
		fail "$what: sanitizer report"; ok=no
	fi
	if grep -q "$(printf '\033')" out err; then
		fail "$what: a terminal escape reached the output"; ok=no
	fi
	[ "$ok" = yes ] && passed=$((passed + 1))
}

for f in "$CORPUS"/* gen/*; do
	n=$(basename "$f")
	cp "$f" "h.yaml"; cp "$f" "h.csv"; cp "$f" "h.json"
	try "$n: questionnaire validate" questionnaire validate h.yaml
	try "$n: questionnaire add" questionnaire add h.yaml
	try "$n: rules validate" rules validate h.yaml
	try "$n: rules add" rules add h.yaml
	try "$n: catalogue validate" catalogue validate h.yaml
	try "$n: catalogue add" catalogue add h.yaml
	try "$n: dq checks validate" dq checks validate h.yaml
	try "$n: dq checks add" dq checks add h.yaml
	try "$n: survey import csv" survey import mini h.csv
	try "$n: survey import csv (shipped)" survey import crm-readiness h.csv
	try "$n: survey import yaml" survey import mini h.yaml
	try "$n: dq scan" dq scan h.csv --clusters-out c.csv --rows-out r.csv
	try "$n: dq scan --checks" dq scan good-contacts.csv --checks h.yaml
	try "$n: plan build --inputs" plan build --inputs h.json
	try "$n: plan build --catalogue" plan build --catalogue h.yaml
	try "$n: roster import" roster import h.csv
	try "$n: adoption import" adoption import h.csv --unknown-out u.csv
	try "$n: adoption import --map" adoption import h.csv --map user=UserId,time=LoginTime
	[ -e u.csv ] && fail "$n: adoption import left an unknown-users file behind"
	[ -e c.csv ] && fail "$n: dq scan left a clusters file behind"
	rm -f c.csv r.csv
	[ "$(db_sum w.db)" = "$before" ] || { fail "$n: the workspace changed"; before=$(db_sum w.db); }
done

# Found by fuzz_adoption_import: one login a century off made every week in
# between get figures (35 s and 100,000s of rows; 9999 ran for minutes).
cp "$CORPUS/login-century-span" span.csv
start=$(date +%s)
run adoption import span.csv
expect_rc 65
expect_err_re "the logins would span [0-9]+ weeks \(20[0-9-]+ \.\. 2125-03-18\), more than 1060 \(20 years\)"
[ $(( $(date +%s) - start )) -lt 5 ] || fail "a century-long login span took too long to refuse"

# Hostile values in options and arguments: numbers and dates.
for v in nan NaN inf -inf 1e999 -1e999 1e301 0x10 0x1p3 " 5" "5 " "" "1,5" "--" "5e" ".e1"; do
	try "metric record '$v'" metric record adoption.active_rate "$v"
	try "goal add --target '$v'" goal add --phase foundation --metric adoption.active_rate --op ">=" --target "$v" --due 2027-01-01
done
for v in nan inf 1e999 99999999999999999999 -99999999999999999999 0x10 " 5" "5 " "" "2.5" "+" "-"; do
	try "gaps set-target '$v'" gaps set-target pipeline-management "$v"
	try "goal set '$v'" goal set "$v" --target 1
	try "assess --min-group '$v'" assess --min-group "$v"
done
for v in 2026-02-30 2025-02-29 0000-01-01 2026-00-10 2026-13-01 2026-+1-01 "2026- 1-01" 2026-1-1 20260101 "" 9999-99-99 1899-12-31; do
	try "metric record --date '$v'" metric record adoption.active_rate 0.5 --date "$v"
	try "plan build --start '$v'" plan build --start "$v"
	try "status --today '$v'" status --today "$v"
	try "export --from '$v'" export out.xlsx --from "$v"
	try "dq scan --date '$v'" dq scan good-contacts.csv --date "$v"
	try "adoption report --weeks '$v'" adoption report --weeks "$v"
done
[ -e out.xlsx ] && fail "export with a bad date left a workbook"
# Injection in names: ids that look like SQL, shell, formulas, paths.
for v in "x'); DROP TABLE metrics;--" '$(id)' '=1+1' '../../etc/passwd' "$(printf 'a\033[31mb')" "$(printf 'a\nb')"; do
	try "metric record name '$v'" metric record "$v" 1
	try "metric record --scope '$v'" metric record adoption.active_rate 1 --scope "$v"
	try "questionnaire show '$v'" questionnaire show "$v"
	try "rules show '$v'" rules show "$v"
	try "assess '$v'" assess "$v"
	try "survey import '$v'" survey import "$v" seed.csv
	try "dq scan --entity '$v'" dq scan good-contacts.csv --entity "$v"
	try "adoption import --map '$v'" adoption import "$DATA/adoption/login.csv" --map "$v"
	try "roster import --map '$v'" roster import "$DATA/adoption/roster.csv" --map "$v"
	try "adoption report --by '$v'" adoption report --by "$v"
done
[ "$(db_sum w.db)" = "$before" ] || fail "the workspace changed under hostile options"
[ "$(sqlite3 w.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"

echo "hostile runs: $passed of $runs passed"
done_testing
