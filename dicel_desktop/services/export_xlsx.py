"""A list's rows into an XLSX workbook, for ``services.export``: typed cells (money and
numbers as numbers with a format, dates as dates, states as their labels), columns sized
to their first rows, a new sheet named after the list whenever one is full
(``XlsxSheets``, written with XlsxWriter in constant-memory mode). No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from dicel_desktop.domain.amounts import minor_digits
from dicel_desktop.services.code_words import code_words
from dicel_desktop.services.columns import Kind
from dicel_desktop.services.export_words import ENGLISH, ExportColumn, ExportWords

#: Excel's row limit per sheet, header included.
XLSX_MAX_ROWS = 1_048_576


def _local_naive(value: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    # Excel has no time zones: the time as the person's clock shows it, to the second
    # as the CSV (Excel would round 32.57 s up to 33 where the CSV reads 32).
    if value.tzinfo:
        value = value.astimezone(zone).replace(tzinfo=None)
    return value.replace(microsecond=0)


def _zone_info(time_zone: str | None) -> dt.tzinfo | None:
    """``time_zone`` for Python (None: this computer's zone, as ``astimezone()``)."""
    if not time_zone:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


#: Rows of each sheet whose texts size its columns (with the header): a million rows
#: are never measured, and the first screenful says what the column holds.
MEASURED_ROWS = 100
#: The widest a column is made, in characters: a long description wraps in the cell
#: rather than pushing the rest of the row off the screen.
MAX_WIDTH = 60
#: Room beside the widest text (Excel's own autofit leaves about this much), and the
#: header's filter-free bold text.
WIDTH_MARGIN = 2


class XlsxSheets:
    """Typed rows into an XlsxWriter workbook, a new sheet whenever one is full."""

    def __init__(
        self,
        file: Path,
        columns: Sequence[ExportColumn],
        words: ExportWords = ENGLISH,
        time_zone: str | None = None,
    ) -> None:
        import xlsxwriter  # only an export needs it

        self.workbook = xlsxwriter.Workbook(
            str(file),
            {
                "constant_memory": True,
                # Text stays text: no formulas, links or numbers guessed from strings.
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.columns = columns
        self.words = words
        book = self.workbook
        grouped = book.add_format({"num_format": "#,##0"})
        cents = book.add_format({"num_format": "#,##0.00"})
        #: A money cell's format by its currency's decimals: 106,200 RWF, 75.50 USD.
        self._money_formats = {0: grouped, 2: cents}
        zone = _zone_info(time_zone)
        date = book.add_format({"num_format": words.date_format})
        stamp = book.add_format({"num_format": words.datetime_format})
        self._header_format = book.add_format({"bold": True})
        self._cells: list[tuple[str, Any, Callable[[Any], Any] | None]] = []
        for column in columns:
            spec = column.spec
            kind = column.kind
            if kind is Kind.MONEY:
                self._cells.append(("write_number", cents, None))
            elif kind is Kind.NUMBER:
                self._cells.append(("write_number", None, None))
            elif kind is Kind.INT:
                fmt = grouped if spec is not None and spec.grouped else None
                self._cells.append(("write_number", fmt, None))
            elif kind is Kind.DATE:
                self._cells.append(("write_datetime", date, None))
            elif kind is Kind.DATETIME:
                self._cells.append(("write_datetime", stamp, partial(_local_naive, zone=zone)))
            elif kind is Kind.BOOL:
                self._cells.append(("write_boolean", None, None))
            elif kind is Kind.STATE and spec is not None and spec.choices is not None:
                labels = words.state_labels(spec)
                self._cells.append(("write_string", None, lambda v, m=labels: m.get(v, str(v))))
            elif spec is not None and spec.coded:
                worded = partial(code_words, spec.table, spec.name)
                translated = words.coded

                def coded_cell(v: Any, w: Any = worded, t: Mapping[str, str] = translated) -> str:
                    text = w(str(v))
                    return t.get(text, text)

                self._cells.append(("write_string", None, coded_cell))
            else:
                self._cells.append(("write_string", None, str))
        #: Money columns: (column, its currency column or None for the home currency).
        self._money = [
            (c, column.currency_at) for c, column in enumerate(columns) if column.kind is Kind.MONEY
        ]
        self._money_columns = {c for c, _ in self._money}
        #: Each column's width in characters: its header's, widened by its first rows.
        self._widths = [len(column.header) + WIDTH_MARGIN for column in columns]
        self._measured = 0
        self._write_money: Any = None  # the current sheet's write_number
        self.sheets = 0
        self._sheet: Any = None
        self._row = XLSX_MAX_ROWS

    def _new_sheet(self) -> None:
        self.sheets += 1
        self._sheet = self.workbook.add_worksheet(sheet_name(self.words, self.sheets))
        self._sheet.freeze_panes(1, 0)
        for c, column in enumerate(self.columns):
            self._sheet.write_string(0, c, column.header, self._header_format)
        self._row = 1
        sheet = self._sheet
        self._writers = [
            (c, getattr(sheet, method), fmt, convert)
            for c, (method, fmt, convert) in enumerate(self._cells)
            if c not in self._money_columns
        ]
        self._write_money = sheet.write_number

    def write(self, rows: Sequence[Sequence[Any]]) -> None:
        if self._measured < MEASURED_ROWS:
            self._measure(rows[: MEASURED_ROWS - self._measured])
        formats = self._money_formats
        write_money = self._write_money
        for values in rows:
            if self._row >= XLSX_MAX_ROWS:
                self._new_sheet()
                write_money = self._write_money
            r = self._row
            for c, write, fmt, convert in self._writers:
                value = values[c]
                if value is None:
                    continue
                if convert is not None:
                    value = convert(value)
                if fmt is None:
                    write(r, c, value)
                else:
                    write(r, c, value, fmt)
            for c, at in self._money:
                value = values[c]
                if value is None:
                    continue
                write_money(r, c, value, formats[_money_places(value, values, at)])
            self._row = r + 1

    def _measure(self, rows: Sequence[Sequence[Any]]) -> None:
        """Widen the columns to the texts of these rows as the cells will show them."""
        widths = self._widths
        for values in rows:
            for c, (_method, _fmt, convert) in enumerate(self._cells):
                value = values[c]
                if value is None:
                    continue
                column = self.columns[c]
                if column.kind is Kind.MONEY:
                    places = _money_places(value, values, column.currency_at)
                    text = f"{value:,.{places}f}"
                elif column.kind is Kind.DATE:
                    text = self.words.date_format
                elif column.kind is Kind.DATETIME:
                    text = self.words.datetime_format
                elif column.kind in (Kind.INT, Kind.NUMBER):
                    text = f"{value:,}"
                else:
                    text = str(convert(value) if convert is not None else value)
                widths[c] = max(widths[c], min(len(text) + WIDTH_MARGIN, MAX_WIDTH))
        self._measured += len(rows)

    def _size_columns(self) -> None:
        # Column widths go in the sheet's XML ahead of its rows, but XlsxWriter writes
        # that part at close even in constant-memory mode: sized once every row is in.
        for sheet in self.workbook.worksheets():
            for c, width in enumerate(self._widths):
                sheet.set_column(c, c, width)

    def discard(self) -> None:
        """Give up: close and remove the row files constant-memory mode keeps in the temp
        folder, and tell XlsxWriter not to write the workbook at exit."""
        for sheet in self.workbook.worksheets():
            handle = getattr(sheet, "row_data_fh", None)
            if handle is not None:
                handle.close()
            name = getattr(sheet, "row_data_filename", None)
            if name:
                Path(name).unlink(missing_ok=True)
        self.workbook.fileclosed = True

    def close(self) -> int:
        if self.sheets == 0:
            self._new_sheet()  # an empty list is a header row, not a broken file
        self._size_columns()
        self.workbook.close()
        return self.sheets


#: Excel's most characters in a sheet's name, and the characters it refuses there.
SHEET_NAME_CHARS = 31
_NOT_IN_SHEET_NAMES = "[]:*?/\\"


def sheet_name(words: ExportWords, number: int) -> str:
    """The name of the ``number``-th sheet (from 1): the list's title, "(2)", "(3)"
    after it on the sheets a long list continues on; without a title, ``words.sheet``.
    Cut to Excel's 31 characters, its refused characters made spaces, no apostrophe
    at either end (Excel refuses those too)."""

    def clean(text: str) -> str:
        text = "".join(" " if ch in _NOT_IN_SHEET_NAMES else ch for ch in text)
        return " ".join(text.split()).strip("' ")

    title = clean(words.title)
    if not title:
        name = clean(words.sheet.format(number=number))[:SHEET_NAME_CHARS].strip("' ")
        return name or f"Sheet {number}"
    suffix = f" ({number})" if number > 1 else ""
    return title[: SHEET_NAME_CHARS - len(suffix)].rstrip("' ") + suffix


def _money_places(value: Any, values: Sequence[Any], currency_at: int | None) -> int:
    """The decimals of the amount ``value`` of the row ``values``: its currency's, or
    two for the cents an RWF amount really has (shown, never rounded away)."""
    currency = values[currency_at] if currency_at is not None else None
    places = minor_digits(currency)
    if places == 0 and value != int(value):
        return 2
    return places
