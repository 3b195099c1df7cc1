# A bad catalogue under --lang fa and --lang ar: every message of the
# catalogue loader in the language (no English message left, checked with
# CRMREADY_I18N_MISSING), at the same file:line:column as in English, with
# the same exit code.
. "$TESTS_DIR/cli/lib.sh"
P="$DATA/plan"
export CRMREADY_I18N_MISSING=1

# the positions of the messages, in order: FILE:LINE:COL
positions() { grep -oE '^[^ ]+\.yaml:[0-9]+:[0-9]+:' err; }
# err_at POS TEXT: a line of stderr at POS says TEXT ("error:" is core's word)
err_at() { grep -F -- "$1" err | grep -qF -- "$2" || fail "stderr lacks at $1: $2"; }
no_err() { grep -qF -- "$1" err && fail "stderr has: $1"; return 0; }

run catalogue validate "$P/bad.yaml" "$P/cycle.yaml"; expect_rc 65
positions >en.pos
[ -s en.pos ] || fail "en: no positioned message"
for lang in fa ar; do
	run --lang "$lang" catalogue validate "$P/bad.yaml" "$P/cycle.yaml"; expect_rc 65
	positions >"$lang.pos"
	cmp -s en.pos "$lang.pos" || fail "$lang: positions differ from English"
	no_err "untranslated:"
done

run --lang fa catalogue validate "$P/bad.yaml" "$P/cycle.yaml"
err_at "bad.yaml:6:10: " "شناسهٔ اقدام تکراری «a» (نخستین بار در سطر"
err_at "bad.yaml:9:71: " "سنجهٔ «adoption.active_rat»: سنجه‌ای نیست که crmready محاسبه می‌کند (منظورتان «adoption.active_rate» بود؟)"
err_at "cycle.yaml:5:5: " "وابستگی چرخه‌ای: a -> c -> b -> a"
no_err "not a metric crmready computes"
no_err "dependency cycle"
run --lang ar catalogue validate "$P/bad.yaml" "$P/cycle.yaml"
err_at "bad.yaml:6:10: " "معرّف مبادرة مكرَّر «a» (أول مرة في السطر"
err_at "bad.yaml:9:71: " "المقياس «adoption.active_rat»: ليس مقياسًا يحسبه crmready (هل تقصد «adoption.active_rate»؟)"
err_at "cycle.yaml:5:5: " "تبعية دائرية: a -> c -> b -> a"
no_err "dependency cycle"
done_testing
