# Under Arabic and Persian, what a reader sees holds no English sentence the
# code forgot to mark for translation. (`dq checks show` prints the checks
# file as its author wrote it, comments and all, and is left out.) Every read command of the sample
# engagement, every help page, an error of each kind, and the HTML report's
# text are searched for two English words in a row: ids (with '-', '.',
# '_' or digits), option and command names in quotes, the organisation's
# own data (every word of the demo's input files) and the names of products
# and formats are not English prose and are left out first.
. "$TESTS_DIR/cli/lib.sh"
export CRMREADY_TODAY=2026-11-23
"$CRMREADY" demo demo >/dev/null 2>demo.err || fail "demo: $(tail -3 demo.err)"
db="--db demo/demo.db"

# The organisation's own words: its names, departments, roles, answers.
cat demo/*.csv | tr -c 'A-Za-z\n' '\n' | tr 'A-Z' 'a-z' | sort -u > data-words
# Proper names and formats a translation keeps in Latin letters.
cat > names <<'NAMES'
crm crmready salesforce excel xlsform kobo kobotoolbox google forms microsoft dynamics
hubspot zoho csv json yaml html xlsx utf libreoffice chromium loginhistory contact
lead account user id iso sqlite wal nfs smb cifs sshfs odk na dq
NAMES
tr ' ' '\n' < names | sed '/^$/d' >> data-words
sort -u data-words -o data-words

: > text
say() {
	"$CRMREADY" "$@" >o 2>e </dev/null
	{ printf '## %s\n' "$*"; cat o e; } >> text
}
for l in ar fa; do
	for args in "questionnaire list" "questionnaire show crm-readiness" \
		"questionnaire show crm-capabilities" "rules list" "rules show crm-default" \
		"catalogue list" "catalogue show crm-default-plan" "dq checks list" \
		"survey list" "assess" "assess --by department" \
		"assess crm-capabilities" "gaps" "findings" "findings --passed" "plan show" \
		"plan show --explain" "goal list" "metric list" "status" "roster list" \
		"adoption report" "adoption report --by wave" "dq report"; do
		# shellcheck disable=SC2086
		say --lang "$l" $db $args
	done
	say --lang "$l" help
	for c in $("$CRMREADY" --help | sed -n '/^commands:/,/^$/p' | awk 'NR>1 && NF {print $1}'); do
		say --lang "$l" help "$c"
	done
	say --lang "$l" $db plan build --start 2026-02-30
	say --lang "$l" $db survey import nosuch.csv
	printf 'id: x\nversion: 1\ntitle: X\nquestons: []\n' > bad.yaml
	say --lang "$l" questionnaire validate bad.yaml
	say --lang "$l" $db assess no-such-questionnaire
	"$CRMREADY" --lang "$l" $db report "r-$l.html" >/dev/null 2>&1
	# the report's text: tags, styles and scripts out
	{ printf '## report %s\n' "$l"; sed -e '/<style>/,/<\/style>/d' -e 's/<[^>]*>/\n/g' "r-$l.html"; } >> text
done

# Words in quotes ('crmready plan build', "other"), expressions a user
# types (a goal, a rule's condition: isolated, U+2068 ... U+2069), command
# lines (a usage line, a usage error's "crmready plan build:"), ids,
# options, numbers,
# e-mail addresses and paths out; then the data and names; then two
# lower-case English words of two letters or more in a row are prose.
LC_ALL=C sed -e "s/'[^']*'//g" -e 's/`[^`]*`//g' -e 's/\xe2\x81\xa8[^\xe2]*\xe2\x81\xa9//g' -e 's/crmready\( [a-z][a-z-]*\)\{1,3\}//g' text |
	tr -s ' \t' '  ' |
	awk -v words=data-words '
		BEGIN { while ((getline w < words) > 0) known[w] = 1 }
		/^## / { where = $0; next }
		{
			n = split($0, t, /[ ,;:()\[\]«»"!?]+/)
			run = 0; prev = ""
			for (i = 1; i <= n; i++) {
				w = t[i]
				if (w !~ /^[a-z][a-z]+$/ || (tolower(w) in known)) { run = 0; continue }
				run++
				if (run >= 2) { print where ": " prev " " w " | " $0; break }
				prev = w
			}
		}' | sort -u > english
[ ! -s english ] || fail "$(wc -l < english) lines with English left, e.g.:
$(head -40 english)"
done_testing
