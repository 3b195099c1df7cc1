# Faults: a command killed half way, a full disk, a read-only workspace,
# two imports at once, a damaged workspace. The workspace must stay
# consistent (integrity_check ok, same contents as before) and each failure
# must say what happened with exit 73/74 (65 for a damaged file).
. "$TESTS_DIR/cli/lib.sh"
ROOT=$(cd "$TESTS_DIR/.." && pwd)
export CRMREADY_DB="$PWD/w.db"

# A copy of the workspace with everything committed (the -wal included).
copy_ws() { rm -f "$2"; sqlite3 "$1" ".backup '$2'"; }
integrity() { sqlite3 "${1:-w.db}" "PRAGMA integrity_check" 2>&1; }
gen() { awk -v what=readiness -v n="$1" -f "$ROOT/scripts/gen-sample.awk"; }

gen 50 > small.csv
# 100,000 respondents: 1,000 generated ones repeated under new names
# (generating them all takes too long on a loaded machine).
gen 1000 | awk -F, 'NR == 1 { print; next } { r[NR] = $0 }
	END { for (k = 0; k < 100; k++) for (i = 2; i <= NR; i++) { s = r[i]; sub(/,/, "-" k ",", s); print s } }' > big.csv
run survey import crm-readiness small.csv
expect_rc 0
run metric record adoption.active_rate 0.4 --date 2026-11-01
expect_rc 0
"$CRMREADY" assess --format json > before.json
before=$(db_sum w.db)

# --- SIGKILL in the middle of a 100,000-respondent import: the -wal file
# has grown by megabytes of the new transaction when the command dies.
"$CRMREADY" survey import crm-readiness big.csv >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 3000 ]; do
	s=$(stat -c %s w.db-wal 2>/dev/null || echo 0)
	[ "$s" -gt 3000000 ] && break
	kill -0 $pid 2>/dev/null || break
	sleep 0.01
	i=$((i + 1))
done
if kill -9 $pid 2>/dev/null; then
	wait $pid
	echo "killed the import with a $s-byte WAL"
else
	wait $pid
	fail "the import finished before it could be killed"
fi
[ "$(integrity)" = ok ] || fail "integrity after SIGKILL: $(integrity)"
[ "$(db_sum w.db)" = "$before" ] || fail "workspace changed by a killed import"
run assess --format json
cmp -s out before.json || fail "figures changed by a killed import"

# --- SIGKILL in the middle of a 1,000,000-row adoption (login) import.
awk 'BEGIN { print "Id,Name,Department,Title,LicenseStart"; for (i = 0; i < 2000; i++) printf "u%d,User %d,D%d,Rep,2025-01-06\n", i, i, i % 7 }' > roster.csv
awk -v n=1000000 -v users=2000 -f "$DATA/hostile/gen-logins.awk" > logins.csv
run roster import roster.csv; expect_rc 0
run adoption import "$DATA/adoption/login.csv"; expect_rc 0
"$CRMREADY" adoption report --format json > adoption-before.json
before=$(db_sum w.db)
"$CRMREADY" adoption import logins.csv >/dev/null 2>&1 &
pid=$!
i=0
while [ $i -lt 3000 ]; do
	s=$(stat -c %s w.db-wal 2>/dev/null || echo 0)
	[ "$s" -gt 2000000 ] && break
	kill -0 $pid 2>/dev/null || break
	sleep 0.01
	i=$((i + 1))
done
if kill -9 $pid 2>/dev/null; then
	wait $pid
	echo "killed the adoption import with a $s-byte WAL"
else
	wait $pid
	fail "the adoption import finished before it could be killed"
fi
[ "$(integrity)" = ok ] || fail "integrity after killing adoption import: $(integrity)"
[ "$(db_sum w.db)" = "$before" ] || fail "workspace changed by a killed adoption import"
run adoption report --format json
cmp -s out adoption-before.json || fail "adoption figures changed by a killed import"
"$CRMREADY" assess --format json > before.json

# --- SIGKILL during dq scan (scan, then one transaction): at a few moments.
awk 'BEGIN { print "Id,FirstName,LastName,Email,Phone,MobilePhone,AccountId,MailingCity,MailingCountry,LeadSource,CreatedDate,LastModifiedDate";
	for (i = 0; i < 60000; i++) printf "003%06d,Ann%d,Lee,a%d@x.com,+1555%07d,,001%d,Tehran,Iran,Web,2025-01-01,2026-01-01\n", i, i % 500, i % 9000, i, i % 700 }' > contacts.csv
run dq scan contacts.csv --db scan-check.db
expect_rc 0 "dq scan of the generated contacts"
for delay in 0.2 0.6 1.2; do
	"$CRMREADY" dq scan contacts.csv >/dev/null 2>&1 &
	pid=$!
	sleep $delay
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	[ "$(integrity)" = ok ] || fail "integrity after killing dq scan at ${delay}s"
	n=$(sqlite3 w.db "SELECT count(*) FROM dq_scans")
	m=$(sqlite3 w.db "SELECT count(*) FROM metrics WHERE name LIKE 'dq.%'")
	# all of a scan or none of it: a scan row comes with its metrics
	if [ "$n" -eq 0 ]; then [ "$m" -eq 0 ] || fail "dq metrics without a scan"; fi
	if [ "$n" -gt 0 ]; then [ "$m" -gt 0 ] || fail "a dq scan without its metrics"; fi
done
sqlite3 w.db "DELETE FROM dq_scan_fields; DELETE FROM dq_scans; DELETE FROM metrics WHERE name LIKE 'dq.%'"
[ "$(db_sum w.db)" = "$before" ] || fail "dq cleanup did not restore the workspace"

# --- A file size limit (ulimit -f): writes fail with EFBIG, not a signal.
(ulimit -f 2000; "$CRMREADY" survey import crm-readiness big.csv >out 2>err)
rc=$?
expect_rc 74
expect_err "File too large"
expect_err "nothing imported"
[ "$(integrity)" = ok ] || fail "integrity after a full file: $(integrity)"
[ "$(db_sum w.db)" = "$before" ] || fail "workspace changed by a failed import (ulimit)"

# Output files hit the limit too: 74, and no partial file is left.
cp w.db lim.db
(ulimit -f 100; CRMREADY_DB=lim.db "$CRMREADY" dq scan contacts.csv --rows-out rows.csv --clusters-out cl.csv >out 2>err)
rc=$?
expect_rc 74 "dq scan outputs over the file size limit"
expect_err "write error: File too large"
ls rows.csv* cl.csv* >/dev/null 2>&1 && fail "a partial dq output was left"
(ulimit -f 4; "$CRMREADY" export book.xlsx >out 2>err)
rc=$?
[ "$rc" -eq 73 ] || [ "$rc" -eq 74 ] || fail "export over the file size limit: exit $rc"
ls book.xlsx .book.xlsx* >/dev/null 2>&1 && fail "a partial workbook was left"
[ "$(db_sum w.db)" = "$before" ] || fail "workspace changed by failed outputs"

# --- A really full disk, when this test may mount a small tmpfs (root).
mkdir -p small
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=2m tmpfs small 2>/dev/null; then
	copy_ws w.db small/w.db
	CRMREADY_DB=small/w.db "$CRMREADY" survey import crm-readiness big.csv >out 2>err
	rc=$?
	expect_rc 74 "a full disk is an I/O error, like every output"
	expect_err_re "disk is full|No space left"
	# Checked from a copy: sqlite3's own reading needs room on the full disk
	# for its shared-memory file, which a loaded machine may not leave.
	mkdir -p full-copy && cp small/w.db* full-copy/
	[ "$(integrity full-copy/w.db)" = ok ] || fail "integrity after a full disk"
	[ "$(db_sum full-copy/w.db)" = "$before" ] || fail "workspace changed by a full disk"
	umount small || { sleep 1; umount small; }
else
	echo "note: cannot mount a tmpfs here: full disk tested through ulimit -f only"
fi

# --- A read-only workspace: writes refused with 73, reads still work.
mkdir -p ro
copy_ws w.db ro/w.db
ro_done=no
if [ "$(id -u)" = 0 ]; then
	if mount --bind ro ro 2>/dev/null && mount -o remount,ro,bind ro 2>/dev/null; then
		ro_done=mount
	fi
else
	chmod 555 ro && chmod 444 ro/w.db && ro_done=chmod
fi
if [ "$ro_done" != no ]; then
	CRMREADY_DB=ro/w.db "$CRMREADY" survey import crm-readiness small.csv >out 2>err
	rc=$?
	expect_rc 73 "import into a read-only workspace"
	expect_err "cannot write workspace ro/w.db"
	CRMREADY_DB=ro/w.db "$CRMREADY" metric record adoption.active_rate 0.9 >out 2>err
	rc=$?
	expect_rc 73 "metric record into a read-only workspace"
	CRMREADY_DB=ro/w.db "$CRMREADY" assess --format json >out 2>err
	rc=$?
	expect_rc 0 "assess of a read-only workspace"
	cmp -s out before.json || fail "read-only assess differs"
	CRMREADY_DB=ro/w.db "$CRMREADY" metric list >out 2>err
	rc=$?
	expect_rc 0 "metric list of a read-only workspace"
	expect_out "adoption.active_rate"
	# (a loaded machine may hold the mount busy for a moment)
	[ "$ro_done" = mount ] && { umount ro || { sleep 1; umount ro; } || fail "cannot unmount ro"; }
	[ "$ro_done" = chmod ] && chmod 755 ro
	[ "$(db_sum ro/w.db)" = "$before" ] || fail "read-only workspace changed"
else
	echo "note: cannot make a read-only folder here"
fi
# A folder that does not exist (or cannot be written) for a new workspace.
CRMREADY_DB=nowhere/w.db "$CRMREADY" metric record adoption.active_rate 0.9 >out 2>err
rc=$?
expect_rc 73
expect_err "cannot create workspace nowhere/w.db: No such file or directory"

# --- Two imports at once into one workspace: both succeed (one waits).
head -n 10001 big.csv > a.csv
sed 's/^\([^,]*\),/\1-b,/; 1s/^respondent-b,/respondent,/' a.csv > b.csv
copy_ws w.db two.db
CRMREADY_DB=two.db "$CRMREADY" survey import crm-readiness a.csv >a.out 2>a.err &
p1=$!
CRMREADY_DB=two.db "$CRMREADY" survey import crm-readiness b.csv >b.out 2>b.err &
p2=$!
wait $p1; r1=$?
wait $p2; r2=$?
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] || fail "concurrent imports: exit $r1 and $r2: $(cat a.err b.err)"
[ "$(integrity two.db)" = ok ] || fail "integrity after concurrent imports"
n=$(sqlite3 two.db "SELECT count(*) FROM respondents")
[ "$n" -eq 20050 ] || fail "concurrent imports: $n respondents, expected 20050"

# --- Damaged workspaces are refused (65), and left as they were.
copy_ws w.db t1.db; truncate -s 20000 t1.db
copy_ws w.db t2.db; printf '\377\377\377\377\377\377\377\377' | dd of=t2.db bs=1 seek=100 conv=notrunc 2>/dev/null
copy_ws w.db t3.db; head -c 16 t3.db > t3b.db; mv t3b.db t3.db
copy_ws w.db t4.db; truncate -s 1000 t4.db
printf 'SQLite format 3\000garbage garbage garbage' > t5.db
for f in t1 t2 t3 t4 t5; do
	s=$(md5sum < $f.db)
	for cmd in "assess" "status" "metric list" "survey import crm-readiness small.csv" \
		   "metric record adoption.active_rate 0.5"; do
		CRMREADY_DB=$f.db "$CRMREADY" $cmd >out 2>err
		rc=$?
		expect_rc 65 "$f.db: $cmd"
		expect_err_re "$f.db (is not a crmready workspace|.*damaged)"
		grep -q "Sanitizer\|runtime error" err && fail "$f.db: $cmd: sanitizer report"
	done
	[ "$(md5sum < $f.db)" = "$s" ] || fail "$f.db was modified"
done
# A page a command reads is damaged: refused when read.
copy_ws w.db t6.db
page=$(sqlite3 w.db "SELECT rootpage FROM sqlite_master WHERE name = 'metrics'")
size=$(sqlite3 w.db "PRAGMA page_size")
dd if=/dev/zero of=t6.db bs=1 seek=$(( (page - 1) * size )) count=64 conv=notrunc 2>/dev/null
CRMREADY_DB=t6.db "$CRMREADY" metric list >out 2>err
rc=$?
expect_rc 65 "damaged metrics page"
expect_err "malformed"

done_testing
