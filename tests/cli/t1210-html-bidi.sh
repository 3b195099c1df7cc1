# The HTML report right to left (fa, ar): the document's language and
# direction, content text in <bdi>, chart labels isolated (FSI ... PDI) so a
# title mixing scripts keeps its order, the ellipsis of a cut label at its
# logical end, the Gantt's and the gap chart's axes mirrored (the earliest
# week on the right), goal comparisons as words, dates after Arabic letters
# led by a LEFT-TO-RIGHT MARK. English keeps its markup.
. "$TESTS_DIR/cli/lib.sh"
FSI=$(printf '\342\201\250') PDI=$(printf '\342\201\251') LRM=$(printf '\342\200\216')

run demo sample; expect_rc 0
for lang in en fa ar; do
	run --db sample/demo.db --lang $lang report $lang.html; expect_rc 0
done

has() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2"; }
hasnt() { grep -qF -- "$2" "$1" && fail "$1 has: $2"; return 0; }

has en.html '<html lang="en" dir="ltr">'
has fa.html '<html lang="fa" dir="rtl">'
has ar.html '<html lang="ar" dir="rtl">'

# Content text isolated in the tables; nothing of the kind in English.
has fa.html '<td><bdi>dq.score</bdi>'
has ar.html '<td><bdi>dq.score</bdi>'
hasnt en.html '<bdi>dq.score'

# The Gantt: "تدوین چشم‌انداز CRM و کارت امتیازی متوازن" isolated whole.
has fa.html "${FSI}تدوین چشم‌انداز CRM و کارت امتیازی متوازن${PDI}"
hasnt en.html "$FSI"
# A cut label: the logical string cut, "…" at its end, inside the isolate.
grep -q "…${PDI}</text>" fa.html || fail "fa: no cut chart label ends in … then PDI"
grep -q "${FSI}…" fa.html && fail "fa: an ellipsis at the logical start of a label"
grep -q "…</text>" en.html || fail "en: cut labels keep their ellipsis"

# month_ticks X1 FILE: the x of the Gantt's month grid lines, in order.
gantt_x() { sed -n '/<figure class="chart gantt">/,/<\/figure>/p' "$1" |
	sed -n 's/^<line class="grid" x1="\([0-9.]*\)".*/\1/p'; }
first=$(gantt_x fa.html | head -1) last=$(gantt_x fa.html | tail -1)
[ -n "$first" ] && awk "BEGIN{exit !($first > $last)}" || fail "fa: the Gantt's months must run right to left ($first .. $last)"
first=$(gantt_x ar.html | head -1) last=$(gantt_x ar.html | tail -1)
awk "BEGIN{exit !($first > $last)}" || fail "ar: the Gantt's months must run right to left ($first .. $last)"
first=$(gantt_x en.html | head -1) last=$(gantt_x en.html | tail -1)
awk "BEGIN{exit !($first < $last)}" || fail "en: the Gantt's months run left to right ($first .. $last)"
# Labels on the right, anchored at their end there.
has fa.html '<text class="phase" x="956" y="38.5" text-anchor="end">'
has en.html '<text class="phase" x="4" y="38.5"><title>'
# The gap chart: capability labels right of the bars, starting there.
has fa.html '<text class="label" x="418" y="46.0" text-anchor="start">'
has en.html '<text class="label" x="222" y="46.0" text-anchor="end">'

# ">= 20" inside right-to-left text would read "20 =<": words instead.
has fa.html '<td class="n">دست‌کم '
has ar.html '<td class="n">لا يقل عن '
hasnt fa.html '<td class="n">&gt;='
has en.html '<td class="n">&gt;= '

# Dates after Arabic letters keep their order.
has fa.html "وضعیت در ${LRM}"
has ar.html "الحالة في ${LRM}"
hasnt en.html "$LRM"
done_testing
