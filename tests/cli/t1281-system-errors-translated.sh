# A system error (errno) inside a translated message is said in the
# language too: no "No such file or directory" after an Arabic or Persian
# "cannot open"; in English strerror's own words, as before.
. "$TESTS_DIR/cli/lib.sh"

run --lang ar roster import missing.csv
expect_rc 66; expect_err "تعذّر الفتح: لا يوجد ملف أو مجلد بهذا الاسم"
run --lang fa roster import missing.csv
expect_rc 66; expect_err "چنین فایل یا پوشه‌ای وجود ندارد"
run roster import missing.csv
expect_rc 66; expect_err "missing.csv: cannot open: No such file or directory"

# Permission denied (not as root, who may read anything).
if [ "$(id -u)" != 0 ]; then
	printf 'id,department\n' > locked.csv; chmod 000 locked.csv
	run --lang ar roster import locked.csv
	expect_err "الإذن مرفوض"
	run --lang fa roster import locked.csv
	expect_err "اجازهٔ دسترسی نیست"
	run roster import locked.csv
	expect_err "Permission denied"
fi

for lang in fa ar; do
	run --lang "$lang" roster import missing.csv
	grep -q "No such file\|Permission denied" err && fail "$lang: English system error: $(cat err)"
done
done_testing
