#!/bin/sh
# A goal ("dq.score >= 0.7 (entity=Contact)") is a left-to-right expression:
# in a right-to-left language the terminal reports put it inside a first
# strong isolate (U+2068 .. U+2069) so its sign and figures keep their order
# beside the Persian or Arabic text; its indent stays outside. Rules'
# conditions and a finding's evidence the same. English is unchanged.
. "$TESTS_DIR/cli/lib.sh"

"$CRMREADY" demo d >/dev/null 2>&1 || fail "demo"
db="--db d/demo.db"
fsi=$(printf '\342\201\250') pdi=$(printf '\342\201\251')

for lang in fa ar; do
	run $db --lang $lang status; expect_rc 0
	expect_out "${fsi}dq.score >= 0.7 (entity=Contact)${pdi}"
	expect_out "  ${fsi}dq.duplicate_rate <= 0.05 (entity=Contact)${pdi}"
	run $db --lang $lang goal list; expect_rc 0
	expect_out "${fsi}adoption.active_rate >= 0.7${pdi}"
	run $db --lang $lang plan show; expect_rc 0
	expect_out "] ${fsi}dq.score >= 0.7 (entity=Contact)${pdi}"
	run $db --lang $lang adoption report; expect_rc 0
	expect_out "${fsi}adoption.active_rate >= 0.85${pdi}"
	run $db --lang $lang catalogue show crm-default-plan; expect_rc 0
	expect_out "${fsi}dq.score >= 0.7"
	run $db --lang $lang findings; expect_rc 0
	expect_out "${fsi}perception_gap(\"leadership\", \"role\") = "
done
# the columns after the goal line up: isolates take no column
"$CRMREADY" $db --lang ar status >s.txt
/usr/bin/python3 - s.txt <<'PY' || fail "status columns"
import sys, unicodedata
def width(s):
    return sum(0 if unicodedata.category(c) in ('Mn', 'Cf') else 1 for c in s)
cols = set()
for line in open(sys.argv[1], encoding='utf-8'):
    if '\u2069' in line:
        end = line.index('\u2069') + 1
        rest = line[end:]
        due = end + len(rest) - len(rest.lstrip(' '))
        cols.add(width(line[:due]))
sys.exit(0 if len(cols) == 1 else 1)
PY
for cmd in status "goal list" "plan show" findings "catalogue show crm-default-plan"; do
	# shellcheck disable=SC2086
	run $db $cmd
	grep -q "$fsi\|$pdi" out && fail "en $cmd: isolates"
done
done_testing
