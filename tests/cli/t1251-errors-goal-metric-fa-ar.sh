# Goals, metrics and the workspace under --lang fa and --lang ar: a goal
# with a metric crmready does not compute or a scope of no kind, a value
# outside its metric's domain, a missing phase or parent, a workspace that
# is a folder or not a workspace: the messages in the language, names and
# options in Latin, nothing left in English.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_I18N_MISSING=1
no_err() { grep -qF -- "$1" err && fail "stderr has: $1"; return 0; }
untranslated() { no_err "untranslated:"; }

for lang in fa ar; do
	run --lang "$lang" goal add --phase pilot --metric adoption.active_rat --op '>=' --target 0.8 --due 2027-01-31
	expect_rc 64; untranslated; no_err "not a metric crmready computes"
	expect_err "adoption.active_rate"
	run --lang "$lang" goal add --phase pilot --metric adoption.active_rate --op '>=' --target 0.8 --due 2027-01-31 --scope departmen=Sales
	expect_rc 64; untranslated; no_err "unknown scope kind"
	expect_err "department=NAME"
	run --lang "$lang" metric record adoption.active_rate 1.5 --date 2026-11-02
	expect_rc 64; untranslated; no_err "a fraction from 0 to 1"
done
expect_no_file crmready.db

run --lang fa goal add --phase pilot --metric adoption.active_rat --op '>=' --target 0.8 --due 2027-01-31
expect_err "سنجه‌ای نیست که crmready محاسبه می‌کند (منظورتان «adoption.active_rate» بود؟)"
run --lang ar goal add --phase pilot --metric adoption.active_rat --op '>=' --target 0.8 --due 2027-01-31
expect_err "ليس مقياسًا يحسبه crmready (هل تقصد «adoption.active_rate»؟)"
run --lang fa metric record adoption.active_rate 1.5 --date 2026-11-02
expect_err "اما adoption.active_rate کسری از 0 تا 1 است"
run --lang ar metric record adoption.active_rate 1.5 --date 2026-11-02
expect_err "لكن adoption.active_rate هو كسر من 0 إلى 1"

# A plan's phases and a goal's parent (goal add --phase/--parent).
run plan build --inputs "$DATA/plan/inputs.json" --start 2026-09-07 -q; expect_rc 0
for lang in fa ar; do
	run --lang "$lang" goal add --phase pilt --metric training.completion --op '>=' --target 0.9 --due 2027-01-31
	expect_rc 65; untranslated; expect_err "«pilot»"
	run --lang "$lang" goal add --phase pilot --parent 999 --metric training.completion --op '>=' --target 0.9 --due 2027-01-31
	expect_rc 65; untranslated; expect_err "crmready goal list"
done
run --lang fa goal add --phase pilt --metric training.completion --op '>=' --target 0.9 --due 2027-01-31
expect_err "--phase: برنامه فازی به نام «pilt» ندارد (منظورتان «pilot» بود؟)"
run --lang ar goal add --phase pilt --metric training.completion --op '>=' --target 0.9 --due 2027-01-31
expect_err "--phase: لا تتضمن الخطة مرحلة «pilt» (هل تقصد «pilot»؟)"

# The workspace: a folder, a file that is not one.
mkdir folder
echo 'not a database, just text' >text.db
for lang in fa ar; do
	run --lang "$lang" --db folder status; expect_rc 66; untranslated; no_err "a directory"
	run --lang "$lang" --db text.db status; expect_rc 65; untranslated; no_err "is not a crmready workspace"
done
run --lang fa --db folder status; expect_err "folder یک پوشه است، نه فایل فضای کار"
run --lang ar --db text.db status; expect_err "text.db ليست مساحة عمل crmready"
done_testing
