"""Display strings for grid cells, made once per row when the row is first shown.

A page holds 200 rows and a screen shows a few dozen, so ``ListingModel`` formats a row
only when it is first asked for (on the GUI thread: about 10 µs a row). Formatting uses
no Qt object, so it could run on any thread: ``LocaleFormats`` reads what is needed
from a QLocale on the GUI thread (separators, date patterns, month and day names) into
plain Python; ``CellFormatter`` then formats with that alone. A test checks the dates
come out as ``QLocale.toString`` would write them.

Money and numbers: gui/numbers.py, the one formatter of amounts (exact Decimals in the
locale's grouping and decimal sign; the currency's usual decimals, cents shown whenever
an amount has them; its ISO code); dates and times in the user's locale with a
four-digit year; states as their readable label; references as the referenced record's
name (the SQL did that).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from dicel_desktop.domain.states import SettingType
from dicel_desktop.domain.step_lines import FORMS, show_lines
from dicel_desktop.gui import locale_writing
from dicel_desktop.gui.locale_writing import four_digit_year as four_digit_year
from dicel_desktop.gui.numbers import NumberMarks, write_decimal, write_money
from dicel_desktop.gui.risk_words import scale_word, with_word
from dicel_desktop.gui.step_line_words import DAY_PATTERN, has_step_lines, say_in_words
from dicel_desktop.gui.translations import setting_purpose, tr_choice, tr_code, tr_label
from dicel_desktop.services.charts import SCALED_COLUMNS
from dicel_desktop.services.columns import DEFAULT_CURRENCY, ColumnSpec, Kind
from dicel_desktop.services.listing import Listing, Row

#: Long text is cut in a list; the record form shows all of it.
MAX_TEXT = 300

Cells = tuple[str, ...]


class FlaggedCells(tuple):
    """The cells of a row its list marks (``services.row_flags``: an item below its
    minimum stock); the grid paints the row marked. A plain tuple otherwise."""

    __slots__ = ()


class LapsedCells(FlaggedCells):
    """The cells of a marked row whose date has passed (a licence expired, a contract
    past its end), where the flag tells (``Listing.lapsed_slot``): the grid paints it
    apart from one still to come (expiring within 30 days)."""

    __slots__ = ()


# A Qt date/time pattern: quoted literals, or runs of one pattern letter, or anything else.
_TOKENS = re.compile(r"'(?:[^']|'')*'|d+|M+|y+|h+|H+|m+|s+|z+|AP|ap|Ap|aP|A|a|t+|.", re.DOTALL)

_AMPM = frozenset({"AP", "ap", "Ap", "aP", "A", "a"})


@dataclass(frozen=True)
class LocaleFormats:
    """What formatting needs from a QLocale, as plain Python (safe on any thread)."""

    numbers: NumberMarks
    date_pattern: str
    datetime_pattern: str
    short_months: tuple[str, ...]
    long_months: tuple[str, ...]
    short_days: tuple[str, ...]
    long_days: tuple[str, ...]
    am: str
    pm: str
    #: A month's first day before its name ("1er" in French: locale_writing).
    first_of_month: str = "1"

    @classmethod
    def from_qlocale(cls, locale: QLocale | None = None) -> LocaleFormats:
        """Read ``locale`` (the default locale if None); call on the GUI thread."""
        locale = QLocale(locale) if locale is not None else QLocale()
        # Read once per locale: every record form and date editor asks (a record window
        # asked a dozen times, some 50 QLocale calls each), as NumberMarks does.
        key = (locale.bcp47Name(), locale.name(), locale.numberOptions().value)
        formats = _FORMATS.get(key)
        if formats is None:
            formats = _FORMATS[key] = cls._read(locale)
        return formats

    @classmethod
    def _read(cls, locale: QLocale) -> LocaleFormats:
        short, long = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        return cls(
            numbers=NumberMarks.from_qlocale(locale),
            date_pattern=locale_writing.date_pattern(locale),
            datetime_pattern=locale_writing.datetime_pattern(locale),
            short_months=tuple(locale.monthName(m, short) for m in range(1, 13)),
            long_months=tuple(locale.monthName(m, long) for m in range(1, 13)),
            short_days=tuple(locale.dayName(d, short) for d in range(1, 8)),
            long_days=tuple(locale.dayName(d, long) for d in range(1, 8)),
            am=locale.amText(),
            pm=locale.pmText(),
            first_of_month=locale_writing.first_of_month(locale),
        )

    def format_datetime(self, value: dt.date, pattern: str) -> str:
        """``value`` written with a Qt date/time pattern (as QLocale.toString does)."""
        return self.compile(pattern)(value)

    def compile(self, pattern: str) -> Callable[[Any], str]:
        """A function writing values with ``pattern``: the pattern is parsed once."""
        compiled = _COMPILED.get((self, pattern))
        if compiled is None:
            tokens = _TOKENS.findall(pattern)
            has_ampm = any(t in _AMPM for t in tokens)  # "h" is then 1-12
            # A day before its month's name: French writes the first "1er" (eye36, 5).
            named = any(t.startswith("MMM") for t in tokens)
            parts = [self._part(token, has_ampm, named) for token in tokens]

            def compiled(value: Any) -> str:
                return "".join([part(value) for part in parts])

            _COMPILED[(self, pattern)] = compiled
        return compiled

    def _part(self, token: str, has_ampm: bool, named: bool = False) -> Callable[[Any], str]:
        letter, n = token[0], len(token)
        if letter == "'":
            text = token[1:-1].replace("''", "'") if n > 1 else "'"
            return lambda _v: text
        if letter == "d":
            if n == 1 and named and self.first_of_month != "1":
                first = self.first_of_month
                return lambda v: first if v.day == 1 else str(v.day)
            if n <= 2:
                return (lambda v: str(v.day)) if n == 1 else (lambda v: f"{v.day:02d}")
            days = self.short_days if n == 3 else self.long_days
            return lambda v: days[v.isoweekday() - 1]
        if letter == "M":
            if n <= 2:
                return (lambda v: str(v.month)) if n == 1 else (lambda v: f"{v.month:02d}")
            months = self.short_months if n == 3 else self.long_months
            return lambda v: months[v.month - 1]
        if letter == "y":
            return (lambda v: f"{v.year % 100:02d}") if n == 2 else (lambda v: str(v.year))
        if letter in "hH":
            twelve = letter == "h" and has_ampm

            def hour(v: Any) -> str:
                h = (v.hour % 12 or 12) if twelve else v.hour
                return f"{h:02d}" if n >= 2 else str(h)

            return hour
        if letter == "m":
            return (lambda v: f"{v.minute:02d}") if n >= 2 else (lambda v: str(v.minute))
        if letter == "s":
            return (lambda v: f"{v.second:02d}") if n >= 2 else (lambda v: str(v.second))
        if letter == "z":
            if n >= 3:
                return lambda v: f"{v.microsecond // 1000:03d}"
            return lambda v: str(v.microsecond // 1000)
        if token in ("AP", "A"):
            am, pm = self.am.upper(), self.pm.upper()
            return lambda v: am if v.hour < 12 else pm
        if token in ("ap", "a"):
            am, pm = self.am.lower(), self.pm.lower()
            return lambda v: am if v.hour < 12 else pm
        if token in ("Ap", "aP"):  # the locale's own spelling
            return lambda v: self.am if v.hour < 12 else self.pm
        if letter == "t":
            return lambda v: (v.tzname() or "") if isinstance(v, dt.datetime) else ""
        return lambda _v: token


#: What each locale read gives (``LocaleFormats.from_qlocale``): a few per session.
_FORMATS: dict[tuple[str, str, int], LocaleFormats] = {}

#: Compiled patterns, by (formats, pattern): a handful per session.
_COMPILED: dict[tuple[LocaleFormats, str], Callable[[Any], str]] = {}


class ValueFormatter:
    """Numbers, money, dates and text as a person of ``formats``' locale reads them (no
    Qt: any thread). The grid's cells and the record forms' read-only values share it."""

    def __init__(self, formats: LocaleFormats) -> None:
        self.formats = formats
        self._numbers = formats.numbers
        self._write_date = formats.compile(formats.date_pattern)
        self._write_datetime = formats.compile(formats.datetime_pattern)
        self._dates: dict[dt.date, str] = {}

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        text = str(value)
        if len(text) > MAX_TEXT:
            text = text[: MAX_TEXT - 1] + "…"
        # One line per row: a newline would be drawn as a box or cut the row in half.
        return text.replace("\r\n", " ").replace("\n", " ")

    def number(self, value: Any, places: int | None, *, grouped: bool = True) -> str:
        """``places`` None: as many decimals as the column's scale stores (0.50 stays)."""
        if value is None:
            return ""
        return write_decimal(value, self._numbers, places=places, grouped=grouped)

    def money(self, value: Decimal | None, currency: str) -> str:
        return "" if value is None else write_money(value, currency, self._numbers)

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:
            text = self._write_date(value)
            # Lists repeat dates a lot: remember them (bounded by the calendar, not rows).
            if len(self._dates) < 20_000:
                self._dates[value] = text
        return text

    def datetime(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        # In the desktop's own time zone, whatever the server session's zone was.
        local = value.astimezone() if value.tzinfo is not None else value
        return self._write_datetime(local)


class CellFormatter(ValueFormatter):
    """Turns rows of a ``Listing`` into tuples of display strings (no Qt: any thread)."""

    def __init__(self, listing: Listing, formats: LocaleFormats) -> None:
        super().__init__(formats)
        self._cells: list[Callable[[Row], str]] = [
            self._cell(2 + i, column, listing.currency_slots[i])
            if listing.type_slots[i] is None
            else self._typed_cell(2 + i, listing.type_slots[i])
            for i, column in enumerate(listing.columns)
        ]
        for i, closed in enumerate(listing.closed_slots):
            if closed is not None:
                self._cells[i] = self._closed_cell(closed, self._cells[i])
        names = [column.name for column in listing.columns]
        if listing.query.table == "system_settings" and {"setting_key", "description"} <= set(
            names
        ):
            index = names.index("description")
            self._cells[index] = self._purpose_cell(
                2 + names.index("setting_key"), self._cells[index]
            )
        self._flag = listing.flag_slot
        self._lapsed = listing.lapsed_slot
        if self._lapsed is not None:
            self.format_row = self._format_lapsed  # type: ignore[method-assign]
        elif self._flag is not None:
            # Only a flagged list pays for the flag: the others format as they always did.
            self.format_row = self._format_flagged  # type: ignore[method-assign]

    def format_rows(self, rows: list[Row]) -> list[Cells]:
        return [self.format_row(row) for row in rows]

    def format_row(self, row: Row) -> Cells:
        return tuple([cell(row) for cell in self._cells])

    def _format_flagged(self, row: Row) -> Cells:
        cells = tuple([cell(row) for cell in self._cells])
        return FlaggedCells(cells) if row[self._flag] else cells

    def _format_lapsed(self, row: Row) -> Cells:
        cells = tuple([cell(row) for cell in self._cells])
        if not row[self._flag]:
            return cells
        return LapsedCells(cells) if row[self._lapsed] else FlaggedCells(cells)

    # ----------------------------------------------------------------- per kind

    def _typed_cell(self, index: int, type_index: int) -> Callable[[Row], str]:
        """A setting's value as its type says (``columns.TYPED_BY``): a number in the
        reader's grouping, Yes/No, a date in their format; text and JSON as stored. A
        value its type does not read (the database refuses one since migration 0010)
        is shown as stored."""
        text = self.text
        yes, no = _yes_no()
        yes_no = {"true": yes, "false": no}

        def typed_cell(row: Row) -> str:
            value, kind = row[index], row[type_index]
            if value is None:
                return ""
            if kind == SettingType.NUMBER:
                try:
                    return self.number(Decimal(value), None)
                except ArithmeticError:
                    return text(value)
            if kind == SettingType.BOOLEAN:
                return yes_no.get(value, value)
            if kind == SettingType.DATE:
                try:
                    return self.date(dt.date.fromisoformat(value))
                except ValueError:
                    return text(value)
            return text(value)

        return typed_cell

    @staticmethod
    def _closed_cell(closed_index: int, named: Callable[[Row], str]) -> Callable[[Row], str]:
        """A closed account named as its transaction's form names it (closed40's picker,
        the same words and translation): "Collections account (closed)"."""
        # ReferencePicker's context: one translation for the picker and the list.
        pattern = QCoreApplication.translate("ReferencePicker", "{name} (closed)")

        def closed_cell(row: Row) -> str:
            name = named(row)
            return pattern.format(name=name) if name and row[closed_index] else name

        return closed_cell

    @staticmethod
    def _purpose_cell(key_index: int, stored: Callable[[Row], str]) -> Callable[[Row], str]:
        """A setting DICEL reads described by what DICEL does with it, in the person's
        language (``translations.setting_purpose``), as its form says it under the title:
        the stored description is one site's English (eye34 #8). Another setting keeps
        its own."""
        said: dict[str, str | None] = {}

        def purpose_cell(row: Row) -> str:
            key = row[key_index]
            if key not in said:
                said[key] = setting_purpose(key)
            found = said[key]
            return found if found is not None else stored(row)

        return purpose_cell

    def _cell(self, index: int, column: ColumnSpec, currency: int | None) -> Callable[[Row], str]:
        cell = self._unsigned_cell(index, column, currency)
        if not column.signed:
            return cell

        def signed_cell(row: Row) -> str:
            # A change up says so as plainly as one down: +7 beside -20.
            value = row[index]
            text = cell(row)
            return "+" + text if value is not None and value > 0 else text

        return signed_cell

    def _unsigned_cell(
        self, index: int, column: ColumnSpec, currency: int | None
    ) -> Callable[[Row], str]:
        kind = column.kind
        if kind is Kind.MONEY:
            if currency is None:
                return lambda row: self.money(row[index], DEFAULT_CURRENCY)
            return lambda row: self.money(row[index], row[currency] or DEFAULT_CURRENCY)
        if kind is Kind.STATE and column.choices is not None:
            labels = {c.value: tr_choice(column.table, c.label) for c in column.choices}
            return lambda row: "" if row[index] is None else labels.get(row[index], row[index])
        if kind is Kind.DATE:
            return lambda row: self.date(row[index])
        if kind is Kind.DATETIME:
            return lambda row: self.datetime(row[index])
        if kind is Kind.BOOL:
            # In the person's language, as the record's form says it (a French list of
            # patrol routes showed "Yes" in its "Actif" column).
            yes, no = _yes_no()
            words = {True: yes, False: no}
            return lambda row: words.get(row[index], "")
        if kind is Kind.INT and (column.table, column.name) in SCALED_COLUMNS:
            # A risk's likelihood, impact and score in the heatmap's words.
            table, name = column.table, column.name
            return lambda row: (
                ""
                if row[index] is None
                else with_word(str(row[index]), scale_word(table, name, row[index]))
            )
        if kind is Kind.INT:
            grouped = column.grouped
            return lambda row: self.number(row[index], 0, grouped=grouped)
        if kind is Kind.NUMBER:
            return lambda row: self.number(row[index], None)
        if column.coded:
            table, name = column.table, column.name
            # A handful of codes per column: each is worded once.
            worded: dict[str, str] = {}

            def coded_cell(row: Row) -> str:
                value = row[index]
                if value is None:
                    return ""
                text = worded.get(value)
                if text is None:
                    text = worded[value] = tr_code(table, name, str(value))
                return text

            return coded_cell
        text = self.text
        if has_step_lines(column.table, column.name):
            # A case's description, a risk's measures: their step lines in the person's
            # words and day ("Clôturée le 6 décembre 2026 : …"), as the form shows them.
            forms = FORMS[(column.table, column.name)]
            say = say_in_words(self.formats.compile(DAY_PATTERN), self._numbers)

            def step_lines_cell(row: Row) -> str:
                value = row[index]
                if value is None or " on " not in value:
                    return text(value)
                return text(show_lines(value, forms, say).shown)

            return step_lines_cell
        if (column.table, column.name) == AUDIT_RECORD:
            said: dict[str, str] = {}

            def audit_record_cell(row: Row) -> str:
                value = row[index]
                if value is None:
                    return ""
                found = said.get(value)
                if found is None:
                    found = said[value] = fields_in_words(text(value))
                return found

            return audit_record_cell

        def text_cell(row: Row) -> str:
            value = row[index]
            # Most values are short one-line strings: return them as they are.
            if value.__class__ is str and len(value) <= MAX_TEXT and "\n" not in value:
                return value
            return text(value)

        return text_cell


def _yes_no() -> tuple[str, str]:
    """Yes and No in the person's language, as the record's form says them."""
    return (
        QCoreApplication.translate("FieldDisplay", "Yes"),
        QCoreApplication.translate("FieldDisplay", "No"),
    )


#: The audit log's column saying what an entry is about (``services.audit_words``).
AUDIT_RECORD = ("audit_logs", "record_id")


def fields_in_words(said: str) -> str:
    """An audit entry's record as the list's SQL says it ("POL-2026-000012: Status,
    Version"; "Status" alone for a record with no name) with the changed fields' labels
    in the person's language, as the forms label them: they read "Status" in French and
    Kinyarwanda. A part that is no label (a name) stays as it is."""
    name, colon, fields = said.rpartition(": ")
    words = ", ".join(tr_label(part) for part in fields.split(", "))
    return f"{name}{colon}{words}"
