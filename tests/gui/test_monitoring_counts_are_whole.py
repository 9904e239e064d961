"""A monitoring count reads as a whole number: "Cameras offline 1", thresholds "3" and
"6", where the list and the record's form wrote "1.00", "3.00" and "6.00" (eye44, eye45
#1). A measure with a unit keeps its decimals in the reader's marks ("27,18 %")."""

from __future__ import annotations

from decimal import Decimal

from helpers import listed_rows
from offline_form import new_form
from PySide6.QtCore import QLocale

from dicel_desktop.db.engine import make_engine
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.cell_format import CellFormatter, LocaleFormats
from dicel_desktop.services.listing import Listing, ListQuery

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.Rwanda)
NUMBERS = ("metric_value", "threshold_warning", "threshold_critical")
COLUMNS = ("metric_name", "metric_unit", *NUMBERS)


def _listed(demo_dsn, sort: str = "recorded_at"):
    listing = Listing(ListQuery("system_monitoring", COLUMNS, sort=sort, descending=True))
    rows = listed_rows(demo_dsn, listing)
    cells = CellFormatter(listing, LocaleFormats.from_qlocale(FRENCH))
    return rows, [cells.format_row(row) for row in rows]


def test_a_count_is_listed_whole_and_a_measure_with_its_decimals(demo_dsn, qapp):
    rows, shown = _listed(demo_dsn)
    by_metric: dict[str, list[tuple[str, ...]]] = {}
    for row, cells in zip(rows, shown, strict=True):
        by_metric.setdefault(row[2], []).append(cells)
    cameras = [c[2:] for c in by_metric["cameras_offline"]]
    assert cameras, by_metric.keys()
    for numbers in cameras:
        assert all(n.isdigit() for n in numbers), numbers  # "1", "3", "6": no ",00"
    assert ("3", "6") in {numbers[1:] for numbers in cameras}
    # A percentage keeps its two decimals, in French marks.
    cpu = [c[2:] for c in by_metric["cpu_usage"]]
    assert all(n.count(",") == 1 and len(n.split(",")[1]) == 2 for c in cpu for n in c), cpu


def test_sorted_by_value_the_pages_follow_the_stored_values(demo_dsn):
    """Shown without their zeros, sorted and paged by what is stored: the second page
    goes on where the first stopped."""
    listing = Listing(ListQuery("system_monitoring", COLUMNS, sort="metric_value"))
    engine = make_engine(demo_dsn)
    try:
        with engine.connect() as conn:
            first = listing.first(conn, 100)
            second = listing.after(conn, listing.key_of(first[-1]), 100)
    finally:
        engine.dispose()
    values = [row[2 + COLUMNS.index("metric_value")] for row in first + second]
    assert len(values) == 200 and values == sorted(values)
    assert len({row[0] for row in first + second}) == 200


def test_the_reading_form_shows_a_count_whole_and_a_unit_brings_the_decimals(qtbot):
    form = new_form(qtbot, "system_monitoring", Role.IT, locale=FRENCH)
    value = form.editors["metric_value"]
    value.set_value(Decimal("1.00"))
    form.links.tell_followers({"metric_unit": None})
    assert value.line.text() == "1"
    assert value.value() == Decimal("1.00")  # given back as stored
    # A unit typed: a measure, with the column's decimals.
    unit = form.editors["metric_unit"]
    unit.line.setFocus()
    qtbot.keyClicks(unit.line, "%")
    qtbot.waitUntil(lambda: value.line.text() == "1,00", timeout=30_000)
    # No unit again: a fraction stored in a count is still shown.
    unit.line.clear()
    qtbot.keyClicks(unit.line, " ")
    value.set_value(Decimal("1.50"))
    assert value.line.text() == "1,5"
