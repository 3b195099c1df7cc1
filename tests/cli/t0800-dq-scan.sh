# dq scan of a crafted Contact export whose figures are computed by hand:
# 10 records, 12 checked fields.
#   completeness = (1+1+.9+.9+.2+.2+1+.9+.9+.9+1+1)/12 = 9.9/12 = 0.825
#   validity over non-empty values: Email 8/9 (row 5), Phone 1/2 (row 8),
#     MailingCountry 8/9 (row 8), LeadSource 8/9 (row 6), LastModifiedDate
#     9/10 (row 8), the other 6 fields with checks 1: mean = 10.0667/11
#   duplicates: {1,2,3} (email 1-2 case and spaces, mobile 1-3 in Persian
#     digits, name 1-2), {4,5} (Karimi/Karimy, same account), {6,7} (Arabic
#     kaf and yeh vs Persian): 4 redundant / 10 = 0.4
#   freshness: modified on or after 2025-11-23: all but rows 3 and 8 = 0.8
#   score = .3*.825 + .3*.915151 + .25*(1-.4) + .15*.8 = 0.792045
. "$TESTS_DIR/cli/lib.sh"
csv="$DATA/dq/contacts.csv"

run dq scan "$csv" --date 2026-11-23 --clusters-out clusters.csv --rows-out rows.csv
expect_rc 0
expect_out "10 records, checks salesforce-contact, entity Contact, dated 2026-11-23"
expect_out "Email               90.0%    88.9%          9         1"
expect_out "Phone               20.0%    50.0%          2         1"
expect_out "MailingCity         90.0%        -          6         0"
expect_out "Email row 5: not an e-mail address 'not-an-email'"
expect_out "LastName row 9: missing"
expect_out "duplicates: 3 clusters holding 7 records, 4 redundant (40.0%)"
expect_out "freshness: 8 of 10 records modified within 365 days of 2026-11-23 (80.0%)"
expect_out "completeness 82.5%  validity 91.5%  duplicate rate 40.0%  freshness 80.0%  score 79.2%"

# In Persian: the same figures in the same columns, the words and problems translated.
run --lang fa dq scan "$csv" --date 2026-11-23 --db fa.db; expect_rc 0
expect_out "۱۰ رکورد، بررسی‌های salesforce-contact، موجودیت Contact، به تاریخ ۱۴۰۵/۰۹/۰۲"
expect_out "Email               ۹۰٫۰٪    ۸۸٫۹٪          ۹         ۱"
expect_out "Email ردیف ۵: نشانی ایمیل نیست 'not-an-email'"
expect_out "LastName ردیف ۹: خالی"
expect_out "تکراری: ۳ خوشه شامل ۷ رکورد، ۴ رکورد زائد (۴۰٫۰٪)"
expect_out "کامل بودن ۸۲٫۵٪  اعتبار ۹۱٫۵٪  نرخ تکرار ۴۰٫۰٪  به‌روز بودن ۸۰٫۰٪  امتیاز ۷۹٫۲٪"
expect_no_out "records"
# the heading's columns end where the figures end (display width, not bytes)
sed -n 3p out > header
python3 -c 'h=open("header").read().rstrip("\n"); r=[l for l in open("out") if l.startswith("Email ")][0].rstrip("\n"); assert len(h) == len(r), (h, r)' ||
	fail "Persian heading not aligned: $(cat header)"

metric() { sqlite3 crmready.db "SELECT printf('%.6f', value) FROM metrics WHERE name = '$1' AND scope = 'entity=Contact' AND date = '2026-11-23'"; }
[ "$(metric dq.completeness)" = "0.825000" ] || fail "dq.completeness $(metric dq.completeness)"
[ "$(metric dq.validity)" = "0.915152" ] || fail "dq.validity $(metric dq.validity)"
[ "$(metric dq.duplicate_rate)" = "0.400000" ] || fail "dq.duplicate_rate"
[ "$(metric dq.freshness)" = "0.800000" ] || fail "dq.freshness"
[ "$(metric dq.score)" = "0.792045" ] || fail "dq.score $(metric dq.score)"
[ "$(metric dq.completeness.Phone)" = "0.200000" ] || fail "dq.completeness.Phone"
[ "$(metric dq.validity.Email)" = "0.888889" ] || fail "dq.validity.Email"
[ "$(metric dq.validity.Phone)" = "0.500000" ] || fail "dq.validity.Phone"
# no validity metric for a field without validity checks
[ -z "$(metric dq.validity.MailingCity)" ] || fail "dq.validity.MailingCity should not exist"
[ "$(sqlite3 crmready.db "SELECT count(*) FROM metrics WHERE name LIKE 'dq.%'")" = "28" ] ||
	fail "expected 12 completeness + 11 validity + 5 overall metrics"

# Phones are keyed by their national significant number (no country code,
# no trunk 0), so +98 912... and 0912... are one key.
cat >expected <<'X'
cluster,row,id,match,keys
1,1,003000000000001,email;mobile;name,email=ali.rezaei@acme.ir;mobile=9121112233;name=alirezaei
1,2,003000000000002,email;name,email=ali.rezaei@acme.ir;name=alirezaei
1,3,003000000000003,mobile,email=yazdi@acme.ir;mobile=9121112233;name=علییزدی
2,4,003000000000004,name,email=sara@beta.ir;name=sarakarimi
2,5,003000000000005,name,email=not-an-email;name=sarakarimy
3,6,003000000000006,name,email=m.karimi@gamma.ir;name=مریمکریمی
3,7,003000000000007,name,name=مریمکریمی
X
diff -u expected clusters.csv >&2 || fail "clusters.csv differs"
cat >expected <<'X'
row,line,id,column,problem,value
5,6,003000000000005,Email,not an e-mail address,not-an-email
6,7,003000000000006,LeadSource,not an allowed value,Billboard
8,9,003000000000008,Phone,not a phone number,abc
8,9,003000000000008,MailingCountry,not an allowed value,Narnia
8,9,003000000000008,LastModifiedDate,not a date,not a date
9,10,003000000000009,LastName,missing,
X
diff -u expected rows.csv >&2 || fail "rows.csv differs"
ls | grep -q 'tmp\.' && fail "temporary files left behind"

# JSON: the same figures, unrounded.
run dq scan "$csv" --date 2026-11-23 --format json --entity contacts-b
expect_rc 0
python3 - <<'PY' || fail "scan JSON"
import json
d = json.load(open("out"))
assert d["records"] == 10 and d["clusters"] == 3 and d["redundant"] == 4, d
assert abs(d["completeness"] - 0.825) < 1e-12 and abs(d["duplicate_rate"] - 0.4) < 1e-12
assert abs(d["validity"] - (8/9*3 + 0.5 + 0.9 + 6) / 11) < 1e-12
f = {x["field"]: x for x in d["fields"]}
assert f["Email"]["examples"] == [{"row": 5, "problem": "not an e-mail address", "value": "not-an-email"}]
assert "validity" not in f["MailingCity"]
assert [r["records"] for r in d["duplicate_rules"]] == [2, 2, 6]
PY
[ "$(sqlite3 crmready.db "SELECT count(DISTINCT scope) FROM metrics")" = "2" ] || fail "entity scope"

# --quiet prints nothing but stores; help works.
run dq scan "$csv" --date 2026-11-24 -q; expect_rc 0; expect_empty_out
run dq scan --help; expect_rc 0; expect_out "usage: crmready dq scan FILE.csv"
run dq --help; expect_rc 0; expect_out "checks"; expect_out "report"
done_testing
