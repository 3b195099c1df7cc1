#!/bin/sh
# The HTML report in a real browser (headless Chromium from Debian): the
# page loads without console errors, the charts are in the rendered DOM,
# and screenshots of the first page (English, Persian and Arabic) and every
# printed page (when pdftoppm is there) are kept in tests/out/ for a person
# to look at. Skipped when Chromium is absent.
. "$TESTS_DIR/cli/lib.sh"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "skipped: chromium not installed (apt-get install chromium)"
	exit 0
fi
outdir="$TESTS_DIR/out"
mkdir -p "$outdir"

run demo sample
expect_rc 0
run --db sample/demo.db --lang ar report sample/report-ar.html
expect_rc 0

chrome() {
	profile=$(mktemp -d)
	timeout 90 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
	rc=$?
	rm -rf "$profile"
	return $rc
}

for lang in en fa ar; do
	page=sample/report.html
	[ $lang = fa ] && page=sample/report-fa.html
	[ $lang = ar ] && page=sample/report-ar.html
	url="file://$PWD/$page"
	chrome --dump-dom "$url" >dom.$lang.html 2>chrome.$lang.err || fail "chromium --dump-dom ($lang)"
	# Console messages from the page are logged as CONSOLE(line) or "Uncaught".
	if grep -E 'CONSOLE|Uncaught|Failed to load resource|net::ERR' chrome.$lang.err; then
		fail "console errors in the $lang page"
	fi
	svgs=$(grep -o '<svg' dom.$lang.html | wc -l)
	[ "$svgs" -ge 4 ] || fail "$lang: expected at least 4 charts in the DOM, found $svgs"
	for cls in 'class="radar"' 'class="bars"' 'class="band"' 'class="series' 'class="heat"'; do
		grep -q "$cls" dom.$lang.html || fail "$lang: rendered DOM lacks $cls"
	done
	[ $lang != en ] && { grep -q 'dir="rtl"' dom.$lang.html || fail "$lang: right to left"; }
	chrome --window-size=1200,1600 --hide-scrollbars --screenshot="$outdir/report-first-page-$lang.png" \
		"$url" >/dev/null 2>chrome.shot.err || fail "chromium --screenshot ($lang)"
	size=$(wc -c <"$outdir/report-first-page-$lang.png" 2>/dev/null || echo 0)
	[ "$size" -gt 20000 ] || fail "$lang screenshot is missing or blank ($size bytes)"
	# Printing to PDF works too (the print CSS: one section a page).
	chrome --print-to-pdf="$outdir/report-$lang.pdf" --no-pdf-header-footer "$url" >/dev/null 2>&1 ||
		fail "chromium --print-to-pdf ($lang)"
	head -c 5 "$outdir/report-$lang.pdf" | grep -q '%PDF-' || fail "$lang PDF"
	# Every printed page as a PNG (a section a page: the Gantt, the gaps...).
	if command -v pdftoppm >/dev/null 2>&1; then
		rm -f "$outdir/report-$lang-page"-*.png
		pdftoppm -r 70 -png "$outdir/report-$lang.pdf" "$outdir/report-$lang-page" ||
			fail "pdftoppm on the $lang PDF"
	fi
done
echo "screenshots: $outdir/report-first-page-{en,fa,ar}.png, pages: $outdir/report-{en,fa,ar}-page-*.png"
done_testing
