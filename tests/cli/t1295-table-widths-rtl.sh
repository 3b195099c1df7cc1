# Terminal tables in Arabic and Persian: a shadda (U+0651) or a ZWNJ
# (U+200C) takes no column, so a row holding one lines up with the others;
# every column is as wide as its translated heading, and headings without
# capitals stand two columns apart (one space would read as one phrase).
# English keeps its spacing.
. "$TESTS_DIR/cli/lib.sh"
export LC_ALL=C.UTF-8   # wc -L counts terminal columns

# same_width WHAT: every line of the file rows takes as many columns.
same_width() {
	n=$(wc -L < rows)
	while IFS= read -r line; do
		w=$(printf '%s\n' "$line" | wc -L)
		[ "$w" -eq "$n" ] || fail "$1: '$line' is $w columns, the widest $n"
	done < rows
}

# table_rows: the lines of out's first table after its rule, to the blank.
table_rows() {
	awk '/─────/ { on = 1; next } on && /^$/ { exit } on' out > rows
}

run demo sample; expect_rc 0
D="--db sample/demo.db"

run $D --lang ar assess crm-readiness; expect_rc 0
table_rows
grep -q "الموحّدة" rows || fail "ar assess: no row with a shadda"
same_width "ar assess"

run $D --lang fa assess crm-readiness; expect_rc 0
table_rows
grep -q "مهارت‌ها" rows || fail "fa assess: no row with a ZWNJ"
same_width "fa assess"

run $D --lang ar gaps; expect_rc 0
table_rows
grep -q "الجوّال" rows || fail "ar gaps: no row with a shadda"
same_width "ar gaps"

# headings stand apart
run $D --lang ar questionnaire list; expect_rc 0
expect_out "الأسئلة  الأبعاد"
run $D --lang ar dq checks list; expect_rc 0
expect_out "الحقول  القواعد"
run $D --lang fa catalogue list; expect_rc 0
expect_out "اقدام‌ها  فازها"
run $D --lang ar plan show; expect_rc 0
expect_out "الجهد  الأولوية"
# the rows, printed one at a time between their reasons, keep to the header
grep -E "الأولوية$|executive-sponsorship  " out | head -2 > rows
same_width "ar plan show"
# "latest on" is one heading over two columns
run $D --lang ar status; expect_rc 0
expect_out "الأحدث في"

# a translated heading wider than its column widens it: the figures stay
# right-aligned under it
run $D --lang fa dq report; expect_rc 0
awk '/به‌روز بودن/ { print; getline; print }' out > rows
same_width "fa dq report trend"

# English as it was
run $D questionnaire list; expect_rc 0
expect_out "QUESTIONS DIMENSIONS  TITLE"
run $D plan show; expect_rc 0
expect_out "   rank initiative                     start      end        effort priority"

done_testing
