# The ten-minute tour of README.md is real: its command lines ("$ ...") run
# in order in one shell, from a fresh folder, and every line of output the
# README shows under a command (but "...") is a line of what it prints.
. "$TESTS_DIR/cli/lib.sh"
readme="$TESTS_DIR/../README.md"
# The tour: from its heading to the next "## ".
awk '/^## A ten-minute tour/ { on = 1; next } on && /^## / { exit } on' "$readme" >tour
[ -s tour ] || { fail "README.md has no '## A ten-minute tour'"; done_testing; }

# script.sh runs each command into out.N; expect.N holds the lines shown.
awk -v bin="$CRMREADY" '
/^```/ { fence = !fence; cmd = 0; next }
!fence { next }
/^\$ / {
	n++; cmd = 1; line = substr($0, 3)
	sub(/^crmready /, "\"$CRMREADY\" ", line)
	gsub(/; crmready /, "; \"$CRMREADY\" ", line)
	printf "%s >out.%d 2>&1\n", line, n > "script.sh"
	printf "" > ("expect." n)
	next
}
cmd && $0 != "..." { print > ("expect." n) }
END { print n > "count" }' tour
[ "$(cat count)" -ge 8 ] || fail "the tour shows only $(cat count) commands"
CRMREADY="$CRMREADY" sh -e script.sh 2>script.err || fail "a tour command failed: $(cat script.err)"
i=1
while [ "$i" -le "$(cat count)" ]; do
	while IFS= read -r want; do
		grep -qxF -- "$want" "out.$i" ||
			fail "README tour, command $i ($(sed -n "${i}p" script.sh)): not in its output: $want"
	done <"expect.$i"
	i=$((i + 1))
done
done_testing
