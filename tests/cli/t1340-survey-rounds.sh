# Survey rounds as waves: two rounds imported three months apart keep their
# own answers; assess reads the latest unless --round names another, and
# --compare R1 R2 gives the deltas, each checked against a hand calculation
# from tests/data/rounds/r1.csv and r2.csv (likert 1..5 scores 0, 25, 50,
# 75, 100; a dimension is the mean of its respondents' scores; the index the
# mean of the two dimensions):
#   round 2026-03-02, 7 respondents: lead (25+50+75+100+75+0+25)/7 = 50,
#     data (50+50+25+100+75+25+25)/7 = 50, index 50
#     Sales (3): lead 50, data 125/3 = 41.667, index 45.833; Ops (2): 12.5, 25, 18.75
#     IT (2) shown
#   round 2026-06-01, 7 respondents: lead 475/7 = 67.857, data 425/7 = 60.714,
#     index 900/14 = 64.286
#     Sales (3): lead 250/3 = 83.333, data 175/3 = 58.333, index 70.833;
#     Ops (2): lead 37.5, data 50, index 43.75; IT (1) and Finance (1) small
#   deltas: index 100/7 = 14.286, lead 125/7 = 17.857, data 75/7 = 10.714,
#     Sales index +25, Sales lead +33.333, Ops index +25,
#     question sponsor (= lead) +17.857; IT and Finance: no delta (small in a round)
. "$TESTS_DIR/cli/lib.sh"
R="$DATA/rounds"
j() { jq -e "$1" out >/dev/null || fail "json: $1"; }

run questionnaire add "$R/waves.yaml"; expect_rc 0
CRMREADY_TODAY=2026-03-02 run survey import waves "$R/r1.csv"; expect_rc 0
expect_out "imported 7 respondents into waves (0 replaced)"
expect_out "survey round 2026-03-02"
CRMREADY_TODAY=2026-06-01 run survey import waves "$R/r2.csv"; expect_rc 0
expect_out "imported 7 respondents into waves (0 replaced)"
expect_out "survey round 2026-06-01"
# each round keeps its own raw answers: 14 rows, s1 twice
[ "$(sqlite3 crmready.db "SELECT count(*) FROM respondents WHERE name = 's1'")" = 2 ] ||
	fail "s1 should have a row in each round"

run survey rounds; expect_rc 0
expect_out "2026-06-01 (latest)"
run survey rounds waves --format csv; expect_rc 0
cat >want.csv <<'CSV'
questionnaire,round,created,respondents,first_answer,last_answer,latest
waves,2026-03-02,2026-03-02,7,2026-03-02,2026-03-02,false
waves,2026-06-01,2026-06-01,7,2026-06-01,2026-06-01,true
CSV
diff want.csv out >/dev/null || fail "survey rounds --format csv"
run survey rounds --format json; expect_rc 0
j '.rounds | length == 2'
j '.rounds[1] | .round == "2026-06-01" and .respondents == 7 and .latest'

# assess: the latest round by default; --round the earlier one
run assess waves --format json --min-group 2; expect_rc 0
j '.respondents == 7 and (.index - 900/14 | fabs) < 1e-9'
run assess waves --round 2026-03-02 --format json --min-group 2; expect_rc 0
j '.respondents == 7 and .index == 50 and .round == "2026-03-02"'
run assess waves --round 2026-03-02 --min-group 2; expect_rc 0
expect_out "survey round 2026-03-02"
expect_out "Readiness index: 50.0 / 100"

# --compare R1 R2: JSON
run assess waves --compare 2026-03-02 2026-06-01 --min-group 2 --format json; expect_rc 0
cp out cmp.json
j '.from == "2026-03-02" and .to == "2026-06-01" and .min_group == 2'
j '.index | .from == 50 and (.to - 900/14 | fabs) < 1e-9 and (.delta - 100/7 | fabs) < 1e-9
   and .respondents_from == 7 and .respondents_to == 7'
j '.dimensions[] | select(.id == "lead") | (.delta - 125/7 | fabs) < 1e-9'
j '.dimensions[] | select(.id == "data") | (.delta - 75/7 | fabs) < 1e-9'
j '.groups[] | select(.by == "department" and .group == "Sales") | .suppressed == false
   and (.index.delta - 25 | fabs) < 1e-9 and .index.respondents_from == 3
   and (.dimensions[0].delta - 100/3 | fabs) < 1e-9'
j '.groups[] | select(.by == "department" and .group == "Ops") | (.index.delta - 25 | fabs) < 1e-9'
j '.groups[] | select(.group == "IT") | .suppressed and (has("index") | not)'
j '.groups[] | select(.group == "Finance") | .suppressed'
j '.questions[] | select(.id == "sponsor") | (.delta - 125/7 | fabs) < 1e-9 and .respondents_to == 7'
# the same JSON when the questionnaire comes first (assess Q --compare R1 R2)
run assess --min-group 2 --format json waves --compare 2026-03-02 2026-06-01; expect_rc 0
cmp -s out cmp.json || fail "assess Q --compare R1 R2 differs"

# CSV: the suppressed group has no figure and no count
run assess waves --compare 2026-03-02 2026-06-01 --min-group 2 --format csv; expect_rc 0
expect_out "scope,by,group,id,from,to,delta,respondents_from,respondents_to,suppressed"
expect_out "index,,,,50,64.285714285714292,14.285714285714292,7,7,false"
expect_out "group,department,Sales,lead,50,83.333333333333329,33.333333333333329,3,3,false"
expect_out "group,department,IT,,,,,,,true"
expect_out "question,,,sponsor,50,67.857142857142861,17.857142857142861,7,7,false"

# text
run assess waves --compare 2026-03-02 2026-06-01 --min-group 2; expect_rc 0
expect_out "survey round 2026-03-02 (7 respondents) to 2026-06-01 (7 respondents)"
expect_out "Readiness index        50.0        64.3   +14.3        7 → 7"
expect_out "Sales                          45.8        70.8   +25.0                    3 → 3"
expect_out "IT                                                    -  fewer than 2 in a round"
expect_out "groups with fewer than 2 respondents in either round show no change"
# with the default minimum (5) no department shows a delta at all
run assess waves --compare 2026-03-02 2026-06-01 --format json; expect_rc 0
j '[.groups[] | select(.by == "department") | .suppressed] | all'

# importing again into a round replaces within that round only
printf 'respondent,department,role,sponsor,quality\ns1,Sales,Staff,1,1\n' >fix.csv
CRMREADY_TODAY=2026-06-20 run survey import waves fix.csv --round 2026-03-02; expect_rc 0
expect_out "imported 1 respondent into waves (1 replaced)"
run assess waves --round 2026-03-02 --format json --min-group 2; expect_rc 0
j '.respondents == 7 and (.dimensions[0].score - 325/7 | fabs) < 1e-9'    # s1 lead 25 -> 0
run assess waves --format json --min-group 2; expect_rc 0
j '(.index - 900/14 | fabs) < 1e-9'                                        # the latest is as it was

# survey run and rm go into the latest round, or --round
printf '4\n4\n' | CRMREADY_TODAY=2026-06-21 "$CRMREADY" survey run waves --respondent n1 \
	--department IT >out 2>err || fail "survey run"
[ "$(sqlite3 crmready.db "SELECT s.name FROM respondents r JOIN survey_rounds s ON s.id = r.round
	WHERE r.name = 'n1'")" = 2026-06-01 ] || fail "survey run should answer in the latest round"
run survey rm waves n1 --round 2026-03-02; expect_rc 65
expect_err "no respondent 'n1' in waves"
run survey rm waves n1; expect_rc 0
# a new round started by survey run --round, gone again when emptied
printf '4\n4\n' | "$CRMREADY" survey run waves --respondent n2 --department IT --round pilot \
	>out 2>err || fail "survey run --round"
run survey rounds waves; expect_rc 0
expect_out "pilot (latest)"
run survey rm waves n2 --round pilot; expect_rc 0
run survey rounds waves --format csv; expect_rc 0
expect_no_out "pilot"

# snapshots keep working beside rounds
run assess waves --save before --min-group 2; expect_rc 0
run assess waves --compare before --min-group 2; expect_rc 0
expect_out "before"

# bad input: clear errors, the workspace unchanged
sum=$(db_sum)
run assess waves --round 2026-03-03; expect_rc 65
expect_err "no survey round '2026-03-03' of waves; did you mean '2026-03-02'?"
run assess waves --compare 2026-03-02 2026-03-02; expect_rc 64
expect_err "--compare: '2026-03-02' twice"
run assess waves --compare 2026-03-02 2026-07-01; expect_rc 65
expect_err "no survey round '2026-07-01' of waves"
run assess waves --compare 2026-03-02; expect_rc 64
expect_err "'2026-03-02' is a survey round; compare it with another: --compare 2026-03-02 R2"
run assess waves --compare 2026-03-02 2026-06-01 --round 2026-03-02; expect_rc 64
expect_err "takes neither --round nor --save"
run assess waves 2026-06-01; expect_rc 64
expect_err "a second argument is the second round of --compare R1 R2"
for bad in 'a/b' '-x' ' lead' "$(printf 'tab\there')" \
	'12345678901234567890123456789012345678901'; do
	run survey import waves "$R/r1.csv" --round "$bad"; expect_rc 64 "--round '$bad'"
	expect_err "--round: found"
done
run survey import waves "$R/r1.csv" --round 'دور دوم'; expect_rc 0    # any language
[ "$(db_sum)" != "$sum" ] || fail "a Persian round name should import"
sum=$(db_sum)
run survey rm waves s1 --round nope; expect_rc 65
expect_err "no survey round 'nope' of waves"
[ "$(db_sum)" = "$sum" ] || fail "a refused command changed the workspace"

# --round on an empty workspace
mkdir empty && cd empty
run questionnaire add "$R/waves.yaml"; expect_rc 0
sum=$(db_sum)
run assess waves --round 2026-03-02; expect_rc 65
expect_err "no survey rounds of waves: 'crmready survey import waves FILE' adds one"
run assess waves --compare a b; expect_rc 65
run survey rounds waves; expect_rc 0
expect_out "no survey rounds yet"
[ "$(db_sum)" = "$sum" ] || fail "reading an empty workspace changed it"
cd ..

done_testing
