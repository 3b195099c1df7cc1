#!/bin/sh
# crmready demo under a language: its narration is translated, and every
# step it runs speaks the language too (--lang shown on the step's line, so
# the line is still what a user would type); a step naming its own
# language keeps it.
. "$TESTS_DIR/cli/lib.sh"

run --lang ar demo sample
expect_rc 0
expect_out "crmready demo: المشروع النموذجي في sample (مساحة العمل sample/demo.db، اليوم"
expect_out "== crmready init --org Example Trading Co. --quiet --lang ar"
expect_out "== crmready assess --lang ar"
expect_out "== crmready export sample/leadership-fa.xlsx --lang fa"
expect_no_out "--lang fa --lang ar"
expect_out "== crmready metric record ... (إتمام التدريب، الرضا، العائد على الاستثمار)"
expect_out "المشروع النموذجي في sample:"
expect_out "استُورد ٦٠ مستجيبًا إلى crm-readiness"
expect_no_out "imported 60 respondents"
done_testing
