# A file read through the wrong --encoding: a Windows-1252 file read as
# Windows-1256 turns "García" into "Garcيa". A word mixing Latin and
# Arabic letters gets a warning naming row and column (the import itself
# goes on: the bytes are valid in both); the right encoding gives none,
# nor does a real Windows-1256 file with Latin and Persian words side by side.
. "$TESTS_DIR/cli/lib.sh"
E="$DATA/encodings"

printf 'Id,Name,Department,Role,License Start\nu1,José García,Ventas,Rep,2025-03-05\nu2,Zoë Brontë,Ventas,Rep,2025-03-05\n' |
	iconv -f UTF-8 -t WINDOWS-1252 > users-1252.csv
run --db w.db roster import users-1252.csv --encoding windows-1256; expect_rc 0
expect_err "users-1252.csv:2:2: warning: row 1: 'Garcيa' mixes Latin and Arabic letters in one word: is the file really in windows-1256?"
[ "$(grep -c 'mixes Latin and Arabic' err)" -eq 1 ] || fail "warned more than once"
run --db r.db roster import users-1252.csv --encoding windows-1252; expect_rc 0
grep -q "mixes Latin" err && fail "a warning with the right encoding"
run --db p.db roster import "$E/users-1256.csv" --encoding windows-1256; expect_rc 0
grep -q "mixes Latin" err && fail "a warning on a real Windows-1256 file"
# A Latin name with a Persian suffix (one change of script) is real text.
printf 'Id,Name,Department,Role,License Start\nu1,CRMها,فروش,Rep,2025-03-05\n' |
	iconv -f UTF-8 -t WINDOWS-1256 > suffix.csv
run --db s.db roster import suffix.csv --encoding windows-1256; expect_rc 0
grep -q "mixes Latin" err && fail "a warning on CRMها"
# Through dq scan, the same shared reader.
printf 'Id,FirstName,LastName,Email\n003A,José,García,f@x.fr\n' | iconv -f UTF-8 -t WINDOWS-1252 > c.csv
run --db d.db dq scan c.csv --encoding windows-1256 --date 2026-11-23
expect_err "c.csv:2:3: warning: row 1: 'Garcيa' mixes Latin and Arabic letters"
done_testing
