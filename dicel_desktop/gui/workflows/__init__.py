"""The workflow steps of the record windows and their dialogs (leave, purchasing and
stock, expenses, invoices and payroll, tickets and cases). Importing this package
registers every step with gui/records/actions.py; the main window imports it."""

from dicel_desktop.gui.workflows import (
    cases,  # noqa: F401  (tickets and cases)
    finance,  # noqa: F401  (expenses, invoices, payroll)
    leave,  # noqa: F401  (registers its steps)
    purchasing,  # noqa: F401  (purchase orders, stock)
)
