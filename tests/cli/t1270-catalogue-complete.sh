# Every message the code marks for translation (_, N_, trn, trc) has a
# translation in every catalogue, none fuzzy, and every catalogue compiles
# with its printf conversions checked (msgfmt --check-format). The messages
# are extracted from the sources by xgettext, as a translator's tools would.
. "$TESTS_DIR/cli/lib.sh"
top="$TESTS_DIR/.."
command -v xgettext >/dev/null 2>&1 || { echo "note: no xgettext (gettext): not tested"; done_testing; }

find "$top" \( -name '*.c' -o -name '*.h' \) -not -path "$top/build/*" -not -path "$top/tests/*" \
	-not -path "$top/bench/*" -not -path "$top/tools/*" | sort > sources
sh "$top/po/extract.sh" "$top" crmready.pot < sources 2>xgettext.err || fail "xgettext: $(cat xgettext.err)"
n=$(grep -c '^msgid ' crmready.pot)
[ "$n" -gt 500 ] || fail "only $n messages extracted: is the code marked?"

for po in "$top"/po/*.po; do
	lang=$(basename "$po" .po)
	cp "$po" "$lang.po"
	# every extracted msgid is in the catalogue
	if ! msgcmp --use-untranslated "$lang.po" crmready.pot > "$lang.cmp" 2>&1; then
		# name the messages, not the template's line numbers
		missing=$(sed -n 's/^crmready\.pot:\([0-9]*\): this message is used but not defined.*/\1/p' "$lang.cmp" |
			while read -r l; do sed -n "$((l - 1))p" crmready.pot; done | head -20)
		fail "$lang: $(grep -c 'not defined' "$lang.cmp") messages missing from po/$lang: $missing"
	fi
	# and translated, not fuzzy
	msgattrib --untranslated --no-obsolete "$lang.po" | grep -c '^msgid ' > untr || true
	[ "$(cat untr)" -le 1 ] || fail "$lang: untranslated: $(msgattrib --untranslated --no-obsolete "$lang.po" | grep '^msgid ' | sed -n '2,21p')"
	msgattrib --only-fuzzy --no-obsolete "$lang.po" | grep -c '^msgid ' > fuzzy || true
	[ "$(cat fuzzy)" -le 1 ] || fail "$lang: fuzzy: $(msgattrib --only-fuzzy "$lang.po" | grep '^msgid ' | sed -n '2,11p')"
	msgfmt --check-format --check-header -o /dev/null "$lang.po" 2> "$lang.fmt" ||
		fail "$lang: msgfmt: $(head -20 "$lang.fmt")"
done
done_testing
