"""Exporting a list to CSV and XLSX against a real PostgreSQL: the grid's rows, in the
grid's order, with typed cells; stopping and failing leave no file behind."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from grid_data import seed_transactions

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.domain.states import TransactionStatus
from dicel_desktop.services import export, export_xlsx
from dicel_desktop.services.columns import table_spec
from dicel_desktop.services.export import ExportCancelled, ExportWords, export_list
from dicel_desktop.services.listing import Between, Listing, ListQuery, OneOf

ROWS = 100_000
COLUMNS = (
    "reference_number",
    "transaction_date",
    "account_id",
    "amount",
    "status",
    "posted_date",
    "description",
)
#: A filter, a sort on a nullable column (descending: NULLs first) and a search, as the
#: grid would send them.
QUERY = ListQuery(
    "transactions",
    COLUMNS,
    sort="posted_date",
    descending=True,
    filters=(
        OneOf("status", ("posted", "pending", None)),
        Between("amount", Decimal("1000"), None),
    ),
)


@pytest.fixture(scope="module")
def big_dsn(pg_superuser_dsn, template_db, _admin):
    """One database of 100,000 transactions for the module (seeding takes a while)."""
    import uuid

    from helpers import create_database, drop_database, dsn_for

    name = f"export_{uuid.uuid4().hex[:8]}"
    create_database(_admin, name, template=template_db)
    try:
        dsn = dsn_for(pg_superuser_dsn, name)
        seed_transactions(dsn, ROWS)
        yield dsn
    finally:
        drop_database(_admin, name)


@pytest.fixture(scope="module")
def engine(big_dsn):
    from dicel_desktop.db.engine import make_engine

    engine = make_engine(big_dsn)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def grid_rows(engine):
    """The rows as the grid pages them (keyset pages of Listing), visible values only."""
    listing = Listing(QUERY)
    rows = []
    with engine.connect() as conn:
        page = listing.first(conn, 10_000)
        while page:
            rows.extend(page)
            page = listing.after(conn, listing.key_of(page[-1]), 10_000)
    return rows


def _visible(row):
    # (id, key, c0..c6, currency): the values the grid shows, and the currency.
    return list(row[2 : 2 + len(COLUMNS)]), row[2 + len(COLUMNS)]


def test_csv_equals_the_grids_rows_in_its_order(engine, grid_rows, tmp_path):
    path = tmp_path / "transactions.csv"
    with engine.connect() as conn:
        result = export_list(conn, QUERY, path, "csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file))
    header, body = lines[0], lines[1:]
    labels = [table_spec("transactions").column(c).label for c in COLUMNS]
    assert header == [*labels[:4], "Currency", *labels[4:]]
    assert result.rows == len(grid_rows) == len(body)
    assert len(grid_rows) > 10_000  # the filter keeps a real share of the table
    for got, row in zip(body, grid_rows, strict=True):
        values, currency = _visible(row)
        ref, day, account, amount, status, posted, description = values
        # Machine-readable: ISO dates, dot decimals, stored codes, empty for NULL.
        assert got[0] == ref
        assert got[1] == day.isoformat()
        assert got[2] == account
        assert Decimal(got[3]) == amount
        assert got[4] == currency
        assert got[5] == (status or "")
        if posted is None:
            assert got[6] == ""
        else:
            # A plain date-time on this computer's clock, to the second.
            local = posted.astimezone().replace(tzinfo=None, microsecond=0)
            assert dt.datetime.fromisoformat(got[6]) == local
        assert got[7] == (description or "")


def test_xlsx_reads_back_with_the_same_values_and_types(engine, grid_rows, tmp_path):
    path = tmp_path / "transactions.xlsx"
    with engine.connect() as conn:
        result = export_list(conn, QUERY, path, "xlsx")
    assert result.rows == len(grid_rows)
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = sheet.iter_rows()
    header = [c.value for c in next(rows)]
    assert header[3:5] == ["Amount", "Currency"]
    labels = {s.value: s.label for s in TransactionStatus}
    count = 0
    for cells, row in zip(rows, grid_rows, strict=True):
        count += 1
        values, currency = _visible(row)
        ref, day, account, amount, status, posted, description = values
        got = [c.value for c in cells]
        got += [None] * (8 - len(got))  # read-only mode drops trailing empty cells
        assert got[0] == ref
        # A date cell (openpyxl reads dates as datetimes), not text.
        assert got[1] == dt.datetime.combine(day, dt.time())
        assert cells[1].is_date
        assert got[2] == account
        # Money is a number with a number format.
        assert isinstance(got[3], float | int)
        assert Decimal(str(got[3])) == amount
        # In the currency's decimals: whole RWF without ".00", cents when it has them.
        whole = currency == "RWF" and amount == amount.to_integral_value()
        assert cells[3].number_format == ("#,##0" if whole else "#,##0.00")
        assert got[4] == currency
        assert got[5] == (labels[status] if status else None)
        if posted is None:
            assert got[6] is None
        else:
            assert got[6] == posted.astimezone().replace(tzinfo=None)
        assert got[7] == description
    assert count == len(grid_rows)
    book.close()


def test_xlsx_continues_on_a_new_sheet_at_the_row_limit(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(export_xlsx, "XLSX_MAX_ROWS", 1_001)  # 1,000 rows + header
    query = ListQuery("transactions", ("reference_number", "amount"), sort="reference_number")
    small = ListQuery(
        query.table, query.columns, sort=query.sort, filters=(Between("amount", None, 25_000),)
    )
    path = tmp_path / "split.xlsx"
    # A title longer than Excel's 31 characters, with characters it refuses.
    words = ExportWords(title="Opérations financières: [toutes] les écritures/pièces")
    with engine.connect() as conn:
        result = export_list(conn, small, path, "xlsx", words=words)
        expected = [r[2] for r in Listing(small).first(conn, ROWS)]
    assert result.sheets == len(expected) // 1_000 + 1 > 1
    book = openpyxl.load_workbook(path, read_only=True)
    # Named after the list, cut to 31 characters; the sheets it continues on numbered.
    assert book.sheetnames[0] == "Opérations financières toutes l"
    assert book.sheetnames[1:3] == [
        "Opérations financières tout (2)",
        "Opérations financières tout (3)",
    ]
    assert all(len(name) <= 31 for name in book.sheetnames)
    refs = []
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == table_spec("transactions").column("reference_number").label
        assert len(rows) <= 1_001
        refs.extend(r[0] for r in rows[1:])
    book.close()
    assert refs == expected


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_stopping_leaves_no_file(engine, tmp_path, fmt):
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append(done)
        stop.set()  # the person pressed Cancel after the first rows

    with engine.connect() as conn, pytest.raises(ExportCancelled):
        export_list(conn, QUERY, tmp_path / f"list.{fmt}", fmt, progress=progress, stop=stop)
    assert seen
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_said_in_words(engine, tmp_path):
    path = tmp_path / "unplugged-stick" / "list.csv"
    with engine.connect() as conn, pytest.raises(DicelError) as caught:
        export_list(conn, QUERY, path, "csv")
    assert caught.value.code == "export_write_failed"
    assert str(path) in caught.value.message
    assert "Choose a folder you can write to" in caught.value.message
    assert list(tmp_path.iterdir()) == []


#: The grid's query cut to amounts up to 120,000 (some 6,500 rows, two chunks of the
#: export's): for the tests where what is written matters less than that it all was.
SOME = ListQuery(
    QUERY.table,
    QUERY.columns,
    sort=QUERY.sort,
    descending=True,
    filters=(*QUERY.filters, Between("amount", None, Decimal("120000"))),
)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_failed_write_leaves_no_half_file(engine, tmp_path, fmt):
    # The name is taken by a folder: everything is written, then the final rename fails.
    # Two chunks of rows, not the ~55,000 of QUERY: the whole table's XLSX was ~20 s here,
    # and the rename fails alike after any number of rows.
    path = tmp_path / f"list.{fmt}"
    path.mkdir()
    written: list[int] = []
    with engine.connect() as conn, pytest.raises(DicelError) as caught:
        export_list(conn, SOME, path, fmt, progress=lambda done, _total: written.append(done))
    assert max(written) > export.CHUNK_ROWS  # written past the first chunk before it failed
    assert caught.value.code == "export_write_failed"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert list(path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_workbook_open_elsewhere_is_said_before_anything_is_read(
    engine, tmp_path, monkeypatch, fmt
):
    # Windows refuses to open for writing (or replace) a file Excel shows: simulated
    # here for that one file, as Windows answers it.
    import os

    path = tmp_path / f"list.{fmt}"
    path.write_bytes(b"last week's list")
    real_open = os.open

    def windows_open(name, flags, *args):
        if Path(name) == path and flags & (os.O_WRONLY | os.O_RDWR):
            raise PermissionError(13, "The process cannot access the file", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(os, "open", windows_open)
    reported: list[int] = []
    with engine.connect() as conn, pytest.raises(DicelError) as caught:
        export_list(conn, QUERY, path, fmt, progress=lambda done, _total: reported.append(done))
    assert caught.value.code == "export_file_in_use"
    assert f"list.{fmt} is open in another program" in caught.value.message
    assert reported == []  # refused before a row was read, not after
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert path.read_bytes() == b"last week's list"


def test_a_workbook_opened_elsewhere_during_the_export_is_said_so(engine, tmp_path, monkeypatch):
    import os

    path = tmp_path / "list.csv"

    def windows_replace(_source, _dest):
        raise PermissionError(13, "The process cannot access the file", str(path))

    monkeypatch.setattr(os, "replace", windows_replace)
    with engine.connect() as conn, pytest.raises(DicelError) as caught:
        export_list(conn, QUERY, path, "csv")
    assert caught.value.code == "export_file_in_use"
    assert list(tmp_path.iterdir()) == []  # no half file left behind


def test_a_file_speaks_the_words_it_is_given(engine, tmp_path):
    # The window passes its own language's words (gui/export_dialog.export_words); the
    # file's headers, state labels and sheet names are those, its values unchanged.
    # The smallest amounts only (about 500 rows, every state among them): the words do not
    # depend on how many rows there are, and the whole table written twice took ~12 s.
    query = ListQuery(
        "transactions",
        ("reference_number", "amount", "status"),
        sort="amount",
        filters=(Between("amount", None, Decimal("5000")),),
    )
    words = ExportWords(
        headers={"reference_number": "Référence", "amount": "Montant", "status": "Statut"},
        states={"status": {"posted": "Comptabilisée"}},
        currency="Devise",
        sheet="Feuille {number}",
    )
    with engine.connect() as conn:
        export_list(conn, query, tmp_path / "fr.xlsx", "xlsx", words=words)
        export_list(conn, query, tmp_path / "fr.csv", "csv", words=words)
        rows = Listing(query).first(conn, ROWS)
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx", read_only=True)
    (sheet,) = book.worksheets
    assert sheet.title == "Feuille 1"
    cells = list(sheet.iter_rows(values_only=True))
    book.close()
    assert cells[0] == ("Référence", "Montant", "Devise", "Statut")
    english = {s.value: s.label for s in TransactionStatus}
    # A state given a word reads it; one not given keeps its English label.
    assert [c[3] for c in cells[1:]] == [
        None if r[4] is None else ("Comptabilisée" if r[4] == "posted" else english[r[4]])
        for r in rows
    ]
    assert 100 < len(cells) - 1 < ROWS  # the filter kept a few rows, not all nor none
    assert {"Comptabilisée", english["pending"]} <= {c[3] for c in cells[1:]}
    with open(tmp_path / "fr.csv", encoding="utf-8-sig", newline="") as f:
        read = list(csv.reader(f))
    # CSV: the same headers; its states stay the stored codes (for machines too).
    assert read[0] == ["Référence", "Montant", "Devise", "Statut"]
    assert [r[3] for r in read[1:]] == [r[4] or "" for r in rows]


def test_a_coded_text_reads_in_the_words_it_is_given(engine, tmp_path):
    # An audit entry's action and list, as the grid words them in the person's language;
    # a word without a translation given stays the English the grid would show.
    query = ListQuery("audit_logs", ("action", "table_name"), sort="action")
    words = ExportWords(coded={"Changed": "Modifié", "Users": "Utilisateurs"})
    with engine.connect() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_logs (action, table_name)"
            " VALUES ('UPDATE', 'users'), ('INSERT', 'users')"
        )
        export_list(conn, query, tmp_path / "fr.xlsx", "xlsx", words=words)
        conn.rollback()
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx", read_only=True)
    (sheet,) = book.worksheets
    cells = list(sheet.iter_rows(values_only=True))
    book.close()
    assert ("Modifié", "Utilisateurs") in cells[1:] and ("Created", "Utilisateurs") in cells[1:]
    assert not {"UPDATE", "INSERT", "users"} & {v for row in cells[1:] for v in row}
