"""Fails, putting the catalogues back, when lupdate dropped a message the code still says.

pyside6-lupdate reads ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")``, but
not a count or a computed disambiguation given to ``QCoreApplication.translate`` (the
payslip cut lines' ``%n``, "This %3 is %2: %1 can no longer change." with "several
fields"): with ``-no-obsolete`` it dropped those translations, which the code still asks
for, and French and Kinyarwanda readers would have read English (stop 37: three of them).

    python scripts/ts_kept.py BACKUP_DIR dicel_desktop/i18n/dicel_fr.ts ...

Each catalogue is compared with its copy in BACKUP_DIR (made before lupdate ran); a
message gone whose source text (its first line, placeholders and all) is still in a
Python file under dicel_desktop/ is named, every catalogue is restored from its copy,
and the exit status is 1. Messages gone from the code are left dropped.
"""

from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

_CONTEXT = re.compile(r"<context>(.*?)</context>", re.S)
_NAME = re.compile(r"<name>(.*?)</name>")
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)


def messages(path: Path) -> set[tuple[str, str]]:
    found = set()
    for context in _CONTEXT.findall(path.read_text(encoding="utf-8")):
        name = _NAME.search(context).group(1)
        found |= {(name, html.unescape(s)) for s in _SOURCE.findall(context)}
    return found


def _said_in(files: list[str], context: str, source: str) -> bool:
    """Whether the code asks for ``source`` in ``context``: ``translate("context", …)``
    or ``QT_TRANSLATE_NOOP("context", …)`` with it as the text, or ``tr(…)`` with it in
    a file that defines ``class context``; the text whole when short, else its first 30
    characters (a long text is split over lines in the code)."""
    text = re.escape(f'"{source}"' if len(source) <= 30 else f'"{source[:30]}')
    named = re.compile(
        rf'(?:\btranslate|QT_TRANSLATE_NOOP)\(\s*"{re.escape(context)}"\s*,\s*{text}'
    )
    own = re.compile(rf"\btr\(\s*{text}")
    return any(named.search(f) or (f"class {context}(" in f and own.search(f)) for f in files)


def main(backup: str, *catalogues: str) -> int:
    files = [
        p.read_text(encoding="utf-8")
        for p in Path("dicel_desktop").rglob("*.py")
        if "i18n" not in p.parts
    ]
    still_said = set()
    for catalogue in map(Path, catalogues):
        gone = messages(Path(backup) / catalogue.name) - messages(catalogue)
        still_said |= {(c, s) for c, s in gone if _said_in(files, c, s)}
    if not still_said:
        return 0
    for catalogue in map(Path, catalogues):
        shutil.copyfile(Path(backup) / catalogue.name, catalogue)
    print("lupdate dropped messages the code still says; the catalogues are put back:")
    for context, source in sorted(still_said):
        print(f"  {context}: {source[:90]}")
    print("Make each call one lupdate reads (self.tr with a count, or QT_TRANSLATE_NOOP),")
    print("or add new messages to the .ts by hand.")
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
