"""Words put into sentences as the window shows them (eye30r, 10): a French field message
quotes a label with the capital the form shows it with, and a payment method inside a
sentence is written in lower case where the language writes it so."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from dicel_desktop.db.models import Base
from dicel_desktop.gui import translations
from dicel_desktop.gui.error_sentences import sentence
from dicel_desktop.gui.translations import tr_label
from dicel_desktop.gui.workflows.payslip_document import payslip_html
from dicel_desktop.services.columns import column_label
from dicel_desktop.services.form_rules import check_rule_error
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
