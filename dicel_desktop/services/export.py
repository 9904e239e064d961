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

Its parts: ``export_words`` (the file's words and the export's columns) and
``export_xlsx`` (the workbook: typed cells, sized columns, sheets); both importable here.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import psycopg
import sqlalchemy as sa
from psycopg.rows import tuple_row
from sqlalchemy.sql.expression import ColumnElement

from dicel_desktop.domain.amounts import HOME_CURRENCY, ZERO_DECIMAL_CURRENCIES
from dicel_desktop.domain.errors import DicelError
from dicel_desktop.services.columns import Kind
from dicel_desktop.services.export_words import (
    ENGLISH,
    ExportColumn,
    ExportWords,
    export_columns,
)
from dicel_desktop.services.export_xlsx import (  # noqa: F401  (importable here as before)
    XlsxSheets,
    _local_naive,
    sheet_name,
)
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
