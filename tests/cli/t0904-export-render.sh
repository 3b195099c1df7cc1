# The workbook opens in LibreOffice: convert it to PDF and the Summary page
# to PNG in tests/out/ for a person to look at. Skipped when soffice (Debian
# libreoffice-calc) or pdftoppm (poppler-utils) is absent.
. "$TESTS_DIR/cli/lib.sh"
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
	echo "skipped: soffice or pdftoppm not installed (apt-get install libreoffice-calc poppler-utils)"
	done_testing
fi
outdir="$TESTS_DIR/out"
mkdir -p "$outdir"
# LibreOffice wants a writable profile; keep it out of $HOME.
export HOME="$PWD/home"
# Tahoma, asked for by Persian workbooks, as a font with Arabic script.
export FONTCONFIG_FILE="$DATA/export/fonts.conf"
mkdir -p "$HOME"

render() { # render XLSX NAME [all]: PDF, then page 1 (the Summary) as NAME.png; every page too with all
	rm -f "${1%.xlsx}.pdf"
	timeout 120 soffice --headless --norestore --convert-to pdf --outdir . "$1" >soffice.log 2>&1 ||
		{ fail "soffice could not convert $1: $(cat soffice.log)"; return; }
	[ -s "${1%.xlsx}.pdf" ] || { fail "no PDF for $1"; return; }
	pdftoppm -f 1 -l 1 -r 80 -png -singlefile "${1%.xlsx}.pdf" "$outdir/$2" || fail "pdftoppm failed on $1"
	[ -s "$outdir/$2.png" ] || fail "no PNG for $1"
	if [ "${3:-}" = all ]; then
		rm -f "$outdir/$2-page"-*.png
		pdftoppm -r 70 -png "${1%.xlsx}.pdf" "$outdir/$2-page" || fail "pdftoppm (every page) failed on $1"
	fi
}

run questionnaire add "$DATA/export/mini.yaml"; expect_rc 0
sqlite3 crmready.db <"$DATA/export/metrics.sql" || fail "loading metrics"
run export wb.xlsx; expect_rc 0
render wb.xlsx export-summary
run export wb-fa.xlsx --lang fa; expect_rc 0
render wb-fa.xlsx export-summary-fa
run export wb-ar.xlsx --lang ar; expect_rc 0
render wb-ar.xlsx export-summary-ar
rm crmready.db
run export empty.xlsx; expect_rc 0
render empty.xlsx export-summary-empty
# The complete model written by the unit test (tests/unit/test_report_xlsx.c).
if [ -f "$outdir/export-full.xlsx" ]; then
	cp "$outdir/export-full.xlsx" full.xlsx && render full.xlsx export-summary-full
	pages=$(pdfinfo full.pdf 2>/dev/null | sed -n 's/^Pages: *//p')
	[ "${pages:-0}" -ge 9 ] || fail "the full workbook should print at least 9 pages, got ${pages:-none}"
fi
echo "rendered: $outdir/export-summary*.png"
done_testing
