# The method's further practices (issue 23) as rules: each fires on crafted
# answers and stays silent on others, through `survey import` and
# `findings`, with its source; the texts show in Persian and Arabic.
# Five respondents (few-respondents stays silent); the required questions
# are answered on the silent side of their rules (3 -> 50, yes, 2 training
# days, mixed incentives, measured data). Likert 1..5 scores 0, 25, 50, 75,
# 100; use-by-order is reverse-scored (4 -> 25, 2 -> 75).
. "$TESTS_DIR/cli/lib.sh"
pj() { python3 -c "import json; d = json.load(open('out')); print($1)"; }
req=crm-vision,pilot-planned,exec-sponsor,steering-committee,training-days,share-customer-data,sales-incentives,processes-documented,redesign-before-automation,data-quality-known,measurable-goals
rv=3,yes,4,yes,2,3,mixed,3,3,measured,3
new=crm-in-daily-processes,carrot-and-stick,use-by-order,messenger-channels,csat-baseline,setup-cost-known
# answers WHO:V,V,V,V,V,V ...: a CSV with one row per argument, the values
# those of $new in order (C and D in Service, the others in Sales).
answers() {
	echo "respondent,department,role,$req,$new"
	for a in "$@"; do
		who=${a%%:*}; dept=Sales; [ "$who" = C ] || [ "$who" = D ] && dept=Service
		echo "$who,$dept,Staff,$rv,${a#*:}"
	done
}

# ---- fires: crm-in-daily-processes 2 x5 -> 25 < 50; carrot-and-stick 3 x5
# -> 50, but use-by-order 4 x5 -> 25 < 50 fires the "or"; setup-cost-known
# 2 2 2 3 3 -> (3 x 25 + 2 x 50) / 5 = 35 < 50.
# ---- silent, on the boundary: messenger-channels 3 x5 -> 50; csat-baseline
# 1 2 3 4 5 -> (0 + 25 + 50 + 75 + 100) / 5 = 50 (the rules say < 50).
answers A:2,3,4,3,1,2 B:2,3,4,3,2,2 C:2,3,4,3,3,2 D:2,3,4,3,4,3 E:2,3,4,3,5,3 >a.csv
run init --quiet; expect_rc 0
run survey import crm-readiness a.csv; expect_rc 0
expect_out "imported 5 respondents into crm-readiness (0 replaced)"
run findings --format json; expect_rc 0
[ "$(pj "' '.join(f['rule'] for f in d['findings'])")" = "use-by-order-only crm-outside-daily-work setup-cost-unknown" ] \
	|| fail "fired: $(pj "[f['rule'] for f in d['findings']]")"
[ "$(pj "[f['evidence'] for f in d['findings']]")" = \
  "[{'answer(\"carrot-and-stick\")': 50.0, 'answer(\"use-by-order\")': 25.0}, {'answer(\"crm-in-daily-processes\")': 25.0}, {'answer(\"setup-cost-known\")': 35.0}]" ] \
	|| fail "evidence: $(pj "[f['evidence'] for f in d['findings']]")"
[ "$(pj "[(p['rule'], p['evidence']) for p in d['passed'] if p['rule'] in ('channels-not-covered', 'no-satisfaction-baseline')]")" = \
  "[('channels-not-covered', {'answer(\"messenger-channels\")': 50.0}), ('no-satisfaction-baseline', {'answer(\"csat-baseline\")': 50.0})]" ] \
	|| fail "the boundary rules pass"
# sources name the document and the point (PRACTICE and KSF here)
[ "$(pj "[s['doc'] for s in d['findings'][0]['sources']]")" = "['PRACTICE', 'PRACTICE']" ] || fail "use-by-order-only: its sources"
[ "$(pj "d['findings'][2]['sources'][0]['doc']")" = KSF ] || fail "setup-cost-unknown: KSF"
run findings; expect_rc 0
expect_out "high      The CRM is not built into daily processes  crm-outside-daily-work"
expect_out "  initiatives: embed-in-daily-processes, process-redesign"
expect_out "  source: Practical advice for implementing CRM: embed the CRM in daily processes: no visit report or expense claim outside it"
expect_out "medium    The real cost of setting up the CRM is not known  setup-cost-unknown"

# ---- in Persian and Arabic: titles, recommendations and points
run findings --lang fa; expect_rc 0
expect_out "CRM در فرایندهای روزانه جا نیفتاده است"
expect_out "هزینهٔ واقعی راه‌اندازی CRM مشخص نیست"
expect_out "جا دادن CRM در فرایندهای روزانه: هیچ گزارش بازدید یا درخواست هزینه‌ای بیرون از آن"
run findings --lang ar; expect_rc 0
expect_out "لم يُدمج CRM في العمليات اليومية"
expect_out "«سيستخدمونه لأننا نأمرهم» لا ينجح."
expect_out "سؤال المديرين الأول: التكلفة الحقيقية للإعداد"
run questionnaire show crm-readiness --lang ar; expect_rc 0
expect_out "سيستخدم الموظفون CRM أساساً لأن الإدارة تأمرهم بذلك."
run questionnaire show crm-readiness --lang fa; expect_rc 0
expect_out "مشتریان از هر کانالی که استفاده می‌کنند، از جمله شبکه‌های اجتماعی و پیام‌رسان‌ها"

# ---- the same people, the practices in place: crm-in-daily-processes 4 ->
# 75, carrot-and-stick 4 -> 75, use-by-order 2 -> 75 (reverse), setup-cost-
# known 4 -> 75: the three rules pass; the two on the boundary still do.
answers A:4,4,2,3,1,4 B:4,4,2,3,2,4 C:4,4,2,3,3,4 D:4,4,2,3,4,4 E:4,4,2,3,5,4 >b.csv
run survey import crm-readiness b.csv; expect_rc 0
expect_out "imported 5 respondents into crm-readiness (5 replaced)"
run findings --format json; expect_rc 0
[ "$(pj "' '.join(f['rule'] for f in d['findings'])")" = "" ] || fail "silent: fired $(pj "[f['rule'] for f in d['findings']]")"
[ "$(pj "sorted((p['rule'], list(p['evidence'].values())) for p in d['passed'] if p['rule'] in ('use-by-order-only', 'crm-outside-daily-work', 'setup-cost-unknown'))")" = \
  "[('crm-outside-daily-work', [75.0]), ('setup-cost-unknown', [75.0]), ('use-by-order-only', [75.0, 75.0])]" ] \
	|| fail "silent: the three pass with 75"
done_testing
