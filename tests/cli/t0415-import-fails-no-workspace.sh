# An import that is refused where there was no workspace leaves none behind:
# the folder is exactly as it was (no crmready.db, -wal or -shm). Before,
# the refused command had already created an empty workspace file.
. "$TESTS_DIR/cli/lib.sh"
none() {
	for f in crmready.db crmready.db-wal crmready.db-shm; do
		[ ! -e "$f" ] || fail "$1 left $f behind"
	done
}

printf 'Timestamp,What is this?\n2026-11-02 10:00,3\n' >answers.csv
run survey import crm-readiness answers.csv; expect_rc 65; expect_err "answers.csv"
none "survey import (unknown column)"

printf 'Id,Department\nu1,Sales\nu1,Service\n' >roster.csv
run roster import roster.csv; expect_rc 65; expect_err "roster.csv"
none "roster import (duplicate id)"

printf '"Id","UserId","LoginTime"\n"1","u1","yesterday"\n' >log.csv
run adoption import log.csv; expect_rc 65; expect_err "log.csv"
none "adoption import (bad time)"

printf 'FirstName,LastName\nAli,Rezaei\n' >contacts.csv
run dq scan contacts.csv; expect_rc 65; expect_err "Id"
none "dq scan (no id column)"

run goal add --phase pilot --metric adoption.active_rat --op ">=" --target 0.5 --due 2027-01-31
expect_rc 64
none "goal add (misspelt metric)"

# A command that succeeds creates it.
printf 'Id,Department\nu1,Sales\n' >roster.csv
run roster import roster.csv; expect_rc 0
expect_file crmready.db
done_testing
