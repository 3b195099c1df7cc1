#!/bin/sh
# Everything a reader of the sample engagement sees, as text files in one
# folder, so two builds can be compared output for output:
#   tests/compare/snapshot.sh ./crmready OUT
#   tests/compare/compare.sh OLD-crmready NEW-crmready   (runs both, diffs)
# Covers: the demo's own output; every command's help; every read command in
# text, JSON and CSV, in English, Persian and Arabic; the workbooks (cell by cell,
# through tests/lib/xlsx_dump.py) and the HTML reports. The day is fixed
# (CRMREADY_TODAY) and the demo folder's path is replaced by DEMO.
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CRMREADY_TODAY=2026-11-23 NO_COLOR=1
unset CRMREADY_DB CRMREADY_LANG

strip() { sed -e "s#$work#WORK#g" -e 's/"scanned_at": "[^"]*"/"scanned_at": "NOW"/'; }

# run NAME ARGS...: stdout, stderr and the exit code of one command
run() {
	name=$1; shift
	(cd "$work/demo" && "$bin" "$@") > "$work/o" 2> "$work/e"
	rc=$?
	{ strip < "$work/o"; printf -- '--- stderr\n'; strip < "$work/e"; printf -- '--- exit %d\n' "$rc"; } > "$out/$name.txt"
}

(cd "$work" && "$bin" demo demo) 2>&1 | strip > "$out/00-demo.txt"

# help of every command and subcommand
run help-top --help
for c in $("$bin" --help | sed -n '/^commands:/,/^$/p' | awk 'NR>1 && NF {print $1}'); do
	run "help-$c" help "$c"
	for s in $("$bin" help "$c" | sed -n '/^subcommands:/,/^$/p' | awk 'NR>1 && NF {print $1}'); do
		run "help-$c-$s" "$c" "$s" --help
		for t in $("$bin" "$c" "$s" --help | sed -n '/^subcommands:/,/^$/p' | awk 'NR>1 && NF {print $1}'); do
			run "help-$c-$s-$t" "$c" "$s" "$t" --help
		done
	done
done

db="--db $work/demo/demo.db"
for lang in en fa ar; do
	for fmt in text json csv; do
		f="--lang $lang --format $fmt"
		run "$lang-$fmt-questionnaire-list" $db $f questionnaire list
		run "$lang-$fmt-questionnaire-show-r" $db $f questionnaire show crm-readiness
		run "$lang-$fmt-questionnaire-show-c" $db $f questionnaire show crm-capabilities
		run "$lang-$fmt-rules-list" $db $f rules list
		run "$lang-$fmt-rules-show" $db $f rules show crm-default
		run "$lang-$fmt-catalogue-list" $db $f catalogue list
		run "$lang-$fmt-catalogue-show" $db $f catalogue show crm-default-plan
		run "$lang-$fmt-dq-checks-list" $db $f dq checks list
		run "$lang-$fmt-dq-checks-show" $db $f dq checks show salesforce-contact
		run "$lang-$fmt-survey-list" $db $f survey list
		run "$lang-$fmt-assess" $db $f assess
		run "$lang-$fmt-assess-dept" $db $f assess --by department
		run "$lang-$fmt-assess-role" $db $f assess --by role
		run "$lang-$fmt-assess-cap" $db $f assess crm-capabilities
		run "$lang-$fmt-gaps" $db $f gaps
		run "$lang-$fmt-findings" $db $f findings
		run "$lang-$fmt-findings-passed" $db $f findings --passed
		run "$lang-$fmt-plan-show" $db $f plan show
		run "$lang-$fmt-plan-explain" $db $f plan show --explain
		run "$lang-$fmt-goal-list" $db $f goal list
		run "$lang-$fmt-metric-list" $db $f metric list
		run "$lang-$fmt-status" $db $f status
		run "$lang-$fmt-roster-list" $db $f roster list
		run "$lang-$fmt-adoption" $db $f adoption report
		run "$lang-$fmt-adoption-dept" $db $f adoption report --by department
		run "$lang-$fmt-adoption-wave" $db $f adoption report --by wave
		run "$lang-$fmt-dq-report" $db $f dq report
	done
	run "$lang-export" $db --lang "$lang" export "$work/x-$lang.xlsx"
	/usr/bin/python3 -W ignore "$here/lib/xlsx_dump.py" "$work/x-$lang.xlsx" > "$out/$lang-workbook.txt" 2>&1
	run "$lang-report" $db --lang "$lang" report "$work/r-$lang.html"
	strip < "$work/r-$lang.html" > "$out/$lang-report.html"
done

# errors a user meets first
run err-unknown-command $db asess
run err-unknown-option $db assess --bogus
run err-missing-arg $db goal set
run err-bad-date $db goal set 1 --due 2026-13-01
run err-no-file $db survey import nosuch.csv
run err-no-workspace --db "$work/none.db" status
