#!/bin/sh
# The plan's notes count in Arabic's forms (nine goals: "٩ أهداف", the
# plural of 3..10), not "٩ من الأهداف"; English keeps its "goal(s)".
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1
run --lang ar plan build --start 2026-09-07
expect_rc 0 "plan build"
expect_out "لذا أُنشئت ٩ أهداف للإدارات والموجات دون تحقق"
grep -q 'untranslated' err && fail "untranslated"
run plan build --start 2026-09-07
expect_out "note: no roster yet, so 9 goal(s) for departments and waves were made unchecked"
done_testing
