"""A record's status is called one thing: the leave, expense and payroll decision dialogs
said "State" (« État ») where the lists and the record forms say "Status" (« Statut »),
a purchase order line's list said "Order state" and three charts counted "by state"
(eye44, eye45 #3)."""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from helpers import WAIT_MS
from leave_team import decision_facts
from PySide6.QtWidgets import QFormLayout, QLabel

import dicel_desktop
from dicel_desktop.gui.translations import install_translators, tr_label
from dicel_desktop.gui.workflows.leave_decision_dialog import LeaveDecisionDialog
from dicel_desktop.services.columns import table_spec

#: A label or a chart's title naming a record's state: "State", "State:", "Order state",
#: "Audits by state", "Amount involved by case state".
_STATE_LABEL = re.compile(r"^(\w+ )?[Ss]tate:?$| by (\w+ )?state\b")


def test_no_label_in_the_catalogue_calls_a_status_a_state():
    catalogue = Path(dicel_desktop.__file__).parent / "i18n" / "dicel_fr.ts"
    sources = {m.findtext("source") for m in ET.parse(catalogue).iter("message")}
    assert "Status" in sources
    assert not {s for s in sources if s and _STATE_LABEL.search(s)}


def test_the_leave_decision_dialog_says_status_as_the_leave_list_does(qtbot, worker, qapp):
    install_translators("fr")
    try:
        dialog = LeaveDecisionDialog(worker, uuid.uuid4())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.is_busy, timeout=WAIT_MS)
        dialog._on_facts_loaded(decision_facts())
        listed = tr_label(table_spec("leave_requests").column("status").label)
        assert listed == "Statut"
        form = dialog.state.parentWidget().findChild(QFormLayout)
        labels = [
            form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            for row in range(form.rowCount())
            if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
        ]
        said = [label.text() for label in labels if isinstance(label, QLabel)]
        assert "Statut :" in said, said
        assert dialog.away.headerItem().text(2) == listed
    finally:
        install_translators("en")
