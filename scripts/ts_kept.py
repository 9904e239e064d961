"""Fails, putting the catalogues back, when lupdate dropped a message the code still says.

pyside6-lupdate reads ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")``, but
not a count or a computed disambiguation given to ``QCoreApplication.translate`` (the
payslip cut lines' ``%n``, "This %3 is %2: %1 can no longer change." with "several
fields"): with ``-no-obsolete`` it dropped those translations, which the code still asks
for, and French and Kinyarwanda readers would have read English (stop 37: three of them).

    python scripts/ts_kept.py BACKUP_DIR dicel_desktop/i18n/dicel_fr.ts ...

Each catalogue is compared with its copy in BACKUP_DIR (made before lupdate ran); a
message gone whose source text (whole, placeholders and all) is still asked for by a
Python file under dicel_desktop/ is named, every catalogue is restored from its copy,
and the exit status is 1. Messages gone from the code are left dropped.
"""

from __future__ import annotations

import ast
import functools
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


@functools.cache
def _asked(code: str) -> tuple[set[tuple[str, str]], set[str], set[str]]:
    """What ``code`` asks for: (context, text) of each ``translate("context", "text")`` or
    ``QT_TRANSLATE_NOOP("context", "text")``, the texts of its ``tr("text")`` calls and the
    classes it defines. Texts whole, as Python reads them: a long one split over lines in
    the code is one text, and a change at its end is a change (a long source's first 30
    characters, compared alone, took a changed message for a dropped one: plural38)."""
    named: set[tuple[str, str]] = set()
    own: set[str] = set()
    classes: set[str] = set()
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return named, own, classes
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            classes.add(node.name)
            continue
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        texts = [a.value if isinstance(a, ast.Constant) else None for a in node.args[:2]]
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(texts) == 2:
            if all(isinstance(t, str) for t in texts):
                named.add((texts[0], texts[1]))
        elif name == "tr" and texts and isinstance(texts[0], str):
            own.add(texts[0])
    return named, own, classes


def _said_in(files: list[str], context: str, source: str) -> bool:
    """Whether the code asks for ``source`` in ``context``, the text whole:
    ``translate("context", …)`` or ``QT_TRANSLATE_NOOP("context", …)`` with it as the
    text, or ``tr(…)`` with it in a file that defines ``class context``."""
    for code in files:
        named, own, classes = _asked(code)
        if (context, source) in named or (context in classes and source in own):
            return True
    return False


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
