# export writes atomically: bad targets exit 73 and create nothing; a
# failed export leaves an existing workbook untouched and no stray file.
. "$TESTS_DIR/cli/lib.sh"
only() { # only FILE...: the directory holds exactly these (besides out/err)
	want=$(printf '%s\n' "$@" out err | sort)
	have=$(ls -A | sort)
	[ "$have" = "$want" ] || fail "directory holds: $(echo $have)"
}

run export no/such/dir/wb.xlsx; expect_rc 73; expect_err "directory no/such/dir does not exist"
expect_no_file no
mkdir adir
run export adir; expect_rc 73; expect_err "adir: is a directory"
run export adir/; expect_rc 73; expect_err "is a directory"
[ -z "$(ls -A adir)" ] || fail "nothing may be created in adir"
echo "plain" >afile
run export afile/wb.xlsx; expect_rc 73; expect_err "afile is not a directory"
rmdir adir; rm afile
only

# An existing workbook is replaced only by a complete one.
run questionnaire add "$DATA/export/mini.yaml"; expect_rc 0
sqlite3 crmready.db <"$DATA/export/metrics.sql" || fail "loading metrics"
run export wb.xlsx; expect_rc 0
sum1=$(md5sum <wb.xlsx)
# A workspace that cannot be read: the export fails, the workbook stays.
cp crmready.db good.db
printf 'this is not a database at all, just text padded out ..........................................................................................' >crmready.db
run export wb.xlsx; expect_rc 65; expect_err "not a crmready workspace"
[ "$(md5sum <wb.xlsx)" = "$sum1" ] || fail "a failed export changed the existing workbook"
mv good.db crmready.db
only crmready.db wb.xlsx
# A newer schema than this binary knows: refused, workbook untouched.
cp crmready.db newer.db
sqlite3 newer.db "PRAGMA user_version = 9999" || fail "setting user_version"
run --db newer.db export wb.xlsx; expect_rc 65; expect_err "newer than this crmready"
[ "$(md5sum <wb.xlsx)" = "$sum1" ] || fail "a refused export changed the existing workbook"
rm newer.db
only crmready.db wb.xlsx

# A successful re-export replaces the file in place, keeping no temporary.
sqlite3 crmready.db "INSERT INTO metrics VALUES('roi','','2026-11-01',1.5,'manual')"
run export wb.xlsx; expect_rc 0
[ "$(md5sum <wb.xlsx)" != "$sum1" ] || fail "re-export should rewrite the workbook"
only crmready.db wb.xlsx
# A symlinked target: the link stays and the file it points to is replaced
# (atomically, by rename), as a user who links a shared folder expects.
ln -s wb.xlsx link.xlsx
run export link.xlsx; expect_rc 0
[ -L link.xlsx ] || fail "the link should stay a link"
[ "$(readlink link.xlsx)" = wb.xlsx ] || fail "the link should still point to wb.xlsx"
rm link.xlsx
only crmready.db wb.xlsx
# Relative and absolute names both work.
run export "$PWD/abs.xlsx"; expect_rc 0; expect_file abs.xlsx
done_testing
