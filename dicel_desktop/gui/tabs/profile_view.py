"""My profile: the person's own record, hidden fields included (their own only)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from dicel_desktop.domain.roles import Role
from dicel_desktop.domain.states import EmployeeStatus, EmploymentType
from dicel_desktop.gui.cell_format import LocaleFormats, ValueFormatter
from dicel_desktop.gui.numbers import format_money
from dicel_desktop.gui.translations import relationship_words, tr_department, tr_label
from dicel_desktop.services.columns import DEFAULT_CURRENCY

#: (section, [(label, key)]) in the order a person reads their record.
_LAYOUT: list[tuple[str, list[tuple[str, str]]]] = [
    (
        QT_TRANSLATE_NOOP("ProfileView", "Me"),
        [
            (QT_TRANSLATE_NOOP("ProfileView", "Name"), "name"),
            (QT_TRANSLATE_NOOP("ProfileView", "E-mail"), "email"),
            (QT_TRANSLATE_NOOP("ProfileView", "Phone"), "phone"),
            (QT_TRANSLATE_NOOP("ProfileView", "Address"), "address"),
            (QT_TRANSLATE_NOOP("ProfileView", "Date of birth"), "date_of_birth"),
            # HR keeps it on the employee's form (eye33 #9: not shown to the person).
            (QT_TRANSLATE_NOOP("ProfileView", "Emergency contact"), "emergency_contact"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("ProfileView", "Employment"),
        [
            (QT_TRANSLATE_NOOP("ProfileView", "Employee number"), "employee_number"),
            (QT_TRANSLATE_NOOP("ProfileView", "Department"), "department"),
            (QT_TRANSLATE_NOOP("ProfileView", "Position"), "position"),
            (QT_TRANSLATE_NOOP("ProfileView", "Supervisor"), "supervisor"),
            (QT_TRANSLATE_NOOP("ProfileView", "Hire date"), "hire_date"),
            (QT_TRANSLATE_NOOP("ProfileView", "Employment type"), "employment_type"),
            (QT_TRANSLATE_NOOP("ProfileView", "Work location"), "work_location"),
            (QT_TRANSLATE_NOOP("ProfileView", "Status"), "employee_status"),
            (QT_TRANSLATE_NOOP("ProfileView", "Role in DICEL"), "role"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP(
            "ProfileView",
            "Pay",
        ),
        [
            (QT_TRANSLATE_NOOP("ProfileView", "Salary (monthly)"), "salary"),
            (QT_TRANSLATE_NOOP("ProfileView", "Bank account"), "bank_details"),
        ],
    ),
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
    if key == "department":
        # "Ishami: Ubuyobozi" under the tab "Ubuyobozi" (eye38, 2).
        return tr_department(str(value)) or "—"
    if key == "role":
        return tr_label(Role(value).label)
    if key == "employment_type":
        return tr_label(EmploymentType(value).label)
    if key == "employee_status":
        return tr_label(EmployeeStatus(value).label)
    if key == "emergency_contact":
        return contact_text(value) or "—"
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


#: The parts of one person of an emergency contact, in the order they are read.
_CONTACT_PARTS = ("name", "relationship", "phone", "email")


def contact_text(value: Any) -> str:
    """An emergency contact as a person reads it: one person as the form's lines hold
    it ("Cédric Uwizeye (Father) · +250 786 720 176"). A contact stored in an older
    shape, which migration 0135 refuses for new writes but keeps where stored, is said
    in words too, never as a Python repr: each person of a list on a line of their own,
    a text as it is, an object of other keys as "key: value"."""
    if isinstance(value, list):
        return "\n".join(text for text in (contact_text(item) for item in value) if text)
    if not isinstance(value, dict):
        return "" if value is None else str(value).strip()
    if not any(value.get(k) for k in _CONTACT_PARTS):
        # Not a person's parts at all ({"mother": "0788 123 456"}): each as stored.
        return " · ".join(f"{k}: {contact_text(v)}" for k, v in value.items() if v)
    who = " ".join(
        part
        for part in (
            contact_text(value.get("name")),
            # In the reader's words: « (Parent) », not « (Father) » (eye34 #7).
            f"({relationship_words(value['relationship'])})" if value.get("relationship") else "",
        )
        if part
    )
    return " · ".join(
        p for p in (who, *(contact_text(value.get(k)) for k in ("phone", "email"))) if p
    )


class ProfileView(QWidget):
    def __init__(self, locale: QLocale | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qlocale = locale or QLocale()
        self.fields: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Loading your profile…"))
        # Wrapped: unwrapped, the French sentence made My work wider than a 1024-pixel
        # screen for the whole session (a user-eye review).
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        for title, rows in _LAYOUT:
            box = QGroupBox(QCoreApplication.translate("ProfileView", title))
            form = QFormLayout(box)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            for label, key in rows:
                value = QLabel("")
                value.setWordWrap(True)  # an address, a list of skills
                # As stored, never read as markup (an old contact's text, an address).
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields[key] = value
                # The reader's colon: French puts a space before it (eye33 #9).
                said = QCoreApplication.translate("ProfileView", "%1:")
                form.addRow(
                    said.replace("%1", QCoreApplication.translate("ProfileView", label)), value
                )
            layout.addWidget(box)
        # The person changes none of this here (eye33 #9: nothing said who does).
        self.correct = QLabel(self.tr("To correct any of these, ask Human Resources."))
        self.correct.setWordWrap(True)
        layout.addWidget(self.correct)
        layout.addStretch(1)

    def show_profile(self, profile: dict[str, Any]) -> None:
        if not profile:
            self.status.setText(self.tr("No profile was found for this login. Ask HR to link it."))
            return
        # Who reads these columns besides the person: the permission table's readers of
        # employees.salary and bank_details (a test holds the two equal).
        self.status.setText(
            self.tr(
                "Besides you, only Human Resources, Finance and Administration can see"
                " your salary and bank details."
            )
        )
        for key, label in self.fields.items():
            label.setText(describe(key, profile, self.qlocale))

    def show_error(self, message: str) -> None:
        self.status.setText(message)

    def loading_text(self) -> str:
        """ "Loading your profile…" while it is read ("" once it says anything else)."""
        loading = self.tr("Loading your profile…")
        return loading if self.status.text() == loading else ""

    def say_waiting(self, words: str) -> None:
        """The longer words in place of "Loading your profile…" (wait40b); the answer
        puts the profile's own sentence there."""
        self.status.setText(words)
