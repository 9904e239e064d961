"""Write out ``domain/text_rules.py``'s generated tables (``INVISIBLE``, ``LOOK_ALIKES``)
from Unicode's own data files, once, when they are to be brought up to a newer Unicode:

    python scripts/text_rules_tables.py UCD_DIR > /tmp/tables.py

``UCD_DIR`` holds ``DerivedGeneralCategory.txt``, ``DerivedCoreProperties.txt``,
``UnicodeData.txt`` (unicode.org/Public/<version>/ucd/) and ``confusables.txt``
(unicode.org/Public/security/<version>/). Nothing is fetched: the files are the ones a
person chose. The output replaces the two tables in text_rules.py by hand, and a
migration then replaces ``dicel_folded`` (tests/security/test_text_that_fools.py compares
the window's folding and the database's).

* ``INVISIBLE``: every format character and combining mark (Cf, Mn, Mc, Me) and every
  Default_Ignorable_Code_Point (assigned or not: they are drawn as nothing), as ranges,
  after the control characters written by hand.
* ``LOOK_ALIKES``: confusables.txt's ``MA`` mappings of one non-ASCII character to one
  ASCII letter, digit, ':' or '-' (the long dashes' prototype U+30FC as '-'); each
  Latin small capital (its name) as its letter; a character whose other case is mapped
  as the same letter; the hand-chosen pairs below (those of migration 0077 among them,
  which win). Characters NFKC changes are left out: the folding never sees them. The
  look-alikes are folded before the invisible characters are removed: a few spacing
  marks read as a colon or a letter (U+0903 DEVANAGARI SIGN VISARGA as ':').
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

#: Controls other than the line break and NUL (a text holds none), written by hand.
CONTROLS = r"\u0001-\u0009\u000b-\u001f\u007f-\u009f"
#: What folds to a blank first (text_rules.FOLD_BLANK): not listed again.
BLANKS = {0x1680, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800}
#: The prototypes confusables.txt maps dashes to besides '-'.
DASH_PROTOTYPES = {0x30FC}
#: Pairs chosen by hand: migration 0077's table (Cyrillic, Greek and Armenian letters,
#: dotless i and j, dashes, colons) and what the review found confusables.txt misses.
BY_HAND = {
    **dict(
        zip(
            "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0423\u0425"
            "\u0405\u0406\u0408\u04ae\u04ba\u04c0\u051a\u051c"
            "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u0501\u04bb"
            "\u051b\u051d\u04cf\u04af"
            "\u0391\u0392\u0395\u0396\u0397\u0399\u039a\u039c\u039d\u039f\u03a1\u03a4"
            "\u03a5\u03a7\u03bf\u03bd\u03b9\u03ba\u03c1\u03c5\u03c7\u03b1"
            "\u0585\u057d\u0131\u0237"
            "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"
            "\u2236\ua789\u02f8\u0589",
            "ABEKMHOPCTYXSIJYHIQWaeopcyxsijdhqwlyABEZHIKMNOPTYXovikpuxaouij-----------::::",
            strict=True,
        )
    ),
    "\u30fc": "-",  # KATAKANA-HIRAGANA PROLONGED SOUND MARK
    "\u1361": ":",  # ETHIOPIC WORDSPACE
}
ASCII_TARGET = re.compile(r"[A-Za-z0-9:\-]")
SMALL_CAPITAL = re.compile(r"LATIN LETTER SMALL CAPITAL ([A-Z])")


def _ranges_of(path: Path, wanted) -> set[int]:
    found: set[int] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = [f.strip() for f in line.split("#", 1)[0].split(";")]
        if len(fields) < 2 or not wanted(fields[1]):
            continue
        first, _, last = fields[0].partition("..")
        found.update(range(int(first, 16), int(last or first, 16) + 1))
    return found


def invisible(ucd: Path) -> set[int]:
    marks = _ranges_of(ucd / "DerivedGeneralCategory.txt", {"Cf", "Mn", "Mc", "Me"}.__contains__)
    ignorable = _ranges_of(ucd / "DerivedCoreProperties.txt", "Default_Ignorable_Code_Point".__eq__)
    return (marks | ignorable) - BLANKS


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _lines(parts: list[str], width: int) -> list[str]:
    """``parts`` joined into lines of at most ``width`` characters, none cut."""
    lines = [""]
    for part in parts:
        if lines[-1] and len(lines[-1]) + len(part) > width:
            lines.append("")
        lines[-1] += part
    return lines


def ranges(codes: set[int]) -> list[str]:
    parts, ordered = [], sorted(codes)
    start = prev = ordered[0]
    for code in [*ordered[1:], None]:
        if code is not None and code == prev + 1:
            prev = code
            continue
        parts.append(_escape(start) + ("" if prev == start else "-" + _escape(prev)))
        if code is not None:
            start = prev = code
    return parts


def look_alikes(ucd: Path) -> dict[str, str]:
    names = {}
    for line in (ucd / "UnicodeData.txt").read_text(encoding="utf-8").splitlines():
        code, name, *_rest = line.split(";")
        names[int(code, 16)] = name
    found: dict[str, str] = {}
    text = (ucd / "confusables.txt").read_text(encoding="utf-8-sig")
    for line in text.splitlines():
        fields = [f.strip() for f in line.split("#", 1)[0].split(";")]
        if len(fields) != 3 or fields[2] != "MA":
            continue
        source, target = fields[0].split(), fields[1].split()
        if len(source) != 1 or len(target) != 1 or int(source[0], 16) < 0x80:
            continue
        goal = int(target[0], 16)
        letter = "-" if goal in DASH_PROTOTYPES else chr(goal)
        if ASCII_TARGET.fullmatch(letter):
            found[chr(int(source[0], 16))] = letter
    for code, name in names.items():
        small = SMALL_CAPITAL.fullmatch(name)
        if small:
            found.setdefault(chr(code), small.group(1).lower())
    for code in names:  # the other case of a mapped letter reads as that letter
        char = chr(code)
        for other in (char.upper(), char.lower()):
            if len(other) == 1 and other != char and other in found and ord(other) >= 0x80:
                target = found[other]
                found.setdefault(char, target.lower() if target.isalpha() else target)
    found.update(BY_HAND)
    return {
        s: t
        for s, t in found.items()
        if unicodedata.normalize("NFKC", s) == s and ord(s) not in BLANKS and ord(s) >= 0x80
    }


def main(ucd: Path) -> None:
    removed = invisible(ucd)
    print(f'INVISIBLE = (\n    r"{CONTROLS}"')
    for line in _lines(ranges(removed), 84):
        print(f'    r"{line}"')
    print(")")
    grouped: dict[str, list[str]] = defaultdict(list)
    for source, target in sorted(look_alikes(ucd).items()):
        grouped[target].append(_escape(ord(source)))
    print("LOOK_ALIKES = (")
    for target in sorted(grouped, key=lambda t: (not t.isalpha(), t.lower(), t)):
        lines = _lines(grouped[target], 72)
        print(f'    ("{target}", "' + '"\n           "'.join(lines) + '"),')
    print(")")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
