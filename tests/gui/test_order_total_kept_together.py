"""An order's facts say « Total : 3 620 000 RWF. » on one line (eye40 #6): in French the
Receive dialog ended its first line with « Total : » and began the next with the amount."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import pytest
from PySide6.QtGui import QTextLayout, QTextOption

from dicel_desktop.gui import translations
from dicel_desktop.gui.workflows.order_facts_view import OrderFactsView
from dicel_desktop.services.purchasing import OrderFacts


def _facts() -> OrderFacts:
    return OrderFacts(
        id=uuid.uuid4(), number="PO-2026-000145", status="approved", supplier="Kigali Supplies",
        order_date=dt.date(2026, 11, 12), expected_delivery=dt.date(2026, 12, 3),
        total=Decimal("3620000"), created_by="Nadine Niyitegeka", department="INV",
        notes=None, version=None, lines=(), levels=(),
    )  # fmt: skip


def _lines(text: str, font, width: int) -> list[str]:
    """The lines ``text`` wraps into at ``width`` pixels, as a word-wrapped label breaks."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    found = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        found.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return found


@pytest.mark.parametrize(
    ("language", "total"), [("fr", "Total"), ("en", "Total"), ("rw", "Igiteranyo")]
)
def test_the_total_and_its_amount_stay_on_one_line(qtbot, restore_language, language, total):
    translations.install_translators(language)
    view = OrderFactsView(with_lines=False, with_levels=False)
    qtbot.addWidget(view)
    view.show_facts(_facts())
    text = view.summary.text()
    assert total in text and "RWF." in text
    for width in range(120, 900, 7):
        for line in _lines(text, view.summary.font(), width):
            if total in line:
                # Whatever the width, the line that has the word has the amount too.
                assert "RWF" in line, (width, line)
