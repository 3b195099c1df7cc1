# The corpus of bad questionnaires (tests/data/questionnaires/bad/, one
# mistake each): `questionnaire validate` prints exactly the expected
# FILE:LINE:COL message (NAME.err next to NAME.yaml) and exits 65.
. "$TESTS_DIR/cli/lib.sh"
n=0
for f in "$DATA"/questionnaires/bad/*.yaml; do
	name=$(basename "$f")
	cp "$f" "$name"
	run questionnaire validate "$name"; expect_rc 65 "$name"
	expect_empty_out
	if ! cmp -s err "${f%.yaml}.err"; then
		fail "$name: stderr differs from $(basename "${f%.yaml}.err")"
		diff "${f%.yaml}.err" err >&2
	fi
	# the same file through add: the same message, nothing created
	run questionnaire add "$name"; expect_rc 65 "add $name"
	head -n 1 "${f%.yaml}.err" > want
	head -n 1 err > got
	cmp -s want got || fail "add $name: $(cat got)"
	n=$((n + 1))
done
[ "$n" -ge 20 ] || fail "only $n bad files in the corpus"
expect_no_file crmready.db
done_testing
