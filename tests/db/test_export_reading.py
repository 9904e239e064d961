"""An export read as a person reads it, as a finance clerk's login: amounts in their
currency's decimals, times on the clock of the person's zone, columns wide enough for
what they hold."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from finance_data import account
from openpyxl.utils import get_column_letter
from sqlalchemy import text

from dicel_desktop.services.export import export_list
from dicel_desktop.services.listing import ListQuery

KIGALI = "Africa/Kigali"
COLUMNS = (
    "reference_number",
    "transaction_date",
    "amount",
    "status",
    "posted_date",
    "description",
)
LONG = "Payment received from Akagera Logistics Ltd for the December consignment"
#: (reference, amount, currency, posted as the database stores it, description)
ROWS = (
    ("INV-2026-000966", Decimal("106200"), "RWF", "2026-12-04 23:44:32.572823+00", LONG),
    ("INV-2026-000847", Decimal("1000.50"), "RWF", "2026-12-05 08:00:00+00", "Part"),
    ("USD-1", Decimal("75.50"), "USD", "2026-12-05 09:30:15.999+00", "Dollars"),
)
QUERY = ListQuery("transactions", COLUMNS, sort="reference_number")


@pytest.fixture
def finance(logins):
    person = logins.person("finance")
    rwf = account(person, "Operating account")
    usd = account(person, "Dollar account", currency="USD")
    # Posted moments with microseconds, as the server stamps them: set by the superuser,
    # since a clerk never types a posted date.
    with logins.superuser().begin() as conn:
        for ref, amount, currency, posted, description in ROWS:
            conn.execute(
                text(
                    "INSERT INTO transactions (account_id, transaction_type, amount, currency,"
                    " description, reference_number, transaction_date, posted_date, status)"
                    " VALUES (:a, 'credit', :amount, :c, :d, :ref, DATE '2026-12-04',"
                    " CAST(:posted AS timestamptz), 'posted')"
                ),
                {
                    "a": rwf if currency == "RWF" else usd,
                    "amount": amount,
                    "c": currency,
                    "d": description,
                    "ref": ref,
                    "posted": posted,
                },
            )
    return person


def _on_kigali_clock(stored: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(stored.replace("+00", "+00:00"))
    return moment.astimezone(ZoneInfo(KIGALI)).replace(tzinfo=None, microsecond=0)


def test_csv_reads_local_times_to_the_second_and_amounts_in_their_decimals(finance, tmp_path):
    path = tmp_path / "transactions.csv"
    with finance.engine.connect() as conn:
        export_list(conn, QUERY, path, "csv", time_zone=KIGALI)
    with open(path, encoding="utf-8-sig", newline="") as file:
        header, *body = list(csv.reader(file))
    assert header == [
        "Reference number", "Transaction date", "Amount", "Currency", "Status",
        "Posted date", "Description",
    ]  # fmt: skip
    by_ref = {row[0]: row for row in body}
    assert by_ref["INV-2026-000966"][1:6] == [
        "2026-12-04",  # a date stays a date
        "106200",  # whole RWF: no ".00"
        "RWF",
        "posted",  # the stored code, as decided for CSV
        "2026-12-05 01:44:32",  # 23:44:32.572823 UTC on a Kigali clock (UTC+2)
    ]
    assert by_ref["INV-2026-000847"][2] == "1000.50"  # cents an RWF amount has stay
    assert by_ref["USD-1"][2:4] == ["75.50", "USD"]
    assert by_ref["USD-1"][5] == "2026-12-05 11:30:15"  # seconds cut, never rounded up
    for ref, *_rest, posted, _description in ROWS:
        assert by_ref[ref][5] == _on_kigali_clock(posted).isoformat(" ")


def test_xlsx_amounts_in_their_decimals_and_columns_as_wide_as_their_text(finance, tmp_path):
    path = tmp_path / "transactions.xlsx"
    with finance.engine.connect() as conn:
        export_list(conn, QUERY, path, "xlsx", time_zone=KIGALI)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert rows["INV-2026-000966"][2].number_format == "#,##0"  # 106,200 RWF
    assert rows["INV-2026-000847"][2].number_format == "#,##0.00"  # 1,000.50 RWF
    assert rows["USD-1"][2].number_format == "#,##0.00"  # 75.50 USD
    assert rows["INV-2026-000966"][5].value == dt.datetime(2026, 12, 5, 1, 44, 32)

    # openpyxl keys a run of equally wide columns by its first letter.
    widths = {}
    for dimension in sheet.column_dimensions.values():
        for index in range(dimension.min, dimension.max + 1):
            widths[get_column_letter(index)] = dimension.width

    def width(column: str) -> float:
        return widths[column]

    assert width("A") >= len("INV-2026-000966")  # the number, not "INV-2026-0009"
    assert width("B") >= len("Transaction date")  # its header
    assert width("F") >= len("yyyy-mm-dd hh:mm:ss")
    # The long description is shown wider than a short column, but capped.
    assert width("A") < width("G") < 61
    assert width("E") < width("B")  # "Posted" needs less room than a date's header
    book.close()
