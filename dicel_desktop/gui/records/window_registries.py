"""What the workflows add to a record window, registered by table (gui/workflows fills
these when ``actions.load_steps`` first runs): a record's own document print, a form
companion, and a role's own way of filing a new record.

Taken out of record_window.py, which imports every name back: the workflows and the
tests import them from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.gui.records.actions import load_steps
from dicel_desktop.gui.worker import DbWorker

if TYPE_CHECKING:
    from dicel_desktop.gui.records.record_window import RecordWindow


@dataclass(frozen=True)
class DocumentPrint:
    """A record that prints as a document of its own (a payslip), not as its form: the
    window's Print and Save as PDF (Ctrl+P, Ctrl+Shift+P) take it while the record is in
    ``states``; in any other state they print the form."""

    print_: Callable[[RecordWindow], None]
    save_pdf: Callable[[RecordWindow], None]
    states: frozenset[str]


#: Table -> its document print (registered by gui/workflows, as the steps are, when
#: ``actions.load_steps`` first runs: a window's first lookup).
DOCUMENT_PRINTS: dict[str, DocumentPrint] = {}

#: Table -> what a workflow adds to its windows, made with the window once it is built
#: (registered by gui/workflows): an object that watches the form and says something
#: under the title (HR's leave form: the working days and the balance as typed).
FORM_COMPANIONS: dict[str, Callable[[RecordWindow], QObject]] = {}


@dataclass(frozen=True)
class OwnNewRecord:
    """How a role files a new record of a table when the empty form is not its way: a
    leave request for oneself, through Request leave… (eye36, 2: a supervisor's New gave
    an open Employee picker the database then refused for her team)."""

    #: Whether ``role`` files new records this way (HR files leave for anyone: no).
    applies: Callable[[Role], bool]
    #: Open the dialog over the widget given, on the worker given; the callable given
    #: is told the id of each record filed.
    open: Callable[[QWidget, DbWorker, Callable[[object], None]], QDialog]
    #: New's tooltip there (its translation context: "RecordWindow").
    tooltip: str


#: Table -> its OwnNewRecord (registered by gui/workflows): New in a record window and
#: RecordOpener.new open it, for the roles it applies to, instead of an empty form.
OWN_NEW_RECORDS: dict[str, OwnNewRecord] = {}


def own_new_record(table: str, role: Role | str) -> OwnNewRecord | None:
    """The way ``role`` files a new record of ``table``, where it is not the form."""
    load_steps()
    own = OWN_NEW_RECORDS.get(table)
    return own if own is not None and own.applies(Role(role)) else None
