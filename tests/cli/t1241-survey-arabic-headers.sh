# survey import of an Arabic form export: the department, role and
# timestamp columns are recognised by their Arabic names (as Persian ones
# are), Arabic yes/no answers (نعم/لا) read as yes and no, and the
# e-mail column is offered as the respondent column.
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"
run questionnaire add "$S/mini.yaml"; expect_rc 0

cat > ar.csv <<'CSV'
الطابع الزمني,البريد الإلكتروني,القسم,الدور,sponsor,committee,has-crm
2026/11/10 9:00:03,ana@acme.example,المبيعات,مدير,4,نعم,لا
2026/11/11 9:00:03,ben@acme.example,المبيعات,موظف,2,لا,نعم
CSV
run survey import mini ar.csv; expect_rc 65
expect_err "no respondent column: name one with --respondent-column COLUMN (here: 'البريد الإلكتروني')"

run survey import mini ar.csv --respondent-column "البريد الإلكتروني"; expect_rc 0
expect_out "imported 2 respondents into mini"
expect_out "1 الطابع الزمني -> ignored (form metadata)"
expect_out "3 القسم -> department"
expect_out "4 الدور -> role"
run survey list mini --format csv; expect_rc 0
expect_out "ana@acme.example,المبيعات,مدير,"
# The same answers with English column names and yes/no: the same assessment.
cat > en.csv <<'CSV'
respondent,department,role,sponsor,committee,has-crm
ana@acme.example,المبيعات,مدير,4,yes,no
ben@acme.example,المبيعات,موظف,2,no,yes
CSV
run --db en.db questionnaire add "$S/mini.yaml"; expect_rc 0
run --db en.db survey import mini en.csv; expect_rc 0
run assess mini --format json; expect_rc 0; mv out ar.json
run --db en.db assess mini --format json; expect_rc 0; mv out en.json
cmp -s ar.json en.json || fail "Arabic yes/no answers read differently: $(cat ar.json)"
done_testing
