#!/usr/bin/env bash
# Extracts every translatable string into the .ts sources, then compiles the .qm files.
#
#   scripts/update-translations.sh            # after adding or changing strings
#
# 1. Regenerates dicel_desktop/i18n/schema_words.py (column labels, titles, choice words:
#    derived from names, so written out for lupdate).
# 2. pyside6-lupdate over the Python sources and the Designer files (ui/*.ui, not the
#    generated forms: the same strings, once) into dicel_desktop/i18n/dicel_{fr,rw}.ts.
#    Existing translations are kept; new strings arrive "unfinished"; strings gone from
#    the code are dropped (-no-obsolete; no "similar text" guess either: it once turned a
#    removed "Created date" into a second "Credit" reading "Date de création"), and so
#    are the "extra comments" lupdate makes of the sources' "#:" attribute docs. Unless
#    a message dropped is still in the code (scripts/ts_kept.py: lupdate does not read a
#    count or a computed disambiguation given to QCoreApplication.translate): then both
#    catalogues are put back and the script fails, naming them. Translate the unfinished ones in Qt Linguist
#    (.venv/bin/pyside6-linguist dicel_desktop/i18n/dicel_fr.ts) or in the XML.
# 3. pyside6-lrelease: dicel_{fr,rw}.qm beside them (git-ignored; the build ships them).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
"$VENV/bin/python" -m dicel_desktop.services.schema_words
mapfile -t SOURCES < <(find dicel_desktop -name '*.py' -not -path '*/gui/forms/ui_*' | sort)
# The catalogues as they were, to put back if lupdate drops a message still in use
# (scripts/ts_kept.py).
backup=$(mktemp -d)
trap 'rm -rf "$backup"' EXIT
cp dicel_desktop/i18n/dicel_fr.ts dicel_desktop/i18n/dicel_rw.ts "$backup"/
for lang in fr rw; do
    "$VENV/bin/pyside6-lupdate" -locations relative -no-obsolete -disable-heuristic similartext \
        -source-language en \
        -target-language "$lang" "${SOURCES[@]}" ui/*.ui -ts "dicel_desktop/i18n/dicel_$lang.ts"
    # The sources' "#:" comments document attributes (Sphinx style); lupdate takes them
    # for notes to translators and joins unrelated ones onto the next string: dropped.
    sed -i '/^ *<extracomment>.*<\/extracomment>$/d' "dicel_desktop/i18n/dicel_$lang.ts"
done
"$VENV/bin/python" scripts/ts_kept.py "$backup" dicel_desktop/i18n/dicel_fr.ts \
    dicel_desktop/i18n/dicel_rw.ts
for lang in fr rw; do
    "$VENV/bin/pyside6-lrelease" -silent "dicel_desktop/i18n/dicel_$lang.ts" \
        -qm "dicel_desktop/i18n/dicel_$lang.qm"
done
