# The workspace: created on first write only; --db anywhere, CRMREADY_DB,
# and their precedence; files that are not (current) workspaces refused.
. "$TESTS_DIR/cli/lib.sh"
Q="$DATA/questionnaires"

# Read-only commands on a missing workspace create nothing.
run questionnaire list; expect_rc 0; expect_out "crm-readiness"; expect_no_file crmready.db
run questionnaire show crm-readiness; expect_rc 0; expect_no_file crmready.db
run questionnaire validate "$Q/good.yaml"; expect_rc 0; expect_no_file crmready.db
ls -A > files; [ "$(cat files)" = "err
files
out" ] || fail "read-only commands left files: $(cat files)"
# A refused write creates nothing either.
run questionnaire add "$Q/bad/unknown-key.yaml"; expect_rc 65; expect_no_file crmready.db
# The first write creates it.
run questionnaire add "$Q/good.yaml"; expect_rc 0; expect_file crmready.db
expect_out "added questionnaire mini version 1"
[ "$(sqlite3 crmready.db 'PRAGMA journal_mode')" = wal ] || fail "workspace not in WAL mode"
[ "$(sqlite3 crmready.db 'PRAGMA user_version')" -ge 1 ] || fail "no schema version"

# --db before and after the command
run --db a.db questionnaire add "$Q/good.yaml"; expect_rc 0; expect_file a.db
run questionnaire add "$Q/good.yaml" --db b.db; expect_rc 0; expect_file b.db
run questionnaire list --db=b.db; expect_rc 0; expect_out "mini"
run --db c.db questionnaire list; expect_rc 0; expect_no_out "mini"; expect_no_file c.db
# CRMREADY_DB
CRMREADY_DB=env.db "$CRMREADY" questionnaire add "$Q/good.yaml" >out 2>err; rc=$?
expect_rc 0; expect_file env.db
CRMREADY_DB=env.db "$CRMREADY" questionnaire list >out 2>err; expect_out "mini"
# precedence: --db > CRMREADY_DB > ./crmready.db
rm -f crmready.db crmready.db-wal crmready.db-shm env.db env.db-wal env.db-shm
CRMREADY_DB=env.db "$CRMREADY" --db flag.db questionnaire add "$Q/good.yaml" >out 2>err
expect_file flag.db; expect_no_file env.db; expect_no_file crmready.db
CRMREADY_DB=env.db "$CRMREADY" questionnaire add "$Q/good.yaml" >out 2>err
expect_file env.db; expect_no_file crmready.db
CRMREADY_DB= "$CRMREADY" questionnaire add "$Q/good.yaml" >out 2>err
expect_file crmready.db

# A file that is not SQLite: clear message, 65, file untouched.
head -c 20000 /bin/ls > notdb.db 2>/dev/null || printf 'not a database at all\n%.0s' $(seq 1 500) > notdb.db
before=$(md5sum < notdb.db)
run --db notdb.db questionnaire list; expect_rc 65
expect_err "notdb.db is not a crmready workspace (file is not a database)"
run --db notdb.db questionnaire add "$Q/good.yaml"; expect_rc 65
[ "$(md5sum < notdb.db)" = "$before" ] || fail "a non-SQLite file was modified"
# Another program's SQLite database: refused, unchanged.
sqlite3 other.db 'CREATE TABLE orders(id INTEGER)'
run --db other.db questionnaire add "$Q/good.yaml"; expect_rc 65
expect_err "other.db is an SQLite database but not a crmready workspace"
[ "$(sqlite3 other.db .tables)" = orders ] || fail "another program's database was changed"
# A newer schema than this binary knows: refused, for reads and writes.
run --db new.db questionnaire add "$Q/good.yaml"; expect_rc 0
sqlite3 new.db 'PRAGMA user_version=999'
sum=$(db_sum new.db)
run --db new.db questionnaire list; expect_rc 65
expect_err_re "new.db has workspace schema version 999, newer than this crmready understands \([0-9]+\); use a newer crmready"
run --db new.db questionnaire add "$Q/good.yaml"; expect_rc 65
[ "$(db_sum new.db)" = "$sum" ] || fail "a newer workspace was changed"
# A directory given as the workspace
mkdir dir.db
run --db dir.db questionnaire list; expect_rc 66; expect_err "dir.db is a directory, not a workspace file"
run --db dir.db questionnaire add "$Q/good.yaml"; expect_rc 73
# An old (empty, version 0) SQLite file is migrated forward on first write.
sqlite3 old.db 'PRAGMA user_version=0; VACUUM'
run --db old.db questionnaire add "$Q/good.yaml"; expect_rc 0
[ "$(sqlite3 old.db 'PRAGMA user_version')" -ge 1 ] || fail "old workspace not migrated"
done_testing
