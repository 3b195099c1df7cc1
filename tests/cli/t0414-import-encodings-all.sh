# Every CSV import reads the encodings and layouts of issue 17 item 4, not
# only the roster (t0410): a Persian Google Forms export saved by Excel as
# "Unicode text" (UTF-16LE, tabs) and as Windows-1256 CSV; a LoginHistory
# in UTF-16 going through the adoption import's fast reader; a Contact
# export in Windows-1252 with ';' through dq scan. Each gives the same
# figures as its UTF-8 original; the broken variants leave the workspace
# unchanged.
. "$TESTS_DIR/cli/lib.sh"
E="$DATA/encodings"
F="$DATA/forms"
R="نشانی ایمیل"

# summary FILE [KEYS]: the assessment's figures (groups too unless KEYS says).
summary() {
	python3 -c "
import json, sys; a = json.load(open('out'))
print(json.dumps({k: a[k] for k in sys.argv[1].split()}, sort_keys=True))" \
		"${2:-respondents index level dimensions groups}" > "$1"
}

run --db utf8.db survey import crm-readiness "$F/gforms-fa.csv" --respondent-column "$R"; expect_rc 0
run --db utf8.db assess crm-readiness --format json; summary utf8.json

# UTF-16LE with a BOM, tab-separated: no option needed.
run --db u16.db survey import crm-readiness "$E/gforms-fa-unicode.txt" --respondent-column "$R"
expect_rc 0; expect_out "imported 4 respondents"
run --db u16.db assess crm-readiness --format json; summary u16.json
cmp -s utf8.json u16.json || fail "UTF-16 survey import differs from UTF-8"

# Windows-1256 (Arabic yeh throughout, ASCII digits): a hint, then --encoding.
run --db w.db survey import crm-readiness "$E/gforms-fa-1256.csv" --respondent-column "$R"
expect_rc 65
expect_err "gforms-fa-1256.csv: header (line 1), column 1: error: invalid UTF-8 at byte 1 of the cell (byte 0xE3); the file is not UTF-8: it may be windows-1256 (Arabic, Persian), import it with --encoding windows-1256"
before=$(db_sum w.db)
run --db w.db survey import crm-readiness "$E/gforms-fa-1256.csv" --respondent-column "$R" --encoding windows-1256
expect_rc 0; expect_out "imported 4 respondents"
# The departments are spelt with the Arabic yeh (مديريت): the groups differ
# by name, every other figure is the same.
run --db utf8.db assess crm-readiness --format json; summary utf8-org.json "respondents index level dimensions"
run --db w.db assess crm-readiness --format json; summary w.json "respondents index level dimensions"
cmp -s utf8-org.json w.json || fail "Windows-1256 survey import differs from UTF-8"
run --db w.db survey list crm-readiness --format csv
# Department cells keep what the file says (Arabic yeh): only matching folds it.
expect_out "ana@acme.ir,فروش,Manager,"

# The adoption import: the same log in UTF-16BE, transcoded into the fast reader.
run --db a8.db roster import "$DATA/adoption/roster.csv"; expect_rc 0
run --db a8.db adoption import "$DATA/adoption/login.csv"; expect_rc 0
run --db a8.db adoption report --format json; cp out a8.json
(printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$DATA/adoption/login.csv") > login16.csv
run --db a16.db roster import "$DATA/adoption/roster.csv"; expect_rc 0
run --db a16.db adoption import login16.csv; expect_rc 0
expect_out "11 rows, 10 successful logins, 1 not successful"
expect_out "New logins: 9; already known: 1."
run --db a16.db adoption report --format json
cmp -s out a8.json || fail "UTF-16 adoption report differs"
# A tab-separated log through --delimiter, from a pipe.
tr ',' '\t' < "$DATA/adoption/login.csv" > login.tsv
run --db at.db roster import "$DATA/adoption/roster.csv"
"$CRMREADY" --db at.db adoption import - --delimiter tab < login.tsv > out 2>err; rc=$?
expect_rc 0; expect_out "11 rows, 10 successful logins"
# Broken: a UTF-16 log cut inside a character.
head -c 1001 login16.csv > cut16.csv
before=$(db_sum a16.db)
run --db a16.db adoption import cut16.csv; expect_rc 65
expect_err "cut16.csv:"
expect_err "error: not valid UTF-16BE text: the file ends inside a character"
[ "$(db_sum a16.db)" = "$before" ] || fail "workspace changed (cut UTF-16 log)"

# A mapped activity log in Windows-1256 whose users are Persian names: the
# adoption import's own check names the encoding too.
printf 'user,time\r\nsara.rezayi,2025-03-03T08:00:00Z\r\n' > act.csv
printf '\323\307\321\307,2025-03-04T08:00:00Z\r\n' >> act.csv
run --db act.db adoption import act.csv --map user=user,time=time; expect_rc 65
expect_err "act.csv: row 2 (line 3), column 1 (user): error: user"
expect_err "not valid UTF-8; the file may be windows-1256: import it with --encoding windows-1256"
run --db act.db adoption import act.csv --map user=user,time=time --encoding windows-1256
expect_rc 0; expect_out "2 rows, 2 successful logins"
expect_out "سارا (1)"

# dq scan: a Windows-1252 export with ';' gives the figures of the UTF-8 one.
python3 - "$DATA/dq/contacts.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
def latin(r):
    try:
        ",".join(r).encode("cp1252"); return True
    except UnicodeEncodeError:
        return False
rows = [r for r in rows if latin(r)]   # Persian names have no Windows-1252 form
rows[1][1] = "Zoë"; rows[2][2] = "Müller"
csv.writer(open("c8.csv", "w", encoding="utf-8", newline="")).writerows(rows)
csv.writer(open("c1252.csv", "w", encoding="cp1252", newline=""), delimiter=";").writerows(rows)
PY
run --db d8.db dq scan c8.csv --format json; expect_rc 0
python3 -c "import json; a=json.load(open('out')); a.pop('file'); json.dump(a, open('c8.json','w'), sort_keys=True)"
run --db d1.db dq scan c1252.csv; expect_rc 65
expect_err "it may be windows-1252 (Western European), import it with --encoding windows-1252"
run --db d1.db dq scan c1252.csv --encoding windows-1252 --format json; expect_rc 0
python3 -c "import json; a=json.load(open('out')); a.pop('file'); json.dump(a, open('c1252.json','w'), sort_keys=True)"
cmp -s c8.json c1252.json || fail "Windows-1252 dq scan differs from UTF-8"

done_testing
