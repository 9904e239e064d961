"""The dated lines steps write into a record's text, read in the reader's language.

A step that asks a reason or a note appends it to a text of the record as a line in the
database's English with an ISO day ("Closed on 2026-12-06: Two locks fitted", written
by ``db.case_functions``; "Payment TXN-2026-000123 reversed on 2026-12-05: …" by
migration 0066; "Closed short on …" by 0071, each line apart since 0114; a leaver's
payslip "Prorated on …" and "Restored on …" by 0120, and the run's "Unpaid leave
counted on …" by 0145, "Untaken leave paid on …" by 0157 and 0159 and "Unpaid
leave paid back on …" by 0160), and the database keeps those lines
exactly as written (DW021, the ``<table>_step_lines`` triggers; docs/decisions.md "Step
lines"). A French or Kinyarwanda reader is shown them in their words with the day as
they write it ("Clôturée le 6 décembre 2026 : Two locks fitted"); the rest of the text
is left as it is.

Stored text never changes. ``ShownText`` keeps each shown line beside the line stored,
so a box that shows the text can give back the stored one: every line left as shown is
its stored line again, byte for byte; a line typed or changed is what was typed (an
edited step line is then refused by the database, as it is today).

The forms are the English the database writes, with fields in braces: ``{day}`` (the
ISO day), ``{text}`` (the person's words, always last), a reversal's ``{payment}``, a
short close's ``{received}`` and ``{ordered}`` (0071: the units of every line added up),
and since 0114 its ``{lines}``: each line of the order apart, in the form ``LINE_FORM``
("Tyre 195/65 R15 14 of 14, Motorbike helmet 0 of 10"), shown in ``SHOWN_LINE_FORM``
("Tyre 195/65 R15 (14 of 14)"). They are marked for translation here (context
``step_lines``); the GUI translates and fills them.

Pure Python: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from dicel_desktop.domain.case_flows import FLOWS, Step
from dicel_desktop.domain.text_rules import folded
from dicel_desktop.domain.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "CONTEXT",
    "COUNTED",
    "FORMS",
    "LINE_FORM",
    "SHOWN_LINE_FORM",
    "UNPAID_LEAVE_FORM",
    "UNPAID_LEAVE_PAID_BACK_FORM",
    "UNTAKEN_LEAVE_FORM",
    "WORDS",
    "ShownText",
    "StepLine",
    "case_line_form",
    "order_lines",
    "read_line",
    "sayer",
    "show_lines",
]

#: The translation context of the forms.
CONTEXT = "step_lines"

#: Every form a step line takes, as the database writes it (lupdate reads these). A
#: test checks each case step that writes a line has its form here.
WORDS = (
    QT_TRANSLATE_NOOP("step_lines", "Marked recovered on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Written off on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Closed on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Responded to on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Resolved on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Terminated on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Marked expired on {day}: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "Payment {payment} reversed on {day}: {text}"),
    QT_TRANSLATE_NOOP(
        "step_lines", "Closed short on {day}, {received} of {ordered} received: {text}"
    ),
    QT_TRANSLATE_NOOP("step_lines", "Closed short on {day}: {lines} received: {text}"),
    QT_TRANSLATE_NOOP("step_lines", "{item} ({received} of {ordered})"),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Prorated on {day}: terminated on {ended}, paid {kept} of the month's {days} days"
        " (basic {basic}, allowances {allowances}, net {net} before).",
    ),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Prorated on {day}: suspended, paid {kept} of the month's {days} days"
        " (basic {basic}, allowances {allowances}, net {net} before).",
    ),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Restored on {day}: reinstated, paid {kept} of the month's {days} days"
        " (basic {basic}, allowances {allowances}, net {net} before).",
    ),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Unpaid leave counted on {day}: {unpaid} of {working} working days not paid"
        " ({less} RWF off basic).",
    ),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Untaken leave paid on {day}: {untaken} working days of annual leave"
        " ({worth} RWF in allowances).",
    ),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Untaken leave paid on {day}: {untaken} working days of annual leave, final"
        " settlement of a termination on {ended} ({worth} RWF in allowances).",
    ),
    QT_TRANSLATE_NOOP(
        "step_lines",
        "Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked"
        " after all ({worth} RWF in allowances).",
    ),
)

#: The line a payroll run writes into a payslip's notes for approved unpaid leave
#: (migration 0145): the payslip's printed page reads it back (services.payroll).
UNPAID_LEAVE_FORM = (
    "Unpaid leave counted on {day}: {unpaid} of {working} working days not paid"
    " ({less} RWF off basic)."
)
#: The line a payroll run writes into a leaver's payslip for the leaving year's annual
#: leave left, paid in the allowances (migration 0157); read back as the one above.
UNTAKEN_LEAVE_FORM = (
    "Untaken leave paid on {day}: {untaken} working days of annual leave"
    " ({worth} RWF in allowances)."
)
#: The same paid by a later month's run as a final settlement, when the leaving month's
#: run came before the termination (migration 0159): the day of the termination too.
UNTAKEN_LEAVE_SETTLED_FORM = (
    "Untaken leave paid on {day}: {untaken} working days of annual leave, final"
    " settlement of a termination on {ended} ({worth} RWF in allowances)."
)
#: Unpaid leave a signed payslip took off and that was worked after all, paid back in a
#: later run's allowances (migration 0160): the days, the signed payslip's pay period.
UNPAID_LEAVE_PAID_BACK_FORM = (
    "Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked"
    " after all ({worth} RWF in allowances)."
)

#: One line of an order closed short, as the close writes it into ``{lines}`` (joined by
#: ", ", migration 0114): what the order calls it, what came, what was ordered.
LINE_FORM = "{item} {received} of {ordered}"
#: The same line as a reader is shown it, in every language: the name set apart from the
#: counts ("Tyre 195/65 R15 14 of 14" read as one code, eye33 #5). The stored line is
#: the database's and stays.
SHOWN_LINE_FORM = "{item} ({received} of {ordered})"
_LINE_SEPARATOR = ", "

#: The forms migrations write themselves, by (table, column): a payment's reversal
#: (0066, ``dicel_reverse_payment``) and an order closed short (each line apart since
#: 0114; the units added up, as 0071 wrote them, in orders closed before).
_WRITTEN_BY_MIGRATIONS = {
    ("invoices", "notes"): ("Payment {payment} reversed on {day}: {text}",),
    ("purchase_orders", "notes"): (
        "Closed short on {day}: {lines} received: {text}",
        "Closed short on {day}, {received} of {ordered} received: {text}",
    ),
    # A leaver's approved payslip cut to the days worked (0120,
    # ``dicel_prorate_approved_payslip``): amounts grouped with commas, no person's words.
    ("payroll_records", "notes"): (
        "Prorated on {day}: terminated on {ended}, paid {kept} of the month's {days} days"
        " (basic {basic}, allowances {allowances}, net {net} before).",
        "Prorated on {day}: suspended, paid {kept} of the month's {days} days"
        " (basic {basic}, allowances {allowances}, net {net} before).",
        # The days from a reinstatement to the month's end given back (0120 too).
        "Restored on {day}: reinstated, paid {kept} of the month's {days} days"
        " (basic {basic}, allowances {allowances}, net {net} before).",
        # Approved unpaid leave the run counted (0145, ``dicel_run_payroll``).
        "Unpaid leave counted on {day}: {unpaid} of {working} working days not paid"
        " ({less} RWF off basic).",
        # A leaver's annual leave left, paid (0157, ``dicel_run_payroll``).
        "Untaken leave paid on {day}: {untaken} working days of annual leave"
        " ({worth} RWF in allowances).",
        # The same, paid by a later run as a final settlement (0159).
        "Untaken leave paid on {day}: {untaken} working days of annual leave, final"
        " settlement of a termination on {ended} ({worth} RWF in allowances).",
        # Unpaid leave worked after a signed run, paid back by a later one (0160).
        "Unpaid leave paid back on {day}: {back} working days of {first} to {last} worked"
        " after all ({worth} RWF in allowances).",
    ),
}

#: The forms whose words agree with a count (French « payé 1 jour », « 1 jour ouvré »,
#: « 2 jours ouvrés »), by the field that holds it: a proration's days paid, the run's
#: unpaid days, a leaver's untaken days (which may end in a half: « 1,5 jour »). The GUI
#: says them in the plural form of that count (``sayer``'s ``counted``); their plain
#: translation (``WORDS``) is the fallback.
COUNTED: Mapping[str, str] = MappingProxyType(
    {
        form: next(f for f in ("kept", "unpaid", "untaken", "back") if "{" + f + "}" in form)
        for form in _WRITTEN_BY_MIGRATIONS[("payroll_records", "notes")]
    }
)

#: What each field of a form matches in a stored line.
_FIELDS = {
    "day": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "text": r".*",
    "payment": r"[^\s]+",
    "received": r"-?[0-9]+(?:\.[0-9]+)?",
    "ordered": r"-?[0-9]+(?:\.[0-9]+)?",
    # A name (any words, even none), what came and what was ordered, once or more; the
    # shortest list that the words " received: " follow (a reason may say them too).
    "lines": r".*? [0-9]+ of [0-9]+(?:, .*? [0-9]+ of [0-9]+)*?",
    # A proration's (0120): the termination's day, the days paid and the month's, and
    # the amounts before it as to_char's 'FM999,999,999,990' writes them.
    "ended": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "kept": r"[0-9]+",
    "days": r"[0-9]+",
    "basic": r"-?[0-9]{1,3}(?:,[0-9]{3})*",
    "allowances": r"-?[0-9]{1,3}(?:,[0-9]{3})*",
    "net": r"-?[0-9]{1,3}(?:,[0-9]{3})*",
    # The run's unpaid leave (0145): its working days, those employed, the basic less.
    "unpaid": r"[0-9]+",
    "working": r"[0-9]+",
    "less": r"[0-9]{1,3}(?:,[0-9]{3})*",
    # A leaver's untaken leave (0157): its working days (a half day too: a year of
    # leaving's allowance is rounded to the half day), what they are worth.
    "untaken": r"[0-9]+(?:\.[0-9]+)?",
    "worth": r"[0-9]{1,3}(?:,[0-9]{3})*",
    # Unpaid leave paid back (0160): its working days, the signed pay period's days.
    "back": r"[0-9]+",
    "first": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "last": r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
}
#: One line of ``{lines}`` from where the one before ended: its name is the shortest that
#: a count follows ("Uniform shirt, size M 3 of 5": the name keeps its comma).
_LINE = re.compile(r"(?P<item>.*?) (?P<received>[0-9]+) of (?P<ordered>[0-9]+)(?:, |$)")
_FIELD = re.compile(r"\{(\w+)\}")


def case_line_form(step: Step) -> str:
    """The form of the line a case step writes (``db.case_functions.body.reason_line``): what
    it did, capitalised, "on" the day, and the person's words."""
    return step.done[:1].upper() + step.done[1:] + " on {day}: {text}"


def _forms() -> dict[tuple[str, str], tuple[str, ...]]:
    found: dict[tuple[str, str], tuple[str, ...]] = dict(_WRITTEN_BY_MIGRATIONS)
    for flow in FLOWS.values():
        forms = tuple(case_line_form(s) for s in flow.steps if s.writes_line)
        if forms and flow.notes is not None:
            found[(flow.table, flow.notes)] = forms
    return found


#: (table, column) -> the forms of the step lines written there.
FORMS: Mapping[tuple[str, str], tuple[str, ...]] = MappingProxyType(_forms())


def _pattern(form: str) -> re.Pattern[str]:
    parts: list[str] = []
    at = 0
    for field in _FIELD.finditer(form):
        parts.append(re.escape(form[at : field.start()]))
        parts.append(f"(?P<{field.group(1)}>{_FIELDS[field.group(1)]})")
        at = field.end()
    parts.append(re.escape(form[at:]))
    return re.compile("".join(parts))


_PATTERNS: dict[str, re.Pattern[str]] = {
    form: _pattern(form) for forms in FORMS.values() for form in forms
}


@dataclass(frozen=True)
class StepLine:
    """A step's line as stored, read: its form, its day and its other fields (the
    person's ``text``, a reversal's ``payment``...), each as written."""

    form: str
    day: dt.date
    fields: Mapping[str, str]


def read_line(line: str, forms: tuple[str, ...]) -> StepLine | None:
    """``line`` (one line as stored) as the step line of one of ``forms`` it is, exactly
    as the database writes it; None for any other line."""
    for form in forms:
        found = _PATTERNS[form].fullmatch(line)
        if found is None:
            continue
        fields = found.groupdict()
        try:
            day = dt.date.fromisoformat(fields.pop("day"))
            for other in _DAYS & fields.keys():
                dt.date.fromisoformat(fields[other])
        except ValueError:
            continue  # "2026-02-30": not a day the database writes
        return StepLine(form, day, MappingProxyType(fields))
    return None


@dataclass(frozen=True)
class ShownText:
    """A record's text as a reader is shown it, and the way back to what is stored."""

    stored: str
    #: The stored lines, one by one ("\\n" splits them, as the database joins them).
    stored_lines: tuple[str, ...]
    #: The same lines as shown: a step line in the reader's words, any other as stored.
    shown_lines: tuple[str, ...]

    @property
    def shown(self) -> str:
        return "\n".join(self.shown_lines)

    @property
    def changed(self) -> bool:
        """Whether any line is shown otherwise than stored."""
        return self.shown_lines != self.stored_lines

    def shown_line(self, quoted: str) -> str | None:
        """The stored line the database quotes as ``quoted`` (a refusal's DETAIL gives a
        line as it reads, ``dicel_folded``: "Closed on 2026-12-06: controle" for
        "…: contrôle"), as the reader was shown it ("Clôturée le 6 décembre 2026 :
        contrôle"); None when no stored line reads so (a line typed)."""
        for stored, shown in zip(self.stored_lines, self.shown_lines, strict=True):
            if folded(stored) == quoted:
                return shown
        return None

    def shown_as(self, echoed: str) -> ShownText | None:
        """The same text, its shown lines as a text box gave them back (``echoed``: a box
        may write a no-break space as a space); None when the box gives another number
        of lines (it breaks a line at U+2029), which cannot be matched line by line."""
        lines = tuple(echoed.split("\n"))
        if len(lines) != len(self.stored_lines):
            return None
        return ShownText(self.stored, self.stored_lines, lines)

    def stored_of(self, edited: str) -> str:
        """What to store for ``edited``, the shown text as the person left it: every line
        left as shown is its stored line again; lines typed, or changed, as they are now.
        Lines are matched in order; a step line the matching left over (the same line
        twice, one of them moved) is still found by its words, once for each time it is
        stored, so a step line left as shown is never stored in the reader's words."""
        if edited == self.shown:
            return self.stored
        typed = edited.split("\n")
        matcher = difflib.SequenceMatcher(None, self.shown_lines, typed, autojunk=False)
        lines: list[str] = []
        unmatched: list[int] = []  # where lines typed (or moved) went in ``lines``
        left: dict[str, list[str]] = {}  # step lines not matched in place, by their words
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                lines += self.stored_lines[i1:i2]
                continue
            for i in range(i1, i2):
                if self.shown_lines[i] != self.stored_lines[i]:
                    left.setdefault(self.shown_lines[i], []).append(self.stored_lines[i])
            unmatched += range(len(lines), len(lines) + j2 - j1)
            lines += typed[j1:j2]
        for at in unmatched:
            found = left.get(lines[at])
            if found:
                lines[at] = found.pop(0)
        return "\n".join(lines)


def show_lines(stored: str, forms: tuple[str, ...], say: Callable[[StepLine], str]) -> ShownText:
    """``stored`` with each step line of ``forms`` as ``say`` words it (it is given the
    line read, and returns it in the reader's words: one line); other lines as stored."""
    stored_lines = tuple(stored.split("\n"))
    shown: list[str] = []
    for line in stored_lines:
        found = read_line(line, forms) if forms and " on " in line else None
        # One line shown for one stored: the way back goes line by line.
        shown.append(line if found is None else say(found).replace("\n", " "))
    return ShownText(stored, stored_lines, tuple(shown))


#: The fields of a form that hold a number (a short close's quantities, a proration's
#: days), and those grouped with commas as stored (a proration's amounts).
_NUMBERS = frozenset(
    {"received", "ordered", "kept", "days", "unpaid", "working", "untaken", "back"}
)
_GROUPED = frozenset({"basic", "allowances", "net", "less", "worth"})
#: The fields of a form that hold a day besides ``{day}`` (a termination's).
_DAYS = frozenset({"ended", "first", "last"})


def order_lines(said: str) -> tuple[Mapping[str, str], ...] | None:
    """A short close's ``{lines}`` as stored ("Tyre 195/65 R15 14 of 14, Motorbike helmet
    0 of 10"), line by line: each its ``item``, ``received`` and ``ordered`` as written;
    None when it does not read as such lines to its end."""
    found: list[Mapping[str, str]] = []
    at = 0
    while at < len(said):
        line = _LINE.match(said, at)
        if line is None or line.end() == at or (line.end() == len(said) and said.endswith(", ")):
            return None
        found.append(MappingProxyType(line.groupdict()))
        at = line.end()
    return tuple(found) or None


def _filled(forms: tuple[str, ...], values: Mapping[str, str]) -> str | None:
    """The first of ``forms`` that ``values`` fill (a translation with a field misspelt
    is passed over)."""
    for form in forms:
        try:
            return form.format(**values)
        except (KeyError, IndexError, ValueError):
            continue
    return None


def sayer(
    words: Mapping[str, str],
    day: Callable[[dt.date], str],
    number: Callable[[str], str],
    counted: Callable[[str, Decimal], str] | None = None,
) -> Callable[[StepLine], str]:
    """What says a step line in a reader's words: ``words`` maps each form to its
    translation (a form missing is said in English), ``day`` writes the day as the
    reader does ("6 décembre 2026"), ``number`` a quantity ("1 500"). A translation
    that cannot be filled in (a field misspelt) is passed over for the English form.
    A short close's lines are each said in ``SHOWN_LINE_FORM``'s words ("Tyre (14 sur
    14)"). ``counted`` gives a form of ``COUNTED`` in the plural form of its count
    (« 1 jour ouvré »); where it gives the English form back (not translated), the
    form's translation in ``words`` is said. The count is given as written (a
    ``Decimal``: a leaver's untaken days may end in a half)."""

    def say_lines(said: str) -> str:
        lines = order_lines(said)
        if lines is None:
            return said  # not as the close writes them: as stored
        forms = (words.get(SHOWN_LINE_FORM, SHOWN_LINE_FORM), SHOWN_LINE_FORM)
        return _LINE_SEPARATOR.join(
            _filled(
                forms,
                {
                    "item": line["item"],
                    "received": number(line["received"]),
                    "ordered": number(line["ordered"]),
                },
            )
            or said
            for line in lines
        )

    def say(line: StepLine) -> str:
        values = {
            name: number(value)
            if name in _NUMBERS
            else number(value.replace(",", ""))
            if name in _GROUPED
            else day(dt.date.fromisoformat(value))
            if name in _DAYS
            else value
            for name, value in line.fields.items()
        }
        if "lines" in values:
            values["lines"] = say_lines(values["lines"])
        values["day"] = day(line.day)
        forms = (words.get(line.form, line.form), line.form)
        count = COUNTED.get(line.form)
        if counted is not None and count is not None:
            agreeing = counted(line.form, Decimal(line.fields[count]))
            if agreeing != line.form:
                forms = (agreeing, *forms)
        # The English form has exactly the line's fields: it is always filled.
        return _filled(forms, values) or line.form

    return say
