# dq scan reads rows on one thread and checks them on two others, in
# batches of 2048 rows: a file of many batches with problems on the batch
# edges gives the same counts, examples in row order, --rows-out in file
# order, clusters joined across batches; an error row late in the file
# still stores nothing.
. "$TESTS_DIR/cli/lib.sh"

# 20000 clean contacts (each its own account, domain and name), then
# planted problems and duplicates.
awk 'BEGIN {
	print "Id,FirstName,LastName,Email,Phone,MobilePhone,AccountId,MailingCity,MailingCountry,LeadSource,CreatedDate,LastModifiedDate"
	split("1 2047 2048 2049 4096 4097 8191 12288 19999 20000", b, " ")
	for (k in b) bad_email[b[k]] = 1
	split("2048 6144 16384", c, " ")
	for (k in c) bad_source[c[k]] = 1
	for (i = 1; i <= 20000; i++) {
		first = "F" i; last = "L" i; acc = sprintf("001%012d", i)
		email = "u" i "@d" i ".example.com"
		if (i in bad_email) email = "bad" i
		if (i == 15000) email = " U3000@D3000.example.com "
		if (i == 5000) { first = "Behnam"; last = "Karimi" }
		if (i == 17000) { first = "Behnam"; last = "Karimy"; acc = sprintf("001%012d", 5000) }
		source = (i in bad_source) ? "Cold call" : "Web"
		modified = i <= 5000 ? "2025-01-01" : "2026-10-01"
		printf "%s,%s,%s,%s,,,%s,Tehran,Iran,%s,2025-01-01,%s\n", sprintf("003%012d", i),
			first, last, email, acc, source, modified
	}
}' >big.csv

run dq scan big.csv --date 2026-11-01 --rows-out rows.csv --clusters-out clusters.csv
expect_rc 0
expect_out "big.csv: 20000 records"
expect_out "  Email row 1: not an e-mail address 'bad1'"
expect_out "  Email row 2047: not an e-mail address 'bad2047'"
expect_out "  Email row 2048: not an e-mail address 'bad2048'"
expect_out "  Email row 2049: not an e-mail address 'bad2049'"
expect_out "  Email row 4096: not an e-mail address 'bad4096'"
expect_out "  Email: 5 more"
expect_out "  LeadSource row 2048: not an allowed value 'Cold call'"
expect_out "  LeadSource row 16384: not an allowed value 'Cold call'"
expect_out "freshness: 15000 of 20000 records modified within 365 days of 2026-11-01"
expect_out "duplicates: 2 clusters holding 4 records, 2 redundant"
# Examples are in row order: the first five Email rows, nothing later.
grep '^  Email row' out | sed 's/: .*//' >ex.txt
printf '  Email row 1\n  Email row 2047\n  Email row 2048\n  Email row 2049\n  Email row 4096\n' >ex.want
cmp -s ex.txt ex.want || fail "Email examples not the first five in row order"

# --rows-out: every problem in file order (row, then field order).
cut -d, -f1,4,5 rows.csv >rows.got
cat >rows.want <<'EOF'
row,column,problem
1,Email,not an e-mail address
2047,Email,not an e-mail address
2048,Email,not an e-mail address
2048,LeadSource,not an allowed value
2049,Email,not an e-mail address
4096,Email,not an e-mail address
4097,Email,not an e-mail address
6144,LeadSource,not an allowed value
8191,Email,not an e-mail address
12288,Email,not an e-mail address
16384,LeadSource,not an allowed value
19999,Email,not an e-mail address
20000,Email,not an e-mail address
EOF
cmp -s rows.got rows.want || { diff rows.want rows.got >&2; fail "rows-out order"; }

# Clusters joined across batches, numbered by their first record.
cut -d, -f1-4 clusters.csv >clusters.got
cat >clusters.want <<'EOF'
cluster,row,id,match
1,3000,003000000003000,email
1,15000,003000000015000,email
2,5000,003000000005000,name
2,17000,003000000017000,name
EOF
cmp -s clusters.got clusters.want || { diff clusters.want clusters.got >&2; fail "clusters"; }

# The exact figures, as JSON.
run --format json dq report
expect_rc 0
run dq scan big.csv --date 2026-11-01 --format json --entity again
expect_rc 0
[ "$(jq '.fields[] | select(.field == "Email") | [.filled, .checked, .valid, .distinct, .problems] | tostring' out)" = '"[20000,20000,19990,20000,10]"' ] ||
	fail "Email figures"
[ "$(jq '.fields[] | select(.field == "LeadSource") | [.valid, .distinct, .problems] | tostring' out)" = '"[19997,2,3]"' ] ||
	fail "LeadSource figures"
[ "$(jq '.fields[] | select(.field == "MailingCity") | .distinct' out)" = 1 ] || fail "MailingCity distinct"
[ "$(jq '[.records, .clusters, .redundant] | tostring' out)" = '"[20000,2,2]"' ] || fail "records and clusters"
[ "$(jq '[.duplicate_rules[].records] | tostring' out)" = '"[2,0,2]"' ] || fail "records per rule"

# A ragged row deep in the file (after many batches went to the workers):
# named, nothing stored, no output files.
before=$(db_sum)
awk 'NR == 18001 { print "003000000099999,Too,Short"; next } { print }' big.csv >ragged.csv
run dq scan ragged.csv --date 2026-11-01 --rows-out rows2.csv --clusters-out cl2.csv
expect_rc 65
expect_err "ragged.csv: row 18000 (line 18001), column 4: error: found 3 cells, expected 12 as in the header"
expect_no_file rows2.csv
expect_no_file cl2.csv
[ "$(db_sum)" = "$before" ] || fail "workspace changed (ragged row)"
# Invalid UTF-8 late in the file: the same.
awk 'NR == 19001 { sub(/F19000/, "F\377") } { print }' big.csv >utf8.csv
run dq scan utf8.csv --date 2026-11-01
expect_rc 65
expect_err "utf8.csv: row 19000 (line 19001), column 2: error: invalid UTF-8 at byte 2 of the cell"
[ "$(db_sum)" = "$before" ] || fail "workspace changed (invalid UTF-8)"
done_testing
