"""What the database holds from this person on the record shown: fields it refuses them
here, shown read-only with the reason, and whether they may delete the record (an
administrator's employee record, a past holiday, one's own attendance, a setting DICEL
reads, the login's copy of HR's emergency contact).

A record window's helper (``RecordWindow.held``), asked each time the header is shown.
Its sentences keep the window's translation context, "RecordWindow".
"""

from __future__ import annotations

import functools
import logging
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSizePolicy

from dicel_desktop.domain import setting_keys
from dicel_desktop.domain.errors import Conflict, DicelError
from dicel_desktop.domain.states import SettingType
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.operations import Op
from dicel_desktop.gui.translations import setting_purpose, tr_choice
from dicel_desktop.services.records import Record
from dicel_desktop.services.settings_held import setting_keys_held

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow

# The window's logger, as before this moved out of record_window.py.
log = logging.getLogger("dicel_desktop.gui.records.record_window")


def _what_is_held(table: str, session: Any, record_id: uuid.UUID) -> Any:
    """``cases.what_is_held`` of a record of ``table`` (the worker gives the session)."""
    from dicel_desktop.services import cases

    return cases.what_is_held(session, table, record_id)


class HeldFields:
    """What the database holds from the person on one record window's record."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        #: Why the database refuses this person to delete the record shown (a past
        #: holiday, one's own attendance), Delete… disabled saying it; None: it may.
        self.delete_held: str | None = None

    def ask(self) -> None:
        """Fields the database refuses this person here, shown read-only, saying why: an
        administrator's employee record opened by anyone else (HR): their pay, placement
        and termination date (migrations 0067, 0073); an administrator's payslip's pay,
        one's own or an administrator's attendance, a past holiday's day (0076); one's
        own guard record, shift, patrol or training enrolment (0095)."""
        window = self._window
        record = window.form.record
        if self.delete_held is not None:
            self.delete_held = None
            window.running.enable_writing()
        if record is None:
            return
        if window.table == "system_settings":
            self._hold_setting_key(record)
            return
        if window.table == "users":
            self._hold_users_emergency_contact(record)
            return
        from dicel_desktop.services import cases

        if window.table == "employees":
            ask: Any = cases.what_stops_changing_pay

            def held(refusal: DicelError | None) -> tuple[frozenset[str] | None, DicelError] | None:
                return None if refusal is None else (cases.ADMINISTRATOR_HELD_FIELDS, refusal)

        elif window.table in (
            "payroll_records",
            "attendance_records",
            "holidays",
            *cases.OWN_RECORD_TABLES,
        ):
            ask = functools.partial(_what_is_held, window.table)

            def held(found: Any) -> tuple[frozenset[str] | None, DicelError] | None:
                return found

        else:
            return

        def answered(found: Any) -> None:
            fields = held(found)
            if fields is None or window.form.record is not record:
                return
            names, refusal = fields
            window.form.hold(frozenset(window.form.editors) if names is None else names)
            # What holds a field holds the record's deletion too (migration 0076: a past
            # holiday, one's own or an administrator's attendance and payslip): a past
            # holiday's name still changes, so its deletion says a sentence of its own.
            kept = Conflict("holiday_past_kept") if window.table == "holidays" else refusal
            self.delete_held = describe_error(kept)
            window.running.enable_writing()
            window._show_message(describe_error(refusal), error=False)

        def failed(error: BaseException) -> None:
            # Left editable: a save meets the database's refusal, if any.
            log.info("Could not ask what the database holds here: %s", error)

        (
            Op(window.worker, ask, record.id)
            .for_widget(window)
            .on_success(answered)
            .on_failure(failed)
            .run()
        )

    def _hold_users_emergency_contact(self, record: Record) -> None:
        """A person's emergency contact is the one HR keeps on their employee record, and
        since migration 0125 the login's copy follows it (``employees_sync_user``): shown
        read-only, saying whose it is and where it is kept. "The copy shown here is not
        read" was true before 0125 only; an administrator read it as "this may be wrong"
        (eye35 §6). A login without an employee record keeps the copy it had, which no
        one changes."""
        window = self._window
        if "emergency_contact" not in window.form.editors:
            return
        window.form.hold(frozenset({"emergency_contact"}))
        number = record.values.get("employee_id")
        if number:
            said = QCoreApplication.translate(
                "RecordWindow",
                "The emergency contact is HR's, kept on the employee record {number}: it is"
                " shown here as HR keeps it. Change it on that record.",
            ).format(number=number)
        else:
            said = QCoreApplication.translate(
                "RecordWindow",
                "This login has no employee record: its emergency contact is kept as it"
                " was, and no one changes it here.",
            )
        window.add_note(said)

    def say_what_public_means(self) -> None:
        """Under a setting's Public box, what it does: nothing DICEL reads. Only
        administrators read the settings (the grants), and the workflows read the ones
        they use whatever it says; « Public » / "Rusange" was said nowhere (eye34 #8)."""
        form = self._window.form
        editor = form.editors.get("is_public")
        if editor is None:
            return
        said = QCoreApplication.translate(
            "RecordWindow",
            "\u201cPublic\u201d is a mark for the administrators' own use: DICEL does not read "
            "it. Only administrators see the settings, and DICEL reads those it uses either way.",
        )
        note = QLabel(said)
        note.setObjectName("publicMeans")
        note.setWordWrap(True)
        # Never what widens the form: it wraps in the width its field has.
        note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        editor.setToolTip(said)
        form.add_note("is_public", note)

    def offer_keys_not_set(self) -> None:
        """A new setting's list of keys without those already set (eye40 #2): read off
        the GUI thread; until it comes (or if it fails) the list offers them all and the
        database refuses a second one, saying to change the existing setting."""
        window = self._window
        editor = window.form.editors.get("setting_key")
        leave_out = getattr(editor, "leave_out", None)
        if leave_out is None:
            return

        def failed(error: BaseException) -> None:
            log.info("Could not read the settings already made: %s", error)

        Op(window.worker, setting_keys_held).for_widget(window).on_success(leave_out).on_failure(
            failed
        ).run()

    def _hold_setting_key(self, record: Record) -> None:
        """A setting's key is fixed once made, and one DICEL reads is not deleted (the
        database refuses both, DW027 and DW028, migration 0117): a key one letter off
        had lifted every employee's leave limit (eye33 #1). Known without asking: the
        keys DICEL reads are the domain's."""
        window = self._window
        key = record.values.get("setting_key")
        held = {"setting_key"}
        # The type DICEL reads it as is fixed too (DW029, migration 0124): under Text, a
        # VAT rate of "20 %" was ignored (eye34 #1). A setting stored under another type
        # keeps its type editable, so that it can be put right.
        kind = setting_keys.read_type(key)
        if kind is not None and record.values.get("setting_type") == kind:
            held.add("setting_type")
        window.form.hold(frozenset(held))
        said = setting_purpose(key)
        if said is not None:
            window.add_note(said)
        if setting_keys.is_read(record.values.get("setting_key")):
            line = QCoreApplication.translate(
                "RecordWindow",
                "DICEL reads this setting by its key: the key is fixed, and the setting "
                "cannot be deleted. Change its value instead.",
            )
            self.delete_held = line
        else:
            line = QCoreApplication.translate(
                "RecordWindow",
                "A setting's key is fixed once made. No part of DICEL reads this one: it "
                "may be deleted once it is no longer needed.",
            )
        window.running.enable_writing()
        window.add_note(line)
        if "setting_type" in held:
            window.add_note(
                QCoreApplication.translate(
                    "RecordWindow",
                    "The type (%1) is fixed too: DICEL reads the value as that type.",
                ).replace("%1", tr_choice("system_settings", SettingType(kind).label))
            )
