"""The mark of a field a person must fill in, as the record forms show it ("Why *", with
"Required" in its tooltip), for the step dialogs' fields too: a dialog's required reason
had no mark where a form's required field had one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

#: What follows a required field's label.
REQUIRED_MARK = " *"


def required_text(label: str) -> str:
    """``label`` marked required: "&Why" -> "&Why *", "&Why:" -> "&Why *:"; a label
    whose language spaces its colon keeps the space, unbroken ("Pourquoi * :"): French read
    « Ce qui a été dit au client *: » (eye34 #8)."""
    if label.endswith(":"):
        stem = label[:-1]
        spaced = stem != stem.rstrip()
        return stem.rstrip() + REQUIRED_MARK + ("\u00a0" if spaced else "") + ":"
    return label + REQUIRED_MARK


def mark_required(label: QLabel) -> None:
    """Mark a field's label required, as a form's: the * and the "Required" tooltip."""
    label.setText(required_text(label.text()))
    label.setToolTip(QCoreApplication.translate("RecordForm", "Required"))
