"""Words put into sentences as the window shows them (eye30r, 10): a French field message
quotes a label with the capital the form shows it with, and a payment method inside a
sentence is written in lower case where the language writes it so."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.db.models import Base
from dicel_desktop.domain.errors import Conflict
from dicel_desktop.domain.roles import Role
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.workflows.payslip_document import payslip_html
from dicel_desktop.services.columns import column_label
from dicel_desktop.services.form_rules import check_rule_error
from dicel_desktop.services.forms import form_spec, validate
from dicel_desktop.services.payroll import Payslip


@pytest.fixture
def french(qapp):
    before = QLocale()
    translations.install_translators("fr")
    yield
    translations.install_translators("en")
    QLocale.setDefault(before)


def _order_check(table: str, left: str, right: str):
    for constraint in Base.metadata.tables[table].constraints:
        text = str(getattr(constraint, "sqltext", ""))
        if left in text and right in text:
            return constraint
    raise AssertionError(f"no CHECK orders {left} after {right}")


def test_a_french_field_message_quotes_labels_as_the_form_shows_them(french):
    check = _order_check("compliance_policies", "review_date", "effective_date")
    said = sentence(check_rule_error("compliance_policies", check))
    shown = tr_label(column_label("compliance_policies", "effective_date"))
    assert shown[:1].isupper()
    assert f"« {shown} »" in said, said
    assert f"« {tr_label(column_label('compliance_policies', 'review_date'))} »" in said


def test_a_payslip_says_the_method_it_was_paid_by_in_lower_case(french):
    slip = Payslip(
        company_name="DICEL Ltd",
        company_address="Kigali",
        company_tin="100200300",
        employee_number="EMP-0001",
        employee_name="Josiane Murekatete",
        department="Operations",
        position="Guard",
        period_start=dt.date(2026, 11, 1),
        period_end=dt.date(2026, 11, 30),
        basic_salary=Decimal("300000"),
        allowances=Decimal("30000"),
        gross=Decimal("330000"),
        deductions=Decimal("50000"),
        net_salary=Decimal("280000"),
        status="paid",
        payment_date=dt.date(2026, 11, 25),
        payment_method="bank_transfer",
    )
    html = payslip_html(slip)
    assert "par virement bancaire" in html, html
    # A brand keeps its capitals.
    assert "par MTN MoMo" in payslip_html(dataclasses.replace(slip, payment_method="mtn_momo"))


@pytest.fixture
def in_kigali(monkeypatch):
    """The reader's zone is Kigali's (UTC+2), whatever the machine's."""
    monkeypatch.setenv("TZ", "Africa/Kigali")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_date_outside_the_years_is_said_as_the_field_a_day_and_a_moment_read(french, in_kigali):
    """DW445 quotes its field as DW427 does, and says the value as the person reads a
    day or a moment of theirs, not "2999-01-01T08:00:00+00:00" (code review 31, F5)."""
    far = dt.datetime(2999, 1, 1, 8, tzinfo=dt.UTC)
    shift = form_spec("security_assignments", Role.SECURITY)
    said = sentence(
        validate(shift, {"shift_start": far, "shift_end": far}, new=True)["shift_start"]
    )
    assert said == (
        "Le champ « Début de service » doit être une date des années 1900 à 2200, pas"
        " 01/01/2999 10:00."
    )
    person = form_spec("employees", Role.HR)
    said = sentence(validate(person, {"hire_date": dt.date(2201, 1, 1)}, new=False)["hire_date"])
    assert said == (
        "Le champ « Date d\u2019embauche » doit être une date des années 1900 à 2200, pas"
        " 1er janvier 2201."  # a month's first day, as French writes it (eye36 #5)
    )


def test_a_programme_over_agrees_with_its_french_name(french):
    """ "La formation … est terminé" (code review 31, F5): the programme's own French name,
    "programme de formation", agrees with the state's word."""
    for state, word in (("completed", "terminé"), ("cancelled", "annulé")):
        refused = Conflict("training_closed", program="Premiers secours", state=state)
        assert sentence(refused).startswith(
            f"Le programme de formation « Premiers secours » est {word} : plus personne"
        )
