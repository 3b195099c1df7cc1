# The cohorts, the role breakdown and the team league in Persian and Arabic:
# translated headings, the language's digits and calendar, figures as in
# English (t1440-t1442); JSON and CSV identical in every language.
. "$TESTS_DIR/cli/lib.sh"
D="$DATA/adoption-cohorts"
export CRMREADY_TODAY=2026-02-10

run roster import "$D/roster.csv"; expect_rc 0
run --lang fa roster import "$D/roster.csv"; expect_rc 0
expect_out "مدیرانی که در فهرست کاربران نیستند: ۲ (Dana Director، Evan Extern)"
run adoption import "$D/log.csv" --map user=user,time=time; expect_rc 0
run init --min-group 2; expect_rc 0

run --lang fa adoption report --by role; expect_rc 0
expect_out "به تفکیک نقش (هفتهٔ ۱۴۰۴/۱۱/۱۳، آخرین هفتهٔ کامل)"
expect_out "Rep            ۳        ۳  ۱۰۰٫۰٪"
expect_out "گروه‌های شروع بر حسب موج: نرخ فعال بر حسب هفته‌های پس از راه‌اندازی موج (هفته‌های کامل تا ۱۴۰۴/۱۱/۱۳)"
expect_out "A    ۱۴۰۴/۱۰/۱۵        ۴   ۶۶٫۷٪  ۱۰۰٫۰٪   ۵۰٫۰٪   ۷۵٫۰٪   ۷۵٫۰٪"
expect_out "B    ۱۴۰۴/۱۰/۲۹        ۴   ۵۰٫۰٪   ۷۵٫۰٪   ۵۰٫۰٪"
expect_out "جدول رده‌بندی تیم‌ها (هفتهٔ ۱۴۰۴/۱۱/۱۳، آخرین هفتهٔ کامل)"
expect_out "۱  Ann Alpha           ۳     ۳  ۱۰۰٫۰٪"
expect_out "   سایر (۲ تیم)        ۲     ۱   ۵۰٫۰٪"
expect_out "پرپذیرش‌ترین تیم: Ann Alpha ۱۰۰٫۰٪؛ کم‌پذیرش‌ترین: Bob Bell ۵۰٫۰٪."

run --lang ar adoption report --cohorts month; expect_rc 0
expect_out "المجموعات حسب شهر بدء الترخيص"
expect_out "٢٠٢٦-٠١  ٢٠٢٦/٠١/٠٥              ٩    ٦٦٫٧٪    ٧٧٫٨٪    ٤٤٫٤٪   ١٠٠٫٠٪    ٧٥٫٠٪"
expect_out "ترتيب الفرق (أسبوع ٢٠٢٦/٠٢/٠٢"
run --lang ar adoption report --by nope; expect_rc 64
expect_err "--by: وُجد 'nope'، والمتوقع department أو wave أو role"

# machine-readable output is the same in every language
for args in "--format json" "--format csv --table cohorts" "--format csv --table teams" \
	"--by role --format csv" "--cohorts month --format json"; do
	# shellcheck disable=SC2086
	"$CRMREADY" adoption report $args >en.txt 2>&1
	for l in fa ar; do
		# shellcheck disable=SC2086
		"$CRMREADY" --lang $l adoption report $args >$l.txt 2>&1
		cmp -s en.txt $l.txt || fail "$l adoption report $args differs from English"
	done
done
done_testing
