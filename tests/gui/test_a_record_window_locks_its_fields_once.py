"""The answer of a read locks each field of the form once (openfast44).

The busy state made every editor read-only while the record was read, then, on the
answer, editable again just before the form was filled and every field locked once
more as the record has it: each opening touched every editor twice on its answer. What
the person sees at the end is the same: the fields the record lets them change, and
only those, writable.
"""

from __future__ import annotations

from collections import Counter

from helpers import WAIT_MS
from logins import new_expense


def count_locks(window) -> Counter[str]:
    """Counts, from now on, each editor's ``set_read_only`` calls by field name."""
    calls: Counter[str] = Counter()
    for name, editor in window.form.editors.items():

        def counted(read_only: bool, _name: str = name, _own=editor.set_read_only) -> None:
            calls[_name] += 1
            _own(read_only)

        editor.set_read_only = counted
    return calls


def test_opening_and_saving_lock_each_field_once_per_answer(qtbot, logins, desk) -> None:
    finance = logins.person("finance", department="FIN")
    expense = new_expense(finance, vendor="Kobil")
    window = desk(finance).open("expenses", expense.id)
    calls = count_locks(window)  # the window is built, its read sent: busy, read-only
    qtbot.waitUntil(lambda: window.record is not None and not window.is_busy, timeout=WAIT_MS)
    names = set(window.form.editors)
    assert calls == Counter(dict.fromkeys(names, 1))
    # As the record has them: its number given when saved, its vendor the person's.
    assert window.form.editors["expense_number"].is_read_only()
    assert not window.form.editors["vendor"].is_read_only()

    calls.clear()
    window.form.editors["vendor"].set_value("Total Kigali")
    window.form.editors["vendor"].edited.emit()
    window.save()
    qtbot.waitUntil(lambda: not window.is_busy and not window.form.is_dirty(), timeout=WAIT_MS)
    # Read-only while saving, then once as the saved record has it.
    assert calls == Counter(dict.fromkeys(names, 2))
    assert not window.form.editors["vendor"].is_read_only()
    assert window.form.editors["vendor"].value() == "Total Kigali"
    window.discard_and_close()
