"""docs/decisions.md is read from its index, "Where to look", at the top: every section
has a line there under its topic, and every line there leads to a section. Helpers
append sections at the end all day; this test is what makes each one add its line.

Links are GitHub's heading anchors, computed as GitHub computes them (github-slugger,
whose fixtures are read back from headings GitHub rendered): lower case, punctuation,
symbols and other marks removed but "-" and "_", each space a "-", and a heading whose
anchor was taken before gets "-1", "-2"... in the order the headings come."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

DECISIONS = Path(__file__).resolve().parents[2] / "docs" / "decisions.md"
INDEX_TITLE = "Where to look"

# Unicode categories GitHub drops from an anchor: other numbers, punctuation but
# connectors ("_"), symbols, controls, format, private use, unassigned, and separators
# but the plain space. Letters (and marks, digits) stay, even where a letter is also a
# symbol.
_DROPPED = {"No", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"}
_DROPPED |= {"Cc", "Cf", "Co", "Cn", "Zs", "Zl", "Zp"}
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_LINK = re.compile(r"\]\(#([^)\s]+)\)")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")


def github_slug(text: str) -> str:
    kept = []
    for char in text.lower():
        if char == " ":
            kept.append("-")
        elif char == "-" or char.isalpha() or unicodedata.category(char) not in _DROPPED:
            kept.append(char)
    return "".join(kept)


class Anchors:
    """The anchors of one page, given out in heading order as GitHub does."""

    def __init__(self) -> None:
        self._taken: dict[str, int] = {}

    def next(self, text: str) -> str:
        first = github_slug(text)
        anchor = first
        while anchor in self._taken:
            self._taken[first] += 1
            anchor = f"{first}-{self._taken[first]}"
        self._taken[anchor] = 0
        return anchor


def headings(markdown: str) -> list[tuple[int, str, str]]:
    """(level, title, anchor) of each ATX heading outside fenced code."""
    found = []
    anchors = Anchors()
    fenced = False
    for line in markdown.splitlines():
        if _FENCE.match(line):
            fenced = not fenced
            continue
        match = None if fenced else _HEADING.match(line)
        if match:
            title = match.group(2).replace("`", "")
            found.append((len(match.group(1)), title, anchors.next(title)))
    return found


def index_part(markdown: str) -> str:
    lines = markdown.splitlines()
    start = lines.index(f"## {INDEX_TITLE}")
    end = next(
        (at for at in range(start + 1, len(lines)) if lines[at].startswith("## ")),
        len(lines),
    )
    return "\n".join(lines[start + 1 : end])


def topics(index: str) -> dict[str, list[str]]:
    """Each topic ("- **Topic**") with the anchors its entries link to."""
    found: dict[str, list[str]] = {}
    topic = None
    for line in index.splitlines():
        if line.startswith("- **"):
            topic = line[4 : line.index("**", 4)]
            found[topic] = []
        elif topic is not None:
            found[topic].extend(_LINK.findall(line))
    return found


@pytest.fixture(scope="module")
def page() -> str:
    return DECISIONS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("titles", "expected"),
    [
        # From github-slugger's fixtures, each read back from a heading GitHub rendered.
        (["heading with a - dash"], "heading-with-a---dash"),
        (["heading with an _ underscore"], "heading-with-an-_-underscore"),
        (
            ["exchange.bind_headers(exchange, routing [, bindCallback])"],
            "exchangebind_headersexchange-routing--bindcallback",
        ),
        (["apostrophe\u2019s should be trimmed"], "apostrophes-should-be-trimmed"),
        (["em\u2013dash"], "emdash"),
        (["I ♥ unicode"], "i--unicode"),
        (["Привет non-latin 你好"], "привет-non-latin-你好"),
        (["a\u00ab \u2018 \u201b \u201c \u201f \u2039 \u2e02b"], "a------b"),
        (["echo", "echo", "echo 1", "echo-1", "echo"], "echo-2"),
        (["foxtrot-1", "foxtrot", "foxtrot"], "foxtrot-2"),
        # Shapes of this page's headings.
        (["A shift's name: « Clôturé » (eye32 §4, #5)…"], "a-shifts-name--clôturé--eye32-4-5"),
    ],
)
def test_anchors_are_githubs(titles, expected):
    anchors = Anchors()
    assert [anchors.next(title) for title in titles][-1] == expected


def test_every_section_has_a_line_in_where_to_look(page):
    linked = {anchor for links in topics(index_part(page)).values() for anchor in links}
    missing = [
        title
        for level, title, anchor in headings(page)
        if level == 2 and title != INDEX_TITLE and anchor not in linked
    ]
    assert not missing, (
        f"docs/decisions.md: {len(missing)} section(s) not in '{INDEX_TITLE}' at its "
        "top; add each under its topic in 'Where to look' (a link to its heading's "
        "anchor and a few words of what it decided):\n"
        + "\n".join(f"  - {title}" for title in missing)
    )


def test_every_line_of_where_to_look_leads_to_a_heading(page):
    known = {anchor for _, _, anchor in headings(page)}
    index = index_part(page)
    broken = [anchor for anchor in _LINK.findall(index) if anchor not in known]
    assert not broken, (
        f"docs/decisions.md: links in '{INDEX_TITLE}' that lead to no heading (a heading "
        "renamed or a link mistyped; GitHub's anchor is the heading in lower case, "
        "spaces as '-', punctuation dropped but '-' and '_'):\n"
        + "\n".join(f"  - #{anchor}" for anchor in broken)
    )


def test_every_line_is_under_a_topic_and_a_section_under_two_at_most(page):
    index = index_part(page)
    by_topic = topics(index)
    assert sum(len(links) for links in by_topic.values()) == len(_LINK.findall(index))
    sections = {anchor for level, _, anchor in headings(page) if level == 2}
    count = Counter(a for links in by_topic.values() for a in set(links) if a in sections)
    crowded = sorted(anchor for anchor, n in count.items() if n > 2)
    assert not crowded, f"a section sits under two topics at most: {crowded}"
