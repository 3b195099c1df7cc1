# questionnaire add (new, upgrade, refusals), list, show in English and
# Persian, JSON and CSV.
. "$TESTS_DIR/cli/lib.sh"
Q="$DATA/questionnaires"

run questionnaire add "$Q/good.yaml"; expect_rc 0
expect_out "added questionnaire mini version 1 (7 questions, 2 dimensions, 1 capabilities)"
run questionnaire list; expect_rc 0
expect_out "mini                           1  workspace         7          2  Mini readiness"
expect_out "crm-readiness                  1  shipped  "

# Upgrade: same id, higher version.
sed 's/^version: 1$/version: 2/; s/Anything else?/Anything more?/' "$Q/good.yaml" > v2.yaml
run questionnaire add v2.yaml; expect_rc 0; expect_out "added questionnaire mini version 2"
run questionnaire show mini; expect_rc 0; expect_out "Anything more?"; expect_out "version 2"

# Refusals: same version with other content, lower version; workspace unchanged.
sum=$(db_sum)
sed 's/^version: 1$/version: 2/; s/Anything else?/Something else?/' "$Q/good.yaml" > v2b.yaml
run questionnaire add v2b.yaml; expect_rc 65
expect_err "v2b.yaml: questionnaire 'mini' version 2 is already in the workspace with version 2; raise 'version' above 2 to upgrade it"
run questionnaire add "$Q/good.yaml"; expect_rc 65
expect_err "questionnaire 'mini' version 1 is already in the workspace with version 2"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by a refused add"
# The very same file again changes nothing, and says so.
run questionnaire add v2.yaml; expect_rc 0
expect_out "questionnaire mini version 2 is already known; nothing changed"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by an identical add"
# A shipped id needs a higher version than the shipped one.
sed 's/^id: mini$/id: crm-readiness/' "$Q/good.yaml" > shadow.yaml
run questionnaire add shadow.yaml; expect_rc 65
expect_err "questionnaire 'crm-readiness' version 1 is already in the shipped content with version 1"
# An invalid file: every error, nothing written.
run questionnaire add "$Q/bad/duplicate-option.yaml"; expect_rc 65
expect_err "duplicate-option.yaml:53:14: error: duplicate option id 'web'"
[ "$(db_sum)" = "$sum" ] || fail "workspace changed by an invalid add"

# list as JSON and CSV
run questionnaire list --format json; expect_rc 0
expect_out '"questionnaires": ['; expect_out '"id": "mini"'; expect_out '"version": 2'
expect_out '"origin": "shipped"'
run questionnaire list --format csv; expect_rc 0
head -n 1 out > first
[ "$(cat first)" = "id,version,title,questions,dimensions,capabilities,origin" ] || fail "csv header: $(cat first)"
expect_out "crm-readiness,1,CRM readiness,"
expect_out "mini,2,Mini readiness,7,2,1,v2.yaml"

# show: a file, an id, JSON
run questionnaire show "$Q/good.yaml"; expect_rc 0
expect_out "Mini readiness  (mini, version 1)"; expect_out "Scale 1..5: 1 = Strongly disagree, 5 = Strongly agree"
expect_out "exec-sponsor  (likert, weight 2, required)"
expect_out "crm-age  (number, when answer(\"has-crm\") == \"yes\")"
expect_out "      - business: The business (100)"
run questionnaire show crm-readiness --format json; expect_rc 0
expect_out '"id": "crm-readiness"'; expect_out '"questions": ['; expect_out '"source": '
run questionnaire show "$Q/bad/unknown-type.yaml"; expect_rc 65
expect_err "unknown-type.yaml:26:11: error: unknown question type 'likret' (did you mean 'likert'?)"

# Persian: --lang fa and CRMREADY_LANG=fa
run questionnaire show crm-readiness --lang fa; expect_rc 0
expect_out "آمادگی سازمان برای CRM"; expect_out "مقیاس ۱ تا ۵"; expect_out "کاملاً موافقم"
expect_no_out "Strongly agree"
CRMREADY_LANG=fa "$CRMREADY" questionnaire show crm-readiness >out 2>err; rc=$?
expect_rc 0; expect_out "آمادگی سازمان برای CRM"
# --lang beats CRMREADY_LANG; a bad CRMREADY_LANG warns and falls back.
CRMREADY_LANG=fa "$CRMREADY" questionnaire show crm-readiness --lang en >out 2>err
expect_out "CRM readiness  (crm-readiness"
CRMREADY_LANG=de "$CRMREADY" questionnaire show crm-readiness >out 2>err; rc=$?
expect_rc 0; expect_err "CRMREADY_LANG='de' is not one of en, ar, fa; using en"; expect_out "CRM readiness"
# A missing Persian text falls back to English.
run questionnaire show "$Q/good.yaml" --lang fa; expect_rc 0
expect_out "آمادگی کوچک"; expect_out "Anything else?"

# A broken workspace copy (sorting first, "a-broken"): said, the rest still
# listed, and the CSV header always printed (it came with the first row).
sed 's/^id: mini$/id: a-broken/' "$Q/good.yaml" > broken.yaml
run questionnaire add broken.yaml; expect_rc 0
sqlite3 crmready.db "UPDATE documents SET source = 'id: [' WHERE id = 'a-broken'"
run questionnaire list --format csv; expect_rc 65
head -n 1 out > first
[ "$(cat first)" = "id,version,title,questions,dimensions,capabilities,origin" ] || fail "csv header with a broken entry: $(cat first)"
expect_out "crm-readiness,1,"; expect_err "a-broken (workspace copy of broken.yaml):2:1: error:"
done_testing
