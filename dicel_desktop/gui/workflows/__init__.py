"""The workflow steps of the record windows and their dialogs (leave, purchasing and
stock, expenses, invoices and payroll, tickets and cases). Importing this package
registers every step with gui/records/actions.py; the main window imports it."""

from dicel_desktop.gui.workflows import finance  # noqa: F401  (expenses, invoices, payroll)
