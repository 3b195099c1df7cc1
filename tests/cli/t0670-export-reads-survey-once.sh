# export and report read each survey once: the assessments they show are the
# ones the findings are evaluated on, so a stored answer the questionnaire no
# longer accepts is reported once, as plan build reports it (t0650); with a
# --min-group other than the engagement's the findings still read the
# survey under the engagement's, and the workbook is written.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"
run survey import crm-readiness "$P/ws-readiness.csv"; expect_rc 0
run survey import crm-capabilities "$P/ws-capabilities.csv"; expect_rc 0
sqlite3 crmready.db "UPDATE respondents SET answers = replace(answers, char(9) || 'yes' || char(10),
	char(9) || 'maybe' || char(10)) WHERE name = 'Mia'"
warning="respondent 'Mia', question 'pilot-planned': stored answer no longer valid"

run export x.xlsx; expect_rc 0
[ "$(grep -c "$warning" err)" = 1 ] || fail "export: one warning, found $(grep -c "$warning" err)"
expect_err "wrote x.xlsx"
run report x.html; expect_rc 0
[ "$(grep -c "$warning" err)" = 1 ] || fail "report: one warning, found $(grep -c "$warning" err)"
run findings; expect_rc 0
[ "$(grep -c "$warning" err)" = 1 ] || fail "findings: one warning"

# another minimum group: the workbook's figures use it, the findings the
# engagement's, each reading the survey once
run export y.xlsx --min-group 2; expect_rc 0
[ "$(grep -c "$warning" err)" = 2 ] || fail "export --min-group 2: two reads"
[ -s y.xlsx ] || fail "export --min-group 2: no workbook"
done_testing
