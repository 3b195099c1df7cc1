# The module map of HACKING.md against the code: every `#include "../X/H"`
# in a module's .c and .h files must go in a direction the map allows, to
# the one public header of X (never another module's *_internal.h, which
# is for that module's own files), and every directory of C sources must be
# on the map, with its sources at its top (nested folders would escape). A
# module on the map whose directory does not exist (yet) is fine; a
# direction the map does not list is not.
. "$TESTS_DIR/cli/lib.sh"
top="$TESTS_DIR/.."
hacking="$top/HACKING.md"
[ -f "$hacking" ] || { fail "no HACKING.md"; done_testing; }

# The map: the lines of the ```module-map block, "MODULE HEADER -> DEPS...".
awk '/^```module-map$/ { on = 1; next } on && /^```/ { exit } on && NF' "$hacking" >map
[ -s map ] || fail "HACKING.md has no module-map block"
awk '$3 != "->" { print "HACKING.md module-map: not MODULE HEADER -> DEPS...: " $0 }' map >bad
[ ! -s bad ] || fail "$(cat bad)"

# Every directory holding C sources, but the tests, benchmarks and tools,
# is a module on the map.
for d in "$top"/*/; do
	m=$(basename "$d")
	case $m in tests|bench|tools|build) continue ;; esac
	has_c=0
	for f in "$d"*.c "$d"*.h; do [ -f "$f" ] && has_c=1; done
	[ "$has_c" -eq 1 ] || continue
	awk -v m="$m" '$1 == m { found = 1 } END { exit !found }' map ||
		fail "directory $m/ holds C sources but is not on the module map of HACKING.md"
done

# Every include that crosses a module boundary, as FILE:LINE MODULE TARGET HEADER;
# one with a path of another shape ("../../X/H", "X/H", "../X/Y/H") is
# not checked by the map, so it is refused.
: >includes
: >shapes
for m in $(awk '{ print $1 }' map); do
	[ -d "$top/$m" ] || continue
	nested=$(find "$top/$m" -mindepth 2 -name '*.[ch]' | sed "s|^$top/||")
	[ -z "$nested" ] || fail "C sources in a folder inside $m/, which the map can not check: $nested"
	for f in "$top/$m"/*.c "$top/$m"/*.h; do
		[ -f "$f" ] || continue
		awk -v m="$m" -v f="$m/$(basename "$f")" '
			match($0, /^[ \t]*#[ \t]*include[ \t]*"\.\.\/[^"\/]+\/[^"]+"/) {
				s = substr($0, RSTART, RLENGTH); sub(/^[^"]*"\.\.\//, "", s); sub(/"$/, "", s)
				split(s, p, "/"); print f ":" FNR, m, p[1], p[2]
				next
			}
			match($0, /^[ \t]*#[ \t]*include[ \t]*"[^"]*\/[^"]*"/) {
				print f ":" FNR ": " substr($0, RSTART, RLENGTH) >> "shapes"
			}' "$f" >>includes
	done
done
[ -s includes ] || fail "found no includes between modules: is the tree where the test thinks?"
[ ! -s shapes ] || fail "includes the map can not check (write \"../MODULE/HEADER\"):
$(cat shapes)"

awk '
FNR == NR { face[$1] = $2; for (i = 4; i <= NF; i++) ok[$1 " " $i] = 1; next }
{
	where = $1; from = $2; to = $3; header = $4
	if (!(to in face))
		print where ": includes " to "/" header ": " to "/ is not on the module map"
	else if (!((from " " to) in ok))
		print where ": includes " to "/" header ": the map does not allow " from " -> " to
	else if (header ~ /_internal\.h$/)
		print where ": includes " to "/" header ": a *_internal.h is for " to "/'"'"'s own files"
	else if (face[to] != "*" && header != face[to])
		print where ": includes " to "/" header ": " to "/ is used through its public header " face[to] " only"
}' map includes >forbidden
[ ! -s forbidden ] || fail "includes against the module map of HACKING.md:
$(cat forbidden)"
done_testing
