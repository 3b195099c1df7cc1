# survey import -> assess: the JSON of docs/assessment.md checked field by field
# against a hand calculation (tests/data/surveys/mini.*).
#
# lead (weight 2): sponsor likert weight 2, committee yesno weight 1
#   Ana (25, 0) = 50/3   Ben (75, 100) = 250/3   Cy 100   Di 100
#   mean 75, population std dev 34.3592
# data: usage likert (when has-crm == yes), quality choice, has-crm weight 0
#   Ana (50, 0) = 25   Ben (-, 100) = 100   Cy (100, na) = 100   Di (75, 100) = 87.5
#   mean 78.125, std dev 31.0934
# index = (2 * 75 + 78.125) / 3 = 76.0417 -> Ready with gaps
# department: Executive lead 100, data 93.75; Sales lead 50, data 62.5
#   perception gaps: lead 50, data 31.25 (Executive highest, Sales lowest)
# role (min-group 2): only Manager has two respondents: no role gaps
# (the figures below are checked with --min-group 2; the default, 5, hides
# every group of this four-person survey, see t0910)
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"

run questionnaire add "$S/mini.yaml"; expect_rc 0
run survey import mini "$S/mini.csv"; expect_rc 0
expect_out "imported 4 respondents into mini (0 replaced)"

run assess mini --format json --min-group 2; expect_rc 0
cp out assess.json
check() {
	python3 - "$@" <<'PY' || fail "assess JSON: $*"
import json, sys
a = json.load(open("assess.json"))
def near(x, y): return abs(x - y) < 1e-9
dims = {d["id"]: d for d in a["dimensions"]}
groups = {(g["by"], g["name"]): g for g in a["groups"]}
gaps = {(g["dimension"], g["by"]): g for g in a["perception_gaps"]}
ok = (a["questionnaire"] == "mini" and a["respondents"] == 4 and a["complete"] == 4
      and near(a["index"], (2 * 75 + 78.125) / 3) and a["level"] == "Ready with gaps"
      and near(dims["lead"]["score"], 75) and dims["lead"]["respondents"] == 4
      and near(dims["lead"]["spread"], 34.359213546813834)
      and near(dims["data"]["score"], 78.125) and near(dims["data"]["spread"], 31.093357409581873)
      and near(groups[("department", "Executive")]["dimensions"][0]["score"], 100)
      and near(groups[("department", "Executive")]["dimensions"][1]["score"], 93.75)
      and near(groups[("department", "Sales")]["dimensions"][0]["score"], 50)
      and near(groups[("department", "Sales")]["index"], (2 * 50 + 62.5) / 3)
      and groups[("department", "Sales")]["respondents"] == 2
      and groups[("role", "Manager")]["respondents"] == 2
      and near(gaps[("lead", "department")]["gap"], 50)
      and gaps[("lead", "department")]["highest"] == "Executive"
      and gaps[("lead", "department")]["lowest"] == "Sales"
      and near(gaps[("data", "department")]["gap"], 31.25)
      and not any(g["by"] == "role" for g in a["perception_gaps"])
      and a["capabilities"] == []
      and list(a.keys()) == ["questionnaire", "respondents", "complete", "index", "level", "dimensions",
                             "groups", "perception_gaps", "capabilities"])
sys.exit(0 if ok else 1)
PY
}
check

# --by role: one-person roles (Staff: Ana; Executive: Cy) show no figure
# and no gap; --min-group 1 is refused (a group of one never shows)
run assess mini --format json --by role --min-group 2; expect_rc 0
python3 -c "
import json; a = json.load(open('out'))
assert not a['perception_gaps'], a['perception_gaps']
g = {x['name']: x for x in a['groups']}
assert g['Executive']['index'] is None and g['Executive']['respondents'] is None, g['Executive']
assert all(x['by'] == 'role' for x in a['groups'])
" || fail "--by role --min-group 2"
run assess mini --by role --min-group 1; expect_rc 64

# CSV: the index row then dimensions, unrounded
run assess mini --format csv --min-group 2; expect_rc 0
expect_out "by,group,dimension,score,respondents,spread"
expect_out ",,lead,75,4,34.359213546813834"
expect_out "department,Sales,lead,50,2,"

# text: rounded, weakest and widest gaps called out
run assess mini --min-group 2; expect_rc 0
expect_out "Readiness index: 76.0 / 100  Ready with gaps"
expect_out "Weakest dimensions: Leadership 75.0, Data 78.1"
expect_out "Widest perception gaps"
run assess mini --lang fa; expect_rc 0
expect_out "شاخص آمادگی"

# re-import replaces a respondent; BOM, CRLF and Persian answers are read
run survey import mini "$S/mini.csv"; expect_rc 0
expect_out "(4 replaced)"
run survey import mini "$S/bom-crlf.csv"; expect_rc 0
run survey list mini --format csv; expect_rc 0
expect_out "mini,Eve,IT,Staff,2,"
run survey list mini; expect_rc 0
# every imported row has its required answer: complete, whatever optional
# cells are empty
expect_out "Ana"; expect_out "6/6"; expect_out "complete"; expect_no_out "in progress"

# the YAML form
run survey import mini "$S/answers.yaml"; expect_rc 0
expect_out "imported 1 respondent into mini"
run assess mini --format json; expect_rc 0
python3 -c "import json; assert json.load(open('out'))['respondents'] == 6" || fail "yaml import count"

# rm
run survey rm mini Ivy; expect_rc 0
run survey rm mini Ivy; expect_rc 65; expect_err "no respondent 'Ivy' in mini"
run assess nosuch; expect_rc 64; expect_err "unknown questionnaire 'nosuch'"
run assess mini --by team; expect_rc 64; expect_err "expected department or role"
done_testing
