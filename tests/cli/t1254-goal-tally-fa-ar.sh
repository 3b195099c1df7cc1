# The goal states and the goal tally under --lang fa and --lang ar: the
# glossary's words for every state (missed is "محقق نشد" / "لم يتحقّق"), the
# language's digits (Latin with --digits latin) and Arabic's plural forms of
# "goals" for 1, 2, 3, 11 and 100 goals (0 has no tally: "no goals yet").
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1

add_goals() {   # add_goals N: N more goals, none with data
	i=0
	while [ "$i" -lt "$1" ]; do
		"$CRMREADY" goal add --phase pilot --metric training.completion --op '>=' \
			--target 0.9 --due 2027-01-31 >/dev/null 2>&1 || fail "goal add"
		i=$((i + 1))
	done
}

# One goal of each state that a fresh goal can be in: missed (settled past
# its due date), at risk, and no data.
run metric record adoption.active_rate 0.4 --date 2026-06-01
run metric record adoption.active_rate 0.5 --date 2026-06-08
run metric record adoption.active_rate 0.6 --date 2026-06-15
run goal add --phase pilot --metric adoption.active_rate --op '>=' --target 0.9 --due 2026-07-01
expect_rc 0
run goal add --phase pilot --metric adoption.active_rate --op '<=' --target 0.3 --due 2027-01-31
expect_rc 0
add_goals 1
run --lang fa status; expect_rc 0
expect_out "۳ هدف: ۰ محقق شد، ۰ در مسیر، ۱ در معرض خطر، ۱ محقق نشد، ۰ هنوز زود است، ۱ بدون داده"
grep -q 'از دست رفت' out && fail "fa: the old word for missed"
grep -q 'untranslated' err && fail "fa: untranslated: $(grep untranslated err | head -n 3)"
run --lang ar status; expect_rc 0
expect_out "٣ أهداف: ٠ تحقّق، ٠ على المسار، ١ معرّض للخطر، ١ لم يتحقّق، ٠ مبكر للحكم، ١ لا بيانات"
run --lang ar --digits latin status; expect_rc 0
expect_out "3 أهداف: 0 تحقّق، 0 على المسار، 1 معرّض للخطر، 1 لم يتحقّق، 0 مبكر للحكم، 1 لا بيانات"
run --lang fa --digits latin status; expect_rc 0
expect_out "3 هدف: 0 محقق شد، 0 در مسیر، 1 در معرض خطر، 1 محقق نشد، 0 هنوز زود است، 1 بدون داده"
run status; expect_rc 0
expect_out "3 goals: 0 achieved, 0 on track, 1 at risk, 1 missed, 0 too early, 1 no data"

# Arabic's forms, in a workspace of their own.
mkdir plural && cd plural || exit 1
total=0
for n in 1 2 3 11 100; do
	add_goals $((n - total)); total=$n
	run --lang ar status; expect_rc 0
	case $n in
	1) expect_out "هدف واحد: ٠ تحقّق" ;;
	2) expect_out "هدفان: ٠ تحقّق" ;;
	3) expect_out "٣ أهداف: ٠ تحقّق" ;;
	11) expect_out "١١ هدفًا: ٠ تحقّق" ;;
	100) expect_out "١٠٠ هدف: ٠ تحقّق" ;;
	esac
	run --lang fa status; expect_rc 0
	expect_out " هدف: ۰ محقق شد"
	run status; expect_rc 0
	if [ "$n" -eq 1 ]; then expect_out "1 goal: 0 achieved"; else expect_out "$n goals: 0 achieved"; fi
done
done_testing
