#!/bin/sh
# crmready init: creates the workspace, stores the organisation, prints the
# next steps; harmless when run again; bad names and non-workspaces refused
# with nothing written.
. "$TESTS_DIR/cli/lib.sh"

run init --org "Acme Ltd"
expect_rc 0
expect_out "Created the workspace crmready.db (organisation: Acme Ltd)."
expect_out "Next steps:"
expect_out "crmready survey import crm-readiness answers.csv"
expect_out "crmready demo crm-demo"
expect_file crmready.db
[ "$(sqlite3 crmready.db "SELECT value FROM meta WHERE key = 'organisation'")" = "Acme Ltd" ] ||
	fail "organisation stored"
[ "$(sqlite3 crmready.db "SELECT value FROM meta WHERE key = 'created'")" = "2026-11-23" ] ||
	fail "creation date stored"

# Again: nothing changes without --org; --org renames.
before=$(db_sum)
run init
expect_rc 0
expect_out "crmready.db is already a workspace (organisation: Acme Ltd); nothing changed."
[ "$(db_sum)" = "$before" ] || fail "re-init changed the workspace"
run init --org "Acme Holdings" -q
expect_rc 0
expect_out "its organisation is now Acme Holdings"
expect_no_out "Next steps"
[ "$(sqlite3 crmready.db "SELECT value FROM meta WHERE key = 'organisation'")" = "Acme Holdings" ] ||
	fail "organisation renamed"

# Another place, through --db and CRMREADY_DB; the steps say so.
run init --db other/x.db
expect_rc 73
expect_no_file other
mkdir other
run --db other/x.db init
expect_rc 0
expect_out "Created the workspace other/x.db."
expect_out "Next steps (with --db or CRMREADY_DB set to this workspace):"
CRMREADY_DB=env.db run init
expect_file env.db

# Bad names: usage errors, nothing created.
run init --org "" --db bad.db
expect_rc 64
expect_err "--org: expected a name of 1 to 200 characters"
run init --org "$(printf 'a\033[31mred')" --db bad.db
expect_rc 64
run init --org "$(head -c 201 /dev/zero | tr '\0' x)" --db bad.db
expect_rc 64
expect_no_file bad.db
run init extra
expect_rc 64
expect_err "unexpected argument 'extra'"

# Not a workspace: refused, untouched.
echo "not a database" >notes.txt
cp notes.txt notes.orig
run init --db notes.txt --org X
expect_rc 65
cmp -s notes.txt notes.orig || fail "a non-workspace file was changed"

# The organisation shows in the HTML report, escaped.
run init --org 'R&D <Team> "Q"' --db esc.db
expect_rc 0
run report esc.html --db esc.db
expect_rc 0
grep -q 'R&amp;D &lt;Team&gt; &quot;Q&quot;' esc.html || fail "organisation escaped in the report"
grep -q '<Team>' esc.html && fail "raw organisation in the report"

run init --help
expect_rc 0
expect_out "usage: crmready init [--org NAME]"
done_testing
