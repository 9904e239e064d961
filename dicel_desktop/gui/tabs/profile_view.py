"""My profile: the person's own record, hidden fields included (their own only)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import EmployeeStatus, EmploymentType
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.services.columns import DEFAULT_CURRENCY

#: (section, [(label, key)]) in the order a person reads their record.
_LAYOUT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Me",
        [
            ("Name", "name"),
            ("E-mail", "email"),
            ("Phone", "phone"),
            ("Address", "address"),
            ("Date of birth", "date_of_birth"),
        ],
    ),
    (
        "Employment",
        [
            ("Employee number", "employee_number"),
            ("Department", "department"),
            ("Position", "position"),
            ("Supervisor", "supervisor"),
            ("Hire date", "hire_date"),
            ("Employment type", "employment_type"),
            ("Work location", "work_location"),
            ("Status", "employee_status"),
            ("Role in DICEL", "role"),
        ],
    ),
    ("Pay", [("Salary (monthly)", "salary"), ("Bank account", "bank_details")]),
]


def describe(key: str, profile: dict[str, Any], locale: QLocale) -> str:
    """The profile field ``key`` as a person reads it."""
    if key == "name":
        return f"{profile.get('first_name', '')} {profile.get('last_name', '')}".strip()
    value = profile.get(key)
    if value is None or value == "":
        return "—"
    if key == "salary":
        # Exact to the cent: the stored NUMERIC, never a float on the way.
        currency = profile.get("salary_currency") or DEFAULT_CURRENCY
        return format_money(Decimal(value), currency, locale)
    if key == "role":
        return Role(value).label
    if key == "employment_type":
        return EmploymentType(value).label
    if key == "employee_status":
        return EmployeeStatus(value).label
    if key == "bank_details" and isinstance(value, dict):
        return " · ".join(str(value[k]) for k in ("bank", "account_number") if value.get(k))
    if isinstance(value, dt.date):
        # As every list and form writes dates: the locale's short date with four-digit
        # years (25/04/1985), not "Thursday, 25 April 1985".
        formatter = ValueFormatter(LocaleFormats.from_qlocale(locale))
        if isinstance(value, dt.datetime):
            return formatter.datetime(value)
        return formatter.date(value)
    return str(value)


class ProfileView(QWidget):
    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.locale = locale or QLocale()
        self.fields: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.status = QLabel("Loading your profile…")
        layout.addWidget(self.status)
        for title, rows in _LAYOUT:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for label, key in rows:
                value = QLabel("")
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields[key] = value
                form.addRow(f"{label}:", value)
            layout.addWidget(box)
        layout.addStretch(1)

    def show_profile(self, profile: dict[str, Any]) -> None:
        if not profile:
            self.status.setText("No profile was found for this login. Ask HR to link it.")
            return
        self.status.setText("Only you can see the salary and bank details shown here.")
        for key, label in self.fields.items():
            label.setText(describe(key, profile, self.locale))

    def show_error(self, message: str) -> None:
        self.status.setText(message)
