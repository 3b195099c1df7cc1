# --db naming a symlink loop: read commands fail (66) instead of reporting
# an empty engagement; a write command fails (73) and keeps the links.
. "$TESTS_DIR/cli/lib.sh"
ln -s loop2 loop1; ln -s loop1 loop2
for c in status "metric list" "export x.xlsx" "report x.html"; do
	run --db loop1 $c
	expect_rc 66 "--db loop: $c"
	expect_err "cannot open workspace loop1: Too many levels of symbolic links"
done
expect_no_file x.xlsx
expect_no_file x.html
run --db loop1 metric record roi.ratio 1
expect_rc 73 "--db loop: metric record"
[ -L loop1 ] && [ -L loop2 ] || fail "a failed write removed the symlink"
done_testing
