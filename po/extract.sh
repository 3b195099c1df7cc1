#!/bin/sh
# Extract every message the code marks for translation into a template:
#   po/extract.sh TOP OUT.pot < list-of-sources
# The keywords are core/i18n.h's: _ and N_ (a message), trn (singular and
# plural), trc and NC_ (context and message).
top=$1
out=$2
xgettext --from-code=UTF-8 --language=C --add-comments=TRANSLATORS: \
	--keyword= --keyword=_ --keyword=N_ --keyword=trn:1,2 --keyword=trc:1c,2 --keyword=NC_:1c,2 \
	--package-name=crmready --no-location --no-wrap --sort-output \
	--files-from=- -o "$out"
