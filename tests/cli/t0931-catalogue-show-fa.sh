#!/bin/sh
# 'catalogue show --lang fa': the phases' titles are padded by display
# width, so their sizes line up as in English (printf counted bytes: a
# Persian letter is two), and the headings and digits are Persian.
. "$TESTS_DIR/cli/lib.sh"

run catalogue show crm-default-plan --lang fa; expect_rc 0
expect_out "فازها:"
expect_out "اقدام‌ها:"
expect_out "  ۱. foundation   پایه‌ریزی و آماده‌سازی           ۸ هفته، ظرفیت ۵۶٫۰ نفر-هفته"
grep -q 'weeks\|initiatives:\|phases:\|version' out && fail "English headings under --lang fa"
# Every phase line's size starts in the same column (zero-width joiners
# and marks take none).
/usr/bin/python3 - out <<'PY' || fail "phase lines out of line"
import re, sys, unicodedata
cols = set()
for line in open(sys.argv[1], encoding='utf-8'):
    if re.match(r'  \d\. ', line) and ' هفته' in line:
        head = line[:line.index(' هفته')]
        cols.add(sum(0 if unicodedata.category(c) in ('Mn', 'Cf') else 1 for c in head))
sys.exit(0 if len(cols) == 1 else 1)
PY

# English is as before.
run catalogue show crm-default-plan; expect_rc 0
expect_out "  1. foundation   Mobilise and prepare           8 weeks, capacity 56.0 person-weeks"
expect_out "  id                             phase       effort weeks impact risk  depends on"
done_testing
