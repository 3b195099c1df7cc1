# Each command's entry in the table says whether it reads the workspace,
# writes it or needs none; the dispatcher opens it so before the command
# runs and closes it after.
. "$TESTS_DIR/cli/lib.sh"
ROOT=$(cd "$TESTS_DIR/.." && pwd)
Q="$DATA/questionnaires/good.yaml"

# Needs none: a workspace that cannot be opened does not matter.
mkdir adir
run --db adir questionnaire validate "$Q"; expect_rc 0; expect_out "ok: questionnaire mini"
run --db adir catalogue validate "$DATA/plan/small.yaml"; expect_rc 0
# Reads: the same workspace is an error, said once.
run --db adir questionnaire list; expect_rc 66; expect_err "adir is a directory, not a workspace file"
expect_empty_out
run --db adir rules validate "$DATA/rules/adoption.yaml"; expect_rc 66

# Reads: a missing workspace reads as empty and is not created, even
# where it could not be.
run --db nowhere/w.db gaps; expect_rc 0
run status; expect_rc 0; expect_no_file crmready.db
# Writes: created where it can be, refused where it cannot.
run --db nowhere/w.db gaps set-target process-definition 4; expect_rc 73
expect_err "cannot create workspace nowhere/w.db"
run --db nowhere/w.db assess --save round-1; expect_rc 73
# A command that writes and fails where there was no workspace leaves none.
run catalogue add "$DATA/plan/bad.yaml"; expect_rc 65; expect_no_file crmready.db
run gaps set-target no-such-capability 4; expect_rc 64; expect_no_file crmready.db

# A command that reads or writes on request (assess --save, gaps set-target)
# opens the workspace for writing only then.
awk -v what=readiness -v n=12 -f "$ROOT/scripts/gen-sample.awk" > answers.csv
run survey import crm-readiness answers.csv; expect_rc 0; expect_file crmready.db
sum=$(db_sum)
run assess --format json; expect_rc 0
[ "$(db_sum)" = "$sum" ] || fail "assess without --save changed the workspace"
run assess --save round-1; expect_rc 0; expect_err "saved snapshot round-1 of crm-readiness"
[ "$(db_sum)" != "$sum" ] || fail "assess --save wrote nothing"
done_testing
