# dq checks add|validate|list|show, and scanning with workspace checks.
. "$TESTS_DIR/cli/lib.sh"
run dq checks list; expect_rc 0; expect_out "salesforce-contact"; expect_out "shipped"
expect_no_file crmready.db
run dq checks show salesforce-contact; expect_rc 0; expect_out "id: salesforce-contact"
run dq checks validate "$DATA/dq/small-checks.yaml"; expect_rc 0; expect_out "small-checks.yaml: ok: checks small version 1, 2 fields, 1 duplicate rules"
run dq checks validate "$DATA/dq/small-checks.yaml" "$DATA/dq/bad-checks.yaml"; expect_rc 65
expect_out "small-checks.yaml: ok"; expect_err "bad-checks.yaml:3:21"
expect_no_file crmready.db

run dq checks add "$DATA/dq/small-checks.yaml"; expect_rc 0; expect_out "added checks small version 1"
run dq checks list --format json; expect_rc 0
python3 -c 'import json; d = json.load(open("out")); assert [c["id"] for c in d["checks"]] == ["salesforce-contact", "small"], d; assert d["checks"][1]["origin"] == "workspace"' || fail "list JSON"
run dq checks show small; expect_rc 0; expect_out "entity: people"; expect_err "workspace checks small version 1"
run dq checks add "$DATA/dq/small-checks.yaml"; expect_rc 0; expect_out "already known; nothing changed"
before=$(db_sum)
sed 's/LastName, required: true/LastName/' "$DATA/dq/small-checks.yaml" >changed.yaml
run dq checks add changed.yaml; expect_rc 65; expect_err "raise 'version' above 1"
run dq checks add "$DATA/dq/bad-checks.yaml"; expect_rc 65; expect_err "bad-checks.yaml:4:45"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a refused add"
sed 's/^version: 1/version: 2/' changed.yaml >v2.yaml
run dq checks add v2.yaml; expect_rc 0; expect_out "added checks small version 2"

# The workspace checks by id: their entity is the default scope.
run dq scan "$DATA/dq/contacts.csv" --checks small --date 2026-11-23; expect_rc 0
expect_out "checks small, entity people"
expect_out "duplicates: 1 clusters holding 2 records, 1 redundant (10.0%)"
[ "$(sqlite3 crmready.db "SELECT value FROM metrics WHERE name = 'dq.duplicate_rate' AND scope = 'entity=people'")" = "0.1" ] || fail "scope entity=people"

run dq checks; expect_rc 64; expect_err "crmready dq checks: missing subcommand"
run dq checks lsit; expect_rc 64; expect_err "did you mean 'list'"
run dq checks show nope; expect_rc 64; expect_err "unknown checks 'nope'"
run dq checks add; expect_rc 64
done_testing
