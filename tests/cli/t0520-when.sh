# Questionnaire `when`, end to end (tests/data/surveys/gated.yaml):
#   usage        when answer("has-crm") == "yes"   (the raw answer)
#   why-not      when answer("usage") < 50         (the score; chained on a
#                                                   gated question)
#   web-quality  when share("channels", "web") == 1 (this respondent chose
#                                                   web), required
# survey import: a gated question is required only when asked; an answer to
# a question whose condition does not hold is a bad cell ("na" there is
# taken as empty). survey run through a pipe asks exactly the questions
# whose condition holds. The assessment counts only answers to questions
# the respondent was asked.
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"
run questionnaire add "$S/gated.yaml"; expect_rc 0

# ---- import: answers where the conditions hold, nothing where they do not
# A: yes, usage 2 (25 < 50: why-not asked), phone;web (web-quality asked, 4)
# B: y (= yes), usage 4 (75: why-not not asked), web, web-quality 3
# C: no (usage and why-not not asked), phone (web-quality not asked: "na")
run survey import gated "$S/gated-good.csv"; expect_rc 0
expect_out "imported 3 respondents into gated (0 replaced)"
run survey list gated --format csv; expect_rc 0
expect_out "gated,A,Sales,,5,5,1,1,1,complete,"
expect_out "gated,B,Service,,4,4,1,1,1,complete,"
expect_out "gated,C,Service,,2,2,0,0,1,complete,"
# scores (has-crm weighs 0, why-not is text): A (25 + 100 + 75) / 3,
# B (75 + 50 + 50) / 3, C 50 (phone) -> (200/3 + 175/3 + 50) / 3 = 175/3
run assess gated --format json; expect_rc 0
jq -e '(.index - 175 / 3 | fabs) < 1e-9' out >/dev/null || fail "import: assessment"

# ---- import: answers to questions not asked are bad cells, with row,
# line and column; nothing is imported
sum=$(db_sum)
run survey import gated "$S/gated-bad.csv"; expect_rc 65
expect_err "gated-bad.csv: row 1 (line 2), column 5 (usage): error: answered, but this respondent is not asked the question: its condition answer(\"has-crm\") == \"yes\" does not hold; leave the cell empty"
expect_err "gated-bad.csv: row 2 (line 3), column 6 (why-not): error: answered, but this respondent is not asked the question: its condition answer(\"usage\") < 50 does not hold"
expect_err "gated-bad.csv: row 3 (line 4), column 8 (web-quality): error: the question is required, found no answer"
expect_err "gated-bad.csv: row 4 (line 5), column 8 (web-quality): error: answered, but this respondent is not asked the question: its condition share(\"channels\", \"web\") == 1 does not hold"
# H's usage "na" (not asked) is no error
grep -q "row 4 (line 5), column 5" err && fail "na in a question not asked is an error"
# I: usage is answered though not asked, so why-not is not asked either
expect_err "gated-bad.csv: row 5 (line 6), column 5 (usage): error: answered"
expect_err "gated-bad.csv: row 5 (line 6), column 6 (why-not): error: answered"
[ "$(grep -c 'error:' err)" = 6 ] || fail "bad import: 6 errors"
expect_err "nothing imported"
[ "$(db_sum)" = "$sum" ] || fail "bad import changed the workspace"
# the YAML form: line and column of the answer
run survey import gated "$S/gated-bad.yaml"; expect_rc 65
expect_err "gated-bad.yaml:5:37: error: usage: answered, but this respondent is not asked the question"
expect_err "gated-bad.yaml:11:16: error: why-not: answered, but this respondent is not asked the question"
[ "$(db_sum)" = "$sum" ] || fail "bad YAML import changed the workspace"

# ---- survey run through a pipe: only the questions whose condition holds
R="--db run.db"
run $R questionnaire add "$S/gated.yaml"; expect_rc 0
# R1: no -> usage and why-not skipped; phone -> web-quality skipped
printf 'no\n1\n' | "$CRMREADY" $R survey run gated --respondent R1 --department Sales >out 2>err
rc=$?; expect_rc 0
expect_out "We have a CRM."
expect_out "Which channels do customers use?"
expect_no_out "Staff use it daily."
expect_no_out "Why is it not used more?"
expect_no_out "The web channel works well."
expect_out "all questions answered, thank you"
# R2: yes -> usage asked; 2 (score 25 < 50) -> why-not asked; web ->
# web-quality asked
printf 'yes\n2\ntoo slow\n2\n4\n' | "$CRMREADY" $R survey run gated --respondent R2 --department Sales >out 2>err
rc=$?; expect_rc 0
expect_out "Staff use it daily."
expect_out "Why is it not used more?"
expect_out "The web channel works well."
expect_out "all questions answered, thank you"
# R3: yes, usage 4 (75: why-not skipped), then back twice to has-crm and
# no: usage is no longer asked; phone
printf 'yes\n4\nb\nb\nno\n1\n' | "$CRMREADY" $R survey run gated --respondent R3 --department Sales >out 2>err
rc=$?; expect_rc 0
expect_no_out "Why is it not used more?"
expect_out "current answer: yes"
run $R survey list gated --format csv; expect_rc 0
expect_out "gated,R1,Sales,,2,2,0,0,1,complete,"
expect_out "gated,R2,Sales,,5,5,1,1,1,complete,"
expect_out "gated,R3,Sales,,2,2,0,0,1,complete,"
# R3's usage 4 stays stored (going back to yes shows it again) but does not
# count: R1 50, R2 (25 + 50 + 75) / 3 = 50, R3 50 (phone) -> 50 (counting
# it would make R3 (75 + 50) / 2 = 62.5 and the score 54.17)
run $R assess gated --format json; expect_rc 0
jq -e '.dimensions[0].score == 50 and .index == 50' out >/dev/null || fail "run: stale answer counted"
done_testing
