# The shipped questionnaires in English, Persian and Arabic (issue 19 items 2
# and 5): every text has all three, each in its own script; --lang ar and
# --lang fa show them in `questionnaire show` and `survey run`; a form
# exported in Arabic (headers and answers as the Arabic texts) imports as
# the same answers as crmready's own layout; the own-content example has
# Arabic wherever it has Persian.
. "$TESTS_DIR/cli/lib.sh"
E="$TESTS_DIR/../examples"

# texts FILE...: every {en:, ...} map of the JSON documents has en, fa and
# ar; fa is Persian (ی ک, never Arabic ي ك), ar is Arabic (no Persian-only
# letters); Latin words in fa and ar are only the acronyms a consultant keeps
# and, in a source, the names a citation keeps in Latin (IBM, Mendoza et al.).
texts() {
	python3 - "$@" <<'PY' || fail "texts of $*"
import json, re, sys
ACRONYMS = {"CRM", "ERP", "SSO", "KPI", "ROI"}
CITED = {"IBM", "Mendoza", "et", "al"}
bad = []
def walk(x, path):
    if isinstance(x, dict):
        if "en" in x and isinstance(x["en"], str):
            check(x, path)
            return
        for k, v in x.items():
            walk(v, f"{path}/{k}")
    elif isinstance(x, list):
        for i, v in enumerate(x):
            walk(v, f"{path}[{i}]")
def check(t, path):
    if sorted(t) != ["ar", "en", "fa"] or not all(t.values()):
        bad.append(f"{path}: languages {sorted(t)}")
        return
    if re.search("[يك]", t["fa"]):
        bad.append(f"{path}: Arabic yeh or kaf in fa: {t['fa']}")
    if re.search("[یکگچپژ]", t["ar"]):
        bad.append(f"{path}: Persian letters in ar: {t['ar']}")
    for lang in ("fa", "ar"):
        if not re.search("[\u0600-\u06ff]", t[lang]):
            bad.append(f"{path}: {lang} is not in Arabic script: {t[lang]}")
        kept = ACRONYMS | (CITED if path.endswith("/source") else set())
        latin = set(re.findall("[A-Za-z][A-Za-z-]*", t[lang])) - kept
        if latin:
            bad.append(f"{path}: English words in {lang}: {sorted(latin)}")
for f in sys.argv[1:]:
    walk(json.load(open(f)), f)
print("\n".join(bad), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
}

for q in crm-readiness crm-capabilities; do
	run questionnaire show "$q" --format json; expect_rc 0
	cp out "$q.json"
	texts "$q.json"
done
# The rules the questionnaires' answers feed: titles, recommendations and the
# sources findings cite.
run rules show crm-default --format json; expect_rc 0
cp out crm-default.json
texts crm-default.json

# questionnaire show: the question texts in the language asked for, never
# the English ones.
english_questions() {
	python3 -c 'import json,sys; [print(x["text"]["en"]) for x in json.load(open(sys.argv[1]))["questions"]]' "$1"
}
for lang in ar fa; do
	for q in crm-readiness crm-capabilities; do
		run --lang "$lang" questionnaire show "$q"; expect_rc 0
		english_questions "$q.json" > en-texts
		while IFS= read -r t; do expect_no_out "$t"; done < en-texts
	done
done
run --lang ar questionnaire show crm-readiness; expect_rc 0
expect_out "جاهزية المؤسسة لتطبيق CRM"
expect_out "كيف سيُجدوَل تدريب موظفي الخطوط الأمامية؟"
expect_out "١ = غير موافق بشدة"
run --lang fa questionnaire show crm-readiness; expect_rc 0
expect_out "آموزش کارکنان خط مقدم چگونه زمان‌بندی خواهد شد؟"

# survey run in Arabic: the capability levels are the choices; answers are
# saved as levels whatever the language.
run init; expect_rc 0
printf '2\n3\n1\n2\n2\n1\n2\n2\n2\n1\n1\n2\n' |
	"$CRMREADY" --lang ar survey run crm-capabilities --respondent "Huda" --department Sales >out 2>err
rc=$?; expect_rc 0
expect_out "قدرات CRM وفجواتها"
expect_out "ما مستوى نضج إدارة الحسابات وجهات الاتصال حالياً؟"
expect_out "  ٢ تحتفظ بعض الفرق بقوائم مشتركة للحسابات"
expect_no_out "How mature"
run gaps crm-capabilities --format json; expect_rc 0
python3 -c '
import json; d = json.load(open("out"))
cur = {c["id"]: c["current"] for c in d["capabilities"]}
assert cur["account-contact-management"] == 2 and cur["opportunity-management"] == 3, cur' ||
	fail "levels answered in Arabic"

# survey run in Persian: the readiness questionnaire's first questions.
printf '4\n4\nq\n' |
	"$CRMREADY" --lang fa survey run crm-readiness --respondent "Reza" --department Sales >out 2>err
rc=$?; expect_rc 0
expect_out "سازمان ما چشم‌انداز مکتوبی برای CRM دارد"
expect_out "  ۱ کاملاً مخالفم"

# A form exported in Arabic: headers are the Arabic question texts, answers
# the Arabic scale and option labels (yes/no and numbers as typed).
python3 - crm-readiness.json <<'PY' || fail "writing the Arabic form"
import csv, json, sys
q = json.load(open(sys.argv[1]))
labels = {int(k): v["ar"] for k, v in q["scale"]["labels"].items()}
def answer(r, i, x):
    t = x["type"]
    if t == "likert":
        v = 1 + (r + i) % 5
        return str(v), labels[v]
    if t == "yesno":
        v = "yes" if x["id"] == "has-crm" or (r + i) % 2 == 0 else "no"   # has-crm: usage asked
        return v, v
    if t == "number":
        return str(r + 1), str(r + 1)
    if t == "choice":
        o = x["options"][(r + i) % len(x["options"])]
        return o["id"], o["text"]["ar"]
    if t == "multi":
        os_ = [x["options"][r % 5], x["options"][(r + 2) % 5]]
        return ";".join(o["id"] for o in os_), ";".join(o["text"]["ar"] for o in os_)
    return "لا وقت للتدريب", "لا وقت للتدريب"
people = [("Huda", "Sales", "Manager"), ("Omar", "Service", "Staff"), ("Salma", "Sales", "Staff")]
qs = q["questions"]
with open("native.csv", "w", newline="") as n, open("ar-form.csv", "w", newline="") as a:
    wn, wa = csv.writer(n), csv.writer(a)
    wn.writerow(["respondent", "department", "role"] + [x["id"] for x in qs])
    wa.writerow(["respondent", "department", "role"] + [x["text"]["ar"] for x in qs])
    for r, p in enumerate(people):
        ans = [answer(r, i, x) for i, x in enumerate(qs)]
        wn.writerow(list(p) + [v for v, _ in ans])
        wa.writerow(list(p) + [l for _, l in ans])
PY
run --db native.db survey import crm-readiness native.csv; expect_rc 0
run --db native.db assess crm-readiness --format json; expect_rc 0; cp out native.json
run --db ar.db survey import crm-readiness ar-form.csv; expect_rc 0
expect_out "imported 3 respondents"
run --db ar.db assess crm-readiness --format json; expect_rc 0
cmp -s out native.json || fail "the Arabic form's assessment differs from the native import"

# The own-content example: Arabic wherever there is Persian.
python3 - "$E/field-service.yaml" "$E/field-service-rules.yaml" <<'PY' || fail "example texts"
import re, sys
for f in sys.argv[1:]:
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        if line.count(" fa: ") != line.count(" ar: "):
            sys.exit(f"{f}:{n}: fa without ar")
PY
run questionnaire validate "$E/field-service.yaml"; expect_rc 0
run --lang ar questionnaire show "$E/field-service.yaml"; expect_rc 0
expect_out "جاهزية الخدمة الميدانية"
expect_out "يرى موزّعو المهام جميع المهام المفتوحة في مكان واحد."
done_testing
