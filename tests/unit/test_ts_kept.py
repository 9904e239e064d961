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
    # Whole, as the catalogue holds it: the code splits it over two lines.
    long = (
        "The approved payslip of %1 will be cut to the days worked: %n of %3 days,"
        " basic %4 instead of %5."
    )
    assert ts_kept._said_in([CODE], "CaseSteps", long)
    assert ts_kept._said_in([CODE], "CancelDialog", "Close")


def test_the_same_words_in_another_context_a_docstring_or_longer_are_not():
    assert not ts_kept._said_in([CODE], "PurchaseDialog", "Close")  # no such class
    assert not ts_kept._said_in([CODE], "CancelDialog", "Keep")  # in a docstring only
    assert not ts_kept._said_in([CODE], "RecordWindow", "The approved payslip of %1 will")
    assert not ts_kept._said_in([CODE], "CancelDialog", "Clo")  # a short text is whole


def test_a_long_text_changed_at_its_end_is_not_still_said():
    """The old text of a message changed after its 30th character is gone from the code:
    lupdate dropping it is right, not a message the code still asks for (plural38's
    false alarm)."""
    old = (
        "The approved payslip of %1 will be cut to the days worked: %n of %3 days,"
        " basic %4 instead of %5 (was)."
    )
    assert not ts_kept._said_in([CODE], "CaseSteps", old)
    # Nor is its beginning alone.
    assert not ts_kept._said_in([CODE], "CaseSteps", "The approved payslip of %1 will be cut")
