"""A record window's writes, Save and Delete: the form checked as Save asks it, a field's
question before saving, Delete's question, the write on the worker, and what a refusal
leaves: each sentence beside its field, the conflict dialog over someone else's change, a
record deleted meanwhile kept as a new one. Nothing typed is lost.

A record window's helper (``RecordWindow.saving``); ``RecordWindow.save`` and the Delete…
button call it. Its sentences keep the window's translation context, "RecordWindow".
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from dicel_desktop.domain.errors import DicelError
from dicel_desktop.gui.error_sentences import describe_error
from dicel_desktop.gui.records.conflict_dialog import Choice, ConflictDialog
from dicel_desktop.gui.records.titles import has_own_name, in_question
from dicel_desktop.gui.translations import record_name
from dicel_desktop.services import records
from dicel_desktop.services.forms import span_error, span_fields, validate
from dicel_desktop.services.records import Record, RecordGone, StaleRecord

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


class _ConflictChosen(QObject):
    """Tells the record window (the dialog's parent) what the person chose in its conflict
    dialog. A child of the dialog, finding the window when told: a lambda holding the
    window's saving (and through it the window), kept by the dialog's connection, could
    be the window's last reference, freed as the closed dialog was deleted, and delete
    the window, which deleted the dialog a second time (the payroll page's crash,
    split44; lambdas44). Its slot reads no attribute of its own."""

    def __init__(self, dialog: ConflictDialog) -> None:
        super().__init__(dialog)

    @Slot(object)
    def chosen(self, choice: Choice) -> None:
        dialog = self.parent()
        if not isinstance(dialog, ConflictDialog):
            return
        window = dialog.parentWidget()
        saving = getattr(window, "saving", None)
        if isinstance(saving, RecordSaving):
            saving._on_conflict_chosen(choice, dialog.theirs, dict(dialog.mine))


class RecordSaving:
    """Save and Delete of one record window."""

    def __init__(self, window: RecordWindow) -> None:
        self._window = window
        #: What runs once the save under way succeeds (a close that asked "Save the
        #: changes?"); None: nothing.
        self.after_save: Callable[[], None] | None = None
        #: The person answered Yes to a field's question before saving (``save_question``).
        self._questions_answered = False
        #: DW446's sentence said beside the end as the person left a moment, until
        #: corrected (or replaced by what Save says).
        self._span_said = ""

    def save(self) -> None:
        """Check the form, then create or save the record on the worker."""
        window = self._window
        form = window.form
        if window.is_busy or not window.save_button.isVisible() or form.is_final():
            return
        if not form.may_change_anything():
            return
        window._hide_message()
        new = form.is_new
        values, unreadable = form.writable_values() if new else form.changes()
        errors = {n: describe_error(e) for n, e in unreadable.items()}
        checked = validate(
            window.spec,
            {**form.current_values(), **values},
            new=new,
            loaded=None if new else form.loaded_values(),
            today=window.company_today,
            now=window.server_now,
        )
        parts: dict[str, str] = {}
        for name, error in checked.items():
            if new or name in values or self._compared(name, values):
                errors.setdefault(name, describe_error(error))
                if error.params.get("part"):  # an emergency contact's phone or e-mail
                    parts[name] = error.params["part"]
        if errors:
            form.show_errors(errors, parts)
            window._show_message(
                QCoreApplication.translate(
                    "RecordWindow", "Nothing was saved: correct the field marked below."
                )
                if len(errors) == 1
                else QCoreApplication.translate(
                    "RecordWindow", "Nothing was saved: correct the fields marked below."
                )
            )
            return
        form.clear_errors()
        if not new and not values:
            window._show_message(
                QCoreApplication.translate("RecordWindow", "There are no changes to save."),
                error=False,
            )
            return
        if not self._questions_answered and self._ask_before_saving(values):
            return
        record = form.record
        if new:
            task = functools.partial(
                records.create_record, table=window.table, role=window.role, values=values
            )
            window.running.run(
                task,
                self.on_saved,
                self.on_save_failed,
                busy_text=QCoreApplication.translate("RecordWindow", "Saving…"),
                fills_form=True,
            )
        else:
            assert record is not None
            self._save_over(record, values)

    def _ask_before_saving(self, values: Mapping[str, Any]) -> bool:
        """Ask a changed field's question before saving (an editor's ``save_question``: PAYE
        rates that fall, eye35 §7), a soft one the database does not ask: Yes saves, No
        goes back to the field. Whether one was asked."""
        for name in values:
            editor = self._window.form.editors.get(name)
            ask_of = getattr(editor, "save_question", None)
            question = ask_of() if ask_of is not None else ""
            if question:
                self._window._ask(
                    question,
                    {
                        QMessageBox.StandardButton.Yes: self._save_anyway,
                        QMessageBox.StandardButton.No: functools.partial(
                            self._on_save_question_declined, editor
                        ),
                    },
                    default=QMessageBox.StandardButton.No,
                )
                return True
        return False

    def _save_anyway(self) -> None:
        self._questions_answered = True
        try:
            self._window.save()
        finally:
            self._questions_answered = False

    def _on_save_question_declined(self, editor: QWidget) -> None:
        self.after_save = None  # a close that waited on this save waits on no save
        declined = getattr(editor, "save_question_declined", None)
        if declined is not None:
            declined()
        else:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_over(self, version_of: Record, changes: Mapping[str, Any]) -> None:
        """Save ``changes`` over the version ``version_of`` is (the loaded record, or the
        one someone else saved, when the person keeps their own values)."""
        window = self._window
        task = functools.partial(
            records.save_record,
            table=window.table,
            role=window.role,
            record_id=version_of.id,
            version=version_of.version,
            changes=changes,
        )
        window.running.run(
            task,
            self.on_saved,
            self.on_save_failed,
            busy_text=QCoreApplication.translate("RecordWindow", "Saving…"),
            fills_form=True,
        )

    def _compared(self, name: str, changed: Mapping[str, Any]) -> bool:
        """A rule between two fields is checked when either of them changed: the CHECKs'
        comparisons, and a shift's or a patrol's span (said beside its end, DW446)."""
        spec = self._window.spec
        pairs = [(rule.left, rule.right) for rule in spec.comparisons]
        span = span_fields(spec.table)
        if span is not None:
            pairs.append(span)
        return any(name == left and right in changed for left, right in pairs)

    def on_field_left(self, name: str) -> None:
        """A shift's or a patrol's span (DW446) said as the person leaves its start or
        its end, by the rule Save asks (``span_error``) and the database enforces: beside
        the end, what was typed kept; taken away once it holds."""
        window = self._window
        form = window.form
        span = span_fields(window.spec.table)
        if span is None or name not in span or window.is_busy or form.is_final():
            return
        new = form.is_new
        found = span_error(
            window.spec,
            form.current_values(),
            new=new,
            loaded=None if new else form.loaded_values(),
        )
        end = span[0]
        if found is not None:
            self._span_said = describe_error(found[1])
            form.show_error(end, self._span_said)
        elif self._span_said and form.error_text(end) == self._span_said:
            form.clear_error(end)
            self._span_said = ""

    def ask_to_delete(self) -> None:
        """Delete…: asked first; the record is deleted on the worker, and the window closes."""
        window = self._window
        record = window.form.record
        if record is None or window.is_busy:
            return
        if has_own_name(record):
            text = (
                QCoreApplication.translate(
                    "RecordWindow", "Delete the %1 “%2”? This cannot be undone."
                )
                .replace("%1", window._what())
                .replace("%2", record_name(record.title))
            )
        else:  # not "Delete the feedback “Feedback”?"
            text = QCoreApplication.translate(
                "RecordWindow", "Delete %1? This cannot be undone."
            ).replace("%1", in_question(record))
        window._ask(
            text,
            {QMessageBox.StandardButton.Yes: self._delete, QMessageBox.StandardButton.Cancel: None},
            default=QMessageBox.StandardButton.Cancel,
        )

    def _delete(self) -> None:
        window = self._window
        record = window.form.record
        assert record is not None
        task = functools.partial(
            records.delete_record,
            table=window.table,
            role=window.role,
            record_id=record.id,
            version=record.version,
        )
        window.running.run(
            task,
            lambda _none: window.closing.on_deleted(record.id),
            self.on_save_failed,
            busy_text=QCoreApplication.translate("RecordWindow", "Deleting…"),
        )

    # ----------------------------------------------------------------- answers

    def on_saved(self, record: Record) -> None:
        window = self._window
        was_new = window.form.is_new
        window.form.load(record, presets=window.presets, context_currency=window.context_currency)
        window.loading.show_header()
        if was_new:
            window.under.build()
        window._show_message(QCoreApplication.translate("RecordWindow", "Saved."), error=False)
        window.saved.emit(record)
        then, self.after_save = self.after_save, None
        if then is not None:
            then()

    def on_save_failed(self, error: BaseException) -> None:
        """A save or a delete refused: said, what was typed kept."""
        window = self._window
        editors = window.form.editors
        self.after_save = None
        if isinstance(error, StaleRecord):
            self._show_conflict(error)
        elif isinstance(error, RecordGone):
            self._offer_keep_as_new(error)
        elif isinstance(error, DicelError) and error.params.get("field") in editors:
            field = error.params["field"]
            part = error.params.get("part")  # DW035/DW036 inside an emergency contact
            window.form.show_errors(
                {field: describe_error(_as_shown(error, editors[field]))},
                {field: part} if part else None,
            )
            window._show_message(
                QCoreApplication.translate(
                    "RecordWindow", "Nothing was saved: correct the field marked below."
                )
            )
        else:
            window._show_message(describe_error(error))

    def _show_conflict(self, stale: StaleRecord) -> None:
        window = self._window
        changes, _errors = window.form.changes()
        names = {n: _reference_name(window.form.editors[n]) for n in changes}
        can_keep = bool(changes) and all(window.spec.editable(n, new=False) for n in changes)
        window.conflict_dialog = ConflictDialog.open_for(
            window,
            window.spec,
            stale.theirs,
            changes,
            names,
            can_keep_mine=can_keep,
            said=describe_error(stale),
        )
        window.conflict_dialog.chosen.connect(_ConflictChosen(window.conflict_dialog).chosen)

    def _on_conflict_chosen(self, choice: Choice, theirs: Record, mine: dict[str, Any]) -> None:
        window = self._window
        window.conflict_dialog = None
        if choice is Choice.THEIRS:
            window.form.load(
                theirs, presets=window.presets, context_currency=window.context_currency
            )
            window._show_message(
                QCoreApplication.translate(
                    "RecordWindow", "Their version is shown; your changes were set aside."
                ),
                error=False,
            )
        elif choice is Choice.MINE:
            self._save_over(theirs, mine)
        else:
            window._show_message(
                QCoreApplication.translate(
                    "RecordWindow",
                    "Not saved: someone else changed this %1. Your values are still here.",
                ).replace("%1", window._what())
            )

    def _offer_keep_as_new(self, gone: RecordGone) -> None:
        window = self._window
        if not window.spec.can_insert:
            kept = QCoreApplication.translate("RecordWindow", "What you typed is still shown.")
            window._show_message(f"{describe_error(gone)} {kept}")
            return
        text = (
            describe_error(gone)
            + " "
            + QCoreApplication.translate(
                "RecordWindow", "Keep what you typed as a new %1?"
            ).replace("%1", window._what())
        )
        window._ask(
            text,
            {
                QMessageBox.StandardButton.Yes: self._keep_as_new,
                QMessageBox.StandardButton.No: None,
            },
        )

    def _keep_as_new(self) -> None:
        window = self._window
        window.form.keep_as_new()
        window.clock.read()
        window.loading.show_header()
        window.under.build()
        window._show_message(
            QCoreApplication.translate(
                "RecordWindow", "Not saved yet: check the values, then Save."
            ),
            error=False,
        )


def _reference_name(editor: QWidget) -> str | None:
    """The name a reference picker shows for its record (None for other editors)."""
    current_name = getattr(editor, "current_name", None)
    return current_name() if callable(current_name) else None


def _as_shown(error: DicelError, editor: QWidget) -> DicelError:
    """A step line's refusal (DW021, a line moved too) quoting the line as the box showed
    it: the database quotes it as it reads (English, its day ISO, accents folded), a line
    the person never saw and whose copy typed back is refused again. A line typed is
    quoted as it came."""
    shown_line = getattr(editor, "shown_line", None)
    if error.code not in ("step_line_stays", "step_line_moved") or not callable(shown_line):
        return error
    line = shown_line(str(error.params.get("line", "")))
    if line is None:
        return error
    # A line moved keeps its own sentence (migration 0130), quoted as shown.
    code = "step_line_shown" if error.code == "step_line_stays" else error.code
    return type(error)(code, **{**error.params, "line": line})
