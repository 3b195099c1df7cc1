# Under every language but English, no command leaves a catalogue message
# untranslated: the sample engagement's every read command (text output),
# every help page, the workbook, the HTML report and a round of error
# paths run with CRMREADY_I18N_MISSING set, which names on stderr each
# message the language's catalogue lacks. None may be named.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_TODAY=2026-11-23 CRMREADY_I18N_MISSING=1
"$CRMREADY" demo demo >/dev/null 2>demo.err || fail "demo: $(tail -3 demo.err)"
db="--db demo/demo.db"

# each: LANG ARGS... -> the untranslated messages it printed, into missing
each() {
	l=$1; shift
	"$CRMREADY" --lang "$l" "$@" >o 2>e </dev/null
	grep 'untranslated: ' e | sed "s|^|$l: $* -> |" >> missing
}
: > missing
for l in $("$CRMREADY" --lang xx help 2>&1 | sed -n 's/.*expected one of: //p' | tr -d ','); do
	[ "$l" = en ] && continue
	for args in "questionnaire list" "questionnaire show crm-readiness" \
		"questionnaire show crm-capabilities" "rules list" "rules show crm-default" \
		"catalogue list" "catalogue show crm-default-plan" "dq checks list" \
		"dq checks show salesforce-contact" "survey list" "assess" "assess --by department" \
		"assess --by role" "assess crm-capabilities" "gaps" "findings" "findings --passed" \
		"plan show" "plan show --explain" "goal list" "metric list" "status" "roster list" \
		"adoption report" "adoption report --by department" "adoption report --by wave" \
		"dq report"; do
		# shellcheck disable=SC2086
		each "$l" $db $args
	done
	each "$l" $db export "x-$l.xlsx"
	each "$l" $db report "r-$l.html"
	each "$l" help
	for c in $("$CRMREADY" --help | sed -n '/^commands:/,/^$/p' | awk 'NR>1 && NF {print $1}'); do
		each "$l" help "$c"
		for s in $("$CRMREADY" help "$c" | sed -n '/^subcommands:/,/^$/p' | awk 'NR>1 && NF {print $1}'); do
			each "$l" "$c" "$s" --help
		done
	done
	# errors: usage, a missing file, a malformed questionnaire, an unknown id
	each "$l" $db plan build --start 2026-02-30
	each "$l" $db survey import nosuch.csv
	printf 'id: x\nversion: 1\ntitle: X\nquestons: []\n' > bad.yaml
	each "$l" questionnaire validate bad.yaml
	each "$l" $db assess no-such-questionnaire
	each "$l" $db goal add adoption.nosuch ">=" 0.5 --due 2027-01-01
	each "$l" --frobnicate
done
[ ! -s missing ] || fail "$(wc -l < missing) untranslated messages, e.g.:
$(sort -u missing | head -40)"
done_testing
