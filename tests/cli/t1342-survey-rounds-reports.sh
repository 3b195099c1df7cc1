# The workbook and the HTML report show the readiness questionnaire's latest
# survey round against the previous one, in English, Persian and Arabic; a
# department below the minimum in either round shows no figure. Figures as
# in t1340 (tests/data/rounds, hand-computed there): index 50 -> 900/14
# (+100/7), lead 50 -> 475/7, Sales index 45.833 -> 70.833 (+25) with 3 and
# 3 respondents, IT small in the latest round. With one round: no sheet,
# no section.
. "$TESTS_DIR/cli/lib.sh"
R="$DATA/rounds"

run init --quiet --min-group 2; expect_rc 0
run questionnaire add "$R/waves.yaml"; expect_rc 0
CRMREADY_TODAY=2026-03-02 run survey import waves "$R/r1.csv"; expect_rc 0
run export one.xlsx --questionnaire waves; expect_rc 0
run report one.html --questionnaire waves; expect_rc 0
grep -q "Survey rounds: the latest against the previous" one.html &&
	fail "one round: no rounds section expected"
CRMREADY_TODAY=2026-06-01 run survey import waves "$R/r2.csv"; expect_rc 0

for l in en fa ar; do
	run --lang "$l" export "wb-$l.xlsx" --questionnaire waves; expect_rc 0 "export --lang $l"
	run --lang "$l" report "r-$l.html" --questionnaire waves; expect_rc 0 "report --lang $l"
done

/usr/bin/python3 -W ignore - <<'PY' || fail "workbook survey rounds sheet"
import openpyxl, sys
def near(x, y): return isinstance(x, (int, float)) and abs(x - y) < 1e-9
bad = []
assert "Survey rounds" not in openpyxl.load_workbook('one.xlsx').sheetnames
for lang, name, index_label, few in (("en", "Survey rounds", "Readiness index", "fewer than 2 in a round"),
                                     ("fa", "دورهای نظرسنجی", "شاخص آمادگی", "کمتر از ۲ در یک دور"),
                                     ("ar", "جولات الاستبيان", "مؤشر الجاهزية", "أقل من ٢ في جولة")):
    wb = openpyxl.load_workbook('wb-%s.xlsx' % lang)
    if name not in wb.sheetnames:
        bad.append("%s: no sheet %s in %s" % (lang, name, wb.sheetnames)); continue
    rows = {r[0]: r for r in wb[name].iter_rows(min_row=5, values_only=True) if r[0]}
    i = rows.get(index_label)
    if not (i and i[1] == 50 and near(i[2], 900 / 14) and near(i[3], 100 / 7) and i[4] == 7 and i[5] == 7):
        bad.append("%s: index row %r" % (lang, i))
    s = rows.get("Sales")
    if not (s and near(s[1], 137.5 / 3) and near(s[2], 212.5 / 3) and near(s[3], 25) and s[4] == 3 and s[5] == 3):
        bad.append("%s: Sales row %r" % (lang, s))
    it = rows.get("IT")
    if not (it and it[1] is None and it[3] is None and it[4] is None and it[5] == few):
        bad.append("%s: IT row %r" % (lang, it))
    for r in rows.values():
        if isinstance(r[0], str) and r[0].startswith("="):
            bad.append("%s: a formula" % lang)
if bad:
    print("\n".join(bad)); sys.exit(1)
PY

# HTML: the section inside Readiness, figures to one decimal
h=r-en.html
grep -q "<h3>Survey rounds: the latest against the previous</h3>" $h || fail "en: rounds heading"
grep -q "Waves readiness: survey round 2026-06-01 (2026-06-01) against 2026-03-02 (2026-03-02)" $h ||
	fail "en: rounds subtitle"
grep -q '<tr><th>Readiness index</th><td class="n">50.0</td><td class="n">64.3</td><td class="n"><bdi dir="ltr">+14.3</bdi></td><td class="n"><bdi dir="ltr">7 → 7</bdi></td></tr>' $h ||
	fail "en: index row"
grep -q '<tr><td>Sales</td><td class="n">45.8</td><td class="n">70.8</td><td class="n"><bdi dir="ltr">+25.0</bdi></td><td class="n"><bdi dir="ltr">3 → 3</bdi></td></tr>' $h ||
	fail "en: Sales row"
grep -q '<tr><td>IT</td><td class="n">–</td><td class="n">–</td><td class="n">–</td><td class="n meta">fewer than 2</td></tr>' $h ||
	fail "en: IT shows no figure"
grep -q "departments of fewer than 2 respondents in either round show no change" $h || fail "en: note"
grep -q "دورهای نظرسنجی: آخرین در برابر پیشین" r-fa.html || fail "fa: rounds heading"
grep -q '<bdi dir="ltr">+۱۴٫۳</bdi>' r-fa.html || fail "fa: index change in Persian digits"
grep -q "جولات الاستبيان: الأحدث مقابل السابقة" r-ar.html || fail "ar: rounds heading"
grep -q '<bdi dir="ltr">+١٤٫٣</bdi>' r-ar.html || fail "ar: index change in Arabic digits"

# terminal text in Persian and Arabic
run --lang fa assess waves --compare 2026-03-02 2026-06-01; expect_rc 0
expect_out "از دور نظرسنجی 2026-03-02 (۷ پاسخ‌دهنده) تا 2026-06-01 (۷ پاسخ‌دهنده)"
expect_out "کمتر از ۲ در یک دور"
run --lang ar survey rounds waves; expect_rc 0
expect_out "2026-06-01 (الأحدث)"

done_testing
