"""Step lines shown in the reader's words, and given back exactly as stored
(domain/step_lines.py)."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dicel_desktop.db.case_functions.body import reason_line
from dicel_desktop.domain.case_flows import FLOWS
from dicel_desktop.domain.step_lines import (
    CONTEXT,
    COUNTED,
    FORMS,
    SHOWN_LINE_FORM,
    WORDS,
    case_line_form,
    order_lines,
    read_line,
    sayer,
    show_lines,
)

RISK = FORMS[("risk_assessments", "mitigation_measures")]
CASE = FORMS[("recovery_cases", "description")]
ORDER = FORMS[("purchase_orders", "notes")]
I18N = Path(__file__).resolve().parents[2] / "dicel_desktop" / "i18n"

FRENCH = sayer(
    {
        "Closed on {day}: {text}": "Clôturée le {day} : {text}",
        "Marked recovered on {day}: {text}": "Marqué recouvré le {day} : {text}",
        "Closed short on {day}, {received} of {ordered} received: {text}": (
            "Soldé le {day}, {received} reçus sur {ordered} : {text}"
        ),
    },
    lambda day: f"{day.day} déc. {day.year}",
    lambda number: number.replace("000", " 000"),
)


def test_a_step_line_reads_in_the_readers_words_and_the_rest_as_stored():
    stored = "Deux serrures.\nClosed on 2026-12-06: Contrôle hebdomadaire.\nClosed on 6 Dec"
    shown = show_lines(stored, RISK, FRENCH)
    assert shown.shown == (
        "Deux serrures.\nClôturée le 6 déc. 2026 : Contrôle hebdomadaire.\nClosed on 6 Dec"
    )


def test_only_the_exact_form_the_database_writes_is_a_step_line():
    for line in (
        " Closed on 2026-12-06: x",  # a blank before
        "closed on 2026-12-06: x",  # another case
        "Closed on 2026-12-6: x",
        "Closed on 2026-02-30: x",  # no such day
        "Closed on 2026-12-06 x",
        "Written off on 2026-12-06: x",  # another table's step
    ):
        assert read_line(line, RISK) is None, line
    found = read_line("Closed short on 2026-12-05, 3000 of 5000.5 received: late", ORDER)
    assert found is not None
    assert found.day == dt.date(2026, 12, 5)
    assert dict(found.fields) == {"received": "3000", "ordered": "5000.5", "text": "late"}


def test_a_translation_that_cannot_be_filled_in_is_passed_over_for_english():
    say = sayer({"Closed on {day}: {text}": "Clôturé le {jour} : {text}"}, str, str)
    assert show_lines("Closed on 2026-12-06: x", RISK, say).shown == "Closed on 2026-12-06: x"


def test_every_case_step_that_writes_a_line_has_its_form_marked_for_translation():
    for flow in FLOWS.values():
        for step in flow.steps:
            if step.writes_line:
                form = case_line_form(step)
                assert form in WORDS, form
                assert form in FORMS[(flow.table, flow.notes)]
                # The function writes exactly that opening (db.case_functions.body).
                opening = form.split("{day}")[0]
                assert f"'{opening}'" in reason_line(flow, step)


def test_every_translation_fills_the_same_fields():
    for language in ("fr", "rw"):
        root = ET.parse(I18N / f"dicel_{language}.ts").getroot()
        (context,) = [c for c in root.iter("context") if c.findtext("name") == CONTEXT]
        said = {m.findtext("source"): m.findtext("translation") for m in context.iter("message")}
        for form in WORDS:
            assert said.get(form), f"{language}: {form}"
            fields = sorted(re.findall(r"\{\w*\}", said[form]))
            assert fields == sorted(re.findall(r"\{\w*\}", form)), (language, said[form])


PAYSLIP = FORMS[("payroll_records", "notes")]
UNPAID = (
    "Unpaid leave counted on 2026-12-08: {n} of 22 working days not paid (59,091 RWF off basic)."
)


def test_a_counted_form_is_said_in_the_plural_form_of_its_count():
    """The run's unpaid days (and a proration's days paid) choose the words (« 1 jour
    ouvré »); a form the count gives back untranslated is said by its plain words."""
    plain = "{unpaid} jours ouvrés sur {working} non payés le {day}."

    def counted(form: str, n: int) -> str:
        if n == 1:
            return "{unpaid} jour ouvré sur {working} non payé le {day}."
        return plain if n > 2 else form  # 2: "not translated"

    words = {f: plain for f in COUNTED}
    say = sayer(words, str, str, counted)
    assert set(COUNTED) <= set(PAYSLIP) and set(COUNTED.values()) == {
        "kept",
        "unpaid",
        "untaken",
        "back",
    }
    assert show_lines(UNPAID.format(n=1), PAYSLIP, say).shown == (
        "1 jour ouvré sur 22 non payé le 2026-12-08."
    )
    assert show_lines(UNPAID.format(n=2), PAYSLIP, say).shown == (
        "2 jours ouvrés sur 22 non payés le 2026-12-08."
    )
    # Without plural forms (a list's formatter of old), the plain words.
    assert show_lines(UNPAID.format(n=1), PAYSLIP, sayer(words, str, str)).shown == (
        "1 jours ouvrés sur 22 non payés le 2026-12-08."
    )


# --------------------------------------------------------------------------- round trip

_day = st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)).map(dt.date.isoformat)
_words = st.text(st.characters(exclude_characters="\n"), max_size=30)
_step_line = st.one_of(
    st.builds(lambda d, t: f"Marked recovered on {d}: {t}", _day, _words),
    st.builds(lambda d, t: f"Written off on {d}: {t}", _day, _words),
)
_lines = st.lists(st.one_of(_step_line, _words), max_size=8)
#: Another reader's words (one form left in English, as a missing translation is).
_say = sayer(
    {"Marked recovered on {day}: {text}": "R {day} : {text}"}, lambda d: f"{d:%d/%m/%Y}", str
)


@given(_lines)
def test_left_as_shown_the_text_is_stored_again_byte_for_byte(lines):
    stored = "\n".join(lines)
    shown = show_lines(stored, CASE, _say)
    assert shown.stored_of(shown.shown) == stored


@given(_lines, _words)
def test_a_line_added_keeps_every_stored_line(lines, added):
    stored = "\n".join(lines)
    shown = show_lines(stored, CASE, _say)
    assert shown.stored_of(shown.shown + "\n" + added) == stored + "\n" + added


@given(_lines, st.data())
def test_a_line_removed_leaves_the_others_as_stored(lines, data):
    if not lines:
        return
    gone = data.draw(st.integers(0, len(lines) - 1))
    shown = show_lines("\n".join(lines), CASE, _say)
    kept = [*shown.shown_lines[:gone], *shown.shown_lines[gone + 1 :]]
    assert shown.stored_of("\n".join(kept)) == "\n".join([*lines[:gone], *lines[gone + 1 :]])


def test_a_step_line_changed_is_stored_as_typed_for_the_database_to_refuse():
    stored = "Unpaid invoices.\nMarked recovered on 2026-12-06: Cash"
    shown = show_lines(stored, CASE, FRENCH)
    edited = shown.shown.replace("Cash", "Cheque")
    assert shown.stored_of(edited) == "Unpaid invoices.\nMarqué recouvré le 6 déc. 2026 : Cheque"


def test_a_line_the_database_quotes_as_it_reads_is_found_as_shown():
    # DW021's DETAIL: the stored line folded (English, its day ISO, no accents).
    stored = "Deux serrures.\nClosed on 2026-12-06: Contrôle hebdomadaire."
    shown = show_lines(stored, RISK, FRENCH)
    quoted = "Closed on 2026-12-06: Controle hebdomadaire."
    assert shown.shown_line(quoted) == "Clôturée le 6 déc. 2026 : Contrôle hebdomadaire."
    assert shown.shown_line("Closed on 2026-12-07: Controle hebdomadaire.") is None


def test_a_typed_line_reading_as_a_shown_one_stays_the_persons_elsewhere():
    stored = "Marked recovered on 2026-12-06: Cash"
    shown = show_lines(stored, CASE, FRENCH)
    typed = "Marqué recouvré le 6 déc. 2026 : Cash"
    assert shown.stored_of("Note\n" + shown.shown + "\n" + typed) == (
        "Note\n" + stored + "\n" + typed
    )


def test_a_box_that_breaks_the_lines_otherwise_cannot_be_mapped_back():
    shown = show_lines("a\u2029b\nMarked recovered on 2026-12-06: Cash", CASE, FRENCH)
    assert shown.shown_as("a\nb\nMarqué recouvré le 6 déc. 2026 : Cash") is None
    echoed = shown.shown_as("a\u2029b\nMarqué recouvré le 6 déc. 2026 : Cash")
    assert echoed is not None
    assert echoed.stored_of(echoed.shown + "\nx") == shown.stored + "\nx"


def test_the_same_step_line_twice_stays_stored_when_a_line_between_goes():
    # Found by hypothesis: matched in order alone, the first copy came back in words.
    stored = "Marked recovered on 2026-12-06: Cash\n\nMarked recovered on 2026-12-06: Cash\n"
    shown = show_lines(stored, CASE, FRENCH)
    edited = shown.shown.replace("\n\n", "\n", 1)
    assert shown.stored_of(edited) == stored.replace("\n\n", "\n", 1)


@given(_lines, st.data())
def test_a_line_moved_keeps_every_step_line_as_stored(lines, data):
    if len(lines) < 2:
        return
    here, there = data.draw(st.permutations(range(len(lines)))).__getitem__(slice(2))
    shown = show_lines("\n".join(lines), CASE, _say)
    moved = list(shown.shown_lines)
    moved.insert(there, moved.pop(here))
    expected = list(lines)
    expected.insert(there, expected.pop(here))
    assert shown.stored_of("\n".join(moved)) == "\n".join(expected)


# --------------------------------------------------------------------------- closed short

#: An order closed short since migration 0114 (each line apart), and one before (0071).
SHORT = (
    "Closed short on 2026-12-06: Tyre 195/65 R15 14 of 14, Motorbike helmet 0 of 10"
    " received: Supplier out of stock"
)
SHORT_0071 = "Closed short on 2026-12-05, 14 of 24 received: Supplier out of stock"
_ORDER_WORDS = {
    "Closed short on {day}: {lines} received: {text}": (
        "Clôturé incomplet le {day}, reçus : {lines} : {text}"
    ),
    SHOWN_LINE_FORM: "{item} ({received} sur {ordered})",
    "Closed short on {day}, {received} of {ordered} received: {text}": (
        "Clôturé le {day} avec {received} reçus sur {ordered} : {text}"
    ),
}
ORDER_FRENCH = sayer(
    _ORDER_WORDS,
    lambda day: f"{day.day} déc. {day.year}",
    lambda n: f"{int(n):,}".replace(",", " "),
)


def test_an_order_closed_short_is_read_line_by_line_in_both_forms():
    found = read_line(SHORT, ORDER)
    assert found is not None and found.day == dt.date(2026, 12, 6)
    assert dict(found.fields) == {
        "lines": "Tyre 195/65 R15 14 of 14, Motorbike helmet 0 of 10",
        "text": "Supplier out of stock",
    }
    assert [dict(line) for line in order_lines(found.fields["lines"])] == [
        {"item": "Tyre 195/65 R15", "received": "14", "ordered": "14"},
        {"item": "Motorbike helmet", "received": "0", "ordered": "10"},
    ]
    # A name keeps its comma, a reason its own "received:".
    found = read_line(
        "Closed short on 2026-12-06: Uniform shirt, size M 3 of 5, Boots 0 of 2000 received:"
        " 3 received: the rest never",
        ORDER,
    )
    assert found is not None and found.fields["text"] == "3 received: the rest never"
    assert [line["item"] for line in order_lines(found.fields["lines"])] == [
        "Uniform shirt, size M",
        "Boots",
    ]
    # Before 0114: the units added up, still read (the databases hold such lines).
    old = read_line(SHORT_0071, ORDER)
    assert old is not None and dict(old.fields) == {
        "received": "14",
        "ordered": "24",
        "text": "Supplier out of stock",
    }
    assert read_line("Closed short on 2026-12-06: Tyre fourteen received: x", ORDER) is None


def test_an_order_closed_short_says_each_line_in_the_readers_words_and_maps_back():
    stored = f"Urgent.\n{SHORT_0071}\n{SHORT}"
    shown = show_lines(stored, ORDER, ORDER_FRENCH)
    assert shown.shown_lines == (
        "Urgent.",
        "Clôturé le 5 déc. 2026 avec 14 reçus sur 24 : Supplier out of stock",
        "Clôturé incomplet le 6 déc. 2026, reçus : Tyre 195/65 R15 (14 sur 14),"
        " Motorbike helmet (0 sur 10) : Supplier out of stock",
    )
    # Left as shown, or with a line added, every step line is stored again as it was.
    assert shown.stored_of(shown.shown) == stored
    assert shown.stored_of(shown.shown + "\nInvoice 4471 came") == stored + "\nInvoice 4471 came"
    assert shown.stored_of("\n".join(shown.shown_lines[::-1])) == "\n".join(
        stored.split("\n")[::-1]
    )
    # A quantity in the reader's digits; a line's form misspelt is said in English.
    big = SHORT.replace("0 of 10", "0 of 10000")
    assert "Motorbike helmet (0 sur 10 000)" in show_lines(big, ORDER, ORDER_FRENCH).shown
    misspelt = sayer(
        {**_ORDER_WORDS, SHOWN_LINE_FORM: "{article} ({received} sur {ordered})"}, str, str
    )
    assert "Tyre 195/65 R15 (14 of 14), Motorbike" in show_lines(SHORT, ORDER, misspelt).shown


_name = st.text(st.characters(exclude_characters="\n"), max_size=12)
_count = st.integers(0, 500).map(str)
_short = st.builds(
    lambda d, each, t: f"Closed short on {d}: {', '.join(each)} received: {t}",
    _day,
    st.lists(st.builds(lambda n, r, o: f"{n} {r} of {o}", _name, _count, _count), min_size=1),
    _words,
)


@given(st.lists(st.one_of(_short, _words), max_size=6), _words)
def test_orders_closed_short_are_stored_again_byte_for_byte(lines, added):
    stored = "\n".join(lines)
    shown = show_lines(stored, ORDER, ORDER_FRENCH)
    assert shown.stored_of(shown.shown) == stored
    assert shown.stored_of(shown.shown + "\n" + added) == stored + "\n" + added
