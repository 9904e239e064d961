"""The workflow steps of the record windows and their dialogs (leave, purchasing and
stock, expenses, invoices and payroll, tickets and cases).

Importing this package registers nothing: ``register_steps()`` imports the four modules
that register every step with gui/records/actions.py (and a table's document print, form
companion or own way of filing), and the record windows call it before they look for
them (``actions.load_steps``). A start does not pay for every step's dialog (about a
third of the main window's import) before the first record is opened."""

from __future__ import annotations


def register_steps() -> None:
    """Registers every workflow step (once: a module registers when first imported):
    tickets and cases; expenses, invoices and payroll; leave; purchase orders and stock.
    Imported by name, so a bundler's scan of the code finds them too."""
    from dicel_desktop.gui.workflows import (  # noqa: F401
        cases,
        finance,
        leave,
        purchasing,
    )
