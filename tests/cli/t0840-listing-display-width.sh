# The listing tables pad by display width, not bytes: a Persian scope (two
# bytes a letter, one column) lines its row up with the Latin rows, in
# 'metric list' and 'goal list' as in 'status'.
. "$TESTS_DIR/cli/lib.sh"

run init --org x; expect_rc 0
run metric record adoption.active_rate 0.25 --scope department=Sales --date 2026-11-02; expect_rc 0
run metric record adoption.active_rate 0.5 --scope "department=فروش" --date 2026-11-02; expect_rc 0
for scope in department=Sales "department=فروش"; do
	run goal add --phase p1 --metric adoption.active_rate --op ">=" --target 0.8 \
		--due 2027-01-01 --scope "$scope"
	expect_rc 0
done

# The display column at which the text $2 starts on each line of out that
# has it ($1 names the listing for messages): every row the same.
same_column() {
	cols=$(grep -F -- "$2" out | while IFS= read -r line; do
		before=${line%%"$2"*}
		printf "%s" "$before" | LC_ALL=C.UTF-8 wc -m
	done | sort -u | wc -l)
	[ "$cols" -eq 1 ] || fail "$1: '$2' starts at different columns"
}

run metric list; expect_rc 0
same_column "metric list" "2026-11-02"
run goal list; expect_rc 0
same_column "goal list" "2027-01-01"
run status; expect_rc 0
same_column "status" "2027-01-01"
done_testing
