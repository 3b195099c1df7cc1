# dq scan of a partial Contact export (issue 17 item 2): the columns the
# checks name that the file lacks are listed as not checked in the scan's
# text and JSON, in dq report, the workbook and the HTML report; they store
# no metric and do not lower the score; extra columns are ignored; only a
# missing record id column is fatal (65, workspace unchanged).
. "$TESTS_DIR/cli/lib.sh"
csv="$DATA/dq/partial-contacts.csv"

run dq scan "$csv" --date 2026-11-23; expect_rc 0
expect_out "60 records, checks salesforce-contact"
expect_out "not checked (columns not in the file): Phone, MobilePhone, MailingCountry, LeadSource"
expect_out "  mobile       exact match: not checked"
expect_out "  name         fuzzy match: 8 records"
expect_no_out "LeadSource  "
expect_err "partial-contacts.csv:1: warning: no column 'Phone': not checked"
expect_err "partial-contacts.csv:1: warning: no column 'LeadSource': not checked"
expect_no_out "Account Name"

# No metric for what was not checked; the others are there.
n=$(sqlite3 crmready.db "SELECT count(*) FROM metrics WHERE name IN ('dq.completeness.Phone',
	'dq.validity.Phone', 'dq.completeness.MobilePhone', 'dq.completeness.LeadSource',
	'dq.validity.MailingCountry')")
[ "$n" = 0 ] || fail "metrics stored for columns not in the file ($n)"
n=$(sqlite3 crmready.db "SELECT count(*) FROM metrics WHERE name LIKE 'dq.completeness.%'")
[ "$n" = 8 ] || fail "expected 8 field completeness metrics, got $n"

# The score is the one of checks that name only the columns present: the
# missing ones weigh nothing (same completeness, validity, duplicates).
score=$(sqlite3 crmready.db "SELECT value FROM metrics WHERE name='dq.score'")
run --db trimmed.db dq scan "$csv" --date 2026-11-23 --checks "$DATA/dq/partial-checks.yaml" -q
expect_rc 0
trimmed=$(sqlite3 trimmed.db "SELECT value FROM metrics WHERE name='dq.score'")
[ "$score" = "$trimmed" ] || fail "score $score differs from the trimmed checks' $trimmed"
for m in dq.completeness dq.validity dq.duplicate_rate dq.freshness; do
	a=$(sqlite3 crmready.db "SELECT value FROM metrics WHERE name='$m'")
	b=$(sqlite3 trimmed.db "SELECT value FROM metrics WHERE name='$m'")
	[ -n "$a" ] && [ "$a" = "$b" ] || fail "$m: $a against $b"
done

# JSON: the list, the rule not checked, no field entry for an absent column.
run dq scan "$csv" --date 2026-11-23 --format json; expect_rc 0
/usr/bin/python3 - out <<'PY' || fail "scan JSON"
import json, sys
o = json.load(open(sys.argv[1]))
assert o["not_checked"] == ["Phone", "MobilePhone", "MailingCountry", "LeadSource"], o["not_checked"]
rules = {r["name"]: r for r in o["duplicate_rules"]}
assert rules["mobile"]["checked"] is False and rules["mobile"]["records"] is None, rules
assert rules["name"]["checked"] is True and rules["name"]["records"] == 8, rules
assert [f["field"] for f in o["fields"]] == ["Id", "FirstName", "LastName", "Email", "AccountId",
                                              "MailingCity", "CreatedDate", "LastModifiedDate"]
PY

# dq report, text, JSON and Persian.
run dq report --today 2026-11-23; expect_rc 0
expect_out "not checked (columns not in the file): Phone, MobilePhone, MailingCountry, LeadSource"
run dq report --format json --today 2026-11-23; expect_rc 0
/usr/bin/python3 - out <<'PY' || fail "report JSON"
import json, sys
o = json.load(open(sys.argv[1]))
assert o["latest"]["not_checked"] == ["Phone", "MobilePhone", "MailingCountry", "LeadSource"]
PY
run --lang fa dq report --today 2026-11-23; expect_rc 0
expect_out "بررسی نشد (این ستون‌ها در فایل نیستند): Phone، MobilePhone، MailingCountry، LeadSource"

# A full scan before, then the partial one: the workbook and the HTML show
# the absent columns as not checked on the partial scan's date, not the
# older figure.
rm -f crmready.db
run dq scan "$DATA/dq/contacts.csv" --date 2026-10-01 -q; expect_rc 0
run dq scan "$csv" --date 2026-11-23 -q; expect_rc 0
run export wb.xlsx; expect_rc 0
/usr/bin/python3 -W ignore "$TESTS_DIR/lib/xlsx_dump.py" wb.xlsx >dump || fail "xlsx_dump"
/usr/bin/python3 - dump <<'PY' || fail "workbook field table"
import sys
cells = {}
for line in open(sys.argv[1], encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if p[0] == "cell" and p[1] == "Data quality":
        cells[p[2]] = p[4] if len(p) > 4 else ""
rows = {}
for ref, v in cells.items():
    col = "".join(c for c in ref if c.isalpha())
    rows.setdefault(int(ref[len(col):]), {})[col] = v
found = {}
for r, c in rows.items():
    vals = [c[k] for k in sorted(c, key=lambda k: (len(k), k))]
    if "Contact" in vals:
        i = vals.index("Contact")
        if i + 2 < len(vals):
            found[vals[i + 1]] = vals[i + 2:]
for col in ("Phone", "MobilePhone", "MailingCountry", "LeadSource"):
    assert col in found and found[col][0] == "not checked", (col, found.get(col))
assert found["Email"][0] != "not checked", found["Email"]
PY
# The Summary's headline score says which columns it did not cover.
grep -q "^cell	Summary	G[0-9]*	s	Not checked$" dump || fail "Summary lacks the Not checked column"
grep -q "^cell	Summary	G[0-9]*	s	LeadSource, MailingCountry, MobilePhone, Phone$" dump ||
	fail "Summary lacks the columns not checked"
run report rep.html; expect_rc 0
grep -q "data quality score (latest; 4 columns not checked: LeadSource, MailingCountry, MobilePhone, Phone)" rep.html ||
	fail "HTML card does not say the score is partial"
grep -q "<td>Phone</td><td class=\"n\">not checked</td>" rep.html || fail "HTML lacks Phone not checked"
grep -q "<td>Email</td><td class=\"n\">not checked</td>" rep.html && fail "HTML: Email is checked"

# Only a missing record id is fatal: named, 65, workspace unchanged.
before=$(db_sum)
cut -d, -f2- "$csv" >noid.csv
run dq scan noid.csv --date 2026-11-23 --clusters-out cl.csv; expect_rc 65
expect_err "noid.csv:1: error: missing column 'Id' needed by record_id"
expect_no_file cl.csv
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a scan without the id column"

# A renamed header: not checked, with the close match named.
sed '1s/MailingCity/Mailing_Cty/' "$csv" >renamed.csv
run --db renamed.db dq scan renamed.csv --date 2026-11-23 -q; expect_rc 0
expect_err "renamed.csv:1: warning: no column 'MailingCity': not checked (did you mean 'Mailing_Cty'?)"
# None of the fields' columns: nothing to check, 65.
printf 'Id,Foo\n1,x\n' >none.csv
run dq scan none.csv --checks "$DATA/dq/small-checks.yaml"; expect_rc 65
expect_err "none.csv:1: error: none of the 2 columns the checks' fields name besides the id is in the header (the checks are small"
printf 'Id,Name,Department\n003000000000001AAA,Ann,Sales\n' >roster.csv
run dq scan roster.csv --clusters-out cl.csv; expect_rc 65
expect_err "roster.csv:1: error: none of the 11 columns the checks' fields name besides the id is in the header (the checks are salesforce-contact: is this the right file?)"
expect_no_file cl.csv
[ "$(db_sum)" = "$before" ] || fail "workspace changed by a scan of no known column"
done_testing
