# dq report: the latest scan and the trend, as text, JSON and CSV.
. "$TESTS_DIR/cli/lib.sh"
run dq report; expect_rc 0; expect_err "no data-quality scan yet"; expect_no_file crmready.db
run dq report --format json; expect_rc 0
python3 -c 'import json; d = json.load(open("out")); assert d == {"entity": None, "latest": None, "trend": [], "today": "2026-11-23", "goals": []}, d' || fail "empty JSON"

csv="$DATA/dq/contacts.csv"
head -n 7 "$csv" >first.csv   # rows 1-6: clusters {1,2,3} {4,5}
run dq scan first.csv --date 2026-10-01 -q; expect_rc 0
run dq scan "$csv" --date 2026-11-23 -q; expect_rc 0
run dq report; expect_rc 0
expect_out "data quality of Contact: latest scan 2026-11-23 of"
expect_out "duplicates: 3 clusters, 4 redundant records"
expect_out "2026-10-01"
expect_out "2026-11-23  79.2% ###################..... "
run --lang fa dq report; expect_rc 0
expect_out "کیفیت دادهٔ Contact: آخرین بررسی ۱۴۰۵/۰۹/۰۲ از"
expect_out "تکراری: ۳ خوشه، ۴ رکورد زائد"
expect_out "۱۴۰۵/۰۹/۰۲  ۷۹٫۲٪ ###################..... "
expect_no_out "data quality of"
run dq report --format csv; expect_rc 0
expect_out "entity,date,score,completeness,validity,duplicate_rate,freshness"
expect_out "Contact,2026-11-23,0.79204545454545"
[ "$(wc -l <out)" -eq 3 ] || fail "CSV rows"
run dq report --format json --entity Contact; expect_rc 0
python3 - <<'PY' || fail "report JSON"
import json
d = json.load(open("out"))
assert d["entity"] == "Contact"
l = d["latest"]
assert l["date"] == "2026-11-23" and l["records"] == 10 and l["clusters"] == 3 and l["redundant"] == 4
assert abs(l["score"] - 0.792045454545) < 1e-9 and abs(l["duplicate_rate"] - 0.4) < 1e-12
assert [f["field"] for f in l["fields"]][:3] == ["Id", "FirstName", "LastName"]
e = [f for f in l["fields"] if f["field"] == "Email"][0]
assert e["filled"] == 9 and e["valid"] == 8 and e["examples"][0]["row"] == 5
assert [t["date"] for t in d["trend"]] == ["2026-10-01", "2026-11-23"]
assert set(d["trend"][0]) == {"date", "score", "completeness", "validity", "duplicate_rate", "freshness"}
assert abs(d["trend"][0]["duplicate_rate"] - 3/6) < 1e-12
PY
run dq report --entity nobody --format json; expect_rc 0
python3 -c 'import json; d = json.load(open("out")); assert d["latest"] is None and d["entity"] == "nobody"' || fail "unknown entity"
run dq report --format xml; expect_rc 64
done_testing
