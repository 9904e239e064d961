"""scripts/ts_kept.py: which dropped messages the code still asks for (update-translations.sh
puts the catalogues back then)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "scripts" / "ts_kept.py"
_SPEC = importlib.util.spec_from_file_location("ts_kept", _PATH)
ts_kept = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(ts_kept)

CODE = '''
class CancelDialog(QDialog):
    """Its "Keep" button says "Close"."""
    def __init__(self):
        self.keep.setText(self.tr("Close"))

def cut(slip):
    return QCoreApplication.translate(
        "CaseSteps",
        "The approved payslip of %1 will be cut to the days worked: %n of %3 days,"
        " basic %4 instead of %5.",
        None,
        slip.kept,
    )
'''


def test_a_text_asked_in_its_context_is_still_said():
    long = "The approved payslip of %1 will be cut to the days worked: %n of %3 days, basic"
    assert ts_kept._said_in([CODE], "CaseSteps", long)
    assert ts_kept._said_in([CODE], "CancelDialog", "Close")


def test_the_same_words_in_another_context_a_docstring_or_longer_are_not():
    assert not ts_kept._said_in([CODE], "PurchaseDialog", "Close")  # no such class
    assert not ts_kept._said_in([CODE], "CancelDialog", "Keep")  # in a docstring only
    assert not ts_kept._said_in([CODE], "RecordWindow", "The approved payslip of %1 will")
    assert not ts_kept._said_in([CODE], "CancelDialog", "Clo")  # a short text is whole
