"""Every kind of editor side by side, empty, filled, and read-only, in three locales:
each gives back what it was given, takes no more room than its kind needs, and the panel
renders to a picture (set DICEL_EDITORS_PANEL to a folder to keep the PNGs and look)."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.base import LineEditor
from dicel_desktop.services.forms import FieldKind, table_fields

#: (table, column, a value as the database gives it) for every kind of field.
SAMPLES = [
    ("employees", "employee_number", "EMP-000042"),
    ("clients", "email", "info@akagera-logistics.example"),
    ("clients", "phone", "+250 788 123 456"),
    ("customer_feedback", "comment", "Very good service.\nThe guard at the gate was polite."),
    ("customer_feedback", "rating", 4),
    ("inventory_items", "minimum_stock", 1500),
    ("budgets", "fiscal_year", 2026),
    ("invoice_items", "quantity", Decimal("12.50")),
    ("transactions", "amount", Decimal("1500000.00")),
    ("employees", "salary", Decimal("850000.50")),
    ("invoices", "due_date", dt.date(2026, 3, 31)),
    ("security_incidents", "reported_date", dt.datetime(2026, 3, 3, 14, 5, tzinfo=dt.UTC)),
    ("patrol_routes", "is_active", False),
    ("inventory_transactions", "transaction_type", "out"),
    ("invoices", "status", "sent"),
    ("invoices", "currency", "USD"),
    ("invoices", "client_id", "Akagera Logistics Ltd"),  # the picker's stand-in here
    ("candidates", "skills", ["Excel", "IFRS", "Rwandan labour law", "Negotiation"]),
    (
        "employees",
        "emergency_contact",
        {"name": "Aline Uwase", "relationship": "Sister", "phone": "+250 788 555 111"},
    ),
    ("employees", "bank_details", {"bank": "Inkingi Bank", "account_number": "100200300400"}),
    ("employees", "tax_info", {"tin": "100234567", "rssb_number": "12345678"}),
    (
        "patrol_routes",
        "checkpoints",
        [
            {"seq": 1, "name": "Main gate", "tag": "CP-0101"},
            {"seq": 2, "name": "Store room", "tag": "CP-0102"},
        ],
    ),
    (
        "customer_surveys",
        "questions",
        [
            {"id": 1, "text": "How satisfied are you?", "type": "rating", "max": 5},
            {"id": 2, "text": "Would you recommend us?", "type": "yes_no"},
        ],
    ),
    ("patrol_logs", "incidents_reported", ["SEC-2026-000012"]),
]

#: Kinds whose editor is a short box, not the form's width.
NARROW = {
    FieldKind.INT,
    FieldKind.DECIMAL,
    FieldKind.MONEY,
    FieldKind.DATE,
    FieldKind.DATETIME,
    FieldKind.BOOL,
    FieldKind.CHOICE,
    FieldKind.CURRENCY,
}


def test_the_samples_cover_every_kind():
    kinds = {table_fields(t)[c].kind for t, c, _v in SAMPLES}
    assert kinds == set(FieldKind)


def _editor(table, column, locale, *, read_only):
    spec = table_fields(table)[column]
    editor = make_editor(spec, locale=locale, reference_editor=LineEditor)
    editor.set_read_only(read_only)
    return spec, editor


@pytest.mark.parametrize("name", ["en_RW", "fr_RW", "de_DE"])
def test_a_panel_of_every_editor(qtbot, name, tmp_path):
    locale = QLocale(name)
    panel = QWidget()
    grid = QGridLayout(panel)
    for column, title in enumerate(["Field", "Empty", "Filled", "Filled, read-only"]):
        grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
    made = []
    for row, (table, column, value) in enumerate(SAMPLES, start=1):
        spec = table_fields(table)[column]
        grid.addWidget(QLabel(f"{spec.label} ({spec.kind.value})"), row, 0)
        for col, (shown, read_only) in enumerate(
            [(None, False), (value, False), (value, True)], start=1
        ):
            spec, editor = _editor(table, column, locale, read_only=read_only)
            edits = []
            editor.edited.connect(lambda edits=edits: edits.append(1))
            editor.set_value(shown)
            grid.addWidget(editor, row, col)
            made.append((spec, editor, shown, read_only, edits))
    qtbot.addWidget(panel)
    panel.resize(1500, panel.sizeHint().height())
    panel.show()
    qtbot.waitExposed(panel)

    for spec, editor, shown, read_only, edits in made:
        label = f"{spec.name} read_only={read_only}"
        expected = shown
        if spec.kind is FieldKind.BOOL and shown is None and spec.default is not None:
            expected = False  # a two-state box (the column has a default) has no "empty"
        assert editor.value() == expected, label  # the round trip
        assert edits == [], label  # set_value is not an edit
        assert editor.is_read_only() is read_only, label
        assert editor.accessibleName() == spec.label
        if spec.kind in NARROW:
            assert editor.focusProxy().width() < 330, label
        if read_only and shown is not None:
            assert editor.isEnabled(), label  # read-only is never greyed out

    folder = Path(os.environ.get("DICEL_EDITORS_PANEL") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    picture = folder / f"editors-{name}.png"
    assert panel.grab().save(str(picture))
    assert picture.stat().st_size > 10_000
