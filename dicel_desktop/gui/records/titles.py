"""What a record window says above its form: its title, and what the person may do with
the record when that is not everything (read only, frozen by its state)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dicel_desktop.domain.case_flows import flow_of, is_final
from dicel_desktop.domain.tables import in_sentence, table_info
from dicel_desktop.gui.translations import record_name, tr_label
from dicel_desktop.services.forms import FormSpec
from dicel_desktop.services.records import Record


def header_texts(spec: FormSpec, record: Record | None, frozen: frozenset[str]) -> tuple[str, str]:
    """The window's title ("Invoice INV-2026-000042", "New invoice", or a name that says
    what the record is: "Annual leave, Eric Habimana, 3-7 March 2027") and the line under
    it: what the person may do with the record, when that is not everything."""
    what = spec.record_title
    naming = table_info(spec.table).naming
    if record is None:
        title = QCoreApplication.translate(
            "RecordWindow",
            "New %1",
        ).replace("%1", in_sentence(what))
    elif tr_label(record.title) == what or (
        record.name and naming is not None and naming.says_kind
    ):
        title = record_name(tr_label(record.title))
    else:
        title = f"{what} {record_name(record.title)}"
    if spec.read_only or (record is not None and not spec.can_update):
        note = QCoreApplication.translate(
            "RecordWindow",
            "You can read this %1; your role cannot change it.",
        ).replace("%1", in_sentence(what))
    elif record is None:
        note = QCoreApplication.translate("RecordWindow", "Fields marked * are required.")
    elif is_final(spec.table, record.values):
        state = flow_of(spec.table).states(record.values["status"])
        note = QCoreApplication.translate(
            "RecordWindow",
            "This %1 is %2: it can no longer be changed.",
        )
        note = note.replace("%1", in_sentence(what)).replace("%2", tr_label(state.label).lower())
    elif frozen & spec.updatable:
        # In the form's order and the person's words: "employee, leave type, start
        # date, end date and days requested".
        labels = [in_sentence(tr_label(f.label)) for n, f in spec.fields.items() if n in frozen]
        note = QCoreApplication.translate(
            "RecordWindow",
            "This %1 has moved on from its first stage: %2 can no longer change.",
        )
        note = note.replace("%1", in_sentence(what)).replace("%2", in_a_list(labels))
    else:
        note = ""
    return title, note


def in_a_list(words: list[str]) -> str:
    """ "a, b and c", with the person's word for "and"."""
    if len(words) < 2:
        return "".join(words)
    last = QCoreApplication.translate("RecordWindow", "%1 and %2", "the last two of a list")
    return last.replace("%1", ", ".join(words[:-1])).replace("%2", words[-1])
