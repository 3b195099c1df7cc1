#!/bin/sh
# Install the Debian packages crmready needs to build and test, only those
# missing. Nothing happens when all are present.
set -eu
PACKAGES="gcc make pkg-config libyaml-dev libsqlite3-dev libcmocka-dev
libxlsxwriter-dev libcsv-dev libutf8proc-dev libjansson-dev libpcre2-dev
libicu-dev gettext
sqlite3 python3 python3-openpyxl poppler-utils
chromium man-db groff-base"
# The workbook test renders it with LibreOffice: any installed variant will
# do, else the small headless one.
command -v soffice >/dev/null 2>&1 || PACKAGES="$PACKAGES libreoffice-calc-nogui"
# make bench also needs the peers it is compared with.
BENCH_PACKAGES="time python3-pandas python3-xlsxwriter"
[ "${1:-}" = bench ] && PACKAGES="$PACKAGES $BENCH_PACKAGES"

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
