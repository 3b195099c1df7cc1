# --lang naming a language crmready lacks is a usage error said in the
# language the user would otherwise have: CRMREADY_LANG, else the locale's.
. "$TESTS_DIR/cli/lib.sh"

CRMREADY_LANG=ar run --lang xx status
expect_rc 64; expect_err "--lang: وُجد «xx»"; expect_err "الاستخدام:"
CRMREADY_LANG=fa run --lang=xx status
expect_rc 64; expect_err "--lang: «xx» داده شد"
LANG=ar_EG.UTF-8 LC_ALL= LANGUAGE= run --lang xx status
expect_rc 64; expect_err "--lang: وُجد «xx»"
LANG=C LC_ALL= LANGUAGE= run --lang xx status
expect_rc 64; expect_err "--lang: found 'xx', expected one of: en, ar, fa"
done_testing
