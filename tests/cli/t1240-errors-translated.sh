# Error messages in the language in use (--lang fa, --lang ar): the words
# diag prints ("error", "warning") and the messages of the questionnaire
# and rules loaders, the YAML parser, the condition language and survey
# imports are translated; file:line:column, YAML keys, ids and option
# names stay as they are; no message is left untranslated.
. "$TESTS_DIR/cli/lib.sh"
S="$DATA/surveys"
export CRMREADY_I18N_MISSING=1

cat > bad.yaml <<'YAML'
id: x
version: 1
title: X
scale: {min: 1, max: 5}
levels:
  - {min: 0, label: Low}
dimensions:
  - {id: d1, title: D}
questions:
  - id: q1
    dimension: d2
    type: likret
    txt: Hello
    when: answer("q1") >= 3 &&
YAML

# English stays as it was.
run questionnaire validate bad.yaml; expect_rc 65
expect_err "bad.yaml:10:5: error: question is missing the required key 'text'"
expect_err "bad.yaml:13:5: error: unknown key 'txt' in question (did you mean 'text'?)"
expect_err "bad.yaml:11:16: error: unknown dimension 'd2' (did you mean 'd1'?)"

run --lang fa questionnaire validate bad.yaml; expect_rc 65
expect_err "bad.yaml:10:5: خطا: کلید اجباری «text» در پرسش نیامده است"
expect_err "bad.yaml:13:5: خطا: کلید ناشناختهٔ «txt» در پرسش (منظورتان «text» بود؟)"
expect_err "bad.yaml:11:16: خطا: بُعد «d2» ناشناخته است (منظورتان «d1» بود؟)"
expect_err "bad.yaml:12:11: خطا: نوع پرسش «likret» ناشناخته است (منظورتان «likert» بود؟)"
expect_err "bad.yaml:14:29: خطا: '&&' نابه‌جا: 'and' بنویسید"
grep -q "untranslated" err && fail "fa: untranslated messages"

run --lang ar questionnaire validate bad.yaml; expect_rc 65
expect_err "bad.yaml:10:5: خطأ: ينقص سؤال المفتاحُ المطلوب «text»"
expect_err "bad.yaml:13:5: خطأ: مفتاح غير معروف «txt» في سؤال (هل تقصد «text»؟)"
expect_err "bad.yaml:11:16: خطأ: بُعد: لا يوجد «d2» (هل تقصد «d1»؟)"
expect_err "bad.yaml:14:29: خطأ: '&&' غير متوقَّعة: اكتب 'and'"
grep -q "untranslated" err && fail "ar: untranslated messages"

# Malformed YAML: libyaml's own words are translated too.
printf 'id: x\n  bad: [\n' > broken.yaml
run --lang ar questionnaire validate broken.yaml; expect_rc 65
expect_err "broken.yaml:2:6: خطأ: قيم التعيين غير مسموحة في هذا الموضع"
run --lang fa questionnaire validate broken.yaml; expect_rc 65
expect_err "broken.yaml:2:6: خطا: مقدارهای نگاشت در این جا مجاز نیستند"
grep -q "untranslated" err && fail "fa yaml: untranslated messages"

# Rules: an unknown severity, a bad expression.
cat > r.yaml <<'YAML'
id: r1
rules:
  - id: a
    when: index() + "a" > 1
    severity: hihg
    title: T
    recommendation: R
YAML
run --lang fa rules validate r.yaml; expect_rc 65
expect_err "r.yaml:4:19: خطا: '+' در هر دو سو به عدد نیاز دارد، یک عدد و یک رشته آمد"
expect_err "r.yaml:5:15: خطا: شدت «hihg» ناشناخته است (منظورتان «high» بود؟)"
grep -q "untranslated" err && fail "fa rules: untranslated messages"
run --lang ar rules validate r.yaml; expect_rc 65
expect_err "r.yaml:5:15: خطأ: خطورة: لا يوجد «hihg» (هل تقصد «high»؟)"
grep -q "untranslated" err && fail "ar rules: untranslated messages"

# Survey imports: the row, line and column of a bad cell in words of the
# language and in its digits, as the messages' own numbers (Latin with
# --digits latin); only a FILE:LINE:COL prefix stays Latin.
run questionnaire add "$S/mini.yaml"; expect_rc 0
run --lang fa survey import mini "$S/bad-middle.csv"; expect_rc 65
expect_err "bad-middle.csv: ردیف ۲ (خط ۴)، ستون ۴ (sponsor): خطا: «7» آمد، عدد صحیح ۱..۵ یا na مورد انتظار بود"
expect_err "نکته: چیزی وارد نشد"
grep -q "untranslated" err && fail "fa import: untranslated messages"
run --lang ar --digits latin survey import mini "$S/bad-middle.csv"; expect_rc 65
expect_err "bad-middle.csv: الصف 2 (السطر 4)، العمود 5 (committee): خطأ: وُجد «maybe»، والمتوقَّع نعم أو لا (أو yes أو no)"
grep -q "untranslated" err && fail "ar import: untranslated messages"
printf 'a,"b\nc' > q.csv
run --lang ar survey import mini q.csv; expect_rc 65
expect_err "q.csv: صف العناوين (السطر ١)، العمود ٢: خطأ: CSV غير سليم"
grep -q "untranslated" err && fail "ar csv: untranslated messages"
done_testing
