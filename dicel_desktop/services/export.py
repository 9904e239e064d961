"""The current list (a ``ListQuery``: filter, sort, visible columns) to CSV or XLSX. No Qt.

Rows stream from the server and never sit in memory as a whole:

* CSV is PostgreSQL's own ``COPY (query) TO STDOUT (FORMAT csv)``: the server formats
  every value and the bytes go straight to the file, so an export costs about what the
  raw COPY costs. The file is for machines as much as for people, so nothing in it
  follows a person's locale: ISO dates (``DateStyle ISO``), dot decimals, stored state
  codes, ``true``/``false``. It starts with a UTF-8 byte order mark: Excel on Windows
  reads a CSV without one in the ANSI code page and garbles every accented name (Kigali
  clients' names, French descriptions); with the BOM it reads UTF-8, and Python, pandas
  and LibreOffice all skip it (``utf-8-sig``).
* XLSX reads the same query through a server-side cursor (``DECLARE ... CURSOR``,
  fetched a chunk at a time) and writes it with XlsxWriter in constant-memory mode
  (one row in memory at a time). XlsxWriter was measured against openpyxl's write-only
  mode on the same rows (tests/perf/test_export_benchmark.py) and was the faster.
  Cells are typed: money and numbers are numbers with a number format, dates are dates,
  states show their label; a sheet holds at most 1,048,575 rows under its header, so a
  longer list continues on "Sheet 2", "Sheet 3" ...

The rows and their order are the grid's: the same ``Listing`` statement (its joins,
filters and search, its visible columns) ordered as the grid pages it,
``sort_key NULLS LAST, id`` (the exact reverse descending).

Stopping: ``stop`` (a ``threading.Event``) is looked at between chunks, and the caller
cancels the running statement on the server (gui/worker.py). Either way the file is
written under a temporary name in the target folder and renamed only when complete, so
a cancelled or failed export leaves no half file behind.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg.rows import tuple_row
from sqlalchemy.sql.expression import ColumnElement

from dicel_desktop.domain.amounts import (
    HOME_CURRENCY,
    ZERO_DECIMAL_CURRENCIES,
    minor_digits,
)
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services.code_words import code_words
from dicel_desktop.services.columns import ColumnSpec, Kind
from dicel_desktop.services.listing import Listing, ListQuery

log = logging.getLogger(__name__)

#: Rows per server-side cursor fetch (and per progress report): big enough that the
#: round trips cost nothing, small enough that a chunk is a few hundred kB.
CHUNK_ROWS = 5_000
#: Rows per FETCH of the XLSX export's cursor. psycopg turns a fetch's rows into Python
#: values in one C call that holds the GIL: 5,000 rows of a dozen columns kept the GUI
#: thread from its turn for about 100 ms (tests/perf/test_gui_stall_benchmark.py);
#: 500 rows take a few ms, and the extra round trips cost nothing measurable.
FETCH_ROWS = 500
#: Excel's row limit per sheet, header included.
XLSX_MAX_ROWS = 1_048_576
#: Called with (rows written so far, the planner's estimate of all rows).
Progress = Callable[[int, int], None]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ExportCancelled(Exception):
    """The person stopped the export; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    #: Worksheets written (1 for CSV).
    sheets: int = 1


@dataclass(frozen=True)
class ExportWords:
    """The words a file shows a person, in their language: the GUI translates them
    (gui/export_dialog.py), since nothing below it may; without, the specs' English.
    Plain data, so an export's process gets them over its pipe."""

    #: Column name -> its header, as the grid heads it.
    headers: Mapping[str, str] = field(default_factory=dict)
    #: State column name -> {stored value: label}, as the grid shows them (XLSX: CSV
    #: keeps the stored codes, see the module docstring).
    states: Mapping[str, Mapping[Any, str]] = field(default_factory=dict)
    #: A money column's currency, when the list has one currency column ...
    currency: str = "Currency"
    #: ... and when it has several ("{column}": the money column's header).
    currency_of: str = "Currency ({column})"
    #: A worksheet's name ("{number}": 1, 2 ...), where the list has no title.
    sheet: str = "Sheet {number}"
    #: The list's title as the window words it ("Agents de sécurité"): the first
    #: sheet's name, then "Agents de sécurité (2)" ... (``sheet_name``).
    title: str = ""
    #: How a date and a moment read in a cell, as Excel number formats: the patterns
    #: the window writes them in (gui.locale_writing.excel_format), dd/mm/yyyy in
    #: French, Kinyarwanda and English in Rwanda.
    date_format: str = "yyyy-mm-dd"
    datetime_format: str = "yyyy-mm-dd hh:mm:ss"
    #: A coded text's words (services.code_words) -> the same in the person's language
    #: (XLSX, as the grid shows them: ``code_words.known_words``, translated).
    coded: Mapping[str, str] = field(default_factory=dict)

    def header(self, spec: ColumnSpec) -> str:
        return self.headers.get(spec.name, spec.label)

    def state_labels(self, spec: ColumnSpec) -> dict[Any, str]:
        assert spec.choices is not None
        translated = self.states.get(spec.name, {})
        return {c.value: translated.get(c.value, c.label) for c in spec.choices}


ENGLISH = ExportWords()


@dataclass(frozen=True)
class ExportColumn:
    header: str
    kind: Kind
    spec: ColumnSpec | None
    expr: ColumnElement[Any]
    #: A money column's currency: the index of its currency column among the export's
    #: columns (None: the row names none, the home currency).
    currency_at: int | None = None


def export_columns(listing: Listing, words: ExportWords = ENGLISH) -> list[ExportColumn]:
    """The visible columns, each money column followed by its currency the first time
    that currency column appears (an amount without its currency means nothing)."""
    selected = listing._select.selected_columns  # the grid's own expressions and joins
    columns: list[ExportColumn] = []
    seen: set[int] = set()
    placed: dict[int, int] = {}  # currency slot -> its column's index in the export
    slots = [s for s in listing.currency_slots if s is not None]
    for i, spec in enumerate(listing.columns):
        slot = listing.currency_slots[i]
        currency_at = None
        if slot is not None:
            currency_at = placed.get(slot, len(columns) + 1)
        columns.append(
            ExportColumn(words.header(spec), spec.kind, spec, selected[f"c{i}"], currency_at)
        )
        if slot is not None and slot not in seen:
            seen.add(slot)
            placed[slot] = len(columns)
            if len(set(slots)) == 1:
                header = words.currency
            else:
                header = words.currency_of.format(column=words.header(spec))
            index = slot - 2 - len(listing.columns)
            columns.append(ExportColumn(header, Kind.TEXT, None, selected[f"cur{index}"]))
    return columns


def export_statement(listing: Listing, columns: Sequence[ExportColumn]) -> sa.Select[Any]:
    """The grid's query for all its rows, in the grid's order."""
    key, ident = listing._key, listing._id
    if listing.descending:
        order = [key.desc().nulls_first(), ident.desc()]
    else:
        order = [key.asc().nulls_last(), ident.asc()]
    return listing._select.with_only_columns(
        *[c.expr for c in columns], maintain_column_froms=True
    ).order_by(*order)


def _csv_statement(listing: Listing, columns: Sequence[ExportColumn]) -> sa.Select[Any]:
    """The grid's query with each value written by the server as a person reads it
    without a locale: the formatting is SQL, so COPY still streams bytes untouched."""
    exprs = [_csv_value(column, columns) for column in columns]
    return export_statement(listing, columns).with_only_columns(*exprs, maintain_column_froms=True)


def _csv_value(column: ExportColumn, columns: Sequence[ExportColumn]) -> ColumnElement[Any]:
    expr = column.expr
    if column.kind is Kind.BOOL:
        # A boolean as text is "true"/"false": COPY's own "t"/"f" reads as letters.
        return sa.cast(expr, sa.Text)
    if column.kind is Kind.DATETIME and isinstance(expr.type, sa.DateTime):
        # The moment on the person's clock (the session's TimeZone, _machine_settings),
        # to the second: "2026-12-05 01:44:32", not "2026-12-04 23:44:32.572823+00".
        return sa.cast(sa.func.date_trunc("second", expr), sa.DateTime(timezone=False))
    if column.kind is Kind.DATE and isinstance(expr.type, sa.DateTime):
        return sa.cast(expr, sa.Date)  # the person's day of a moment shown as a date
    if column.kind is Kind.MONEY:
        # The currency's decimals: NUMERIC(15,2) prints 106200.00 for RWF. Whole RWF
        # lose their ".00"; cents an RWF amount really has stay (never rounded away).
        currency: ColumnElement[Any] = (
            sa.literal(HOME_CURRENCY)
            if column.currency_at is None
            else columns[column.currency_at].expr
        )
        whole = sa.func.trunc(expr)
        return sa.case(
            (
                sa.and_(currency.in_(sorted(ZERO_DECIMAL_CURRENCIES)), expr == whole),
                whole,
            ),
            else_=expr,
        )
    return expr


def _sql(conn: sa.Connection, stmt: sa.Select[Any]) -> tuple[str, dict[str, Any]]:
    # render_postcompile: IN (...) lists expanded into plain binds psycopg understands.
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    return str(compiled), dict(compiled.params)


def _machine_settings(conn: sa.Connection, time_zone: str | None) -> None:
    # SET LOCAL: ends with the transaction, never leaks into a pooled connection.
    conn.execute(sa.text("SELECT set_config('DateStyle', 'ISO, YMD', true)"))
    conn.execute(sa.text("SELECT set_config('IntervalStyle', 'iso_8601', true)"))
    zone = _server_zone(conn, time_zone or local_time_zone())
    conn.execute(sa.text("SELECT set_config('TimeZone', :zone, true)"), {"zone": zone})


def local_time_zone() -> str:
    """This computer's time zone as PostgreSQL names it: the IANA name where the system
    says it (TZ, /etc/localtime), else its offset now (POSIX writes east as minus)."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name and "/" in name and not name.startswith("/"):
        return name
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        return target.split("zoneinfo/", 1)[1]
    return _offset_zone()


def _offset_zone() -> str:
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes >= 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _server_zone(conn: sa.Connection, zone: str) -> str:
    # A zone the server does not know (a Windows name, an old tzdata) would fail the
    # export: the offset it has now is better than nothing.
    known = conn.execute(
        sa.text("SELECT EXISTS (SELECT FROM pg_timezone_names WHERE name = :zone)"),
        {"zone": zone},
    ).scalar()
    if known or zone.startswith("UTC"):
        return zone
    log.info("Time zone %r unknown to the server; using the offset now", zone)
    return _offset_zone()


# --------------------------------------------------------------------------- files


class _Target:
    """A temporary file beside ``path``, renamed to ``path`` only when complete.

    A file already at ``path`` must be one this process may replace, checked before
    anything is read: Windows refuses to replace a workbook Excel shows, and finding
    that out after a million rows threw the whole export away."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_file():
            try:
                os.close(os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0)))
            except PermissionError as error:
                raise _in_use(path, error) from error
            except OSError as error:
                raise _write_failed(path, error) from error
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".part", dir=path.parent)
        except OSError as error:
            raise _write_failed(path, error) from error
        os.close(fd)
        self.temp = Path(name)

    def commit(self) -> None:
        try:
            os.replace(self.temp, self.path)
        except PermissionError as error:  # opened elsewhere meanwhile (Windows)
            self.discard()
            raise _in_use(self.path, error) from error
        except OSError as error:
            self.discard()
            raise _write_failed(self.path, error) from error

    def discard(self) -> None:
        try:
            self.temp.unlink(missing_ok=True)
        except OSError:
            log.warning("Could not remove the partial export %s", self.temp, exc_info=True)


def _in_use(path: Path, error: OSError) -> DicelError:
    log.info("Export to %s refused: the file may not be replaced: %r", path, error)
    return DicelError("export_file_in_use", path=str(path), name=path.name)


def _write_failed(path: Path, error: OSError) -> DicelError:
    log.info("Export to %s failed: %r", path, error)
    return DicelError(
        "export_write_failed",
        path=str(path),
        folder=str(path.parent),
        detail=error.strerror or str(error),
    )


# --------------------------------------------------------------------------- export


def export_list(
    conn: sa.Connection,
    query: ListQuery,
    path: Path | str,
    fmt: ExportFormat | str,
    *,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
    words: ExportWords = ENGLISH,
    time_zone: str | None = None,
) -> ExportResult:
    """Write the list ``query`` to ``path`` as ``fmt``, headed and labelled in
    ``words``, times on the clock of ``time_zone`` (an IANA name; None: this
    computer's); raises ExportCancelled when ``stop`` is set,
    DicelError("export_write_failed") when the file cannot be written."""
    path = Path(path)
    fmt = ExportFormat(fmt)
    listing = Listing(query)
    columns = export_columns(listing, words)
    _machine_settings(conn, time_zone)
    total = listing.estimate(conn)
    target = _Target(path)
    try:
        if fmt is ExportFormat.CSV:
            rows, sheets = _write_csv(conn, listing, columns, target.temp, total, progress, stop)
        else:
            rows, sheets = _write_xlsx(
                conn, listing, columns, target.temp, total, progress, stop, words, time_zone
            )
    except OSError as error:
        target.discard()
        raise _write_failed(path, error) from error
    except BaseException:
        target.discard()
        raise
    target.commit()
    return ExportResult(path, rows, sheets)


def _check(stop: threading.Event | None) -> None:
    if stop is not None and stop.is_set():
        raise ExportCancelled


def csv_header(columns: Sequence[ExportColumn]) -> bytes:
    """The BOM and the header line, quoted as COPY quotes."""
    cells = []
    for column in columns:
        text = column.header
        if any(ch in text for ch in ',"\n\r'):
            text = '"' + text.replace('"', '""') + '"'
        cells.append(text)
    return ("\ufeff" + ",".join(cells) + "\n").encode("utf-8")


def copy_sql(conn: sa.Connection, stmt: sa.Select[Any]) -> bytes:
    """``COPY (stmt) TO STDOUT (FORMAT csv)`` with its values bound on the client
    (COPY takes no server-side parameters)."""
    sql, params = _sql(conn, stmt)
    driver = conn.connection.driver_connection
    inner = psycopg.ClientCursor(driver).mogrify(sql, params)
    return f"COPY ({inner}) TO STDOUT (FORMAT csv)".encode()


def _write_csv(
    conn: sa.Connection,
    listing: Listing,
    columns: Sequence[ExportColumn],
    file: Path,
    total: int,
    progress: Progress | None,
    stop: threading.Event | None,
) -> tuple[int, int]:
    statement = copy_sql(conn, _csv_statement(listing, columns))
    driver = conn.connection.driver_connection
    rows = 0
    with open(file, "wb", buffering=1 << 20) as out, driver.cursor() as cursor:
        out.write(csv_header(columns))
        with cursor.copy(statement) as copy:
            # The server sends one CopyData message per row, and psycopg hands them
            # over one at a time: counting them counts rows.
            for data in copy:
                out.write(data)
                rows += 1
                if rows % CHUNK_ROWS == 0:
                    _check(stop)
                    if progress is not None:
                        progress(rows, total)
        _check(stop)
        rows = cursor.rowcount
    if progress is not None:
        progress(rows, total)
    return rows, 1


# --------------------------------------------------------------------------- XLSX


def fetch_chunks(
    conn: sa.Connection, stmt: sa.Select[Any], stop: threading.Event | None = None
) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``stmt`` a chunk at a time, through a server-side cursor."""
    sql, params = _sql(conn, stmt)
    driver = conn.connection.driver_connection
    with driver.cursor(name="dicel_export", row_factory=tuple_row) as cursor:
        cursor.itersize = FETCH_ROWS
        cursor.execute(sql, params)
        while True:
            _check(stop)
            chunk = cursor.fetchmany(FETCH_ROWS)
            if not chunk:
                return
            yield chunk


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


def _write_xlsx(
    conn: sa.Connection,
    listing: Listing,
    columns: Sequence[ExportColumn],
    file: Path,
    total: int,
    progress: Progress | None,
    stop: threading.Event | None,
    words: ExportWords,
    time_zone: str | None,
) -> tuple[int, int]:
    sheets = XlsxSheets(file, columns, words, time_zone)
    rows = 0
    try:
        for chunk in fetch_chunks(conn, export_statement(listing, columns), stop):
            sheets.write(chunk)
            rows += len(chunk)
            if progress is not None:
                progress(rows, total)
        _check(stop)
    except BaseException:
        sheets.discard()
        raise
    return rows, sheets.close()
