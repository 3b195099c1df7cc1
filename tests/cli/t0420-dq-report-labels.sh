# A Salesforce report export of Contacts (labels as headers, dates in the
# user's locale): the id column hinted by its label, a renamed field
# matched to its label ("Mobile" for MobilePhone), and --date-format for
# the locale's dates, so validity and freshness are what the ISO export
# gives. No "not checked" warning for the id after the fatal error.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/dq"

# The standard export with US dates (M/D/YYYY) and a report's labels.
python3 - "$D/contacts.csv" > us.csv <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8')))
for r in rows[1:]:
    for i in (10, 11):
        p = r[i][:10].split('-')
        if len(p) == 3:
            r[i] = '%d/%d/%s' % (int(p[1]), int(p[2]), p[0])
csv.writer(sys.stdout, lineterminator='\r\n').writerows(rows)
PY
cp "$D/contacts.csv" iso.csv
run --db iso.db dq scan iso.csv --date 2026-11-23; expect_rc 0
grep -E "^(CreatedDate|LastModifiedDate|freshness|completeness)" out > iso.txt
run --db us.db dq scan us.csv --date 2026-11-23 --date-format '%m/%d/%Y'; expect_rc 0
grep -E "^(CreatedDate|LastModifiedDate|freshness|completeness)" out > us.txt
cmp -s iso.txt us.txt || fail "--date-format: figures differ from the ISO export"
expect_out "freshness: 8 of 10 records modified within 365 days of 2026-11-23 (80.0%)"
run --db x.db dq scan us.csv --date 2026-11-23 --date-format '%m/%q'; expect_rc 64
expect_err "--date-format '%m/%q'"
expect_no_file x.db

# Labels: "Mobile" for MobilePhone is offered as the close match.
sed '1s/,MobilePhone,/,Mobile,/' "$D/contacts.csv" > labels.csv
run --db l.db dq scan labels.csv --date 2026-11-23; expect_rc 0
expect_err "labels.csv:1: warning: no column 'MobilePhone': not checked (did you mean 'Mobile'?)"

# The id under its report label: the hint names it, and the id is not
# also "not checked".
sed '1s/^Id,/Contact ID,/' "$D/contacts.csv" > noid.csv
run --db n.db dq scan noid.csv --date 2026-11-23; expect_rc 65
expect_err "noid.csv:1: error: missing column 'Id' needed by record_id: the column 'Contact ID' looks like it (a report export labels its columns); rename it to 'Id'"
grep -q "no column 'Id': not checked" err && fail "a 'not checked' warning for the missing id"
expect_no_file n.db
done_testing
