# The HTML report: adoption by group names the group ("Marketing", "wave
# pilot", the translated "other"), never the scope key
# ("department=Marketing"); a metric's label range in the reader's digits
# ("(١-٥)", "(۱ تا ۵)"); in right-to-left text each evidence item of a finding
# isolated, so the language's "؛" stays between them; initiatives joined
# with the language's comma. English keeps its evidence as it was.
. "$TESTS_DIR/cli/lib.sh"
run demo sample; expect_rc 0
for lang in en ar fa; do
	run --db sample/demo.db --lang $lang report $lang.html; expect_rc 0
done
for lang in en ar fa; do
	grep -qE '<td>(<bdi>)?(department|wave)=' $lang.html && fail "$lang: a scope key as a group's name"
done
grep -qF '<tr><td>Marketing</td>' en.html || fail "en: the department by name"
grep -qF '<tr><td>wave pilot</td>' en.html || fail "en: the wave by name"
grep -qF '<tr><td>other</td>' en.html || fail "en: the other group"
grep -qF '<tr><td><bdi>أخرى</bdi></td>' ar.html || fail "ar: the other group translated"
grep -qF '(١-٥)' ar.html || fail "ar: a label's range in Arabic digits"
grep -qF '(۱ تا ۵)' fa.html || fail "fa: a label's range in Persian digits"
grep -qF '</bdi>؛ <bdi>' ar.html || fail "ar: evidence items isolated around the separator"
grep -qF 'class="ev"><bdi>' en.html && fail "en: evidence without isolates"
grep -qF 'change-management، ' ar.html || fail "ar: initiatives joined with the Arabic comma"
grep -qF 'change-management, ' ar.html && fail "ar: initiatives joined with a Latin comma"
done_testing
