# The HTML report, like the workbook (t0911): the consultant's own
# questionnaires, open answers by question with the department only, and no
# figure of a department of fewer than 5 (issue 16 items 5 and 6).
. "$TESTS_DIR/cli/lib.sh"
D="$TESTS_DIR/data/anon"
E="$TESTS_DIR/../examples"
run questionnaire add "$D/own-readiness.yaml"; expect_rc 0
run survey import own-readiness "$D/own-answers.csv"; expect_rc 0
run questionnaire add "$E/field-service.yaml"; expect_rc 0
run survey import field-service-readiness "$E/field-service-answers.csv"; expect_rc 0
run report r.html; expect_rc 0
/usr/bin/python3 - r.html <<'PY' || fail "HTML"
import sys, re
h = open(sys.argv[1], encoding="utf-8").read()
assert "Own readiness survey" in h and "Field service readiness" in h, "both questionnaires"
heat = h[h.index("Heat map"):]
heat = heat[:heat.index("</table>")]
# IT (1) and Legal (2) are small; Sales (5) joins them so that "other" is
# not 3 people that the whole minus the shown groups gives away
assert ">Service <" in heat and ">other <" in heat, heat
assert ">IT <" not in heat and ">Legal <" not in heat and ">Sales <" not in heat, "a merged department has a column"
assert ">other <span class=\"meta\">(8)</span>" in heat, "other's count"
assert ">100.0<" not in h, "Ivan's score"
assert "IT, Legal, Sales" in h, "merged departments named"
oa = h[h.index('id="open-answers"'):]
assert "What worries you most?" in oa
assert re.search(r"<td class=\"nw\">other</td><td><bdi>Duplicates everywhere", oa), "Sales' answer, in other"
assert re.search(r"<td class=\"nw\">other</td><td><bdi>Ivan-only secret remark", oa), "Ivan's answer, in other"
assert "Sara A" not in h and "Ivan Solo" not in h, "a respondent's name"
PY
run --lang fa report fa.html; expect_rc 0
grep -q "کمتر از" fa.html || fail "Persian: fewer than"
grep -q "پاسخ‌های باز" fa.html || fail "Persian: open answers"
run report one.html --min-group 1; expect_rc 64
expect_no_file one.html
done_testing
