# `dq report` and the HTML report agree on which scan is the latest: by scan
# date, then by run order. An older export scanned after a newer one (a
# back-fill) does not become "the latest".
. "$TESTS_DIR/cli/lib.sh"
# old.csv: 4 records, Email filled in 2 (50.0%); contacts.csv: Email 90.0%.
cat >old.csv <<'CSV'
Id,FirstName,LastName,Email,Phone,MobilePhone,AccountId,MailingCity,MailingCountry,LeadSource,CreatedDate,LastModifiedDate
003000000000001,Ali,Rezaei,ali@acme.ir,,,,,,Web,2023-01-10,2023-01-10
003000000000002,Alireza,Rahimi,ali@acme.ir,,,,,,Web,2023-01-11,2023-01-11
003000000000003,Sara,Karimi,,,,,,,Web,2023-02-01,2023-02-01
003000000000004,Sara,Karimi,,,,,,,Web,2023-02-02,2026-10-01
CSV
run dq scan "$DATA/dq/contacts.csv" --date 2026-11-23 --quiet; expect_rc 0
run dq scan old.csv --date 2026-09-01 --quiet; expect_rc 0

run dq report; expect_rc 0
expect_out "data quality of Contact: latest scan 2026-11-23 of $DATA/dq/contacts.csv (10 records"
expect_out "Email               90.0%    88.9%"
run dq report --format json; expect_rc 0
python3 -c 'import json; d = json.load(open("out")); s = d["latest"]; assert s["date"] == "2026-11-23", s' ||
	fail "json: the latest scan"

run report r.html; expect_rc 0
# the HTML's field table reads the same scan: Email 90.0% complete, not 50.0%
python3 - <<'PY' || fail "html: the latest scan's fields"
import re
h = open('r.html', encoding='utf-8').read()
row = re.search(r'<tr><td>Contact</td><td>Email</td>(.*?)</tr>', h)
assert row and '90.0%' in row.group(1) and '50.0%' not in row.group(1), row and row.group(1)
PY

# Two scans on one date: the one run last is the latest, in both.
run dq scan old.csv --date 2026-11-23 --quiet; expect_rc 0
run dq report; expect_rc 0
expect_out "latest scan 2026-11-23 of old.csv (4 records"
expect_out "Email               50.0%   100.0%"
run report r.html; expect_rc 0
python3 - <<'PY' || fail "html: the same date, the last run"
import re
h = open('r.html', encoding='utf-8').read()
row = re.search(r'<tr><td>Contact</td><td>Email</td>(.*?)</tr>', h)
assert row and '50.0%' in row.group(1), row and row.group(1)
PY
done_testing
