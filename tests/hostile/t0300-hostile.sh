# Hostile input to the YAML loader: each a clear error within a second, no
# crash, exit 65 (the sanitized build runs the same test).
. "$TESTS_DIR/cli/lib.sh"

# "Within a second" is measured in CPU time (user + system) where GNU time
# is there, so that a loaded machine does not fail the test; wall time
# otherwise. The sanitized build is several times slower: it gets 5 s.
limit=1000
case "$CRMREADY" in */asan/*) limit=5000 ;; esac
[ -x /usr/bin/time ] || echo "note: /usr/bin/time missing: wall-clock times"

# check FILE EXPECTED-MESSAGE: validate FILE under a 5 s timeout.
check() {
	start=$(date +%s%N)
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f '%U %S' -o cpu.txt timeout 5 "$CRMREADY" questionnaire validate "$1" >out 2>err
		rc=$?
		ms=$(tail -n 1 cpu.txt | awk '{ printf "%d", ($1 + $2) * 1000 }')
	else
		timeout 5 "$CRMREADY" questionnaire validate "$1" >out 2>err
		rc=$?
		ms=$(( ($(date +%s%N) - start) / 1000000 ))
	fi
	wall=$(( ($(date +%s%N) - start) / 1000000 ))
	expect_rc 65 "$1"
	expect_err "$2"
	[ "$ms" -lt "$limit" ] || fail "$1 took $ms ms"
	grep -q "Sanitizer\|runtime error" err && fail "$1: sanitizer report"
	echo "$1: ${ms} ms CPU, ${wall} ms wall: $(head -n 1 err | cut -c1-100)"
}

: > empty.yaml
check empty.yaml "empty.yaml: error: the file is empty, expected a questionnaire"

cp /bin/ls binary.yaml
check binary.yaml "binary.yaml:1:1: error: control characters are not allowed (byte 0x7F); the file must be UTF-8 text"

printf 'id: x\nversion: 1\ntitle: "caf\351"\n' > latin1.yaml
check latin1.yaml "latin1.yaml:3:12: error: invalid trailing UTF-8 octet (byte 0xE9); the file must be UTF-8 text"

printf 'id: x\ntitle: \377\376\n' > badutf8.yaml
check badutf8.yaml "badutf8.yaml:2:8: error: invalid leading UTF-8 octet (byte 0xFF); the file must be UTF-8 text"

# a 10 MB single line
head -c 10485760 /dev/zero | tr '\0' 'x' > long.yaml
check long.yaml "long.yaml: error: file is larger than the limit of 8 MB"

# a 1 MB scalar on one line (under the file limit)
{ printf 'id: '; head -c 1048576 /dev/zero | tr '\0' 'x'; echo; } > longscalar.yaml
check longscalar.yaml "longscalar.yaml:1:5: error: string of 1048576 bytes is longer than the limit of 65536"

# 10,000-deep nesting, flow and block
{ head -c 10000 /dev/zero | tr '\0' '['; head -c 10000 /dev/zero | tr '\0' ']'; echo; } > deep.yaml
check deep.yaml "deep.yaml:1:65: error: nesting deeper than 64 levels"
i=0; : > deepmap.yaml
while [ $i -lt 100 ]; do printf "%*sk:\n" $i "" >> deepmap.yaml; i=$((i + 1)); done
check deepmap.yaml "deepmap.yaml:65:65: error: nesting deeper than 64 levels"

# billion laughs
{
	echo 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'
	prev=a
	for i in 1 2 3 4 5 6 7 8 9; do
		printf 'b%s: &b%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n' $i $i \
			$prev $prev $prev $prev $prev $prev $prev $prev $prev
		prev=b$i
	done
} > bomb.yaml
check bomb.yaml "error: document too large: more than 500000 nodes once aliases are expanded (is this an alias bomb?)"

# an alias to itself and to nothing
printf 'a: &a [*a]\n' > selfalias.yaml
check selfalias.yaml "selfalias.yaml:1:8: error: alias *a refers to no earlier anchor"
printf 'a: *nothing\n' > noanchor.yaml
check noanchor.yaml "noanchor.yaml:1:4: error: alias *nothing refers to no earlier anchor"

# 100,000 keys in one map (the duplicate check was quadratic: minutes)
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "k%d: 1\n", i }' > manykeys.yaml
check manykeys.yaml "manykeys.yaml:1:1: error: unknown key 'k0' in questionnaire"
expect_err "... and 99007 more messages not shown"
expect_err "100007 errors"

# 10,000 questions (the id checks were quadratic: a minute for 40,000)
{
	printf 'id: big\nversion: 1\ntitle: Big\nscale: {min: 1, max: 5}\n'
	printf 'levels: [{min: 0, label: L}]\ndimensions: [{id: d, title: D}]\nquestions:\n'
	awk 'BEGIN { for (i = 0; i < 10000; i++) printf "  - {id: q%d, dimension: d, type: likert, text: T}\n", i }'
} > manyquestions.yaml
check manyquestions.yaml "manyquestions.yaml:8:3: error: questions: 10000 items, more than the limit of 1000"

# a NUL byte, a second document, a non-scalar key
printf 'id: a\0b\n' > nul.yaml
check nul.yaml "nul.yaml:1:6: error: control characters are not allowed (byte 0x00)"
printf 'id: a\n---\nid: b\n' > twodocs.yaml
check twodocs.yaml "twodocs.yaml:2:1: error: found a second YAML document, expected one per file"
printf '? [a]\n: 1\n' > listkey.yaml
check listkey.yaml "listkey.yaml:1:3: error: found a list as a key, expected a name"

# The same through add: refused, nothing created.
timeout 5 "$CRMREADY" questionnaire add bomb.yaml >out 2>err; rc=$?
expect_rc 65; expect_no_file crmready.db
done_testing
