"""A printed form says every part of a value the form shows: an emergency contact's
name, relationship and phone, each training certification, each checkpoint of a route.
A guard's printed contact said only "Name" and its certifications only the first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from test_editors_panel import SAMPLES

from dicel_desktop.db.models import Base
from dicel_desktop.gui.editors import make_editor
from dicel_desktop.gui.editors.base import LineEditor
from dicel_desktop.gui.printing.pages import editor_text
from dicel_desktop.services.forms import FieldKind, table_fields

#: A value of each shape a form shows in parts, and the parts its print must say.
PARTS = {
    "contact": (
        {"name": "Alice Niyitegeka", "relationship": "Spouse", "phone": "+250 724 509 260"},
        ["Alice Niyitegeka", "Spouse", "+250 724 509 260"],
    ),
    "bank_details": (
        {"bank": "Inkingi Bank", "account_number": "100200300400", "momo": "+250 788 1"},
        ["Inkingi Bank", "100200300400", "+250 788 1"],
    ),
    "tax_info": ({"tin": "100234567", "rssb_number": "12345678"}, ["100234567", "12345678"]),
    "checkpoints": (
        [
            {"seq": 1, "name": "Main gate", "tag": "CP-0101"},
            {"seq": 2, "name": "Store room", "tag": "CP-0102"},
        ],
        ["Main gate", "CP-0101", "Store room", "CP-0102"],
    ),
    "survey_questions": (
        [
            {"id": 1, "text": "How satisfied are you?", "type": "rating", "max": 5},
            {"id": 2, "text": "Would you recommend us?", "type": "yes_no"},
        ],
        ["How satisfied are you?", "Would you recommend us?"],
    ),
    "deductions": (
        [{"code": "paye", "amount": 30000}, {"code": "rssb_employee", "amount": 15000}],
        ["30,000", "15,000"],
    ),
    "incident_numbers": (
        ["SEC-2026-000024", "SEC-2026-000031"],
        ["SEC-2026-000024", "SEC-2026-000031"],
    ),
    # JSON with no form of its own: its text, whole.
    None: ({"first": "one", "second": ["two", "three"]}, ["one", "two", "three"]),
}
TAGS = (["Private security licence (RNP)", "First aid", "Fire safety"],) * 2


def _composite_fields() -> list[tuple[str, str]]:
    """Every field of every table whose editor shows its value in parts."""
    found = []
    for table in sorted(Base.metadata.tables):
        for name, spec in table_fields(table).items():
            if spec.kind in (FieldKind.JSON, FieldKind.TAGS):
                found.append((table, name))
    return found


COMPOSITE = _composite_fields()


def test_the_catalogue_has_composite_fields_of_every_shape():
    shapes = {
        table_fields(t)[c].shape for t, c in COMPOSITE if table_fields(t)[c].kind is FieldKind.JSON
    }
    assert shapes == set(PARTS)
    assert ("security_guards", "training_certifications") in COMPOSITE


@pytest.mark.parametrize("read_only", [False, True], ids=["editable", "read-only"])
@pytest.mark.parametrize(("table", "column"), COMPOSITE, ids=[f"{t}.{c}" for t, c in COMPOSITE])
def test_every_part_of_a_composite_value_is_printed(qtbot, table, column, read_only):
    spec = table_fields(table)[column]
    if spec.kind is FieldKind.TAGS:
        value, parts = TAGS
    else:
        value, parts = PARTS[spec.shape]
    editor = make_editor(spec, locale=QLocale("en_RW"), reference_editor=LineEditor)
    qtbot.addWidget(editor)
    editor.set_read_only(read_only)
    editor.set_value(value)
    editor.show()
    printed = editor_text(editor)
    for part in parts:
        assert part in printed, (part, printed)


@pytest.mark.parametrize(
    ("table", "column", "value"), SAMPLES, ids=[f"{t}.{c}" for t, c, _v in SAMPLES]
)
def test_every_kind_of_field_prints_what_it_shows(qtbot, table, column, value):
    """Each kind the form can show (the editors panel's samples cover them all) prints
    a value; a list or an object every one of its parts."""
    spec = table_fields(table)[column]
    editor = make_editor(spec, locale=QLocale("en_RW"), reference_editor=LineEditor)
    qtbot.addWidget(editor)
    editor.set_value(value)
    editor.show()
    printed = editor_text(editor)
    assert printed
    if isinstance(value, list):
        for entry in value:
            # A question's type reads as its label ("Rating"), not as its code.
            texts = (
                [v for k, v in entry.items() if k not in ("type", "id")]
                if isinstance(entry, dict)
                else [entry]
            )
            for part in texts:
                assert str(part) in printed, (part, printed)
    elif isinstance(value, dict):
        for part in value.values():
            assert str(part) in printed, (part, printed)
