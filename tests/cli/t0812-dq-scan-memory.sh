# dq scan when memory runs out (issue 17 item 7): under a limit on address
# space (ulimit -v) the scan of a 300,000-row export stops with a message
# naming the file and what to do, exit 71 (out of memory, documented), no
# output file or temporary left and the workspace unchanged.
. "$TESTS_DIR/cli/lib.sh"
run dq scan "$DATA/dq/contacts.csv" --date 2026-11-01 -q; expect_rc 0
before=$(db_sum)
awk 'BEGIN {
	print "Id,FirstName,LastName,Email,Phone,MobilePhone,AccountId,MailingCity,MailingCountry,LeadSource,CreatedDate,LastModifiedDate"
	for (i = 1; i <= 300000; i++)
		printf "003%012dAAA,Name%d,Family%d,p%d@c%d.example.com,021 %08d,0912%07d,001%012dAAA,Tehran,Iran,Web,2025-01-10,2026-10-01\n",
			i, i % 977, i % 1511, i, int(i / 7), int(i / 7), i, int(i / 7)
}' >big.csv

# 90 MB: the ICU libraries (calendars, digits) map about 30 MB of their own.
limit=90000
if ! (ulimit -v $limit && "$CRMREADY" --version) >/dev/null 2>&1; then
	# A sanitized build reserves terabytes of address space up front.
	echo "note: the binary does not start under ulimit -v $limit: memory limit not tested"
	done_testing
fi
(ulimit -v $limit; exec "$CRMREADY" dq scan big.csv --clusters-out cl.csv --rows-out rows.csv) >out 2>err
rc=$?
expect_rc 71
expect_err "crmready: out of memory while scanning big.csv (the scan keeps about"
expect_err "give it more memory, or scan the export in parts): nothing was changed"
[ "$(grep -c 'out of memory' err)" = 1 ] || fail "one message expected: $(cat err)"
expect_no_file cl.csv
expect_no_file rows.csv
ls -a | grep -q '\.tmp-' && fail "a temporary output file was left: $(ls -a)"
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a scan out of memory"

# With the memory it needs, the same file scans.
run dq scan big.csv -q; expect_rc 0
n=$(sqlite3 crmready.db "SELECT records FROM dq_scans ORDER BY id DESC LIMIT 1")
[ "$n" = 300000 ] || fail "records: $n"
# Distinct counts stay exact when the hashes are compacted (past 65,536
# values): 977 first names, 1,511 family names, 42,858 accounts, one city.
d=$(sqlite3 crmready.db "SELECT group_concat(field || '=' || distinct_values, ' ') FROM dq_scan_fields
	WHERE scan_id = (SELECT max(id) FROM dq_scans)")
for want in Id=300000 FirstName=977 LastName=1511 Email=300000 AccountId=42858 MailingCity=1; do
	case " $d " in *" $want "*) ;; *) fail "distinct counts: want $want in $d" ;; esac
done
done_testing
